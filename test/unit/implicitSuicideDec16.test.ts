/**
 * Suicide told without a suicide word (2026-12-07, implicit6): giving away prized things, affairs tied to the member's
 * absence, a method told by its quantity, and euphemisms of ending one's life; with near-misses for each (a gift for
 * an occasion, a loan, a donation of outgrown things, estate planning with no absence as intent, medicines taken as
 * prescribed, a bedtime, a hotel, a sport). Sources: AFSP/SPRC warning signs (giving away prized possessions, putting
 * affairs in order, talking about being a burden), SAFE-T, the C-SSRS preparatory-behaviour items, the Suicide Status
 * Form. None is copied from the corpus.
 * First bank, before the fixes: 50/76 (one of the 26 failures a cue misspelt in the row, fixed: 51/76 real);
 * after: 76/76.
 * Second bank, written after the first passed and run once: 30/38; after: 38/38. Readings added: a prized belonging
 * given to a person (<give-verb>, <prized-thing>, <prized-mark>); an arrangement tied to the member's absence
 * (<absence-self>, <absence-told>); insurance as the answer to others' needs; papers shown; a whole supply
 * (<whole-supply>); words of ending after a means (field afterMeans, riskMeansBefore.ts); euphemisms from public lists.
 */
import { categoryBank } from '../support/riskTable';

const { disclosures, nearMisses } = categoryBank('suicide');

disclosures('bank 1: giving away prized things to a person', [
  ['He gave his PlayStation and all his games to his cousin on Saturday.', 'PlayStation'],
  ['Has been handing her knitting patterns and the good yarn to the women at church.', 'knitting patterns'],
  ['Pt gave his bass guitar and amp to a kid from the shelter this week.', 'bass guitar'],
  ['She gave her grandmother’s pearls to her niece last weekend, "no sense keeping them."', 'pearls'],
  ['D: gave away his hunting rifles and his dog to his brother-in-law Sunday.', 'hunting rifles'],
  ['Said she has been giving her best paintbrushes and her easel to her art students.', 'paintbrushes'],
  ['Teen gave her favorite hoodie and her AirPods to her best friend at lunch.', 'favorite hoodie'],
  ['Signed his boat over to his son-in-law last week.', 'Signed his boat over'],
  ['Gave his fantasy football league and his Xbox account login to his little brother.', 'Xbox account'],
  ['Rehomed her two cats with a coworker "for good" over the weekend.', 'Rehomed her two cats'],
  ['She has given her sewing machine and all her quilting fabric to the neighbor girl.', 'sewing machine'],
  ['Vet passed his medals and his dog tags on to his grandson this week.', 'medals'],
]);

nearMisses('bank 1: giving that is a gift, a loan, a donation or a chore', [
  ['He gave his old bike to his nephew for his birthday.', 'old bike'],
  ['Donated the kids’ outgrown clothes to Goodwill on Saturday.', 'outgrown clothes'],
  ['Sold her couch before the move to Tacoma.', 'couch'],
  ['Lent his tools to his neighbor for the deck project.', 'tools'],
  ['DBT homework: decluttered her closet and gave two bags of clothes to the thrift store.', 'clothes'],
  ['Gave her daughter a ride to the dentist.', 'ride'],
  ['He gave his guitar to the repair shop to have the neck fixed.', 'guitar'],
  ['Her son gave his old Xbox to his cousin when he got a new one.', 'Xbox'],
  ['Gave her sister back the jewelry she borrowed for the wedding.', 'jewelry'],
  ['Gave his grandson his watch for his graduation, proud and tearful.', 'watch'],
  ['Handed out the group’s coping cards to the new members.', 'coping cards'],
  ['The shelter gave him a new coat and boots this week.', 'coat'],
]);

disclosures('bank 1: affairs tied to the member’s absence', [
  ['Wrote down her passwords for her sister "so she can get into everything when I’m gone."', 'when I’m gone'],
  ['Said she labelled the freezer meals for her husband "for after I’m not here."', 'after I’m not here'],
  ['Has been paying ahead on the mortgage "so the kids won’t have to deal with it after I’m gone."', 'after I’m gone'],
  ['"My life insurance would pay off the house, so they’d be fine."', 'life insurance would pay off'],
  ['Said his burial policy would cover what he owes the bank.', 'burial policy would cover'],
  ['"The boys would get the insurance money and do better without me dragging them down."', 'get the insurance money'],
  ['Told the group he arranged for his neighbor to take the dog "when I’m not around anymore."', 'not around anymore'],
  ['Showed her daughter where the will and the bank passwords are kept.', 'where the will'],
  ['Walked his wife through where the deed, the policy and the gun safe key are kept this week.', 'where the deed'],
  ['Wrote out who gets her rings and the car.', 'who gets her rings'],
]);

nearMisses('bank 1: estate planning and absences that are not death', [
  ['Updated her will after her husband died in March, at her lawyer’s suggestion.', 'will'],
  ['Older adults group topic: advance directives and estate planning.', 'estate planning'],
  ['Bought a life insurance policy through work when the baby was born.', 'life insurance'],
  ['"The kids fight constantly when I’m not around."', 'not around'],
  ['Left the dog with her neighbor while she’s gone to her sister’s for the week.', 'gone'],
  ['Wrote down her passwords for her son so he can pay her bills while she is in rehab.', 'passwords'],
  ['Her insurance would cover the surgery, the nurse said.', 'insurance would cover'],
  ['Showed his son where the Christmas lights are kept in the garage.', 'where the Christmas lights'],
  ['Labelled the freezer meals for her husband before her knee surgery.', 'Labelled the freezer meals'],
  ['Her late mother’s will left her the house.', 'will'],
]);

disclosures('bank 1: a method told by its quantity', [
  ['Keeps thinking about swallowing every pill in the house.', 'every pill'],
  ['"I could just take the rest of the bottle and be done."', 'the rest of the bottle'],
  ['She said she would take the whole month’s supply at once if he leaves.', 'the whole month’s supply'],
  ['Thinks most nights about injecting the whole pen of insulin.', 'the whole pen'],
  ['"One of these nights I’ll take all my Klonopin at once."', 'all my Klonopin at once'],
  ['Talked about picking up a couple bags and making it the last one.', 'making it the last one'],
  ['"If the custody goes bad I’ll buy a bundle and that’s it for me."', 'that’s it for me'],
  ['Sits with her blister packs thinking how easy it would be to pop the whole strip.', 'the whole strip'],
]);

nearMisses('bank 1: whole quantities taken as prescribed or of something else', [
  ['Took all her meds as prescribed this week, per the pill box.', 'all her meds'],
  ['Finished the whole course of antibiotics Sunday.', 'whole course'],
  ['Has been taking every dose of his Suboxone on time.', 'every dose'],
  ['Ate the whole pizza by himself after the game.', 'whole pizza'],
  ['Drank the whole bottle of water before the walk.', 'whole bottle'],
  ['Said she will take all of her meds to the pharmacy take-back day.', 'all of her meds'],
  ['"This is the last one," he said of the cigarette, holding up his quit date card.', 'last one'],
  ['Said Friday’s beer would be the last one before detox on Monday.', 'last one'],
]);

disclosures('bank 1: euphemisms of ending one’s life', [
  ['"Some nights I think, one more bad day and it’s lights out for me."', 'lights out'],
  ['Said if the board denies him again he is "done for good, no more."', 'done for good'],
  ['"I want to go out on my own terms before the dementia takes me."', 'go out on my own terms'],
  ['Told peers she "won’t be a bother to anybody much longer."', 'won’t be a bother'],
  ['Said he thinks about just cashing in his chips.', 'cashing in his chips'],
  ['"Why drag it out, I’ve had my time," she said of stopping her heart pills.', 'Why drag it out'],
  ['"Won’t be around to bother you much longer," he texted his brother.', 'be around to bother you much longer'],
  ['Said he has been thinking about taking the permanent way out.', 'permanent way out'],
]);

nearMisses('bank 1: the same words in a bedtime, a trip, a game or a job', [
  ['Lights out at 10 on the unit; she reads until then.', 'Lights out'],
  ['Checked out of the hotel early to make group.', 'Checked out'],
  ['He is done for good with the night shift and starts days Monday.', 'done for good'],
  ['Said the knockout in round two was lights out for the other fighter.', 'lights out'],
  ['Wants to retire on her own terms next spring.', 'own terms'],
  ['"The kid cashed in his chips at the casino night fundraiser."', 'cashed in his chips'],
  ['Promised her boss she won’t be a bother about the schedule again.', 'bother'],
  [
    '"Why drag it out, just rip the band-aid off," she said about telling her mom about the breakup.',
    'Why drag it out',
  ],
]);

// Second bank (written after the first bank passed; run once before any further fix).
disclosures('bank 2: giving away, in other styles', [
  ['B: Pt reports she gave her record player and all her vinyl to a coworker Friday.', 'record player'],
  ['Youth states he handed his skateboard and his good headphones to a kid in his class.', 'skateboard'],
  ['Per pt, gave the rest of her jewelry to her daughters this week "so it’s settled."', 'jewelry'],
  ['He has been passing his fly rods and tackle on to the younger guys at the VFW.', 'fly rods'],
  ['Client gave her horse to the family down the road, no reason given.', 'horse'],
  ['Veteran handed his son his service pistol and his medals on Sunday.', 'service pistol'],
  ['Signing his half of the business over to his partner, "figured he’d want it anyway."', 'business'],
]);

nearMisses('bank 2: giving that is not giving away', [
  ['Gave her ex his guitar back after the breakup.', 'guitar'],
  ['Handed his car keys to his sponsor for the weekend to stay away from the liquor store.', 'car keys'],
  ['Passed her knitting needles to the woman next to her so she could try a stitch.', 'knitting needles'],
  ['Gave her dog to her sister while she is in the hospital for her hip.', 'dog'],
  ['Her grandmother gave her the family china for her wedding.', 'china'],
]);

disclosures('bank 2: affairs and absence, in other styles', [
  ['S: "I set up auto-pay for everything so Mom won’t have to figure it out once I’m gone."', 'once I’m gone'],
  ['Pt reports his funeral policy "would pay off the truck and then some."', 'funeral policy'],
  ['DAP D: Made a list of who gets her cats and her car "for when I’m not here."', 'who gets her cats'],
  ['Said her daughter "would do fine on the life insurance, better than with me."', 'life insurance'],
  ['Took his brother to see where the lockbox and the passwords are kept.', 'where the lockbox'],
]);

nearMisses('bank 2: planning and absences that are not death', [
  ['Set up auto-pay so her bills get paid while she is in residential treatment.', 'auto-pay'],
  ['Showed his roommate where the spare key is kept before his trip.', 'where the spare key'],
  ['"The dog barks all day when I’m not home."', 'not home'],
  ['Asked the group how to choose a life insurance policy for her new baby.', 'life insurance'],
  ['Her father showed her where the will is kept before his heart surgery.', 'where the will'],
]);

disclosures('bank 2: method by quantity and final use, other wordings', [
  ['"Sometimes I look at the pill organizer and think I could just swallow the whole week."', 'swallow the whole week'],
  ['Pt: if the scan is bad "I’ll take every last one of my oxys."', 'every last one'],
  ['IOP: said he will "cop a bundle and that’s it, goodnight."', 'that’s it, goodnight'],
  ['Keeps picturing using the whole vial at once.', 'using the whole vial'],
]);

nearMisses('bank 2: quantities that are not a method', [
  ['Took every pill in her organizer on schedule this week, per her daughter.', 'every pill'],
  ['Said she is taking the rest of her antibiotics through Friday.', 'the rest of her antibiotics'],
  ['Asked whether she should take the whole dose at once or split it.', 'whole dose'],
  ['"One last time" he said of the karaoke song, then sat down to applause.', 'One last time'],
]);

disclosures('bank 2: euphemisms, other wordings', [
  ['"Honestly I’m about ready to punch my ticket."', 'punch my ticket'],
  ['Said he just wants to go to sleep for good and be done.', 'sleep for good'],
  ['Told her sister by text "it’s lights out for me soon, love you."', 'lights out'],
  ['"If I lose the house, I’m done for good," she said flatly.', 'done for good'],
]);

nearMisses('bank 2: the same words elsewhere', [
  ['Punched his ticket to the state finals with a win Saturday.', 'Punched his ticket'],
  ['Went to sleep for good at 9 after the kids settled.', 'sleep for good'],
  ['The power went out Tuesday, lights out for two hours on her block.', 'lights out'],
  ['She is done for good with her old dealer and changed her number.', 'done for good'],
]);

// After the second bank: near-misses the dev table showed (a use minimised with "that's it", a firearm handed over
// for safety, words of ending with no means before them, someone else's insurance talk in a condition).
nearMisses('after the fixes: readings the dev split showed', [
  ['Reports a couple edibles Friday, that’s it.', 'that’s it'],
  ['Safety plan: if the thoughts come back he will hand his brother his rifle and his truck keys.', 'rifle'],
  ['Said she will just sign the papers and be done with it.', 'be done with it'],
  ['Her husband told her the kids would get the insurance money if the surgery goes wrong.', 'insurance money'],
]);
disclosures('after the fixes: the ending words are the cue, the buying words stay substance', [
  ['Said he will grab a couple bags off his old guy and that’s it, lights out.', 'lights out'],
  ['"I’ll cop a bundle and be done with it," he said after the eviction notice.', 'be done with it'],
]);
