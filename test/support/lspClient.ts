import { spawn, type ChildProcess } from 'child_process';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { repoRoot } from './paths';

/** Starts the bundled server (dist/server.js) over stdio and speaks LSP to it, as an editor would. */
export class LspTestClient {
  readonly connection: MessageConnection;
  readonly process: ChildProcess;
  /** Everything the server wrote to its log (window/logMessage) and stderr, for privacy tests. */
  readonly logs: string[] = [];
  settings: Record<string, unknown> = {};
  private readonly waiters: { uri: string; version?: number; resolve: (params: PublishDiagnosticsParams) => void }[] =
    [];
  readonly published = new Map<string, PublishDiagnosticsParams>();

  constructor(extraArgs: string[] = []) {
    this.process = spawn(process.execPath, [path.join(repoRoot, 'dist', 'server.js'), '--stdio', ...extraArgs], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.process.stderr?.on('data', (chunk: Buffer) => this.logs.push(chunk.toString('utf8')));
    this.connection = createMessageConnection(
      new StreamMessageReader(this.process.stdout!),
      new StreamMessageWriter(this.process.stdin!),
    );
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.set(params.uri, params);
      for (let i = this.waiters.length - 1; i >= 0; i--) {
        const waiter = this.waiters[i];
        if (waiter.uri === params.uri && (waiter.version === undefined || params.version === waiter.version)) {
          this.waiters.splice(i, 1);
          waiter.resolve(params);
        }
      }
    });
    this.connection.onNotification('window/logMessage', (params: { message: string }) =>
      this.logs.push(params.message),
    );
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map(() => this.settings),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/workspaceFolders', () => this.folders);
    this.connection.listen();
  }

  private folders: { uri: string; name: string }[] = [];

  async initialize(
    rootPath: string,
    capabilities: Record<string, unknown> = {},
    initializationOptions?: unknown,
  ): Promise<Record<string, unknown>> {
    const rootUri = toUri(rootPath);
    this.folders = [{ uri: rootUri, name: path.basename(rootPath) }];
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: this.folders,
      initializationOptions,
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeWatchedFiles: { dynamicRegistration: true },
        },
        ...capabilities,
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result as Record<string, unknown>;
  }

  /** Resolves with the next diagnostics published for `uri` (and `version`, when given). */
  nextDiagnostics(uri: string, version?: number, timeoutMs = 10000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no diagnostics for ${uri} v${version ?? '*'} within ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.waiters.push({ uri, version, resolve: (params) => (clearTimeout(timer), resolve(params)) });
    });
  }

  async open(uri: string, text: string, version = 1): Promise<Diagnostic[]> {
    const next = this.nextDiagnostics(uri, version);
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'groupnote', version, text },
    });
    return (await next).diagnostics;
  }

  async change(uri: string, version: number, changes: unknown[]): Promise<Diagnostic[]> {
    const next = this.nextDiagnostics(uri, version);
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: changes,
    });
    return (await next).diagnostics;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  async shutdown(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // the process may already be gone
    }
    this.connection.dispose();
    if (this.process.exitCode === null) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => (this.process.kill(), resolve()), 2000);
        this.process.once('exit', () => (clearTimeout(timer), resolve()));
      });
    }
  }
}

export function toUri(file: string): string {
  return pathToFileURL(file).href;
}
