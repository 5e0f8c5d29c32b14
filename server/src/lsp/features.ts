/**
 * Thin LSP handlers for the editor features (service/features/): each finds the document's cached
 * analysis (one parse and check per version), calls a pure feature function and converts its plain
 * result to LSP types. Registered from main.ts with `registerFeatures(connection, service, documents)`.
 */
import {
  CancellationToken,
  CodeActionKind,
  CompletionItemKind,
  DocumentSymbol,
  FoldingRangeKind,
  InsertTextFormat,
  MarkupKind,
  SymbolKind,
  type CodeAction,
  type CodeLens,
  type CompletionItem,
  type CompletionList,
  type Connection,
  type Diagnostic,
  type FoldingRange,
  type Hover,
  type SelectionRange,
  type ServerCapabilities,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { asFixHint } from '../rules/fixHints';
import { CheckSuperseded, type GroupNoteService, type NoteAnalysis } from '../service/groupNoteService';
import {
  codeActions,
  codeLenses,
  complete,
  documentSymbols,
  FIX_ALL_KIND,
  foldingRanges,
  hover,
  selectionRanges,
  type CompletionKind,
  type DiagnosticRef,
  type SelectionNode,
  type SymbolKindName,
  type SymbolNode,
} from '../service/features';
import { listNotes } from '../service/listNotes';
import { uriToPath } from '../workspace/uris';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import {
  INSERT_SNIPPET_COMMAND,
  Requests,
  type GroupNoteInitializationOptions,
  type InsertSnippetArgs,
  type NoteSummary,
} from '../../../protocol/src/protocol';
import { SERVER_PARALLEL } from '../batch/batchRunner';

/** The capabilities these handlers provide (spread into `initialize`'s result in main.ts). */
export const featureCapabilities: ServerCapabilities = {
  completionProvider: { triggerCharacters: [':', ' ', '-', '#', '[', ',', '"', '{'], resolveProvider: false },
  hoverProvider: true,
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
  documentSymbolProvider: { label: 'GroupNote' },
  foldingRangeProvider: true,
  selectionRangeProvider: true,
  codeLensProvider: { resolveProvider: false },
};

const COMPLETION_KINDS: Record<CompletionKind, CompletionItemKind> = {
  property: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  enum: CompletionItemKind.EnumMember,
  reference: CompletionItemKind.Reference,
  snippet: CompletionItemKind.Snippet,
  text: CompletionItemKind.Text,
  constant: CompletionItemKind.Constant,
  module: CompletionItemKind.Module,
  event: CompletionItemKind.Event,
};

const SYMBOL_KINDS: Record<SymbolKindName, SymbolKind> = {
  namespace: SymbolKind.Namespace,
  property: SymbolKind.Property,
  string: SymbolKind.String,
  class: SymbolKind.Class,
  array: SymbolKind.Array,
  object: SymbolKind.Object,
  field: SymbolKind.Field,
  key: SymbolKind.Key,
};

function toSymbol(node: SymbolNode): DocumentSymbol {
  return DocumentSymbol.create(
    node.name,
    node.detail,
    SYMBOL_KINDS[node.kind],
    node.range,
    node.selectionRange,
    node.children?.map(toSymbol),
  );
}

function toSelectionRange(node: SelectionNode): SelectionRange {
  return { range: node.range, parent: node.parent && toSelectionRange(node.parent) };
}

/** A client diagnostic as the feature layer sees it (GroupNote's own only). */
function diagnosticRef(diagnostic: Diagnostic): DiagnosticRef | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const data = (diagnostic.data ?? {}) as { ruleId?: unknown; attendeeId?: unknown; fix?: unknown };
  const ruleId =
    typeof data.ruleId === 'string' ? data.ruleId : typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
  if (!ruleId) return undefined;
  const fix = asFixHint(data.fix);
  return {
    range: diagnostic.range,
    ruleId,
    attendeeId: typeof data.attendeeId === 'string' ? data.attendeeId : undefined,
    fix,
    message: diagnostic.message,
  };
}

export function registerFeatures(
  connection: Connection,
  service: GroupNoteService,
  documents: TextDocuments<TextDocument>,
  client: Readonly<GroupNoteInitializationOptions> = {},
): void {
  /** The analysis of the document's current version: cached, or shared with the check already running for it. */
  const analysisOf = async (
    uri: string,
    token?: CancellationToken,
  ): Promise<{ analysis: NoteAnalysis; document: TextDocument } | undefined> => {
    const document = documents.get(uri);
    if (!document) return undefined;
    const latest = service.latest(uri);
    if (latest && latest.version === document.version) return { analysis: latest, document };
    try {
      const analysis = await service.analyze(uri, document.version, document.getText());
      // The client gave up waiting ($/cancelRequest) or the document changed meanwhile: answer nothing.
      if (token?.isCancellationRequested || documents.get(uri)?.version !== document.version) return undefined;
      return { analysis, document };
    } catch (error) {
      if (error instanceof CheckSuperseded) return undefined;
      throw error;
    }
  };

  /** The parsed note of the document's current version, without waiting for the rules (outline, folding, selection). */
  const noteOf = (uri: string) => {
    const document = documents.get(uri);
    if (!document) return undefined;
    const latest = service.latest(uri);
    return latest && latest.version === document.version
      ? latest.note
      : service.parse(uri, document.version, document.getText());
  };

  /** Logs the error's name only: never note text or names. */
  const logFailure = (what: string, error: unknown) =>
    connection.console.error(`${what} failed: ${error instanceof Error ? error.name : 'error'}`);

  connection.onCompletion(async (params): Promise<CompletionList | null> => {
    const uri = params.textDocument.uri;
    const document = documents.get(uri);
    if (!document) return null;
    // Completion needs the parsed note and the workspace, not the findings: it never waits for the rules.
    const latest = service.latest(uri);
    const input =
      latest && latest.version === document.version
        ? latest
        : {
            note: service.parse(uri, document.version, document.getText()),
            workspace: await service.workspaceFor(uri),
          };
    const offset = document.offsetAt(params.position);
    const result = complete(input, offset, { invoked: params.context?.triggerKind !== 2 });
    if (!result.items.length) return null;
    const items: CompletionItem[] = result.items.map((item) => ({
      label: item.label,
      kind: COMPLETION_KINDS[item.kind],
      detail: item.detail,
      documentation: item.documentation ? { kind: MarkupKind.Markdown, value: item.documentation } : undefined,
      textEdit: item.textEdit,
      additionalTextEdits: item.additionalTextEdits,
      insertTextFormat: item.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      filterText: item.filterText,
      sortText: item.sortText,
      preselect: item.preselect,
      command: item.retrigger ? { title: 'Suggest', command: 'editor.action.triggerSuggest' } : undefined,
    }));
    return { isIncomplete: result.isIncomplete, items };
  });

  connection.onHover(async (params, token): Promise<Hover | null> => {
    const found = await analysisOf(params.textDocument.uri, token);
    if (!found) return null;
    const offset = found.document.offsetAt(params.position);
    const notes = await service.hoverNotes(found.analysis, offset);
    const history = notes && {
      notes,
      mostSimilarEarlierSection: (patientId: string, uri: string) => notes.mostSimilarEarlierSection(patientId, uri),
    };
    const result = hover(found.analysis, offset, history);
    return result ? { contents: { kind: MarkupKind.Markdown, value: result.markdown }, range: result.range } : null;
  });

  connection.onCodeAction(async (params, token): Promise<CodeAction[] | null> => {
    const found = await analysisOf(params.textDocument.uri, token);
    if (!found) return null;
    const refs: DiagnosticRef[] = [];
    const originals: Diagnostic[] = [];
    for (const diagnostic of params.context.diagnostics) {
      const ref = diagnosticRef(diagnostic);
      if (!ref) continue;
      refs.push(ref);
      originals.push(diagnostic);
    }
    const only = params.context.only;
    const actions = codeActions(found.analysis, refs, { only });
    const uri = params.textDocument.uri;
    const version = found.document.version;
    return actions.map((action) => {
      const diagnostics =
        action.kind === FIX_ALL_KIND ? undefined : action.diagnostics.map((index) => originals[index]);
      const result: CodeAction = {
        title: action.title,
        kind: action.kind,
        diagnostics,
        isPreferred: action.isPreferred,
      };
      if (action.snippet && client.snippetFixes) {
        // Inserted by the client as a snippet (protocol.ts): tab stops on the prompts, cursor in the first.
        const args: InsertSnippetArgs = { uri, version, range: action.snippet.range, snippet: action.snippet.newText };
        result.command = { title: action.title, command: INSERT_SNIPPET_COMMAND, arguments: [args] };
        return result;
      }
      if (action.edits) result.edit = { documentChanges: [{ textDocument: { uri, version }, edits: action.edits }] };
      if (action.command) result.command = action.command;
      return result;
    });
  });

  connection.onDocumentSymbol((params) => {
    const note = noteOf(params.textDocument.uri);
    return note ? documentSymbols(note).map(toSymbol) : null;
  });

  connection.onFoldingRanges((params): FoldingRange[] | null => {
    const note = noteOf(params.textDocument.uri);
    if (!note) return null;
    return foldingRanges(note).map((range) => ({
      startLine: range.startLine,
      endLine: range.endLine,
      kind:
        range.kind === 'comment'
          ? FoldingRangeKind.Comment
          : range.kind === 'region'
            ? FoldingRangeKind.Region
            : undefined,
    }));
  });

  connection.onSelectionRanges((params): SelectionRange[] | null => {
    const note = noteOf(params.textDocument.uri);
    return note ? selectionRanges(note, params.positions).map(toSelectionRange) : null;
  });

  connection.onCodeLens(async (params, token): Promise<CodeLens[] | null> => {
    const found = await analysisOf(params.textDocument.uri, token);
    if (!found) return null;
    const { analysis } = found;
    return codeLenses(analysis, await service.readiness(analysis)).map((lens) => ({
      range: lens.range,
      command: { title: lens.title, command: lens.command ?? '', arguments: lens.arguments },
    }));
  });

  connection.onRequest(Requests.listNotes, async (): Promise<NoteSummary[]> => {
    const folders = (await connection.workspace.getWorkspaceFolders()) ?? [];
    const paths = folders
      .map((folder) => uriToPath(folder.uri))
      .filter((folder): folder is string => folder !== undefined);
    const open = new Map(documents.all().map((document) => [document.uri, document.getText()]));
    return listNotes(paths, {
      openDocuments: open,
      settingsFor: (uri) => service.settingsFor(uri),
      workspaces: service.workspaces,
      ledgers: service.ledgers,
      parallel: SERVER_PARALLEL,
    }).catch((error: unknown) => {
      logFailure('listing notes', error);
      return [];
    });
  });
}
