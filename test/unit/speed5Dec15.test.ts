import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkNote } from '../../server/src/engine/checkNote';
import { SUBJECT_PRONOUN, subjectPronouns } from '../../server/src/prose/contextPeople';
import { findQuotes, findQuotesEverywhere } from '../../server/src/prose/segment';
import { checkForExport } from '../../server/src/export/gating';
import { parseNote } from '../../server/src/parse/parseNote';
import { ruleById } from '../../server/src/rules';
import type { Finding, Rule } from '../../server/src/rules/types';
import { loadWorkspace, type WorkspaceData } from '../../server/src/workspace/loadWorkspace';
import { repoRoot } from '../support/paths';
import { LEGACY_PROMPTS, promptInValue, promptsInProse, type PromptMatch } from '../../server/src/model/placeholders';

/**
 * The speed pass of 2026-12-07 (speed5): each shortcut answers exactly as the search it replaces.
 */

/** promptsInProse as it was before the pass: every legacy prompt searched for in the whole text. */
function promptsInProseBefore(text: string): PromptMatch[] {
  const found: PromptMatch[] = [];
  for (const match of text.matchAll(/<([\p{L}][^<>\r\n]{0,120})>/gu)) {
    const content = match[1];
    if (/:\/\/|@/.test(content)) continue;
    const tag = /^\/?([a-z][a-z0-9]*)(\s[^>]*)?\/?$/i.exec(content.trim());
    const html =
      'a abbr b br code del div em hr i img ins kbd li mark ol p pre s small span strong sub sup table td th tr u ul';
    if (tag && html.split(' ').includes(tag[1].toLowerCase()) && (!tag[2] || /=/.test(tag[2]))) continue;
    found.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  const lower = text.toLowerCase();
  for (const prompt of LEGACY_PROMPTS) {
    for (let at = lower.indexOf(prompt); at >= 0; at = lower.indexOf(prompt, at + 1)) {
      const end = at + prompt.length;
      const before = lower.slice(Math.max(0, at - 2), at);
      const after = lower.slice(end, end + 2);
      const opens = at === 0 || /(^|\n|: |\()$/.test(before) || /\n\s*$/.test(lower.slice(0, at));
      const closes = end === lower.length || /^(\r?\n|\)|:|\.\s|\.$|\s*$)/.test(after);
      if (opens && closes && !found.some((other) => other.start <= at && other.end >= end))
        found.push({ start: at, end, text: text.slice(at, end) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A small deterministic generator (tests must not depend on Math.random). */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const PIECES = [
  ...LEGACY_PROMPTS,
  ...LEGACY_PROMPTS.map((prompt) => prompt.toUpperCase()),
  'Observed Progress',
  ': ',
  ':',
  '(',
  ')',
  '\n',
  '\r\n',
  ' ',
  '  ',
  '\t',
  '\u00a0',
  '.',
  '. ',
  'she observed progress in',
  'Plan',
  'Participation',
  '<what the member did and said>',
  '<b>',
  '<observed progress',
  '>',
  '<',
  'İ',
  'x',
  'word',
];

describe('speed5: promptsInProse finds what the search of every prompt in the whole text found', () => {
  const cases: string[] = [
    '',
    'Plan: plan until the next session',
    '(goal in the treatment plan):',
    'she observed progress in group',
    'Participation: <what the member did and said>\nProgress: observed progress\n',
    '\n   facilitator name\n',
    ': (observed progress)',
    'Note: <observed progress (observed progress)>',
    'İİ\nobserved progress',
    'observed progress',
    'x\n\u00a0 session theme.',
  ];
  const random = generator(20261207);
  for (let n = 0; n < 3000; n++) {
    let text = '';
    const length = 1 + Math.floor(random() * 12);
    for (let i = 0; i < length; i++) text += PIECES[Math.floor(random() * PIECES.length)];
    cases.push(text);
  }

  it('on written and generated texts (3,000 generated)', () => {
    let withPrompts = 0;
    for (const text of cases) {
      const expected = promptsInProseBefore(text);
      if (expected.length) withPrompts++;
      assert.deepStrictEqual(promptsInProse(text), expected, JSON.stringify(text));
    }
    // The generated texts hold prompts often enough to test the shortcut, not only texts without any.
    assert.ok(withPrompts > 500, `only ${withPrompts} texts with prompts`);
  });
});

describe('speed5: promptInValue finds what it found without its shortcuts', () => {
  /** promptInValue before the pass: the bracket search and the legacy look-up on every value. */
  const before = (value: string): PromptMatch | undefined => {
    const bracketed = promptsInProseBefore(value).find((prompt) => prompt.text.startsWith('<'));
    if (bracketed) return bracketed;
    const trimmed = value.trim();
    if (!LEGACY_PROMPTS.includes(trimmed.toLowerCase())) return undefined;
    const start = value.indexOf(trimmed);
    return { start, end: start + trimmed.length, text: trimmed };
  };

  it('on 3,000 generated values and every legacy prompt written in capitals, with spaces and a Kelvin sign', () => {
    const values = [
      ...LEGACY_PROMPTS.flatMap((prompt) => [prompt, ` ${prompt.toUpperCase()}\t`, prompt.replace(/k/g, '\u212a')]),
      'NPI (10 DIGİTS)',
      '<b>bold</b>',
      '<Name of the facilitator>',
    ];
    const random = generator(3);
    for (let n = 0; n < 3000; n++) {
      let value = '';
      const length = 1 + Math.floor(random() * 4);
      for (let i = 0; i < length; i++) value += PIECES[Math.floor(random() * PIECES.length)];
      values.push(value);
    }
    let found = 0;
    for (const value of values) {
      const expected = before(value);
      if (expected) found++;
      assert.deepStrictEqual(promptInValue(value), expected, JSON.stringify(value));
    }
    assert.ok(found > 100, `only ${found} prompts`);
  });
});

describe('speed5: the export gates take GN108 from the export-mode check of the same parsed note', () => {
  const examples = path.join(repoRoot, 'examples');
  const notesFolder = path.join(examples, 'notes');
  const today = '2026-11-23';
  let workspace: WorkspaceData;
  before(async () => {
    workspace = await loadWorkspace(examples);
  });

  /** An example note with prompts left in a member section and the narrative (GN108 reports them). */
  const withPrompts = (file: string) =>
    fs
      .readFileSync(path.join(notesFolder, file), 'utf8')
      .replace(/^(## [^\n]*\n)/m, '$1Progress: <observed progress>\nPlan: plan until the next session\n');

  it('every example note with prompts: the same findings and silenced gates as a freshly parsed note', () => {
    const files = fs.readdirSync(notesFolder).filter((name) => name.endsWith('.group.md'));
    let prompts = 0;
    for (const file of files) {
      const silencedFresh: Finding[] = [];
      const fresh = checkForExport(parseNote(withPrompts(file), file), {
        workspace,
        today,
        silencedGates: silencedFresh,
      });
      const note = parseNote(withPrompts(file), file);
      checkNote(note, { workspace, today });
      const silenced: Finding[] = [];
      assert.deepStrictEqual(checkForExport(note, { workspace, today, silencedGates: silenced }), fresh, file);
      assert.deepStrictEqual(silenced, silencedFresh, file);
      prompts += fresh.filter((finding) => finding.ruleId === 'GN108').length;
    }
    assert.ok(prompts >= 2 * files.length, `${prompts} GN108 findings`);
  });

  it('runs GN108 once for the edit check, the export check and the gates; again for another date', () => {
    const rule = ruleById('GN108') as Rule;
    const check = rule.check.bind(rule);
    const original = Object.getOwnPropertyDescriptor(rule, 'check') as PropertyDescriptor;
    let runs = 0;
    rule.check = (context, report) => {
      runs++;
      check(context, report);
    };
    try {
      const file = fs.readdirSync(notesFolder).filter((name) => name.endsWith('.group.md'))[0];
      const note = parseNote(withPrompts(file), file);
      checkNote(note, { workspace, today });
      checkForExport(note, { workspace, today });
      assert.strictEqual(runs, 1);
      checkForExport(note, { workspace, today: '2026-11-24' });
      assert.strictEqual(runs, 2);
    } finally {
      Object.defineProperty(rule, 'check', original);
    }
  });
});

describe('speed5: the subject pronouns are the matches of the search at every offset', () => {
  const pieces = [
    'she',
    'She',
    'he',
    'HE',
    'her',
    'his',
    'the',
    'shed',
    'said',
    'says',
    'explained',
    'reports',
    'told the group',
    'and that',
    'and',
    'that',
    'has',
    'also',
    'her partner',
    'his wife',
    'husband',
    'peer',
    'Sam',
    '.',
    '!',
    '?',
    '"',
    '”',
    ':',
    '\n',
    '\n\t',
    ' ',
    '   ',
    '\t',
    '\u00a0',
    '\u2028',
    'xxxxxxxxxxxxxxx',
    'drank',
  ];
  const random = generator(7);
  const texts = fs
    .readdirSync(path.join(repoRoot, 'examples', 'notes'))
    .map((file) => fs.readFileSync(path.join(repoRoot, 'examples', 'notes', file), 'utf8'));
  for (let n = 0; n < 4000; n++) {
    let text = '';
    const length = 1 + Math.floor(random() * 16);
    for (let i = 0; i < length; i++) {
      text += pieces[Math.floor(random() * pieces.length)];
      if (random() < 0.6) text += ' ';
    }
    texts.push(text);
  }

  it('on the example notes and 4,000 generated texts', () => {
    const key = (match: RegExpMatchArray) => JSON.stringify([match.index, ...match]);
    let found = 0;
    for (const text of texts) {
      const expected = [...text.matchAll(SUBJECT_PRONOUN)].map(key);
      found += expected.length;
      assert.deepStrictEqual([...subjectPronouns(text)].map(key), expected, JSON.stringify(text));
    }
    assert.ok(found > 500, `only ${found} matches`);
  });
});

describe('speed5: quoted speech is what the search at every offset finds', () => {
  const pieces = [
    '"',
    '“',
    '”',
    '‘',
    '’',
    "'",
    "'em",
    "'cause",
    "didn't",
    "the boys'",
    'I',
    'fine',
    'Said',
    'x',
    ' ',
    '\n',
    '\n\n',
    '\n \t\n',
    ':',
    '(',
    '—',
    '-',
    ',',
    '.',
    '09',
  ];
  const random = generator(11);
  const texts = fs
    .readdirSync(path.join(repoRoot, 'examples', 'notes'))
    .map((file) => fs.readFileSync(path.join(repoRoot, 'examples', 'notes', file), 'utf8'));
  for (let n = 0; n < 5000; n++) {
    let text = '';
    const length = 1 + Math.floor(random() * 14);
    for (let i = 0; i < length; i++) {
      text += pieces[Math.floor(random() * pieces.length)];
      if (random() < 0.4) text += ' ';
    }
    texts.push(text);
  }

  it('on the example notes and 5,000 generated texts', () => {
    let found = 0;
    for (const text of texts) {
      const expected = findQuotesEverywhere(text, 7);
      found += expected.length;
      assert.deepStrictEqual(findQuotes(text, 7), expected, JSON.stringify(text));
    }
    assert.ok(found > 500, `only ${found} quotes`);
  });
});
