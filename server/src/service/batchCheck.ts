import * as path from 'path';
import { todayIso } from '../engine/checkNote';
import type { Finding, IndexedNote } from '../rules/types';
import { findNoteFiles } from '../workspace/findNoteFiles';
import type { EditorSettings, WorkspaceData } from '../workspace/loadWorkspace';
import { NotesByDate } from '../workspace/notesByDate';
import type { WorkspaceFileProblem } from '../workspace/types';
import { openBatchRunner, type ParallelOptions } from './batch/batchRunner';
import type { CheckRequest, IndexAnswer, IndexRequest } from './batch/noteShard';
import { pathToUri } from './uris';
import { WorkspaceCache } from './workspaceCache';

/** A checked note: its findings and the few facts callers list (the parsed note itself is not kept). */
export interface CheckedNote {
  file: string;
  uri: string;
  root: string | undefined;
  findings: Finding[];
  /** Date, CPT and billable patient ids, as the cross-note index holds them. */
  indexed: IndexedNote;
  /** `group.type`, else `group.theme`. */
  group?: string;
}

export interface BatchOptions {
  mode?: 'edit' | 'export';
  /** Texts of documents open in the editor, by URI: newer than the disk. */
  openDocuments?: Map<string, string>;
  settingsFor?: (uri: string) => Promise<EditorSettings>;
  today?: string;
  workspaces?: WorkspaceCache;
  /** Worker threads for large batches (`false`: always on this thread). */
  parallel?: ParallelOptions | false;
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
 * Large batches run on worker threads (see `openBatchRunner`) with the same results.
 */
export async function checkFiles(targets: string[], options: BatchOptions = {}): Promise<BatchResult> {
  const workspaces = options.workspaces ?? new WorkspaceCache();
  const problems: WorkspaceFileProblem[] = [];
  const files = await listTargets(targets, problems);
  const roots = new Map<string, string | undefined>();
  for (const file of files) roots.set(file, await workspaces.rootOf(file));
  // Every note under each root is indexed for the cross-note rules, whether checked or not.
  const underRoot = new Map<string, string[]>();
  for (const root of new Set(roots.values())) {
    if (root !== undefined) underRoot.set(root, await findNoteFiles(root).catch(() => [] as string[]));
  }
  const requests = indexRequests(files, underRoot, options.openDocuments);

  const runner = openBatchRunner(requests.length, (root, settings) => workspaces.data(root, settings), options.parallel);
  try {
    // While the runner reads and indexes, this thread fetches each note's settings and workspace data.
    const [answers, prepared] = await Promise.all([runner.index(requests), prepareWorkspaces(files, roots, workspaces, options.settingsFor)]);
    const answerOf = new Map(requests.map((request, position) => [request.file, answers[position]]));
    const indexes = new Map([...underRoot].map(([root, notes]) => [root, indexOf(notes, answerOf)]));

    const checks: (CheckRequest & { indexed: IndexedNote })[] = [];
    const reportedWorkspaces = new Set<WorkspaceData>();
    const workspaceProblems: WorkspaceFileProblem[] = [];
    const today = options.today ?? todayIso();
    for (const [position, file] of files.entries()) {
      const answer = answerOf.get(file) as IndexAnswer;
      if (!answer.ok) {
        problems.push({ file, message: answer.message });
        continue;
      }
      const { uri, settings, workspace } = prepared[position];
      if (!reportedWorkspaces.has(workspace)) {
        reportedWorkspaces.add(workspace);
        workspaceProblems.push(...workspace.problems);
      }
      checks.push({ file, uri, root: roots.get(file), settings, mode: options.mode ?? 'edit', today, output: 'findings', indexed: answer.indexed });
    }
    problems.push(...workspaceProblems);
    const checked = await runner.check(checks, indexes);

    const ruleFailures: BatchResult['ruleFailures'] = [];
    const notes: CheckedNote[] = checks.map(({ file, uri, root, indexed }, position) => {
      const { findings, ruleFailures: failures, group } = checked[position];
      for (const failure of failures) ruleFailures.push({ file, ...failure });
      return { file, uri, root, findings, indexed, ...(group !== undefined ? { group } : {}) };
    });
    notes.sort((a, b) => a.file.localeCompare(b.file));
    return { notes, problems, ruleFailures };
  } finally {
    await runner.close();
  }
}

/** Each note's URI, editor settings and workspace data (loaded once per root and settings). */
async function prepareWorkspaces(
  files: string[],
  roots: Map<string, string | undefined>,
  workspaces: WorkspaceCache,
  settingsFor: BatchOptions['settingsFor'],
): Promise<{ uri: string; settings: EditorSettings; workspace: WorkspaceData }[]> {
  const prepared = [];
  for (const file of files) {
    const uri = pathToUri(file);
    const settings = settingsFor ? await settingsFor(uri).catch(() => ({})) : {};
    prepared.push({ uri, settings, workspace: await workspaces.data(roots.get(file), settings) });
  }
  return prepared;
}

async function listTargets(targets: string[], problems: WorkspaceFileProblem[]): Promise<string[]> {
  const files = new Set<string>();
  for (const target of targets) {
    try {
      for (const file of await findNoteFiles(target)) files.add(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      problems.push({ file: target, message: `${target}: ${code === 'ENOENT' ? 'no such file or folder' : `cannot read (${code ?? 'I/O error'})`}` });
    }
  }
  return [...files];
}

/** The notes to check (parse kept), then the other notes of their workspaces (index only); each file once. */
function indexRequests(files: string[], underRoot: Map<string, string[]>, openDocuments: Map<string, string> | undefined): IndexRequest[] {
  const requests = new Map<string, IndexRequest>();
  const add = (file: string, keep: boolean) => {
    if (requests.has(file)) return;
    const uri = pathToUri(file);
    requests.set(file, { file, uri, text: openDocuments?.get(uri), keep });
  };
  for (const file of files) add(file, true);
  for (const notes of underRoot.values()) for (const file of notes) add(file, false);
  return [...requests.values()];
}

/** A root's index, in the order its notes were found; notes that could not be read are left out. */
export function indexOf(files: readonly string[], answerOf: ReadonlyMap<string, IndexAnswer>): NotesByDate {
  const index = new NotesByDate();
  for (const file of files) {
    const answer = answerOf.get(file);
    if (answer?.ok) index.set(answer.indexed);
  }
  return index;
}

export function relativeTo(base: string, file: string): string {
  const relative = path.relative(base, file);
  return relative.startsWith('..') ? file : relative;
}
