// `npm run eval:learned`: would a learned sentence classifier find the risk disclosures the lexicons miss?
//
// The measurement behind the README's answer (accuracy section). It trains a logistic-regression classifier per risk
// category on the dev split's sentences (a sentence is positive when a labelled current disclosure of the category
// overlaps it), with word unigrams and bigrams, a crude stem, and the words after a negation marked, and scores it
// the way the held-out split scores the lexicons: on writers it never saw. The dev split's writers are dealt into
// five folds; each fold is scored by a model trained on the other four. It prints mention-level recall and
// precision per category for the lexicons alone, the lexicons plus the classifier's sentences (where the lexicons
// read no mention of that category, whatever its status) at several thresholds, and the classifier alone.
//
// Only the dev split is read. Nothing here ships: the classifier is trained and thrown away on each run
// (deterministic: fixed visiting order, no random numbers). Uses the compiled modules in out/ (npm run build).
import * as path from 'path';
import { fileURLToPath } from 'url';
import { CATEGORIES, cueOffset, readCorpus } from '../../eval/corpus.mjs';
import { formatTable } from '../bench/table.mjs';
import { DEFAULT_SESSION_DATE, loadProse } from './score.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const FOLDS = 5;
const THRESHOLDS = [0.9, 0.8, 0.7];
const EPOCHS = 12;
const LEARNING_RATE = 0.2;
const L2 = 5e-4;
/** Features seen fewer times than this in the training folds are dropped (a name, a one-off typo). */
const MIN_COUNT = 2;
const NEGATIONS = new Set([
  'no',
  'not',
  'denies',
  'denied',
  'deny',
  'never',
  'without',
  'nor',
  'negative',
  "didn't",
  "doesn't",
  "don't",
  "isn't",
  "wasn't",
  "won't",
  "hasn't",
  "haven't",
  "can't",
]);
/** How many words after a negation word are marked as negated. */
const NEGATION_REACH = 4;

const { prose: p } = loadProse(repoRoot);

function stem(word) {
  const plain = word.replace(/['’]s$/, '').replace(/['’]/g, '');
  if (/^\d/.test(plain)) return '<number>';
  for (const suffix of ['ing', 'edly', 'ed', 'ies', 'es', 's', 'ly'])
    if (plain.length - suffix.length >= 3 && plain.endsWith(suffix)) return plain.slice(0, -suffix.length);
  return plain;
}

/** The sentence's features: stems, stem bigrams, stems in a negation's reach, a quote. */
function features(sentence, selfName) {
  const words = sentence.tokens.map((token) => token.lower);
  const stems = words.map((word) => (word === selfName ? '<member>' : stem(word)));
  const found = new Set();
  let negated = 0;
  stems.forEach((word, i) => {
    found.add(`w:${word}`);
    if (i + 1 < stems.length) found.add(`b:${word} ${stems[i + 1]}`);
    if (NEGATIONS.has(words[i])) negated = NEGATION_REACH;
    else if (negated > 0) {
      found.add(`n:${word}`);
      negated--;
    }
  });
  if (/["“]/.test(sentence.text)) found.add('quote');
  return [...found];
}

/** One row per dev paragraph: its sentences' features, the labels and the lexicons' readings per category. */
function readParagraphs() {
  const corpus = readCorpus([path.join(repoRoot, 'eval', 'corpus', 'dev')]);
  return corpus.items.map((item) => {
    const prose = p.analyzeProse(item.text);
    const selfName = item.member.name.trim().split(/\s+/)[0];
    const options = { selfNames: [selfName], sessionDate: DEFAULT_SESSION_DATE };
    const lexicons = p.riskMentions(prose, options);
    const gold = item.labels.risk
      .filter((mention) => mention.status === 'current')
      .map((mention) => {
        const start = cueOffset(item.text, mention.cue, mention.occurrence ?? 1);
        return { category: mention.category, start, end: start + mention.cue.length };
      });
    const sentences = prose.sentences.map((sentence) => {
      const inside = (span) => span.start < sentence.end && sentence.start < span.end;
      const positive = {};
      const readByLexicons = {};
      for (const category of CATEGORIES) {
        positive[category] = gold.some((g) => g.category === category && inside(g));
        readByLexicons[category] = lexicons.some((m) => m.category === category && inside(m));
      }
      const found = features(sentence, selfName.toLowerCase());
      return { start: sentence.start, end: sentence.end, features: found, positive, readByLexicons };
    });
    return { author: item.author, gold, lexicons, sentences };
  });
}

/** L2-regularised logistic regression per category, AdaGrad, positives weighted up by the square root of the odds. */
function train(paragraphs) {
  const sentences = paragraphs.flatMap((paragraph) => paragraph.sentences);
  const counts = new Map();
  for (const sentence of sentences) for (const f of sentence.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = new Map();
  for (const [f, n] of [...counts].sort()) if (n >= MIN_COUNT) vocabulary.set(f, vocabulary.size);
  const rows = sentences.map((sentence) =>
    sentence.features.filter((f) => vocabulary.has(f)).map((f) => vocabulary.get(f)),
  );
  const model = { vocabulary, weights: {}, bias: {} };
  for (const category of CATEGORIES) {
    const weights = new Float64Array(vocabulary.size);
    const squares = new Float64Array(vocabulary.size).fill(1e-8);
    let bias = 0;
    let biasSquares = 1e-8;
    const positives = sentences.filter((s) => s.positive[category]).length;
    const positiveWeight = Math.sqrt(Math.min(10, (sentences.length - positives) / Math.max(1, positives)));
    for (let epoch = 0; epoch < EPOCHS; epoch++)
      for (let k = 0; k < sentences.length; k++) {
        // A fixed stride through the rows instead of a random shuffle: the same corpus gives the same table.
        const i = (k * 7919 + epoch * 104729) % sentences.length;
        const label = sentences[i].positive[category] ? 1 : 0;
        let z = bias;
        for (const j of rows[i]) z += weights[j];
        const gradient = (1 / (1 + Math.exp(-z)) - label) * (label ? positiveWeight : 1);
        for (const j of rows[i]) {
          const g = gradient + L2 * weights[j];
          squares[j] += g * g;
          weights[j] -= (LEARNING_RATE * g) / Math.sqrt(squares[j]);
        }
        biasSquares += gradient * gradient;
        bias -= (LEARNING_RATE * gradient) / Math.sqrt(biasSquares);
      }
    model.weights[category] = weights;
    model.bias[category] = bias;
  }
  return model;
}

function probability(model, sentence, category) {
  let z = model.bias[category];
  for (const f of sentence.features) {
    const j = model.vocabulary.get(f);
    if (j !== undefined) z += model.weights[category][j];
  }
  return 1 / (1 + Math.exp(-z));
}

/** Mention-level tallies per category: lexicons' current mentions plus the classifier's sentences (`mode`). */
function score(paragraphs, mode, threshold) {
  const overlaps = (a, b) => a.start < b.end && b.start < a.end;
  const tallies = Object.fromEntries(CATEGORIES.map((category) => [category, { tp: 0, fp: 0, fn: 0 }]));
  for (const paragraph of paragraphs) {
    const found = [];
    if (mode !== 'classifier') for (const m of paragraph.lexicons) if (m.status === 'current') found.push(m);
    if (mode !== 'lexicons')
      for (const sentence of paragraph.sentences)
        for (const category of CATEGORIES)
          if ((mode === 'classifier' || !sentence.readByLexicons[category]) && sentence.p[category] >= threshold)
            found.push({ category, start: sentence.start, end: sentence.end });
    for (const category of CATEGORIES) {
      const tally = tallies[category];
      const gold = paragraph.gold.filter((g) => g.category === category);
      const ours = found.filter((m) => m.category === category);
      for (const g of gold) tally[ours.some((m) => overlaps(m, g)) ? 'tp' : 'fn']++;
      for (const m of ours) if (!gold.some((g) => overlaps(m, g))) tally.fp++;
    }
  }
  return tallies;
}

const percent = (part, whole) => (whole ? `${((100 * part) / whole).toFixed(1)}%` : 'n/a');
const paragraphs = readParagraphs();
const authors = [...new Set(paragraphs.map((paragraph) => paragraph.author))].sort();
const foldOf = (paragraph) => authors.indexOf(paragraph.author) % FOLDS;
for (let fold = 0; fold < FOLDS; fold++) {
  const model = train(paragraphs.filter((paragraph) => foldOf(paragraph) !== fold));
  for (const paragraph of paragraphs.filter((candidate) => foldOf(candidate) === fold))
    for (const sentence of paragraph.sentences)
      sentence.p = Object.fromEntries(CATEGORIES.map((category) => [category, probability(model, sentence, category)]));
}

const runs = [
  ['lexicons alone', score(paragraphs, 'lexicons', 1)],
  ...THRESHOLDS.map((t) => [`lexicons + classifier ≥ ${t}`, score(paragraphs, 'both', t)]),
  [`classifier alone ≥ ${THRESHOLDS[0]}`, score(paragraphs, 'classifier', THRESHOLDS[0])],
];
console.log(
  `dev split: ${paragraphs.length} paragraphs, ${authors.length} writers in ${FOLDS} folds; mention level, ` +
    'each fold scored by a classifier trained on the other folds\n',
);
console.log(
  formatTable(
    ['reading', ...CATEGORIES.map((category) => `${category} R / P`)],
    runs.map(([name, tallies]) => [
      name,
      ...CATEGORIES.map((category) => {
        const { tp, fp, fn } = tallies[category];
        return `${percent(tp, tp + fn)} / ${percent(tp, tp + fp)}`;
      }),
    ]),
  ),
);
