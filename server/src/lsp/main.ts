import {
  createConnection,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CheckSuperseded, GroupNoteService, type NoteAnalysis } from '../service/groupNoteService';
import { featureCapabilities, registerFeatures } from './features';
import { registerWorkspaceRequests } from './workspaceRequests';
import { toDiagnostic } from './diagnostics';
import { settingsReader } from './settings';
import { pathToUri } from '../workspace/uris';
import { MAX_DIAGNOSTICS_PER_NOTE } from '../model/limits';
import { Notifications, type NoteStatusParams } from '../../../protocol/src/protocol';
import type { WorkspaceFileProblem } from '../workspace/types';
import type { GroupNoteInitializationOptions } from '../../../protocol/src/protocol';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';

/**
 * The language server process: thin LSP handlers around GroupNoteService. Transport (stdio / node-ipc) comes from argv.
 */
const connection = createConnection(ProposedFeatures.all);

// The server never exits on its own (issue 16): an error that escapes a handler or a timer is logged by
// its kind only (its message could quote note text) and the server goes on; every check starts from the
// document's text, so nothing it caches outlives a failed one. If the process dies anyway, the client
// restarts it (client/src/restartPolicy.ts).
process.on('uncaughtException', (error) => connection.console.error(`unexpected error: ${error.name}`));
process.on('unhandledRejection', (reason) =>
  connection.console.error(`unexpected error: ${reason instanceof Error ? reason.name : 'rejection'}`),
);
const documents = new TextDocuments(TextDocument);
let configurationSupported = false;
let watchedFilesDynamic = false;
/** What the client said it can do (initialization options); read by the feature handlers. */
const clientOptions: GroupNoteInitializationOptions = {};

const service = new GroupNoteService({
  settingsFor: settingsReader(connection, () => configurationSupported),
  log: (message) => connection.console.log(message),
  onWorkspaceIndexed: () => revalidateAll(),
});

async function validate(document: TextDocument): Promise<void> {
  try {
    const analysis = await service.analyze(document.uri, document.version, document.getText());
    // A newer version may have arrived while this one was checked; its own validation publishes.
    if (documents.get(document.uri)?.version !== document.version) return;
    await connection.sendDiagnostics({
      uri: document.uri,
      version: document.version,
      diagnostics: capped(analysis.findings.map(toDiagnostic)),
    });
    publishStatusOnPause(document, analysis);
    await publishSettingsProblems(document.uri);
  } catch (error) {
    // A newer version arrived while this one was checked: its own validation publishes.
    if (error instanceof CheckSuperseded) return;
    connection.console.error(`check failed: ${error instanceof Error ? error.name : 'error'}`);
  }
}

/**
 * How long the status bar's readiness waits after a version's diagnostics. Readiness checks the note again in export
 * mode and reads the ledger: work a keystroke's diagnostics should not queue behind while edits keep coming, and that
 * a version superseded within the pause never needs. The status bar and the notes view show it once typing pauses.
 */
const STATUS_PAUSE_MS = 150;
const statusTimers = new Map<string, ReturnType<typeof setTimeout>>();

function publishStatusOnPause(document: TextDocument, analysis: NoteAnalysis): void {
  clearTimeout(statusTimers.get(document.uri));
  const isCurrent = () => documents.get(document.uri)?.version === document.version;
  const timer = setTimeout(() => {
    statusTimers.delete(document.uri);
    if (isCurrent()) void publishStatus(document, analysis, isCurrent);
  }, STATUS_PAUSE_MS);
  statusTimers.set(document.uri, timer);
}

/** The readiness of the version whose diagnostics were published: the status bar and the notes view show it as is. */
async function publishStatus(document: TextDocument, analysis: NoteAnalysis, isCurrent: () => boolean): Promise<void> {
  try {
    const status: NoteStatusParams = { ...(await service.summary(analysis)), version: document.version };
    if (isCurrent()) await connection.sendNotification(Notifications.noteStatus, status);
  } catch (error) {
    connection.console.error(`status failed: ${error instanceof Error ? error.name : 'error'}`);
  }
}

/** At most MAX_DIAGNOSTICS_PER_NOTE, errors first, and one more saying how many were left out. */
function capped(diagnostics: Diagnostic[]): Diagnostic[] {
  if (diagnostics.length <= MAX_DIAGNOSTICS_PER_NOTE) return diagnostics;
  const shown = [...diagnostics]
    .sort((a, b) => (a.severity ?? 1) - (b.severity ?? 1))
    .slice(0, MAX_DIAGNOSTICS_PER_NOTE - 1);
  const hidden = diagnostics.length - shown.length;
  const start = { line: 0, character: 0 };
  shown.push({
    range: { start, end: start },
    severity: DiagnosticSeverity.Information,
    source: 'groupnote',
    message: `${hidden} more problems are not shown here; run \`groupnote check\` on this note to see them all.`,
  });
  return shown;
}

/** What was last published per settings file (the service keeps the same list until the file changes). */
const settingsPublished = new Map<string, readonly WorkspaceFileProblem[]>();

function settingsDiagnostic(problem: WorkspaceFileProblem): Diagnostic {
  const line = problem.line ?? 0;
  const character = problem.character ?? 0;
  return {
    range: { start: { line, character }, end: { line, character: character + 1 } },
    severity: problem.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error,
    source: 'groupnote',
    // The editor shows the file already: drop the "file:line:col: " prefix the command line needs.
    message: problem.message.startsWith(problem.file)
      ? problem.message.slice(problem.file.length).replace(/^(?::\d+:\d+)?:\s*/, '')
      : problem.message,
  };
}

/** Problems of `.groupnote/*.yaml` are shown on those files (Problems panel), not only at export. */
async function publishSettingsProblems(uri: string): Promise<void> {
  for (const { file, problems } of await service.settingsFileProblems(uri)) {
    const settingsUri = pathToUri(file);
    if (settingsPublished.get(settingsUri) === problems) continue;
    settingsPublished.set(settingsUri, problems);
    await connection.sendDiagnostics({ uri: settingsUri, diagnostics: problems.map(settingsDiagnostic) });
  }
}

function revalidateAll(): void {
  // Something on disk or in the settings changed (an export among them): readiness reads the ledger file again.
  service.ledgers.forget();
  for (const document of documents.all()) void validate(document);
}

connection.onInitialize((params) => {
  configurationSupported = params.capabilities.workspace?.configuration === true;
  watchedFilesDynamic = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  clientOptions.snippetFixes =
    (params.initializationOptions as GroupNoteInitializationOptions | undefined)?.snippetFixes === true;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      ...featureCapabilities,
    },
    serverInfo: { name: 'groupnote-language-server' },
  };
});

connection.onInitialized(() => {
  if (watchedFilesDynamic) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      // The ledger too: an export (from the editor or the command line) changes open notes' readiness.
      watchers: [
        { globPattern: '**/.groupnote/*.yaml' },
        { globPattern: '**/.groupnote/ledger.json' },
        { globPattern: '**/*.group.md' },
      ],
    });
  }
});

connection.onDidChangeConfiguration(() => {
  service.settingsChanged();
  revalidateAll();
});

connection.onDidChangeWatchedFiles((change) => {
  if (change.changes.some((event) => /[\\/]\.groupnote[\\/][^\\/]+\.ya?ml$/.test(event.uri)))
    service.workspaceFilesChanged();
  // Notes created, changed or deleted outside the editor: the index and the history follow (then a re-check).
  const notes = change.changes.filter((event) => event.uri.endsWith('.group.md')).map((event) => event.uri);
  if (notes.length) void service.notesChangedOnDisk(notes);
  revalidateAll();
});

documents.onDidChangeContent((event) => void validate(event.document));
documents.onDidClose((event) => {
  clearTimeout(statusTimers.get(event.document.uri));
  statusTimers.delete(event.document.uri);
  service.closed(event.document.uri);
  void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

registerWorkspaceRequests(connection, service, documents, revalidateAll);
registerFeatures(connection, service, documents, clientOptions);

documents.listen(connection);
connection.listen();
