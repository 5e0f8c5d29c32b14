/**
 * Topic compounds and figures of speech (issue 11; labelling guide F1, F2): a risk entry marked `topic: true` (a tool,
 * skill, plan or curriculum named with a risk word: "naloxone kit", "urge surfing", "craving log") is the group's or
 * the skill's subject wherever it stands, and never turns a disclosure beside it into a topic (F2.3); a labelled
 * subject line ("Topic today:", "Skills module:") is topic to its end; stock hyperbole over an everyday task or
 * annoyance, or taken back as a feeling, is figurative (F1.2), while a wish about one's own life, a method with access
 * or a threat with preparation stays current however it was laughed off (F1.3).
 */
import * as assert from 'assert';
import { analyzeProse, riskMentions } from '../../server/src/prose';
import { compileAdditions } from '../../server/src/prose/clinicalLexicons';
import { riskTable as table } from '../support/riskTable';

table('topic compounds: a tool or skill named with a risk word is topic wherever it stands (F2.1)', [
  ['Keeps a naloxone kit in her purse since her son moved back home.', 'overdose', 'topic', 'naloxone kit'],
  ['Described the Narcan training at her church.', 'overdose', 'topic', 'Narcan training'],
  ['Asked where to get a second Narcan nasal spray kit for her mother.', 'overdose', 'topic', 'Narcan nasal spray kit'],
  ['Practised urge surfing twice this week.', 'substance', 'topic', 'urge surfing'],
  ['Brought her urge log; three entries.', 'substance', 'topic', 'urge log'],
  ['Urge-surfing exercise led by writer.', 'substance', 'topic', 'Urge-surfing'],
  ['Joked that "this craving log is killing me" and filled it in anyway.', 'substance', 'topic', 'craving log'],
  ['Reviewed her craving plan with her sponsor.', 'substance', 'topic', 'craving plan'],
  ['Updated his relapse prevention plan with payday as a trigger.', 'substance', 'topic', 'relapse prevention plan'],
  ['Brought her relapse-signature card.', 'substance', 'topic', 'relapse-signature card'],
  ['Named two triggers for drinking at work.', 'substance', 'topic', 'triggers for drinking'],
  ['Module: lethal means safety.', 'suicide', 'topic', 'lethal means safety'],
  ['P: Lethal means counseling with his wife present.', 'suicide', 'topic', 'Lethal means counseling'],
  ['Writer introduced the safety-planning module.', 'suicide', 'topic', 'safety-planning module'],
  ['Brought his aggression log; two entries.', 'violence', 'topic', 'aggression log'],
  ['Listed his own cues before violence.', 'violence', 'topic', 'cues before violence'],
  ['Asked about the cycle of abuse in her parents\u2019 marriage.', 'violence', 'topic', 'cycle of abuse'],
  // near-misses: the event, the urge, access to a means, a disclosure beside the compound (F2.3)
  ['Pt was revived with Narcan by EMS Saturday.', 'overdose', 'current', 'revived with Narcan'],
  ['Urges to drink every evening this week.', 'substance', 'current', 'Urges to drink'],
  ['Relapsed on alcohol Sunday; relapse prevention plan updated.', 'substance', 'current', 'Relapsed on alcohol'],
  ['In the relapse prevention group she said she used Friday, two bags.', 'substance', 'current', 'two bags'],
  ['Keeps a naloxone kit in her car; OD\u2019d Saturday.', 'overdose', 'current', 'OD\u2019d Saturday'],
  ['Used urge surfing for cravings since Friday, rated 7/10.', 'substance', 'current', 'cravings since Friday'],
  ['Anger log brought, five entries.', 'violence', 'none', 'Anger log'],
]);

table('topic: a labelled subject line is topic to its end, never past it (F2.2, F2.3)', [
  ['Topic today: relapse prevention, cravings and the holidays.', 'substance', 'topic', 'cravings'],
  ['Topic for tonight: suicide warning signs; how to ask a friend.', 'suicide', 'topic', 'suicide'],
  ['Skills module: understanding self-injury urges and their function.', 'self-harm', 'topic', 'self-injury urges'],
  ['Psychoeducation: overdose risk after a period of abstinence.', 'overdose', 'topic', 'overdose'],
  // near-misses: the next sentence, a label of what the member did
  ['Topic today: relapse prevention. Pt shared she relapsed on alcohol Sunday.', 'substance', 'current', 'relapsed'],
  ['Skill: [x] Time-out, used it Sat when his landlord yelled; urges to hit him 6/10.', 'violence', 'current', 'hit'],
]);

table('figurative: stock hyperbole over an everyday task or annoyance, or taken back as a feeling (F1.2)', [
  ['"I\'ll kill him," about her brother eating her leftovers again; laughed.', 'violence', 'figurative', 'kill him'],
  ['Said she could strangle her son for moving the recliner again.', 'violence', 'figurative', 'strangle'],
  ['Said the move "nearly killed" her this weekend.', 'violence', 'figurative', 'killed'],
  ['Said the inventory was killing him this week.', 'suicide', 'figurative', 'killing him'],
  [
    'Said she could "strangle him" about her coworker, then said she just meant she was fed up with his comments.',
    'violence',
    'figurative',
    'strangle him',
  ],
  // near-misses (F1.3): own life, a method with access, a threat with preparation, a feeling that is not taken back
  ['Laughed that she hopes she just does not wake up tomorrow.', 'suicide', 'current', 'not wake up'],
  ['After the exam she thought about killing herself.', 'suicide', 'current', 'killing herself'],
  ['Said she will kill him if he comes near her kids again; knows where he parks.', 'violence', 'current', 'kill him'],
  ['Said she just wanted to die and meant it.', 'suicide', 'current', 'wanted to die'],
]);

describe('topic: true in a lexicon addition', () => {
  it('is accepted for a risk entry and read as topic', () => {
    const { lexicons, problems } = compileAdditions({
      'risk.substance': [{ pattern: 'sober (toolkit|toolbox)', topic: true }],
    });
    assert.deepStrictEqual(problems, []);
    const mentions = riskMentions(analyzeProse('Shared her sober toolkit with the group.'), { lexicons });
    assert.deepStrictEqual(
      mentions.map((mention) => [mention.text, mention.status]),
      [['sober toolkit', 'topic']],
    );
  });
  it('must be a boolean', () => {
    const { problems } = compileAdditions({ 'risk.substance': [{ pattern: 'sober toolkit', topic: 'yes' }] });
    assert.strictEqual(problems.length, 1);
  });
});
