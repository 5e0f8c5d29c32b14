import type { HeldBack, SuppressedError } from '../../../protocol/src/protocol';
import { indexOf, recheckConcerned } from '../batch/batchCheck';
import { openBatchRunner, type ParallelOptions } from '../batch/batchRunner';
import type { CheckSpec, IndexRequest } from '../batch/noteShard';
import { pathToUri } from '../workspace/uris';
import type { EditorSettings, WorkspaceData } from '../workspace/loadWorkspace';
import type { DraftClaim } from './types';

export interface DraftInput {
  root: string;
  /** Every note under `root`: the cross-note duplicate check (GN605) sees them all. */
  workspaceNotes: string[];
  /** The notes to export. */
  targets: string[];
  from?: string;
  to?: string;
  today: string;
  workspace: WorkspaceData;
  /**
   * The editor settings `workspace` was loaded with, so worker threads load the same; undefined keeps the batch on this
   * thread.
   */
  settings: EditorSettings | undefined;
  parallel?: ParallelOptions | false;
}

export type Drafted =
  | { ok: false; message: string }
  | { ok: true; drafts: DraftClaim[]; heldBack: HeldBack[]; suppressed: SuppressedError[]; inRange: number };

/**
 * Reads, checks (export mode) and collects the claim drafts of the target notes whose date is in
 * range, on worker threads for large exports: only drafts and held-back reasons come back. Each
 * note is read once, unless the duplicate check (GN605) concerns it (see batch/noteShard.ts).
 */
export async function draftClaims(input: DraftInput): Promise<Drafted> {
  const spec: CheckSpec = {
    root: input.root,
    settings: input.settings ?? {},
    mode: 'export',
    today: input.today,
    output: 'claims',
    from: input.from,
    to: input.to,
  };
  const requests = new Map<string, IndexRequest>();
  for (const file of input.targets) requests.set(file, { file, uri: pathToUri(file), check: spec });
  for (const file of input.workspaceNotes)
    if (!requests.has(file)) requests.set(file, { file, uri: pathToUri(file), root: input.root });

  const parallel = input.settings === undefined ? false : input.parallel;
  const runner = openBatchRunner(requests.size, () => Promise.resolve(input.workspace), parallel);
  try {
    // Worker threads load the workspace while this thread starts on its share with the one it has.
    runner.prepare([{ root: spec.root, settings: spec.settings }]);
    const answers = await runner.index([...requests.values()]);
    const answerOf = new Map([...requests.keys()].map((file, position) => [file, answers[position]]));
    for (const file of input.targets) {
      const answer = answerOf.get(file);
      if (answer && !answer.ok) return { ok: false, message: `cannot export: ${answer.message}` };
    }
    // A workspace note that cannot be read is not exported; only its duplicate check is lost.
    const index = indexOf([...new Set([...input.workspaceNotes, ...input.targets])], answerOf);
    const specs = new Map(input.targets.map((file) => [file, spec]));
    const answered = await recheckConcerned(
      runner,
      input.targets,
      specs,
      answerOf,
      new Map([[input.root, index]]),
      undefined,
      () => input.workspace,
    );

    const drafts: DraftClaim[] = [];
    const heldBack: HeldBack[] = [];
    const suppressed: SuppressedError[] = [];
    for (const file of input.targets) {
      const claims = answered.get(file)?.claims;
      if (!claims) continue;
      drafts.push(...claims.drafts);
      heldBack.push(...claims.heldBack);
      suppressed.push(...claims.suppressed);
    }
    return { ok: true, drafts, heldBack, suppressed, inRange: answered.size };
  } finally {
    await runner.close();
  }
}
