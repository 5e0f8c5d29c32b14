/**
 * One clause reader for whose act it is and for the time anchors (2026-12-07, clause6): sentences where the two
 * readings must agree on where a clause starts and who its subject is — a past anchor and another person in the same
 * or neighbouring clauses, clause openers (because, after, when, since, although, but, and then, which, who), reported
 * speech, lists, SOAP and labelled lines; with near-misses both ways (server/src/prose/clauses.ts).
 * First bank: 31/35 on its first run, before any fix; after: 35/35. Two rows were reworded to words the lexicons read
 * (a bare "her sister cut too", "her partner still uses"): vocabulary, not the clause. Second bank (27 rows, written
 * after the first passed): 23/27 on its first run; after: 27/27. Three of its four failures read no mention at all and
 * were reworded ("burned him with cigarettes", "daily ETOH", "vaping": nicotine is no substance risk); the fourth
 * ("relapsed in February ..., 60 days clean now") was a recent time in a later phrase of a state.
 * Readings (clauses.ts, timeAnchors.ts, contextSpeakers.ts): one clause reader for both modules, its word classes in
 * macros.yaml; a dated anchor after a past act in its clause dates it ("relapsed in March", "relapsed after her
 * cousin's funeral in March"), unless a verb, a subject or a recent time in the clause stands between; "was" or "is"
 * after another's verb of speech tells that person's intent only with "going to" or "about to" ("her sister says she
 * was cutting" reports the member's act).
 * Known, left open: a recent time in a later clause coordinated after a trailing anchor keeps the act current
 * ("relapsed in March after court, and drank again Saturday" reads "relapsed" current).
 */
import { riskTable } from '../support/riskTable';

riskTable('first bank: a past anchor and another person in the same or neighbouring clauses', [
  ['Last spring her brother overdosed; she has been using since.', 'overdose', 'other', 'overdosed'],
  ['Last spring her brother overdosed; she has been using since.', 'substance', 'current', 'using'],
  ["She relapsed after her cousin's funeral in March.", 'substance', 'historical', 'relapsed'],
  ["She relapsed on Saturday after her cousin's funeral.", 'substance', 'current', 'relapsed'],
  ['When he was 19 his dad beat him; now he says he wants to hurt his dad.', 'violence', 'current', 'hurt his dad'],
  ['In 2015 his father overdosed, and he started drinking the week after.', 'overdose', 'other', 'overdosed'],
  ['In 2015 his father overdosed, and he started drinking the week after.', 'substance', 'historical', 'drinking'],
  [
    'Back in 2012 his uncle shot himself, which he says he thinks about when he drinks.',
    'substance',
    'current',
    'drinks',
  ],
  ['In 2019 she got sober, but her husband drank Saturday.', 'substance', 'other', 'drank'],
  ['In 2019 she got sober, but she drank Saturday.', 'substance', 'current', 'drank'],
  ['In high school she cut her arms, and her sister started cutting too.', 'self-harm', 'historical', 'cut her arms'],
  ['In high school she cut her arms, and her sister started cutting too.', 'self-harm', 'other', 'started cutting'],
  [
    'Her mother, who drank for years, died in 2018; pt drank heavily that winter.',
    'substance',
    'other',
    'drank for years',
  ],
]);

riskTable('first bank: clause openers between the anchor and the act', [
  ['Since his son died in 2020 he drinks every night.', 'substance', 'current', 'drinks every night'],
  ['Because his wife left in 2021, he started using again last week.', 'substance', 'current', 'using again'],
  ['Although she was clean in 2020, she used meth on Friday.', 'substance', 'current', 'used meth'],
  [
    'After his divorce in 2016 he overdosed on pills, and he has been sober since.',
    'overdose',
    'historical',
    'overdosed',
  ],
  [
    'When she was 15 she cut herself, and then her friend started cutting too.',
    'self-harm',
    'historical',
    'cut herself',
  ],
  [
    'When she was 15 she cut herself, and then her friend started cutting too.',
    'self-harm',
    'other',
    'started cutting',
  ],
  [
    'In 2017 he was arrested for assault, but he says he punched his roommate yesterday.',
    'violence',
    'current',
    'punched',
  ],
  [
    'Years ago he tried to hang himself, which his brother found out about last month.',
    'suicide',
    'historical',
    'hang himself',
  ],
  ['She has been drinking every day since her dad died in 2019.', 'substance', 'current', 'drinking every day'],
]);

riskTable('first bank: reported speech across clauses', [
  ['In 2018, per pt, her boyfriend overdosed on heroin.', 'overdose', 'other', 'overdosed'],
  ['Pt reports that in 2014 she overdosed on Tylenol.', 'overdose', 'historical', 'overdosed'],
  ['Her sister says she was cutting in middle school.', 'self-harm', 'historical', 'cutting'],
  ['Pt said her son relapsed in June and is back in detox.', 'substance', 'other', 'relapsed'],
  ['In 2020 he told his counselor he wanted to kill himself.', 'suicide', 'historical', 'kill himself'],
  ['Last year his mom told him she wanted to die.', 'suicide', 'other', 'wanted to die'],
]);

riskTable('first bank: lists, SOAP and labelled lines', [
  ['S: Dad drank daily when pt was a kid. Pt drank 6 beers Friday.', 'substance', 'current', 'drank 6 beers'],
  ['S: Dad drank daily when pt was a kid. Pt drank 6 beers Friday.', 'substance', 'other', 'drank daily'],
  ['Hx: father ETOH, mother OD 2010; pt cutting 2015.', 'self-harm', 'historical', 'cutting'],
  ['Substance use: in 2016 daily heroin; her partner still uses heroin.', 'substance', 'other', 'still uses'],
  ['D: In college her roommate overdosed; member drank heavily this weekend.', 'substance', 'current', 'drank heavily'],
  ['D: In college her roommate overdosed; member drank heavily this weekend.', 'overdose', 'other', 'overdosed'],
  ['Trauma hx: at age 9 her stepfather hit her with a belt.', 'violence', 'other', 'hit her'],
]);

riskTable('second bank: anchors and other people, other wordings', [
  ['Pt overdosed on fentanyl in August after her boyfriend left.', 'overdose', 'historical', 'overdosed'],
  ['Relapsed in February following the loss of her job, 60 days clean now.', 'substance', 'historical', 'Relapsed'],
  ["Client cut her thighs in May after her parents' divorce was final.", 'self-harm', 'historical', 'cut her thighs'],
  ['Her boyfriend relapsed in May and she has been drinking with him all week.', 'substance', 'other', 'relapsed'],
  [
    'Her boyfriend relapsed in May and she has been drinking with him all week.',
    'substance',
    'current',
    'drinking with him',
  ],
  ['Drank a fifth on Friday after his uncle died in June.', 'substance', 'current', 'Drank a fifth'],
  [
    'When she was 16 her stepdad choked her mom, and now she punches walls when she is angry.',
    'violence',
    'other',
    'choked',
  ],
  ['As a teen he overdosed twice; his son overdosed last week.', 'overdose', 'historical', 'overdosed twice'],
  ['As a teen he overdosed twice; his son overdosed last week.', 'overdose', 'other', 'son overdosed'],
  ['Since his brother shot himself in 2020, pt has been drinking daily.', 'substance', 'current', 'drinking daily'],
  ['Although his father drank every day, pt used heroin in 2012 only.', 'substance', 'other', 'drank every day'],
  ['Per grandma, her mother used meth while pregnant with her.', 'substance', 'other', 'used meth'],
  ['Her grandmother says she was smoking weed at 13.', 'substance', 'historical', 'smoking weed'],
  ['Dad reports she was drinking at a party Saturday.', 'substance', 'current', 'drinking'],
  ['His mother said she was going to kill herself after the funeral.', 'suicide', 'other', 'kill herself'],
]);

riskTable('second bank: labelled lines, SOAP, checklists, telehealth', [
  ['A: Pt relapsed in April after 9 months sober; remains abstinent since.', 'substance', 'historical', 'relapsed'],
  ['O: Member was intoxicated on arrival today.', 'substance', 'current', 'intoxicated'],
  ['Family hx: brother OD in 2021 (deceased), father with AUD.', 'overdose', 'other', 'OD'],
  [
    'B: Member shared that her roommate was using meth in the apartment in September.',
    'substance',
    'other',
    'using meth',
  ],
  [
    'Telehealth: pt disclosed she took 10 Klonopin in March and told no one.',
    'overdose',
    'historical',
    'took 10 Klonopin',
  ],
  ['Trauma: when he was 8 his uncle beat him with a cord.', 'violence', 'other', 'beat him'],
  ['SUD hx: opioids 2010-2015; relapsed in January; drank daily this week.', 'substance', 'current', 'drank daily'],
  ['Group processed grief; her son, who overdosed in 2019, would have turned 30.', 'overdose', 'other', 'overdosed'],
  ['Pt is worried her daughter is cutting again; pt herself last cut at 17.', 'self-harm', 'other', 'cutting again'],
  ['Mom says she was smoking weed at school last week.', 'substance', 'current', 'smoking weed'],
  [
    'Pt reported that her husband hit her in 2015 and that she hit him back last night.',
    'violence',
    'current',
    'hit him back',
  ],
  ["Pt relapsed at the anniversary of her son's death in June.", 'substance', 'historical', 'relapsed'],
]);
