#!/usr/bin/env node
// Renders images/icon.svg to images/icon.png (128x128, transparent corners) with Debian's Chromium.
// Usage: node scripts/vscode/render-icon.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './browser.mjs';
import { chromiumPath } from './paths.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const svg = fs.readFileSync(path.join(root, 'images', 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
  await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
  const out = path.join(root, 'images', 'icon.png');
  await page.locator('svg').screenshot({ path: out, omitBackground: true });
  console.log(`wrote ${path.relative(root, out)}`);
} finally {
  await browser.close();
}
