import {
  createConnection,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { GroupNoteService } from '../service/groupNoteService';
import { featureCapabilities, registerFeatures } from './features';
import { registerWorkspaceRequests } from './workspaceRequests';
import { toDiagnostic } from './diagnostics';
import { settingsReader } from './settings';

/** The language server process: thin LSP handlers around GroupNoteService. Transport (stdio / node-ipc) comes from argv. */
const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let configurationSupported = false;
let watchedFilesDynamic = false;

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
      diagnostics: analysis.findings.map(toDiagnostic),
    });
  } catch (error) {
    connection.console.error(`check failed: ${error instanceof Error ? error.name : 'error'}`);
  }
}

function revalidateAll(): void {
  for (const document of documents.all()) void validate(document);
}

connection.onInitialize((params) => {
  configurationSupported = params.capabilities.workspace?.configuration === true;
  watchedFilesDynamic = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
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
      watchers: [{ globPattern: '**/.groupnote/*.yaml' }, { globPattern: '**/*.group.md' }],
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
  revalidateAll();
});

documents.onDidChangeContent((event) => void validate(event.document));
documents.onDidClose((event) => {
  service.closed(event.document.uri);
  void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

registerWorkspaceRequests(connection, service, documents);
registerFeatures(connection, service, documents);

documents.listen(connection);
connection.listen();
