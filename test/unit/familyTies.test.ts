import * as assert from 'assert';
import { analyzeProse, familyTies } from '../../server/src/prose';

/**
 * GN606's narrative reading (issue 11): family members in the group found from the narrative, with their near-misses
 * (a relative who is not in the group, a relative who shares a member's first name, a member's family as a topic,
 * a shared surname). Written for the tests, not taken from the corpus.
 */
describe('family ties in the group narrative (GN606)', () => {
  const attendees = [
    { key: 'ana', first: 'Ana', last: 'Lopez' },
    { key: 'lucia', first: 'Lucia', last: 'Lopez' },
    { key: 'james', first: 'James', last: 'Tran' },
    { key: 'maria', first: 'Maria', last: 'Diaz' },
    { key: 'omar', first: 'Omar', last: 'Haddad' },
  ];
  const ties = (text: string) => familyTies(analyzeProse(text), attendees);

  const tied = [
    'Ana and her daughter Lucia both attend this group.',
    'Ana attended with her adult daughter Lucia for the first time.',
    'Omar and his younger brother James, who joined together in May, sat apart today.',
    'Maria came with her son James again this week.',
    "Lucia, Ana's daughter, joined late.",
    'Ana and Lucia are mother and daughter.',
    'Siblings Ana and Lucia practised the skill in a pair.',
    'The two siblings sat together and did the worksheet.',
    'A mother and daughter attend together.',
    'His wife, also a member, gave him feedback.',
    "James's mother Maria stayed for the whole session and practised the script with him.",
    'This is a multi-family group for parents and teens.',
  ];
  const notTied = [
    'Maria said her brother James picked her up late.',
    'Ana talked about her daughter, who lives in Ohio.',
    'Members discussed how their families react to relapse.',
    'James described a fight with his mother over curfew.',
    'Ana and Lucia Lopez share a surname but are not related.',
    'Ana and Lucia both spoke about work.',
    "Omar's sister Maria called him during the week.",
    'Maria mentioned that her son James starts college in the fall.',
  ];
  for (const text of tied) it(`tie: ${text}`, () => assert.ok(ties(text).length > 0, JSON.stringify(ties(text))));
  for (const text of notTied) it(`no tie: ${text}`, () => assert.deepStrictEqual(ties(text), []));
});
