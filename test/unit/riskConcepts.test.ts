/**
 * Risk concepts as families of paraphrases (lexicons/risk-*.yaml, "concepts" sections), each with its
 * near-misses: someone else's, past, denied, hypothetical, the group's topic, a figure of speech, or a
 * look-alike that is no risk at all. Each row: [sentence, category, expected status of the mention whose
 * text overlaps `cue` ('none' = no mention of that category there), cue].
 * Responses: a response answers only its own category ([sentence, category, answered]).
 */
import { responseTable, riskTable as table } from '../support/riskTable';

table('suicide: foreshortened future and possessions no longer needed (C-SSRS 1, preparatory)', [
  ["Said she won't be around much longer.", 'suicide', 'current', "won't be around much longer"],
  ['Told peers he is not going to be here to see it.', 'suicide', 'current', 'not going to be here to see it'],
  ['Said "no point planning that far out" about the activity list.', 'suicide', 'current', 'no point planning'],
  ['Sold his truck and said he "won\'t need much where I\'m headed."', 'suicide', 'current', "where I'm headed"],
  ['Said she will not need any of it anymore and gave away her books.', 'suicide', 'current', 'need any of it anymore'],
  // near-misses
  ["Won't be here next week because of a family trip.", 'suicide', 'none', "Won't be here next week"],
  ['Not sure where he is headed next for work.', 'suicide', 'none', 'where he is headed'],
  ['No point planning the menu until Friday, she joked.', 'suicide', 'none', 'No point planning'],
]);

table('suicide: goodbye letters and kept pills (C-SSRS preparatory behaviour)', [
  ['Wrote letters to his two daughters this week.', 'suicide', 'current', 'Wrote letters'],
  ['Has left notes for each of her kids in her desk.', 'suicide', 'current', 'left notes'],
  ['Has "a good little collection" of old Seroquel in a shoebox, "just in case."', 'suicide', 'current', 'collection'],
  ['Keeps oxycodone in the nightstand in case things get too bad.', 'suicide', 'current', 'oxycodone'],
  // near-misses
  ['Wrote a letter to her late mother as homework for the grief group.', 'suicide', 'none', 'Wrote a letter'],
  ['Keeps her pills in her purse in case she forgets a dose at work.', 'suicide', 'none', 'pills'],
  ['Her father left letters for each of his kids before he took his life.', 'suicide', 'other', 'left letters'],
  ['Denies stockpiling pills; wrote letters to his daughters for group.', 'suicide', 'none', 'wrote letters'],
  ['Homework: write a letter to his daughter before next group.', 'suicide', 'none', 'write a letter'],
]);

table('suicide: wish to be dead in other words (C-SSRS 1)', [
  ['Feels she has nothing left to live for since the divorce.', 'suicide', 'current', 'nothing left to live for'],
  ['Says life is not worth living lately.', 'suicide', 'current', 'not worth living'],
  ['Said nobody would even notice if she was gone.', 'suicide', 'current', 'nobody would even notice'],
  ['Prays every night that God will take her.', 'suicide', 'current', 'Prays'],
  ['Ready to join her late husband, she said quietly.', 'suicide', 'current', 'join her late husband'],
  ['Sometimes hopes she gets hit by a bus on the way to work.', 'suicide', 'current', 'hit by a'],
  ['Just wants it all to end, she said.', 'suicide', 'current', 'wants it all to end'],
  // near-misses
  ['Wants the meeting to end early so she can catch the bus.', 'suicide', 'none', 'to end'],
  ['Was afraid she would get hit by a car crossing the street.', 'suicide', 'none', 'hit by a car'],
  ['Wants to see her again at Christmas.', 'suicide', 'none', 'see her again'],
  ['Denies feeling that life is not worth living.', 'suicide', 'negated', 'not worth living'],
]);

table('suicide: method, aborted and interrupted attempts (C-SSRS 3, behaviour)', [
  ['Drove to the bridge Sunday night and sat there for an hour.', 'suicide', 'current', 'Drove to the bridge'],
  ['Held the gun to his head Saturday night, then put it away.', 'suicide', 'current', 'Held the gun'],
  ['Sat in the car in the garage with the engine running on Friday.', 'suicide', 'current', 'Sat in the car'],
  ['Swallowed about 20 Tylenol "to make it stop."', 'suicide', 'current', 'make it stop'],
  ['Hx of attempt by hanging in 1998, none since.', 'suicide', 'historical', 'attempt by hanging'],
  ['Texted a friend "i want to kms" on Tuesday.', 'suicide', 'current', 'kms'],
  // near-misses
  ['Went to the bridge club with her sister.', 'suicide', 'none', 'bridge'],
  ['Used paced breathing to make the panic stop.', 'suicide', 'none', 'make the panic stop'],
  ['His cousin held a gun to his head during the robbery.', 'suicide', 'other', 'held a gun'],
]);

table('self-harm: implements, marks, objects struck, urges by site (ISAS, DBT diary card)', [
  ['Said she "went at it with a paperclip" Sunday night.', 'self-harm', 'current', 'went at it with a paperclip'],
  ['Scratched her arm with a safety pin after the call.', 'self-harm', 'current', 'safety pin'],
  ['Showed the fresh round mark on her wrist from Tuesday.', 'self-harm', 'current', 'fresh round mark'],
  ['Punched his bedroom wall until his knuckles bled.', 'self-harm', 'current', 'Punched his bedroom wall'],
  ['Bit her arm until it bled on Saturday.', 'self-harm', 'current', 'Bit her arm'],
  ['Reports urges to scratch her arms since Wednesday.', 'self-harm', 'current', 'urges to scratch'],
  // near-misses
  ['Cut the paper with scissors for the collage.', 'self-harm', 'none', 'scissors'],
  ['Cut her hair with scissors before school pictures.', 'self-harm', 'none', 'scissors'],
  ['Hit the wall in her marathon training at mile 20.', 'self-harm', 'none', 'Hit the wall'],
  ['Kicked the door open when the lock jammed.', 'self-harm', 'none', 'Kicked the door'],
  // a fist through a wall alone is damage to property (eval/GUIDE.md, decisions b9-b11)
  ['Punched his bedroom wall Tuesday after the argument.', 'self-harm', 'none', 'Punched his bedroom wall'],
  ['Used the razor to shave before court.', 'self-harm', 'none', 'razor'],
  ['Her roommate scratched her arm with a safety pin.', 'self-harm', 'other', 'safety pin'],
]);

table('violence: threatened outcomes, surveillance, lying in wait (HCR-20, threat statements)', [
  ['Said of his landlord, "he\'ll be picking his teeth up off the lot."', 'violence', 'current', 'picking his teeth'],
  ['Told the group "he\'s lucky I don\'t own a gun."', 'violence', 'current', "lucky I don't own a gun"],
  [
    'Said "I\'ll make sure he can\'t walk out of there" about her ex.',
    'violence',
    'current',
    "make sure he can't walk",
  ],
  ["He knows the neighbor's work schedule, he said.", 'violence', 'current', "neighbor's work schedule"],
  ["Has been sitting across from her ex's job to catch him.", 'violence', 'current', 'to catch him'],
  ['Wants him dead for what he did to her sister.', 'violence', 'current', 'Wants him dead'],
  ["Said she'll punch her roommate in the face next time.", 'violence', 'current', 'punch her roommate'],
  // near-misses
  ["He'll be in the hospital for his knee surgery next week.", 'violence', 'none', 'hospital'],
  ['Knows her own work schedule now and plans around it.', 'violence', 'none', 'work schedule'],
  ['Waited outside the clinic for her ride.', 'violence', 'none', 'Waited outside'],
  ['Wants him to pay rent on time.', 'violence', 'none', 'pay rent'],
  ["Her ex said he would make sure she can't see the kids again.", 'violence', 'none', 'make sure'],
]);

table('overdose: program language for the event (SAMHSA overdose toolkit)', [
  ['Took a whole strip of her sleeping pills plus two glasses of wine.', 'overdose', 'current', 'whole strip'],
  ['She "went out" Friday on oxy bought from a coworker.', 'overdose', 'current', 'went out'],
  ['Woke up with her son over her with the Narcan spray on Tuesday.', 'overdose', 'current', 'Narcan spray'],
  ['Took the rest of the bottle Saturday; could barely wake up Sunday.', 'overdose', 'current', 'rest of the bottle'],
  // near-misses
  ['Went out Friday after using her coping skills at the party.', 'overdose', 'none', 'Went out'],
  ['Takes her pills with water at breakfast.', 'overdose', 'none', 'pills'],
  ['Woke up and went to the ER for her ankle.', 'overdose', 'none', 'ER'],
  ["Her cousin's overdose last year still haunts her.", 'overdose', 'other', 'overdose'],
]);

table('substance: use, quantities, self-medication, craving intensity (ASAM, TIP 42/63)', [
  ['Reports used 2 pills Friday "off a guy at the site."', 'substance', 'current', 'used 2 pills'],
  ['Says he used "a half point, same as always" on Saturday.', 'substance', 'current', 'a half point'],
  ['Takes "just one to sleep" most nights, not prescribed.', 'substance', 'current', 'just one to sleep'],
  ['Has been "having a few every night to sleep" since arriving.', 'substance', 'current', 'a few every night'],
  ['Craving high today 8/10.', 'substance', 'current', 'high today'],
  ['Still has evening urges most days.', 'substance', 'current', 'evening urges'],
  ["Hit a friend's cart at the party Saturday.", 'substance', 'current', 'cart'],
  ['Said he will probably stop at the liquor store on the way home.', 'substance', 'current', 'liquor store'],
  ['Has been "thinking about it all day today."', 'substance', 'current', 'thinking about it all day'],
  // near-misses
  ['Used her pill organizer every day this week.', 'substance', 'none', 'pill organizer'],
  ["Hit a friend's car in the parking lot.", 'substance', 'none', 'car'],
  ['Went to the store for milk after group.', 'substance', 'none', 'store'],
  ['It takes her one to two hours to fall asleep.', 'substance', 'none', 'to fall asleep'],
  ['Her brother used 2 pills at the party.', 'substance', 'other', 'used 2 pills'],
  ['Denies cravings this week; no use since intake.', 'substance', 'negated', 'cravings'],
]);

table('suicide: implicit wish to be dead, hopelessness and burdensomeness (C-SSRS 1, SAFE-T)', [
  ['"I wish I wasn\'t here," she said.', 'suicide', 'current', 'wish I wasn'],
  ["Doesn't see the point anymore, she said.", 'suicide', 'current', 'see the point'],
  ['Said "what\'s the point of living" twice in group.', 'suicide', 'current', 'point of living'],
  ['Feels there is no way out since the eviction.', 'suicide', 'current', 'no way out'],
  ['Says her family would be fine without her.', 'suicide', 'current', 'fine without her'],
  ['"I\'m a burden and they\'d be better off."', 'suicide', 'current', 'better off'],
  ['Said she "can\'t see a future."', 'suicide', 'current', 'see a future'],
  ['Says he "doesn\'t care if he lives or dies."', 'suicide', 'current', 'lives or dies'],
  ['Drove recklessly hoping to crash on Friday.', 'suicide', 'current', 'hoping to crash'],
  ['"I want to go be with my son," she said before the anniversary.', 'suicide', 'current', 'go be with my son'],
  // near-misses
  ["Doesn't see the point of the worksheet.", 'suicide', 'none', 'see the point'],
  ["Can't see a future with him after the affair.", 'suicide', 'none', 'see a future'],
  ['Wants to join her sister in Florida for the holidays.', 'suicide', 'none', 'join her sister'],
  ['They would be better off with a new coach, he joked about the team.', 'suicide', 'none', 'better off'],
  ['Is done with her homework for once.', 'suicide', 'none', 'done with'],
  ['Wanted to disappear into her room after the fight.', 'suicide', 'none', 'disappear'],
  ["Her husband doesn't see the point anymore, she worries.", 'suicide', 'other', 'see the point'],
]);

table('suicide: plans, means at hand, funeral arrangements (C-SSRS 3-5, preparatory)', [
  ['Made a plan to take her pills Friday when her husband is away.', 'suicide', 'current', 'plan to take'],
  ["Has been sleeping with her father's pistol under her pillow.", 'suicide', 'current', 'pistol'],
  ['Has been researching the tallest bridges nearby.', 'suicide', 'current', 'tallest bridges'],
  ['Planned her funeral this week and picked the songs.', 'suicide', 'current', 'Planned her funeral'],
  ['Stopped taking insulin so she would die.', 'suicide', 'current', 'Stopped taking insulin'],
  // near-misses
  ['Made a plan to take her kids to the park on Saturday.', 'suicide', 'none', 'plan to take'],
  ["Keeps the gun locked in a safe at his brother's.", 'suicide', 'none', 'gun'],
  ["Planned her mother's funeral with her brothers.", 'suicide', 'none', 'funeral'],
]);

table('suicide: veteran, faith, online and psychotic phrasings; aborted attempts (C-SSRS, VA)', [
  ['Has been thinking about "eating his gun."', 'suicide', 'current', 'eating his gun'],
  ['Said she is "ready to go home to the Lord."', 'suicide', 'current', 'home to the Lord'],
  ['Posted "i\'m done. goodbye everyone" on her story Friday night.', 'suicide', 'current', 'goodbye everyone'],
  ['Searched "painless ways to go" on her phone.', 'suicide', 'current', 'painless ways to go'],
  ['Says the voices are telling her to kill herself.', 'suicide', 'current', 'voices are telling her'],
  ['Put a belt around his neck Saturday but stopped.', 'suicide', 'current', 'belt around his neck'],
  ['Reports she "almost did it" Saturday.', 'suicide', 'current', 'almost did it'],
  ['Has been holding the pills in her hand at night.', 'suicide', 'current', 'holding the pills'],
  ['Took 10 of her Seroquel on Sunday hoping not to wake up.', 'suicide', 'current', 'hoping not to wake up'],
  // near-misses
  ['Walked into the lake to cool off after the hike.', 'suicide', 'none', 'into the lake'],
  ['Ate the rest of the bread before group.', 'suicide', 'none', 'Ate the rest'],
  ['Said goodbye to the group at discharge.', 'suicide', 'none', 'goodbye'],
  ['Her brother "ate his gun" in 2019; she found him.', 'suicide', 'other', 'ate his gun'],
]);

table('violence: pursuit, fights, arrests, written threats (HCR-20, SAM)', [
  ['Has been following his ex-wife in his car.', 'violence', 'current', 'following his ex'],
  ["Showed up at her ex's work twice this week.", 'violence', 'current', "ex's work twice"],
  ['Got into it with a guy at the bar Friday.', 'violence', 'current', 'Got into it'],
  ['Got arrested for DV on Saturday.', 'violence', 'current', 'arrested for DV'],
  ['Has been sending her ex threatening texts.', 'violence', 'current', 'threatening texts'],
  ['Felt like punching someone after the call.', 'violence', 'current', 'punching someone'],
  ['Threatened his coworker at the warehouse Monday.', 'violence', 'current', 'Threatened his coworker'],
  // near-misses
  ["Went to her ex's house to pick up the kids.", 'violence', 'none', "ex's house"],
  ['Threatened her landlord with a lawsuit over the mold.', 'violence', 'none', 'Threatened her landlord'],
  ['Her ex has been sending her threatening texts.', 'violence', 'other', 'threatening texts'],
  ['Was arrested for DV in 2015, none since.', 'violence', 'historical', 'arrested for DV'],
]);

table('substance: misuse of prescriptions, signs of use, counted days (ASAM, TIP 63)', [
  ['Took an extra Klonopin yesterday to calm down.', 'substance', 'current', 'extra Klonopin'],
  ["Took her husband's oxycodone for her back pain.", 'substance', 'current', 'oxycodone'],
  ['Reports misusing her Adderall during finals.', 'substance', 'current', 'misusing'],
  ['Smelled of ETOH at group.', 'substance', 'current', 'Smelled of ETOH'],
  ['Reports 3 days of use since last group.', 'substance', 'current', 'days of use'],
  ['Skipped his Suboxone and used.', 'substance', 'current', 'and used'],
  ['Is 2 days sober after a weekend binge.', 'substance', 'current', 'binge'],
  ['Has been "self-medicating" with alcohol.', 'substance', 'current', 'self-medicating'],
  // near-misses
  ["Took her mom's meds to the pharmacy take-back.", 'substance', 'none', 'meds'],
  ['Binge eating at night has improved.', 'substance', 'none', 'Binge'],
  // a zero reading is a negative screen, listed as denied (eval/GUIDE.md; lexicon field `denies`)
  ['BAC 0.00 on arrival.', 'substance', 'negated', 'BAC'],
  ['Alcohol use disorder, severe, in early remission.', 'substance', 'none', 'Alcohol use'],
  ['Her roommate smelled of alcohol when she got home.', 'substance', 'other', 'smelled of alcohol'],
]);

table('self-harm: shorthand and injury to bleeding (DBT diary card, ISAS)', [
  ['SH x1 this week, superficial.', 'self-harm', 'current', 'SH x1'],
  ['Urges to SH most evenings.', 'self-harm', 'current', 'to SH'],
  ['Scratched her arms until they bled on Sunday.', 'self-harm', 'current', 'Scratched her arms'],
  // near-misses
  ['No SH since intake.', 'self-harm', 'negated', 'SH since'],
]);

table('no mention: empty checkboxes, plan sections, tools planned, possessive time, hyperbole', [
  ['Risk: SI [ ]  HI [ ]  none noted [x]', 'suicide', 'negated', 'SI'],
  ['Risk: SI [ ]  HI [ ]  none noted [x]', 'violence', 'negated', 'HI'],
  ['Reviewed the self-harm section of her safety plan with her.', 'self-harm', 'none', 'self-harm'],
  ['Practised the I-statement she plans to use with her daughter tonight.', 'substance', 'none', 'plans to use'],
  ["Has been using last week's grounding skill every night.", 'substance', 'none', 'using last week'],
  ['Said her commute "makes me want to strangle somebody" and laughed.', 'violence', 'figurative', 'strangle'],
  ['Said this paperwork makes me want to die.', 'suicide', 'figurative', 'want to die'],
  ['Counts her pills into the weekly organizer with her nurse.', 'suicide', 'none', 'Counts her pills'],
  // and their affirmed counterparts
  ['Risk: SI [x]  HI [ ]', 'suicide', 'current', 'SI'],
  ['Has been counting the pills in the cabinet at night.', 'suicide', 'current', 'counting the pills'],
  ['Used last week after her shift.', 'substance', 'current', 'Used last week'],
]);

responseTable('responses answer only their own category', [
  ['Pt used 2 pills Friday. Risk: denies SI/HI.', 'substance', false],
  ['Pt used 2 pills Friday. Reviewed the lapse and rewrote her relapse prevention plan.', 'substance', true],
  ['Pt wrote letters to his two daughters this week. Relapse prevention plan reviewed.', 'suicide', false],
  ['Pt wrote letters to his two daughters this week. C-SSRS completed, safety plan made, 988 given.', 'suicide', true],
  ['Took a whole strip of her sleeping pills plus wine; roommate called 911 and she got Narcan.', 'overdose', false],
  [
    'Took a whole strip of her sleeping pills plus wine. Writer asked whether it was intentional and ' +
      'confirmed she has a naloxone kit.',
    'overdose',
    true,
  ],
  ["He knows the neighbor's work schedule. Continue anger group.", 'violence', false],
  ['Pt used 2 pills Friday; "the Suboxone wore off." Continue group.', 'substance', false],
  ['Pt used 2 pills Friday; her sponsor drove her to group.', 'substance', false],
  ['Pt used 2 pills Friday. Agreed to call her sponsor tonight and attend NA daily this week.', 'substance', true],
  ['Pt used 2 pills Friday. Discussed restarting Suboxone with her prescriber.', 'substance', true],
  ['Pt used 2 pills Friday. Writer will call her Monday.', 'substance', false],
  ['Said she wants to not exist. States intent to drink at the wedding.', 'suicide', false],
  // a call that reached voicemail and a chain analysis left for next group answer nothing (eval/GUIDE.md, decisions
  // b25-b27 and b17-b19; these rows said otherwise before those decisions were read into the responses)
  ['Keeps the extras in a shoebox "just in case." Writer could not reach him after group; LVM.', 'suicide', false],
  ['Urges to self-harm on three evenings; chain analysis of the urge next group.', 'self-harm', false],
  [
    "Urges to self-harm on three evenings; did a chain analysis of Tuesday's urge with her in group.",
    'self-harm',
    true,
  ],
  ["He knows the neighbor's work schedule. Supervisor notified; duty to warn considered.", 'violence', true],
  ['Reports urges to scratch her arms since Wednesday; urge surfing practised.', 'self-harm', false],
  // naloxone and harm reduction answer an overdose, not a lapse (GUIDE 'answered', substance)
  ['Pt used 2 bags Saturday. Confirmed she carries Narcan in her purse.', 'substance', false],
  ['Relapsed on heroin Friday; gave him a naloxone kit and fentanyl test strips.', 'substance', false],
  ['Used alone Tuesday. Reviewed never using alone and lowered tolerance.', 'substance', false],
  ['OD’d Friday on pills. Confirmed she carries Narcan in her purse.', 'overdose', true],
  // a MAT intake or a bupe prescriber answers a lapse
  ['Pt used 2 bags Saturday; bupe intake set for Monday.', 'substance', true],
  ['Used heroin twice this week. Messaged his Suboxone prescriber after group.', 'substance', true],
]);
