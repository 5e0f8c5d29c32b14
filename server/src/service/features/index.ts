/**
 * Editor features as pure functions over a note analysis (no LSP imports), in the style of
 * yaml-language-server's services: lsp/features.ts turns their plain results into LSP types.
 */
export { complete, type CompletionOptions } from './completion';
export { hover } from './hover';
export { HOVER_SESSIONS, type EarlierSimilarity, type MemberHistory } from './memberHistory';
export { codeActions, fixAll, fixesFor, disableFileEdit, disableLineEdit, SHOW_DOCS_COMMAND } from './codeActions';
export { documentSymbols, foldingRanges, selectionRanges } from './structure';
export { billingSummary, codeLenses, PROBLEMS_COMMAND } from './codeLens';
export { exportFindings } from './exportCheck';
export { applyOffsetEdits } from './textEdits';
export * from './types';
