import * as vscode from 'vscode';
import { errorMessage, GroupNoteServer } from '../server';
import { INSERT_SNIPPET_COMMAND } from '../../../protocol/src/protocol';
import { checkWorkspace } from './checkWorkspace';
import { exportChartNotes } from './exportChartNotes';
import { exportNoteClaims, exportWorkspaceClaims } from './exportClaims';
import { exportRecordsPacket } from './exportRecords';
import { insertSnippet } from './insertSnippet';
import { newNote } from './newNote';
import { openNoteBeside } from './openNoteBeside';
import { Commands as ServerCommands } from '../../../protocol/src/protocol';
import { showFormatReference, showRuleDocs } from './ruleDocs';
import { setUpPractice } from './setUpPractice';

/** Command ids and titles; package.json `contributes.commands` declares the same (category "GroupNote"). */
export const Commands = {
  newNote: 'groupnote.newNote',
  checkWorkspace: 'groupnote.checkWorkspace',
  showRuleDocs: 'groupnote.showRuleDocs',
  showFormatReference: 'groupnote.showFormatReference',
  exportClaims: 'groupnote.exportClaims',
  exportWorkspaceClaims: 'groupnote.exportWorkspaceClaims',
  setUpPractice: 'groupnote.setUpPractice',
  exportRecords: 'groupnote.exportRecords',
  exportChartNotes: 'groupnote.exportChartNotes',
  /** Internal (quick fixes only, not in the Command Palette). */
  insertSnippet: INSERT_SNIPPET_COMMAND,
  /** Run by the code actions of GN307 / GN708 (not in the command palette). */
  openNoteBeside: ServerCommands.openNoteBeside,
} as const;

const TITLES: Record<string, string> = {
  [Commands.newNote]: 'New Group Note',
  [Commands.checkWorkspace]: 'Check Workspace',
  [Commands.showRuleDocs]: 'Show Rule Documentation',
  [Commands.showFormatReference]: 'Show Format Reference',
  [Commands.exportClaims]: 'Export Claims',
  [Commands.exportWorkspaceClaims]: 'Export Claims for the Workspace',
  [Commands.setUpPractice]: 'Set Up Practice',
  [Commands.exportRecords]: 'Export Records Packet',
  [Commands.exportChartNotes]: 'Export Chart Notes',
  [Commands.insertSnippet]: 'Apply Quick Fix',
  [Commands.openNoteBeside]: 'Open Note Beside',
};

/**
 * Registers the commands. Each returns its result (for tests and other extensions) and reports
 * failures as an error notification plus one line in the GroupNote output, resolving to undefined.
 */
export function registerCommands(
  context: vscode.ExtensionContext,
  server: GroupNoteServer,
  output: vscode.OutputChannel,
  /** Called after each export from the editor: the ledger changed, so the Group Notes view lists again. */
  onExported: () => void = () => undefined,
): void {
  const register = (id: string, handler: (...args: unknown[]) => Promise<unknown>) => {
    context.subscriptions.push(
      vscode.commands.registerCommand(id, async (...args: unknown[]) => {
        try {
          return await handler(...args);
        } catch (error) {
          const message = errorMessage(error);
          output.appendLine(`[${new Date().toISOString()}] ${TITLES[id]} failed: ${message}`);
          void vscode.window.showErrorMessage(`GroupNote: ${TITLES[id]} failed: ${message}`);
          return undefined;
        }
      }),
    );
  };
  register(Commands.newNote, (arg) => newNote(context.extensionUri, server, arg as Parameters<typeof newNote>[2]));
  register(Commands.insertSnippet, (arg) => insertSnippet(arg));
  register(Commands.checkWorkspace, () => checkWorkspace(server, output));
  register(Commands.showRuleDocs, (ruleId) => showRuleDocs(context.extensionUri, ruleId));
  register(Commands.showFormatReference, () => showFormatReference(context.extensionUri));
  // The file watcher also sees the ledger change, but its events can come late or not at all (network drives,
  // busy machines): an export made here says so itself.
  const thenExported = <T>(exporting: Promise<T>) => exporting.finally(onExported);
  register(Commands.exportClaims, (arg) =>
    thenExported(exportNoteClaims(server, output, arg as Parameters<typeof exportNoteClaims>[2])),
  );
  register(Commands.exportWorkspaceClaims, (arg) =>
    thenExported(exportWorkspaceClaims(server, output, arg as Parameters<typeof exportWorkspaceClaims>[2])),
  );
  register(Commands.setUpPractice, (arg) => setUpPractice(server, arg as Parameters<typeof setUpPractice>[1]));
  register(Commands.exportRecords, (arg) =>
    exportRecordsPacket(server, output, arg as Parameters<typeof exportRecordsPacket>[2]),
  );
  register(Commands.exportChartNotes, (arg) =>
    exportChartNotes(server, output, arg as Parameters<typeof exportChartNotes>[2]),
  );
  register(Commands.openNoteBeside, openNoteBeside);
}
