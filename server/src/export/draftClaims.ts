import type { HeldBack } from '../lsp/protocol';
import { isRealDate } from '../parse/values';
import { indexOf } from '../service/batchCheck';
import { openBatchRunner, type ParallelOptions } from '../service/batch/batchRunner';
import type { CheckRequest, IndexRequest } from '../service/batch/noteShard';
import { pathToUri } from '../service/uris';
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
  /** The editor settings `workspace` was loaded with, so worker threads load the same; undefined keeps the batch on this thread. */
  settings: EditorSettings | undefined;
  parallel?: ParallelOptions | false;
}

export type Drafted = { ok: false; message: string } | { ok: true; drafts: DraftClaim[]; heldBack: HeldBack[]; inRange: number };

/**
 * Reads, checks (export mode) and collects the claim drafts of the target notes whose date is in
 * range, on worker threads for large exports: only drafts and held-back reasons come back.
 */
export async function draftClaims(input: DraftInput): Promise<Drafted> {
  const requests = new Map<string, IndexRequest>();
  for (const file of input.targets) requests.set(file, { file, uri: pathToUri(file), keep: true });
  for (const file of input.workspaceNotes) if (!requests.has(file)) requests.set(file, { file, uri: pathToUri(file), keep: false });

  const parallel = input.settings === undefined ? false : input.parallel;
  const runner = openBatchRunner(requests.size, async () => input.workspace, parallel);
  try {
    const answers = await runner.index([...requests.values()]);
    const answerOf = new Map([...requests.keys()].map((file, position) => [file, answers[position]]));
    for (const file of input.targets) {
      const answer = answerOf.get(file);
      if (answer && !answer.ok) return { ok: false, message: `cannot export: ${answer.message}` };
    }
    // A workspace note that cannot be read is not exported; only its duplicate check is lost.
    const index = indexOf([...new Set([...input.workspaceNotes, ...input.targets])], answerOf);

    const checks: CheckRequest[] = [];
    for (const file of input.targets) {
      const answer = answerOf.get(file);
      if (!answer?.ok) continue;
      const date = answer.indexed.date;
      if (date && isRealDate(date) && ((input.from && date < input.from) || (input.to && date > input.to))) continue;
      checks.push({ file, uri: answer.indexed.uri, root: input.root, settings: input.settings ?? {}, mode: 'export', today: input.today, output: 'claims' });
    }
    const checked = await runner.check(checks, new Map([[input.root, index]]));
    const drafts: DraftClaim[] = [];
    const heldBack: HeldBack[] = [];
    for (const { claims } of checked) {
      if (!claims) continue;
      drafts.push(...claims.drafts);
      heldBack.push(...claims.heldBack);
    }
    return { ok: true, drafts, heldBack, inRange: checks.length };
  } finally {
    await runner.close();
  }
}
