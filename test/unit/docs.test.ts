import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { allRules } from '../../server/src/rules';
import { renderRuleTable, TABLE_END, TABLE_START } from '../../server/src/rules/ruleTable';
import { GROUPNOTE_VERSION } from '../../server/src/version';
import { repoRoot } from '../support/paths';

const rulesDocs = path.join(repoRoot, 'docs', 'rules');
/** The project's rule catalog: the reference the rule metadata is checked against. */
const catalog = fs.readFileSync(path.join(repoRoot, 'docs', 'catalog.md'), 'utf8');

describe('docs stay in step with the code', () => {
  it('implements every rule id of docs/catalog.md, with its default severity', () => {
    const rows = [...catalog.matchAll(/^\| (GN\d{3}) \|.*\| ([^|]+) \|[^|]*\|$/gm)].map((match) => ({
      id: match[1],
      severity: match[2].trim(),
    }));
    assert.ok(rows.length >= 40, 'catalog parsed');
    assert.deepStrictEqual(
      allRules.map((rule) => rule.id),
      rows.map((row) => row.id).sort(),
    );
    for (const row of rows) {
      const rule = allRules.find((candidate) => candidate.id === row.id);
      assert.ok(rule && row.severity.startsWith(rule.defaultSeverity), `${row.id}: catalog says "${row.severity}"`);
    }
  });

  for (const rule of allRules) {
    it(`${rule.id} has a docs page matching its metadata`, () => {
      const file = path.join(rulesDocs, `${rule.id}.md`);
      assert.ok(fs.existsSync(file), `docs/rules/${rule.id}.md is missing`);
      const page = fs.readFileSync(file, 'utf8');
      assert.strictEqual(page.split('\n')[0], `# ${rule.id} — ${rule.name}`);
      assert.ok(
        page.includes(rule.description),
        `${rule.id}: page does not contain the description "${rule.description}"`,
      );
      assert.match(page, new RegExp(`\\*\\*Default severity:\\*\\* ${rule.defaultSeverity}\\b`));
      for (const heading of ['## Why', '## Fails', '## Passes', '## How to fix'])
        assert.ok(page.includes(heading), `${rule.id}: no "${heading}" section`);
    });
  }

  it('has no docs page for a rule that does not exist', () => {
    const pages = fs
      .readdirSync(rulesDocs)
      .filter((name) => /^GN\d{3}\.md$/.test(name))
      .map((name) => name.slice(0, 5));
    assert.deepStrictEqual(
      pages.filter((id) => !allRules.some((rule) => rule.id === id)),
      [],
    );
  });

  it('README rule table is generated from the rule metadata (run `npm run docs`)', () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const start = readme.indexOf(TABLE_START);
    const end = readme.indexOf(TABLE_END);
    assert.ok(start >= 0 && end > start, 'README has the table markers');
    assert.strictEqual(readme.slice(start, end + TABLE_END.length), renderRuleTable(allRules));
  });

  it('version constant matches package.json', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    assert.strictEqual(GROUPNOTE_VERSION, pkg.version);
  });
});
