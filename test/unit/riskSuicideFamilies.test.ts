/**
 * Suicide by families (fix-s): the C-SSRS ladder read by its constructions, not by single
 * phrasings. Each family has its paraphrases (current) and near-misses: negated, historical, hypothetical, someone
 * else's, the group's topic, a figure of speech, or no mention at all. The sentences are written for these tests;
 * none is copied from the corpus. Each row: [sentence, category, expected status of the mention overlapping `cue`
 * ('none' = no mention of that category there), cue].
 */
import * as assert from 'assert';
import { analyzeProse, hasRiskResponse } from '../../server/src/prose';
import { riskTable as table } from '../support/riskTable';

table('suicide: indifference or hope + a death of any cause (C-SSRS 1, wish to be dead)', [
  ["Said if a truck ran her over on the way home she wouldn't be that sad about it.", 'suicide', 'current', 'truck'],
  ['"If the plane went down on the way back I would not be too upset, honestly."', 'suicide', 'current', 'plane'],
  ['Says she would not mind if the bus just hit her some morning.', 'suicide', 'current', 'bus'],
  ["Admits he goes to sleep hoping he doesn't get up tomorrow.", 'suicide', 'current', 'hoping'],
  ['Lately she prays the Lord takes her in the night.', 'suicide', 'current', 'Lord takes her'],
  ['Said he keeps hoping his heart just gives out.', 'suicide', 'current', 'heart'],
  ['"Wouldn\'t care if the cancer came back and took me."', 'suicide', 'current', 'cancer'],
  // near-misses
  ['Hoping the bus gets her to the clinic on time.', 'suicide', 'none', 'bus'],
  ['She would not mind if the plane landed early.', 'suicide', 'none', 'plane'],
  ['Hoping her dad does not get up before she leaves for work.', 'suicide', 'none', 'Hoping'],
  ['Worried that her heart gives out during the surgery.', 'suicide', 'none', 'heart'],
  ['If a bus hit her son she would be devastated.', 'suicide', 'none', 'bus'],
  ['Denies wishing a truck would hit him.', 'suicide', 'negated', 'truck'],
]);

table('suicide: the urge, pull or desire to be dead (C-SSRS 1)', [
  ['Described the pull to just be dead after the argument.', 'suicide', 'current', 'pull to just be dead'],
  ['Urge to die came on hard Saturday night.', 'suicide', 'current', 'Urge to die'],
  ['Reports a strong desire to not exist anymore since the layoff.', 'suicide', 'current', 'desire to not exist'],
  ['"The longing to never wake up is there most nights."', 'suicide', 'current', 'longing to never wake up'],
  // near-misses
  ['The urge to dye her hair pink again.', 'suicide', 'none', 'urge to dye'],
  ['Denies any urge to die.', 'suicide', 'negated', 'urge to die'],
  ['Her brother described the urge to be dead when he was using.', 'suicide', 'other', 'urge to be dead'],
]);

table('suicide: working out how (C-SSRS 3, method)', [
  ["Said she's been figuring out how she would do it.", 'suicide', 'current', 'figuring out how'],
  ['"I keep planning where I\'d do it, like the garage."', 'suicide', 'current', 'planning where'],
  ['Has been working out how he could end it without the kids finding him.', 'suicide', 'current', 'working out how'],
  ['Reports thinking about exactly how she would kill herself.', 'suicide', 'current', 'thinking about exactly how'],
  ['Thought about how: yes, pills.', 'suicide', 'current', 'Thought about how'],
  // near-misses
  ['Figuring out how she would do it all with three kids and one car.', 'suicide', 'none', 'Figuring out how'],
  ['Planning how he would do it differently at the next interview.', 'suicide', 'none', 'Planning how'],
  ['Thought about how she could end things with her boyfriend.', 'suicide', 'none', 'Thought about how'],
  ['Denies working out how she would do it.', 'suicide', 'negated', 'working out how'],
]);

table('suicide: a vehicle driven off or into a structure (C-SSRS 3, method)', [
  ['Pictured steering his truck into the Hwy 12 bridge pillar.', 'suicide', 'current', 'steering his truck'],
  ['Thinks about driving her car off the old quarry road cliff.', 'suicide', 'current', 'driving her car off'],
  ['Keeps picturing swerving his car into a big oak tree.', 'suicide', 'current', 'swerving his car'],
  // near-misses
  ['Her ex ran her sister off the road last year.', 'suicide', 'none', 'ran her sister'],
  ['Drove his truck into the shop for new brakes.', 'suicide', 'none', 'Drove his truck'],
]);

table("suicide: a death by one's own body (starving, stopping medicine) until it gives out", [
  ['Said she will keep skipping meals until her heart stops.', 'suicide', 'current', 'until her heart stops'],
  ['"I\'ll stop my insulin until my body just gives out."', 'suicide', 'current', 'until my body just gives out'],
  // near-misses
  ['Does breathing until her heart stops racing.', 'suicide', 'none', 'until her heart stops'],
  ['Ran laps until his legs gave out.', 'suicide', 'none', 'until his legs gave out'],
]);

table('suicide: reunion with someone who died, "rather be wherever he is"', [
  [
    'Since the funeral she says she would rather be wherever Tom is than in that empty apartment.',
    'suicide',
    'current',
    'rather be wherever',
  ],
  ['His son died in May; "I\'d rather be where he is than here."', 'suicide', 'current', 'rather be where'],
  // near-misses
  [
    'Her sister lives in Ohio; she would rather be wherever her sister is than at her job.',
    'suicide',
    'none',
    'rather be wherever',
  ],
]);

table('suicide: preparatory behaviour in other words (C-SSRS behaviour)', [
  ['Found good homes for both his cats this week.', 'suicide', 'current', 'Found good homes'],
  ['Has found new owners for her old horse and her dog.', 'suicide', 'current', 'found new owners'],
  [
    'Endorses thoughts with a method (the pills she has been saving).',
    'suicide',
    'current',
    'pills she has been saving',
  ],
  ['Talked about the Klonopin he has stockpiled in his truck.', 'suicide', 'current', 'Klonopin he has stockpiled'],
  // near-misses
  ['Found a good home for the foster kittens.', 'suicide', 'none', 'Found a good home'],
  [
    'Gave away most of her summer clothes to Goodwill because she is moving to a studio.',
    'suicide',
    'none',
    'Gave away',
  ],
  ['His brother has been saving pills, she worries.', 'suicide', 'other', 'saving pills'],
]);

table('suicide: "rather be dead than" a life situation, drowning "and not coming out", details and summaries', [
  ["Said she'd really rather die than end up in memory care like her mother.", 'suicide', 'current', 'rather die'],
  ['"I would rather be dead than gain back those pounds."', 'suicide', 'current', 'rather be dead'],
  ['Thinks of swimming out past the buoys and never coming back.', 'suicide', 'current', 'swimming out'],
  ['Pictures driving off into the desert and not coming home.', 'suicide', 'current', 'driving off'],
  ['Said she knows exactly when and where.', 'suicide', 'current', 'when and where'],
  ['A: SI with method, no intent.', 'suicide', 'current', 'SI with method'],
  // near-misses
  ["She'd rather die than do another group role-play.", 'suicide', 'figurative', 'rather die'],
  ['Would walk into her room and not come out until dinner.', 'suicide', 'none', 'walk into'],
  ['Made a plan with intent to finish her GED by June.', 'suicide', 'none', 'plan with intent'],
  ['Denies thinking about walking into the lake and not coming out.', 'suicide', 'negated', 'walking into'],
]);

table('suicide: not waking met with ease, in either order, and God taking the member any time (C-SSRS 1)', [
  ['"If I just never woke up some morning, that would be okay."', 'suicide', 'current', 'If I just never woke up'],
  ['Said if she did not wake up tomorrow she would not mind.', 'suicide', 'current', 'if she did not wake up'],
  ["Thinks it wouldn't be so bad to not wake up.", 'suicide', 'current', 'so bad'],
  ['Says God could take him tonight and he would be ready.', 'suicide', 'current', 'God could take him tonight'],
  // near-misses
  ["If I don't wake up on time my boss will fire me.", 'suicide', 'none', "If I don't wake up"],
  ['It was not that bad to not wake up early on Sunday.', 'suicide', 'none', 'not that bad'],
  ['Prays God can take her worries away.', 'suicide', 'none', 'God can take her'],
  ['Denies thinking it would be fine if she did not wake up.', 'suicide', 'negated', 'if she did not wake up'],
]);

describe('suicide: a follow-up contact the member agrees to answers the disclosure (SAFE-T step 5)', () => {
  const answered = (text: string) => hasRiskResponse(analyzeProse(text), 'suicide');
  it('a call from me on Friday', () =>
    assert.ok(answered('Some nights she wishes she were dead. She agreed to a call from me on Friday.')));
  it('a home visit from the team tomorrow', () =>
    assert.ok(answered('Said he wants to die. He accepted a home visit from the team tomorrow.')));
  it('not a call from her sister', () =>
    assert.ok(!answered('Some nights she wishes she were dead. She is expecting a call from her sister on Friday.')));
});

table('suicide: an attempt with "own", and "taken his own life"', [
  ['Told the group about her own attempt at nineteen.', 'suicide', 'historical', 'her own attempt'],
  ['Her own attempt was last month, after the eviction.', 'suicide', 'current', 'Her own attempt'],
  ['Her best friend had taken her own life in 2019.', 'suicide', 'other', 'taken her own life'],
  // near-misses
  ['Her own attempt to quit vaping failed again.', 'suicide', 'none', 'Her own attempt'],
]);
