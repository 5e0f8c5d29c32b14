import * as assert from 'assert';
import { presentAttendee } from '../support/attendee';
import { analyzeProse, findNameMentions, nameForms } from '../../server/src/prose';

/**
 * GN304's name reading (issue 11): other members named by first name, short form or accent-less spelling, and the
 * near-misses where the name is someone else's (a relative, a neighbour, a supervisor), however often it recurs.
 * Written for the tests, not taken from the corpus.
 */
describe('names of other members (GN304)', () => {
  const attendee = presentAttendee;
  const others = [
    attendee('P2', 'James T.'),
    attendee('P3', 'Gabriel S.'),
    attendee('P4', 'Alexander P.'),
    attendee('P5', 'José R.'),
    attendee('P6', 'Élodie M.'),
    attendee('P7', 'DeShawn W.'),
    attendee('P8', 'Marcus B.'),
  ];
  const forms = others.flatMap((other) => nameForms(other));
  const named = (text: string) => findNameMentions(analyzeProse(text), forms).map((mention) => mention.text);

  const cases: [string, string[]][] = [
    ['Asked Gabe how he had handled a similar committee.', ['Gabe']],
    ['Gave Xander feedback on his coping card.', ['Xander']],
    ['Told Jose she liked his plan.', ['Jose']],
    ['Told José she liked his plan.', ['José']],
    ['Sat next to Élodie and Elodie answered first.', ['Élodie', 'Elodie']],
    ['DeShawn offered her a ride.', ['DeShawn']],
    ['Gave her fellow group member James feedback.', ['James']],
    // near-misses: the name is someone in the member's life, every time it is used
    ['Her brother James picked her up late.', []],
    ['His cousin Marcus drove him to group, and he said Marcus "has my back."', []],
    ['Her next-door neighbor James, an old using buddy, offered to split.', []],
    ['Replaying what James said in the meeting (James is her supervisor at work).', []],
    ['Her brother James picked her up late; later James T. gave her feedback.', ['James T.']],
    ['Her brother, James, picked her up late.', []],
    ['Asked James after group to be his temporary sponsor, James agreed.', ['James', 'James']],
  ];
  for (const [text, expected] of cases)
    it(`${JSON.stringify(text)} -> ${JSON.stringify(expected)}`, () => assert.deepStrictEqual(named(text), expected));
});
