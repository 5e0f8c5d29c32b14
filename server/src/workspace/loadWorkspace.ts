import { promises as fs } from 'fs';
import * as path from 'path';
import { builtinCodeSet } from '../icd10/codeSet';
import { loadCodeFiles } from '../icd10/loadCodeFile';
import type { IcdCodeSet } from '../icd10/types';
import { applySeverities, defaultConfig, readConfig } from './config';
import { readPractice } from './practice';
import { chooseCodeFiles } from './codeFilePaths';
import { readYamlFile, type FilePosition } from './readYamlFile';
import { readRoster } from './roster';
import type { GroupNoteConfig, PracticeFile, Roster, SeveritySetting, Thresholds, WorkspaceFileProblem } from './types';

export const SETTINGS_DIR = '.groupnote';

/**
 * Settings chosen by the user that override `.groupnote/config.yaml`: the editor's (read per resource
 * by the server) or the command line's (`--codes-file`).
 */
export interface EditorSettings {
  rules?: Record<string, SeveritySetting>;
  /** Read wherever they are: the user chose them (see codeFilePaths.ts). */
  icd10?: { codesFile?: string; orderFile?: string };
  /** False in an untrusted workspace (VS Code Restricted Mode): config.yaml's code files are not read. */
  workspaceTrusted?: boolean;
  /** `groupnote.thresholds.*`: each replaces config.yaml's value (editorSettingsContribution.ts). */
  thresholds?: Partial<Record<string, number>>;
  /** `groupnote.phrases.*`: each list is added to config.yaml's. */
  phrases?: Partial<Record<string, string[]>>;
}

export interface WorkspaceData {
  /** Folder holding `.groupnote/`, or undefined when the note stands alone. */
  root: string | undefined;
  config: GroupNoteConfig;
  roster?: Roster;
  practice?: PracticeFile;
  icd: IcdCodeSet;
  problems: WorkspaceFileProblem[];
}

/** The nearest folder at or above `start` that holds `.groupnote/`. */
export async function findWorkspaceRoot(start: string): Promise<string | undefined> {
  let current = path.resolve(start);
  for (;;) {
    try {
      if ((await fs.stat(path.join(current, SETTINGS_DIR))).isDirectory()) return current;
    } catch {
      // not here; keep walking up
    }
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** Loads config, roster, practice and the ICD-10-CM code set for a workspace root. Never throws. */
export async function loadWorkspace(root: string | undefined, settings: EditorSettings = {}): Promise<WorkspaceData> {
  const problems: WorkspaceFileProblem[] = [];
  let config = defaultConfig();
  let roster: Roster | undefined;
  let practice: PracticeFile | undefined;
  let configPositions: ((pointer: string) => FilePosition) | undefined;
  if (root) {
    const dir = path.join(root, SETTINGS_DIR);
    const [configFile, rosterFile, practiceFile] = await Promise.all(
      ['config.yaml', 'roster.yaml', 'practice.yaml'].map((name) => readYamlFile(path.join(dir, name))),
    );
    if (configFile.kind === 'problem') problems.push(configFile.problem);
    if (configFile.kind === 'ok') {
      problems.push(...configFile.problems);
      configPositions = configFile.positionOf;
      const read = readConfig(configFile.value, path.join(dir, 'config.yaml'));
      config = read.config;
      problems.push(...read.problems);
    }
    if (rosterFile.kind === 'problem') problems.push(rosterFile.problem);
    if (rosterFile.kind === 'ok') {
      problems.push(...rosterFile.problems);
      const read = readRoster(rosterFile.value, path.join(dir, 'roster.yaml'));
      roster = read.roster;
      problems.push(...read.problems);
    }
    if (practiceFile.kind === 'problem') problems.push(practiceFile.problem);
    if (practiceFile.kind === 'ok') {
      problems.push(...practiceFile.problems);
      const read = readPractice(practiceFile.value, path.join(dir, 'practice.yaml'));
      practice = read.practice;
      problems.push(...read.problems);
    }
  }
  applySeverities(config.rules, settings.rules, 'settings (groupnote.rules)', problems);
  applyEditorSettings(config, settings);
  const codeFiles = await chooseCodeFiles({
    root,
    chosen: settings.icd10 ?? {},
    configured: config.icd10,
    configFile: path.join(root ?? '', SETTINGS_DIR, 'config.yaml'),
    positionOf: configPositions,
    trusted: settings.workspaceTrusted !== false,
  });
  problems.push(...codeFiles.problems);
  let icd: IcdCodeSet = builtinCodeSet();
  if (codeFiles.files.codesFile || codeFiles.files.orderFile) {
    const loaded = loadCodeFiles(codeFiles.files);
    problems.push(
      ...loaded.problems.map((problem) => ({ file: problem.file, line: problem.line, message: problem.message })),
    );
    if (loaded.codeSet) icd = loaded.codeSet;
  }
  return { root, config, roster, practice, icd, problems };
}

/** The editor's thresholds replace config.yaml's; its phrase lists are added to config.yaml's (without repeats). */
function applyEditorSettings(config: GroupNoteConfig, settings: EditorSettings): void {
  for (const [key, value] of Object.entries(settings.thresholds ?? {}))
    if (key in config.thresholds && value !== undefined) config.thresholds[key as keyof Thresholds] = value;
  for (const [key, list] of Object.entries(settings.phrases ?? {})) {
    if (!list || !(key in config.phrases)) continue;
    const phrases = config.phrases as Record<string, string[]>;
    phrases[key] = [...new Set([...phrases[key], ...list])];
  }
}
