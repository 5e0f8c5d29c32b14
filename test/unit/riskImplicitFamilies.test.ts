/**
 * Risk told without a risk word (lexicon entries of 2026-12-05, afternoon): readiness to die, belongings disposed of,
 * a lethal place seen anew, a self-report item; veiled threats, locating a person, intimidation, a swing; marks and
 * acts of self-injury told in charting shorthand. Each family has paraphrases written for this file and near-misses
 * (an ordinary errand, a living person, a trip, a task, play, an accident).
 */
import { riskTable } from '../support/riskTable';

riskTable('readiness to die and a reunion with the dead', [
  ['Told the group she is ready whenever God decides it is her time.', 'suicide', 'current', 'ready whenever God'],
  ['Says he is prepared to go any time the good Lord wants him.', 'suicide', 'current', 'prepared to go any time'],
  ['At ninety, she says the Lord could take her tonight and she would not mind.', 'suicide', 'current', 'take her'],
  ['His wife died in March; he says he just wants to go be with her.', 'suicide', 'current', 'go be with'],
  // near-misses: an errand, a ride, a prayer for others, a living partner
  ['She was ready to go whenever her ride pulled up.', 'suicide', 'none', 'ready to go'],
  ['He is ready to leave when his son calls from the lobby.', 'suicide', 'none', 'ready to leave'],
  ['She prays the Lord will take care of her grandchildren.', 'suicide', 'none', 'take care'],
  ['Her boyfriend moved to Denver and she wants to go be with him next spring.', 'suicide', 'none', 'go be with'],
]);

riskTable('belongings disposed of and a foreshortened future', [
  ['This week he gave his best rifle and his medals to his grandson.', 'suicide', 'current', 'gave his best rifle'],
  ['She handed her nephew the family quilts on Sunday.', 'suicide', 'current', 'handed her nephew'],
  ['Asked her daughter to take the cat for keeps.', 'suicide', 'current', 'take the cat'],
  ['The deed to the house was signed over to his daughter last week.', 'suicide', 'current', 'deed'],
  [
    'Says she is sorting her closets so nobody has to deal with it after she is gone.',
    'suicide',
    'current',
    'nobody has to',
  ],
  ["Said he won't be needing his truck.", 'suicide', 'current', "won't be needing"],
  // near-misses: a repair, a loan, a weekend, a move, the weather
  ['She gave her wedding ring to the jeweler to be cleaned.', 'suicide', 'none', 'gave her wedding ring'],
  ['Her son will take the dog for the week while she travels.', 'suicide', 'none', 'take the dog'],
  ['Labels every box so nobody has to guess where things go in the new apartment.', 'suicide', 'none', 'nobody'],
  ["Said he won't need his winter coat today, it is sixty degrees.", 'suicide', 'none', "won't need"],
]);

riskTable('a lethal place seen anew, and how easy it would be', [
  ['Lately she stares at the overpass on her commute, wondering how far down it is.', 'suicide', 'current', 'stares'],
  ['He has been stopping at the railroad tracks on his night walks.', 'suicide', 'current', 'stopping at'],
  ['Said he knows just where he would jump.', 'suicide', 'current', 'knows just where'],
  ['Keeps thinking how simple it would be to swerve on the interstate.', 'suicide', 'current', 'how simple'],
  // near-misses: sightseeing, a repair, a shortcut, an easy errand
  ['She stared at the river from the bridge, thinking about her fishing trips as a girl.', 'suicide', 'none', 'stared'],
  ['He has been looking at the bridge construction on his drives to work.', 'suicide', 'none', 'looking at'],
  ['Said how easy it would be to just take the bus instead.', 'suicide', 'none', 'how easy'],
]);

riskTable('self-report items and assessment findings in shorthand', [
  ['PHQ-9 total 15, item 9 = 2.', 'suicide', 'current', 'item 9 = 2'],
  ['C-SSRS with her after group: ideation present, no intent.', 'suicide', 'current', 'ideation present'],
  // near-misses: the item scored zero, ideation denied
  ['PHQ-9 total 6, item 9 = 0.', 'suicide', 'none', 'item 9'],
  ['C-SSRS: no ideation present since the last visit.', 'suicide', 'negated', 'ideation present'],
]);

riskTable('veiled threats, intimidation, locating a person, a swing', [
  ['Said the coworkers who laughed at him "are going to regret it."', 'violence', 'current', 'are going to regret it'],
  ['About her ex she said only, "he had it coming."', 'violence', 'current', 'had it coming'],
  ['He says he is going to deal with the landlord himself.', 'violence', 'current', 'deal with the landlord'],
  ['Admitted he wanted the neighbor scared.', 'violence', 'current', 'wanted the neighbor scared'],
  ['Said the boy who posted it "is gonna learn," and he knows which locker is his.', 'violence', 'current', 'learn'],
  ['Took a swing at his cousin at the barbecue Saturday.', 'violence', 'current', 'Took a swing'],
  ['He got physical with a stranger outside the bar.', 'violence', 'current', 'got physical'],
  // near-misses: results, a bill, an errand, a game, therapy, a list of helpers
  ['She is going to find out about the biopsy on Monday.', 'violence', 'none', 'find out'],
  ['He is going to pay the fine this week.', 'violence', 'none', 'pay'],
  ['Her son is going to get his license next month.', 'violence', 'none', 'get his'],
  ['She will deal with the landlord about the broken heater.', 'violence', 'none', 'deal with'],
  ['Took a swing at the ball and missed.', 'violence', 'none', 'swing'],
  ['He got physical therapy on Tuesday.', 'violence', 'none', 'physical'],
  ['She made a list of people who can drive her to appointments.', 'violence', 'none', 'list'],
  ['She keeps a log of her sleep for the doctor.', 'violence', 'none', 'log'],
]);

riskTable('self-injury told in charting shorthand', [
  ['Said she etched a word into her forearm Sunday.', 'self-harm', 'current', 'etched a word'],
  ['She cut Saturday night; urges spiked again after the fight with her mom.', 'self-harm', 'current', 'urges spiked'],
  ['Burned himself with a lighter Friday. O: blister R forearm.', 'self-harm', 'current', 'blister R forearm'],
  // near-misses: a pumpkin, an eczema itch, an accident, urges of another kind
  ['He carved a face into the pumpkin at the group party.', 'self-harm', 'none', 'carved'],
  ['Small bruise on her shin from tripping on the stairs.', 'self-harm', 'none', 'bruise'],
  ['Reports urges to exercise after meals.', 'self-harm', 'none', 'urges'],
]);

riskTable('whose words: a quote with its own verb of speech, a threat said of its target', [
  ['She said "I burned my arm again Sunday" after her sister texted her.', 'self-harm', 'current', 'burned my arm'],
  ['He told the group "I cut last night" when his dad called.', 'self-harm', 'current', 'I cut last night'],
  ['He said the foreman who chewed him out "had better watch his back."', 'violence', 'current', 'better watch'],
  // near-misses: the quote's speaker named after it, another person's warning to the member
  ['"I burned my arm again," her sister wrote in the family chat.', 'self-harm', 'other', 'burned my arm'],
  ['His uncle told him he had better watch his back.', 'violence', 'other', 'better watch'],
]);

riskTable('naloxone: who gave it to whom, and naloxone as a topic', [
  ['Her cousin overdosed at a party and she was the one who gave her Narcan.', 'overdose', 'other', 'gave her Narcan'],
  [
    'Her neighbor stopped breathing on the stairs; she gave her Narcan and called 911.',
    'overdose',
    'other',
    'gave her',
  ],
  ['She passed out in the bathroom and another resident gave her Narcan.', 'overdose', 'current', 'gave her Narcan'],
  ['Her boyfriend gave her Narcan on Saturday after she used alone.', 'overdose', 'current', 'gave her Narcan'],
  ['Writer reviewed fentanyl test strips and gave him Narcan information for home.', 'overdose', 'none', 'gave him'],
  ["The group talked about a rapper's overdose that was in the news.", 'overdose', 'other', 'overdose'],
]);

riskTable('partner and family violence in the words of the act (CTS2 items)', [
  ['He admits he shoved her.', 'violence', 'current', 'shoved her'],
  ['During the fight he grabbed her by the wrist.', 'violence', 'current', 'grabbed her'],
  ['Said he had his hands on her throat for a second.', 'violence', 'current', 'hands on her throat'],
  ['He cornered his wife in the kitchen and yelled.', 'violence', 'current', 'cornered his wife'],
  ['He whipped his stepson with an extension cord on Sunday.', 'violence', 'current', 'whipped his stepson'],
  ['He yanked his girlfriend out of the truck by her arm.', 'violence', 'current', 'yanked his girlfriend'],
  ['He called her 30 times this week in violation of the restraining order.', 'violence', 'current', 'in violation'],
  // near-misses: her own head, encouragement, a coat, a dance, a rescue, cooking, the order itself
  ['She hit her head on the car door.', 'violence', 'none', 'hit her'],
  ['His sponsor pushed him to call every day.', 'violence', 'none', 'pushed him'],
  ['She grabbed her keys and left for work.', 'violence', 'none', 'grabbed her'],
  ['He had his arm around her waist in the photo.', 'violence', 'none', 'his arm'],
  ['He pulled his son out of the lake when he slipped.', 'violence', 'none', 'pulled his son'],
  ['She whipped the cream with a whisk.', 'violence', 'none', 'whipped'],
  ['The restraining order was renewed for a year.', 'violence', 'none', 'restraining order'],
]);

riskTable('firearms kept close, peace made, treatment stopped, means counted, voices, forms', [
  ['Most nights he sits with his pistol in his lap for an hour.', 'suicide', 'current', 'sits with his pistol'],
  ['Keeps a loaded revolver under his pillow since the divorce.', 'suicide', 'current', 'Keeps a loaded revolver'],
  // "made my peace" is a wish only beside one (GUIDE b28-b29; riskReadingsDec8 has it alone)
  ['Told the chaplain he has made his peace and is tired of living.', 'suicide', 'current', 'made his peace'],
  ['Quit her insulin on Monday; says she is tired of living.', 'suicide', 'current', 'Quit'],
  ['Keeps counting how many of her sleeping pills she has left.', 'suicide', 'current', 'counting how many'],
  ['Googled whether her lithium would be lethal in an overdose.', 'suicide', 'current', 'Googled whether'],
  ['Reports the voices keep telling him to kill himself.', 'suicide', 'current', 'voices keep telling'],
  ['Says he just wants it all over.', 'suicide', 'current', 'wants it all over'],
  ['Screener: others better off without me? [x] Yes', 'suicide', 'current', 'better off'],
  // near-misses: a hunting trip, a reconciliation, side effects, a food question, chores, a task, a safety plan box
  ['He cleaned his shotgun after duck season.', 'suicide', 'none', 'cleaned his shotgun'],
  ['He made his peace with his father before the wedding.', 'suicide', 'none', 'made his peace'],
  ['Stopped her blood thinner for the dental surgery, per her cardiologist.', 'suicide', 'none', 'Stopped'],
  ['Looked up whether her lithium is safe with ibuprofen.', 'suicide', 'none', 'Looked up'],
  ['The voices tell her to wash her hands again.', 'suicide', 'none', 'voices'],
  ['She wants the move over with by Friday.', 'suicide', 'none', 'over'],
  ['Safety plan: [x] Yes, reviewed today.', 'suicide', 'none', 'Safety plan'],
]);

riskTable("someone else's reported intent: a person, a verb of speech, a pronoun with a modal", [
  ["Said his wife told him she'd hurt herself if he moved out.", 'self-harm', 'other', 'hurt herself'],
  ['Her boyfriend texted that he would kill himself if she blocked him.', 'suicide', 'other', 'kill himself'],
  // near-misses: a past act reported by a parent is the member's; the member's own intent
  ['Her dad said she cut again over the weekend.', 'self-harm', 'current', 'cut again'],
  ['He said he would kill himself if he lost custody.', 'suicide', 'current', 'kill himself'],
]);

riskTable('an act told by its tool, a dose doubled, an overdose in program words', [
  ['She cut again Sunday and says she did it with a razor blade from the shed.', 'self-harm', 'current', 'did it with'],
  ['"Same as before, with the lighter, on my arm," she said of Friday.', 'self-harm', 'current', 'with the lighter'],
  ['Took a double dose of her sleeping pills by mistake Monday and fell in the hall.', 'overdose', 'current', 'double'],
  ['IOP. He took too many Saturday and his roommate found him on the floor.', 'overdose', 'current', 'took too many'],
  // near-misses: a craft, shaving, a habit of misuse, work, no program words
  ['She did it with a glue gun in the craft group.', 'self-harm', 'none', 'did it with'],
  ['He nicked his chin with the razor shaving this morning.', 'self-harm', 'none', 'razor'],
  ['He has been doubling up on his oxycodone for the back pain.', 'overdose', 'none', 'doubling up'],
  ['She took too much on at work this month.', 'overdose', 'none', 'took too much'],
]);

riskTable('firearms as the means of a threat to a person', [
  [
    'Says he wants to hurt the driver who hit his daughter. He bought a pistol on Friday.',
    'violence',
    'current',
    'bought',
  ],
  ['He threatened to beat his stepfather. There are two rifles in the house.', 'violence', 'current', 'two rifles'],
  [
    "Said he'd kill the neighbor over the fence. The shotgun is loaded and by the door.",
    'violence',
    'current',
    'shotgun',
  ],
  // near-misses: no threat (a suicide warning sign, as GUIDE b10 has it), a loaded truck, a hunting lodge
  ['He bought a pistol on Friday and has been sleeping badly.', 'suicide', 'current', 'bought a pistol'],
  ['He wants to die. He bought a pistol on Friday.', 'violence', 'none', 'bought a pistol'],
  ['The truck was loaded for the move by noon.', 'substance', 'none', 'loaded'],
  ['He threatened to beat his stepfather. He owns a hunting lodge upstate.', 'violence', 'none', 'hunting lodge'],
]);

riskTable("perceived burdensomeness: what others would gain from the member's absence, in any words", [
  ['Member quote: "Everybody\'d be less stressed if I was gone."', 'suicide', 'current', 'less stressed'],
  ['Said his wife could finally relax if he was not around anymore.', 'suicide', 'current', 'finally relax'],
  ['Says the kids would have more room if she was gone.', 'suicide', 'current', 'more room'],
  ['"They would save money if I died," she said flatly.', 'suicide', 'current', 'save money'],
  // near-misses: an absence for a while, a protective factor, a trip
  ['Said the dog would get less exercise if she was gone for a week.', 'suicide', 'none', 'less exercise'],
  ['Named her protective factor: her kids would be devastated if she died.', 'suicide', 'none', 'devastated'],
  ['The shop would make more money if he was gone all summer, he joked.', 'suicide', 'none', 'more money'],
]);

riskTable('self-injury told by a euphemism on a body part, or by scratching to bleeding (blind writer b14)', [
  ['Said she "used the old method on my arm" this weekend.', 'self-harm', 'current', 'old method'],
  ['Went back to the old habit on her thighs after the breakup.', 'self-harm', 'current', 'old habit'],
  ['Endorsed urges to "scratch til it bleeds" most nights.', 'self-harm', 'current', 'scratch til'],
  ['Picked at her arms until they bled on Sunday.', 'self-harm', 'current', 'Picked at'],
  // near-misses: an old method for something else, an insect bite, a past habit
  ['Used the old method on her budget and it worked.', 'self-harm', 'none', 'old method'],
  ['Scratched the mosquito bite until it bled, she laughed.', 'self-harm', 'none', 'mosquito'],
  ['Said he cut his arm last year. Denies it now.', 'self-harm', 'negated', 'Denies it now'],
]);

riskTable('a threat told by a weapon brought to an encounter, an outcome for the target, or command voices', [
  ["\"Next Saturday I'm bringing my brother's bat and we'll see who's talking then.\"", 'violence', 'current', 'bat'],
  ['Said he will carry his knife to the hearing and see how tough the guy is.', 'violence', 'current', 'knife'],
  ['Told the neighbor "you\'re going in the ground with it."', 'violence', 'current', 'going in the ground'],
  ['Writer assessed: command AH to harm brother, no stated intent.', 'violence', 'current', 'command AH'],
  ['Says the voices keep telling him to hurt his mother.', 'violence', 'current', 'hurt his mother'],
  // near-misses: sports gear, plants, voices about himself, voices in the past denied now
  ["Bringing a bat to softball practice, we'll see if the rain holds.", 'violence', 'none', 'bat'],
  ['The bulbs are going in the ground this weekend, she said.', 'violence', 'none', 'in the ground'],
  ['Says the voices keep telling him to hurt himself.', 'violence', 'none', 'hurt himself'],
  ['Said the voices told him to hurt his neighbor last year. Denies it now.', 'violence', 'negated', 'Denies it'],
]);

riskTable('extra doses of a controlled medicine told by when they are taken (blind writer b14)', [
  ['Pills beyond prescription: [x] Yes -- "a few extra Norco on the bad days"', 'substance', 'current', 'extra Norco'],
  ['Takes an extra Xanax most nights now.', 'substance', 'current', 'extra Xanax'],
  // near-misses: an extra dose prescribed for a procedure, a pharmacy bag
  ['One extra Norco for the dental surgery, as prescribed.', 'substance', 'none', 'extra Norco'],
  ['Asked for two extra doses in the pharmacy bag.', 'substance', 'none', 'extra doses'],
]);

riskTable('self-neglect with fatalism, and use told by its day or a vape quantity (blind writer b14)', [
  [
    'Pt states he "stopped bothering with the insulin" a week ago, "whatever happens, happens."',
    'suicide',
    'current',
    'insulin',
  ],
  ['Gave up on her heart meds, says she does not care what happens.', 'suicide', 'current', 'heart meds'],
  ['Vape carts this week: 2. Smoked Wed "only cuz of a migraine."', 'substance', 'current', 'Smoked Wed'],
  ['Mom found his vape. Down to "like half a pod" a day from 2.', 'substance', 'current', 'half a pod'],
  // near-misses: fatalism about something else, smoked food, a pod outside a paragraph about use
  ['Gave up on the gym; whatever happens, happens with the promotion.', 'suicide', 'none', 'whatever happens'],
  ['Smoked brisket Sunday for the family; sober 90 days.', 'substance', 'none', 'Smoked brisket'],
  ['Ordered half a pod of coffee capsules for the office.', 'substance', 'none', 'half a pod'],
]);

riskTable(
  'figures of speech by a thing that "murdered" the member, an OD on the internet, and a remark cited by its words',
  [
    ['She laughed that the algebra test "murdered" her.', 'suicide', 'figurative', 'murdered'],
    ['Says the double shift destroyed him.', 'suicide', 'figurative', 'destroyed'],
    ['Said he "OD\'d on WebMD" again Sunday night.', 'overdose', 'figurative', 'WebMD'],
    [
      'Said she "would rather die than turn in a B-minus report," then laughed. ' +
        'Writer checked in on the "rather die" remark.',
      'suicide',
      'figurative',
      'rather die" remark',
    ],
    // near-misses: a person who killed, an OD on a drug, a cited remark that was a disclosure
    ['Said he murdered her in his dream.', 'violence', 'current', 'murdered her'],
    ["Said he OD'd on fentanyl Sunday night.", 'overdose', 'current', "OD'd"],
    [
      'Said he "wants to die" most nights. Writer asked about the "wants to die" comment.',
      'suicide',
      'current',
      'wants to die" comment',
    ],
  ],
);
