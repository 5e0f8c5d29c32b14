/**
 * Risk concept families written as compositional patterns (lexicons/risk-suicide.yaml "screen" section over the
 * own-death, own-death-gerund, wish-head and relief-head word lists; risk-self-harm.yaml injuries to one's own
 * body): each family with paraphrases in other words and orders, and its near-misses (denied, past, hypothetical,
 * someone else's, the group's topic, a figure of speech, a look-alike). Each row: [sentence, category, expected
 * status of the mention overlapping `cue` ('none' = no mention of that category there), cue].
 */
import * as assert from 'assert';
import { riskTable as table } from '../support/riskTable';
import { analyzeProse, riskMentions, unansweredDisclosures, type RiskCategory } from '../../server/src/prose';

table("suicide: a wish for one's own death or non-existence (C-SSRS 1, wish-head + own-death)", [
  ['Said "honestly I just want to not exist for a while."', 'suicide', 'current', 'want to not exist'],
  ['Posted "kinda hope I don\'t wake up tmrw."', 'suicide', 'current', "hope I don't wake up"],
  ['Says she would rather not be alive.', 'suicide', 'current', 'rather not be alive'],
  ['Told peers he is ready to be with his late wife.', 'suicide', 'current', 'ready to be with his late wife'],
  ['Wishes she could just disappear forever.', 'suicide', 'current', 'disappear forever'],
  ['He said he would rather be with Danny than here.', 'suicide', 'current', 'rather be with Danny than here'],
  // near-misses
  ['Said she would rather not be here today because of the heat.', 'suicide', 'none', 'rather not be here'],
  ['Wanted to die of embarrassment when her phone rang in group.', 'suicide', 'figurative', 'die'],
  ['Wants to not be around him when he drinks.', 'suicide', 'none', 'not be around'],
  ['Denies wanting to die.', 'suicide', 'negated', 'wanting to die'],
  ['Her mother wants to die, she said, since the diagnosis.', 'suicide', 'other', 'wants to die'],
  ['In her twenties she hoped not to wake up; none of that since.', 'suicide', 'historical', 'hoped not to wake up'],
]);

table('suicide: own death as a relief or a solution (relief-head + own-death)', [
  ['"Sometimes I think it\'d be easier not to be here."', 'suicide', 'current', 'easier not to be here'],
  ['Said it would be a relief to not wake up.', 'suicide', 'current', 'relief to not wake up'],
  ['Things would be simpler for everyone if I could just disappear forever.', 'suicide', 'current', 'simpler'],
  // near-misses
  ['Said it would be easier not to be here on Fridays with her new shift.', 'suicide', 'none', 'easier'],
]);

table("suicide: thinking about one's own death (thinking verb + own-death-gerund)", [
  ['"Sometimes I think about not being around anymore, but I\'d never."', 'suicide', 'current', 'not being around'],
  ['Has been daydreaming about disappearing for good.', 'suicide', 'current', 'disappearing for good'],
  ['Keeps thinking about dying, mostly at night.', 'suicide', 'current', 'thinking about dying'],
  // near-misses
  ['Is thinking about not being around people who drink.', 'suicide', 'none', 'not being around'],
  ['Was thinking about dying her hair purple.', 'suicide', 'none', 'dying'],
  ['Her brother keeps thinking about dying since his diagnosis.', 'suicide', 'other', 'thinking about dying'],
]);

table('suicide: indifference to living, passive phrasings', [
  ["Said he wouldn't mind if a bus took me out.", 'suicide', 'current', 'bus took me out'],
  ['Would not care if the cancer took her.', 'suicide', 'current', 'cancer took her'],
  ["Says he doesn't care if he wakes up.", 'suicide', 'current', 'wakes up'],
  ['"I don\'t want to do this anymore," she said about living.', 'suicide', 'current', 'do this anymore'],
  ["Told the group he has been thinking it's time to check out.", 'suicide', 'current', 'time to check out'],
  // near-misses
  ['Would not mind if her sister took her out to dinner.', 'suicide', 'none', 'took her out'],
  ['Does not care if she wins the raffle.', 'suicide', 'none', 'wins'],
  ["Said it's time to check out the new gym.", 'suicide', 'none', 'check out'],
]);

table('suicide: burdensomeness ("better off with")', [
  ['Said the kids would be better off with the insurance money.', 'suicide', 'current', 'better off'],
  ['"The baby would be better off with my sister."', 'suicide', 'current', 'better off'],
  ['Said her kids would be better off if she died.', 'suicide', 'current', 'better off'],
  // near-misses
  ['Thinks the kids would be better off with their dad this weekend.', 'suicide', 'none', 'better off'],
  ['Her sister said the family would be better off without him (her ex).', 'suicide', 'other', 'better off'],
]);

table('suicide: euphemisms, goodbyes, researching, means in hand (C-SSRS 2, 3, preparatory)', [
  ['Said the dark thoughts are back since the layoff.', 'suicide', 'current', 'dark thoughts'],
  ['Posted a goodbye on Instagram Sunday night.', 'suicide', 'current', 'goodbye'],
  ['Texted her friends goodbye Saturday.', 'suicide', 'current', 'goodbye'],
  ['Has been researching overdose amounts.', 'suicide', 'current', 'overdose amounts'],
  ['Had the pills in her hand Sunday but put them back.', 'suicide', 'current', 'pills in her hand'],
  ['Has stopped taking her insulin on purpose.', 'suicide', 'current', 'insulin on purpose'],
  // near-misses
  ['Denies dark thoughts this week.', 'suicide', 'negated', 'dark thoughts'],
  ['Her friend posted a goodbye on Instagram last month; she is worried about her.', 'suicide', 'other', 'goodbye'],
  ['Her son has been researching overdose amounts online, she found.', 'suicide', 'other', 'overdose amounts'],
  ['Stopped her insulin for two days because the pharmacy was closed.', 'suicide', 'none', 'insulin'],
]);

table("self-harm: injuries to one's own body, carving, self-punishment, rated urges (NSSI)", [
  ['Punched his own thigh "over and over" in the car.', 'self-harm', 'current', 'Punched his own thigh'],
  ['Was biting her own arm in the bathroom at school.', 'self-harm', 'current', 'biting her own arm'],
  ["Carved his ex's initials into his arm Friday.", 'self-harm', 'current', 'into his arm'],
  ['Has been picking at her skin until it bleeds.', 'self-harm', 'current', 'until it bleeds'],
  ['Urges to cut 7/10 Tues after a fight with dad.', 'self-harm', 'current', 'Urges to cut'],
  // near-misses
  ['Hit his own record at the gym this week.', 'self-harm', 'none', 'his own record'],
  ['Wrote the pharmacy number on his hand.', 'self-harm', 'none', 'on his hand'],
  ['Is working on not punishing herself with harsh self-talk.', 'self-harm', 'none', 'punishing herself'],
  // Food restriction as self-punishment is an eating-disorder behaviour, not NSSI (ISSS definition; eval/GUIDE.md).
  ['Has been restricting food to punish herself.', 'self-harm', 'none', 'punish herself'],
  ['Her roommate punched her own thigh until it bruised; she was scared.', 'self-harm', 'other', 'punched her own'],
  ['Denies urges to cut this week.', 'self-harm', 'negated', 'urges to cut'],
  ['Punched his own thigh as a teen; none since 2019.', 'self-harm', 'historical', 'Punched his own thigh'],
]);

table('suicide: a positive screen (ASQ, C-SSRS screen, PHQ-9 item 9); a ticked checkbox (ConText checklist rows)', [
  ['Risk: ASQ positive (non-acute).', 'suicide', 'current', 'ASQ positive'],
  ['Screened positive on the ASQ at intake today.', 'suicide', 'current', 'Screened positive'],
  ['C-SSRS screen positive, moderate risk.', 'suicide', 'current', 'C-SSRS screen positive'],
  ['PHQ-9 #9 = 2 this week.', 'suicide', 'current', 'PHQ-9 #9 = 2'],
  ['SI: [ ] Denies  [x] Endorses -- see narrative', 'suicide', 'current', 'SI'],
  ['Risk screen: SI [ ] Denies [x] Endorses', 'suicide', 'current', 'SI'],
  ['Suicidal ideation: [ ] None [x] Passive [ ] Active', 'suicide', 'current', 'Suicidal ideation'],
  ['SI: [x] Y [ ] N', 'suicide', 'current', 'SI'],
  // near-misses
  ['ASQ negative; C-SSRS completed.', 'suicide', 'none', 'ASQ negative'],
  ['PHQ-9 item 9 = 0.', 'suicide', 'none', 'item 9 = 0'],
  ['SI: [x] Denies [ ] Endorses', 'suicide', 'negated', 'SI'],
  ["Her daughter's ASQ was positive last month.", 'suicide', 'other', 'ASQ was positive'],
  ['Group learned how an ASQ positive screen is followed up.', 'suicide', 'topic', 'ASQ positive'],
]);

table('suicide: preparatory behaviour in other words (giving away belongings, a firearm retrieved, assisted dying)', [
  ['Gave his guitar and his amp to his nephew last weekend.', 'suicide', 'current', 'Gave his guitar'],
  ['Has been giving away my records and my good jacket, she said.', 'suicide', 'current', 'giving away'],
  ["Gave his late wife's ring to his son on Sunday.", 'suicide', 'current', 'Gave his late'],
  ["Got his rifles back from his brother's gun safe.", 'suicide', 'current', 'rifles back'],
  ['Has been looking into assisted dying since the diagnosis of her knee.', 'suicide', 'current', 'assisted dying'],
  // near-misses
  ['Gave his time and energy to his kids this week.', 'suicide', 'none', 'Gave his time'],
  ['Gave her daughter a ride and her lunch to school.', 'suicide', 'none', 'Gave her daughter'],
  ['Got his rifle back for deer season.', 'suicide', 'none', 'rifle back'],
  ['Denies giving away her jewelry and her books to her sister.', 'suicide', 'negated', 'giving away'],
  ['Her uncle gave his tools and his truck to his son before he died.', 'suicide', 'other', 'gave his tools'],
]);

table('suicide: means kept for later, notes, affairs in order, finality (C-SSRS preparatory; SAFE-T warning signs)', [
  ['Has been holding on to her old Lamictal "in case I need a way out."', 'suicide', 'current', 'holding on to'],
  ['Has a rope in his garage "for the right day."', 'suicide', 'current', 'rope'],
  ['Said she wrote a note and tore it up.', 'suicide', 'current', 'wrote a note'],
  ['Has left a note for her son in her jewelry box.', 'suicide', 'current', 'left a note'],
  ['Made sure her sister knows where the will is.', 'suicide', 'current', 'where the will is'],
  ['Signed over the truck to his son last week.', 'suicide', 'current', 'Signed over'],
  ['"If I\'m not here next week, don\'t worry."', 'suicide', 'current', 'not here next'],
  ['Said she is at peace with her decision.', 'suicide', 'current', 'at peace with her decision'],
  ['Admitted he thought about using his service weapon on himself.', 'suicide', 'current', 'service weapon'],
  ['Has been carrying a razor blade in her wallet.', 'self-harm', 'current', 'razor blade'],
  ['Relapsed on SH Sunday after 40 days clean.', 'self-harm', 'current', 'Relapsed on SH'],
  ['Bites the inside of her arm until it bruises when angry.', 'self-harm', 'current', 'Bites'],
  // near-misses
  ['Keeps her spare key for when she is ready to move out.', 'suicide', 'none', 'spare key'],
  ['Left a note for her roommate about the rent.', 'suicide', 'none', 'Left a note'],
  ['Made arrangements for her cat while she travels to Ohio.', 'suicide', 'none', 'arrangements'],
  ['Her father signed over the house to her brother before he died.', 'suicide', 'other', 'signed over'],
  ['Denies keeping pills in case she needs a way out.', 'suicide', 'negated', 'keeping pills'],
  ['Carries a razor in his shaving kit for work trips.', 'self-harm', 'none', 'razor'],
]);

table('suicide: an overdose only thought of or planned is ideation with a method, not an overdose event (C-SSRS 3)', [
  ["Has been thinking about taking all of her dad's blood-pressure pills.", 'suicide', 'current', 'thinking about'],
  ['Said she wants to swallow the whole bottle of her Seroquel.', 'suicide', 'current', 'swallow the whole bottle'],
  // near-misses
  ['Denies thoughts of taking all her pills.', 'suicide', 'negated', 'thoughts of taking'],
  ['Plans to take all of her old pills to the pharmacy take-back day.', 'suicide', 'none', 'Plans to take'],
  [
    'Her roommate was thinking about taking all of her Xanax, she said, and she hid it.',
    'suicide',
    'other',
    'thinking',
  ],
  ['Took all of her pills Saturday night; roommate called 911.', 'overdose', 'current', 'Took all of her pills'],
]);

table('figures of speech with death words are never a disclosure', [
  ['Said "I could kill for a coffee" at check-in.', 'suicide', 'figurative', 'kill for'],
  ['She is dying to see the new movie with her sister.', 'suicide', 'figurative', 'dying to see'],
  ['Said this job is going to be the death of me.', 'suicide', 'figurative', 'death of me'],
  ['Wanted to disappear into the floor when she forgot her lines.', 'suicide', 'figurative', 'disappear'],
  ["He nearly died laughing at his son's school play.", 'suicide', 'figurative', 'died laughing'],
  // the same words as a wish, not a figure of speech
  ['Said she wants to disappear forever.', 'suicide', 'current', 'disappear'],
]);

table(
  'suicide and self-harm: urges to die, reunion with the dead, means in hand, the place, the amount; injuries named',
  [
    ['Diary card: urges to die 3/5 on Sat and Sun.', 'suicide', 'current', 'urges to die'],
    ['Said "I just want to be where he is" about her late son.', 'suicide', 'current', 'want to be where he is'],
    ['Has been sitting in the truck at night with his pistol in his lap.', 'suicide', 'current', 'pistol in his lap'],
    ['Sat on the railing of the Hawthorne bridge Saturday.', 'suicide', 'current', 'railing'],
    ['Has been reading online how many of his metoprolol "it would take."', 'suicide', 'current', 'how many'],
    ['Has had thoughts of driving into the big oak on Miller Road.', 'suicide', 'current', 'driving into'],
    ['Has been hitting her thighs with the back of a hairbrush.', 'self-harm', 'current', 'hitting her thighs'],
    ['Held his palm over the stove burner until it blistered.', 'self-harm', 'current', 'palm'],
    ['Digs her nails in "until it stings" during arguments.', 'self-harm', 'current', 'nails'],
    ['Crescent marks on both palms noted.', 'self-harm', 'current', 'marks'],
    // near-misses
    ['Wants to be where her mom is, in Texas, for the holidays.', 'suicide', 'none', 'where her mom is'],
    ['Took his rifle to the range with his brother.', 'suicide', 'none', 'rifle'],
    ['Hit his knee on the table at work.', 'self-harm', 'none', 'knee'],
    ['Denies urges to die this week.', 'suicide', 'negated', 'urges to die'],
    ['Her sister has been hitting her own legs with a hairbrush; she is worried.', 'self-harm', 'other', 'hitting'],
  ],
);

table('a statement taken back right after is a figure of speech (a ConText retraction marker, context.yaml)', [
  [
    'Said she "wanted to die" over her B+, then rolled her eyes: "not literally, obviously."',
    'suicide',
    'figurative',
    'wanted to die',
  ],
  [
    'Said "I was ready to jump off a bridge before I told her," then added he was joking.',
    'suicide',
    'figurative',
    'jump off a bridge',
  ],
  [
    'Said he "could have killed him" and then said he didn\'t mean it literally.',
    'violence',
    'figurative',
    'killed him',
  ],
  // near-misses: a retraction with a "but", a joke about something else, a retraction before the statement
  [
    'Said he wants to die. He said he was joking, but admitted the thoughts come most nights.',
    'suicide',
    'current',
    'wants to die',
  ],
  ['Said he wants to die. Later joked about the coffee machine.', 'suicide', 'current', 'wants to die'],
  ['Was joking with peers at check-in. Later said he wants to die.', 'suicide', 'current', 'wants to die'],
]);

describe('suicide and self-harm responses in other words; a response to another category never answers them', () => {
  const rows: [text: string, category: RiskCategory, answered: boolean][] = [
    ['Said she wants to not exist. Writer will call her tomorrow at 5 pm.', 'suicide', true],
    ['Said she wants to not exist. Writer will check in with her next week.', 'suicide', false],
    ['Said she wants to not exist. Writer called her mom after group to let her know.', 'suicide', true],
    ['Said she wants to not exist. Contacted her mother per safety protocol.', 'suicide', true],
    ['Said she wants to not exist; she called her mom when it got bad.', 'suicide', false],
    ['Said she wants to not exist. Individual session scheduled this week to address it.', 'suicide', true],
    ['Said she wants to not exist. Relapse prevention plan reviewed.', 'suicide', false],
    ['Said she wants to not exist. Denies HI.', 'suicide', false],
    ['Urges to cut 7/10 Tues. Reviewed coping plan for urges to cut with her.', 'self-harm', true],
    ['Punched his own thigh Friday. Explored the function of the hitting and triggers for it.', 'self-harm', true],
    ['Punched his own thigh Friday. Reviewed the relapse triggers for drinking.', 'self-harm', false],
    ['Punched his own thigh Friday. Writer explored the function of the episode with him.', 'self-harm', true],
    ['Burned herself with a lighter Sunday. Checked wounds; no medical attention needed.', 'self-harm', true],
    ['Burned herself with a lighter Sunday. Relapse prevention plan reviewed; UDS ordered.', 'self-harm', false],
    ['Burned herself with a lighter Sunday. Denies SI/HI.', 'self-harm', false],
    ['Burned herself with a lighter Sunday. She called the crisis line Saturday night.', 'self-harm', false],
    ['Burned herself with a lighter Sunday. Writer gave her the crisis line number.', 'self-harm', true],
    ['Burned herself with a lighter Sunday. She has a safety plan from her old therapist.', 'self-harm', false],
    ['Burned herself with a lighter Sunday. Her mom made a safety plan with her at home.', 'self-harm', false],
    ['Burned herself with a lighter Sunday. Pt has a safety plan; writer reviewed it with her.', 'self-harm', true],
  ];
  for (const [text, category, answered] of rows)
    it(`${answered ? 'answered' : 'unanswered'} ${category}: ${text}`, () => {
      const prose = analyzeProse(text);
      const disclosed = riskMentions(prose).some(
        (mention) => mention.category === category && mention.status === 'current',
      );
      assert.ok(disclosed, `no current ${category} disclosure found`);
      const unanswered = unansweredDisclosures(prose).map((mention) => mention.category);
      assert.strictEqual(!unanswered.includes(category), answered);
    });
});
