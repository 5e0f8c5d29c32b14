/**
 * Tobacco and nicotine (lexicon field `nicotine`, eval/GUIDE.md "Tobacco, coffee, food" and the decisions "Nicotine
 * with a cessation goal", "Vaping with a quit goal"): a substance disclosure only where nicotine is a target, a plan
 * goal about it (`nicotineGoal`, from the roster by memberProseOptions) or a sentence that treats it as one (a quit
 * attempt, a taper, replacement therapy). Paraphrases written for this file, and near-misses: the same use with no
 * target, a target word about something else, vaping named as a subject already told, the group's topic.
 */
import * as assert from 'assert';
import { analyzeProse, riskMentions, targetsNicotine } from '../../server/src/prose';
import { memberProseOptions } from '../../server/src/prose/memberOptions';
import { defaultConfig } from '../../server/src/workspace/config';
import type { MemberSection } from '../../server/src/model/note';
import type { Roster } from '../../server/src/workspace/types';
import { riskTable, statusAt, TEST_SESSION_DATE } from '../support/riskTable';

riskTable('nicotine where the paragraph treats it as a target', [
  [
    'Down to 7 cigarettes a day from a pack; the patch helps in the mornings.',
    'substance',
    'current',
    '7 cigarettes a day',
  ],
  ['Working on her taper: "like half a pod a day" now, from two.', 'substance', 'current', 'half a pod a day'],
  [
    'Bummed a cigarette after the call with his brother, first since his quit date.',
    'substance',
    'current',
    'Bummed a cigarette',
  ],
  ['Back on the smokes since Friday; wants to restart the lozenges.', 'substance', 'current', 'Back on the smokes'],
  ['Says she vapes "every time the baby naps"; we talked about cutting down.', 'substance', 'current', 'vapes'],
  ['Still dipping daily at work; quitline number given last month.', 'substance', 'current', 'dipping daily'],
  // near-misses: no target, a target word about something else, a subject already told, the topic, a denial
  ['Smokes on her breaks at work. Mood euthymic.', 'substance', 'none', 'Smokes on her breaks'],
  ['Cut back to one coffee before noon. Smokes on her breaks at work.', 'substance', 'none', 'Smokes on her breaks'],
  ['Bummed a cigarette off a coworker after the shift.', 'substance', 'none', 'Bummed a cigarette'],
  ['Has about 10 cigarettes a day, unchanged; quit his job in October.', 'substance', 'none', '10 cigarettes a day'],
  ['Quit plan reviewed. Mom updated on the vaping.', 'substance', 'none', 'vaping'],
  ['Showed the urge log he has kept for vaping; quit date set.', 'substance', 'none', 'vaping'],
  ['Topic: vaping prevention. Quit resources handed out.', 'substance', 'none', 'vaping'],
  ['Has not vaped since her quit date, 3 weeks.', 'substance', 'negated', 'vaped'],
]);

/** The status of the substance mention at `cue` when the member's plan has a nicotine goal. */
const withGoal = (text: string, cue: string) => {
  const start = text.indexOf(cue);
  assert.ok(start >= 0, `cue "${cue}" is not in "${text}"`);
  const mention = riskMentions(analyzeProse(text), { sessionDate: TEST_SESSION_DATE, nicotineGoal: true }).find(
    (m) => m.category === 'substance' && m.start < start + cue.length && start < m.end,
  );
  return mention?.status ?? 'none';
};

describe('nicotine with a tobacco or nicotine goal on the plan', () => {
  const rows: [string, string, string][] = [
    ['Kaylee says she vapes "whenever school gets to be too much."', 'current', 'vapes'],
    ['Harper said she vaped "like every day" this week.', 'current', 'vaped'],
    ['Smokes on her breaks at work, about the same as last month.', 'current', 'Smokes on her breaks'],
    ['Has about 10 cigarettes a day, unchanged.', 'current', '10 cigarettes a day'],
    // near-misses with the goal: a denial, someone else's, a question of the group
    ['Has not vaped since Saturday.', 'negated', 'vaped'],
    ['Her friends vape at lunch; she chews gum instead.', 'none', 'vape'],
    ['Mom updated on the vaping.', 'none', 'vaping'],
  ];
  for (const [text, expected, cue] of rows)
    it(`${expected}: ${text}`, () => assert.strictEqual(withGoal(text, cue), expected));
  it('reads the same text without the goal as no disclosure', () =>
    assert.strictEqual(
      statusAt('Smokes on her breaks at work, about the same as last month.', 'substance', 'Smokes'),
      'none',
    ));
});

describe('targetsNicotine and memberProseOptions', () => {
  it('reads tobacco and vaping goals, and no others', () => {
    assert.strictEqual(targetsNicotine([{ id: 'G1', text: 'Quit smoking by March' }]), true);
    assert.strictEqual(targetsNicotine([{ id: 'G1', text: 'Cut vaping to under 1 pod a week' }]), true);
    assert.strictEqual(targetsNicotine([{ id: 'G1', text: 'Stay sober from alcohol' }]), false);
    assert.strictEqual(targetsNicotine([]), false);
  });
  it('passes the roster goal of the section member only', () => {
    const roster = {
      patients: new Map([
        ['P1', { id: 'P1', plan: { goals: [{ id: 'G1', text: 'Quit vaping' }] } }],
        ['P2', { id: 'P2', plan: { goals: [{ id: 'G1', text: 'Manage anger at home' }] } }],
      ]),
    } as unknown as Roster;
    const section = (id: string, name: string) => ({ id, name }) as MemberSection;
    const context = { config: defaultConfig(), roster };
    assert.strictEqual(memberProseOptions(context, section('P1', 'Kaylee M.')).nicotineGoal, true);
    assert.strictEqual(memberProseOptions(context, section('P2', 'Harper L.')).nicotineGoal, undefined);
    assert.strictEqual(
      memberProseOptions({ config: defaultConfig() }, section('P1', 'Kaylee M.')).nicotineGoal,
      undefined,
    );
  });
});
