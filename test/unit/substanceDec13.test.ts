/**
 * A paraphrase bank of substance disclosures (GUIDE: use, lapse or relapse since the last session, stated intent to
 * use, current cravings, a positive screen; the member's own and current), written fresh for the thirteenth session
 * in styles the earlier banks (riskSubstanceDec11, Dec6c, Dec6g) did not use: collateral reports, misuse of one's own
 * prescription, inhalants and kratom, hedged intent, cravings by scale and by word, breath and urine screens in many
 * notations. Each group stands beside near-misses that share its words: sober counts, past use, someone else's use,
 * the group's topic, refusals, MAT as prescribed, ordinary drinks and cravings, figures, a dream, a relapse plan's
 * "if", a negative screen, a use that was called off.
 */
import { disclosures, nearMisses } from '../support/riskTable';

disclosures('bank: alcohol, with amounts and times', [
  ['Pt endorses 3-4 IPAs nightly this week.', 'substance', '3-4 IPAs nightly'],
  ['Said she put away most of a box of wine on Saturday.', 'substance', 'box of wine'],
  ['Reports two pints at the pub after the funeral.', 'substance', 'two pints'],
  ['S: "I killed a bottle of Jack by myself Friday."', 'substance', 'a bottle of Jack'],
  ['Member disclosed daily day-drinking since the layoff.', 'substance', 'day-drinking'],
  ['Veteran reports a six-pack most evenings "to take the edge off."', 'substance', 'a six-pack most evenings'],
  ['Was buzzed on arrival, admits to two shots in the parking lot.', 'substance', 'two shots'],
  ['Client stated she has been sipping vodka from a water bottle at work.', 'substance', 'sipping vodka'],
  ['He went on a two-day bender after the custody ruling.', 'substance', 'bender'],
  ['Last drink: this morning, per pt.', 'substance', 'Last drink: this morning'],
]);

disclosures('bank: opioids, fentanyl and pressed pills', [
  ['Pt used fent Sunday, "just a line," alone in his room.', 'substance', 'used fent'],
  ['Reports smoking blues again since his release.', 'substance', 'smoking blues'],
  ['Admits she bought M30s from a guy at the shelter and took two.', 'substance', 'M30s'],
  ['He snorted half a pressed pill Friday night.', 'substance', 'snorted half a pressed pill'],
  ['Client reports using dope every day since Thanksgiving.', 'substance', 'using dope'],
  ['Reports he has been chipping heroin on weekends.', 'substance', 'chipping heroin'],
  ['Acknowledged taking oxy from a friend to get through a double shift.', 'substance', 'taking oxy'],
  ['Member states he used tranq-dope twice since group.', 'substance', 'used tranq-dope'],
]);

disclosures('bank: stimulants, cannabis, vapes, edibles', [
  ['Pt smoked crack Tues and Wed, per self-report.', 'substance', 'smoked crack'],
  ['Reports doing lines of coke at a bachelor party.', 'substance', 'doing lines of coke'],
  ['Admits to eating an edible before the family session.', 'substance', 'eating an edible'],
  ['Teen has been vaping weed pens daily, per mom.', 'substance', 'vaping weed pens'],
  ['He is back to a blunt every morning before work.', 'substance', 'a blunt every morning'],
  ['Smoked a bowl before logging onto the video group.', 'substance', 'Smoked a bowl'],
  ['Said she took molly at the concert Saturday.', 'substance', 'took molly'],
]);

disclosures('bank: benzos, kratom, inhalants, own prescription misused', [
  ['Took extra of her Adderall to finish a work project.', 'substance', 'extra of her Adderall'],
  ['He doubled up on his gabapentin most nights this week.', 'substance', 'doubled up on his gabapentin'],
  ['Ran out of her Klonopin a week early after taking more than prescribed.', 'substance', 'more than prescribed'],
  ['Pt admits chewing his Xanax bars to feel them faster.', 'substance', 'Xanax bars'],
  ['Reports drinking kratom shots three times a day.', 'substance', 'kratom shots'],
  ['Pt acknowledged huffing gas in the garage twice last week.', 'substance', 'huffing gas'],
  ['Has been inhaling whippets at parties, per his girlfriend.', 'substance', 'whippets'],
  ['States she got benzos off the street to sleep.', 'substance', 'benzos off the street'],
  ['Took three of his Norcos at once for the buzz.', 'substance', 'for the buzz'],
]);

disclosures('bank: program words and quoted member words', [
  ['Member shared she "went back out" after her DUI hearing.', 'substance', 'went back out'],
  ['Pt reports a relapse on Friday, crack, about $60.', 'substance', 'relapse on Friday'],
  ['"I got loaded Saturday and I\'m not proud of it."', 'substance', 'got loaded'],
  ['Client says she "fell off the wagon" at the holiday party.', 'substance', 'fell off the wagon'],
  ['Reset her sobriety date to 11/15 after drinking at a wedding.', 'substance', 'drinking at a wedding'],
  ['"Used on Tuesday, I\'m being honest," pt said.', 'substance', 'Used on Tuesday'],
  ['Pt stated "I got high again, twice."', 'substance', 'got high again'],
  ['He admitted to a slip with pills over the weekend.', 'substance', 'slip with pills'],
]);

disclosures('bank: collateral reports', [
  ['Mother reports she found him drunk in the garage Sunday.', 'substance', 'drunk'],
  ['PO called: client admitted to smoking meth this week.', 'substance', 'smoking meth'],
  ['Wife reports he has been drinking in the truck before coming inside.', 'substance', 'drinking in the truck'],
  ['Per grandmother, teen came home high twice this week.', 'substance', 'came home high'],
  ['Sponsor told staff she used on Saturday.', 'substance', 'used on Saturday'],
]);

disclosures('bank: screens in many notations', [
  ['UDS (+) fentanyl, (-) all else.', 'substance', 'UDS (+) fentanyl'],
  ['Breathalyzer 0.04 at check-in.', 'substance', 'Breathalyzer 0.04'],
  ['BAC .08 on arrival; sent home per policy.', 'substance', 'BAC .08'],
  ['Tox screen positive for cocaine metabolites.', 'substance', 'positive for cocaine'],
  ['UA came back hot for meth.', 'substance', 'hot for meth'],
  ['Urine drug screen: positive for benzos, not prescribed.', 'substance', 'positive for benzos'],
  ['UDS today + THC.', 'substance', 'UDS today + THC'],
  ['Oral swab positive for amphetamines.', 'substance', 'positive for amphetamines'],
]);

disclosures('bank: intent and its hedges', [
  ['Says he might have a couple at the reunion.', 'substance', 'might have a couple'],
  ['Not sure he will stay sober through the holidays.', 'substance', 'Not sure he will stay sober'],
  ['"I\'m going to get high when I get my check," she said.', 'substance', 'going to get high'],
  ['Intends to drink on her birthday, "just wine."', 'substance', 'Intends to drink'],
  ['Considering going back to using once probation ends.', 'substance', 'going back to using'],
  ['Said he is thinking of picking up this weekend.', 'substance', 'thinking of picking up'],
  ['Plans to smoke weed at the festival.', 'substance', 'Plans to smoke weed'],
  ['Told group she will probably drink at the wedding.', 'substance', 'will probably drink'],
]);

disclosures('bank: cravings by scale and by word', [
  ['Urges 7/10 since the breakup.', 'substance', 'Urges 7/10'],
  ['"I want it bad," pt said of heroin.', 'substance', 'want it bad'],
  ['Has been thinking about using all week.', 'substance', 'thinking about using'],
  ['Cravings: 6/10 today, down from 8.', 'substance', 'Cravings: 6/10'],
  ['Pt reports intense cravings for alcohol at night.', 'substance', 'cravings for alcohol'],
  ['Craving pills every afternoon around 3.', 'substance', 'Craving pills'],
  ['Reports strong urges to drink after work.', 'substance', 'urges to drink'],
  ['He said he has been jonesing for a hit since Monday.', 'substance', 'jonesing'],
  ['Mentions obsessing about a drink during the drive in.', 'substance', 'obsessing about a drink'],
  ['Craving scale 9 at start of group.', 'substance', 'Craving scale 9'],
]);

nearMisses('bank near-misses: sober dates, counts, clean', [
  ['Clean since June, per pt and UDS.', 'substance', 'Clean since June'],
  ['Sober 112 days today.', 'substance', 'Sober 112 days'],
  ['Got her 30-day key tag on Sunday.', 'substance', '30-day key tag'],
  ['Last drink 4/2/2023.', 'substance', 'Last drink'],
  ['Has not used since intake.', 'substance', 'used'],
  ['Abstinent from alcohol x 9 months.', 'substance', 'alcohol'],
  ['Denies any drinking or drug use this week.', 'substance', 'drinking'],
  ['No urges reported.', 'substance', 'urges'],
  ['Cravings 0/10.', 'substance', 'Cravings'],
]);

nearMisses('bank near-misses: past use in a history', [
  ['Hx of IV heroin use 2012-2018.', 'substance', 'heroin use'],
  ['Started drinking at 14; sober since 2020.', 'substance', 'drinking'],
  ['In his twenties he smoked crack daily.', 'substance', 'smoked crack'],
  ['Recalled her first time getting high at age 12.', 'substance', 'getting high'],
  ['Back in college she used Adderall to study.', 'substance', 'Adderall'],
]);

nearMisses("bank near-misses: someone else's use", [
  ['Her son overdosed on fentanyl last spring; she grieves him daily.', 'substance', 'fentanyl'],
  ['His roommate keeps beer in the fridge.', 'substance', 'beer'],
  ['Her dad drinks a fifth a day and she worries.', 'substance', 'drinks a fifth'],
  ['Partner uses meth in the house, per pt.', 'substance', 'uses meth'],
  ['Her teen was caught vaping at school.', 'substance', 'vaping'],
  ['A peer shared about using over the weekend.', 'substance', 'using'],
]);

nearMisses('bank near-misses: topic, refusals, cancelled use', [
  ['Group topic: cannabis and teen brain development.', 'substance', 'cannabis'],
  ['Psychoeducation on kratom and withdrawal.', 'substance', 'kratom'],
  ['Turned down shots at the work happy hour.', 'substance', 'shots'],
  ['Said no when his cousin offered him a hit.', 'substance', 'hit'],
  ['Threw out the bottle before opening it.', 'substance', 'bottle'],
]);

nearMisses('bank near-misses: medicines as prescribed, MAT', [
  ['Took her Adderall as prescribed, 10 mg AM.', 'substance', 'Adderall'],
  ['Gabapentin 300 mg TID per PCP, taking as directed.', 'substance', 'Gabapentin'],
  ['Sublocade injection received on schedule.', 'substance', 'Sublocade'],
  ['Picked up his methadone take-homes Friday.', 'substance', 'methadone'],
  ['Carries a Narcan kit in her purse.', 'substance', 'Narcan'],
]);

nearMisses('bank near-misses: ordinary words', [
  ['Drinking more water and tracking steps.', 'substance', 'Drinking'],
  ['Had two coffees before group.', 'substance', 'coffees'],
  ['Craving pizza after the late shift.', 'substance', 'Craving pizza'],
  ["Shot a video for her daughter's birthday.", 'substance', 'Shot'],
  ['Hit the gym three times this week.', 'substance', 'Hit'],
  ['Made pot roast for the family Sunday.', 'substance', 'pot roast'],
  ['Got a flu shot Tuesday.', 'substance', 'shot'],
  ['She is hooked on crossword puzzles.', 'substance', 'hooked'],
  ['Took a hit to his pride at work.', 'substance', 'hit'],
  ['The stakes are high for her custody case.', 'substance', 'high'],
  ['Blew off some steam at the batting cage.', 'substance', 'Blew'],
  ['He has been smoking the competition at the gym.', 'substance', 'smoking'],
]);

nearMisses('bank near-misses: dreams, plans, negative screens', [
  ['Had a using dream Tuesday and woke up shaken.', 'substance', 'using'],
  ['Dreamt she was drinking at her old bar.', 'substance', 'drinking'],
  ['Relapse plan: if I ever want to use again I will call Marcus.', 'substance', 'want to use'],
  ['If cravings spike he will go to a meeting.', 'substance', 'cravings'],
  ['UDS negative x3.', 'substance', 'UDS'],
  ['Breathalyzer 0.00 at check-in.', 'substance', 'Breathalyzer'],
  ['Tox screen (-) for all substances.', 'substance', 'Tox screen'],
]);

// The readings added for the bank, each with paraphrases in other words and near-misses that share their words.
disclosures('readings: verbs of drinking and taking before a named substance; pills from the street or online', [
  ['Has been chugging hard seltzers before his shift.', 'substance', 'chugging hard seltzers'],
  ['Guzzled rum straight from the bottle at the tailgate.', 'substance', 'Guzzled rum'],
  ['Admits crushing his Percs to snort them.', 'substance', 'crushing his Percs'],
  ['Bought bars off the internet last week.', 'substance', 'Bought bars off the internet'],
  ['Has been getting oxys off the street since the script ran out.', 'substance', 'getting oxys off the street'],
]);

nearMisses('readings: verbs of drinking and taking, near-misses', [
  ['Sipping chamomile tea on the porch helps her wind down.', 'substance', 'Sipping'],
  ['Chewing gum during group to stay focused.', 'substance', 'Chewing'],
  ['Has been pounding the pavement looking for work.', 'substance', 'pounding'],
  ['Got her prescription refilled off the pharmacy app.', 'substance', 'prescription'],
]);

disclosures('readings: back to a habit by its amount; use for the buzz; doubt about staying sober', [
  ["Says he's back to a 12-pack a night.", 'substance', 'back to a 12-pack'],
  ['Reports she is back to two blunts a day since the layoff.', 'substance', 'back to two blunts'],
  ['Drank cough syrup for the buzz over the weekend.', 'substance', 'for the buzz'],
  ['Admits he keeps chasing that first high.', 'substance', 'chasing that first high'],
  ['Doubts she can stay clean once her ex gets out.', 'substance', 'Doubts she can stay clean'],
  ["Isn't sure he can stay off the pills after surgery.", 'substance', 'sure he can stay off the pills'],
]);

nearMisses('readings: back to, buzz, staying, near-misses', [
  ['Went back to the pot roast recipe her mom used.', 'substance', 'pot roast'],
  ['He is back to a beer league softball team on Sundays.', 'substance', 'beer league'],
  ['Got a buzz cut before court.', 'substance', 'buzz cut'],
  ['Chasing a high score in his video game all weekend.', 'substance', 'high score'],
  ['Not sure he will stay at the shelter past Friday.', 'substance', 'stay at the shelter'],
  ["She's scared she'll go right back to the wine if the biopsy is bad.", 'substance', 'back to the wine'],
  ["Worries he'll be back to a six-pack a night once the season ends.", 'substance', 'back to a six-pack'],
]);

disclosures('readings: ratings on a scale, breath readings without a zero, coming home high', [
  ['Cravings rating: 6 on arrival.', 'substance', 'Cravings rating: 6'],
  ['Craving intensity 8 this morning, per pt.', 'substance', 'Craving intensity 8'],
  ['Breath test .04 at check-in.', 'substance', 'Breath test .04'],
  ['BAL .12 per the ER records from Saturday.', 'substance', 'BAL .12'],
  ['Came home drunk again Saturday, per his wife.', 'substance', 'Came home drunk'],
  ['Showed up late high to the family session.', 'substance', 'Showed up late high'],
]);

nearMisses('readings: scales, readings, coming home, near-misses', [
  ['Reviewed her craving scale with the group.', 'substance', 'craving scale'],
  ['Craving scale 0 today.', 'substance', 'Craving scale'],
  ['Target: self-harm urges. Rating this week: 6/10.', 'substance', 'Rating this week: 6/10'],
  ['BAC .00 on arrival.', 'substance', 'BAC'],
  ['Came home high on the win after the playoff game.', 'substance', 'high'],
]);

nearMisses('readings: dreams of use, a negative rest of a panel, "smoking" as beating', [
  ['Had a dream he used and woke up sweating.', 'substance', 'used'],
  ["Nightmare about drinking at her dad's funeral kept her up.", 'substance', 'drinking'],
  ['Keeps dreaming of getting high, which scares him.', 'substance', 'getting high'],
  ['UDS (-) for all substances.', 'substance', 'UDS'],
  ['She has been smoking everyone on the track team.', 'substance', 'smoking'],
]);

disclosures('readings: counterparts of the dream and panel near-misses', [
  ['Drank Saturday, then had bad dreams all night.', 'substance', 'Drank'],
  ['(+) THC, (-) all others.', 'substance', '(+) THC'],
  ['UDS pos for meth; (-) for everything else.', 'substance', 'pos for meth'],
  ['She has been smoking every day since the move.', 'substance', 'has been smoking'],
  ['Said she "picked up" after her DWI court date.', 'substance', 'picked up'],
]);

// One's own controlled medicine kept for an overdose thought is use as well (GUIDE: "A controlled drug the member keeps
// for an overdose thought" is suicide preparatory and substance current; riskStockpileUse.ts).
disclosures('readings: a named controlled medicine kept "just in case"', [
  ['Has been keeping her leftover Percocet in the glovebox just in case.', 'substance', 'Percocet'],
  ['Admits he has been saving his Klonopin in a coffee tin in case things get too bad.', 'substance', 'Klonopin'],
  ['She has been hiding her oxycodone in a sock drawer for a bad day.', 'substance', 'oxycodone'],
]);

nearMisses('readings: kept "just in case", near-misses', [
  ["Has been saving her husband's pain pills in a shoebox just in case.", 'substance', 'pain pills'],
  ['Keeps his Tylenol in the drawer just in case.', 'substance', 'Tylenol'],
  ['Gave his dress blues to his nephew last weekend.', 'substance', 'blues'],
]);
