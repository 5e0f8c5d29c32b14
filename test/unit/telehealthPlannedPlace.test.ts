/**
 * A planned place is read by ConText (context.yaml: intent and future-time triggers for the telehealth family, read
 * as hypothetical by telehealth.ts), not by regexes over the clause: paraphrases and near-misses.
 */
import * as assert from 'assert';
import { analyzeProse, statesPatientLocation } from '../../server/src/prose';

const located = (text: string) => statesPatientLocation(analyzeProse(text));

describe('telehealth: a place the member plans to join from is not this session location', () => {
  for (const text of [
    'Intends to log in from the staff lounge from now on.',
    'Expects to join from the library branch tomorrow.',
    'She may join from work next week.',
    'Going forward he wants to call in from his truck.',
  ])
    it(text, () => assert.strictEqual(located(text), false));
  // near-misses: this session's place next to a plan for another session, and "May" the month
  for (const text of [
    'Joined from the staff lounge; will try the library next week.',
    'Joined from her car in the garage, and will try the staff lounge tomorrow.',
    'Since May she joins from her car at the depot.',
    'Said she may be late next week; joined from her kitchen today.',
  ])
    it(text, () => assert.strictEqual(located(text), true));
});
