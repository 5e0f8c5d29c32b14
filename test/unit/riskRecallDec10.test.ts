/**
 * Missed disclosures read by context, not by new phrases (2026-12-07, recall4). Each reading has its paraphrases and
 * its near-misses:
 *  - a straight quote hard-wrapped over one line break is one quote (segment.ts findQuotes), and a target in the
 *    member's quoted words that says "I" is the member's even when a person stands before the quote as its subject
 *    ("her husband and the baby \"would be fine ... if I wasn't around\"", his foreman "is lucky I didn't deck him");
 *  - a verb of speech after "and" shares its subject with the verb before it: a person named in between is no
 *    speaker ("describing the anniversary of Frank's death and said quietly that ...");
 *  - "past" after a verb of motion and "the old office" are places, not past times;
 *  - the member going quiet after saying it ("..., then went quiet") is no resolution of the thoughts;
 *  - a form's question in the second person answered by a ticked box ("have you wished you were dead? [x] Yes");
 *  - a question put to the member named with her age, or by the question's name ("asked Eunice, 81, whether ...",
 *    "asked the C-SSRS first question, whether ..."): the answer decides it (eval/GUIDE.md writer-q, F3.1).
 */
import * as assert from 'assert';
import { findQuotes } from '../../server/src/prose/segment';
import { riskTable } from '../support/riskTable';

describe('a straight quote wrapped over one line break', () => {
  it('is one quote across a single line break', () => {
    const text = 'said her kids "would be fine, maybe better,\nif I wasn\'t around anymore." Teary.';
    const quotes = findQuotes(text);
    assert.strictEqual(quotes.length, 1);
    assert.ok(text.slice(quotes[0].start, quotes[0].end).includes('around anymore'));
  });
  it('never pairs quote marks across a blank line', () => {
    assert.strictEqual(findQuotes('Mood: "okay\n\nPlan: continue" group').length, 0);
  });
  it('still pairs quotes on one line', () => {
    assert.strictEqual(findQuotes('said "fine" and "okay"').length, 2);
  });
});

riskTable('the member\'s own "I" in a quote after another person as its subject', [
  [
    'Said that some days she thinks her husband and the baby "would be ' +
      'fine, maybe better,\nif I wasn\'t around anymore."',
    'suicide',
    'current',
    "if I wasn't around",
  ],
  ['She said her husband and kids "would be fine\nwithout me, honestly."', 'suicide', 'current', 'without me'],
  [
    'Mrs. Coleman, raising her grandson since her daughter died in June, ' +
      'said, "It should have been me\nin that car, not my baby."',
    'suicide',
    'current',
    'should have been me',
  ],
  ['He said his foreman "is lucky I didn\'t deck him" on Monday.', 'violence', 'current', 'deck him'],
  [
    "She was tearful describing the anniversary of Frank's death and said quietly that " +
      'lately "it would be easier if I just\ndidn\'t wake up some mornings."',
    'suicide',
    'current',
    'wake up',
  ],
  // near-misses: someone else speaks the quote, or a relative's threat quoted with the member as its object
  [
    'Her sister texted, "the kids would be better off\nif I was gone," and the member was scared for her.',
    'suicide',
    'other',
    'better off',
  ],
  [
    'Jaylen said his dad told him "I\'ll beat you till you can\'t walk" if he gets suspended again.',
    'violence',
    'other',
    'beat you',
  ],
  ['Her mom said, "I\'ll kill him if he comes back here."', 'violence', 'other', 'kill him'],
]);

riskTable('"past" and "the old ..." as places', [
  [
    'Gideon said that every morning he drives past the old office he keeps picturing the top ' +
      'level of its parking garage, "how far down the street looks from there."',
    'suicide',
    'current',
    'picturing the top level',
  ],
  [
    'Every morning she walks past the old bridge and keeps thinking about killing herself.',
    'suicide',
    'current',
    'thinking about killing herself',
  ],
  [
    'He drove past his old house Sunday and had thoughts of killing himself all night.',
    'suicide',
    'current',
    'thoughts of killing himself',
  ],
  // near-misses: a past time and an old injury stay historical
  ['Had thoughts of killing herself in the past.', 'suicide', 'historical', 'thoughts of killing herself'],
  ['Old cuts on her forearm, healed.', 'self-harm', 'historical', 'cuts'],
]);

riskTable('going quiet after saying it', [
  [
    'He said the eviction has him thinking "maybe everyone\'s better off cashing my life insurance," then went quiet.',
    'suicide',
    'current',
    'better off cashing my life insurance',
  ],
  ['She said "I want to die," and went quiet for the rest of group.', 'suicide', 'current', 'want to die'],
  ['Said he has been thinking about killing himself, then he went silent.', 'suicide', 'current', 'killing himself'],
  // near-misses: the thoughts themselves gone quiet
  [
    'She said the thoughts of killing herself "went quiet" about two weeks ago.',
    'suicide',
    'negated',
    'thoughts of killing herself',
  ],
  ['The urges to cut have gone quiet since she started DBT.', 'self-harm', 'negated', 'urges to cut'],
]);

riskTable('a form question in the second person answered by a ticked box', [
  [
    'ASQ 1. In the past few weeks, have you wished you were dead? [x] Yes',
    'suicide',
    'current',
    'wished you were dead',
  ],
  ['Have you had thoughts of killing yourself? [x] Yes', 'suicide', 'current', 'thoughts of killing yourself'],
  ['Q3. Did you want to hurt yourself this week? [x] Yes [ ] No', 'self-harm', 'current', 'hurt yourself'],
  // near-misses: ticked no, and a question role-played
  ['Have you had thoughts of killing yourself? [x] No', 'suicide', 'negated', 'thoughts of killing yourself'],
  [
    'Role-played asking Fiona "are you thinking about killing yourself?" with a peer.',
    'suicide',
    'hypothetical',
    'killing yourself',
  ],
]);

riskTable('a question put to the member named with her age, or by its name', [
  [
    'Writer asked Eunice, 81, whether she ever wishes she could go to sleep ' +
      'and not wake up. "Oh, sometimes, at my age who doesn\'t."',
    'suicide',
    'current',
    'wishes she could go to sleep',
  ],
  [
    'Writer asked the C-SSRS first question, whether he wishes he were dead: "Here and there, when the hay\'s down."',
    'suicide',
    'current',
    'wishes he were dead',
  ],
  [
    'Asked Tom, 67, whether he has had thoughts of killing himself; he said "most nights."',
    'suicide',
    'current',
    'thoughts of killing himself',
  ],
  // near-misses: answered no, and never answered
  [
    'Writer asked Eunice, 81, whether she ever wishes she were dead: "No, dear, never."',
    'suicide',
    'negated',
    'wishes she were dead',
  ],
  [
    'Writer asked the screening question, whether he has had thoughts of killing himself, and he left for his ride.',
    'suicide',
    'hypothetical',
    'thoughts of killing himself',
  ],
]);

riskTable('a disclosure framed as a question about telling it', [
  [
    'Jordan asked the group, half-laughing, "would you guys get in trouble if I said ' +
      'I think about not existing, like, a lot?"',
    'suicide',
    'current',
    'think about not existing',
  ],
  [
    'Natalie asked, "what happens if I tell the team doc I\'ve been thinking about not being around?"',
    'suicide',
    'current',
    'thinking about not being around',
  ],
  [
    'He asked, "if I admitted I have been thinking about killing myself, would I get locked up?"',
    'suicide',
    'current',
    'thinking about killing myself',
  ],
  [
    'Lucia asked, "what happens if I tell my therapist I\'ve been scratching my legs again?"',
    'self-harm',
    'current',
    'scratching my legs',
  ],
  // near-misses: someone else's risk, a telling ever to come, a question about anyone, no question at all
  [
    'She asked, "would you guys get in trouble if I told you my friend wants to die?"',
    'suicide',
    'other',
    'wants to die',
  ],
  ['She asked, "if I ever said I wanted to die, would you tell my mom?"', 'suicide', 'hypothetical', 'wanted to die'],
  [
    'She asked the group, "if someone said they wanted to kill themselves, would you call the police?"',
    'suicide',
    'hypothetical',
    'wanted to kill themselves',
  ],
]);
