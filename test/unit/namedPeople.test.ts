/**
 * Other people named by their own names (namedPeople.ts): after a title, or as the subject of a verb in mid-sentence,
 * a capitalised word is another experiencer. The member's own name words, days, months, medicines and things with a
 * determiner are not.
 */
import * as assert from 'assert';
import { analyzeProse, memberNameWords, riskMentions, type RiskStatus } from '../../server/src/prose';

const SESSION = '2026-11-20';

function statusOf(text: string, cue: string, names: readonly string[]): RiskStatus | 'none' {
  const start = text.indexOf(cue);
  assert.ok(start >= 0, `cue "${cue}" is not in "${text}"`);
  const found = riskMentions(analyzeProse(text), { selfNames: names, sessionDate: SESSION }).find(
    (mention) => mention.start < start + cue.length && start < mention.end,
  );
  return found?.status ?? 'none';
}

const rows: [text: string, cue: string, names: string[], expected: RiskStatus | 'none'][] = [
  // A named person as the subject is someone else.
  ['She said Hank has been drinking again on weekends.', 'drinking', ['Marie'], 'other'],
  ['Said Jerry threatened to shoot him over the fence.', 'threatened to shoot', ['Curtis'], 'other'],
  ['Told the group Deshawn relapsed on Friday and she is scared for him.', 'relapsed', ['Tanya'], 'other'],
  [
    'Said that Mrs. Albright from the second floor "took her own life" last month.',
    'took her own life',
    ['June'],
    'other',
  ],
  ['Said Mr. Okoye overdosed in the lobby Sunday.', 'overdosed', ['Ruth'], 'other'],
  // near-misses: the member's own names, days and months, medicines, things with a determiner, a doctor
  ['Said Juan Carlos has been drinking again since the layoff.', 'drinking', ['Juan', 'Carlos'], 'current'],
  // a hyphenated first name is the member's own, and so are the words she is quoted saying
  [
    'Mei-Ling said that since midterms "it would honestly be easier if I just stopped existing."',
    'stopped existing',
    [...memberNameWords('Mei-Ling Chen')],
    'current',
  ],
  [
    'Jean-Luc said he has been drinking again since the layoff.',
    'drinking',
    [...memberNameWords('Jean-Luc Roy')],
    'current',
  ],
  ['Jean-Luc said Anne-Marie has been drinking again.', 'drinking', [...memberNameWords('Jean-Luc Roy')], 'other'],
  ['UDS collected Mon came back + for cocaine.', '+ for cocaine', ['Andre'], 'current'],
  ["Pt's Tracfone has no camera; she drank Saturday.", 'drank', ['Lena'], 'current'],
  ['Dr. Nakashima notified of her drinking Thursday.', 'drinking', ['Lena'], 'current'],
  ['Urges to cut 4/5 Tues, acted: no. Skills used 6 of 7 days, drank Friday.', 'drank', ['Lena'], 'current'],
  // naloxone and MAT medicines, from NOT_A_NAME or the shared word lists: each would be a name before its verb
  ['Said Narcan was needed again, overdosed Friday.', 'overdosed', ['Lena'], 'current'],
  ['Said Naloxone was needed again, overdosed Friday.', 'overdosed', ['Lena'], 'current'],
  ['Said Suboxone was increased and drank Friday.', 'drank', ['Lena'], 'current'],
  ['Said Sublocade was started, drank Friday.', 'drank', ['Lena'], 'current'],
  ['Said Vivitrol was started, drank Friday.', 'drank', ['Lena'], 'current'],
  ['Said Methadone has helped, drank Friday.', 'drank', ['Lena'], 'current'],
];

describe('another person named by name is another experiencer; the member and things are not', () => {
  for (const [text, cue, names, expected] of rows)
    it(`${expected}: ${text}`, () => assert.strictEqual(statusOf(text, cue, names), expected));
});

describe("memberNameWords: every word of the member's name that prose may use for them", () => {
  it('keeps the name words, not initials', () => {
    assert.deepStrictEqual(memberNameWords('Juan Carlos Reyes'), ['Juan', 'Carlos', 'Reyes']);
    assert.deepStrictEqual(memberNameWords('Tom R.'), ['Tom']);
    assert.deepStrictEqual(memberNameWords('Courtney Vasquez-Hill'), ['Courtney', 'Vasquez-Hill', 'Vasquez', 'Hill']);
  });
  it('gives a hyphenated name its parts, which the tokenizer reads as words of their own', () => {
    assert.deepStrictEqual(memberNameWords('Mei-Ling Chen'), ['Mei-Ling', 'Mei', 'Ling', 'Chen']);
    assert.deepStrictEqual(memberNameWords('Jean-luc Roy'), ['Jean-luc', 'Jean', 'Roy']);
  });
});
