/**
 * docs/lexicons.md, the reviewer's page of the lexicons, against the code: it names every lexicon file and id, its
 * `config.yaml` example compiles with no problem, and the fields its table allows are the ones additions accept.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { compileAdditions } from '../../server/src/prose/clinicalLexicons';
import { LEXICON_FILES } from '../../server/src/prose/lexicons/loaded';
import { repoRoot } from '../support/paths';

const page = fs.readFileSync(path.join(repoRoot, 'docs', 'lexicons.md'), 'utf8');

/** The table row of the additions' fields for a family ("risk (`risk.*`)", "`response`"...). */
function fieldsOfRow(family: string): string[] {
  const row = page.split('\n').find((line) => line.startsWith(`| ${family} `) || line.startsWith(`| \`${family}\` `));
  assert.ok(row, `docs/lexicons.md has no fields row for ${family}`);
  const cell = row.split('|')[2];
  return [...cell.matchAll(/`([a-zA-Z]+)`/g)].map((match) => match[1]);
}

/** A value of the right type for a field, to ask compileAdditions whether it takes the field. */
const SAMPLE: Record<string, unknown> = {
  category: 'suicide',
  level: 'thoughts',
  answers: ['suicide'],
  direction: 'forward',
  maxScope: 4,
  concept: 'activity',
  phrase: 'was pleasant',
};

describe('docs/lexicons.md matches the lexicons', () => {
  it('names every lexicon file and its id', () => {
    const lexiconDir = path.join(repoRoot, 'server', 'src', 'prose', 'lexicons');
    for (const file of fs.readdirSync(lexiconDir).filter((name) => name.endsWith('.yaml')))
      assert.ok(page.includes(`(../server/src/prose/lexicons/${file})`), `docs/lexicons.md does not link ${file}`);
    for (const { lexicon } of LEXICON_FILES)
      assert.ok(page.includes(`\`${lexicon}\``), `docs/lexicons.md does not name the lexicon id ${lexicon}`);
  });

  it('its config.yaml example compiles with no problem', () => {
    const block = /```yaml\n(lexicons:[\s\S]*?)```/.exec(page);
    assert.ok(block, 'docs/lexicons.md has no lexicons: example');
    const { lexicons } = YAML.parse(block[1]) as { lexicons: Parameters<typeof compileAdditions>[0] };
    assert.deepStrictEqual(compileAdditions(lexicons).problems, []);
  });

  const rows: [string, string, string][] = [
    ['risk', 'risk.suicide', 'x risky phrase'],
    ['response', 'response', 'x answering phrase'],
    ['context', 'context', 'x context phrase'],
    ['goals', 'goals', 'x goal phrase'],
    ['vague', 'vague', 'x vague phrase'],
  ];
  for (const [family, lexicon, pattern] of rows) {
    it(`the ${family} fields it lists are accepted, and a field it does not list is not`, () => {
      const fields = fieldsOfRow(family).filter((field) => !['pattern', 'source', 'note'].includes(field));
      const base: Record<string, unknown> = { pattern };
      if (family === 'response') base.answers = ['suicide'];
      if (family === 'context') base.direction = 'forward';
      for (const field of fields) {
        const value = family === 'context' && field === 'category' ? 'other' : (SAMPLE[field] ?? true);
        const entry = { ...base, [field]: value };
        assert.deepStrictEqual(compileAdditions({ [lexicon]: [entry] }).problems, [], `${lexicon}: ${field}`);
      }
      const unknown = compileAdditions({ [lexicon]: [{ ...base, notAField: true }] }).problems;
      assert.strictEqual(unknown.length, 1);
    });
  }
});
