// `npm run eval`: the accuracy of the member-prose detectors and rules on the labelled corpus
// (eval/corpus/<split>/*.yaml, labelled by eval/GUIDE.md), as one table per split: true and false
// positives, false negatives, precision, recall and F1 for every detector (each risk category, each
// context attribute, each GN301 element, GN302, GN304, GN306, GN503/GN505, GN606) and every rule.
//
// Options: --split dev|heldout|all (default all; each split is scored on its own)
//          --check   exit 1 when a detector falls below its floor in eval/floors.json
//          --show    print each detector's misses (development split only: the held-out split is never
//                    read item by item by whoever tunes the detectors)
//          --corpus DIR  the folder holding the split folders (default eval/corpus)
//          --causes  also print, per split, why the paragraph-level risk readings are wrong: counts of misses
//                    where nothing was read or the words were read with another status, and of false alarms
//                    by the writer's label (scripts/eval/causes.mjs; counts only, never an item)
//          --author A[,B]  score only the files of these authors (`writer-b*` matches every blind writer)
//          --readme  rewrite the accuracy table of README.md (between its eval-table markers) from this run
//          --check-readme  exit 1 when that table differs from this run's figures (CI: the README never drifts)
// Uses the compiled modules in out/ (npm run build).
import * as path from 'path';
import { fileURLToPath } from 'url';
import { readFileSync, existsSync, writeFileSync } from 'fs';
import { loadProse, scoreSplit } from './eval/score.mjs';
import { CAUSE_ROWS } from './eval/causes.mjs';
import { CATEGORIES, readCorpus } from '../eval/corpus.mjs';
import { formatTable } from './bench/table.mjs';
import { failUsage, parseScriptArgs } from './lib/scriptArgs.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseScriptArgs(
  import.meta.url,
  {
    split: { type: 'string', default: 'all' },
    check: { type: 'boolean', default: false },
    show: { type: 'boolean', default: false },
    corpus: { type: 'string', default: path.join(repoRoot, 'eval', 'corpus') },
    readme: { type: 'boolean', default: false },
    'check-readme': { type: 'boolean', default: false },
    author: { type: 'string' },
    causes: { type: 'boolean', default: false },
  },
  'eval',
);
const SPLITS = values.split === 'all' ? ['dev', 'heldout'] : [values.split];
if (!SPLITS.every((split) => split === 'dev' || split === 'heldout')) {
  failUsage('eval', `--split must be dev, heldout or all (got "${values.split}")`);
}

/** The detectors and rules the README table shows, in its order (each one's row in both splits). */
const README_ROWS = [
  'risk: any in paragraph',
  'risk: suicide in paragraph',
  'risk: self-harm in paragraph',
  'risk: overdose in paragraph',
  'risk: violence in paragraph',
  'risk: substance in paragraph',
  'risk: any disclosure',
  'element: participation',
  'element: mood',
  'element: progress',
  'element: plan',
  'vague (GN302)',
  'names other member (GN304)',
  'goal link (GN306)',
  'audio-only reason (GN503)',
  'patient location (GN505)',
  'family ties (GN606)',
  'rule GN301',
  'rule GN305',
];
/** Blind writers (`writer-b5`, …) wrote their held-out paragraphs from eval/GUIDE.md alone (README, GUIDE). */
const BLIND_WRITER = /^writer-b\d+$/;
const TABLE_START = '<!-- eval-table:start (npm run eval -- --readme writes this table) -->';
const TABLE_END = '<!-- eval-table:end -->';

const lib = loadProse(repoRoot);
const floorsFile = path.join(repoRoot, 'eval', 'floors.json');
const floors = existsSync(floorsFile) ? JSON.parse(readFileSync(floorsFile, 'utf8')) : {};
const percent = (value) => (value === undefined ? 'n/a' : `${(value * 100).toFixed(1)}%`);
const failures = [];
/** Per split: each detector's tally and the corpus counts, for the README table. */
const measured = {};

for (const split of SPLITS) {
  const dir = path.join(values.corpus, split);
  const corpus = readCorpus([dir]);
  if (corpus.problems.length) {
    console.error(`eval: the ${split} split has labelling problems (node eval/validate-corpus.mjs):`);
    console.error(corpus.problems.slice(0, 20).join('\n'));
    process.exit(2);
  }
  const { items, narratives, counts } = values.author ? byAuthors(corpus, values.author) : corpus;
  console.log(`\n${split} split`);
  if (!items.length && !narratives.length) {
    console.log(`no ${split === 'heldout' ? 'held-out' : 'development'} items`);
    continue;
  }
  const { tallies, levels, causes } = scoreSplit(items, narratives, lib);
  measured[split] = { tallies, counts };
  if (split === 'heldout' && !values.author) {
    const blind = byAuthors(corpus, 'writer-b*');
    measured.blind = { tallies: scoreSplit(blind.items, blind.narratives, lib).tallies, counts: blind.counts };
  }
  const rows = [];
  const order = [...tallies.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  // Floors are set on whole splits; a part of one (--author) is printed, not held to them.
  const splitFloors = values.author ? {} : (floors[split] ?? {});
  for (const name of order) {
    const t = tallies.get(name);
    const floor = splitFloors[name];
    const below = floor ? belowFloor(t, floor) : [];
    if (below.length) failures.push(`${split}: ${name}: ${below.join(', ')}`);
    rows.push([
      name,
      String(t.tp),
      String(t.fp),
      String(t.fn),
      percent(t.precision),
      percent(t.recall),
      percent(t.f1),
      floor ? (below.length ? `BELOW ${below.join(', ')}` : 'ok') : '',
    ]);
  }
  if (levels.total)
    rows.push([
      'risk: suicide C-SSRS level agrees',
      `${levels.agree}/${levels.total}`,
      '',
      '',
      '',
      '',
      percent(levels.agree / levels.total),
      '',
    ]);
  console.log(formatTable(['detector / rule', 'TP', 'FP', 'FN', 'precision', 'recall', 'F1', 'floor'], rows));
  console.log(
    `${counts.items} member paragraphs, ${counts.narratives} narratives, ${counts.risk} risk mentions ` +
      `(${counts.current} current) in ${counts.files} files.`,
  );
  if (values.causes) console.log(`\nWhy the paragraph-level risk readings are wrong (${split})\n${causeTable(causes)}`);
  if (values.show && split === 'dev') {
    for (const name of order) {
      const misses = tallies.get(name).misses;
      if (!misses.length) continue;
      console.log(`\n${name}:`);
      for (const miss of misses) console.log(`  ${miss}`);
    }
  }
}

const readmeFile = path.join(repoRoot, 'README.md');
if (
  (values.readme || values['check-readme']) &&
  values.corpus === path.join(repoRoot, 'eval', 'corpus') &&
  !values.author &&
  SPLITS.length === 2
) {
  const readme = readFileSync(readmeFile, 'utf8');
  const updated = withReadmeTable(readme, readmeTable(measured));
  if (values.readme && updated !== readme) {
    writeFileSync(readmeFile, updated);
    console.log('\nREADME.md: the accuracy table now shows these figures');
  } else if (values['check-readme'] && updated !== readme) {
    failures.push('README.md: the accuracy table differs from these figures (npm run eval -- --readme)');
  }
}

if (values.check || values['check-readme']) {
  if (failures.length) {
    console.error(
      `\neval --check: below the floors in eval/floors.json, or a README table out of date:\n${failures.join('\n')}`,
    );
    process.exit(1);
  }
  console.log('\neval --check: every detector is at or above its floor');
}

/**
 * The items and narratives of the named authors (comma-separated; a trailing `*` matches any ending), with their
 * counts recomputed; `counts.files` becomes the number of those authors' files.
 */
function byAuthors(corpus, authors) {
  const patterns = authors
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  const matches = (author) =>
    patterns.some(
      (p) =>
        (p.endsWith('*') ? author.startsWith(p.slice(0, -1)) : author === p) &&
        (p !== 'writer-b*' || BLIND_WRITER.test(author)),
    );
  const items = corpus.items.filter((item) => matches(item.author));
  const narratives = corpus.narratives.filter((item) => matches(item.author));
  const risk = items.flatMap((item) => item.labels.risk);
  const counts = {
    items: items.length,
    narratives: narratives.length,
    risk: risk.length,
    current: risk.filter((mention) => mention.status === 'current').length,
    files: new Set([...items, ...narratives].map((item) => item.file)).size,
  };
  return { items, narratives, counts };
}

/** The counts of `scoreSplit`'s `causes` as a table: a row per cause that occurred, a column per category. */
function causeTable(causes) {
  const count = (cause, category) => causes.get(`${cause}\t${category}`) ?? 0;
  const rows = CAUSE_ROWS.filter((cause) => CATEGORIES.some((category) => count(cause, category))).map((cause) => [
    cause,
    ...CATEGORIES.map((category) => String(count(cause, category))),
    String(CATEGORIES.reduce((sum, category) => sum + count(cause, category), 0)),
  ]);
  return formatTable(['paragraph-level error', ...CATEGORIES, 'all'], rows);
}

/** Rows in a stable order: risk, context attributes, elements, the other detectors, then rules. */
function rank(name) {
  if (name.startsWith('risk:')) return 0;
  if (name.startsWith('context:')) return 1;
  if (name.startsWith('element:')) return 2;
  if (name.startsWith('rule ')) return 4;
  return 3;
}

function belowFloor(tally, floor) {
  const below = [];
  for (const measure of ['precision', 'recall', 'f1']) {
    if (floor[measure] === undefined) continue;
    const value = tally[measure];
    if (value !== undefined && value < floor[measure])
      below.push(`${measure} ${percent(value)} < ${percent(floor[measure])}`);
  }
  return below;
}

/** The README's accuracy table and corpus counts, as Markdown. */
function readmeTable({ dev, heldout, blind }) {
  const cell = (tally) =>
    tally ? `${percent(tally.precision)} / ${percent(tally.recall)} / ${percent(tally.f1)}` : 'n/a';
  const lines = [
    `Dev: ${dev.counts.items} paragraphs, ${dev.counts.current} current risk disclosures; ` +
      `held-out: ${heldout.counts.items} paragraphs, ${heldout.counts.current} current risk disclosures, of which ` +
      `${blind.counts.items} paragraphs and ${blind.counts.current} disclosures were written blind.`,
    '',
    '| detector | held-out P / R / F1 | held-out, blind writers only | dev P / R / F1 |',
    '|---|---|---|---|',
    ...README_ROWS.map(
      (name) =>
        `| ${name} | ${cell(heldout.tallies.get(name))} | ${cell(blind.tallies.get(name))} | ` +
        `${cell(dev.tallies.get(name))} |`,
    ),
  ];
  return lines.join('\n');
}

/** `readme` with the text between the eval-table markers replaced by `table` (unchanged when a marker is missing). */
function withReadmeTable(readme, table) {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) {
    console.error(`eval: README.md has no eval-table markers (${TABLE_START} ... ${TABLE_END})`);
    return readme;
  }
  return `${readme.slice(0, start + TABLE_START.length)}\n${table}\n${readme.slice(end)}`;
}
