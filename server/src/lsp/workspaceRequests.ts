import * as path from 'path';
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { GroupNoteService } from '../service/groupNoteService';
import { exportClaims, exportOptionsFromParams } from '../export';
import { findWorkspaceRoot } from '../workspace/loadWorkspace';
import {
  Requests,
  type CheckWorkspaceResult,
  type ExportClaimsParams,
  type ExportChartNotesParams,
  type ExportChartNotesResult,
  type ExportClaimsResult,
  type SetUpPracticeParams,
  type SetUpPracticeResult,
  type ExportRecordsParams,
  type ExportRecordsResult,
  type NewNoteRosterParams,
  type NewNoteRosterResult,
  type NewNoteSectionsParams,
  type NewNoteSectionsResult,
} from '../../../protocol/src/protocol';
import { newNoteRoster, newNoteSections } from '../service/newNote';
import { answerProblems, initFiles, parsePayers } from '../workspace/initPractice';
import { writeInitFiles } from '../workspace/writeInitFiles';
import { exportRecords } from '../records/exportRecords';
import { renderRecordsPdf } from '../records/renderRecordsPdf';
import { exportChartNotes } from '../chartExport/exportChartNotes';
import { toDiagnostic } from './diagnostics';
import { checkFiles } from '../batch/batchCheck';
import { SERVER_PARALLEL } from '../batch/batchRunner';
import { pathToUri, uriToPath } from '../workspace/uris';

/** Workspace-wide requests from the extension's commands. */
export function registerWorkspaceRequests(
  connection: Connection,
  service: GroupNoteService,
  documents: TextDocuments<TextDocument>,
  /** Re-checks the open notes (their readiness): after an export, without waiting for the ledger's file event. */
  revalidateOpen: () => void = () => undefined,
): void {
  const folderPaths = async (): Promise<string[]> =>
    ((await connection.workspace.getWorkspaceFolders()) ?? [])
      .map((folder) => uriToPath(folder.uri))
      .filter((folder): folder is string => folder !== undefined);

  connection.onRequest(
    Requests.setUpPractice,
    async ({ folder, payers, ...given }: SetUpPracticeParams): Promise<SetUpPracticeResult> => {
      const answers = { ...given, payers: typeof payers === 'string' ? parsePayers(payers) : payers };
      const problems = answerProblems(answers);
      if (problems.length) return { problems, written: [], kept: [] };
      const { written, kept } = await writeInitFiles(folder, initFiles(answers));
      service.workspaceFilesChanged();
      return { problems: [], written, kept };
    },
  );

  /** The roster that applies to a note created in `folder` (found upward from it, as for the note itself). */
  const rosterFor = async (folder: string) =>
    (await service.workspaceFor(pathToUri(path.join(folder, 'new.group.md')))).roster;

  connection.onRequest(Requests.newNoteRoster, async ({ folder }: NewNoteRosterParams): Promise<NewNoteRosterResult> =>
    newNoteRoster(await rosterFor(folder)),
  );

  connection.onRequest(
    Requests.newNoteSections,
    async ({ folder, ids }: NewNoteSectionsParams): Promise<NewNoteSectionsResult> =>
      newNoteSections(await rosterFor(folder), ids),
  );

  /** The workspace root (folder holding `.groupnote/`) of a note, or of the first workspace folder that has one. */
  const rootOf = async (notePath: string | undefined): Promise<string | undefined> => {
    for (const folder of notePath ? [path.dirname(notePath)] : await folderPaths()) {
      const root = await findWorkspaceRoot(folder);
      if (root) return root;
    }
    return undefined;
  };

  connection.onRequest(
    Requests.exportChartNotes,
    async (params: ExportChartNotesParams): Promise<ExportChartNotesResult> => {
      const empty: ExportChartNotesResult = {
        outDir: params.outDir ?? '',
        written: [],
        files: [],
        heldBack: [],
        notes: 0,
      };
      const notePath = params.uri ? uriToPath(params.uri) : undefined;
      // Chart notes are built from the file on disk: the client saves the note before asking.
      if (params.uri && !notePath) return { ...empty, error: 'save the note to a file before writing its chart notes' };
      const root = await rootOf(notePath);
      if (!root)
        return {
          ...empty,
          error: 'no .groupnote/ folder (roster.yaml, practice.yaml) in this workspace: chart notes need them',
        };
      const settings = await service.settingsFor(params.uri ?? pathToUri(root));
      const result = await exportChartNotes({
        root,
        notes: notePath ? [notePath] : undefined,
        from: params.from,
        to: params.to,
        formats: params.formats,
        outDir: params.outDir,
        workspace: await service.workspaces.data(root, settings),
      });
      // Counts only: never a name or note text in the log.
      connection.console.log(
        `chart notes: ${result.written.length} written, ${result.heldBack.length} held back` +
          (result.error ? ', stopped' : ''),
      );
      return result;
    },
  );

  connection.onRequest(Requests.exportClaims, async (params: ExportClaimsParams): Promise<ExportClaimsResult> => {
    const empty: ExportClaimsResult = {
      claims: 0,
      totalCharges: 0,
      files: [],
      outDir: params.outDir ?? '',
      heldBack: [],
      suppressed: [],
      duplicates: [],
    };
    const notePath = params.uri ? uriToPath(params.uri) : undefined;
    if (params.uri && !notePath) return { ...empty, error: 'save the note to a file before exporting it' };
    // Claims are built from the file on disk: the client saves the note before asking.
    const root = await rootOf(notePath);
    if (!root)
      return {
        ...empty,
        error: 'no .groupnote/ folder (practice.yaml, roster.yaml) in this workspace: export needs them',
      };
    const converted = exportOptionsFromParams(root, params);
    if (!converted.ok) return { ...empty, error: converted.error };
    const settings = await service.settingsFor(params.uri ?? pathToUri(root));
    const workspace = await service.workspaces.data(root, settings);
    const { claims, totalCharges, files, outDir, heldBack, suppressed, duplicates, error, recovered, notes } =
      await exportClaims({
        ...converted.options,
        workspace,
        settings,
        parallel: SERVER_PARALLEL,
      });
    connection.console.log(
      `export: ${claims} claims, ${heldBack.length} held back, ${suppressed.length} silenced errors, ` +
        `${duplicates.length} duplicates${error ? ', stopped' : ''}`,
    );
    if (claims > 0) revalidateOpen();
    return { claims, totalCharges, files, outDir, heldBack, suppressed, duplicates, error, recovered, notes };
  });

  connection.onRequest(Requests.exportRecords, async (params: ExportRecordsParams): Promise<ExportRecordsResult> => {
    const start = params.uri ? uriToPath(params.uri) : undefined;
    let root: string | undefined;
    for (const folder of start ? [start] : await folderPaths()) {
      root = await findWorkspaceRoot(folder);
      if (root) break;
    }
    if (!root)
      return {
        sessions: 0,
        heldBack: 0,
        claims: 0,
        leftOut: [],
        error: 'no .groupnote/ folder (roster.yaml) in this workspace: a records packet needs the roster',
      };
    const settings = await service.settingsFor(params.uri ?? pathToUri(root));
    const workspace = await service.workspaces.data(root, settings);
    const result = await exportRecords({ ...params, root, workspace }, renderRecordsPdf);
    // Ids and counts only: never the recipient, the purpose or a name.
    const outcome = result.error ? 'stopped' : result.disclosureId;
    connection.console.log(`records: ${result.sessions} sessions, ${result.claims} claims, ${outcome}`);
    return result;
  });

  connection.onRequest(Requests.checkWorkspace, async (): Promise<CheckWorkspaceResult> => {
    const paths = await folderPaths();
    const open = new Map(documents.all().map((document) => [document.uri, document.getText()]));
    const result: CheckWorkspaceResult = { notes: 0, errors: 0, warnings: 0, infos: 0 };
    const batch = await checkFiles(paths, {
      openDocuments: open,
      settingsFor: (uri) => service.settingsFor(uri),
      parallel: SERVER_PARALLEL,
    });
    for (const checked of batch.notes) {
      result.notes++;
      for (const finding of checked.findings) {
        if (finding.severity === 'error') result.errors++;
        else if (finding.severity === 'warning') result.warnings++;
        else result.infos++;
      }
      // Open documents keep their live diagnostics from the editor's version.
      if (!open.has(checked.uri))
        await connection.sendDiagnostics({ uri: checked.uri, diagnostics: checked.findings.map(toDiagnostic) });
    }
    return result;
  });
}
