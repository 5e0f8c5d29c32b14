#!/usr/bin/env node
// Runs the in-VS-Code test suite (out/test/vscode/index.js) inside a real VS Code: code-server's
// workbench in headless Chromium, with the extension loaded from this checkout as a development
// extension and a temporary copy of test/vscode/workspace as the workspace folder.
// Builds nothing: run "npm run build" first. Exits with the suite's exit code (0 = all passed).
//
// Usage: node scripts/vscode/run-in-code-server.mjs
// Env:   GROUPNOTE_TEST_GREP        only tests whose title matches
//        GROUPNOTE_TEST_TIMEOUT_MS  overall limit (default 300000)
//        GROUPNOTE_KEEP_TEMP=1      keep the temporary folder (workspace, logs, screenshot)
//        GROUPNOTE_VERBOSE=1        also print the workbench's own console messages
// The suite can ask for real key presses through GROUPNOTE_KEYS_DIR (see keyboard.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './browser.mjs';
import { serveKeyboard } from './keyboard.mjs';
import { assertInstalled, startCodeServer } from './code-server.mjs';
import { chromiumPath } from './paths.mjs';
import { assertBuilt, makeTempRoot, makeTestWorkspace, repoRoot, testsEntry } from './workspace.mjs';

const TIMEOUT_MS = Number(process.env.GROUPNOTE_TEST_TIMEOUT_MS || 300_000);
const VERBOSE = process.env.GROUPNOTE_VERBOSE === '1';
const log = (message) => console.log(`[code-server harness] ${message}`);

/** The suite (test/vscode/index.ts) prefixes mocha's lines with this; the rest of the workbench log is noise. */
const TEST_PREFIX = '\u2063groupnote-test\u2063 ';
/** Errors this machine's closed network causes (marketplace, update checks): harmless. */
const NETWORK_NOISE = /ENOTFOUND|ERR_NAME_NOT_RESOLVED|Failed to load resource|getaddrinfo|open-vsx|marketplace/i;

async function main() {
  try {
    assertBuilt();
    assertInstalled();
  } catch (error) {
    log(`ERROR: ${error.message}`);
    process.exit(1);
  }
  const tempRoot = makeTempRoot('groupnote-vscode-');
  const workspace = makeTestWorkspace(tempRoot);
  let server;
  let browser;
  let stopKeyboard;
  const keysDir = path.join(tempRoot, 'keys');
  let exitCode = 1;
  let keep = process.env.GROUPNOTE_KEEP_TEMP === '1';
  const cleanup = async () => {
    stopKeyboard?.();
    await browser?.close().catch(() => {});
    server?.stop();
  };
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));
  process.once('SIGTERM', () => void cleanup().then(() => process.exit(143)));

  try {
    server = await startCodeServer({
      tempRoot,
      folder: workspace,
      env: { GROUPNOTE_TEST_LOG_PREFIX: TEST_PREFIX, GROUPNOTE_KEYS_DIR: keysDir },
    });
    log(`code-server listening on ${server.url} (log: ${server.logFile})`);

    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // Tests that need real key presses (Tab in a snippet, quick suggestions) ask for them here.
    stopKeyboard = serveKeyboard(page, keysDir, log);

    let settle;
    const exited = new Promise((resolve) => (settle = resolve));
    await page.exposeFunction('codeAutomationExit', (code) => settle({ code: Number(code) }));
    // The workbench hands every log line (the extension host's console included) to codeAutomationLog.
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = Array.isArray(args) ? format(...args) : String(args);
      if (text.startsWith(TEST_PREFIX)) console.log(text.slice(TEST_PREFIX.length));
      else if (VERBOSE) console.log(`[workbench ${type}] ${text}`);
    });
    // The browser console: everything when verbose, else errors other than the closed network's.
    page.on('console', (message) => {
      const text = message.text();
      if (VERBOSE) console.log(`[browser ${message.type()}] ${text}`);
      else if (message.type() === 'error' && !NETWORK_NOISE.test(text) && !text.includes(TEST_PREFIX))
        console.log(`[browser error] ${text}`);
    });
    page.on('pageerror', (error) => VERBOSE && console.log(`[browser error] ${error.message}`));

    const remote = (file) => `vscode-remote://127.0.0.1:${server.port}${file}`;
    const payload = [
      ['extensionDevelopmentPath', remote(repoRoot)],
      ['extensionTestsPath', remote(testsEntry)],
      ['skipWelcome', 'true'],
    ];
    const query = `folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    const url = `${server.url}/?${query}`;
    log(`running ${path.relative(repoRoot, testsEntry)} in VS Code (workspace ${workspace})`);
    await page.goto(url);

    let timer;
    const timedOut = new Promise((resolve) => (timer = setTimeout(() => resolve({ timeout: true }), TIMEOUT_MS)));
    const outcome = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    if (outcome.timeout) {
      log(`ERROR: the suite did not finish within ${TIMEOUT_MS / 1000} s`);
    } else {
      exitCode = outcome.code;
    }
    if (exitCode !== 0) {
      keep = true;
      const shot = path.join(tempRoot, 'failure.png');
      await page.screenshot({ path: shot }).catch(() => {});
      log(`screenshot of the workbench: ${shot}`);
      if (!VERBOSE) log('GROUPNOTE_VERBOSE=1 prints the workbench log too');
    }
  } catch (error) {
    keep = true;
    log(`ERROR: ${error instanceof Error ? error.message : error}`);
  } finally {
    await cleanup();
  }
  if (exitCode !== 0 && server) {
    const tail = fs
      .readFileSync(server.logFile, 'utf8')
      .split('\n')
      .filter((l) => !/ENOTFOUND|marketplace|getaddrinfo/.test(l))
      .slice(-25)
      .join('\n');
    log(`last lines of ${server.logFile}:\n${tail}`);
  }
  if (keep) log(`temporary files kept in ${tempRoot}`);
  else fs.rmSync(tempRoot, { recursive: true, force: true });
  log(exitCode === 0 ? 'in-VS-Code tests passed' : `in-VS-Code tests FAILED (exit code ${exitCode})`);
  process.exit(exitCode);
}

await main();
