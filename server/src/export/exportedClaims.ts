import type { ExportedClaimRecord } from '../billing/noteReadiness';
import type { Ledger } from './ledger';

/**
 * What a note's readiness reads of the export ledger: each claim whose status is `exported`, by the ledger's key
 * (`<patientId>|<date>|<cpt>`), with only the three fields readiness reads (billing/noteReadiness.ts). The language
 * server keeps this per workspace instead of the ledger itself: a ledger of 16,000 claims parsed whole (service
 * lines, file names, replaced versions) held about 25 MB of the server's heap, this about a tenth of that.
 */
export type ExportedClaims = ReadonlyMap<string, ExportedClaimRecord>;

/** The exported claims of a ledger as readiness reads them (undefined: no ledger, or a damaged one). */
export function exportedClaimsIn(ledger: Ledger | undefined): ExportedClaims | undefined {
  if (!ledger) return undefined;
  const exported = new Map<string, ExportedClaimRecord>();
  for (const [key, entry] of Object.entries(ledger.claims)) {
    // Copied as they are (a damaged entry's odd values too): readiness must answer as it did from the ledger.
    if (entry?.status === 'exported')
      exported.set(key, { patientId: entry.patientId, exportedAt: entry.exportedAt, noteSha256: entry.noteSha256 });
  }
  return exported;
}

/** The exported claims of these patients for one date of service and CPT, in the order of `patientIds`. */
export function exportedClaimsOf(
  exported: ExportedClaims | undefined,
  date: string | undefined,
  cpt: string,
  patientIds: readonly string[],
): ExportedClaimRecord[] {
  if (!exported || !date) return [];
  const found: ExportedClaimRecord[] = [];
  for (const id of patientIds) {
    const claim = exported.get(`${id}|${date}|${cpt}`);
    if (claim) found.push(claim);
  }
  return found;
}
