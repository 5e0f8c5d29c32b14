import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { errorMessage, GroupNoteServer } from './server';

/** What `activate` returns: `vscode.extensions.getExtension('groupnote.groupnote').exports`. */
export interface GroupNoteApi {
  /** Resolves once the language server runs; rejects with the reason when it could not start. */
  whenServerReady(): Promise<void>;
}

let server: GroupNoteServer | undefined;

export function activate(context: vscode.ExtensionContext): GroupNoteApi {
  const output = vscode.window.createOutputChannel('GroupNote');
  context.subscriptions.push(output);
  server = new GroupNoteServer(context, output);
  context.subscriptions.push(server);
  registerCommands(context, server, output);

  const ready = server.start();
  ready.catch((error: unknown) => {
    const message = errorMessage(error);
    output.appendLine(`[${new Date().toISOString()}] ${message}`);
    const showOutput = 'Show Output';
    void vscode.window
      .showErrorMessage(`GroupNote: ${message.replace(/\.?$/, '.')} Notes are not checked until this is fixed.`, showOutput)
      .then((choice) => (choice === showOutput ? output.show() : undefined));
  });
  return { whenServerReady: () => ready };
}

export async function deactivate(): Promise<void> {
  await server?.stop();
  server = undefined;
}
