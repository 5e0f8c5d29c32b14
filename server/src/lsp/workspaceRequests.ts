import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { GroupNoteService } from '../service/groupNoteService';
import { Requests, type CheckWorkspaceResult } from './protocol';
import { toDiagnostic } from './diagnostics';
import { checkFiles } from '../service/batchCheck';
import { uriToPath } from '../service/uris';

/** Workspace-wide requests from the extension's commands. */
export function registerWorkspaceRequests(connection: Connection, service: GroupNoteService, documents: TextDocuments<TextDocument>): void {
  connection.onRequest(Requests.checkWorkspace, async (): Promise<CheckWorkspaceResult> => {
    const folders = (await connection.workspace.getWorkspaceFolders()) ?? [];
    const paths = folders.map((folder) => uriToPath(folder.uri)).filter((folder): folder is string => folder !== undefined);
    const open = new Map(documents.all().map((document) => [document.uri, document.getText()]));
    const result: CheckWorkspaceResult = { notes: 0, errors: 0, warnings: 0, infos: 0 };
    const batch = await checkFiles(paths, { openDocuments: open, settingsFor: (uri) => service.settingsFor(uri) });
    for (const checked of batch.notes) {
      result.notes++;
      for (const finding of checked.findings) {
        if (finding.severity === 'error') result.errors++;
        else if (finding.severity === 'warning') result.warnings++;
        else result.infos++;
      }
      // Open documents keep their live diagnostics from the editor's version.
      if (!open.has(checked.uri)) await connection.sendDiagnostics({ uri: checked.uri, diagnostics: checked.findings.map(toDiagnostic) });
    }
    return result;
  });
}
