import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { NoteStatuses } from './noteStatuses';
import { errorMessage, GroupNoteServer } from './server';
import { registerNotesView, type NotesViewApi } from './views/notesView';
import { NoteStatusBar, type StatusBarState } from './views/statusBar';

/** What `activate` returns: `vscode.extensions.getExtension('groupnote.groupnote').exports`. */
export interface GroupNoteApi {
  /** Resolves once the language server runs; rejects with the reason when it could not start. */
  whenServerReady(): Promise<void>;
  /** The Explorer's "Group Notes" view: its tree view and data provider. */
  readonly notesView: NotesViewApi;
  /** The status bar item of the active note: what it shows now, and an event after each update. */
  readonly statusBar: { readonly state: StatusBarState; readonly onDidUpdate: vscode.Event<StatusBarState> };
}

let server: GroupNoteServer | undefined;

export function activate(context: vscode.ExtensionContext): GroupNoteApi {
  const output = vscode.window.createOutputChannel('GroupNote');
  context.subscriptions.push(output);
  server = new GroupNoteServer(context, output);
  context.subscriptions.push(server);
  const exported = new vscode.EventEmitter<void>();
  context.subscriptions.push(exported);
  registerCommands(context, server, output, () => exported.fire());

  const ready = server.start();
  ready.catch((error: unknown) => {
    const message = errorMessage(error);
    output.appendLine(`[${new Date().toISOString()}] ${message}`);
    const showOutput = 'Show Output';
    void vscode.window
      .showErrorMessage(
        `GroupNote: ${message.replace(/\.?$/, '.')} Notes are not checked until this is fixed.`,
        showOutput,
      )
      .then((choice) => (choice === showOutput ? output.show() : undefined));
  });

  const live = server;
  const statuses = new NoteStatuses((method, handler) => live.onNotification(method, handler));
  const statusBar = new NoteStatusBar(statuses, ready);
  context.subscriptions.push(statuses, statusBar);
  const notesView = registerNotesView(context, server, statuses, exported.event);
  return { whenServerReady: () => ready, notesView, statusBar };
}

export async function deactivate(): Promise<void> {
  await server?.stop();
  server = undefined;
}
