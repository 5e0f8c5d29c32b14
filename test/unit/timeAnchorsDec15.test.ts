/**
 * Time anchors read generally (2026-12-15, history5): the time expression that governs the clause of a risk act,
 * placed against the session date (2026-11-20 here, TEST_SESSION_DATE). eval/GUIDE.md: `historical` is the member's
 * own risk long past ("an attempt in college, none since", "hx of OD in 2019", "cut as a teen"); days or weeks ago,
 * since the last group and "lately" are `current`; the two-month line decides a month.
 */
import { riskTable } from '../support/riskTable';

riskTable('first bank: long past, by an absolute anchor', [
  ['PMH: SA by hanging 2014, no attempts since.', 'suicide', 'historical', 'SA'],
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
  ['Over the years he has choked two girlfriends, he admitted in group.', 'violence', 'historical', 'choked'],
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
  ['Former heavy drinker who used to black out every weekend.', 'substance', 'historical', 'black out'],
  ['Prior suicide attempt by hanging noted on intake.', 'suicide', 'historical', 'suicide attempt'],
]);

riskTable('first bank: long past, by aspect', [
  ['Had been cutting nightly until she started DBT in 2022.', 'self-harm', 'historical', 'cutting'],
  ['Back then he would drink until he passed out.', 'substance', 'historical', 'drink'],
  ['Used to snort pills with his cousin in the garage.', 'substance', 'historical', 'snort pills'],
  ['Has not cut since 2020.', 'self-harm', 'negated', 'cut'],
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
  ['Cut last night, the first time since high school.', 'self-harm', 'current', 'Cut'],
  ['Hx of SI; endorses passive SI this week.', 'suicide', 'current', 'passive SI'],
  [
    'Attempted in 2015; now reports thoughts of overdosing again since Friday.',
    'suicide',
    'current',
    'thoughts of overdosing',
  ],
  ['Used to cut as a teen and cut again Sunday.', 'self-harm', 'current', 'cut again'],
  ['Her 2019 overdose came up; she said she used heroin Monday.', 'substance', 'current', 'used heroin'],
  ['Was sober for six years until she relapsed last week.', 'substance', 'current', 'relapsed'],
  ['Sober since 2018, relapsed Saturday at a wedding.', 'substance', 'current', 'relapsed'],
  ['Has been drinking since March.', 'substance', 'current', 'drinking'],
  ['At 15 she started cutting and she still cuts most weekends.', 'self-harm', 'current', 'still cuts'],
  ['Pre-treatment he drank daily; he drank again on Thursday.', 'substance', 'current', 'drank again'],
]);
