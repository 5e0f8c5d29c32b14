/**
 * Implicit and euphemistic suicide and self-harm language (issue 11), by family of meaning as C-SSRS and
 * clinicians classify it: reunion with the dead, escape or ending, sleep or disappearance, readiness and affairs put
 * in order, self-injury without the word. Each family comes with its near-misses: grief talk, a sleep complaint,
 * ending a relationship or a duty, estate planning, shaving or an accident, someone else's, past, denied, a figure of
 * speech. Rows: [sentence, category, expected status of the mention overlapping `cue` ('none' = no mention), cue].
 */
import { riskTable as table } from '../support/riskTable';

table('suicide: reunion with the dead (C-SSRS 1)', [
  ['Says she belongs up there with her husband now.', 'suicide', 'current', 'belongs up there'],
  ['Said she "belongs over there with her more than here."', 'suicide', 'current', 'belongs over there'],
  ['Wants to be with her son in heaven.', 'suicide', 'current', 'be with her son'],
  ['Keeps thinking about joining him on the other side.', 'suicide', 'current', 'joining him on the other side'],
  ['Wishes she could join her daughter who died in the spring.', 'suicide', 'current', 'join her daughter'],
  ['Wants to be with Papa again ever since the funeral.', 'suicide', 'current', 'be with Papa again'],
  ['Since the funeral she keeps wanting to be with Grandma again.', 'suicide', 'current', 'with Grandma again'],
  ['Is ready to go be with his wife whenever he is called.', 'suicide', 'current', 'ready to go be with'],
  ['"I\'m ready to go join my dad," he said.', 'suicide', 'current', 'ready to go join my dad'],
  ["Hopes she'll go peacefully in her sleep one night soon.", 'suicide', 'current', 'in her sleep'],
  // near-misses
  ['Wants to see her son at Christmas.', 'suicide', 'none', 'see her son'],
  ['Belongs over there with her friends at lunch.', 'suicide', 'none', 'Belongs over there'],
  ['Is ready to go join her dad in Texas next month.', 'suicide', 'none', 'ready to go join'],
  ['Since the funeral she has been spending time with her cousins again.', 'suicide', 'none', 'funeral'],
  ['Wants to be with her mom again after the visit.', 'suicide', 'none', 'be with her mom again'],
  ['Her mother died in her sleep in 2019.', 'suicide', 'none', 'in her sleep'],
  ["Visits her husband's grave and talks to him every Sunday.", 'suicide', 'none', 'grave'],
  ['In 2016 he wanted to be with his wife in heaven; none since.', 'suicide', 'historical', 'be with his wife'],
  ['Denies wanting to join her husband in heaven.', 'suicide', 'negated', 'join her husband'],
]);

table('suicide: escape and ending (C-SSRS 1-2)', [
  ['Said the pain has to end for good, one way or the other.', 'suicide', 'current', 'one way or the other'],
  ['Talked about wanting to make it all stop for good.', 'suicide', 'current', 'make it all stop for good'],
  ['Just wants the whole thing to be over, me included.', 'suicide', 'current', 'me included'],
  ['Wishes he could just log off from life.', 'suicide', 'current', 'log off from life'],
  ['Wants to check out of this world.', 'suicide', 'current', 'check out of this world'],
  ['Has been thinking about "punching my own ticket."', 'suicide', 'current', 'punching my own ticket'],
  ["Told group he won't be around for another Christmas.", 'suicide', 'current', 'another Christmas'],
  ["Said she'd be fine if she just didn't come home from a ride some night.", 'suicide', 'current', 'come home'],
  // near-misses
  ['Wants the fighting with her ex to stop for good.', 'suicide', 'none', 'stop for good'],
  ['Logged off from work early on Friday.', 'suicide', 'none', 'Logged off'],
  ['Checked out of the hotel Sunday.', 'suicide', 'none', 'Checked out'],
  ['The team punched their ticket to the state finals.', 'suicide', 'none', 'punched their ticket'],
  ["Won't be around for Thanksgiving because she is visiting her son.", 'suicide', 'none', 'be around'],
  ['Plans to end things with her boyfriend this week.', 'suicide', 'none', 'end things'],
  ['Ended things with his girlfriend Saturday and feels relieved.', 'suicide', 'none', 'Ended things'],
  ['Is ending things with the landlord and moving in May.', 'suicide', 'none', 'ending things'],
  ['Wants to be done with him for real this time.', 'suicide', 'none', 'done with him'],
  ['Her brother took his life in March and she is angry, not suicidal herself.', 'suicide', 'other', 'took his life'],
]);

table('suicide: sleep and disappearance (C-SSRS 1)', [
  ['Wants to drift off and never wake up.', 'suicide', 'current', 'drift off'],
  ['Said it would be fine to drift off one night and just be done.', 'suicide', 'current', 'drift off'],
  ['Wishes she could fade away for good.', 'suicide', 'current', 'fade away'],
  ['Says she wishes she could just evaporate.', 'suicide', 'current', 'evaporate'],
  ['"I just want everything to go quiet forever."', 'suicide', 'current', 'go quiet forever'],
  // near-misses
  ['Wants to sleep through the night without waking at 3.', 'suicide', 'none', 'sleep through the night'],
  ['Drifts off on the couch and wakes at 2.', 'suicide', 'none', 'Drifts off'],
  ['Wished she could vanish into the floor when she tripped.', 'suicide', 'figurative', 'vanish'],
  ['The noise went away for good after the repair.', 'suicide', 'none', 'went away for good'],
]);

table('suicide: readiness and affairs put in order (C-SSRS 1, preparatory)', [
  ['Has made peace with going.', 'suicide', 'current', 'made peace with going'],
  ['Is at peace with dying and has stopped eating much.', 'suicide', 'current', 'at peace with dying'],
  ['"I\'m ready whenever it comes for me."', 'suicide', 'current', 'ready whenever'],
  ['Showed his son where the will and the deed are kept.', 'suicide', 'current', 'where the will'],
  ['Told his daughter where the life insurance policy is kept.', 'suicide', 'current', 'where the life insurance'],
  ['Has stopped his insulin since Sunday "to let nature take its course."', 'suicide', 'current', 'insulin'],
  ['Sometimes thinks about taking all his pills at once.', 'suicide', 'current', 'taking all his pills at once'],
  ['Goodbye texts to his wife were drafted in his phone.', 'suicide', 'current', 'Goodbye texts'],
  // near-misses
  ['Made peace with her sister after years.', 'suicide', 'none', 'Made peace'],
  ['Made peace with her decision to retire.', 'suicide', 'none', 'Made peace'],
  ['Showed her roommate where the laundry room is.', 'suicide', 'none', 'where the laundry'],
  ['Updated her will with her lawyer now that the house is sold.', 'suicide', 'none', 'Updated her will'],
  ['Stopped her blood thinners before surgery as the surgeon ordered.', 'suicide', 'none', 'Stopped'],
  ['Takes all his pills at once in the morning.', 'suicide', 'none', 'all his pills at once'],
  ['The last email of the thread was drafted by her lawyer.', 'suicide', 'none', 'drafted'],
]);

table('self-harm without the word (NSSI: ISSS definition)', [
  ['Took the razor to her thigh again on Saturday.', 'self-harm', 'current', 'razor to her thigh'],
  ['Took a blade to her forearm Friday night.', 'self-harm', 'current', 'blade to her forearm'],
  ['Held a lighter to his forearm "to feel something."', 'self-harm', 'current', 'lighter to his forearm'],
  ['Held the curling iron against her wrist until it blistered.', 'self-harm', 'current', 'curling iron'],
  ['Puts his cigarette out on his forearm when the memories hit.', 'self-harm', 'current', 'cigarette out'],
  ['Stubbed a cigarette out on her thigh.', 'self-harm', 'current', 'Stubbed a cigarette'],
  ['"Used the sharpener blade on my arm" two times.', 'self-harm', 'current', 'sharpener blade on my arm'],
  ['Has been banging his forehead on the steering wheel until it bruises.', 'self-harm', 'current', 'forehead'],
  ['Hit his head on the wall until it bruised.', 'self-harm', 'current', 'Hit his head'],
  ['Slammed her head into the wall over and over on Sunday.', 'self-harm', 'current', 'Slammed her head'],
  // near-misses
  ['Took the razor to her legs in the shower.', 'self-harm', 'none', 'razor to her legs'],
  ['Took the razor to her legs in the shower.', 'violence', 'none', 'razor to her legs'],
  ['Slipped on the ice and hit her head.', 'self-harm', 'none', 'hit her head'],
  ['Hit her head on the car door getting in.', 'self-harm', 'none', 'Hit her head'],
  ['Put his cigarette out on the railing.', 'self-harm', 'none', 'cigarette out'],
  ['Her roommate took a blade to her forearm last week.', 'self-harm', 'other', 'blade to her forearm'],
  ['Denies putting a lighter to her skin since June.', 'self-harm', 'negated', 'lighter to her skin'],
  // Restricting food, even as self-punishment, is an eating-disorder behaviour, not NSSI (ISSS; eval/GUIDE.md).
  ['Has been restricting dinner as punishment.', 'self-harm', 'none', 'restricting'],
  ['Has been restricting food to punish herself.', 'self-harm', 'none', 'restricting'],
  ['Hit her legs to punish herself after the call.', 'self-harm', 'current', 'Hit her legs'],
]);
