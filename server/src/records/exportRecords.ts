import { dateRangeProblem } from '../export/dateRange';
import { promises as fs } from 'fs';
import * as path from 'path';
import type { ExportRecordsResult } from '../../../protocol/src/protocol';
import { todayIso } from '../engine/checkNote';
import { LedgerError, readLedger } from '../export/ledger';
import { journalPath } from '../export/journal';
import { LockBusyError, type LockOptions } from '../export/lock';
import { ExportWriteError, writeExport } from '../export/writeExport';
import {
  DisclosureLogError,
  disclosuresPath,
  MAX_STATEMENT_LENGTH,
  recordDisclosure,
} from '../disclosures/disclosureLog';
import { EXEMPTION_NAMES, isExemption } from '../disclosures/exemptions';
import { loadWorkspace, SETTINGS_DIR, type WorkspaceData } from '../workspace/loadWorkspace';
import { pathToUri } from '../workspace/uris';
import { collectSessions } from './collectSessions';
import { assemblePacket, type RecordsPacket, type RecordsRequest } from './packet';

export interface RecordsOptions extends Omit<RecordsRequest, 'exempt'> {
  /** Workspace root: the folder that holds `.groupnote/`. */
  root: string;
  /** As typed by the user; checked against exemptions.ts. */
  exempt?: string;
  /** Output folder; default `<root>/records`. Created (0700) when missing. */
  outDir?: string;
  /** Workspace data already loaded (the language server passes its own); default `loadWorkspace(root)`. */
  workspace?: WorkspaceData;
  /** "Today" for the note checks (YYYY-MM-DD); default the local date. */
  today?: string;
  /** Time of the release; default now. */
  now?: Date;
  lock?: LockOptions;
  /** Runs once the disclosures log's new copy is written, before it replaces the log (tests stop there). */
  beforeRename?: () => void | Promise<void>;
}

/** Lays the packet out as a PDF (renderRecordsPdf.ts); a parameter so tests of the release can stand it in. */
export type PacketRenderer = (packet: RecordsPacket) => Promise<{ bytes: Uint8Array; pages: number }>;

/**
 * `groupnote records` / "Export Records Packet": one PDF of one patient's signed sessions over a date
 * range, written (0600, never over an existing file) while the disclosures log is locked, and recorded
 * there before the lock is released. A failure at any step leaves neither a file nor an entry.
 */
export async function exportRecords(options: RecordsOptions, render: PacketRenderer): Promise<ExportRecordsResult> {
  const result: ExportRecordsResult = { sessions: 0, heldBack: 0, claims: 0, leftOut: [] };
  const stop = (message: string): ExportRecordsResult => ({ ...result, error: message });
  const problem = requestProblem(options);
  if (problem) return stop(problem);
  const root = path.resolve(options.root);
  const settingsDir = path.join(root, SETTINGS_DIR);
  const workspace = options.workspace ?? (await loadWorkspace(root));
  const rosterProblems = workspace.problems.filter((item) => /(?:^|[\\/])roster\.yaml$/.test(item.file));
  if (rosterProblems.length)
    return stop(`fix roster.yaml first: ${rosterProblems.map((item) => item.message).join('; ')}`);
  const patient = workspace.roster?.patients.get(options.patientId);
  if (!workspace.roster)
    return stop(`${path.join(settingsDir, 'roster.yaml')} not found: the packet needs the patient`);
  if (!patient) return stop(`patient ${options.patientId} is not in roster.yaml`);

  const ledgerPath = path.join(settingsDir, 'ledger.json');
  if (await exists(journalPath(ledgerPath)))
    return stop(
      'an earlier claims export was stopped midway (ledger.json.journal): run groupnote export once to finish it, ' +
        'then ask for the records again, so the claims listed are the ones billed',
    );
  let ledger;
  try {
    ledger = await readLedger(ledgerPath);
  } catch (error) {
    if (error instanceof LedgerError) return stop(error.message);
    throw error;
  }
  const today = options.today ?? todayIso();
  const collected = await collectSessions({
    root,
    workspace,
    patientId: patient.id,
    from: options.from,
    to: options.to,
    today,
  });
  if (!collected.ok) return stop(collected.message);
  const now = options.now ?? new Date();
  const packet = assemblePacket({
    request: { ...options, exempt: options.exempt as RecordsRequest['exempt'] },
    patient,
    practiceName: workspace.practice?.billing?.name,
    sessions: collected.sessions,
    ledger,
    preparedAt: now,
  });
  const pathOf = new Map(collected.sessions.map((session) => [session.note, session.path]));
  result.leftOut = packet.leftOut.map(({ date, note, reasons }) => ({
    date,
    uri: pathToUri(pathOf.get(note) ?? path.join(root, note)),
    reasons,
  }));
  if (!packet.sessions.length)
    return stop(
      `nothing to release: ${patient.id} has no signed session from ${options.from} to ${options.to}` +
        (packet.leftOut.length ? ` (${packet.leftOut.length} not releasable yet, listed)` : ''),
    );

  const outDir = path.resolve(root, options.outDir ?? 'records');
  try {
    const entry = await recordDisclosure(
      disclosuresPath(root),
      {
        patientId: patient.id,
        recipient: options.recipient,
        purpose: options.purpose,
        ...(options.requestedBy ? { requestedBy: options.requestedBy } : {}),
        kind: 'records-packet',
        sessions: packet.sessions.map(({ date, note }) => ({ date, note })),
        files: [],
        ...(packet.cover.exemption ? { exempt: options.exempt as RecordsRequest['exempt'] } : {}),
      },
      {
        now,
        lock: options.lock,
        beforeRename: options.beforeRename,
        onRecovered: (message) => (result.recovered = message),
        release: async (id, markPending) => {
          packet.cover.disclosureId = id;
          const rendered = await render(packet);
          const name = `records-${patient.id}-${compact(options.from)}-${compact(options.to)}-${id}.pdf`;
          const [written] = await writeExport(outDir, [{ name, content: rendered.bytes }], {
            prepare: (files) => markPending(files.map(({ path, sha256 }) => ({ path, sha256 }))),
            commit: async () => {},
            noun: 'records packets',
          });
          result.file = written.path;
          result.pages = rendered.pages;
          return { files: [name], undo: () => fs.unlink(written.path).catch(() => undefined) };
        },
      },
    );
    result.disclosureId = entry.id;
  } catch (error) {
    if (error instanceof DisclosureLogError || error instanceof LockBusyError || error instanceof ExportWriteError) {
      result.file = undefined;
      return stop(error.message);
    }
    throw error;
  }
  result.sessions = packet.sessions.length;
  result.heldBack = packet.sessions.filter((session) => session.heldBack).length;
  result.claims = packet.claims.length;
  return result;
}

/** What is wrong with the request as typed, or undefined. */
function requestProblem(options: RecordsOptions): string | undefined {
  if (!options.patientId?.trim()) return 'name the patient (roster member id)';
  // A packet covers a closed range: both ends are needed.
  if (!options.from) return 'from must be a date written YYYY-MM-DD, not ""';
  if (!options.to) return 'to must be a date written YYYY-MM-DD, not ""';
  const rangeProblem = dateRangeProblem(options.from, options.to);
  if (rangeProblem) return rangeProblem;
  for (const [name, value] of [
    ['recipient', options.recipient],
    ['purpose', options.purpose],
    ['requested by', options.requestedBy ?? 'x'],
  ] as const) {
    if (!value?.trim()) return `${name} is required: the disclosures log records to whom and why records are released`;
    if (value.length > MAX_STATEMENT_LENGTH || /[\r\n]/.test(value))
      return `${name} must be one line of at most ${MAX_STATEMENT_LENGTH} characters`;
  }
  if (options.exempt !== undefined && !isExemption(options.exempt))
    return `unknown exemption "${options.exempt}" (use ${EXEMPTION_NAMES.join(', ')})`;
  return undefined;
}

function compact(date: string): string {
  return date.replace(/-/g, '');
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.stat(file);
    return true;
  } catch {
    return false;
  }
}
