/**
 * The other attendees of the session, known by name (AnalysisOptions.otherNames, from the note header's attendees by
 * memberProseOptions): another attendee named in a member's paragraph is another experiencer in any shape (sentence
 * start, lower case, a possessor, before a verb of telling or acting); the member's own name never is; a name that is
 * also a word ("Hope", "Will", "Grace", "Art", "Faith") only where it is used as a name; and people who are not
 * attendees (family, staff) are read by the shape rules as before.
 */
import * as assert from 'assert';
import type { MemberSection, ParsedNote } from '../../server/src/model/note';
import { analyzeProse, otherNameWords, riskMentions, type RiskStatus } from '../../server/src/prose';
import { memberProseOptions } from '../../server/src/prose/memberOptions';
import { defaultConfig } from '../../server/src/workspace/config';

const SESSION = '2026-11-20';

function statusOf(text: string, cue: string, self: string, others: readonly string[]): RiskStatus | 'none' {
  const start = text.indexOf(cue);
  assert.ok(start >= 0, `cue "${cue}" is not in "${text}"`);
  const selfNames = self.split(' ');
  const options = { selfNames, otherNames: otherNameWords(others, selfNames), sessionDate: SESSION };
  const found = riskMentions(analyzeProse(text), options).find(
    (mention) => mention.start < start + cue.length && start < mention.end,
  );
  return found?.status ?? 'none';
}

const GROUP = ['Keisha Williams', 'Dante R.', 'Luz'];

const rows: [text: string, cue: string, self: string, others: readonly string[], expected: RiskStatus | 'none'][] = [
  // Another attendee named, in many shapes: someone else's.
  ['Keisha said she relapsed over the weekend.', 'relapsed', 'Marco', GROUP, 'other'],
  ['keisha said she relapsed over the weekend.', 'relapsed', 'Marco', GROUP, 'other'],
  ['Was quiet today. Keisha told the group she has been drinking again.', 'drinking', 'Marco', GROUP, 'other'],
  ['Listened while Keisha admitted she cut again last night.', 'cut', 'Marco', GROUP, 'other'],
  ['Keisha also said she has been using every day.', 'using', 'Marco', GROUP, 'other'],
  ['dante relapsed on Friday and Marco sat with him at break.', 'relapsed', 'Marco', GROUP, 'other'],
  ['Dante overdosed last month, he told the group.', 'overdosed', 'Marco', GROUP, 'other'],
  ['Luz shared that she drank all weekend.', 'drank', 'Marco', GROUP, 'other'],
  ['Williams said she had been drinking since the funeral.', 'drinking', 'Marco', GROUP, 'other'],
  ["Was shaken by Keisha's relapse and stayed after group.", 'relapse', 'Marco', GROUP, 'other'],
  // The member's own first name, shared with another attendee, is the member.
  ['Marco said he relapsed over the weekend.', 'relapsed', 'Marco', ['Marco Tellez', ...GROUP], 'current'],
  ['marco said he relapsed over the weekend.', 'relapsed', 'Marco', ['Marco Tellez', ...GROUP], 'current'],
  ['Keisha said she relapsed over the weekend.', 'relapsed', 'Keisha', ['Keisha Moore', 'Dante R.'], 'current'],
  // A family member with an attendee's first name, told as family: someone else's, as family.
  ['Her sister Keisha has been drinking again, she said.', 'drinking', 'Ana', GROUP, 'other'],
  ['Said his cousin Dante overdosed in October.', 'overdosed', 'Marco', GROUP, 'other'],
  // Attendees whose names are also words: a name only where used as one.
  ['Hope said she relapsed on Saturday.', 'relapsed', 'Marco', ['Hope Alvarez'], 'other'],
  ["Hope's relapse on Saturday scared him.", 'relapse', 'Marco', ['Hope Alvarez'], 'other'],
  ['Has hope again even though she relapsed on Saturday.', 'relapsed', 'Ana', ['Hope Alvarez'], 'current'],
  ['Hope is what keeps her going; relapsed on Saturday.', 'relapsed', 'Ana', ['Hope Alvarez'], 'current'],
  ['Will said he drank twice this week.', 'drank', 'Marco', ['Will Carter'], 'other'],
  ['Will call his sponsor; drank twice this week.', 'drank', 'Marco', ['Will Carter'], 'current'],
  ['will text sponsor, drank twice this week.', 'drank', 'Marco', ['Will Carter'], 'current'],
  ['Grace told the group she cut last night.', 'cut', 'Ana', ['Grace Kim'], 'other'],
  ['Said grace at dinner, then drank three beers.', 'drank', 'Ana', ['Grace Kim'], 'current'],
  ['Art therapy helped; drank once this week.', 'drank', 'Ana', ['Art Ruiz'], 'current'],
  ['Art said he drank once this week.', 'drank', 'Ana', ['Art Ruiz'], 'other'],
  ['Faith has kept her going, though she drank once on Friday.', 'drank', 'Ana', ['Faith Obi'], 'current'],
  ['She said Faith relapsed on Friday.', 'relapsed', 'Ana', ['Faith Obi'], 'other'],
  // A last name that is also a word, in lower case: a name only before a verb of telling or acting.
  ['Said the price was too much, so she drank at home.', 'drank', 'Ana', ['Joe Price'], 'current'],
  ['price said he drank all weekend.', 'drank', 'Ana', ['Joe Price'], 'other'],
  // People who are not attendees keep the shape rules.
  ['She said Hank has been drinking again on weekends.', 'drinking', 'Marie', GROUP, 'other'],
  ['Said Mr. Okoye overdosed in the lobby Sunday.', 'overdosed', 'Ruth', GROUP, 'other'],
  ['Dr. Nakashima notified of her drinking Thursday.', 'drinking', 'Lena', GROUP, 'current'],
];

describe("another attendee named in a member's paragraph is someone else; the member and common words are not", () => {
  for (const [text, cue, self, others, expected] of rows)
    it(`${expected}: ${text} (${self}; others ${others.join(', ')})`, () =>
      assert.strictEqual(statusOf(text, cue, self, others), expected));
  it('reads a name at the start of a sentence as the member without the attendee list', () =>
    assert.strictEqual(statusOf('Keisha said she relapsed over the weekend.', 'relapsed', 'Marco', []), 'current'));
});

describe('otherNameWords and memberProseOptions: the other attendees of the note', () => {
  it('keeps the words of the other names, never the member’s own', () => {
    assert.deepStrictEqual(otherNameWords(['Keisha Williams', 'Dante R.', 'Marco Tellez'], ['Marco']), [
      'Keisha',
      'Williams',
      'Dante',
      'Tellez',
    ]);
  });
  it('takes the names from the header attendees, without the section member', () => {
    const attendee = (id: string, name: string) => ({ id, name, status: 'present' });
    const note = {
      attendees: [attendee('P1', 'Marco R.'), attendee('P2', 'Keisha Williams'), attendee('P3', 'Hope A.')],
      header: { value: { date: '2026-11-20' } },
    } as unknown as ParsedNote;
    const section = (id: string | undefined, name: string) => ({ id, name }) as MemberSection;
    const config = defaultConfig();
    assert.deepStrictEqual(memberProseOptions({ config, note }, section('P1', 'Marco R.')).otherNames, [
      'Keisha',
      'Williams',
      'Hope',
    ]);
    assert.deepStrictEqual(memberProseOptions({ config, note }, section('P2', 'Keisha Williams')).otherNames, [
      'Marco',
      'Hope',
    ]);
    // A heading without an id is matched by its name.
    assert.deepStrictEqual(memberProseOptions({ config, note }, section(undefined, 'Hope A.')).otherNames, [
      'Marco',
      'Keisha',
      'Williams',
    ]);
    assert.strictEqual(memberProseOptions({ config }, section('P1', 'Marco R.')).otherNames, undefined);
  });
});
