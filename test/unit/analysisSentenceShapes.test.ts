/**
 * A sentence's analysis is shared across proses (prose/analysis.ts sentenceShape): the same content text under the same
 * key (the member's name words it holds, the other attendees' names where it names one, which dated triggers hold under
 * the session's date, the paragraph's pronouns that are not the member's, the tokens inside quotes) reads the same
 * wherever it stands. On paragraphs of both corpus splits, each read alone and inside other paragraphs (so its
 * sentences stand at other offsets, beside other sentences, under other names and dates) and quoted, every analysis
 * made with shared shapes reads every mention, token and ConText attribute, and the risk readings, exactly as one
 * made sentence by sentence anew. Leaving any part out of the key makes these tests fail.
 */
import * as assert from 'assert';
import {
  analyseClinical,
  shareSentenceShapes,
  type AnalysisOptions,
  type ClinicalAnalysis,
} from '../../server/src/prose/analysis';
import { riskMentions } from '../../server/src/prose/risk';
import { unansweredDisclosures } from '../../server/src/prose/riskResponses';
import { analyzeProse } from '../../server/src/prose/segment';
import { corpusParagraphs } from '../support/corpusParagraphs';

/** Options that vary with the paragraph: the member's names, the other attendees' (some of its own words), the date. */
function optionsFor(text: string, position: number): AnalysisOptions {
  const capitalised = [...new Set(text.match(/\b\p{Lu}\p{Ll}+\b/gu) ?? [])];
  const selfNames = position % 5 === 0 ? [] : position % 5 === 1 && capitalised.length ? [capitalised[0]] : ['Marco'];
  const otherNames =
    position % 3 === 0
      ? []
      : [...capitalised.filter((_, at) => (at + position) % 3 === 0).slice(0, 4), 'Will', 'Hope', 'Keisha'];
  const sessionDate = [undefined, '2026-11-20', '1950-06-01', '2025-03-02'][position % 4];
  return { selfNames, otherNames, ...(sessionDate ? { sessionDate } : {}) };
}

/** Everything a detector reads of an analysis: tokens, mentions with their ConText attributes, each family's list. */
function reading(analysis: ClinicalAnalysis, options: AnalysisOptions): string {
  const families = [...new Set(analysis.sentences.flatMap(({ mentions }) => mentions.map((m) => m.family)))].sort();
  return JSON.stringify({
    sentences: analysis.sentences.map(({ sentence, tokens, mentions }) => ({
      at: [sentence.start, sentence.end],
      tokens: tokens.map((token) => `${token.start}-${token.end}:${token.raw}:${token.norm}:${token.kind}`),
      mentions: mentions.map((mention) => ({
        family: mention.family,
        entry: mention.entry.index,
        at: [mention.startToken, mention.endToken, mention.start, mention.end, mention.sentence],
        attributes: mention.attributes,
      })),
    })),
    families: families.map((family) => [
      family,
      analysis.mentions(family).map((m) => [m.entry.index, m.start, m.end, m.sentence, m.attributes]),
    ]),
    pronouns: [...analysis.notMemberPronouns].sort(),
    risk: riskMentions(analysis.prose, options),
    unanswered: unansweredDisclosures(analysis.prose, options).map((mention) => [mention.category, mention.start]),
  });
}

/**
 * The paragraph alone, after the one before it, before the one after it (other offsets, other neighbours), and quoted
 * (its tokens inside quotes).
 */
function proses(texts: readonly string[], position: number): string[] {
  const text = texts[position];
  const before = texts[(position + texts.length - 1) % texts.length];
  const after = texts[(position + 1) % texts.length];
  return [text, `${before}\n\n${text}`, `${text} ${after}`, `Pt said, "${text}"`];
}

describe('analysis: a sentence reads the same wherever it stands (shared sentence shapes)', function () {
  this.timeout(300_000);
  const texts = corpusParagraphs(5, 2);

  afterEach(() => shareSentenceShapes(true));

  it('reads paragraphs of both corpus splits', () => {
    assert.ok(texts.length >= 1000, `only ${texts.length} paragraphs`);
  });

  it('every analysis made with shared shapes reads as one made anew, under varied names and dates', () => {
    // Anew: no shape is shared, each sentence is analysed where it stands.
    shareSentenceShapes(false);
    const fresh: string[][] = texts.map((_, position) =>
      proses(texts, position).map((source, variant) => {
        const options = optionsFor(texts[position], position + variant);
        return reading(analyseClinical(analyzeProse(source), options), options);
      }),
    );
    shareSentenceShapes(true);
    // Shared: the same proses in another order (the neighbours first), and each paragraph twice more under the options
    // of other positions, so shapes made in one prose serve others.
    let shared = 0;
    const contexts = new Set<unknown>();
    for (let position = texts.length - 1; position >= 0; position--) {
      const made = proses(texts, position);
      for (const variant of [3, 2, 1, 0]) {
        const options = optionsFor(texts[position], position + variant);
        const analysis = analyseClinical(analyzeProse(made[variant]), options);
        for (const sentence of analysis.sentences) {
          if (contexts.has(sentence.context)) shared++;
          contexts.add(sentence.context);
        }
        assert.strictEqual(reading(analysis, options), fresh[position][variant], made[variant]);
      }
    }
    assert.ok(shared > 2000, `only ${shared} sentences read through a shared shape`);
  });

  it('the options of one prose never reach another through a shared shape', () => {
    // Each paragraph under several options in turn, the shapes shared: every one reads as made anew.
    texts.slice(0, 600).forEach((text, position) => {
      for (const shift of [0, 1, 2, 3, 4, 5]) {
        const options = optionsFor(text, position + shift);
        shareSentenceShapes(true);
        const served = reading(analyseClinical(analyzeProse(text), options), options);
        shareSentenceShapes(false);
        const fresh = reading(analyseClinical(analyzeProse(text), options), options);
        assert.strictEqual(served, fresh, text);
      }
    });
  });
});
