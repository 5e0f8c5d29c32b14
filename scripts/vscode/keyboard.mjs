// Real key presses for the in-VS-Code suite. The extension host has no API to press a key (Tab through
// a snippet, typing that opens quick suggestions), so a test writes a request file into
// GROUPNOTE_KEYS_DIR and the harness replays it with Playwright's keyboard in the workbench page, then
// writes the answer next to it. Protocol (test/vscode/suite/keyboard.ts is the other side):
//   <id>.json   { "steps": [ { "type": "dyn" } | { "press": "Tab" } | { "suggest": "dynamics", "timeoutMs": 10000 } ] }
//   <id>.done   { "ok": true, "results": [...] } or { "ok": false, "error": "..." }   (written by rename)
// A `suggest` step waits until the suggest widget is shown with a focused row (optionally with that
// label) and answers the focused row's label: what Tab or Enter would accept.
import fs from 'node:fs';
import path from 'node:path';

const SUGGEST_ROW = '.editor-widget.suggest-widget.visible .monaco-list-row.focused';

async function runStep(page, step) {
  if (typeof step.type === 'string') {
    await page.keyboard.type(step.type);
    return null;
  }
  if (typeof step.press === 'string') {
    await page.keyboard.press(step.press);
    return null;
  }
  if ('suggest' in step) {
    const timeout = step.timeoutMs ?? 10_000;
    const row = page.locator(SUGGEST_ROW, step.suggest ? { hasText: step.suggest } : {});
    await row.first().waitFor({ state: 'visible', timeout });
    const label = await page.locator(`${SUGGEST_ROW} .label-name`).first().textContent();
    return label?.trim() ?? '';
  }
  throw new Error(`unknown keyboard step ${JSON.stringify(step)}`);
}

/** Serves keyboard requests from `dir` until the returned stop() is called. */
export function serveKeyboard(page, dir, log) {
  fs.mkdirSync(dir, { recursive: true });
  let queue = Promise.resolve();
  const seen = new Set();
  const handle = (name) => {
    if (!name.endsWith('.json') || seen.has(name)) return;
    seen.add(name);
    queue = queue.then(async () => {
      const file = path.join(dir, name);
      const done = path.join(dir, name.replace(/\.json$/, '.done'));
      let answer;
      try {
        const { steps } = JSON.parse(fs.readFileSync(file, 'utf8'));
        const results = [];
        for (const step of steps) results.push(await runStep(page, step));
        answer = { ok: true, results };
      } catch (error) {
        answer = { ok: false, error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
        const shot = path.join(dir, name.replace(/\.json$/, '.png'));
        await page.screenshot({ path: shot }).catch(() => {});
        log(`keyboard request ${name} failed: ${answer.error} (screenshot: ${shot})`);
      }
      fs.writeFileSync(`${done}.tmp`, JSON.stringify(answer));
      fs.renameSync(`${done}.tmp`, done);
    });
  };
  const watcher = fs.watch(dir, (_event, name) => name && handle(String(name)));
  for (const name of fs.readdirSync(dir)) handle(name);
  return () => watcher.close();
}
