import { dateRangeProblem } from './dateRange';
import { describeIoFailure } from './ioFailure';
import * as path from 'path';
import { todayIso } from '../engine/checkNote';
import type { ExportClaimsResult, HeldBack } from '../../../protocol/src/protocol';
import type { ParallelOptions } from '../batch/batchRunner';
import { BatchWorkerError } from '../batch/workerPool';
import { findNoteFiles } from '../workspace/findNoteFiles';
import { loadWorkspace, SETTINGS_DIR, type EditorSettings, type WorkspaceData } from '../workspace/loadWorkspace';
import { buildCsv } from './csv';
import { draftClaims } from './draftClaims';
import { buildFhirJson } from './fhir';
import {
  LEDGER_FILE,
  LedgerError,
  nextControlNumbers,
  planClaims,
  readLedger,
  recordExport,
  writeLedger,
  type Ledger,
} from './ledger';
import { LockBusyError, staleLimitMs, withLock, type LockOptions } from './lock';
import { describeLeftovers, sweepLeftovers, type LeftoverSweep } from './leftovers';
import { exportSetup } from './setup';
import { readinessOf } from './noteFacts';
import { exportedClaimsIn } from './exportedClaims';
import type { NoteFacts } from '../billing/noteReadiness';
import { EXPORT_FORMATS, FILE_SUFFIX, type ClaimBatch, type ExportFormat } from './types';
import { describeRecovery, recoverJournal, removeJournal, writeJournal, type JournalRecovery } from './journal';
import { ExportWriteError, writeExport, type OutputFile, type WriteHooks, type WrittenFile } from './writeExport';
import { build837p, type X12Options } from './x12/837p';

export interface ExportOptions {
  /** Workspace root: the folder that holds `.groupnote/` (practice.yaml, roster.yaml, ledger.json). */
  root: string;
  /** Notes to export (file paths, absolute or relative to `root`); default every `*.group.md` under `root`. */
  notes?: string[];
  /** Only notes whose date of service is within [from, to] (YYYY-MM-DD, inclusive). */
  from?: string;
  to?: string;
  /** Default: all three. */
  formats?: ExportFormat[];
  /** Output folder; default `<root>/claims`. Created (0700) when missing. */
  outDir?: string;
  /** Send claims already in the ledger again as replacements (frequency 7, REF*F8 original claim id). */
  replace?: boolean;
  /**
   * Workspace data already loaded (the language server passes its own, with editor settings); default
   * `loadWorkspace(root)`.
   */
  workspace?: WorkspaceData;
  /**
   * The editor settings `workspace` was loaded with: worker threads load the same workspace. Without them a given
   * `workspace` keeps the export on this thread. Without `workspace`, the settings it is loaded with (the command
   * line's `--codes-file`).
   */
  settings?: EditorSettings;
  /** Worker threads for large exports (`false`: always on this thread). */
  parallel?: ParallelOptions | false;
  /** "Today" for the note checks (YYYY-MM-DD); default the local date. */
  today?: string;
  /** Creation time written into the files (ISA09/10, GS04/05, BHT04/05, FHIR timestamps); default now. */
  now?: Date;
  /** ISA15 `T` (test) instead of `P` (production). */
  testMode?: boolean;
  x12?: X12Options;
  lock?: LockOptions;
  /** Failure injection and progress hooks for the file writer. */
  hooks?: WriteHooks;
}

export interface ExportedClaim {
  claimId: string;
  patientId: string;
  serviceDate: string;
  cpt: string;
  frequency: '1' | '7';
  originalClaimId?: string;
  total: number;
  uri: string;
}

/** `ExportClaimsResult` (protocol/src/protocol.ts) plus what the CLI may want to print. */
export interface ExportResult extends ExportClaimsResult {
  /** ISA13 of the files written (9 digits). */
  interchangeControl?: string;
  exported: ExportedClaim[];
  /** Duplicates with the claim id already in the ledger. */
  duplicates: { uri: string; attendeeId: string; date: string; claimId?: string }[];
  ledger: string;
  /** Leftovers of an interrupted export this export cleaned up first (paths); summarised in `recovered`. */
  leftovers?: {
    /** Temporary files removed. */
    removed: string[];
    /** Claim files put in place from an interrupted export's intact temporary copies (names). */
    completed: string[];
    /** Temporary files left alone: their writer may still be running. */
    kept: string[];
  };
}

export { LEDGER_FILE };

/**
 * The export entry point, shared by `groupnote export` and the language server. Never throws:
 * every failure is a result with `error` set (a message for the user, no stack trace), and
 * nothing is written unless every file and the ledger are.
 */
export async function exportClaims(options: ExportOptions): Promise<ExportResult> {
  const root = path.resolve(options.root);
  const outDir = path.resolve(root, options.outDir ?? 'claims');
  const result: ExportResult = {
    claims: 0,
    totalCharges: 0,
    files: [],
    outDir,
    heldBack: [],
    suppressed: [],
    duplicates: [],
    exported: [],
    ledger: path.join(root, SETTINGS_DIR, LEDGER_FILE),
  };
  const checked: { uri: string; facts: NoteFacts }[] = [];
  try {
    return withReadiness(await run(options, root, outDir, result, checked), checked);
  } catch (error) {
    return {
      ...result,
      files: [],
      claims: 0,
      totalCharges: 0,
      exported: [],
      interchangeControl: undefined,
      error: describeError(error),
    };
  }
}

class ExportStop extends Error {}

/**
 * Each checked note's readiness once the export is done (against the ledger as it is now): the same answer the
 * editor and `groupnote check` give.
 */
async function withReadiness(
  result: ExportResult,
  checked: readonly { uri: string; facts: NoteFacts }[],
): Promise<ExportResult> {
  if (!checked.length) return result;
  const exported = exportedClaimsIn(await readLedger(result.ledger).catch(() => undefined));
  return { ...result, notes: checked.map(({ uri, facts }) => ({ uri, readiness: readinessOf(facts, exported) })) };
}

async function run(
  options: ExportOptions,
  root: string,
  outDir: string,
  result: ExportResult,
  /** Filled with the readiness facts of the notes checked. */
  checked: { uri: string; facts: NoteFacts }[],
): Promise<ExportResult> {
  const stop = (message: string): ExportResult => ({ ...result, error: message });
  const formats = options.formats && options.formats.length ? [...new Set(options.formats)] : [...EXPORT_FORMATS];
  const unknown = formats.filter((format) => !EXPORT_FORMATS.includes(format));
  if (unknown.length) return stop(`unknown export format ${unknown.join(', ')} (known: ${EXPORT_FORMATS.join(', ')})`);
  const rangeProblem = dateRangeProblem(options.from, options.to);
  if (rangeProblem) return stop(rangeProblem);

  // The same answer as every note's readiness ("cannot export"): see setup.ts.
  const workspace = options.workspace ?? (await loadWorkspace(root, options.settings));
  const setup = exportSetup(workspace);
  if (!setup.ok) return stop(setup.problem);
  const parties = setup;

  // Notes: the targets, plus every note of the workspace for the cross-note duplicate check (GN605).
  let workspaceNotes: string[];
  try {
    workspaceNotes = await findNoteFiles(root);
  } catch (error) {
    return stop(`cannot list the notes under ${root} (${(error as NodeJS.ErrnoException).code ?? 'I/O error'})`);
  }
  const targets = options.notes ? [...new Set(options.notes.map((note) => path.resolve(root, note)))] : workspaceNotes;
  if (targets.length === 0) return stop(`nothing to export: no *.group.md notes under ${root}`);
  const today = options.today ?? todayIso();
  const settings = options.workspace ? options.settings : (options.settings ?? {});
  const drafted = await draftClaims({
    root,
    workspaceNotes,
    targets,
    from: options.from,
    to: options.to,
    today,
    workspace,
    settings,
    parallel: options.parallel,
  });
  if (!drafted.ok) return stop(drafted.message);
  checked.push(...drafted.facts);
  const { drafts, inRange } = drafted;
  result.heldBack.push(...drafted.heldBack);
  result.heldBack.sort(compareHeldBack);
  // Nothing goes out, but what an interrupted export left is still cleaned up (and said).
  const ledgerPath = result.ledger;
  const interrupted = { ledgerPath, root, outDir, staleMs: staleLimitMs(options.lock), result };
  if (inRange === 0 || drafts.length === 0) await recoverIfFree(interrupted, options.lock);
  if (inRange === 0)
    return stop(
      `nothing to export: no note has a date of ` +
        `service${options.from ? ` from ${options.from}` : ''}${options.to ? ` to ${options.to}` : ''}`,
    );
  if (drafts.length === 0) {
    const held = result.heldBack.length;
    return stop(
      'nothing to export: ' +
        (held
          ? `every billable attendee is held back (${held} reason${held === 1 ? '' : 's'} listed)`
          : 'no billable attendees'),
    );
  }
  drafts.sort(
    (a, b) => a.serviceDate.localeCompare(b.serviceDate) || a.notePath.localeCompare(b.notePath) || a.line - b.line,
  );

  // Under the ledger lock: duplicates, claim ids, control numbers, files, then the ledger.
  const createdAt = options.now ?? new Date();
  return await withLock(
    `${ledgerPath}.lock`,
    async (lock) => {
      const ledger = await recoverInterrupted(interrupted);
      const plan = planClaims(ledger, drafts, {
        replace: options.replace ?? false,
        billingNpi: parties.parties.billing.npi,
      });
      result.duplicates = plan.duplicates.map(({ draft, existingClaimId }) => ({
        uri: draft.noteUri,
        attendeeId: draft.patientId,
        date: draft.serviceDate,
        ...(existingClaimId ? { claimId: existingClaimId } : {}),
      }));
      if (plan.claims.length === 0) {
        return stop(
          `nothing to export: ${plan.duplicates.length} claim${plan.duplicates.length === 1 ? ' was' : 's were'} ` +
            `already exported${options.replace ? '' : ' (export with replace to send corrected claims)'}`,
        );
      }
      const control = nextControlNumbers(ledger);
      const batch: ClaimBatch = {
        parties: parties.parties,
        claims: plan.claims,
        interchangeControl: control.interchange,
        groupControl: control.group,
        createdAt,
        usage: options.testMode ? 'T' : 'P',
      };
      const dates = dateRange(plan.claims.map((claim) => claim.serviceDate));
      const base = `claims-${dates}-${String(control.interchange).padStart(9, '0')}`;
      const files: OutputFile[] = formats.map((format) => ({
        name: base + FILE_SUFFIX[format],
        content: render(format, batch, options.x12),
      }));
      // The ledger this export writes, made once its files' hashes are known: the journal holds it, then the commit
      // writes it.
      let recorded: Ledger | undefined;
      let written: WrittenFile[];
      try {
        written = await writeExport(
          outDir,
          files,
          {
            // The journal lets the next export finish or undo this one if it stops between the files and the ledger.
            prepare: (done) => {
              recorded = recordExport(ledger, plan.claims, {
                interchange: control.interchange,
                group: control.group,
                exportedAt: createdAt,
                root,
                outDir,
                files: done,
              });
              return writeJournal(ledgerPath, {
                version: 1,
                files: done.map(({ path, sha256 }) => ({ path, sha256 })),
                ledger: recorded,
              });
            },
            commit: async () => {
              if (!(await lock.stillHeld()))
                throw new ExportStop(
                  `the ledger lock ${lock.path} was taken over by another export; nothing was written`,
                );
              await writeLedger(ledgerPath, recorded as Ledger);
              await removeJournal(ledgerPath);
            },
          },
          options.hooks,
        );
      } catch (error) {
        // writeExport removed the files it placed: our journal describes nothing any more. If the lock was taken
        // over, the journal there is the new holder's (or ours, which its recovery handles): it is not ours to remove.
        if (await lock.stillHeld()) await removeJournal(ledgerPath);
        throw error;
      }
      const total = plan.claims.reduce((sum, claim) => sum + claim.total, 0);
      // Only what was billed: a silenced error about a patient whose claim was a skipped duplicate is not listed.
      const billed = new Set(plan.claims.map((claim) => `${claim.noteUri}|${claim.patientId}`));
      const notesBilled = new Set(plan.claims.map((claim) => claim.noteUri));
      return {
        ...result,
        suppressed: drafted.suppressed
          .filter((item) =>
            item.attendeeId ? billed.has(`${item.uri}|${item.attendeeId}`) : notesBilled.has(item.uri),
          )
          .sort((a, b) => a.uri.localeCompare(b.uri) || a.line - b.line || a.character - b.character),
        claims: plan.claims.length,
        totalCharges: Math.round(total * 100) / 100,
        files: written.map((file) => file.path),
        interchangeControl: String(control.interchange).padStart(9, '0'),
        exported: plan.claims.map((claim) => ({
          claimId: claim.claimId,
          patientId: claim.patientId,
          serviceDate: claim.serviceDate,
          cpt: claim.cpt,
          frequency: claim.frequency,
          ...(claim.originalClaimId ? { originalClaimId: claim.originalClaimId } : {}),
          total: claim.total,
          uri: claim.noteUri,
        })),
      };
    },
    options.lock,
  );
}

interface Interrupted {
  ledgerPath: string;
  root: string;
  outDir: string;
  staleMs: number;
  result: ExportResult;
}

/**
 * Under the ledger lock, before anything else: finishes or undoes an export that stopped midway
 * (journal.ts), removes what killed exports left (leftovers.ts), says so in `result`; returns the ledger.
 */
async function recoverInterrupted({ ledgerPath, root, outDir, staleMs, result }: Interrupted): Promise<Ledger> {
  const recovery = await recoverJournal(ledgerPath);
  const ledger = await readLedger(ledgerPath);
  const sweep = await sweepLeftovers({
    ledgerPath,
    outDirs: [outDir, ...ledger.exports.map((entry) => path.resolve(root, entry.outDir))],
    staleMs,
  });
  reportRecovery(result, recovery, sweep);
  return ledger;
}

/**
 * The same when nothing is exported, unless another export holds the lock (it recovers first itself):
 * no waiting, only the attempts needed to take over a lock left by a killed export.
 */
async function recoverIfFree(interrupted: Interrupted, lock: LockOptions | undefined): Promise<void> {
  try {
    await withLock(`${interrupted.ledgerPath}.lock`, () => recoverInterrupted(interrupted), { ...lock, retries: 2 });
  } catch (error) {
    if (!(error instanceof LockBusyError)) throw error;
  }
}

/** What this export cleaned up first, in `recovered` (one line the CLI and the editor show) and `leftovers`. */
function reportRecovery(result: ExportResult, recovery: JournalRecovery | undefined, sweep: LeftoverSweep): void {
  const removed = [...(recovery?.tempsRemoved ?? []), ...sweep.removed];
  const completed = recovery?.completed ?? [];
  if (removed.length || completed.length || sweep.kept.length)
    result.leftovers = { removed, completed, kept: sweep.kept };
  const lines = [recovery && describeRecovery(recovery), describeLeftovers(removed.length, sweep.kept.length)];
  const recovered = lines.filter((line): line is string => Boolean(line)).join('; ');
  if (recovered) result.recovered = recovered;
}

function render(format: ExportFormat, batch: ClaimBatch, x12: X12Options | undefined): string {
  switch (format) {
    case '837p':
      return build837p(batch, x12);
    case 'csv':
      return buildCsv(batch);
    case 'fhir':
      return buildFhirJson(batch);
  }
}

/** `20261120` for one date of service, `20261118-20261120` for a range. */
function dateRange(dates: string[]): string {
  const sorted = [...dates].sort();
  const first = sorted[0].replace(/-/g, '');
  const last = sorted[sorted.length - 1].replace(/-/g, '');
  return first === last ? first : `${first}-${last}`;
}

function compareHeldBack(a: HeldBack, b: HeldBack): number {
  return a.uri.localeCompare(b.uri) || a.line - b.line || a.character - b.character;
}

/**
 * A message for the user: ours as written, others reduced to their error code or kind (no stack traces, and no message
 * that could quote note text).
 */
function describeError(error: unknown): string {
  if (
    error instanceof ExportStop ||
    error instanceof ExportWriteError ||
    error instanceof LedgerError ||
    error instanceof LockBusyError
  )
    return error.message;
  if (error instanceof BatchWorkerError) return `export failed: ${error.message}; nothing was exported`;
  const failure = describeIoFailure(error);
  if (failure) return `export failed${failure.at}: ${failure.why}; nothing was exported`;
  return `export failed (unexpected ${error instanceof Error ? error.name : 'error'}); nothing was exported`;
}
