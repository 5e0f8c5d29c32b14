/**
 * Self-injury told in the words of the published self-injury inventories and of DBT and adolescent programs
 * (2026-12-07, selfharm5): the ISAS behaviours (Klonsky & Glenn 2009: cutting, biting, burning, carving, pinching,
 * pulling hair, severe scratching, banging or hitting self, interfering with wound healing, rubbing skin against a
 * rough surface, sticking self with needles, swallowing dangerous substances), the DSHI items (Gratz 2001: sharp
 * objects stuck into the skin, bleach or acid on the skin, sandpaper rubbed on the body, a bone broken on purpose) and
 * diary-card shorthand ("SH (+)", "acted: Y", "SH'd").
 * First bank, before the fixes: 40/58; after: 58/58. Second bank, written after those fixes and run once: 17/23; after
 * its fixes: 23/23. The probed near-misses (a nurse's needle, a bar fight, "shed") failed 7/8 before their pseudo
 * entries; the last group was written after the dev misses and their fixes, so it is no estimate of reach.
 */
import { categoryBank } from '../support/riskTable';

const { disclosures, nearMisses } = categoryBank('self-harm');

disclosures("self-injury in the inventories' words, told as the member's act or urge now", [
  ['Stuck needles into her forearm on Sunday night after the fight with her dad.', 'Stuck needles'],
  ['Has been sticking pins in his thighs when the flashbacks come.', 'sticking pins'],
  ['Pushed a staple into her palm during math class Tuesday, per the school counselor.', 'Pushed a staple'],
  ['Dug a safety pin into her wrist over and over while mom was yelling.', 'Dug a safety pin'],
  ['Jabbed a pencil into the back of his hand in class on Wednesday.', 'Jabbed a pencil'],
  ['Rubbed her forearm against the brick wall behind the school until it was raw.', 'Rubbed her forearm'],
  ['Reports rubbing sandpaper on her thighs Saturday night.', 'rubbing sandpaper'],
  ['Scrubbed her arms with bleach in the shower on Friday "to feel clean."', 'Scrubbed her arms with bleach'],
  ['Poured nail polish remover into the cuts on her leg last night.', 'Poured nail polish remover'],
  ['Broke his own finger on purpose Thursday by slamming it in the drawer.', 'Broke his own finger'],
  ['Pulled out chunks of her hair during the argument "to make it hurt."', 'Pulled out chunks of her hair'],
  ['Bit her forearm hard enough to leave teeth marks on Sunday.', 'Bit her forearm'],
  ['Picks her scabs open so the cuts will not heal, she says.', 'Picks her scabs open'],
  ['Keeps reopening the wounds on her forearm at night.', 'reopening the wounds'],
  ['Pinched the insides of her arms until they bruised, per her journal.', 'Pinched'],
  ['Diary card: SH urges 4, acted: Y (Tues).', 'SH urges'],
  ['SH (+) since last session, per diary card.', 'SH (+)'],
  ['SH: yes x2 this week (scratching).', 'SH: yes'],
  ['Self-harm behaviours x2 this week per diary card.', 'Self-harm behaviours'],
  ["Teen says she SH'd again on Saturday after the party.", "SH'd"],
  ['Reports SHing twice since group last week.', 'SHing'],
  ['Acted on SH urge Tuesday night (scratched her forearm).', 'SH urge'],
  ['Engaged in SIB on Saturday after the custody hearing.', 'SIB'],
  ['Relapsed on SH Thursday after 21 days clean.', 'Relapsed on SH'],
  ['Clean from SH 3 days; last episode was Friday.', 'SH'],
  ['Urge to cut 7/10 most evenings this week.', 'Urge to cut'],
  ['Self-harmed by burning on Fri (lighter).', 'Self-harmed'],
  ['Cut 2x this week, thighs, superficial.', 'Cut 2x'],
  ['Has been hitting herself in the face with her fists when she panics.', 'hitting herself'],
  ['Stabbed her thigh with a fork under the table at dinner Monday.', 'Stabbed her thigh'],
  ['Was severely scratching her arms in the bathroom at school, per the nurse.', 'severely scratching'],
  ['Carved "fat" into her stomach with a razor on Wednesday.', 'Carved'],
  ['Banged his head on the wall until it bled Saturday.', 'Banged his head'],
]);

nearMisses("the same words, not the member's self-injury now", [
  ['Scars from cutting at 14 on both forearms, none since.', 'cutting'],
  ['Hx of burning herself with cigarettes in her twenties; denies recent.', 'burning herself'],
  ['Safety plan step 2: if the urge to stick pins in my arm comes, hold ice and call Jen.', 'stick pins'],
  ['Her sister has been sticking pins into her own arm and she is scared for her.', 'sticking pins'],
  ['Psychoeducation on NSSI and the functions on the ISAS.', 'NSSI'],
  ['Says she has been "beating myself up" about the missed deadline.', 'beating myself up'],
  ['Has been biting my tongue with my mother-in-law all week, she says.', 'biting my tongue'],
  ['"Pulling my hair out over taxes," she joked.', 'Pulling my hair out'],
  ['Group focus: skin-picking and hair-pulling; reviewed habit reversal and competing responses.', 'hair-pulling'],
  ['Picks at her cuticles when anxious; working on fidget substitutes.', 'Picks at her cuticles'],
  ['Diabetic; sticks herself with needles for insulin twice a day.', 'sticks herself with needles'],
  ['Pricked her finger for the glucose check before group.', 'Pricked her finger'],
  ['Got a new tattoo on her forearm Saturday and showed the group.', 'tattoo'],
  ['Broke his wrist playing football in October.', 'Broke his wrist'],
  ['Cleaned the bathroom with bleach on Saturday and felt productive.', 'bleach'],
  ['Denies SH since last session.', 'SH'],
  ['SH urges 0, acted: N.', 'SH urges'],
  ['Punched the heavy bag at the gym to blow off steam.', 'Punched'],
  ['The nurse removed the staples from her incision.', 'staples'],
  ['Bit her nails through most of group.', 'Bit her nails'],
  ['Scratched the mosquito bites on her legs during the hike.', 'Scratched'],
  ['Her friend at school SHes and she worries about her.', 'SHes'],
  ['Stepped on a nail at the job site and needed a tetanus shot.', 'Stepped on a nail'],
  ['Rubbed sunscreen into her arms before the outing.', 'Rubbed'],
  ['Sanded the deck with sandpaper all weekend.', 'sandpaper'],
]);

// Second bank, written after the fixes above and run once before any further fix.
disclosures('second bank: other wordings and styles', [
  [
    'B: Client disclosed inserting a sewing needle under the skin of her forearm on Thursday.',
    'inserting a sewing needle',
  ],
  ['Adolescent reports "poking myself with a safety pin" in the school bathroom this week.', 'poking myself'],
  ['Mom found staples pushed into his upper arm after school on Monday.', 'staples pushed'],
  ['S: "I scraped my arm on the driveway on purpose till it bled."', 'scraped my arm'],
  ['Rubbed her wrists raw with a pumice stone Friday night, per the group home staff.', 'Rubbed her wrists raw'],
  ['Put salt in her cuts on Sunday "so they sting."', 'Put salt in her cuts'],
  ['Dripped hot candle wax on her forearm on purpose Saturday.', 'Dripped hot candle wax'],
  ['Reports he punched a wall to break his own hand on Tuesday.', 'break his own hand'],
  ['Keeps pulling her stitches out since the ED visit.', 'pulling her stitches out'],
  ['SIB: Y (bit hand, Sat).', 'SIB: Y'],
  ['Diary card Mon-Sun: SH 0 0 1 0 0 0 0; acted on Wednesday.', 'SH'],
  ['Sophomore disclosed she has been SH-ing since October, most recently Sunday.', 'SH-ing'],
  ['Telehealth: pt showed new needle marks on her thigh she says she made on Sunday.', 'needle marks'],
  ['Was slamming her wrist against the edge of the desk until it bruised on Tuesday.', 'slamming her wrist'],
  ['DAP D: member engaged in self-injury (hair pulling to the point of bleeding) Fri.', 'self-injury'],
]);

nearMisses('second bank: near-misses', [
  ['Pt gives herself weekly B12 injections in her thigh.', 'injections'],
  ['Had blood drawn from her forearm at the lab on Monday.', 'blood drawn'],
  ['Got her ears pierced with her daughter on Saturday.', 'pierced'],
  ['SH: none since intake; diary card reviewed.', 'SH'],
  ['In grief group she said losing her son "felt like a knife in my chest."', 'knife in my chest'],
  ['Scrubbed his hands raw with soap after the hospital shift, per OCD hierarchy.', 'Scrubbed'],
  ['Group watched a video on the DSHI and why teens self-injure.', 'self-injure'],
  ['Her roommate scrubbed her own arms with bleach last week; pt called 911.', 'scrubbed'],
]);

// Near-misses found by probing the new frames after the second bank (a needle put in by someone else, for a shot, by
// accident; a bone broken in a fight; "shed" is not "SHed").
nearMisses('needles, bones and shorthand that are not self-injury', [
  ['The phlebotomist stuck a needle in her arm three times before finding a vein.', 'stuck a needle'],
  ['Got a flu shot; they stuck a needle in her arm and she fainted.', 'stuck a needle'],
  ['Nurse stuck a needle in his arm for the flu shot.', 'stuck a needle'],
  ['Learning to knit, she jabbed a needle into her finger by accident.', 'jabbed a needle'],
  ['She stuck a splinter in her finger gardening.', 'stuck a splinter'],
  ['Broke his own nose in a bar fight in 2019.', 'Broke his own nose'],
  ['She shed a few tears talking about her mother.', 'shed'],
  ['SH (-), urges 0.', 'SH'],
]);

// Third group, after the dev misses (dev split only): a diary card's acts line, a hand bitten, a substitute snapped
// until it marks (GUIDE b49-b51), a site cut with a razor in charting shorthand; new wordings, not the dev sentences.
disclosures('diary-card acts, bites, a band snapped until it marks, a razor in shorthand', [
  ['Diary card: SH urges 3/5 | SH acts 2 (cut, Wed; scratch, Sat).', 'SH acts 2'],
  ['A: first SH act in three months, after the court date.', 'first SH act'],
  ['Bit the inside of her wrist during the panic attack at school Monday.', 'Bit the inside of her wrist'],
  ['Snapped the hair tie on his wrist so hard it bled on Thursday.', 'Snapped the hair tie'],
  ['SIB: cut L thigh w/ razor blade x1 Sat.', 'cut L thigh'],
  ['Says he burned with a lighter again Friday after the visit.', 'burned with a lighter'],
]);

nearMisses('bites, bands and razors that are not self-injury', [
  ['SH acts: 0 this week; diary card complete.', 'SH acts'],
  ['The neighbor dog bit the back of her hand at the park.', 'bit the back of her hand'],
  ['Snaps a rubber band on her wrist when the urge hits, as her therapist suggested.', 'Snaps a rubber band'],
  ['Got his hair cut with a razor fade on Saturday.', 'cut with a razor'],
]);
