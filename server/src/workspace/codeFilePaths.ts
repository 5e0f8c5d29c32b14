import { promises as fs } from 'fs';
import * as path from 'path';
import type { FilePosition } from './readYamlFile';
import type { WorkspaceFileProblem } from './types';

/**
 * Which ICD-10-CM code files a workspace may read. A path in `.groupnote/config.yaml` comes with
 * the workspace (a cloned repository, a shared folder), so it must not be a way to read other files
 * (issue 16 item 6): it is read only when, with every symlink resolved (fs.realpath), it is inside
 * the workspace folder, and never in an untrusted workspace (VS Code Restricted Mode). A path the
 * user chose (their editor settings, `groupnote check --codes-file`) is read wherever it is. A
 * refused path is not opened at all, so nothing of the file can reach a message.
 */

export type CodeFileKey = 'codesFile' | 'orderFile';
export const CODE_FILE_KEYS: readonly CodeFileKey[] = ['codesFile', 'orderFile'];

export interface CodeFileChoice {
  /** The files to read, absolute (a config path with its symlinks resolved). */
  files: Partial<Record<CodeFileKey, string>>;
  problems: WorkspaceFileProblem[];
}

export interface CodeFileSources {
  /** The workspace folder (holds `.groupnote/`). */
  root: string | undefined;
  /** Chosen by the user: editor settings or the command line. */
  chosen: Partial<Record<CodeFileKey, string>>;
  /** Named by `.groupnote/config.yaml`. */
  configured: Partial<Record<CodeFileKey, string>>;
  configFile: string;
  /** Where a config field is, for the problem's line. */
  positionOf?: (pointer: string) => FilePosition;
  /** False in an untrusted workspace (the editor says so); the command line is trusted. */
  trusted: boolean;
}

export async function chooseCodeFiles(sources: CodeFileSources): Promise<CodeFileChoice> {
  const choice: CodeFileChoice = { files: {}, problems: [] };
  for (const key of CODE_FILE_KEYS) {
    const chosen = sources.chosen[key];
    if (chosen) {
      choice.files[key] = sources.root ? path.resolve(sources.root, chosen) : path.resolve(chosen);
      continue;
    }
    const configured = sources.configured[key];
    if (!configured || !sources.root) continue;
    const refused = (why: string, severity: 'error' | 'warning') => {
      const position = sources.positionOf?.(`/icd10/${key}`);
      const at = position ? `:${position.line + 1}:${position.character + 1}` : '';
      choice.problems.push({
        file: sources.configFile,
        ...position,
        severity,
        message: `${sources.configFile}${at}: ${why}`,
      });
    };
    if (!sources.trusted) {
      refused(
        `icd10.${key} is not read in an untrusted workspace (Restricted Mode); trust the workspace, or set it in ` +
          `your user settings (groupnote.icd10.${key})`,
        'warning',
      );
      continue;
    }
    const inside = await insideFolder(sources.root, path.resolve(sources.root, configured));
    if (inside === undefined)
      refused(
        `icd10.${key} points outside the workspace folder; set it in your user settings ` +
          `(groupnote.icd10.${key}) to use a file elsewhere`,
        'error',
      );
    else choice.files[key] = inside;
  }
  return choice;
}

/**
 * The real path of `file` when it is inside `folder` once both have their symlinks resolved, else
 * undefined. A file that does not exist is judged by its path as written (reading it will say it
 * is missing), unless the part of it that exists leads outside.
 */
async function insideFolder(folder: string, file: string): Promise<string | undefined> {
  const realFolder = await fs.realpath(folder).catch(() => path.resolve(folder));
  let real: string;
  try {
    real = await fs.realpath(file);
  } catch {
    if (!within(path.resolve(folder), file)) return undefined;
    const existing = await realExistingPart(file);
    return existing === undefined || within(realFolder, existing) ? file : undefined;
  }
  return within(realFolder, real) ? real : undefined;
}

/** The real path of the longest part of `file` that exists (its nearest existing parent folder). */
async function realExistingPart(file: string): Promise<string | undefined> {
  for (let current = path.dirname(file); ; current = path.dirname(current)) {
    const real = await fs.realpath(current).catch(() => undefined);
    if (real) return real;
    if (path.dirname(current) === current) return undefined;
  }
}

function within(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative);
}
