/**
 * A paraphrase bank of substance-use disclosures (GUIDE: use, lapse or relapse, stated intent to use, current craving,
 * a positive screen, the member's own and current) written fresh in the styles of other programs (terse IOP/SUD, SOAP,
 * BIRP/DAP, labelled "Risk:" lines, templates, adolescents with caregivers, telehealth, veterans, grief), across
 * substances and slang, each group beside near-misses that share its words but are no current use: sober dates and
 * clean counts, past use, someone else's use, the group's topic, refusals, MAT taken as prescribed, water and coffee,
 * cravings for food, figures of speech and the ordinary senses of "picked up", "went out", "slipped".
 *
 * A disclosure row must find a current substance mention overlapping its cue; a near-miss row must find no current
 * substance mention anywhere in its text (the paragraph-level question GN305 asks).
 */
import * as assert from 'assert';
import { analyzeProse, riskMentions } from '../../server/src/prose';
import { TEST_SESSION_DATE } from '../support/riskTable';

type BankRow = [text: string, cue: string];

function currentSubstance(text: string) {
  return riskMentions(analyzeProse(text), { sessionDate: TEST_SESSION_DATE }).filter(
    (mention) => mention.category === 'substance' && mention.status === 'current',
  );
}

function disclosures(title: string, rows: readonly BankRow[]): void {
  describe(title, () => {
    for (const [text, cue] of rows)
      it(`current substance: ${text}`, () => {
        const start = text.indexOf(cue);
        assert.ok(start >= 0, `cue "${cue}" is not in "${text}"`);
        const hit = currentSubstance(text).some((mention) => mention.start < start + cue.length && start < mention.end);
        assert.ok(hit, `no current substance mention at "${cue}"`);
      });
  });
}

function nearMisses(title: string, rows: readonly BankRow[]): void {
  describe(title, () => {
    for (const [text, cue] of rows)
      it(`no current substance: ${text}`, () => {
        assert.ok(text.includes(cue), `cue "${cue}" is not in "${text}"`);
        const found = currentSubstance(text).map((mention) => mention.text);
        assert.deepStrictEqual(found, []);
      });
  });
}

disclosures('substance bank: use told plainly, with quantities', [
  ['Pt reports drinking 6-8 beers Sat night after a fight w/ wife.', 'drinking'],
  ['Client endorsed use of fentanyl x2 since last group, smoked off foil.', 'fentanyl'],
  ['Reports snorting coke at a party Saturday.', 'snorting coke'],
  ['Smoked a few bowls last night to calm down.', 'Smoked a few bowls'],
  ['Client discloses smoking meth 2-3 times since last session.', 'smoking meth'],
  ['She drank half a bottle of vodka on Sunday.', 'drank half a bottle of vodka'],
  ['Reports smoking fentanyl daily, about a gram a day.', 'smoking fentanyl'],
  ['Hx: AUD. Current: drinking 12 beers/day, last drink this morning.', 'drinking 12 beers/day'],
  ['Member shared she used meth on her birthday.', 'used meth'],
  ['Admits to using cocaine at work to keep up with double shifts.', 'using cocaine'],
  ['Pt used 2 bags IV Monday, denies OD.', 'used 2 bags'],
  ['Pt disclosed IV heroin use last night; fresh track marks noted.', 'heroin use'],
  ['Had a few beers watching the game, over his limit of two.', 'a few beers'],
  ['Acknowledges he had one beer at the barbecue, his first since intake.', 'one beer'],
  ['He has been drunk most evenings this week.', 'drunk'],
  ['Reports drinking to blackout twice this week.', 'drinking to blackout'],
]);

disclosures('substance bank: program words and slang for a lapse', [
  ['Relapsed on meth over the holiday weekend.', 'Relapsed'],
  ['He picked up on Thursday after getting his check.', 'picked up'],
  ['Member shared he slipped Friday, had a couple drinks at the bar.', 'slipped'],
  ['Reports getting high with his cousin after work most days this week.', 'getting high'],
  ['Relapse on opioids 11/14, used alone in his car.', 'Relapse on opioids'],
  ['Admitted to a lapse: 4 shots of vodka Friday.', 'lapse'],
  ["Reports he got wasted at his cousin's birthday.", 'got wasted'],
  ['States he relapsed after 60 days; "I just wanted to feel nothing."', 'relapsed'],
  ['Client said he "dabbed a little" on Saturday with roommates.', 'dabbed'],
  ['Said he banged a half gram Wednesday.', 'banged a half gram'],
  ['Pressed blues x3 on Sunday per pt.', 'Pressed blues'],
  ['He has been popping Percs he gets from a buddy.', 'popping Percs'],
  ['Says she has been drinking again since the funeral.', 'drinking again'],
  ['S: "I drank Saturday. Not a lot, but I drank."', 'I drank'],
]);

disclosures('substance bank: pills, benzos, kratom, stimulants, cannabis', [
  ["UDS positive for benzodiazepines; pt admits taking two of her sister's Klonopin.", 'Klonopin'],
  ['He has been taking kratom daily, up to 10 grams, to manage withdrawal.', 'kratom'],
  ['Took extra Adderall to get through finals, more than prescribed.', 'extra Adderall'],
  ['Took a couple of Xanax he got from a friend before the court date.', 'Xanax'],
  ['Took some pills someone sold her as Percocet.', 'pills someone sold her'],
  ['She has been using benzos to come down off the meth.', 'using benzos'],
  ['Member reports she took 3 Ativan that were not prescribed to her.', 'Ativan'],
  ['Pt admits she has been buying pills off the street again.', 'buying pills off the street'],
  ['Member said he has been hitting a THC cart nonstop since losing the job.', 'THC cart'],
  ['Teen acknowledged vaping THC in the school bathroom this week; mother present.', 'vaping THC'],
  ['Adolescent admitted to smoking weed with friends after school; dad in session.', 'smoking weed'],
]);

disclosures('substance bank: screens, templates and labelled lines', [
  ['Urine screen came back positive for methamphetamine.', 'positive for methamphetamine'],
  ["Tested positive for THC and cocaine on today's UDS.", 'Tested positive'],
  ['Positive breathalyzer at check-in (0.06).', 'Positive breathalyzer'],
  ['Risk: substance use - yes, alcohol, last use yesterday.', 'substance use'],
  ['BIRP. B: Pt endorses use of alcohol 3 of the last 7 days.', 'use of alcohol'],
  ['D: Client stated he used heroin Tuesday. A: Engaged, tearful.', 'used heroin'],
  [
    'Telehealth: member appeared intoxicated on camera, speech slurred, and admitted to drinking before group.',
    'drinking before group',
  ],
]);

disclosures('substance bank: veterans, grief, narrative', [
  [
    'Veteran reports he has been self-medicating with alcohol since the anniversary of the deployment.',
    'self-medicating with alcohol',
  ],
  ['He disclosed he is knocking back a fifth of whiskey most nights to sleep.', 'a fifth of whiskey'],
  ['Since her husband died she has a bottle of wine every night, "maybe more."', 'a bottle of wine'],
  ['Client reports binge drinking over the weekend and woke up not knowing how she got home.', 'binge drinking'],
  ['Reports he nodded out at work after using Tuesday.', 'using'],
]);

disclosures('substance bank: intent to use and craving', [
  ['Plans to drink at her brother\'s wedding next month, "just champagne for the toast."', 'Plans to drink'],
  ['Admits strong cravings for crack since moving back to the old neighborhood.', 'cravings'],
  ['Pt describes urges to use as 8/10 this week.', 'urges to use'],
  ['Wants to use this weekend when his ex has the kids.', 'Wants to use'],
  ['Endorses craving alcohol when he passes the liquor store on his route.', 'craving alcohol'],
  ['He said he is planning to pick up once he gets paid Friday.', 'planning to pick up'],
  ['Pt states he would like to use "one last time" before entering residential.', 'use'],
  ['Craving is constant; he keeps thinking about calling his old dealer.', 'Craving'],
  ['Said he cannot stop thinking about getting loaded.', 'getting loaded'],
]);

nearMisses('substance bank near-misses: sober dates, clean counts, denials', [
  ['Pt reports 45 days clean as of today.', '45 days clean'],
  ['Sobriety date 3/2/2024; celebrated with his sponsor.', 'Sobriety date'],
  ['Celebrated 6 months sober with the group.', '6 months sober'],
  ['Picked up his 1-year chip at the Tuesday meeting.', 'Picked up'],
  ['Denies alcohol or drug use since last group.', 'alcohol or drug use'],
  ['UDS negative for all substances.', 'UDS negative'],
  ['Reports no cravings this week.', 'no cravings'],
  ['Denies urges to use.', 'urges to use'],
  ['Member stated she has been clean since August and feels proud.', 'clean since August'],
  ['Sponsor called her to check in; she denies use.', 'denies use'],
]);

nearMisses('substance bank near-misses: past use and history', [
  ['History of heavy drinking in his twenties; sober since 2015.', 'heavy drinking'],
  ['Client completed detox in 2019 and stayed sober for three years after.', 'detox'],
  ['Last use was 18 months ago.', 'Last use'],
  ['He shared his using story from his twenties for the newcomers.', 'using story'],
  ['Veteran recalled drinking heavily after his first deployment in 2008.', 'drinking heavily'],
  ['Used to drink a 30-pack a day before treatment.', 'Used to drink'],
]);

nearMisses('substance bank near-misses: someone else, the topic, refusals, what if', [
  ['Her husband drinks every night and it sets her off.', 'drinks'],
  ['He talked about how his father used to get drunk and hit his mother.', 'drunk'],
  ['Roommate smokes weed in the apartment; client asked him to stop.', 'smokes weed'],
  ["The patient's mother uses cocaine, per the DCFS report.", 'uses cocaine'],
  ["She smelled alcohol on her boyfriend's breath and left.", 'alcohol'],
  ["Mother reports the teen's friends vape; teen denies vaping.", 'vape'],
  ['He worries his brother will relapse over the holidays.', 'relapse'],
  ['Group topic: relapse warning signs.', 'relapse'],
  ['Group discussed the dangers of mixing benzos and alcohol.', 'mixing benzos and alcohol'],
  ['Psychoeducation on fentanyl test strips and naloxone.', 'fentanyl'],
  ['Turned down a beer at the office party.', 'beer'],
  ['Friends invited him on a bar crawl; he declined and went to a meeting instead.', 'bar crawl'],
  ['Says he is not going to drink at the wedding and will bring sparkling cider.', 'drink'],
  ['If he drinks again, his wife has said she will leave.', 'drinks again'],
  ['Role-played what she would say if offered pills at the party.', 'offered pills'],
]);

nearMisses('substance bank near-misses: medicines as prescribed, drinks, other senses', [
  ['Takes Suboxone 16 mg daily as prescribed; no missed doses.', 'Suboxone'],
  ['Methadone 90 mg, dosing at clinic daily, stable.', 'Methadone'],
  ['Takes prescribed Adderall 20 mg in the morning for ADHD.', 'Adderall'],
  ['Drinking more water and less coffee per his sleep plan.', 'Drinking'],
  ['Had a couple cups of coffee before the session.', 'coffee'],
  ['Craving sugar since she quit.', 'Craving sugar'],
  ['Drinks plenty of fluids after dialysis.', 'Drinks'],
  ['Went out to dinner with her sister after group.', 'Went out'],
  ['Slipped on the ice and bruised her hip.', 'Slipped'],
  ['She picked up the kids early from school.', 'picked up'],
  ['He was high-strung all week about the custody hearing.', 'high-strung'],
  ["Her high point of the week was her daughter's recital.", 'high point'],
  ['He is addicted to his phone and scrolls until 2 am.', 'addicted'],
  ['The kratom shop next to his work closed down.', 'kratom'],
]);

// The readings added for the bank, each with paraphrases in other words and near-misses that share their words.
disclosures('readings added: a labelled use line answered yes; street doses with their verb; pills got from others', [
  ['Substance use: yes, beer on Friday.', 'Substance use: yes'],
  ['Alcohol use - endorsed, 2 glasses of wine nightly.', 'Alcohol use - endorsed'],
  ['He shot two bags before work on Monday.', 'shot two bags'],
  ['She snorted a gram with her roommate at the party.', 'snorted a gram'],
  ['Popped some Percocet she bought off a coworker.', 'Percocet'],
  ['He took Adderall he scored from a classmate to study.', 'Adderall'],
]);

disclosures('readings added: hedged amounts, a weekday, wishes and rated urges', [
  ['Pt said he dabbed a lot over the long weekend.', 'dabbed a lot'],
  ['Admits drinking more since the layoff.', 'drinking more'],
  ['Was using Saturday and missed Sunday group.', 'using Saturday'],
  ['Says she\'d like to drink at the reunion, "just a glass."', 'like to drink'],
  ['He would love to get high one more time, he said.', 'love to get high'],
  ['Rates cravings as 7 out of 10 since payday.', 'cravings'],
]);

nearMisses('readings added: near-misses', [
  ['Substance use: yes/no', 'Substance use'],
  ['Substance use: [ ] yes [x] no', 'Substance use'],
  ['Substance use: denied.', 'Substance use'],
  ['They did two bags of laundry at the shelter.', 'two bags'],
  ['Took the Tylenol she got from the school nurse.', 'Tylenol'],
  ["Group reviewed using Tuesday's handout on triggers.", 'using Tuesday'],
  ['Drinking more fluids after dialysis per his nephrologist.', 'Drinking more'],
  ['Reports cravings for sweets at night since starting the new medication.', 'cravings'],
  ['She was high functioning at work despite the grief.', 'high functioning'],
  ["He'd like to drink more water, per his sleep plan.", 'like to drink'],
]);

// A second bank, written after the first readings were added, to check that they generalise (not tuned to).
disclosures('second bank: use in everyday words and slang', [
  ['Reports "a few cold ones" after his shift most nights.', 'cold ones'],
  ['Veteran states he has been drinking to sleep since the anniversary.', 'drinking to sleep'],
  ['Admits to smoking a joint before group today.', 'smoking a joint'],
  ['Pt relapsed on alcohol over Thanksgiving weekend.', 'relapsed on alcohol'],
  ['Slipped and had a drink at the reception.', 'had a drink'],
  ['He shot up behind the laundromat Tuesday.', 'shot up'],
  ['Reports drinking "a bottle a night" since she lost the baby.', 'drinking'],
  ['Pt states "I drank myself to sleep every night this week."', 'drank myself to sleep'],
  ['Used meth to stay awake on his long-haul route.', 'Used meth'],
  ['Says she is "back on the bottle."', 'back on the bottle'],
  ['Reports she tried to cut back but is still drinking most days.', 'still drinking most days'],
  ['He has been getting lit every weekend.', 'getting lit'],
  ['Ate two THC gummies before the appointment.', 'THC gummies'],
  ['She said she "partied" Friday and woke up at a stranger\'s place.', 'partied'],
  ['Reports using fentanyl daily, smoking about $40 worth.', 'using fentanyl'],
  ['Drank about a 12-pack Friday.', 'Drank'],
  ['Took a bump of coke at the bar.', 'a bump of coke'],
  ['Pt came to group with alcohol on his breath and admitted to "a couple" at lunch.', 'alcohol on his breath'],
  ['Admits to huffing computer duster at night.', 'huffing'],
  ['Uses ketamine on weekends at raves.', 'ketamine'],
  ['Pt disclosed she has been microdosing mushrooms.', 'microdosing mushrooms'],
  ['Adolescent reports drinking at a party Saturday; parents unaware until today.', 'drinking at a party'],
]);

disclosures('second bank: pills, screens, intent and craving', [
  ['Pt acknowledges misusing his Xanax, taking 3-4 a day instead of 1.', 'misusing his Xanax'],
  ["Patient reports taking Percocet from her late husband's prescription.", 'Percocet'],
  ['UDS today: fentanyl +, norfentanyl +.', 'fentanyl +'],
  ['EtG positive; pt admits "a couple glasses of wine."', 'EtG positive'],
  ['Telehealth: pt visibly intoxicated on screen.', 'intoxicated'],
  ['Craving rated 9/10 after seeing his old using buddy.', 'Craving'],
  ['Pt reports intense urges to drink since her divorce was finalized.', 'urges to drink'],
  ['She plans to "have a couple" at her sister\'s bachelorette party.', 'plans to "have a couple'],
  ['Pt is considering using "just one more time" before starting Vivitrol.', 'considering using'],
  ['He mentioned he has been thinking about a drink a lot this week.', 'thinking about a drink'],
  ['Says she is going to drink at the reunion no matter what.', 'going to drink'],
]);

nearMisses('second bank: near-misses', [
  ["Pt's sponsor relapsed last month; pt is worried about him.", 'relapsed'],
  ['Celebrated his 2-year anniversary of sobriety.', 'sobriety'],
  ['No use since 10/1 per self-report and UDS.', 'No use'],
  ['Drank a lot of Gatorade after the run.', 'Drank'],
  ['Her son has been smoking weed and she is at her wits end.', 'smoking weed'],
  ['Discussed how alcohol affected her marriage years ago.', 'alcohol'],
  ['Learned about relapse rates in the first 90 days.', 'relapse'],
  ['Role-played refusing drinks at the company holiday party.', 'drinks'],
  ['Completed a 28-day residential program in 2021.', 'residential'],
  ['She was on a high after the promotion.', 'high'],
  ['He is hooked on true crime podcasts.', 'hooked'],
  ['Took his Suboxone film this morning as directed.', 'Suboxone'],
  ['Vivitrol shot given today; next due 12/20.', 'Vivitrol'],
  ["The group processed a peer's relapse.", 'relapse'],
  ['She shot a few hoops with her son.', 'shot'],
  ['Got a shot of B12 at the clinic.', 'shot'],
  ['He has been high on life since the baby was born.', 'high on life'],
  ['Denies cravings; urges to use 0/10.', 'urges to use'],
  ['Pt says he is done with drinking and has not had a drink in 2 months.', 'drinking'],
  ['She wants to drink less soda.', 'drink'],
  ['Her dad was an alcoholic who died of cirrhosis.', 'alcoholic'],
  ['He got high marks on his performance review.', 'high marks'],
  ['She said she could go for a cup of coffee.', 'coffee'],
  ['Recovery coach called to check in; no use reported.', 'no use'],
]);

// A relapse of something else is no substance use.
nearMisses('a relapse of psychosis, mood, restricting or betting', [
  ['"I think I am relapsing, the TV is talking about me." Early psychotic relapse signs noted.', 'relapsing'],
  ['Worried about a relapse after two short nights; filled in her relapse signature worksheet.', 'relapse'],
  ['She named a relapse into restricting this week.', 'relapse'],
  ['He relapsed hard Saturday: reinstalled the betting app and chased losses.', 'relapsed'],
]);

disclosures('a relapse or rated urge in a paragraph about use stays substance', [
  ['Relapsed Saturday and drank at the casino bar.', 'Relapsed'],
  ['He relapsed on Friday; filled in a relapse signature worksheet for his mood as well.', 'relapsed on Friday'],
  ['IOP check-in. Urges 3/10 most days, sponsor called twice.', 'Urges 3/10'],
]);
