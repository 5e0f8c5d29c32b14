/**
 * The analysis made without the other attendees' names (the note index reads progress so) serves a section that names
 * none of them (prose/analysis.ts recalledWithoutOthers): the other attendees' names reach an analysis only through
 * namedPeople, and namesAnAttendee says exactly when they change its answer. On the paragraphs of the development
 * corpus, with attendee names taken from their own capitalised words and from names that are also words, the fast path
 * answers as namedPeople does with and without the names, and an analysis reached through it reads every mention as a
 * fresh analysis with the names does.
 */
import * as assert from 'assert';
import { readFileSync, readdirSync } from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { analyseClinical, type AnalysisOptions, type ClinicalAnalysis } from '../../server/src/prose/analysis';
import { namedPeople, namesAnAttendee } from '../../server/src/prose/namedPeople';
import { riskMentions } from '../../server/src/prose/risk';
import { unansweredDisclosures } from '../../server/src/prose/riskResponses';
import { analyzeProse } from '../../server/src/prose/segment';

const corpus = path.join(__dirname, '..', '..', '..', 'eval', 'corpus', 'dev');
const SESSION = '2026-11-20';

function paragraphs(limit: number): string[] {
  const found: string[] = [];
  for (const file of readdirSync(corpus)
    .filter((name) => name.endsWith('.yaml'))
    .sort()) {
    const items = (parse(readFileSync(path.join(corpus, file), 'utf8')) as { items?: { text: string }[] })?.items;
    for (const item of items ?? []) if (typeof item.text === 'string') found.push(item.text);
    if (found.length >= limit) break;
  }
  return found.slice(0, limit);
}

/** Attendee name words for a paragraph: some of its own capitalised words, and names that are also words. */
function othersFor(text: string, position: number): string[] {
  const capitalised = [...new Set(text.match(/\b\p{Lu}\p{Ll}+\b/gu) ?? [])];
  const picked = capitalised.filter((_, at) => (at + position) % 3 === 0).slice(0, 4);
  return [...picked, ...(position % 2 ? ['Will', 'Hope'] : ['Keisha', 'Dante'])];
}

/** Everything a detector reads of an analysis: tokens, mentions and each mention's ConText attributes. */
function reading(analysis: ClinicalAnalysis): string {
  return JSON.stringify(
    analysis.sentences.map(({ tokens, mentions }) => ({
      tokens: tokens.map((token) => `${token.start}-${token.end}:${token.norm}`),
      mentions: mentions.map((mention) => ({
        family: mention.family,
        entry: mention.entry.index,
        at: [mention.startToken, mention.endToken, mention.start, mention.end, mention.sentence],
        attributes: mention.attributes,
      })),
    })),
  );
}

describe('analysis: the reading without the other attendees serves a section that names none', () => {
  const texts = paragraphs(1000);

  it('reads some paragraphs of the development corpus', () => {
    assert.ok(texts.length >= 200, `only ${texts.length} paragraphs`);
  });

  it('namesAnAttendee is true exactly when namedPeople answers differently with the names', () => {
    let differing = 0;
    let same = 0;
    texts.forEach((text, position) => {
      const self = position % 5 ? ['Marco'] : [];
      const others = othersFor(text, position);
      const analysis = analyseClinical(analyzeProse(text), { selfNames: self });
      for (const { tokens } of analysis.sentences) {
        const withNames = namedPeople(tokens, self, others);
        const without = namedPeople(tokens, self);
        const differs =
          withNames.length !== without.length ||
          withNames.some(
            (match, at) =>
              match.entry !== without[at].entry ||
              match.startToken !== without[at].startToken ||
              match.endToken !== without[at].endToken ||
              match.start !== without[at].start ||
              match.end !== without[at].end,
          );
        assert.strictEqual(namesAnAttendee([tokens], self, others), differs, text);
        if (differs) differing++;
        else same++;
      }
    });
    // Both answers are exercised.
    assert.ok(differing > 20 && same > 200, `${differing} differing, ${same} the same`);
  });

  it('an analysis reached without the names reads as one made with them', () => {
    let reused = 0;
    texts.forEach((text, position) => {
      const self = position % 5 ? ['Marco'] : [];
      const others = othersFor(text, position);
      const withOthers: AnalysisOptions = { selfNames: self, otherNames: others, sessionDate: SESSION };
      // As the batch asks: the index first (no other names, no date), then the rules.
      const prose = analyzeProse(text);
      analyseClinical(prose, { selfNames: self });
      const served = analyseClinical(prose, withOthers);
      if (served === analyseClinical(prose, { selfNames: self })) reused++;
      const fresh = analyseClinical(analyzeProse(text), withOthers);
      assert.strictEqual(reading(served), reading(fresh), text);
      const risks = (analysis: ClinicalAnalysis) =>
        JSON.stringify([
          riskMentions(analysis.prose, withOthers),
          unansweredDisclosures(analysis.prose, withOthers).map((mention) => [mention.category, mention.start]),
        ]);
      assert.strictEqual(risks(served), risks(fresh), text);
    });
    assert.ok(reused > 100, `only ${reused} analyses reused`);
  });

  it('an analysis with the names takes over the sentences that name none of them, whatever the index dated', () => {
    let partial = 0;
    const byFamily = (analysis: ClinicalAnalysis) => {
      const all = analysis.sentences.flatMap(({ mentions }) => mentions.map((mention) => mention.family));
      const families = [...new Set(all)].sort();
      return JSON.stringify(
        families.map((family) => [
          family,
          analysis.mentions(family).map((m) => [m.entry.index, m.start, m.end, m.sentence, m.attributes]),
        ]),
      );
    };
    texts.forEach((text, position) => {
      const self = position % 5 ? ['Marco'] : [];
      const others = othersFor(text, position);
      const withOthers: AnalysisOptions = { selfNames: self, otherNames: others, sessionDate: SESSION };
      const fresh = analyseClinical(analyzeProse(text), withOthers);
      // The plain analysis made without a date (the index), with the rules' date, and with a date before every year.
      for (const sessionDate of [undefined, SESSION, '1950-06-01']) {
        const prose = analyzeProse(text);
        const plain = analyseClinical(prose, sessionDate ? { selfNames: self, sessionDate } : { selfNames: self });
        const served = analyseClinical(prose, withOthers);
        if (served !== plain && served.sentences.some((sentence, at) => sentence === plain.sentences[at])) partial++;
        assert.strictEqual(reading(served), reading(fresh), text);
        assert.strictEqual(byFamily(served), byFamily(fresh), text);
        assert.strictEqual(served.notMemberPronouns.size, fresh.notMemberPronouns.size, text);
      }
    });
    assert.ok(partial > 20, `only ${partial} analyses took over some sentences`);
  });

  it('an analysis under a date that makes a year the past takes over the undated sentences of one made before', () => {
    let partial = 0;
    texts.forEach((text, position) => {
      const self = position % 5 ? ['Marco'] : [];
      for (const otherNames of [[], othersFor(text, position)]) {
        const dated: AnalysisOptions = { selfNames: self, otherNames, sessionDate: SESSION };
        const prose = analyzeProse(text);
        // The index's analysis (no date: no year is the past), then the rules' (the session's date).
        const undated = analyseClinical(prose, { selfNames: self, otherNames });
        const served = analyseClinical(prose, dated);
        if (served !== undated && served.sentences.some((sentence, at) => sentence === undated.sentences[at]))
          partial++;
        const fresh = analyseClinical(analyzeProse(text), dated);
        assert.strictEqual(reading(served), reading(fresh), text);
      }
    });
    assert.ok(partial > 20, `only ${partial} dated analyses took over sentences of an undated one`);
  });
});
