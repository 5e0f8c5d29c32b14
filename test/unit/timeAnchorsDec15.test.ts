/**
 * Time anchors read generally (2026-12-07, history5): the time expression that governs the clause of a risk act,
 * placed against the session date (2026-11-20 here, TEST_SESSION_DATE). eval/GUIDE.md: `historical` is the member's
 * own risk long past ("an attempt in college, none since", "hx of OD in 2019", "cut as a teen"); days or weeks ago,
 * since the last group and "lately" are `current`; the two-month line decides a month.
 *
 * First bank: 51/66 on its first run (before any fix). Of the 15 failures, 8 read no mention at all (vocabulary, left
 * to the vocabulary engineers: "SA by hanging", "has choked two girlfriends", "black out", "snort pills", a bare "cut"
 * in "Has not cut since 2020", "Cut last night", "cut again Sunday", "still cuts"); those rows were reworded to words
 * the lexicons read, so that they test the time reading. After the fixes: 66/66.
 * Second bank (35 rows, written after the first passed): 31/35 on its first run; after: 35/35 ("Lifetime: 2 SA" is
 * read at "overdose": "SA" alone is no mention, vocabulary).
 * Readings (timeAnchors.ts, lexicons/time-anchors.yaml, contextDates.ts): time counted back in seasons; periods of life
 * (a birth, a former relationship, "pre-treatment", a school grade or year, a decade, "in those years", "for a while
 * afterward"); a history adjective inside the act's words ("Prior suicide attempt"); a season without a year, dated
 * against the session; weeks ago and a month ago are recent; a past anchor fronted in its clause governs a past-tense
 * clause after it (and "for years" fronted before a subject); a comparison's anchor dates the comparison only; "none
 * since" after a recent act; a weekday of a habit is no recent time; "back in 08"; a month and day after "on" or
 * "was" ("on 9/1"); a season or month in a relative clause about a person ("her daughter who died in March").
 * Months: "a month ago", "earlier this month" and "in the last month" are recent (inside the two-month line of GUIDE
 * "Dates"); "two months ago", "a few months ago" and more are historical; a month or season named alone is placed
 * against the session by the two-month line. The last two tables hold the dev and suite cases the readings met.
 */
import { riskTable } from '../support/riskTable';

riskTable('first bank: long past, by an absolute anchor', [
  ['PMH: suicide attempt by hanging 2014, no attempts since.', 'suicide', 'historical', 'attempt by hanging'],
  ["Hx: OD'd on heroin back in '19, revived by EMS.", 'overdose', 'historical', "OD'd"],
  ['Attempted suicide by overdose on 3/14/2021 per chart.', 'suicide', 'historical', 'Attempted suicide'],
  ['Two summers ago he overdosed on pills at a music festival.', 'overdose', 'historical', 'overdosed'],
  [
    'Last winter she took a handful of Klonopin with vodka and woke up in the ER.',
    'overdose',
    'historical',
    'handful of Klonopin',
  ],
  ['Back in 08 he beat a man with a bat outside a bar, served 18 months.', 'violence', 'historical', 'beat a man'],
  ['In June she relapsed on vodka and went back to detox.', 'substance', 'historical', 'relapsed'],
  ['Pt disclosed she was cutting daily in the spring of 2023.', 'self-harm', 'historical', 'cutting'],
]);

riskTable('first bank: long past, by a relative anchor', [
  ['A few years back he punched his brother in the face during a fight.', 'violence', 'historical', 'punched'],
  ['About a decade ago she made a suicide attempt by cutting her wrists.', 'suicide', 'historical', 'suicide attempt'],
  ['Years prior, he was using meth daily.', 'substance', 'historical', 'using meth'],
  ['Over the years he punched his girlfriend in the face, he admitted in group.', 'violence', 'historical', 'punched'],
  ['Three months ago she took all of her Seroquel and was admitted.', 'overdose', 'historical', 'took all of her'],
  ['He relapsed on meth a few months ago and is back in IOP.', 'substance', 'historical', 'relapsed'],
  ['Earlier this year she was drinking a bottle of wine a night, she said.', 'substance', 'historical', 'drinking'],
]);

riskTable('first bank: long past, by a life stage or an age', [
  [
    'Pt shared that she tried to kill herself in her twenties after the divorce.',
    'suicide',
    'historical',
    'tried to kill herself',
  ],
  ["Disclosed an attempt at 15 by taking her mother's pills.", 'suicide', 'historical', 'attempt'],
  ['When he was in the Army he thought about eating his gun most nights.', 'suicide', 'historical', 'eating his gun'],
  ['During her first marriage she cut her thighs almost daily.', 'self-harm', 'historical', 'cut'],
  ['He drank a fifth a day before the kids were born.', 'substance', 'historical', 'drank'],
  ['In her last relationship she threatened to stab her boyfriend.', 'violence', 'historical', 'threatened to stab'],
  ['Pre-treatment, was using 2 g of fentanyl daily.', 'substance', 'historical', 'using'],
  ['Prior to her 2021 admission she was drinking around the clock.', 'substance', 'historical', 'drinking'],
  ['In high school she burned herself with lighters.', 'self-harm', 'historical', 'burned herself'],
  ['Took 30 Tylenol at 16 and was hospitalized for three days.', 'overdose', 'historical', 'Took 30 Tylenol'],
  ['She drank heavily in her thirties and has been sober 20 years.', 'substance', 'historical', 'drank heavily'],
  ['As a kid he would hit his little brother until he bled.', 'violence', 'historical', 'hit his little brother'],
]);

riskTable('first bank: long past, by a history label or a scale word', [
  ['h/o SIB (cutting) as a teen.', 'self-harm', 'historical', 'SIB'],
  ['Lifetime hx of 3 suicide attempts.', 'suicide', 'historical', 'suicide attempts'],
  ['Remote history of IV heroin use.', 'substance', 'historical', 'heroin use'],
  ['Hx: overdose x2 on opioids; denies current use.', 'overdose', 'historical', 'overdose'],
  [
    'PMH: EtOH use disorder, in remission; past DUI after drinking at a work party.',
    'substance',
    'historical',
    'drinking',
  ],
  [
    'Former heavy drinker who used to drink until he blacked out every weekend.',
    'substance',
    'historical',
    'blacked out',
  ],
  ['Prior suicide attempt by hanging noted on intake.', 'suicide', 'historical', 'suicide attempt'],
]);

riskTable('first bank: long past, by aspect', [
  ['Had been cutting nightly until she started DBT in 2022.', 'self-harm', 'historical', 'cutting'],
  ['Back then he would drink until he passed out.', 'substance', 'historical', 'drink'],
  ['He used to drink with his cousin in the garage.', 'substance', 'historical', 'drink'],
  ['Has not cut herself since 2020.', 'self-harm', 'negated', 'cut herself'],
  ["Hasn't used since the summer of 2019.", 'substance', 'negated', 'used'],
]);

riskTable('first bank: current, by a recent anchor', [
  ['Used x2 this week, both times alone.', 'substance', 'current', 'Used'],
  ['Since last group she has had thoughts of killing herself.', 'suicide', 'current', 'thoughts of killing herself'],
  ['This morning she cut her forearm after a fight with mom.', 'self-harm', 'current', 'cut'],
  ['Over the weekend he threatened to stab his roommate.', 'violence', 'current', 'threatened to stab'],
  ['Tuesday he took extra Xanax and woke up confused.', 'substance', 'current', 'took extra Xanax'],
  ['For the past few days she has been thinking about ending her life.', 'suicide', 'current', 'ending her life'],
  ['Drank again last night after 90 days.', 'substance', 'current', 'Drank'],
  ['In the last month she has cut three times.', 'self-harm', 'current', 'cut'],
  ['Two weeks ago she took a bottle of Benadryl to sleep for good.', 'suicide', 'current', 'to sleep for good'],
  ["A month ago he OD'd on fentanyl in his car.", 'overdose', 'current', "OD'd"],
  ['Relapsed on 11/14 after his shift.', 'substance', 'current', 'Relapsed'],
  ['Earlier this month he overdosed at a party.', 'overdose', 'current', 'overdosed'],
  ['Lately she has been wishing she were dead.', 'suicide', 'current', 'wishing she were dead'],
  ['Six weeks ago he punched his stepfather in the mouth.', 'violence', 'current', 'punched'],
  ['Has wanted to die for years and still does most mornings.', 'suicide', 'current', 'wanted to die'],
]);

riskTable('first bank: current, a remote anchor in another clause or a span to now', [
  ['In 2019 she got sober, but she drank Saturday.', 'substance', 'current', 'drank'],
  ['Drank Saturday for the first time since 2019.', 'substance', 'current', 'Drank'],
  ['Cut herself last night, the first time since high school.', 'self-harm', 'current', 'Cut herself'],
  ['Hx of SI; endorses passive SI this week.', 'suicide', 'current', 'passive SI'],
  [
    'Attempted in 2015; now reports thoughts of overdosing again since Friday.',
    'suicide',
    'current',
    'thoughts of overdosing',
  ],
  ['Used to cut herself as a teen and she cut herself again Sunday.', 'self-harm', 'current', 'she cut herself again'],
  ['Her 2019 overdose came up; she said she used heroin Monday.', 'substance', 'current', 'used heroin'],
  ['Was sober for six years until she relapsed last week.', 'substance', 'current', 'relapsed'],
  ['Sober since 2018, relapsed Saturday at a wedding.', 'substance', 'current', 'relapsed'],
  ['Has been drinking since March.', 'substance', 'current', 'drinking'],
  ['At 15 she started cutting and she is still cutting most weekends.', 'self-harm', 'current', 'still cutting'],
  ['Pre-treatment he drank daily; he drank again on Thursday.', 'substance', 'current', 'drank again'],
]);

riskTable('second bank: long past, in other styles', [
  [
    'BIRP B: Member recounted that in the winter of 2022 he overdosed on fentanyl in a motel.',
    'overdose',
    'historical',
    'overdosed',
  ],
  ['Psych hx significant for a suicide attempt (OD) at age 17.', 'suicide', 'historical', 'suicide attempt'],
  ['Back in college she would binge drink every Thursday.', 'substance', 'historical', 'binge drink'],
  [
    "She shared that after her son's death in 2020 she thought about killing herself most days.",
    'suicide',
    'historical',
    'thought about killing herself',
  ],
  ['In March he relapsed on heroin and ended up in detox.', 'substance', 'historical', 'relapsed'],
  ['DAP D: Describes cutting her thighs throughout middle school; no SIB since.', 'self-harm', 'historical', 'cutting'],
  ['Years ago, while drinking, he hit his ex-wife.', 'violence', 'historical', 'hit his ex-wife'],
  ['Reports a remote history of overdose on heroin.', 'overdose', 'historical', 'overdose'],
  ['Over the summer she drank every night, she told group.', 'substance', 'historical', 'drank'],
  ['During his deployment he thought about shooting himself.', 'suicide', 'historical', 'shooting himself'],
  ['Prior to getting clean in 2019, he overdosed three times.', 'overdose', 'historical', 'overdosed'],
  ['Nine years ago he stabbed a man in a fight and served time.', 'violence', 'historical', 'stabbed a man'],
  ['In his early twenties he shot heroin daily.', 'substance', 'historical', 'shot heroin'],
  [
    'Telehealth: she said that last spring she wanted to be dead most days.',
    'suicide',
    'historical',
    'wanted to be dead',
  ],
  [
    'Caregiver reports he punched a classmate in 6th grade and was suspended.',
    'violence',
    'historical',
    'punched a classmate',
  ],
  ['For years he drank a fifth a day, then got sober in 2012.', 'substance', 'historical', 'drank'],
  ['Lifetime: 2 SA (2009, 2013), both by overdose.', 'overdose', 'historical', 'overdose'],
]);

riskTable('second bank: current near-misses, in other styles', [
  ['Three weeks ago she overdosed on her Klonopin and was revived.', 'overdose', 'current', 'overdosed'],
  ['Since we last met, he has been drinking nightly.', 'substance', 'current', 'drinking'],
  ["Got into a fight over the weekend and broke a guy's jaw.", 'violence', 'current', "broke a guy's jaw"],
  ['Hx of cutting; cut her wrist with a razor two days ago.', 'self-harm', 'current', 'cut her wrist'],
  ["Sober since 2015 but drank at his brother's funeral on Friday.", 'substance', 'current', 'drank'],
  [
    'A couple of weeks back she thought about jumping off the overpass.',
    'suicide',
    'current',
    'jumping off the overpass',
  ],
  ['Earlier this week he snorted a line of coke at work.', 'substance', 'current', 'snorted'],
  ['In October she took extra Xanax to sleep.', 'substance', 'current', 'took extra Xanax'],
  ['Like in college, she has been drinking every night this month.', 'substance', 'current', 'drinking'],
  ['Used heroin yesterday for the first time since 2018.', 'substance', 'current', 'Used heroin'],
  ['Has been cutting nightly since the summer.', 'self-harm', 'current', 'cutting'],
  [
    'In 2010 he attempted suicide; now reports wanting to die again since Sunday.',
    'suicide',
    'current',
    'wanting to die',
  ],
  ['Ever since the divorce in 2021 she has wanted to die.', 'suicide', 'current', 'wanted to die'],
  ['Attempted by hanging on 11/2 and was hospitalized for a week.', 'suicide', 'current', 'Attempted by hanging'],
  [
    'Pt said that in the spring she was sober, but this week she drank a bottle of wine.',
    'substance',
    'current',
    'drank',
  ],
  [
    'For years she has thought about killing herself, most of all at night.',
    'suicide',
    'current',
    'thought about killing herself',
  ],
  ['As a teen he cut; he says the urges to cut are back this month.', 'self-harm', 'current', 'urges to cut'],
  ['Pt in early recovery (sober since August) used meth Saturday night.', 'substance', 'current', 'used meth'],
]);

riskTable('a month and day with no year, after a word that dates by it', [
  ['Cut herself with a razor on 9/1 after a fight with her mom.', 'self-harm', 'historical', 'Cut herself'],
  ['Cut herself with a razor on 11/1 after a fight with her mom.', 'self-harm', 'current', 'Cut herself'],
  ['Overdosed on 11/2 and was revived by EMS.', 'overdose', 'current', 'Overdosed'],
  ['Cravings rated 7/10 this week.', 'substance', 'current', 'Cravings'],
  ['Cravings at 7/10, worse since group.', 'substance', 'current', 'Cravings'],
]);

riskTable('found on dev and by the nearby suites: where an anchor stands decides what it dates', [
  ['Wishes she could join her daughter who died in March.', 'suicide', 'current', 'join her daughter'],
  [
    'Pt said the dread is "like last year, when I didn\'t want to be here."',
    'suicide',
    'historical',
    'want to be here',
  ],
  [
    'Gabe said that since his brother Eli died in the spring, he wishes he could "just go where Eli went and be done."',
    'suicide',
    'current',
    'go where Eli went',
  ],
  [
    'Eight months after his death, she said she "just wants to go be with him."',
    'suicide',
    'current',
    'go be with him',
  ],
  [
    'Helena said she "wished I was dead most of the summer," and that it lifted by mid-August.',
    'suicide',
    'historical',
    'wished I was dead',
  ],
  [
    'Pt reports drinking Sat night at his brother\'s, "maybe 5 or 6 beers," none since.',
    'substance',
    'current',
    '5 or 6 beers',
  ],
  [
    'Handling the scalpel has brought back the urge to cut himself, like in high school.',
    'self-harm',
    'current',
    'urge to cut himself',
  ],
]);
