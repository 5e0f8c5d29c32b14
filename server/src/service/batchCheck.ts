import * as path from 'path';
import { checkNote } from '../engine/checkNote';
import type { ParsedNote } from '../model/note';
import { parseNote } from '../parse/parseNote';
import type { Finding, IndexedNote } from '../rules/types';
import { findNoteFiles } from '../workspace/findNoteFiles';
import type { EditorSettings, WorkspaceData } from '../workspace/loadWorkspace';
import { indexNote } from '../workspace/noteIndex';
import { readNoteFile } from '../workspace/readNoteFile';
import type { WorkspaceFileProblem } from '../workspace/types';
import { pathToUri } from './uris';
import { WorkspaceCache } from './workspaceCache';

export interface CheckedNote {
  file: string;
  uri: string;
  root: string | undefined;
  note: ParsedNote;
  findings: Finding[];
  workspace: WorkspaceData;
}

export interface BatchOptions {
  mode?: 'edit' | 'export';
  /** Texts of documents open in the editor, by URI: newer than the disk. */
  openDocuments?: Map<string, string>;
  settingsFor?: (uri: string) => Promise<EditorSettings>;
  today?: string;
  workspaces?: WorkspaceCache;
}

export interface BatchResult {
  notes: CheckedNote[];
  /** Paths or notes that could not be read, and workspace files with problems (each once). */
  problems: WorkspaceFileProblem[];
  /** Rules that threw on a note (rule id and error name only, never its message): their findings are missing. */
  ruleFailures: { file: string; ruleId: string; error: string }[];
}

/**
 * Checks every note under `targets` (files or folders). Each note is checked against its own
 * workspace (`.groupnote/` found upward) and, for cross-note rules, every other note under that root.
 */
export async function checkFiles(targets: string[], options: BatchOptions = {}): Promise<BatchResult> {
  const workspaces = options.workspaces ?? new WorkspaceCache();
  const problems: WorkspaceFileProblem[] = [];
  const files = new Set<string>();
  for (const target of targets) {
    try {
      for (const file of await findNoteFiles(target)) files.add(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      problems.push({ file: target, message: `${target}: ${code === 'ENOENT' ? 'no such file or folder' : `cannot read (${code ?? 'I/O error'})`}` });
    }
  }

  const parsed = new Map<string, { file: string; uri: string; root: string | undefined; note: ParsedNote }>();
  for (const file of files) {
    const uri = pathToUri(file);
    const open = options.openDocuments?.get(uri);
    const read = open !== undefined ? { ok: true as const, text: open } : await readNoteFile(file);
    if (!read.ok) {
      problems.push({ file, message: read.message });
      continue;
    }
    parsed.set(uri, { file, uri, root: await workspaces.rootOf(file), note: parseNote(read.text, uri) });
  }

  const indexes = new Map<string, Map<string, IndexedNote>>();
  const reportedWorkspaces = new Set<WorkspaceData>();
  const notes: CheckedNote[] = [];
  const ruleFailures: BatchResult['ruleFailures'] = [];
  for (const entry of parsed.values()) {
    const settings = options.settingsFor ? await options.settingsFor(entry.uri).catch(() => ({})) : {};
    const workspace = await workspaces.data(entry.root, settings);
    if (!reportedWorkspaces.has(workspace)) {
      reportedWorkspaces.add(workspace);
      problems.push(...workspace.problems);
    }
    const otherNotes = entry.root ? otherNotesOf(entry.uri, await indexOf(entry.root, indexes, parsed, options.openDocuments)) : undefined;
    const findings = checkNote(entry.note, {
      workspace,
      otherNotes,
      mode: options.mode,
      today: options.today,
      onRuleError: (ruleId, error) => ruleFailures.push({ file: entry.file, ruleId, error: error instanceof Error ? error.name : 'error' }),
    });
    notes.push({ ...entry, findings, workspace });
  }
  notes.sort((a, b) => a.file.localeCompare(b.file));
  return { notes, problems, ruleFailures };
}

async function indexOf(
  root: string,
  indexes: Map<string, Map<string, IndexedNote>>,
  parsed: Map<string, { note: ParsedNote }>,
  openDocuments: Map<string, string> | undefined,
): Promise<Map<string, IndexedNote>> {
  let index = indexes.get(root);
  if (index) return index;
  index = new Map();
  const underRoot = await findNoteFiles(root).catch(() => [] as string[]);
  for (const file of underRoot) {
    const uri = pathToUri(file);
    const known = parsed.get(uri);
    if (known) {
      index.set(uri, indexNote(known.note));
      continue;
    }
    const open = openDocuments?.get(uri);
    const read = open !== undefined ? { ok: true as const, text: open } : await readNoteFile(file);
    if (read.ok) index.set(uri, indexNote(parseNote(read.text, uri)));
  }
  indexes.set(root, index);
  return index;
}

function otherNotesOf(uri: string, index: Map<string, IndexedNote>): IndexedNote[] {
  return [...index.values()].filter((note) => note.uri !== uri);
}

export function relativeTo(base: string, file: string): string {
  const relative = path.relative(base, file);
  return relative.startsWith('..') ? file : relative;
}
