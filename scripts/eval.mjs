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
// Uses the compiled modules in out/ (npm run build).
import * as path from 'path';
import { fileURLToPath } from 'url';
import { parseArgs } from 'util';
import { readFileSync, existsSync } from 'fs';
import { readCorpus } from '../eval/corpus.mjs';
import { loadProse, scoreSplit } from './eval/score.mjs';
import { formatTable } from './bench/table.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    split: { type: 'string', default: 'all' },
    check: { type: 'boolean', default: false },
    show: { type: 'boolean', default: false },
    corpus: { type: 'string', default: path.join(repoRoot, 'eval', 'corpus') },
  },
});
const SPLITS = values.split === 'all' ? ['dev', 'heldout'] : [values.split];
if (!SPLITS.every((split) => split === 'dev' || split === 'heldout')) {
  console.error(`eval: --split must be dev, heldout or all (got "${values.split}")`);
  process.exit(2);
}

const lib = loadProse(repoRoot);
const floorsFile = path.join(repoRoot, 'eval', 'floors.json');
const floors = existsSync(floorsFile) ? JSON.parse(readFileSync(floorsFile, 'utf8')) : {};
const percent = (value) => (value === undefined ? 'n/a' : `${(value * 100).toFixed(1)}%`);
const failures = [];

for (const split of SPLITS) {
  const dir = path.join(values.corpus, split);
  const { items, narratives, problems, counts } = readCorpus([dir]);
  if (problems.length) {
    console.error(`eval: the ${split} split has labelling problems (node eval/validate-corpus.mjs):`);
    console.error(problems.slice(0, 20).join('\n'));
    process.exit(2);
  }
  console.log(`\n${split} split`);
  if (!items.length && !narratives.length) {
    console.log(`no ${split === 'heldout' ? 'held-out' : 'development'} items`);
    continue;
  }
  const { tallies, levels } = scoreSplit(items, narratives, lib);
  const rows = [];
  const order = [...tallies.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const splitFloors = floors[split] ?? {};
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
  if (values.show && split === 'dev') {
    for (const name of order) {
      const misses = tallies.get(name).misses;
      if (!misses.length) continue;
      console.log(`\n${name}:`);
      for (const miss of misses) console.log(`  ${miss}`);
    }
  }
}

if (values.check) {
  if (failures.length) {
    console.error(`\neval --check: below the floors in eval/floors.json:\n${failures.join('\n')}`);
    process.exit(1);
  }
  console.log('\neval --check: every detector is at or above its floor');
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
