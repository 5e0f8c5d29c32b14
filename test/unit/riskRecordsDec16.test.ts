/**
 * One record per risk mention (record6, 2026-12-07): risk.ts used to keep parallel lists beside its mentions
 * (their sentences, their lexicon fields), indexed in step; the uses derived from an overdose or a kept medicine were
 * pushed to four of the five lists and not to the care list, which was then shorter than the mentions. Every mention,
 * derived ones too, now has a record of its own (riskRecord.ts): these tests hold that each record belongs to its
 * mention (same object as riskMentions gives, its own sentence, its own entry's fields) and that each derived mention
 * says what it was read from and takes none of the later readings.
 */
import * as assert from 'assert';
import {
  analyseClinical,
  analyzeProse,
  riskMentions,
  riskRecords,
  type AnalysisOptions,
  type RiskRecord,
  type StatusReason,
} from '../../server/src/prose';

const OPTIONS: AnalysisOptions = { sessionDate: '2026-11-20' };

const REASONS: ReadonlySet<StatusReason> = new Set<StatusReason>([
  'context',
  'recipient',
  'pronoun',
  'clause',
  'asserted',
  'denied-before',
  'taken-back',
  'earnest',
  'coordinated',
  'companion',
  'dated',
  'antecedent',
  'answer',
  'derived',
]);

/** Paragraphs that exercise every way a mention is added, dropped, replaced or derived. */
const PARAGRAPHS = {
  also: 'Pt disclosed she took all her pills to end it on Saturday; ER overnight.',
  useInOverdose:
    "Dad found him unresponsive on Sunday after he took a handful of his mom's oxycodone; EMS gave naloxone.",
  stockpile: 'Reports he has been saving his Klonopin in a tin in case things get bad again.',
  references: 'Cut her arm on Tuesday. Her sister has started doing it too. She did it again last night.',
  askedRung: 'Endorses passive SI, wish to be dead. Asked about plan: "No."',
  meansOfThreat: 'He said he wants to hurt the man who killed his son. He bought a handgun last week.',
  care: 'Her husband swallowed some of his donepezil; poison control, ER overnight.',
  anaphoric: 'Relapsed on alcohol Saturday. Urges 7/10 today.',
  companionKept: 'He said "I will kill him" about his neighbor and she has her cousin\'s gun now.',
  companionDropped: "Said she has her cousin's gun now. Group practised paced breathing. Urges to use 0/10.",
  mixed:
    'Took all her pills to end it on Saturday and woke up in the ER. Saving her Klonopin in case. ' +
    'Asked about intent: "No." Relapsed on beer Sunday; urges 6/10. Her brother did it too.',
};

function readingOf(text: string): { records: readonly RiskRecord[]; text: string } {
  return { records: riskRecords(analyzeProse(text), OPTIONS), text };
}

function find(records: readonly RiskRecord[], words: string): RiskRecord {
  const record = records.find((candidate) => candidate.mention.text === words);
  assert.ok(record, `no mention "${words}" in ${records.map((r) => JSON.stringify(r.mention.text)).join(', ')}`);
  return record;
}

describe('record6: one record per risk mention', () => {
  for (const [name, text] of Object.entries(PARAGRAPHS)) {
    describe(`${name}: ${text}`, () => {
      it('has one record per mention, holding the very mention riskMentions gives, in its order', () => {
        const prose = analyzeProse(text);
        const mentions = riskMentions(prose, OPTIONS);
        const records = riskRecords(prose, OPTIONS);
        assert.strictEqual(records.length, mentions.length);
        records.forEach((record, index) => assert.strictEqual(record.mention, mentions[index], `mention ${index}`));
      });

      it('gives every mention, derived ones too, its own sentence, care, anaphora, companion, means', () => {
        const prose = analyzeProse(text);
        const analysis = analyseClinical(prose, OPTIONS);
        for (const record of riskRecords(prose, OPTIONS)) {
          const { mention } = record;
          const sentence = analysis.sentences[record.sentence]?.sentence;
          assert.ok(sentence, `"${mention.text}": sentence ${record.sentence} of ${analysis.sentences.length}`);
          assert.ok(
            sentence.start <= mention.start && mention.start < sentence.end,
            `"${mention.text}" is not in its record's sentence "${sentence.text}"`,
          );
          assert.ok(REASONS.has(record.why), `"${mention.text}": why ${record.why}`);
          for (const field of ['anaphoric', 'needsCompanion', 'meansOfHarm', 'careOfEvent'] as const)
            assert.strictEqual(typeof record[field], 'boolean', `"${mention.text}": ${field} is ${record[field]}`);
        }
      });

      it("reads a found mention's fields from its own lexicon entry, and a derived one from none", () => {
        const prose = analyzeProse(text);
        const found = analyseClinical(prose, OPTIONS).mentions('risk');
        const records = riskRecords(prose, OPTIONS);
        for (const record of records) {
          const { mention } = record;
          if (record.derivedFrom) {
            assert.ok(records.includes(record.derivedFrom), `"${mention.text}" is derived from a record not kept`);
            assert.strictEqual(record.anaphoric, false, `"${mention.text}" anaphoric`);
            assert.strictEqual(record.meansOfHarm, false, `"${mention.text}" meansOfHarm`);
            assert.strictEqual(record.careOfEvent, false, `"${mention.text}" careOfEvent`);
            continue;
          }
          const own = found.find((m) => m.start === mention.start && m.entry.pattern.source === mention.entry);
          assert.ok(own, `"${mention.text}" has no lexicon mention of its own`);
          const { fields } = own.entry;
          assert.strictEqual(record.sentence, own.sentence, `"${mention.text}" sentence`);
          assert.strictEqual(record.anaphoric, fields.anaphoric === true, `"${mention.text}" anaphoric`);
          assert.strictEqual(record.needsCompanion, fields.needsCompanion === true, `"${mention.text}" companion`);
          assert.strictEqual(record.meansOfHarm, fields.meansOfHarm === true, `"${mention.text}" meansOfHarm`);
          assert.strictEqual(record.careOfEvent, fields.careOfEvent === true, `"${mention.text}" careOfEvent`);
        }
      });
    });
  }

  it('an ingestion told with its aim is two records: the attempt, and the overdose derived from it', () => {
    const { records } = readingOf(PARAGRAPHS.also);
    const [attempt, overdose] = records;
    assert.deepStrictEqual(
      records.map((record) => [record.mention.category, record.mention.level]),
      [
        ['suicide', 'attempt'],
        ['overdose', undefined],
      ],
    );
    assert.strictEqual(attempt.derivedFrom, undefined);
    assert.strictEqual(overdose.derivedFrom, attempt);
    assert.strictEqual(overdose.sentence, attempt.sentence);
  });

  it('the drug of an overdose and a kept medicine are uses derived from their event, with no care of their own', () => {
    const overdose = readingOf(PARAGRAPHS.useInOverdose).records;
    const use = overdose.find((record) => record.mention.category === 'substance');
    assert.ok(use?.derivedFrom, 'the oxycodone is a use derived from the overdose');
    assert.strictEqual(use.derivedFrom.mention.category, 'overdose');
    assert.strictEqual(use.careOfEvent, false);
    const kept = readingOf(PARAGRAPHS.stockpile).records;
    const medicine = find(kept, 'Klonopin');
    assert.strictEqual(medicine.mention.category, 'substance');
    assert.strictEqual(medicine.derivedFrom?.mention.level, 'preparatory');
    assert.strictEqual(medicine.careOfEvent, false);
  });

  it('a reference and an asked rung are derived from the risk they refer to, in their own sentence', () => {
    const { records } = readingOf(PARAGRAPHS.references);
    const again = find(records, 'did it again');
    assert.strictEqual(again.derivedFrom, find(records, 'Cut her arm'));
    assert.strictEqual(again.sentence, 2);
    assert.strictEqual(find(records, 'doing it too').sentence, 1);
    const rung = find(readingOf(PARAGRAPHS.askedRung).records, 'plan');
    assert.strictEqual(rung.mention.status, 'negated');
    assert.strictEqual(rung.derivedFrom?.mention.text, 'wish to be dead');
    assert.strictEqual(rung.sentence, 1);
  });

  it('care told after an event, a bare rating and a firearm keep their fields on their own record', () => {
    assert.strictEqual(find(readingOf(PARAGRAPHS.care).records, 'poison control').careOfEvent, true);
    const rating = find(readingOf(PARAGRAPHS.anaphoric).records, 'Urges 7/10');
    assert.strictEqual(rating.anaphoric, true);
    assert.strictEqual(rating.mention.category, 'substance');
    const { records } = readingOf(PARAGRAPHS.meansOfThreat);
    const gun = find(records, 'bought a handgun');
    assert.strictEqual(gun.meansOfHarm, true);
    assert.strictEqual(gun.mention.category, 'violence', 'the firearm is the means of the threat');
    assert.strictEqual(find(records, 'wants to hurt the man').meansOfHarm, false);
  });

  it('a means with no threat beside it is dropped with its record; beside a threat it is kept with its own', () => {
    const prose = analyzeProse(PARAGRAPHS.companionDropped);
    const lexicon = analyseClinical(prose, OPTIONS).mentions('risk');
    assert.ok(
      lexicon.some((mention) => mention.entry.fields.needsCompanion === true),
      'the lexicon finds the gun, as a means that needs a companion',
    );
    const dropped = riskRecords(prose, OPTIONS);
    assert.ok(!dropped.some((record) => record.mention.text.includes('gun')), 'no gun without a threat');
    assert.ok(dropped.every((record) => !record.needsCompanion));
    const kept = readingOf(PARAGRAPHS.companionKept).records;
    const gun = find(kept, "has her cousin's gun");
    assert.strictEqual(gun.needsCompanion, true);
    assert.strictEqual(find(kept, 'I will kill him').needsCompanion, false);
  });

  it('says what gave each mention its status: its words, or the reading that changed it', () => {
    const laughed = readingOf(
      'He said he wants to hurt the man who killed his son; then laughed and said he just wants to shake some sense ' +
        'into him.',
    ).records;
    assert.deepStrictEqual(
      laughed.map((record) => [record.mention.text, record.mention.status, record.why]),
      [
        ['wants to hurt the man', 'figurative', 'taken-back'],
        ['killed his son', 'other', 'context'],
      ],
    );
    const use = readingOf(PARAGRAPHS.useInOverdose).records.find((record) => record.mention.category === 'substance');
    assert.strictEqual(use?.why, 'derived');
    const [attempt, overdose] = readingOf(PARAGRAPHS.also).records;
    assert.strictEqual(overdose.why, attempt.why, "the phrase's second category is read as the phrase is");
  });
});
