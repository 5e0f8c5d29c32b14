/**
 * Claims export (issue 4). Entry point: `exportClaims(options)`; everything else is exported for
 * tests and for callers that want one format in memory.
 */
export { exportClaims, LEDGER_FILE, type ExportOptions, type ExportResult, type ExportedClaim } from './exportClaims';
export { exportOptionsFromParams } from './params';
export { collectClaims, type CollectInput, type Collected } from './collectClaims';
export { gateNote, type NoteGate } from './gating';
export { build837p, type X12Options } from './x12/837p';
export { buildCsv, CSV_HEADERS } from './csv';
export { buildFhirBundle, buildFhirJson } from './fhir';
export { readLedger, type Ledger, type LedgerClaim, type LedgerExport } from './ledger';
export type { WriteHooks } from './writeExport';
export { EXPORT_FORMATS, type Claim, type ClaimBatch, type DraftClaim, type ExportFormat } from './types';
