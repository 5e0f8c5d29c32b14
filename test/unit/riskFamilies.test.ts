/**
 * Suicide, self-harm and violence disclosures by family of meaning (issue 11, helper "categories"): one phrase that is
 * two risks (an ingestion told with its aim), reunion with the dead against the living, the member's own quoted
 * euphemisms, a threat whose target is named far back in its clause, passive wishes (indifference to waking, the point
 * of living, burdensomeness), rehearsal with a gun, threats and approach toward a person, NSSI without the word "cut".
 * Each family comes with its near-misses. Rows: [sentence, category, expected status ('none' = no mention), cue].
 */
import * as assert from 'assert';
import { analyzeProse, riskMentions } from '../../server/src/prose';
import { riskTable as table, TEST_SESSION_DATE } from '../support/riskTable';

describe('one phrase, two risks (lexicon field `also`)', () => {
  const categories = (text: string) =>
    riskMentions(analyzeProse(text))
      .filter((mention) => mention.status === 'current')
      .map((mention) => `${mention.category}${mention.level ? `/${mention.level}` : ''}`)
      .sort();

  it('an ingestion with its aim is the suicide attempt and the overdose event', () => {
    assert.deepStrictEqual(categories('She took all her pills Saturday to end it.'), ['overdose', 'suicide/attempt']);
    assert.deepStrictEqual(categories('Swallowed a handful of Ambien so she would not have to wake up.'), [
      'overdose',
      'suicide/attempt',
    ]);
  });

  it('both keep the phrase status', () => {
    const statuses = riskMentions(analyzeProse('In 2015 she took all her pills to end it; none since.'), {
      sessionDate: TEST_SESSION_DATE,
    }).map((mention) => `${mention.category}:${mention.status}`);
    assert.ok(statuses.includes('suicide:historical') && statuses.includes('overdose:historical'), statuses.join());
  });

  it('an ingestion for another aim is no attempt', () => {
    assert.deepStrictEqual(categories('Took two Tylenol to make the headache stop.'), []);
  });
});

table('suicide: reunion with the dead, not with the living (C-SSRS 1)', [
  ["Since his son's funeral he just wants to be with his boy again.", 'suicide', 'current', 'be with his boy again'],
  ['Her husband died in March. She keeps wanting to go where he is.', 'suicide', 'current', 'go where he is'],
  [
    'On the anniversary of the crash that killed them he said he is ready to go see the guys.',
    'suicide',
    'current',
    'ready to go see',
  ],
  // near-misses: the person is alive, or the death is someone else's story far off
  ['Misses her sister in Manila and wants to be with her again before Easter.', 'suicide', 'none', 'be with her again'],
  ['Counting down to Christmas: "I just want to be with my girl again."', 'suicide', 'none', 'be with my girl again'],
  ['Is ready to go see the guys from his old unit at the reunion in May.', 'suicide', 'none', 'ready to go see'],
]);

table('suicide: faith language for a wish to die', [
  ['Said the Lord can take her anytime now.', 'suicide', 'current', 'the Lord can take her anytime'],
  ['Says he is just waiting to be called home.', 'suicide', 'current', 'waiting to be called home'],
  // near-misses
  ['Trusts the Lord will take care of the rent.', 'suicide', 'none', 'the Lord'],
  ['Denies wishing for God to take her home.', 'suicide', 'negated', 'God to take her home'],
]);

table('suicide: indifference to waking or living (C-SSRS 1)', [
  ['Goes to bed not caring whether she wakes up.', 'suicide', 'current', 'not caring whether she wakes up'],
  ["Doesn't care if he makes it through the winter.", 'suicide', 'current', 'makes it through'],
  ['Drinks until he passes out, hoping he just does not come to.', 'suicide', 'current', 'does not come to'],
  // near-misses
  ['Does not care whether she wins the raffle.', 'suicide', 'none', 'care whether'],
  ['Came to group on time.', 'suicide', 'none', 'Came to'],
]);

table('suicide: the point of living gone, burdensomeness', [
  ["Sometimes at night she thinks what's the point.", 'suicide', 'current', "what's the point"],
  ["He doesn't see the point of the rest of it.", 'suicide', 'current', 'see the point'],
  ['Said the kids would manage fine without her.', 'suicide', 'current', 'manage fine without her'],
  ['Everyone would be better off if I stopped taking up space, he said.', 'suicide', 'current', 'taking up space'],
  ["Said everyone's better off cashing my life insurance.", 'suicide', 'current', 'life insurance'],
  ['Thought that at least it would be over.', 'suicide', 'current', 'at least it would be over'],
  // near-misses
  ["Doesn't see the point of the homework.", 'suicide', 'none', 'see the point'],
  ["Asked what's the point of a craving log.", 'suicide', 'none', "what's the point"],
  ['The team would manage fine without her next week while she travels.', 'suicide', 'none', 'manage fine'],
  ['At least it will be over by Friday, she said of the move.', 'suicide', 'none', 'be over'],
  ['Updated the life insurance beneficiary after the divorce.', 'suicide', 'none', 'life insurance'],
  ['Her DBT life worth living list now has her job on it.', 'suicide', 'none', 'life worth living'],
  ['Says life is not worth living lately.', 'suicide', 'current', 'not worth living'],
]);

table("suicide: the member's own quoted euphemisms (risk.ts, field `quoted`)", [
  ['Said she\'s "done" and left early.', 'suicide', 'current', 'done'],
  ['Told the group he is "done, really done."', 'suicide', 'current', 'really done'],
  ['Said she is "ready to clock out."', 'suicide', 'current', 'clock out'],
  ['Said he is checking out for good after finals.', 'suicide', 'current', 'checking out for good'],
  ['Said the peace she wants is "the permanent kind."', 'suicide', 'current', 'permanent kind'],
  // near-misses: the same words as ordinary prose, or quoted about a task
  ['Said she is done with the worksheet.', 'suicide', 'none', 'done'],
  ['Said the worksheet is "done".', 'suicide', 'none', 'done'],
  ['Is ready to clock out at five.', 'suicide', 'none', 'clock out'],
  ['Checked out of the hotel Sunday.', 'suicide', 'none', 'Checked out'],
  ['Needs a permanent address for the housing form.', 'suicide', 'none', 'permanent address'],
]);

table('suicide: rehearsal with a gun (C-SSRS preparatory behaviour)', [
  ['He has been holding the .45 at night.', 'suicide', 'current', 'holding the .45'],
  ['Cleaning the .45 every night since the divorce.', 'suicide', 'current', 'Cleaning the .45'],
  ['Sleeping with his loaded pistol on the nightstand.', 'suicide', 'current', 'loaded pistol'],
  ['Sits in the truck at night with the rifle across his lap.', 'suicide', 'current', 'rifle across his lap'],
  ['Sometimes thinks about taking all his pills at once.', 'suicide', 'current', 'taking all his pills at once'],
  // near-misses
  ['Cleaned his rifle before hunting season.', 'suicide', 'none', 'Cleaned his rifle'],
  ['Takes all his pills at bedtime as prescribed.', 'suicide', 'none', 'all his pills'],
  ['Denies holding the gun at night since he gave it to his brother.', 'suicide', 'negated', 'holding the gun'],
]);

table('violence: threats, approach and a target named far back', [
  ['Told his landlord "you\'ll regret this."', 'violence', 'current', 'regret this'],
  [
    'Said that if the guy changes the locks again "he\'s going to get hurt."',
    'violence',
    'current',
    'going to get hurt',
  ],
  [
    "Said his stepfather, who ruined his mom's life and keeps calling, is going to catch these hands if he shows up.",
    'violence',
    'current',
    'catch these hands',
  ],
  ['Says if his old dealer comes around his kids again "I\'ll put him down."', 'violence', 'current', 'put him down'],
  ['When her attacker gets out, "I\'m going to be waiting for him."', 'violence', 'current', 'waiting for him'],
  ["He parked across from the neighbor's driveway three evenings this week.", 'violence', 'current', 'parked across'],
  ['Waited in the lot once to see who was visiting her.', 'violence', 'current', 'Waited in the lot'],
  ['Said he is taking a tire iron to him if he shows.', 'violence', 'current', 'tire iron'],
  ["Said her ex better pray I don't catch him alone.", 'violence', 'current', 'catch him alone'],
  // near-misses
  ['Her brother has been threatening to hurt him over the money.', 'violence', 'other', 'threatening to hurt'],
  ['Will take her out for ice cream after group.', 'violence', 'none', 'take her out'],
  ['Is going to put the baby down for a nap early.', 'violence', 'none', 'put the baby down'],
  ['I will be waiting for her at the bus stop.', 'violence', 'none', 'waiting for her'],
  ["Was parked outside her mom's house to pick her up.", 'violence', 'none', 'parked outside'],
  ['Waited in the car to see if the store opened.', 'violence', 'none', 'Waited in the car'],
  ['Denies any thoughts of catching him alone.', 'violence', 'none', 'catching him alone'],
]);

table('self-harm: injury without the word "cut" (ISSS definition)', [
  ['Has been taking it out on her arm with a sharpener blade.', 'self-harm', 'current', 'taking it out on her arm'],
  ['Said she "took it out on herself" after the hearing.', 'self-harm', 'current', 'took it out on herself'],
  ['Two healing eraser burns on her wrist.', 'self-harm', 'current', 'eraser burns'],
  ['Said he "did the thing with the lighter again" Friday.', 'self-harm', 'current', 'the thing with the lighter'],
  ['Reports "punching my thighs" in the shower.', 'self-harm', 'current', 'punching my thighs'],
  // near-misses
  ['Took it out on her brother and yelled.', 'self-harm', 'none', 'Took it out'],
  ['Said "I hit my arm on the cabinet" at work.', 'self-harm', 'none', 'hit my arm'],
  ['Her friend did the eraser challenge at school.', 'self-harm', 'other', 'eraser challenge'],
  ['No eraser burns since October.', 'self-harm', 'negated', 'eraser burns'],
]);

table('figures of speech: a task that "killed" the member', [
  ['Groaned that the chem test killed him.', 'suicide', 'figurative', 'killed him'],
  ['Said early shifts are killing him.', 'suicide', 'figurative', 'killing him'],
  ['Groaned that the chem test killed him.', 'violence', 'none', 'killed him'],
]);

table("suicide: a condition on the member's own will to live (GUIDE: conditional statement is current)", [
  ["If she left I wouldn't see the point anymore.", 'suicide', 'current', 'see the point'],
  ["Said if the hearing goes badly there's no reason to stick around.", 'suicide', 'current', 'no reason'],
  // near-misses: the risk is the condition itself, or a question
  ["If she feels there's no reason to live, she will call 988.", 'suicide', 'hypothetical', 'no reason'],
  ['If thoughts of not wanting to live come back she will call her sister.', 'suicide', 'hypothetical', 'not wanting'],
  ['Asked if she ever feels there is no reason to live.', 'suicide', 'hypothetical', 'no reason'],
]);

table('a rated urge takes the risk the paragraph affirms, not a denied one', [
  [
    'Scratched her forearm Sunday. Asked about suicidal intent (denies). Rated urge 6/10 at start.',
    'self-harm',
    'current',
    'urge 6/10',
  ],
  [
    'Scratched her forearm Sunday. Asked about suicidal intent (denies). Rated urge 6/10 at start.',
    'suicide',
    'none',
    'urge 6/10',
  ],
]);
