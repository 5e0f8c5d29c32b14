/**
 * Plain results of the editor features, shaped like their LSP counterparts (0-based positions,
 * UTF-16 columns) but free of LSP imports: lsp/features.ts converts them. Kinds are names here and
 * become LSP enum values there.
 */
import type { Range } from '../../model/positions';
import type { FixHint } from '../../rules/types';

export interface TextEdit {
  range: Range;
  newText: string;
}

export type CompletionKind =
  'property' | 'value' | 'enum' | 'reference' | 'snippet' | 'text' | 'constant' | 'module' | 'event';

export interface CompletionEntry {
  label: string;
  kind: CompletionKind;
  /** One line next to the label (a code's name, a patient's id). */
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** Replaces `range` with `newText`; `snippet` says whether newText holds tab stops (`$1`, `${1|a,b|}`). */
  textEdit: TextEdit;
  /** Edits elsewhere on the line or in the same list item (choosing a patient id also writes the name). */
  additionalTextEdits?: TextEdit[];
  snippet?: boolean;
  filterText?: string;
  sortText?: string;
  preselect?: boolean;
  /** Opens the suggestions again after inserting (e.g. a key whose value has a list of choices). */
  retrigger?: boolean;
}

export interface CompletionResult {
  items: CompletionEntry[];
  /** Ask again on the next keystroke (the server filtered, e.g. ICD-10-CM search by words). */
  isIncomplete: boolean;
}

export interface HoverResult {
  /** Markdown. */
  markdown: string;
  range?: Range;
}

/** A diagnostic as the client sent it back in a code action request (data = {ruleId, attendeeId, fix}). */
export interface DiagnosticRef {
  range: Range;
  ruleId: string;
  attendeeId?: string;
  fix?: FixHint;
  message?: string;
}

export interface CommandRef {
  title: string;
  command: string;
  arguments?: unknown[];
}

export type ActionKind = 'quickfix' | 'source.fixAll.groupnote';
export const FIX_ALL_KIND = 'source.fixAll.groupnote';

export interface FixAction {
  title: string;
  kind: ActionKind;
  /** Indexes into the diagnostics the action resolves (from the request; for fix-all, into the note's findings). */
  diagnostics: number[];
  edits?: TextEdit[];
  /** The same change as one snippet insertion (tab stops), for clients that insert snippets instead of `edits`. */
  snippet?: TextEdit;
  command?: CommandRef;
  isPreferred?: boolean;
}

export type SymbolKindName = 'namespace' | 'property' | 'string' | 'class' | 'array' | 'object' | 'field' | 'key';

export interface SymbolNode {
  name: string;
  detail?: string;
  kind: SymbolKindName;
  range: Range;
  selectionRange: Range;
  children?: SymbolNode[];
}

export interface FoldRange {
  startLine: number;
  endLine: number;
  kind?: 'comment' | 'region';
}

export interface SelectionNode {
  range: Range;
  parent?: SelectionNode;
}

export interface Lens {
  range: Range;
  title: string;
  command?: string;
  arguments?: unknown[];
}
