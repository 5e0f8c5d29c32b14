/**
 * Prose texts for equivalence tests of the detectors' fast paths (test/unit/elementPresence.test.ts,
 * test/unit/lexiconScreens.test.ts): every member section and narrative of the notes under
 * test/fixtures and examples/, notes from the benchmark generator (scripts/bench/generate.mjs), the
 * sentences of the prose detector tests, every line of those on its own, and seeded recombinations
 * of the lines with prefixes and suffixes that trip the detectors' filters (intervention labels,
 * clinician subjects, negations, quotes, goal parentheses).
 */
import * as fs from 'fs';
import * as path from 'path';
import { importModule } from './esm';
import { parseNote } from '../../server/src/parse/parseNote';
import { narrativeProse, sectionProse } from '../../server/src/prose/section';
import { seeded } from './hostileNotes';
import { repoRoot } from './paths';

function notesUnder(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...notesUnder(full));
    else if (entry.name.endsWith('.md') && !/^README/i.test(entry.name)) found.push(full);
  }
  return found;
}

/** Section and narrative texts of a note. */
export function proseTextsOf(text: string, file: string): string[] {
  const note = parseNote(text, file);
  return [narrativeProse(note).source, ...note.sections.map((section) => sectionProse(section).source)];
}

/** String literals of the prose detector tests: the sentences they were written against. */
function testSentences(): string[] {
  const found: string[] = [];
  for (const name of [
    'proseDetectors.test.ts',
    'proseHelpers.test.ts',
    'membersRules.test.ts',
    'proseSegment.test.ts',
  ]) {
    const file = path.join(repoRoot, 'test', 'unit', name);
    if (!fs.existsSync(file)) continue;
    const source = fs.readFileSync(file, 'utf8');
    for (const match of source.matchAll(/'((?:[^'\\\n]|\\.){12,})'|`((?:[^`\\$\n]|\\.){12,})`/g)) {
      const literal = (match[1] ?? match[2])
        .replace(/\\n/g, '\n')
        .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
        .replace(/\\(.)/g, '$1');
      if (/[A-Za-z]+\s+[A-Za-z]+/.test(literal)) found.push(literal);
    }
  }
  return found;
}

/** Notes written by the benchmark generator (an ES module) with every problem kind. */
async function generatedTexts(count: number): Promise<string[]> {
  const { noteText } = await importModule<{ noteText: (options: object) => string }>(
    path.join(repoRoot, 'scripts', 'bench', 'generate.mjs'),
  );
  const problems = [
    undefined,
    'vague-section',
    'missing-plan',
    'risk-unassessed',
    'telehealth-no-modifier',
    'late-no-time',
  ];
  const texts: string[] = [];
  for (let seed = 1; seed <= count; seed++) {
    const members = [1, 2, 3, 4, 5, 6].map((n) => ((n * 17 + seed * 7) % 120) + 1).sort((a, b) => a - b);
    texts.push(noteText({ members, date: '2026-03-02', seed, problem: problems[seed % problems.length] }));
  }
  return texts;
}

/** Prefixes that trip the detectors' filters, and wrappers that move a line into quotes or an intervention segment. */
const PREFIXES = [
  '',
  '',
  '',
  'I: ',
  'Intervention: ',
  'Facilitator ',
  'The therapist ',
  'Declined to ',
  'Was encouraged to ',
  'Denies ',
  'Did not ',
  'No ',
  'R: ',
  'Plan: ',
  'Mood: ',
  'Progress: ',
  'Participation: ',
  '- ',
  'G1 (',
  'He said "',
  'Asked ',
  'Homework: ',
];
const SUFFIXES = ['', '', '', ')', '"', ' - denied.', ' but not today.', '; none.', ' (G2)', ' were denied'];

function recombined(lines: readonly string[], count: number, seed: number): string[] {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const texts: string[] = [];
  for (let index = 0; index < count; index++) {
    const parts: string[] = [];
    const length = 1 + Math.floor(random() * 5);
    for (let part = 0; part < length; part++) {
      let line = pick(lines);
      // Cut some lines mid-sentence, so matches end at odd places.
      if (random() < 0.2) line = line.slice(Math.floor(random() * line.length));
      parts.push(pick(PREFIXES) + line + pick(SUFFIXES));
    }
    texts.push(parts.join(random() < 0.5 ? '\n' : random() < 0.5 ? ' ' : '\n\n'));
  }
  return texts;
}

let cached: Promise<string[]> | undefined;

/** The corpus (built once per test run). */
export function proseCorpus(): Promise<string[]> {
  cached ??= (async () => {
    const texts: string[] = [];
    for (const dir of [path.join(repoRoot, 'test', 'fixtures'), path.join(repoRoot, 'examples')]) {
      for (const file of notesUnder(dir)) texts.push(...proseTextsOf(fs.readFileSync(file, 'utf8'), file));
    }
    for (const [index, text] of (await generatedTexts(240)).entries())
      texts.push(...proseTextsOf(text, `generated-${index}.group.md`));
    texts.push(...testSentences());
    const lines = [...new Set(texts.flatMap((text) => text.split('\n')).filter((line) => /[A-Za-z]/.test(line)))];
    return [...new Set([...texts, ...lines, ...recombined(lines, 6000, 301)])];
  })();
  return cached;
}
