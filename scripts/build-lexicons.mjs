#!/usr/bin/env node
// Builds server/src/prose/lexicons/data.generated.ts from the reviewed lexicon files
// (server/src/prose/lexicons/*.yaml), so that the language server bundle (esbuild, dist/server.js) and
// the command line carry the data without reading YAML at run time.
//
// It checks the shape of every file (required keys, allowed fields and values per family, a source for
// every entry) and fails with the file and entry named. Examples stay in the YAML: the unit tests read
// them there (test/unit/lexiconFiles.test.ts); the bundle only needs patterns, fields and sources.
//
// Every pattern and word list is compiled with the server's own compiler (server/src/prose/patterns.ts, bundled in
// memory), so a notation error fails here, with file and entry, not at the first analysis at run time.
//
// Usage: node scripts/build-lexicons.mjs           write the module
//        node scripts/build-lexicons.mjs --check   exit 1 when the module is not what the YAML gives
//        --dir <folder>                            read (and write) another folder of lexicon files (the tests)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import YAML from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dirArgument = process.argv.indexOf('--dir');
const dir =
  dirArgument > 0 ? path.resolve(process.argv[dirArgument + 1]) : path.join(root, 'server', 'src', 'prose', 'lexicons');
const outFile = path.join(dir, 'data.generated.ts');

// The closed word sets (context categories, directions, answer kinds, risk categories, C-SSRS rungs) are the
// server's own, read from its TypeScript source so that they are written once.
const {
  CONTEXT_CATEGORIES,
  DIRECTIONS,
  ANSWER_KINDS,
  RISK_CATEGORIES,
  SUICIDE_LEVELS: LEVELS,
} = await bundledModule(path.join(root, 'server', 'src', 'prose', 'vocabulary.ts'));

const text = (value) => typeof value === 'string' && value.trim() !== '';
const oneOf = (values) => (value) => values.includes(value);
const listOf = (test) => (value) => Array.isArray(value) && value.every(test);
const integer = (value) => Number.isInteger(value) && value >= 0;
const bool = (value) => typeof value === 'boolean';

/**
 * Per family: the fields an entry may have (besides pattern, source, note, examples, counterexamples) and which are
 * required.
 */
const FAMILIES = {
  context: {
    fields: {
      category: oneOf(CONTEXT_CATEGORIES),
      direction: oneOf(DIRECTIONS),
      maxScope: integer,
      terminates: listOf(oneOf(CONTEXT_CATEGORIES)),
      appliesTo: listOf(text),
      exceptCategories: listOf(text),
      closesClause: bool,
      decisive: bool,
      yieldsTo: listOf(oneOf(CONTEXT_CATEGORIES)),
      lineScope: bool,
      ignoresTerminators: bool,
      question: bool,
      answer: oneOf([...ANSWER_KINDS, 'open']),
      bare: bool,
      evasive: bool,
      dated: bool,
      recentDate: bool,
      period: bool,
    },
    required: ['direction'],
  },
  risk: {
    fields: {
      category: oneOf(RISK_CATEGORIES),
      level: oneOf(LEVELS),
      figurative: bool,
      earnest: bool,
      someoneElse: bool,
      rhetorical: bool,
      topic: bool,
      pseudo: bool,
      otherSense: bool,
      anaphoric: bool,
      intent: bool,
      targetSubject: bool,
      subjectRequired: bool,
      needsCompanion: bool,
      withOverdose: bool,
      recipient: bool,
      useContext: bool,
      useSetting: bool,
      otherRelapse: bool,
      meansOfHarm: bool,
      reunion: bool,
      voices: bool,
      nicotine: bool,
      denies: bool,
      quoted: bool,
      afterIngestion: bool,
      afterMeans: bool,
      careOfEvent: bool,
      also: oneOf(RISK_CATEGORIES),
    },
    required: ['category'],
  },
  response: {
    fields: {
      answers: listOf(oneOf(RISK_CATEGORIES)),
      assessment: bool,
      blank: bool,
      nearby: bool,
      rates: bool,
      screen: bool,
      skill: bool,
    },
    required: ['answers'],
  },
  participation: { fields: { kind: text }, required: [] },
  mood: { fields: { kind: text }, required: [] },
  progress: { fields: { kind: text }, required: [] },
  plan: { fields: { kind: text }, required: [] },
  vague: { fields: { phrase: text, kind: oneOf(['stock', 'administrative', 'location', 'plan']) }, required: [] },
  skill: { fields: {}, required: [] },
  goal: {
    fields: { concept: text, sense: oneOf(['same', 'opposite']), role: oneOf(['core', 'context']) },
    required: ['concept'],
  },
  telehealth: {
    fields: {
      kind: oneOf(['location', 'place', 'not-location', 'audio-reason', 'not-audio-reason']),
      opens: bool,
      others: bool,
      ownNegation: bool,
    },
    required: ['kind'],
  },
  family: { fields: { kind: oneOf(['kin', 'pair', 'together', 'in-group', 'multiple-family']) }, required: ['kind'] },
  anaphor: {
    fields: {
      kind: oneOf(['act', 'thought', 'urge', 'refer', 'means', 'intent', 'threat', 'rung']),
      denies: bool,
      antecedent: oneOf(RISK_CATEGORIES),
    },
    required: ['kind'],
  },
};
const COMMON = new Set(['pattern', 'source', 'note', 'examples', 'counterexamples', 'pseudo']);

const problems = [];
const files = fs
  .readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .sort();

const lexicons = [];
let macros = {};
/** The file each word list comes from, to name it in a problem. */
const macroFiles = {};
let abbreviations = [];
let contextSettings;
const ids = new Set();

for (const name of files) {
  const where = (message) => problems.push(`${shown(name)}: ${message}`);
  let doc;
  try {
    doc = YAML.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
  } catch (error) {
    where(`not valid YAML (${String(error.message).split('\n')[0]})`);
    continue;
  }
  if (!doc || typeof doc !== 'object') {
    where('not a mapping');
    continue;
  }
  if (!text(doc.lexicon)) where('"lexicon:" (the id) is missing');
  if (ids.has(doc.lexicon)) where(`lexicon id "${doc.lexicon}" is used twice`);
  ids.add(doc.lexicon);
  if (!text(doc.title)) where('"title:" is missing');
  if (doc.family === 'macros') {
    for (const [macro, value] of Object.entries(doc.macros ?? {})) {
      if (!/^[a-z][a-z0-9-]*$/.test(macro)) where(`word list name "${macro}" must be lower-case-with-dashes`);
      if (!value || !text(value.source) || !listOf(text)(value.words) || !value.words.length)
        where(`word list "${macro}" needs a source and a non-empty list of words`);
      else {
        macros[macro] = value.words;
        macroFiles[macro] = name;
      }
    }
    continue;
  }
  if (doc.family === 'abbreviations') {
    for (const [index, entry] of (doc.entries ?? []).entries()) {
      const at = `entry ${index + 1}${entry?.abbr ? ` (${entry.abbr})` : ''}`;
      if (!text(entry?.abbr) || !text(entry?.means) || !text(entry?.source))
        where(`${at}: needs abbr, means and source`);
      else abbreviations.push({ abbr: entry.abbr, means: entry.means, expand: entry.expand === true });
    }
    continue;
  }
  const family = FAMILIES[doc.family];
  if (!family) {
    where(`family "${doc.family}" is not one of ${Object.keys(FAMILIES).join(', ')}, macros, abbreviations`);
    continue;
  }
  const defaults = doc.defaults ?? {};
  // The context settings (category terminators, post-filler) are context.yaml's; another context-family file
  // (time-anchors.yaml) adds entries only.
  if (doc.family === 'context' && (doc.categories !== undefined || doc.postFiller !== undefined)) {
    if (contextSettings) where('context settings (categories, postFiller) are declared in one file only');
    const categories = doc.categories ?? {};
    const terminatedBy = {};
    for (const [category, settings] of Object.entries(categories)) {
      if (!CONTEXT_CATEGORIES.includes(category)) where(`categories: "${category}" is not a context category`);
      const by = settings?.terminatedBy ?? [];
      if (!listOf(oneOf(CONTEXT_CATEGORIES))(by)) where(`categories.${category}.terminatedBy: unknown category`);
      terminatedBy[category] = by;
    }
    if (!listOf(text)(doc.postFiller ?? [])) where('postFiller must be a list of words');
    contextSettings = { terminatedBy, postFiller: doc.postFiller ?? [] };
  }
  // Goal concepts that name a setting or a means as often as what a goal is about (goals.ts reads them).
  const broadConcepts = doc.broadConcepts ?? [];
  if (doc.family !== 'goal' && doc.broadConcepts !== undefined) where('"broadConcepts:" belongs to the goal family');
  else if (!listOf((value) => text(value?.concept) && text(value?.source))(broadConcepts))
    where('broadConcepts must be a list of { concept, source }');
  // Goal family: words for one person ("mother", "mom", "Mami"), so a grief goal's person is known by any of them.
  const samePerson = doc.samePerson ?? [];
  if (doc.family !== 'goal' && doc.samePerson !== undefined) where('"samePerson:" belongs to the goal family');
  else if (!listOf((value) => listOf(text)(value?.words) && value.words.length > 1 && text(value?.source))(samePerson))
    where('samePerson must be a list of { words (two or more), source }');
  // Goal family: words of the member's dealings with a person ("talked", "visited", "argued"): a relative named in a
  // sentence without one is mentioned in passing, not the subject of a relationship goal.
  const relationalWords = doc.relationalWords ?? [];
  if (doc.family !== 'goal' && doc.relationalWords !== undefined)
    where('"relationalWords:" belongs to the goal family');
  else if (!listOf((value) => listOf(text)(value?.words) && text(value?.source))(relationalWords))
    where('relationalWords must be a list of { words, source }');
  // Goal family: words for a whole family or household ("family", "relatives"): any relative is one of them.
  const familyWords = doc.familyWords ?? [];
  if (doc.family !== 'goal' && doc.familyWords !== undefined) where('"familyWords:" belongs to the goal family');
  else if (
    !listOf(
      (value) =>
        listOf(text)(value?.words) &&
        (value.members === undefined || listOf(text)(value.members)) &&
        text(value?.source),
    )(familyWords)
  )
    where('familyWords must be a list of { words, members (optional), source }');
  // Goal family: concepts that speak of one subject ("anger", "aggression"): a goal naming two names one thing.
  const kindredConcepts = doc.kindredConcepts ?? [];
  if (doc.family !== 'goal' && doc.kindredConcepts !== undefined)
    where('"kindredConcepts:" belongs to the goal family');
  else if (
    !listOf((value) => listOf(text)(value?.concepts) && value.concepts.length > 1 && text(value?.source))(
      kindredConcepts,
    )
  )
    where('kindredConcepts must be a list of { concepts (two or more), source }');
  const entries = [];
  for (const [index, raw] of (doc.entries ?? []).entries()) {
    const entry = { ...defaults, ...raw };
    const at = `entry ${index + 1}${text(entry.pattern) ? ` ("${entry.pattern}")` : ''}`;
    if (!text(entry.pattern)) where(`${at}: "pattern:" is missing`);
    if (!text(entry.source)) where(`${at}: "source:" is missing (say where the entry comes from)`);
    for (const key of Object.keys(entry)) {
      if (COMMON.has(key)) continue;
      const test = family.fields[key];
      if (!test) where(`${at}: field "${key}" is not used by the ${doc.family} family`);
      else if (!test(entry[key])) where(`${at}: field "${key}" has a value the ${doc.family} family does not allow`);
    }
    for (const key of family.required) if (entry[key] === undefined) where(`${at}: "${key}:" is missing`);
    for (const key of ['examples', 'counterexamples'])
      if (entry[key] !== undefined && !listOf(text)(entry[key])) where(`${at}: ${key} must be a list of texts`);
    const kept = {};
    for (const [key, value] of Object.entries(entry))
      if (key !== 'examples' && key !== 'counterexamples' && key !== 'note') kept[key] = value;
    entries.push(kept);
  }
  if (!entries.length) where('no entries');
  for (const { concept } of broadConcepts)
    if (!entries.some((entry) => entry.concept === concept)) where(`broadConcepts: no entry has concept "${concept}"`);
  for (const { concepts } of kindredConcepts)
    for (const concept of concepts)
      if (!entries.some((entry) => entry.concept === concept))
        where(`kindredConcepts: no entry has concept "${concept}"`);
  lexicons.push({
    lexicon: doc.lexicon,
    family: doc.family,
    title: doc.title,
    file: name,
    defaults,
    entries,
    ...(broadConcepts.length ? { broadConcepts: broadConcepts.map(({ concept }) => concept) } : {}),
    ...(samePerson.length
      ? { samePerson: samePerson.map(({ words }) => words.map((word) => word.toLowerCase())) }
      : {}),
    ...(kindredConcepts.length ? { kindredConcepts: kindredConcepts.map(({ concepts }) => concepts) } : {}),
    ...(relationalWords.length
      ? { relationalWords: relationalWords.flatMap(({ words }) => words.map((word) => word.toLowerCase())) }
      : {}),
    ...(familyWords.length
      ? {
          familyWords: familyWords.map(({ words, members }) => ({
            words: words.map((word) => word.toLowerCase()),
            ...(members ? { members: members.map((word) => word.toLowerCase()) } : {}),
          })),
        }
      : {}),
  });
}
if (!contextSettings) problems.push('server/src/prose/lexicons: no context family file (context.yaml)');
problems.push(...(await patternProblems()));

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} problem(s) in the lexicon files`);
  process.exit(1);
}

/**
 * Compiles every word list and every entry's pattern as the server does (clinicalLexicons.ts compiles entries with
 * MACROS) and returns one problem per list or pattern the compiler refuses. Word lists come first, each alone (the
 * lists it names stand in as one plain word): a broken list would otherwise be reported for every pattern using it.
 */
async function patternProblems() {
  const { compilePattern } = await patternCompiler();
  const found = [];
  const compiles = (pattern, table, at) => {
    try {
      compilePattern(pattern, table);
    } catch (error) {
      found.push(`${at}: the pattern does not compile: ${error.message}`);
    }
  };
  const placeholders = Object.keys(macros).map((macro) => [macro, ['word']]);
  for (const [macro, words] of Object.entries(macros))
    compiles(
      `word <${macro}>`,
      new Map([...placeholders, [macro, words]]),
      `${shown(macroFiles[macro])}: word list "${macro}"`,
    );
  if (found.length) return found;
  const table = new Map(Object.entries(macros));
  for (const lexicon of lexicons)
    for (const [index, entry] of lexicon.entries.entries())
      if (text(entry.pattern))
        compiles(entry.pattern, table, `${shown(lexicon.file)}: entry ${index + 1} ("${entry.pattern}")`);
  return found;
}

function shown(file) {
  return path.relative(root, path.join(dir, file));
}

/**
 * The server's pattern compiler, bundled from its TypeScript source in memory (this script runs before tsc). Its
 * tokens module reads the generated lexicon data (for shorthand), which compiling a pattern never uses and which is
 * being made here: it is replaced by an empty table.
 */
async function patternCompiler() {
  const noLexiconData = {
    name: 'no-lexicon-data',
    setup(bundler) {
      bundler.onResolve({ filter: /\/lexicons\/loaded$/ }, () => ({ path: 'loaded', namespace: 'no-lexicon-data' }));
      bundler.onLoad({ filter: /.*/, namespace: 'no-lexicon-data' }, () => ({
        contents: 'export const ABBREVIATION_EXPANSIONS = new Map();',
        loader: 'js',
      }));
    },
  };
  return bundledModule(path.join(root, 'server', 'src', 'prose', 'patterns.ts'), [noLexiconData]);
}

/** A module of the server's TypeScript source, bundled in memory and imported. */
async function bundledModule(entryPoint, plugins = []) {
  const bundled = await build({
    entryPoints: [entryPoint],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'error',
    plugins,
  });
  const code = Buffer.from(bundled.outputFiles[0].contents).toString('base64');
  return import(`data:text/javascript;base64,${code}`);
}

const banner = [
  '// Generated by scripts/build-lexicons.mjs from server/src/prose/lexicons/*.yaml: edit the YAML, then run',
  '// `npm run build` (or `node scripts/build-lexicons.mjs`). A unit test fails when this file is out of date.',
  '/* eslint-disable */',
  "import type { LexiconData } from './types';",
  '',
].join('\n');
const data = { lexicons, macros, abbreviations, context: contextSettings };
const generated = `${banner}export const LEXICON_DATA: LexiconData = ${JSON.stringify(data, null, 1)};\n`;

if (process.argv.includes('--check')) {
  const current = fs.existsSync(outFile) ? fs.readFileSync(outFile, 'utf8') : '';
  if (current !== generated) {
    console.error(
      'server/src/prose/lexicons/data.generated.ts is out of date with the YAML lexicons: run node ' +
        'scripts/build-lexicons.mjs',
    );
    process.exit(1);
  }
  console.log(
    `lexicons up to date: ${lexicons.length} lexicons, ${lexicons.reduce((n, l) => n + l.entries.length, 0)} entries`,
  );
} else {
  if (!fs.existsSync(outFile) || fs.readFileSync(outFile, 'utf8') !== generated) fs.writeFileSync(outFile, generated);
  console.log(`lexicons: ${lexicons.length} lexicons, ${lexicons.reduce((n, l) => n + l.entries.length, 0)} entries`);
}
