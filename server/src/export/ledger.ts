import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';
import type { ParsedNote } from '../model/note';
import { noteTextDigest } from '../model/noteDigest';
import { claimIdFor } from './ids';
import { tempPathFor } from './tempFiles';
import type { Claim, DraftClaim } from './types';

/**
 * `.groupnote/ledger.json`: what was exported when. Read and written only under the ledger lock
 * (see lock.ts), and replaced atomically (temp file, fsync, rename).
 *
 * ```json
 * {
 *   "version": 1,
 *   "control": { "interchange": 7, "group": 7 },          // last numbers used; never reused
 *   "claims": {
 *     "P001|2026-11-20|90853": {                              // patient | date of service | CPT
 *       "claimId": "GN<yymmdd><10 hash chars>", "patientId": "P001", "serviceDate": "2026-11-20",
 *       "cpt": "90853", "status": "exported", "frequency": "1", "revision": 0,
 *       "interchange": "000000007", "group": "7", "exportedAt": "...", "note": "notes/a.group.md",
 *       "noteSha256": "<sha-256 of the note's text as exported>",
 *       "total": 150, "lines": [ { "code": "90853", "modifiers": ["95"], "charge": 150, "units": 1 } ],
 *       "files": ["claims-20261120-000000007.837", ...],
 *       "history": [ { ...the entry it replaced, "status": "replaced" } ]
 *     }
 *   },
 *   "exports": [ { "interchange": "000000007", "group": "7", "exportedAt": "...", "outDir": "claims",
 *                  "claimIds": [...], "files": [ { "name": "...", "sha256": "...", "bytes": 1234 } ] } ]
 * }
 * ```
 */

/** The ledger's file name in `.groupnote/`. */
export const LEDGER_FILE = 'ledger.json';
export const LEDGER_VERSION = 1;
/** Largest ISA13 / GS06 value (9 digits). */
export const MAX_CONTROL_NUMBER = 999_999_999;

export interface LedgerClaim {
  claimId: string;
  patientId: string;
  serviceDate: string;
  cpt: string;
  status: 'exported' | 'replaced';
  frequency: '1' | '7';
  originalClaimId?: string;
  revision: number;
  interchange: string;
  group: string;
  exportedAt: string;
  /** The note, relative to the workspace root (forward slashes). */
  note: string;
  /** SHA-256 of the note's text when exported; absent in entries written before 2026-12 (see noteReadiness). */
  noteSha256?: string;
  total: number;
  /** The service lines as exported (code, modifiers, charge, units); absent in entries written before 2026-12. */
  lines?: LedgerLine[];
  files: string[];
  history?: LedgerClaim[];
}

export interface LedgerLine {
  code: string;
  modifiers: string[];
  charge: number;
  units: number;
}

export interface LedgerFile {
  name: string;
  sha256: string;
  bytes: number;
}

export interface LedgerExport {
  interchange: string;
  group: string;
  exportedAt: string;
  /** Output folder, relative to the workspace root when inside it. */
  outDir: string;
  claimIds: string[];
  files: LedgerFile[];
}

export interface Ledger {
  version: number;
  control: { interchange: number; group: number };
  claims: Record<string, LedgerClaim>;
  exports: LedgerExport[];
}

export class LedgerError extends Error {}

export function emptyLedger(): Ledger {
  return { version: LEDGER_VERSION, control: { interchange: 0, group: 0 }, claims: {}, exports: [] };
}

/** Reads the ledger; a missing file is an empty ledger, a damaged one is an error (never silently reset). */
export async function readLedger(file: string): Promise<Ledger> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyLedger();
    throw new LedgerError(`cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'I/O error'})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new LedgerError(
      `${file} is not valid JSON; it was not changed. Restore it from a backup before exporting again (control ` +
        `numbers must never be reused).`,
    );
  }
  const ledger = value as Partial<Ledger>;
  const control = ledger?.control;
  if (
    !ledger ||
    typeof ledger !== 'object' ||
    ledger.version !== LEDGER_VERSION ||
    !control ||
    !Number.isInteger(control.interchange) ||
    !Number.isInteger(control.group) ||
    !ledger.claims ||
    typeof ledger.claims !== 'object' ||
    !Array.isArray(ledger.exports)
  ) {
    throw new LedgerError(`${file} is not a GroupNote ledger (version ${LEDGER_VERSION}); it was not changed.`);
  }
  return ledger as Ledger;
}

/** Replaces the ledger atomically: temp file (0600) in the same folder, fsync, rename, fsync the folder. */
export async function writeLedger(file: string, ledger: Ledger): Promise<void> {
  await writeJsonAtomic(file, ledger);
}

/**
 * Replaces `file` with `value` as JSON, atomically (temp file 0600, fsync, rename, fsync the folder).
 * `beforeRename` runs once the temp file is complete (tests stop the process there).
 */
export async function writeJsonAtomic(
  file: string,
  value: unknown,
  hooks: { beforeRename?: () => void | Promise<void> } = {},
): Promise<void> {
  const dir = path.dirname(file);
  const temp = tempPathFor(file);
  const handle = await fs.open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(JSON.stringify(value, null, 2) + '\n');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await hooks.beforeRename?.();
  try {
    await fs.rename(temp, file);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDir(dir);
}

export async function syncDir(dir: string): Promise<void> {
  try {
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // some platforms (Windows) cannot open or sync a folder; the rename is still atomic
  }
}

export interface PlannedDuplicate {
  draft: DraftClaim;
  /** The claim already exported (or, within one export, the first draft's key). */
  existingClaimId?: string;
  reason: 'already-exported' | 'twice-in-export';
}

export interface ClaimPlan {
  claims: Claim[];
  duplicates: PlannedDuplicate[];
}

/**
 * Gives each draft its claim id and frequency code. One group claim per patient and date of
 * service: a patient + date already in the ledger is a duplicate unless `replace` is set, in which
 * case the new claim has frequency 7 and names the claim it replaces (the latest for that patient
 * and date). Two drafts for one patient and date in the same export: the second is a duplicate.
 */
export function planClaims(
  ledger: Ledger,
  drafts: readonly DraftClaim[],
  options: { replace: boolean; billingNpi: string },
): ClaimPlan {
  const byPatientDate = new Map<string, LedgerClaim>();
  for (const entry of Object.values(ledger.claims)) {
    if (entry.status === 'exported') byPatientDate.set(`${entry.patientId}|${entry.serviceDate}`, entry);
  }
  const seen = new Set<string>();
  const plan: ClaimPlan = { claims: [], duplicates: [] };
  for (const draft of drafts) {
    const patientDate = `${draft.patientId}|${draft.serviceDate}`;
    if (seen.has(patientDate)) {
      plan.duplicates.push({ draft, reason: 'twice-in-export' });
      continue;
    }
    seen.add(patientDate);
    const existing = byPatientDate.get(patientDate);
    if (existing && !options.replace) {
      plan.duplicates.push({ draft, existingClaimId: existing.claimId, reason: 'already-exported' });
      continue;
    }
    const revision = existing ? existing.revision + 1 : 0;
    const claimId = claimIdFor({
      billingNpi: options.billingNpi,
      patientId: draft.patientId,
      serviceDate: draft.serviceDate,
      cpt: draft.cpt,
      revision,
    });
    plan.claims.push(
      existing
        ? { ...draft, claimId, frequency: '7', originalClaimId: existing.claimId, revision }
        : { ...draft, claimId, frequency: '1', revision },
    );
  }
  return plan;
}

/** The next interchange and group control numbers (the ledger is updated by `recordExport`). */
export function nextControlNumbers(ledger: Ledger): { interchange: number; group: number } {
  const next = { interchange: ledger.control.interchange + 1, group: ledger.control.group + 1 };
  if (next.interchange > MAX_CONTROL_NUMBER || next.group > MAX_CONTROL_NUMBER) {
    throw new LedgerError('the ledger has used every 9-digit control number; ask the clearinghouse how to continue');
  }
  return next;
}

export interface ExportRecord {
  interchange: number;
  group: number;
  exportedAt: Date;
  root: string;
  outDir: string;
  files: (LedgerFile & { path: string })[];
}

/** A new ledger with the export's control numbers, claims and files (the input is not changed). */
export function recordExport(ledger: Ledger, claims: readonly Claim[], record: ExportRecord): Ledger {
  const next: Ledger = {
    version: LEDGER_VERSION,
    control: {
      interchange: Math.max(ledger.control.interchange, record.interchange),
      group: Math.max(ledger.control.group, record.group),
    },
    claims: { ...ledger.claims },
    exports: [...ledger.exports],
  };
  const interchange = String(record.interchange).padStart(9, '0');
  const group = String(record.group);
  const exportedAt = record.exportedAt.toISOString();
  const fileNames = record.files.map((file) => file.name);
  for (const claim of claims) {
    const history: LedgerClaim[] = [];
    if (claim.frequency === '7') {
      for (const [key, entry] of Object.entries(next.claims)) {
        if (
          entry.status === 'exported' &&
          entry.patientId === claim.patientId &&
          entry.serviceDate === claim.serviceDate
        ) {
          const { history: earlier, ...previous } = entry;
          history.push(...(earlier ?? []), { ...previous, status: 'replaced' });
          delete next.claims[key];
        }
      }
    }
    next.claims[claim.key] = {
      claimId: claim.claimId,
      patientId: claim.patientId,
      serviceDate: claim.serviceDate,
      cpt: claim.cpt,
      status: 'exported',
      frequency: claim.frequency,
      ...(claim.originalClaimId ? { originalClaimId: claim.originalClaimId } : {}),
      revision: claim.revision,
      interchange,
      group,
      exportedAt,
      note: relativeTo(record.root, claim.notePath),
      ...(claim.noteSha256 ? { noteSha256: claim.noteSha256 } : {}),
      total: claim.total,
      lines: claim.lines.map(({ cpt, modifiers, charge, units }) => ({
        code: cpt,
        modifiers: [...modifiers],
        charge,
        units,
      })),
      files: fileNames,
      ...(history.length ? { history } : {}),
    };
  }
  next.exports.push({
    interchange,
    group,
    exportedAt,
    outDir: relativeTo(record.root, record.outDir),
    claimIds: claims.map((claim) => claim.claimId),
    files: record.files.map(({ name, sha256, bytes }) => ({ name, sha256, bytes })),
  });
  return next;
}

function relativeTo(root: string, file: string): string {
  const relative = path.relative(root, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative)
    ? relative.split(path.sep).join('/')
    : file;
}

/** SHA-256 (hex) of a note's text: recorded with each exported claim, compared by the note's readiness. */
export function noteSha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** {@link noteSha256} of a parsed note's text, from its one hash (model/noteDigest.ts). */
export function parsedNoteSha256(note: ParsedNote): string {
  return noteTextDigest(note).toString('hex');
}
