/**
 * The reviewed lexicon files (server/src/prose/lexicons/*.yaml): the generated module is up to date with
 * them, every entry compiles, every entry matches its own examples and none of its counterexamples, and
 * a practice's additions in `.groupnote/config.yaml` are checked and take effect.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import YAML from 'yaml';
import { findRiskDisclosures } from '../../server/src/prose';
import { clinicalTokens } from '../../server/src/prose/clinicalTokens';
import { compileAdditions, defaultLexicons } from '../../server/src/prose/clinicalLexicons';
import { MACROS } from '../../server/src/prose/lexicons/loaded';
import { compilePattern, inflections, longestMatch, PatternError } from '../../server/src/prose/patterns';
import { analyzeProse } from '../../server/src/prose/segment';
import { readConfig } from '../../server/src/workspace/config';
import { repoRoot } from '../support/paths';

const dir = path.join(repoRoot, 'server', 'src', 'prose', 'lexicons');

interface YamlEntry {
  pattern: string;
  examples?: string[];
  counterexamples?: string[];
}

/** Whether a pattern matches anywhere in a text's clinical tokens. */
function matchesSomewhere(pattern: string, text: string): boolean {
  const compiled = compilePattern(pattern, MACROS);
  const tokens = clinicalTokens(text);
  for (let at = 0; at < tokens.length; at++)
    if (longestMatch(compiled.elements, tokens, at, tokens.length) > at) return true;
  return false;
}

describe('lexicon files', () => {
  it('the generated module is what the YAML files give (run node scripts/build-lexicons.mjs)', () => {
    const result = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'build-lexicons.mjs'), '--check'], {
      encoding: 'utf8',
    });
    assert.strictEqual(result.status, 0, result.stderr);
  });

  it('every entry compiles', () => {
    assert.ok(defaultLexicons().entries.length > 300);
  });

  for (const name of fs.readdirSync(dir).filter((file) => file.endsWith('.yaml'))) {
    const doc = YAML.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as { entries?: YamlEntry[] };
    const entries = (doc.entries ?? []).filter((entry) => entry.examples?.length || entry.counterexamples?.length);
    if (!entries.length) continue;
    it(`${name}: entries match their examples and not their counterexamples`, () => {
      const failures: string[] = [];
      for (const entry of entries) {
        for (const example of entry.examples ?? [])
          if (!matchesSomewhere(entry.pattern, example)) failures.push(`"${entry.pattern}" misses "${example}"`);
        for (const example of entry.counterexamples ?? [])
          if (matchesSomewhere(entry.pattern, example)) failures.push(`"${entry.pattern}" matches "${example}"`);
      }
      assert.deepStrictEqual(failures, []);
    });
  }
});

describe('pattern notation', () => {
  const cases: [string, string, boolean][] = [
    ['wish+ to die', 'she wishes to die', true],
    ['wish+ to die', 'she wished to die', true],
    ['not (wake|wake up)', "doesn't wake up", true],
    ['(very|really)? tired', 'tired', true],
    ['isolat*', 'isolating', true],
    ['SI', 'si se siente', false],
    ['SI', 'Denies SI.', true],
    ['took ~4 pills', 'took a few of her pills', true],
    ['took ~4 pills', 'took them. Pills', false],
    ['kill+ <self>', 'killing herself', true],
    ['drink !(water|coffee)', 'drink water', false],
    ['drink !(water|coffee)', 'drink beer', true],
    ['c/o pain', 'c/o pain', false],
    ['complains of pain', 'c/o pain', true],
    ['self harm', 'self-harm', true],
    ['\\(-\\) SI', '(-) SI', true],
    ['<checked> engaged', '[x] Engaged', true],
    ['<unchecked> engaged', '[x] Engaged', false],
    ['# bags', '2 bags', true],
  ];
  for (const [pattern, text, expected] of cases)
    it(`"${pattern}" ${expected ? 'matches' : 'does not match'} ${JSON.stringify(text)}`, () =>
      assert.strictEqual(matchesSomewhere(pattern, text), expected));

  it('says what is wrong with a pattern', () => {
    assert.throws(() => compilePattern('(a b'), PatternError);
    assert.throws(() => compilePattern('~2 a'), /cannot start/);
    assert.throws(() => compilePattern('<nosuchlist> a'), /no word list/);
    assert.throws(() => compilePattern('ab* c'), /three letters/);
    assert.throws(() => compilePattern('(a b)|c d'), /put alternatives of several words in parentheses/);
  });

  it('inflects regular verbs and nouns', () => {
    assert.deepStrictEqual(inflections('overdose').sort(), ['overdose', 'overdosed', 'overdoses', 'overdosing']);
    assert.ok(inflections('cut').includes('cutting'));
    assert.ok(inflections('cry').includes('cried'));
  });
});

describe('lexicon additions from .groupnote/config.yaml', () => {
  it('adds entries that take effect', () => {
    const { lexicons, problems } = compileAdditions({ 'risk.suicide': ['talks about riding the pale horse'] });
    assert.deepStrictEqual(problems, []);
    const prose = analyzeProse('Talks about riding the pale horse.');
    assert.deepStrictEqual(findRiskDisclosures(prose), []);
    assert.deepStrictEqual(
      findRiskDisclosures(prose, { lexicons }).map((mention) => mention.category),
      ['suicide'],
    );
  });

  it('reads an added entry with `voices: true` only where the paragraph speaks of voices', () => {
    const { lexicons, problems } = compileAdditions({
      'risk.suicide': [{ pattern: 'they want me to go to the bridge', voices: true, level: 'thoughts' }],
    });
    assert.deepStrictEqual(problems, []);
    const withVoices = analyzeProse('Hearing voices again; "they want me to go to the bridge."');
    const without = analyzeProse('Her cousins say "they want me to go to the bridge" party on Friday.');
    assert.deepStrictEqual(
      findRiskDisclosures(withVoices, { lexicons }).map((mention) => mention.category),
      ['suicide'],
    );
    assert.deepStrictEqual(findRiskDisclosures(without, { lexicons }), []);
  });

  it('reports a value outside the closed word sets (category, level, direction, answers)', () => {
    const { problems } = compileAdditions({
      'risk.suicide': [{ pattern: 'is done with it all', level: 'ideation' }],
      'risk.violence': [{ pattern: 'wants to hurt him', category: 'homicide' }],
      context: [{ pattern: 'per her aunt', category: 'other', direction: 'sideways' }],
      response: [{ pattern: 'called his sponsor', answers: ['substance', 'gambling'] }],
    });
    assert.deepStrictEqual(
      problems.map((problem) => problem.message),
      [
        'lexicons.risk.suicide: "is done with it all": field "level" is not allowed here',
        'lexicons.risk.violence: "wants to hurt him": field "category" is not allowed here',
        'lexicons.context: "per her aunt": field "direction" is not allowed here',
        'lexicons.response: "called his sponsor": field "answers" is not allowed here',
      ],
    );
  });

  it('reports unknown lexicons, bad patterns and missing fields, and keeps the good entries', () => {
    const { config, problems } = readConfig(
      {
        lexicons: {
          'risk.nothing': ['x'],
          'risk.suicide': ['(broken', 'says life is pointless'],
          response: ['called the mobile unit'],
        },
      },
      'config.yaml',
    );
    const messages = problems.map((problem) => problem.message);
    assert.ok(
      messages.some((message) => /"risk\.nothing" is not a lexicon/.test(message)),
      messages.join('\n'),
    );
    assert.ok(
      messages.some((message) => /not closed/.test(message)),
      messages.join('\n'),
    );
    assert.ok(
      messages.some((message) => /say which risks it answers/.test(message)),
      messages.join('\n'),
    );
    assert.deepStrictEqual(config.lexicons, { 'risk.suicide': ['says life is pointless'] });
  });
});

describe('member-prose rule pages link the lexicons they read', () => {
  const proseRules = ['GN301', 'GN302', 'GN304', 'GN305', 'GN306', 'GN503', 'GN505', 'GN606'];
  for (const id of proseRules) {
    it(`${id}: "What counts" links lexicon files that exist`, () => {
      const page = fs.readFileSync(path.join(repoRoot, 'docs', 'rules', `${id}.md`), 'utf8');
      assert.match(page, /^## What counts$/m, `docs/rules/${id}.md has no "What counts" section`);
      const links = [...page.matchAll(/\]\(\.\.\/\.\.\/server\/src\/prose\/lexicons\/([a-z-]+\.yaml)\)/g)];
      assert.ok(links.length > 0, `docs/rules/${id}.md links no lexicon file`);
      for (const [, file] of links) assert.ok(fs.existsSync(path.join(dir, file)), `${id} links a missing ${file}`);
    });
  }
});
