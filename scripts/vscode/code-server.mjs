// Starts and stops a code-server (installed by install-code-server.mjs) for the harnesses.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { codeServerBin, markerFile } from './paths.mjs';
import { freePort, writeUserSettings } from './workspace.mjs';

export function assertInstalled() {
  if (!fs.existsSync(markerFile()) || !fs.existsSync(codeServerBin())) {
    throw new Error(
      `code-server is not installed (${codeServerBin()}). Run "node scripts/vscode/install-code-server.mjs" first.`,
    );
  }
}

/** Runs `code-server <args>` to completion (e.g. --install-extension); rejects on a non-zero exit. */
export function runCodeServerCli(args, { userDataDir, extensionsDir }) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [codeServerBin(), '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, ...args],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`code-server ${args.join(' ')} exited with ${code}:\n${out}`)),
    );
  });
}

/**
 * Starts code-server on a free 127.0.0.1 port with its own user-data and extensions folders inside
 * `tempRoot`, and resolves once it listens. Its output goes to `<tempRoot>/code-server.log`.
 * `stop()` ends it and every process it started (its process group).
 */
export async function startCodeServer({ tempRoot, folder, settings = {}, env = {}, startTimeoutMs = 60_000 }) {
  const port = await freePort();
  const userDataDir = path.join(tempRoot, 'user-data');
  const extensionsDir = path.join(tempRoot, 'extensions');
  fs.mkdirSync(extensionsDir, { recursive: true });
  writeUserSettings(userDataDir, settings);
  const logFile = path.join(tempRoot, 'code-server.log');
  const log = fs.createWriteStream(logFile);
  const args = [
    codeServerBin(),
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
    folder,
  ];
  // detached: its own process group, so stop() also ends the extension host and the language server.
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    env: { ...process.env, ...env },
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);

  let exited = false;
  child.on('exit', () => (exited = true));
  const stop = () => {
    if (exited || child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };

  await new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => fail(new Error(`code-server did not start listening within ${startTimeoutMs / 1000} s (log: ${logFile})`)),
      startTimeoutMs,
    );
    const onData = (data) => {
      seen += data;
      if (/HTTP server listening on/.test(seen)) done();
    };
    const onExit = (code) => fail(new Error(`code-server exited with ${code} before listening (log: ${logFile})`));
    function cleanup() {
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.off('exit', onExit);
    }
    function done() {
      cleanup();
      resolve();
    }
    function fail(error) {
      cleanup();
      stop();
      reject(error);
    }
    child.stdout.on('data', onData);
    child.on('exit', onExit);
  });

  return { port, url: `http://127.0.0.1:${port}`, userDataDir, extensionsDir, logFile, stop, child };
}
