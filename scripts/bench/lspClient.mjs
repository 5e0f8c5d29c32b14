// A minimal stdio LSP client for the benchmark: starts a server process, answers the requests a
// server sends to an editor, and times didChange -> publishDiagnostics round trips.
import { spawn } from 'child_process';
import { createRequire } from 'module';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { pathToFileURL } from 'url';

const require = createRequire(import.meta.url);
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');

/**
 * The Node options the extension starts the language server with (protocol.ts SERVER_EXEC_ARGV, compiled to out/):
 * the bench measures the server as the editor runs it.
 */
export function serverExecArgv(repoRoot) {
  return require(path.join(repoRoot, 'out', 'protocol', 'src', 'protocol.js')).SERVER_EXEC_ARGV;
}

export class BenchClient {
  /**
   * @param {string[]} args node arguments (script and its flags)
   * @param {{ configuration?: (item: {section?: string}) => unknown }} options
   */
  constructor(args, { configuration = () => ({}) } = {}) {
    this.process = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.stderr = '';
    this.process.stderr.on('data', (chunk) => (this.stderr += chunk.toString('utf8')));
    this.waiters = [];
    this.connection = createMessageConnection(
      new StreamMessageReader(this.process.stdout),
      new StreamMessageWriter(this.process.stdin),
    );
    this.connection.onNotification('textDocument/publishDiagnostics', (params) => {
      const at = performance.now();
      const answered = this.waiters.filter(
        (waiter) => waiter.uri === params.uri && (waiter.version === undefined || params.version === waiter.version),
      );
      this.waiters = this.waiters.filter((waiter) => !answered.includes(waiter));
      for (const waiter of answered) waiter.resolve({ params, at });
    });
    this.connection.onNotification('window/logMessage', () => {});
    this.connection.onNotification('$/logTrace', () => {});
    this.connection.onNotification('telemetry/event', () => {});
    this.connection.onRequest('workspace/configuration', (params) =>
      params.items.map((item) => configuration(item) ?? null),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('client/unregisterCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('workspace/workspaceFolders', () => this.folders ?? null);
    this.connection.listen();
  }

  get pid() {
    return this.process.pid;
  }

  async initialize(rootPath) {
    const rootUri = pathToFileURL(rootPath).href;
    this.folders = [{ uri: rootUri, name: 'bench' }];
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: this.folders,
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: true },
        },
        textDocument: { publishDiagnostics: { versionSupport: true }, synchronization: { dynamicRegistration: false } },
      },
    });
    await this.connection.sendNotification('initialized', {});
  }

  /** The next diagnostics for `uri` (and `version`, when the server reports versions). */
  nextDiagnostics(uri, version, timeoutMs = 30000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ uri, version, resolve: (value) => (clearTimeout(timer), resolve(value)) });
    });
  }

  async open(uri, languageId, text, version = 1, { matchVersion = true, timeoutMs = 30000 } = {}) {
    const next = this.nextDiagnostics(uri, matchVersion ? version : undefined, timeoutMs);
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId, version, text },
    });
    return (await next).params;
  }

  /** Sends one change and resolves with the milliseconds until the diagnostics that answer it. */
  async timedChange(uri, version, changes, { matchVersion = true } = {}) {
    const next = this.nextDiagnostics(uri, matchVersion ? version : undefined);
    const sent = performance.now();
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: changes,
    });
    const { at, params } = await next;
    return { ms: at - sent, params };
  }

  /** One request's round trip in milliseconds. */
  async timedRequest(method, params) {
    const start = performance.now();
    await this.connection.sendRequest(method, params);
    return performance.now() - start;
  }

  notify(method, params) {
    return this.connection.sendNotification(method, params);
  }

  async shutdown() {
    try {
      await Promise.race([
        this.connection.sendRequest('shutdown'),
        new Promise((resolve) => setTimeout(resolve, 3000)),
      ]);
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    await new Promise((resolve) => {
      if (this.process.exitCode !== null) return resolve();
      const timer = setTimeout(() => (this.process.kill(), resolve()), 3000);
      this.process.once('exit', () => (clearTimeout(timer), resolve()));
    });
    this.connection.dispose();
  }
}
