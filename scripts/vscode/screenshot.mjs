#!/usr/bin/env node
// Takes docs/images/editor.png: the packaged extension (groupnote.vsix, installed into a fresh
// code-server with --install-extension) with an example note open and the Problems panel showing
// its findings, as a person would see it.
//
// Usage: node scripts/vscode/screenshot.mjs [--skip-package] [--note NAME.group.md]
//   --skip-package  use the existing groupnote.vsix instead of running "npm run package"
//   --note          the note to open (default: the note with the most findings, as counted by the CLI)
// Uses examples/ as the workspace (a temporary copy), or test/vscode/workspace when examples/ has no notes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './browser.mjs';
import { assertInstalled, runCodeServerCli, startCodeServer } from './code-server.mjs';
import { chromiumPath } from './paths.mjs';
import { makeTempRoot, repoRoot } from './workspace.mjs';
import { parseScriptArgs } from '../lib/scriptArgs.mjs';

const { values: options } = parseScriptArgs(
  import.meta.url,
  { 'skip-package': { type: 'boolean', default: false }, note: { type: 'string' } },
  'screenshot',
);
const log = (message) => console.log(`[screenshot] ${message}`);
const VSIX = path.join(repoRoot, 'groupnote.vsix');
const OUT = path.join(repoRoot, 'docs', 'images', 'editor.png');
const WAIT_MS = 60_000;

function listNotes(dir) {
  return fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.group.md') && !f.split(path.sep).includes('node_modules'))
        .sort()
    : [];
}

/** Notes ordered by their number of findings (most first), counted by the bundled CLI; plain order if that fails. */
function notesByFindings(workspace, notes) {
  const r = spawnSync(
    process.execPath,
    [path.join(repoRoot, 'dist', 'cli.js'), 'check', workspace, '--format', 'json'],
    { encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  try {
    const counts = new Map();
    for (const finding of JSON.parse(r.stdout)) {
      const file = path.relative(workspace, path.resolve(finding.file));
      counts.set(file, (counts.get(file) ?? 0) + 1);
    }
    return [...notes].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
  } catch {
    return notes;
  }
}

function sourceWorkspace() {
  const examples = path.join(repoRoot, 'examples');
  if (listNotes(examples).length > 0) return examples;
  log('examples/ has no notes yet: using test/vscode/workspace');
  return path.join(repoRoot, 'test', 'vscode', 'workspace');
}

async function main() {
  assertInstalled();
  if (!options['skip-package'] || !fs.existsSync(VSIX)) {
    log('npm run package');
    const r = spawnSync('npm', ['run', 'package', '--silent'], { cwd: repoRoot, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('"npm run package" failed');
  }
  const tempRoot = makeTempRoot('groupnote-screenshot-');
  const workspace = path.join(tempRoot, 'workspace');
  fs.cpSync(sourceWorkspace(), workspace, { recursive: true });
  const notes = listNotes(workspace);
  if (notes.length === 0) throw new Error('no *.group.md to show');

  const settings = {
    'workbench.colorTheme': 'Default Light Modern',
    'editor.minimap.enabled': false,
    'window.commandCenter': false,
    'workbench.layoutControl.enabled': false,
  };
  const folders = { userDataDir: path.join(tempRoot, 'user-data'), extensionsDir: path.join(tempRoot, 'extensions') };
  log(`installing ${path.relative(repoRoot, VSIX)} into a fresh code-server`);
  await runCodeServerCli(['--install-extension', VSIX, '--force'], folders);

  const server = await startCodeServer({ tempRoot, folder: workspace, settings });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: WAIT_MS });
    await page.locator('.explorer-folders-view').waitFor({ timeout: WAIT_MS });

    const candidates = options.note ? [options.note] : notesByFindings(workspace, notes);
    let shown;
    for (const note of candidates) {
      await openQuickOpen(page, path.basename(note));
      // The language server's findings appear as squiggles in the editor.
      const squiggle = page.locator(
        '.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning, .monaco-editor .squiggly-info',
      );
      const found = await squiggle
        .first()
        .waitFor({ timeout: options.note ? WAIT_MS : 20_000 })
        .then(
          () => true,
          () => false,
        );
      if (found) {
        shown = note;
        break;
      }
      log(`${note}: no findings shown, trying the next note`);
    }
    if (!shown) throw new Error('no note showed findings: is the language server running? (see the GroupNote output)');

    await waitForHeaderHighlighting(page);
    await page.keyboard.press('Control+Shift+M'); // View: Problems
    await page.locator('.markers-panel .monaco-list-row').first().waitFor({ timeout: WAIT_MS });
    // Scroll so that the end of the header and the first member sections (layer 2) are in view.
    const lines = fs.readFileSync(path.join(workspace, shown), 'utf8').split(/\r?\n/);
    const firstSection = lines.findIndex((line) => line.startsWith('## '));
    if (firstSection > 0) {
      await page.locator('.monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+G');
      await page.keyboard.type(String(firstSection + 1));
      await page.keyboard.press('Enter');
      await page
        .locator('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning')
        .first()
        .waitFor({ timeout: WAIT_MS });
    }
    await page.keyboard.press('Escape');
    await page.mouse.move(0, 0);
    fs.mkdirSync(path.dirname(OUT), { recursive: true });
    await page.screenshot({ path: OUT });
    log(`wrote ${path.relative(repoRoot, OUT)} (${shown})`);
  } finally {
    await browser.close();
    server.stop();
  }
  fs.rmSync(tempRoot, { recursive: true, force: true });
}

/**
 * Waits until the editor shows the header as YAML (the `date:` key coloured apart from its value):
 * until background tokenization finishes, the editor may paint a quick guess for the visible lines.
 */
/* global document, getComputedStyle -- the function passed to waitForFunction runs in the page */
async function waitForHeaderHighlighting(page) {
  await page.waitForFunction(
    () => {
      for (const line of document.querySelectorAll('.monaco-editor .view-lines .view-line')) {
        if (!/^date:\s/.test(line.textContent ?? '')) continue;
        const colors = new Set(
          [...line.querySelectorAll('span > span')]
            .filter((s) => s.textContent?.trim())
            .map((s) => getComputedStyle(s).color),
        );
        return colors.size > 1;
      }
      return false;
    },
    undefined,
    { timeout: WAIT_MS },
  );
}

/** Opens a file by name with Quick Open (Ctrl+P) and waits for its editor tab. */
async function openQuickOpen(page, name) {
  await page
    .locator('.monaco-workbench')
    .click({ position: { x: 700, y: 400 } })
    .catch(() => {});
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: WAIT_MS });
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().click({ timeout: WAIT_MS });
  await page.locator(`.tabs-container .tab[aria-label^="${name}"]`).first().waitFor({ timeout: WAIT_MS });
}

try {
  await main();
} catch (error) {
  console.error(`[screenshot] ERROR: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
