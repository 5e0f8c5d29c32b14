/**
 * Risk false alarms of the eleventh session (whose3): a paraphrase bank written fresh, in the styles clinicians use
 * outside the dev corpus (terse IOP/SUD lines, narrative, SOAP/DAP/BIRP, labelled "Risk:" lines, checkboxes,
 * adolescents with caregivers, telehealth, veterans, grief). Near-misses are someone else's risk, past risk,
 * conditional or feared risk, denied risk, the group's topic, figures of speech and quotes of others: none of them
 * may be read as a current disclosure of the member's own. Beside them, current disclosures that must still fire,
 * so precision is not bought with recall. Rows: [sentence, category, 'current' | 'not', cue]; 'not' accepts any
 * status but current (or no mention at all), since a false alarm is a current reading.
 */
import * as assert from 'assert';
import type { RiskCategory } from '../../server/src/prose';
import { statusAt } from '../support/riskTable';

type BankRow = [text: string, category: RiskCategory, expected: 'current' | 'not', cue: string];

function bank(title: string, rows: readonly BankRow[]): void {
  describe(title, () => {
    for (const [text, category, expected, cue] of rows)
      it(`${expected} ${category}: ${text}`, () => {
        const status = statusAt(text, category, cue);
        if (expected === 'current') assert.strictEqual(status, 'current');
        else assert.notStrictEqual(status, 'current');
      });
  });
}

bank("someone else's risk (other experiencer) is not the member's", [
  [
    "Talked about his uncle who shot himself in '09; said the date still gets to him.",
    'suicide',
    'not',
    'shot himself',
  ],
  [
    'Her roommate took a bottle of pills last month and is still inpatient.',
    'overdose',
    'not',
    'took a bottle of pills',
  ],
  [
    'Pt shared that her best friend has been texting about wanting to die; pt encouraged her to call 988.',
    'suicide',
    'not',
    'wanting to die',
  ],
  ['Vet reported his battle buddy ate his gun in 2019.', 'suicide', 'not', 'ate his gun'],
  ['Her sponsor relapsed over the holidays.', 'substance', 'not', 'relapsed'],
  ['His brother has been drinking every night since the layoff.', 'substance', 'not', 'drinking every night'],
  ['Caregiver reports the older sister was cutting in middle school.', 'self-harm', 'not', 'cutting'],
  ['A peer disclosed SI in group; member was supportive and offered her number.', 'suicide', 'not', 'SI'],
  [
    'Her ex-husband threatened to kill her last week; she has a protective order now.',
    'violence',
    'not',
    'threatened to kill her',
  ],
  ["Client's son overdosed on fentanyl in March and was revived with Narcan.", 'overdose', 'not', 'overdosed'],
  [
    "Her daughter's boyfriend punched a hole in the wall and she is afraid of him.",
    'violence',
    'not',
    'punched a hole in the wall',
  ],
  ["Pt's girlfriend is using again and he is thinking of leaving her.", 'substance', 'not', 'using again'],
  ['Cousin shot a man during a robbery; member has been visiting him in county jail.', 'violence', 'not', 'shot a man'],
  ["Over video, she said her neighbor's teenager was arrested for stabbing someone.", 'violence', 'not', 'stabbing'],
  [
    'He heard a peer describe relapsing on meth and said it scared him straight.',
    'substance',
    'not',
    'relapsing on meth',
  ],
  ['DAP: Pt reports that her mother attempted suicide when pt was 12.', 'suicide', 'not', 'attempted suicide'],
  [
    'Her partner has been punching walls when he drinks; reviewed her safety plan for leaving.',
    'violence',
    'not',
    'punching walls',
  ],
  ['Told the group how his father beat him when he was a kid.', 'violence', 'not', 'beat him'],
  ['Discussed a buddy from his unit who died by suicide after deployment.', 'suicide', 'not', 'died by suicide'],
  ['Mom reports she found vape pens in the older brother’s room.', 'substance', 'not', 'vape pens'],
  [
    'Grandmother, present for the family session, said she herself drinks to get to sleep.',
    'substance',
    'not',
    'drinks',
  ],
  ['Her husband died of an overdose two years ago; she joined the grief group in May.', 'overdose', 'not', 'overdose'],
  ["The anniversary of her son's suicide is next Tuesday.", 'suicide', 'not', 'suicide'],
]);

bank('past risk (historical) is not current', [
  ['Hx of 2 attempts (2014, 2019), none since.', 'suicide', 'not', 'attempts'],
  ['Remote history of cutting in high school; no SIB in over ten years.', 'self-harm', 'not', 'cutting'],
  ["OD'd on heroin in 2017, which is what got him into treatment.", 'overdose', 'not', "OD'd"],
  ['Served time in the 1990s for assault; no aggression since his release.', 'violence', 'not', 'assault'],
  ['Last drink 3/2021; more than four years sober.', 'substance', 'not', 'Last drink'],
  ['As a teenager she used to burn herself with a lighter.', 'self-harm', 'not', 'burn herself'],
  [
    'Back in college he tried to hang himself and was hospitalized for two weeks.',
    'suicide',
    'not',
    'tried to hang himself',
  ],
  ['Former heavy drinker who quit in 2012.', 'substance', 'not', 'heavy drinker'],
  ['Was revived with Narcan twice in his twenties.', 'overdose', 'not', 'revived with Narcan'],
  ['Used to get into bar fights when drinking, none in six years.', 'violence', 'not', 'bar fights'],
  ['Took 30 of her Seroquel in 2016 and spent four days in the ICU.', 'overdose', 'not', 'Took 30 of her Seroquel'],
  ['Historically used cutting to cope; now uses TIPP skills instead.', 'self-harm', 'not', 'cutting'],
  ['Risk: Low. No current SI; past SI in 2020, resolved.', 'suicide', 'not', 'past SI'],
  ['Described firefights in Fallujah in 2004 where he killed insurgents.', 'violence', 'not', 'killed insurgents'],
]);

bank('conditional, feared or rehearsed risk (hypothetical) is not current', [
  ["If she ever drank again she'd lose custody.", 'substance', 'not', 'drank'],
  ['Safety plan: if urges to cut come up, will text her sister and hold ice.', 'self-harm', 'not', 'urges to cut'],
  ['He worries he might start drinking again once the divorce is final.', 'substance', 'not', 'drinking again'],
  ['Asked what he should do if his son ever talked about killing himself.', 'suicide', 'not', 'killing himself'],
  ['Relapse plan: if craving goes above 7, call sponsor and get to a meeting.', 'substance', 'not', 'craving'],
  ['She fears she could overdose if she ever goes back to using alone.', 'overdose', 'not', 'overdose'],
  ['Practised in role-play how to turn down a drink at the office party.', 'substance', 'not', 'a drink'],
  ['Wondered aloud what she would say if her daughter told her she was cutting.', 'self-harm', 'not', 'cutting'],
  ['Teen asked what happens if someone at school brings a gun.', 'violence', 'not', 'brings a gun'],
]);

bank('denied risk (negated) is not current', [
  ['SI: denies; HI: denies; SIB: denies.', 'suicide', 'not', 'SI'],
  ['SI: denies; HI: denies; SIB: denies.', 'violence', 'not', 'HI'],
  ['SI: denies; HI: denies; SIB: denies.', 'self-harm', 'not', 'SIB'],
  ['Risk: no SI/HI, no SIB, no substance use since last group.', 'substance', 'not', 'substance use'],
  ['Denied any thoughts of harming himself or anyone else.', 'suicide', 'not', 'harming himself'],
  ["Stated she has no intention of hurting her ex: 'he's not worth it.'", 'violence', 'not', 'hurting her ex'],
  ['No overdoses and no Narcan use since intake.', 'overdose', 'not', 'overdoses'],
  ['Firmly denied wanting to die when asked directly.', 'suicide', 'not', 'wanting to die'],
  ['Checked no for thoughts of hurting herself on the PHQ-A.', 'self-harm', 'not', 'hurting herself'],
  ['BIRP. B: Client denies cravings, urges or use since last session.', 'substance', 'not', 'cravings'],
  ['Has not had a drink since Labor Day.', 'substance', 'not', 'a drink'],
]);

bank("the group's topic or psychoeducation is not a disclosure", [
  ['Group discussed warning signs of overdose and how to give naloxone.', 'overdose', 'not', 'overdose'],
  ['Psychoeducation: suicide risk factors among veterans.', 'suicide', 'not', 'suicide'],
  ["Today's theme was anger and violence in relationships.", 'violence', 'not', 'violence'],
  ['Watched a short video on self-harm and healthy coping for teens.', 'self-harm', 'not', 'self-harm'],
  ['Session focused on relapse triggers around the holidays.', 'substance', 'not', 'relapse'],
  ['Facilitator explained how fentanyl is being pressed into counterfeit pills.', 'overdose', 'not', 'fentanyl'],
  ['Taught distress tolerance skills for urges to self-injure.', 'self-harm', 'not', 'urges to self-injure'],
  ['Asked the group whether anyone had ever thought about suicide; no one answered.', 'suicide', 'not', 'suicide'],
]);

bank('figures of speech are not disclosures', [
  ['Said the commute is killing her.', 'suicide', 'not', 'killing her'],
  ["'I could kill my sister for posting that,' she laughed.", 'violence', 'not', 'kill my sister'],
  ['He said finals week is going to be the death of him.', 'suicide', 'not', 'death of him'],
  ["Joked that she'd rather die than sit through another staff meeting.", 'suicide', 'not', 'rather die'],
  ["Said he's dying to see his grandkids at Christmas.", 'suicide', 'not', 'dying to'],
  ["Nailed her presentation: 'absolutely killed it.'", 'violence', 'not', 'killed it'],
  ['kms if I have to fold one more load of laundry lol', 'suicide', 'not', 'kms'],
  ["Binge-watched the whole series, 'OD'd on Netflix.'", 'overdose', 'not', "OD'd"],
  ['His knees are killing him after the double shift.', 'suicide', 'not', 'killing him'],
  ["She's addicted to true-crime podcasts.", 'substance', 'not', 'addicted'],
  ['Said his mom is going to kill him when she sees his grades.', 'violence', 'not', 'kill him'],
  [
    'Said he was ready to jump off a bridge over the tax forms, then added he was joking and denies any thoughts of ' +
      'suicide.',
    'suicide',
    'not',
    'jump off a bridge',
  ],
  ['Said the paperwork makes her want to tear her hair out.', 'self-harm', 'not', 'tear her hair out'],
]);

bank('quotes of others are theirs', [
  [
    "Her son told her, 'I just want to die,' after the breakup; she took him to the ER.",
    'suicide',
    'not',
    'I just want to die',
  ],
  ["Her husband yelled 'I'll kill you' during the argument Saturday.", 'violence', 'not', "I'll kill you"],
  ["Her friend texted 'I'm going to end it tonight' and pt called 911.", 'suicide', 'not', 'end it tonight'],
  ["Quoted her father: 'a real man can hold his liquor.'", 'substance', 'not', 'hold his liquor'],
]);

bank('current disclosures beside the near-misses still fire', [
  ['Her sponsor relapsed over the holidays, and she admits she drank Saturday too.', 'substance', 'current', 'drank'],
  [
    "Talked about his uncle who shot himself in '09 and said lately he thinks about shooting himself too.",
    'suicide',
    'current',
    'thinks about shooting himself',
  ],
  [
    "Group discussed warning signs of overdose; she disclosed she OD'd Friday and her roommate gave her Narcan.",
    'overdose',
    'current',
    "OD'd",
  ],
  ["SI: endorses passive SI this week ('wish I wouldn't wake up'); HI: denies.", 'suicide', 'current', 'passive SI'],
  [
    'Hx of 2 attempts (2014, 2019); reports thoughts of suicide again since Tuesday.',
    'suicide',
    'current',
    'thoughts of suicide',
  ],
  ['Cut her forearm Sunday night after a fight with mom.', 'self-harm', 'current', 'Cut her forearm'],
  ['Admitted to using meth twice this week.', 'substance', 'current', 'using meth'],
  [
    "He said he wants to beat his landlord's face in and knows when he gets off work.",
    'violence',
    'current',
    'beat his landlord',
  ],
  ['Drank a fifth on Saturday, his first drink in 90 days.', 'substance', 'current', 'Drank a fifth'],
  [
    'Took a handful of her Xanax with wine Friday and her sister called 911.',
    'overdose',
    'current',
    'Took a handful of her Xanax',
  ],
  ['Reports urges to cut daily this week; last cut two days ago.', 'self-harm', 'current', 'urges to cut'],
  ["Stated, 'I don't see the point of living anymore.'", 'suicide', 'current', 'point of living'],
  ['Teen reports burning herself with a lighter at school yesterday.', 'self-harm', 'current', 'burning herself'],
  [
    'Veteran reports he has been sleeping with his loaded pistol and thinking about ending it.',
    'suicide',
    'current',
    'loaded pistol',
  ],
  [
    "Said if his ex shows up at the kids' game he'll 'put him in the ground.'",
    'violence',
    'current',
    'put him in the ground',
  ],
  ['Endorses cravings 8/10 daily; used heroin Tues.', 'substance', 'current', 'used heroin'],
  ["Since her son's death she wishes she could go to sleep and not wake up.", 'suicide', 'current', 'not wake up'],
  ['UDS positive for fentanyl this week.', 'substance', 'current', 'positive for fentanyl'],
  [
    'Said she has been hitting her head against the wall when the panic hits.',
    'self-harm',
    'current',
    'hitting her head against the wall',
  ],
  ['Pt disclosed he has been drinking alone every night since the funeral.', 'substance', 'current', 'drinking alone'],
  ['Over video, she said she has been thinking of taking all her pills.', 'suicide', 'current', 'taking all her pills'],
  ['Reports she was revived with Narcan on Sunday after using alone.', 'overdose', 'current', 'revived with Narcan'],
  ['Admitted to scratching her arms until they bled this weekend.', 'self-harm', 'current', 'scratching her arms'],
  ["Says she'd be better off dead.", 'suicide', 'current', 'better off dead'],
  ['Smoked a joint before group today.', 'substance', 'current', 'Smoked a joint'],
  ['Said he shoved his girlfriend into the wall Friday.', 'violence', 'current', 'shoved his girlfriend'],
  [
    'Reports thoughts of killing himself most days this week; has access to a rifle.',
    'suicide',
    'current',
    'killing himself',
  ],
  ["She relapsed on alcohol Thursday after her sister's visit.", 'substance', 'current', 'relapsed'],
  ['B: Client reports active SI with a plan to overdose on her insulin.', 'suicide', 'current', 'active SI'],
  ['Mom reports pt has been cutting again; pt confirmed it.', 'self-harm', 'current', 'cutting again'],
  ["Laughed that she'd rather be dead than keep living like this.", 'suicide', 'current', 'rather be dead'],
]);

// ---------------------------------------------------------------- the readings this session added, each with
// paraphrases and near-misses told in the same frame

bank('straight single quotes are quote marks: what another person says in them is theirs', [
  ["Her husband yelled 'I'll kill you' during the argument Saturday.", 'violence', 'not', "I'll kill you"],
  ["Her friend texted 'I'm going to end it tonight' and pt called 911.", 'suicide', 'not', 'end it tonight'],
  ["Her roommate said, 'I took all my pills,' and pt drove her to the ER.", 'overdose', 'not', 'took all my pills'],
  ["His cousin posted 'I'm gonna shoot that dude' on Friday.", 'violence', 'not', 'shoot that dude'],
  // iop-sud-d-4388: the member's quote about her roommate says "she"
  // near-misses: the member's own words in single quotes stay hers; an elided year or a possessive opens no quote
  ["She said 'I drank Saturday, just the once.'", 'substance', 'current', 'drank Saturday'],
  ["'I want to die,' she told the group.", 'suicide', 'current', 'want to die'],
  ["Pt stated, 'I cut again on Sunday.'", 'self-harm', 'current', 'cut again'],
  [
    "Since '09 the boys' dad has been gone; she said she has been cutting again this week.",
    'self-harm',
    'current',
    'cutting again',
  ],
]);

bank('a person before a verb of speech and its addressee speaks the quote after them', [
  ['Her son told her, "I just want to die," after the breakup.', 'suicide', 'not', 'want to die'],
  ['Her son told her: "I just want to die."', 'suicide', 'not', 'want to die'],
  ['His brother told him, "I\'m going to kill myself."', 'suicide', 'not', 'kill myself'],
  ["Her daughter texted her, 'I cut again tonight.'", 'self-harm', 'not', 'cut again'],
  // near-misses: the member speaking to a relative, or with no subject written
  ['Pt told her mom, "I want to die."', 'suicide', 'current', 'want to die'],
  ['Told her sister, "I drank again Friday."', 'substance', 'current', 'drank again'],
  ["Client told her sister: 'I'm going to end it tonight.'", 'suicide', 'current', 'end it'],
]);

bank('"historically" dates what follows', [
  ['Historically used cutting to cope; now uses TIPP skills instead.', 'self-harm', 'not', 'cutting'],
  ['Historically she drank daily, mostly beer.', 'substance', 'not', 'drank'],
  ['Historically got into fights when drunk.', 'violence', 'not', 'fights'],
  // near-miss: a current act after the historical one
  ['Historically she drank daily; she drank again Saturday.', 'substance', 'current', 'drank again Saturday'],
]);

bank('a drink or a hit turned down is not taken', [
  ['Turned down a drink at the office party Saturday.', 'substance', 'not', 'drink'],
  ['Practised in role-play how to turn down a drink at the office party.', 'substance', 'not', 'a drink'],
  ['He is turning down drinks after softball now.', 'substance', 'not', 'drinks'],
  // near-misses: "turned down" something else, or a use beside the refusal
  ['Turned down the heat and drank alone Friday.', 'substance', 'current', 'drank'],
  ['She turned down a beer at the game but had two shots after.', 'substance', 'current', 'had two shots'],
]);

bank('a skill taught for a risk is the topic', [
  ['Taught distress tolerance skills for urges to self-injure.', 'self-harm', 'not', 'urges to self-injure'],
  ['Reviewed coping skills for urges to cut.', 'self-harm', 'not', 'urges to cut'],
  ['Went over grounding techniques for cravings.', 'substance', 'not', 'cravings'],
  // near-misses: the member's own urge or act beside the skill
  ['Said the skills for urges never work and she cut Sunday.', 'self-harm', 'current', 'cut Sunday'],
  ['Reports urges to cut daily this week; reviewed coping skills.', 'self-harm', 'current', 'urges to cut'],
]);

bank("a relative's report stressed as their own is theirs", [
  [
    'Grandmother, present for the family session, said she herself drinks to get to sleep.',
    'substance',
    'not',
    'drinks',
  ],
  ['Her mom said she herself has been drinking again since the divorce.', 'substance', 'not', 'drinking again'],
  ['Dad (on the call) said he himself has thought about ending it.', 'suicide', 'not', 'thought about ending it'],
  // near-misses: a relative's report of the member, the member's own stress
  ['Her mom said she cut again Sunday.', 'self-harm', 'current', 'cut again'],
  ['Mom said she drank Saturday.', 'substance', 'current', 'drank Saturday'],
  ['She said she herself drank Saturday.', 'substance', 'current', 'drank Saturday'],
]);

bank('a method idiom clarified, with thoughts denied and no means at hand, is a figure of speech', [
  // private-practice-d-8205
  [
    'Described the layoff call: "I was ready to jump off the roof of that building before she finished the ' +
      'sentence." Asked what he meant, he laughed and said it was a figure of speech, he has never had thoughts of ' +
      'ending his life.',
    'suicide',
    'not',
    'jump off the roof',
  ],
  [
    'Said she wanted to jump off the balcony when her boss called; she added she was kidding and denies any ' +
      'thoughts of suicide.',
    'suicide',
    'not',
    'jump off the balcony',
  ],
  [
    'Said he wanted to walk into traffic after the hearing, then said he was only venting; denied SI.',
    'suicide',
    'not',
    'walk into traffic',
  ],
  // near-misses: no denial, a denial of the joke, pills at hand, "not kidding"
  [
    'Said she wanted to jump off the bridge after the hearing. Later said she was joking.',
    'suicide',
    'current',
    'jump off the bridge',
  ],
  [
    'Said he thinks about jumping off the parking garage most nights; denies he was joking.',
    'suicide',
    'current',
    'jumping off the parking garage',
  ],
  [
    'Said she wanted to jump off the roof; she has a bottle of pills saved, said she was kidding, no SI.',
    'suicide',
    'current',
    'jump off the roof',
  ],
  [
    'Said he wants to jump off the bridge on his way home, not kidding; says he has thoughts of suicide daily.',
    'suicide',
    'current',
    'jump off the bridge',
  ],
]);

bank('a stock threat over school work or a chore is a figure of speech', [
  // adolescent-d-6852
  ['Maya said "I am gonna kms if we have to do the fractions worksheet again" and giggled.', 'suicide', 'not', 'kms'],
  ['Said "kms if I have to take that stupid algebra test" lol.', 'suicide', 'not', 'kms'],
  ['He said he will kms if he has to redo the science project.', 'suicide', 'not', 'kms'],
  // near-misses: the occasion is his life, not a chore
  ['Said she will kms if she has to go back to living with her dad.', 'suicide', 'current', 'kms'],
  ['Said "I want to kms" after the fight with her mom, no joke.', 'suicide', 'current', 'kms'],
]);

bank('a second bank, written after the first readings (other, past, case, topic, figure, denial)', [
  [
    'Her nephew, 19, overdosed at a party Saturday and is on a vent; pt is staying at the hospital with her sister.',
    'overdose',
    'not',
    'overdosed',
  ],
  ["Pt's husband was drunk again Friday and broke the TV.", 'substance', 'not', 'was drunk'],
  ['Shared that his best friend from basic killed himself last spring.', 'suicide', 'not', 'killed himself'],
  ['Pt disclosed her father used to beat her mother when he drank.', 'violence', 'not', 'beat her mother'],
  [
    'Told group that her ex is stalking her and threatened to "end" her if she goes to court.',
    'violence',
    'not',
    'stalking her',
  ],
  ['Per mom, older brother was arrested for DUI last weekend.', 'substance', 'not', 'DUI'],
  [
    'In 2015 he stabbed a man in a bar fight and did six years; has been out since 2021.',
    'violence',
    'not',
    'stabbed a man',
  ],
  ['Spoke about her suicide attempt at 17; none since, now 34.', 'suicide', 'not', 'suicide attempt'],
  ['Was in a gang as a teenager and carried a gun; now a youth mentor.', 'violence', 'not', 'carried a gun'],
  ["Plan: if she thinks about cutting, she'll use the ice and call her mom.", 'self-harm', 'not', 'cutting'],
  ['Would "never" drink again, she said, because she saw what it did to her dad.', 'substance', 'not', 'drink'],
  ['Wonders if she will relapse when she moves back home in January.', 'substance', 'not', 'relapse'],
  ['Role-played calling 988 for a friend who says he wants to die.', 'suicide', 'not', 'wants to die'],
  ['Her friend who says he wants to die called her Sunday.', 'suicide', 'not', 'wants to die'],
  ['Her cousin, who told everyone she was using again, moved in.', 'substance', 'not', 'using again'],
  ['Group topic: lethal means safety and gun locks for veterans.', 'suicide', 'not', 'lethal means'],
  ['Handout on fentanyl test strips and naloxone given to all members.', 'overdose', 'not', 'fentanyl'],
  ['Discussed the link between alcohol and domestic violence.', 'violence', 'not', 'domestic violence'],
  ['Said "this job is going to kill me" about the overtime.', 'suicide', 'not', 'kill me'],
  ['Said he "could murder a burger" after group.', 'violence', 'not', 'murder'],
  ['Laughed that her kids are going to be the death of her.', 'suicide', 'not', 'death of her'],
  ['Said her back is killing her since the move.', 'suicide', 'not', 'killing her'],
  ['Denies SI, HI, AVH. Denies SIB. Denies substance use.', 'substance', 'not', 'substance use'],
  ['No recent use; last use 2 years ago per pt.', 'substance', 'not', 'last use'],
  ['PHQ-9 item 9: 0.', 'suicide', 'not', 'item 9'],
  ['C-SSRS screen negative.', 'suicide', 'not', 'C-SSRS'],
  ['Her 14yo son has been cutting and she found blades in his room.', 'self-harm', 'not', 'cutting'],
  ['Veteran said his brother "drank himself to death" in 2020.', 'substance', 'not', 'drank'],
  ['His AA sponsor, 20 years sober, talked about his own DUIs in the 80s.', 'substance', 'not', 'DUIs'],
  ["Pt's daughter threatened to kill herself last month when they took her phone.", 'suicide', 'not', 'kill herself'],
  // beside them, current disclosures
  [
    'Wife called before group: her husband "hasn\'t been himself," she thinks he is drinking again.',
    'substance',
    'current',
    'drinking again',
  ],
  ['She told her friend who was worried that she has been cutting again.', 'self-harm', 'current', 'cutting'],
  ['Her nephew overdosed Saturday, and she drank that night to cope.', 'substance', 'current', 'drank that night'],
]);
