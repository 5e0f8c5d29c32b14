import * as path from 'path';
import { compareFindings, concernedRules, crossNoteRules, crossNoteRulesConcern, todayIso } from '../engine/checkNote';
import { FACT_RULES } from './historyFacts';
import type { Finding, IndexedNote } from '../rules/types';
import type { NoteFacts } from '../billing/noteReadiness';
import { findNoteFiles } from '../workspace/findNoteFiles';
import type { EditorSettings, WorkspaceData } from '../workspace/loadWorkspace';
import { NotesByDate } from '../workspace/notesByDate';
import type { WorkspaceFileProblem } from '../workspace/types';
import { openBatchRunner, type BatchRunner, type ParallelOptions } from './batchRunner';
import type { CheckAnswer, CheckRequest, CheckSpec, IndexAnswer, IndexRequest, WorkspaceKey } from './noteShard';
import { pathToUri } from '../workspace/uris';
import { WorkspaceCache, workspaceKey } from '../workspace/workspaceCache';

/** A checked note: its findings and the few facts callers list (the parsed note itself is not kept). */
export interface CheckedNote {
  file: string;
  uri: string;
  root: string | undefined;
  findings: Finding[];
  /** Error-level findings an inline `groupnote-disable` directive silenced. */
  suppressed: Finding[];
  /** Date, CPT and billable patient ids, as the cross-note index holds them. */
  indexed: IndexedNote;
  /** `group.type`, else `group.theme`. */
  group?: string;
  /** With `BatchOptions.readiness`: what the note's readiness is decided on (with the ledger: export/noteFacts.ts). */
  facts?: NoteFacts;
}

export interface BatchOptions {
  mode?: 'edit' | 'export';
  /** Also gather each note's readiness facts (an export-mode check more per note). */
  readiness?: boolean;
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
  // Each note's settings are needed by the first pass, which checks it.
  const settings = await settingsOf(files, options.settingsFor);
  const today = options.today ?? todayIso();
  const specs = new Map(
    files.map((file, position): [string, CheckSpec] => [
      file,
      {
        root: roots.get(file),
        settings: settings[position],
        mode: options.mode ?? 'edit',
        today,
        output: 'findings',
        ...(options.readiness ? { readiness: true } : {}),
      },
    ]),
  );
  const requests = indexRequests(files, specs, underRoot, options.openDocuments);

  const runner = openBatchRunner(
    requests.length,
    (root, settings) => workspaces.data(root, settings),
    options.parallel,
  );
  try {
    // Worker threads load their workspaces while this thread loads its own.
    runner.prepare(distinctWorkspaces(specs.values()));
    const loaded = await Promise.all(
      files.map((file, position) => workspaces.data(roots.get(file), settings[position])),
    );
    const answers = await runner.index(requests);
    const answerOf = new Map(requests.map((request, position) => [request.file, answers[position]]));
    const indexes = new Map([...underRoot].map(([root, notes]) => [root, indexOf(notes, answerOf)]));
    const workspaceOfFile = new Map(files.map((file, position) => [file, loaded[position]]));
    const answered = await recheckConcerned(runner, files, specs, answerOf, indexes, options.openDocuments, (file) =>
      workspaceOfFile.get(file),
    );

    const notes: CheckedNote[] = [];
    const ruleFailures: BatchResult['ruleFailures'] = [];
    const reportedWorkspaces = new Set<WorkspaceData>();
    const workspaceProblems: WorkspaceFileProblem[] = [];
    for (const [position, file] of files.entries()) {
      const answer = answerOf.get(file) as IndexAnswer;
      if (!answer.ok) {
        problems.push({ file, message: answer.message });
        continue;
      }
      const uri = pathToUri(file);
      const workspace = loaded[position];
      if (!reportedWorkspaces.has(workspace)) {
        reportedWorkspaces.add(workspace);
        workspaceProblems.push(...workspace.problems);
      }
      const { findings, suppressed, ruleFailures: failures, group, facts } = answered.get(file) as CheckAnswer;
      for (const failure of failures) ruleFailures.push({ file, ...failure });
      notes.push({
        file,
        uri,
        root: roots.get(file),
        findings,
        suppressed: suppressed ?? [],
        indexed: answer.indexed,
        ...(group !== undefined ? { group } : {}),
        ...(facts ? { facts } : {}),
      });
    }
    problems.push(...workspaceProblems);
    notes.sort((a, b) => a.file.localeCompare(b.file));
    return { notes, problems, ruleFailures };
  } finally {
    await runner.close();
  }
}

/**
 * Each checked note's answer: the first pass's, or, for a note a cross-note rule concerns (GN605: another
 * note the same day bills one of its patients), a full check against its workspace's index.
 */
export async function recheckConcerned(
  runner: BatchRunner,
  files: readonly string[],
  specs: ReadonlyMap<string, CheckSpec>,
  answerOf: ReadonlyMap<string, IndexAnswer>,
  indexes: ReadonlyMap<string, NotesByDate>,
  openDocuments: Map<string, string> | undefined,
  /**
   * Each note's workspace, when the caller has loaded it: lets GN906 skip notes without authorizations and the
   * history rules judge from the index with the workspace's thresholds.
   */
  workspaceOf?: (file: string) => WorkspaceData | undefined,
): Promise<Map<string, CheckAnswer>> {
  const answered = new Map<string, CheckAnswer>();
  const again: CheckRequest[] = [];
  for (const file of files) {
    const answer = answerOf.get(file);
    if (!answer?.ok || !answer.checked) continue;
    // The first pass's export-mode check goes to the second pass only (a note the cross-note rules concern).
    const { exportCheck, ...checked } = answer.checked;
    answered.set(file, checked);
    const spec = specs.get(file) as CheckSpec;
    const index = spec.root === undefined ? undefined : indexes.get(spec.root);
    if (!index) continue;
    // A note only history rules concern is judged from the first pass's facts (historyFacts.ts), rule by rule.
    let history: CheckRequest['history'];
    if (answer.history && checked.ruleFailures.length === 0) {
      const concerned = concernedRules(answer.indexed, index, crossNoteRules, workspaceOf?.(file));
      if (concerned.length === 0) continue;
      if (concerned.every((rule) => FACT_RULES.includes(rule)))
        history = { facts: answer.history, rules: concerned.map((rule) => rule.id) };
    } else if (!crossNoteRulesConcern(answer.indexed, index, undefined, workspaceOf?.(file))) continue;
    const { digest, indexed } = answer;
    const progress =
      digest && indexed.withoutProgress ? { digest, withoutProgress: indexed.withoutProgress } : undefined;
    const prints =
      digest && (indexed.sections || indexed.groupLayer)
        ? {
            digest,
            ...(indexed.sections ? { sections: indexed.sections } : {}),
            ...(indexed.groupLayer ? { groupLayer: indexed.groupLayer } : {}),
          }
        : undefined;
    again.push({
      ...spec,
      file,
      uri: indexed.uri,
      text: openDocuments?.get(indexed.uri),
      ...(progress ? { progress } : {}),
      ...(prints ? { prints } : {}),
      ...(exportCheck ? { exportCheck } : {}),
      ...(history ? { history } : {}),
    });
  }
  const checked = await runner.check(again, indexes);
  again.forEach((request, position) => {
    const answer = checked[position];
    const first = answered.get(request.file);
    if (!answer || !first) return;
    answered.set(request.file, answer.crossNoteOnly ? withCrossNoteFindings(first, answer) : answer);
  });
  return answered;
}

/**
 * The first pass's answer with the findings of the rules that read other notes replaced by the second pass's (GN905
 * ran in the first pass too, without the index): the findings, in the order a full check lists them.
 */
function withCrossNoteFindings(first: CheckAnswer, second: CheckAnswer): CheckAnswer {
  const reran = new Set(second.reran ?? crossNoteRules.map((rule) => rule.id));
  const kept = <T extends { ruleId: string }>(items: readonly T[] | undefined) =>
    (items ?? []).filter((item) => !reran.has(item.ruleId));
  const suppressed = [...kept(first.suppressed), ...(second.suppressed ?? [])].sort(compareFindings);
  const merged: CheckAnswer = {
    ...first,
    findings: [...kept(first.findings), ...second.findings].sort(compareFindings),
    ruleFailures: [...kept(first.ruleFailures), ...second.ruleFailures],
  };
  if (suppressed.length) merged.suppressed = suppressed;
  else delete merged.suppressed;
  if (second.facts) merged.facts = second.facts;
  return merged;
}

/** Each note's editor settings (concurrently: in the language server each is a request to the editor). */
function settingsOf(files: string[], settingsFor: BatchOptions['settingsFor']): Promise<EditorSettings[]> {
  if (!settingsFor) return Promise.resolve(files.map(() => ({})));
  return Promise.all(files.map((file) => settingsFor(pathToUri(file)).catch(() => ({}))));
}

/** Each (root, settings) pair once. */
function distinctWorkspaces(specs: Iterable<CheckSpec>): WorkspaceKey[] {
  const keys = new Map<string, WorkspaceKey>();
  for (const { root, settings } of specs) keys.set(workspaceKey(root, settings), { root, settings });
  return [...keys.values()];
}

async function listTargets(targets: string[], problems: WorkspaceFileProblem[]): Promise<string[]> {
  const files = new Set<string>();
  for (const target of targets) {
    try {
      for (const file of await findNoteFiles(target)) files.add(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      problems.push({
        file: target,
        message: `${target}: ${code === 'ENOENT' ? 'no such file or folder' : `cannot read (${code ?? 'I/O error'})`}`,
      });
    }
  }
  return [...files];
}

/**
 * The notes to check (checked in the first pass), then the other notes of their workspaces (index only); each file
 * once.
 */
function indexRequests(
  files: string[],
  specs: ReadonlyMap<string, CheckSpec>,
  underRoot: Map<string, string[]>,
  openDocuments: Map<string, string> | undefined,
): IndexRequest[] {
  const requests = new Map<string, IndexRequest>();
  const add = (file: string, check: CheckSpec | undefined, root?: string) => {
    if (requests.has(file)) return;
    const uri = pathToUri(file);
    requests.set(file, { file, uri, text: openDocuments?.get(uri), ...(check ? { check } : { root }) });
  };
  for (const file of files) add(file, specs.get(file));
  for (const [root, notes] of underRoot) for (const file of notes) add(file, undefined, root);
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
