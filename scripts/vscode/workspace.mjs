// Shared helpers for the VS Code harnesses: repository paths, build checks, a throw-away test workspace.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const testsEntry = path.join(repoRoot, 'out', 'test', 'vscode', 'index.js');

/** Fails with a clear message when the bundles or the compiled suite are missing. */
export function assertBuilt() {
  const needed = [path.join(repoRoot, 'dist', 'extension.js'), path.join(repoRoot, 'dist', 'server.js'), testsEntry];
  const missing = needed.filter((file) => !fs.existsSync(file));
  if (missing.length) {
    throw new Error(
      `not built: ${missing.map((f) => path.relative(repoRoot, f)).join(', ')}. Run "npm run build" first.`,
    );
  }
}

/** A fresh temporary folder holding a copy of test/vscode/workspace (the tests write notes and exports into it). */
export function makeTestWorkspace(tempRoot) {
  const target = path.join(tempRoot, 'workspace');
  fs.cpSync(path.join(repoRoot, 'test', 'vscode', 'workspace'), target, { recursive: true });
  return target;
}

export function makeTempRoot(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A TCP port free on 127.0.0.1 right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** User settings for a quiet, deterministic editor (no welcome page, no update checks, no trust prompt). */
export const TEST_USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'files.autoSave': 'off',
};

export function writeUserSettings(userDataDir, extra = {}) {
  const dir = path.join(userDataDir, 'User');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ ...TEST_USER_SETTINGS, ...extra }, null, 2));
}
