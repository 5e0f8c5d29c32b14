import * as fs from 'fs';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
  type ErrorHandler,
} from 'vscode-languageclient/node';
import { LANGUAGE_ID, SERVER_EXEC_ARGV, type GroupNoteInitializationOptions } from '../../protocol/src/protocol';
import { RestartPolicy } from './restartPolicy';
import { configurationWithTrust, refreshOnTrust } from './workspaceTrust';

/** Client id: the language client reads its trace level from `groupnote.trace.server`. */
const CLIENT_ID = 'groupnote';
const CLIENT_NAME = 'GroupNote';

/**
 * The GroupNote language server (dist/server.js) in a child process over node IPC.
 * Logs go to the "GroupNote" output channel; nothing here logs note text or names.
 */
export class GroupNoteServer implements vscode.Disposable {
  private readonly client: LanguageClient;
  private starting: Promise<void> | undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.OutputChannel,
  ) {
    const serverModule = context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
      debug: {
        module: serverModule,
        transport: TransportKind.ipc,
        options: { execArgv: ['--nolazy', '--inspect=6019', ...SERVER_EXEC_ARGV] },
      },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [{ language: LANGUAGE_ID }],
      // File events come from the server's own dynamic watcher registration (.groupnote/*.yaml, *.group.md).
      synchronize: { configurationSection: 'groupnote' },
      middleware: { workspace: { configuration: configurationWithTrust } },
      initializationOptions: { snippetFixes: true } satisfies GroupNoteInitializationOptions,
      outputChannel: output,
      errorHandler: restartingErrorHandler(output),
    };
    this.client = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
    context.subscriptions.push(refreshOnTrust(this.client));
  }

  /** Starts the server once; later calls return the same promise. Rejects with a readable reason. */
  start(): Promise<void> {
    this.starting ??= this.doStart();
    return this.starting;
  }

  private async doStart(): Promise<void> {
    const serverModule = this.context.asAbsolutePath('dist/server.js');
    if (!fs.existsSync(serverModule)) {
      throw new Error(
        `the language server is missing (${serverModule}). Reinstall the extension, or run "npm run build" in a ` +
          `development checkout.`,
      );
    }
    try {
      await this.client.start();
    } catch (error) {
      throw new Error(`the language server did not start: ${errorMessage(error)}`, { cause: error });
    }
    this.output.appendLine(`[${new Date().toISOString()}] GroupNote language server started.`);
  }

  /** Sends a custom request (names in protocol/src/protocol.ts), starting the server first if needed. */
  async request<R>(method: string, params: unknown, token?: vscode.CancellationToken): Promise<R> {
    await this.start();
    return this.client.sendRequest<R>(method, params, token);
  }

  /** Handles a server notification (names in protocol/src/protocol.ts); registered before or after the start. */
  onNotification<P>(method: string, handler: (params: P) => void): vscode.Disposable {
    return this.client.onNotification(method, handler);
  }

  async stop(): Promise<void> {
    if (this.starting && this.client.isRunning()) await this.client.stop();
  }

  dispose(): void {
    void this.stop();
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  if (error && typeof error === 'object' && 'message' in error && typeof error.message === 'string')
    return error.message;
  return String(error);
}

/**
 * The server is restarted when it exits on its own, and the user is told once (RestartPolicy); a
 * message that fails to read or write does not stop the server (the next edit sends the document again).
 */
function restartingErrorHandler(output: vscode.OutputChannel): ErrorHandler {
  const policy = new RestartPolicy();
  return {
    error: () => ({ action: ErrorAction.Continue, handled: true }),
    closed: () => {
      const decision = policy.serverExited();
      output.appendLine(
        `[${new Date().toISOString()}] GroupNote language server exited; ` +
          `${decision.restart ? 'restarting' : 'not restarting'}.`,
      );
      if (decision.notice) {
        if (decision.restart) void vscode.window.showWarningMessage(decision.notice);
        else void vscode.window.showErrorMessage(decision.notice);
      }
      return { action: decision.restart ? CloseAction.Restart : CloseAction.DoNotRestart, handled: true };
    },
  };
}
