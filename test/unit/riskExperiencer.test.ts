/**
 * Whose risk it is and whether it is asserted (ConText OTHER_EXPERIENCER and HYPOTHETICAL: context.ts, the "other
 * experiencer and hypothetical" block of lexicons/context.yaml), read as eval/GUIDE.md's status other and hypothetical.
 * Each table holds paraphrases of one rule with their near-misses. Rows: [sentence, category, expected status of the
 * mention overlapping `cue` ('none' = no mention of that category there), cue].
 */
import * as assert from 'assert';
import { riskTable as table } from '../support/riskTable';
import { notMemberPronouns } from '../../server/src/prose/contextPeople';
import { analyzeProse, riskMentions } from '../../server/src/prose';

table('a person named inside a condition is part of the scenario (hypothetical), not the experiencer', [
  [
    'If his uncle pushes a drink on him at the party, he will step outside and text his sponsor.',
    'substance',
    'hypothetical',
    'drink',
  ],
  ['Practised what to say if a coworker offers her a drink after the shift.', 'substance', 'hypothetical', 'drink'],
  ['Asked what to do if a friend overdoses at a party.', 'overdose', 'hypothetical', 'overdoses'],
  ['If her brother starts drinking at the reunion, she will leave early.', 'substance', 'hypothetical', 'drinking'],
  ['Worried she will relapse if her mother dies.', 'substance', 'hypothetical', 'relapse'],
  ['If cravings hit, she will call her sponsor.', 'substance', 'hypothetical', 'cravings'],
  [
    'Wondered aloud whether he would "fall apart and start drinking again" if his brother dies.',
    'substance',
    'hypothetical',
    'drinking again',
  ],
  ['Wondered out loud if she would relapse at the wedding.', 'substance', 'hypothetical', 'relapse'],
  ["She said her brother told her that if he loses his job he'll start using again.", 'substance', 'other', 'using'],
  ['If her ex shows up, she will leave; she drank Saturday after he called.', 'substance', 'current', 'drank Saturday'],
]);

table("another person's subject ends at a switch back to the member", [
  ['Worried about his son, home from college and "drinking every night."', 'substance', 'other', 'drinking'],
  ['Talks about her brother, back from the army and using again.', 'substance', 'other', 'using'],
  ['Talked about her mom, then said she drank Friday.', 'substance', 'current', 'drank'],
  ['His roommate has been drinking every night.', 'substance', 'other', 'drinking'],
  ['Her brother has been using again since June.', 'substance', 'other', 'using'],
  ['Her brother relapsed last month, and she drank Saturday.', 'substance', 'current', 'drank'],
  ['Her brother relapsed last month, and she drank Saturday.', 'substance', 'other', 'relapsed'],
  ['His father was arrested for a DUI, and he smoked a joint that night.', 'substance', 'current', 'smoked a joint'],
  ['Her sister overdosed in March; she herself has used twice this week.', 'substance', 'current', 'used twice'],
  [
    'Talked about his son, who was picked up for a DUI last weekend and has been drinking heavily since.',
    'substance',
    'other',
    'drinking heavily',
  ],
  ['Her brother, who relapsed in May, called her Sunday and she drank that night.', 'substance', 'current', 'drank'],
  ['Said seeing his son drunk at the door made him want a drink that night.', 'substance', 'other', 'drunk'],
  ['Said seeing his son drunk at the door made him want a drink that night.', 'substance', 'current', 'want a drink'],
  ['Told her sponsor about the relapse on Friday.', 'substance', 'current', 'relapse'],
  ['Talked about his father beating his mother.', 'violence', 'other', 'beating'],
]);

table("a rescuer, finder or reporter does not make the member's own event someone else's", [
  [
    'Her roommate found her on the bathroom floor after she took a handful of Xanax.',
    'overdose',
    'current',
    'took a handful of Xanax',
  ],
  ['His wife found him in the garage with the pistol in his lap.', 'suicide', 'current', 'pistol in his lap'],
  [
    'Her boyfriend called 911 after she took about twenty of her Seroquel.',
    'overdose',
    'current',
    'took about twenty of her Seroquel',
  ],
  [
    'Wife found goodbye texts to her and his daughter drafted in his phone Sunday.',
    'suicide',
    'current',
    'goodbye texts',
  ],
  ['Her mom discovered fresh cuts on her thigh Sunday night.', 'self-harm', 'current', 'fresh cuts'],
  ['Her mom found her brother passed out after a handful of pills.', 'overdose', 'other', 'handful of pills'],
]);

table('a step the member agreed to take when a risk comes is a safety-plan step (hypothetical)', [
  ['Agreed to text her sister before using the lighter again.', 'self-harm', 'hypothetical', 'using the lighter'],
  ['Agreed to text his brother when the urge to drink hits.', 'substance', 'hypothetical', 'urge to drink'],
  ['Agreed to call her sponsor if cravings hit at the wedding.', 'substance', 'hypothetical', 'cravings'],
  ['Texted her sister after she cut on Sunday.', 'self-harm', 'current', 'cut'],
]);

table('a rescuer or a seller acting on the member is not the experiencer', [
  [
    'Her son could barely wake her Sunday morning and took her to urgent care.',
    'overdose',
    'current',
    'could barely wake her',
  ],
  [
    'He told us he "went out" after a pill someone sold him as a Perc and "came to with the medics over me."',
    'overdose',
    'current',
    'came to with the medics',
  ],
  ['Her son overdosed Sunday and the medics could barely wake him.', 'overdose', 'other', 'overdosed'],
]);

table('a possessed place or occasion names where the member was, not whose event it is', [
  ["Got loaded Friday at his buddy's birthday and did a couple lines.", 'substance', 'current', 'did a couple lines'],
  ["Drank four beers at her cousin's wedding.", 'substance', 'current', 'Drank four beers'],
  ["Her cousin's overdose last year still haunts her.", 'overdose', 'other', 'overdose'],
]);

table('a threat someone else says, sends or texts to the member is theirs (violence, other)', [
  [
    'His ex-partner left a voicemail saying he would end him if the hearing goes ahead.',
    'violence',
    'other',
    'end him',
  ],
  ["His son-in-law told him at Thanksgiving he'd knock his block off.", 'violence', 'other', 'knock his block off'],
  ["Her ex has been texting that she'll regret it if she moves.", 'violence', 'other', 'regret it'],
  ['His dad told him he would beat him if he got suspended again.', 'violence', 'other', 'beat him'],
  [
    "Said if the guy comes at him again he'll put him in the hospital.",
    'violence',
    'current',
    'put him in the hospital',
  ],
  [
    'Says he told his brother he would break his jaw if he touched their mom again.',
    'violence',
    'current',
    'break his jaw',
  ],
]);

table('a person who tells the member of thoughts of dying or of self-harm tells their own (other)', [
  ['Her daughter told her she wants to die.', 'suicide', 'other', 'wants to die'],
  ['His son told him he has been thinking about killing himself.', 'suicide', 'other', 'killing himself'],
  ['Her husband confided in her last week that he thinks about ending it.', 'suicide', 'other', 'ending it'],
  ['His sister texted him that she has been cutting again.', 'self-harm', 'other', 'cutting'],
  // near-misses: the member tells, a threat keeps its own reading, use told by an observer stays the member's
  ['She told her mom she wants to die.', 'suicide', 'current', 'wants to die'],
  ["His son-in-law told him he'd knock his block off.", 'violence', 'other', 'knock his block off'],
  ['His mother told him he has been drinking too much.', 'substance', 'current', 'drinking'],
  ['Told her sponsor she has been thinking about using.', 'substance', 'current', 'thinking about using'],
]);

table('peers spoken to, the clinician with the group and the anniversary of one own attempt name no one else', [
  ['Told the newer members about her attempt in 2011.', 'suicide', 'historical', 'attempt'],
  ['Told peers who relapsed over the holidays that it gets easier.', 'substance', 'other', 'relapsed'],
  ['Writer and group walked through the lapse.', 'substance', 'current', 'lapse'],
  ['Talked about the anniversary of her overdose attempt in 2016.', 'overdose', 'historical', 'overdose'],
  ["Talked about the anniversary of her husband's suicide.", 'suicide', 'other', 'suicide'],
]);

table('a person inside a quote is the subject of that quote only', [
  [
    'Denies thoughts of joining his son, "my daughter needs me," and denies drinking more than usual.',
    'substance',
    'negated',
    'drinking',
  ],
  [
    'Said "my brother keeps drinking" and that she has not had a drink in 30 days.',
    'substance',
    'negated',
    'had a drink',
  ],
  ['Said "my brother keeps drinking."', 'substance', 'other', 'drinking'],
]);

table('a question decides by its answer, through "he\'d" and "after group", and a disclosure framed as a question', [
  ["When asked if he'd had a drink since Friday, he nodded.", 'substance', 'current', 'drink'],
  ["Asked if he'd drunk since last group; shook his head.", 'substance', 'negated', 'drunk'],
  [
    'Writer asked after group whether she has thoughts of killing herself; she said no.',
    'suicide',
    'negated',
    'thoughts of killing herself',
  ],
  [
    'Writer asked whether she has had thoughts of not wanting to be alive; she paused and said "sort of."',
    'suicide',
    'current',
    'not wanting to be alive',
  ],
  [
    'Asked whether the thoughts of taking all her sleeping pills had come back. "Kind of."',
    'suicide',
    'current',
    'thoughts of taking all her sleeping pills',
  ],
  [
    'Asked whether she has had thoughts of suicide since last group; she left before answering.',
    'suicide',
    'hypothetical',
    'thoughts of suicide',
  ],
  [
    'Asked what would happen if he told his psychiatrist that he sometimes thinks about taking all his pills.',
    'suicide',
    'current',
    'thinks about taking all his pills',
  ],
  [
    'Asked the group what they would do if someone said they wanted to kill themselves.',
    'suicide',
    'hypothetical',
    'kill themselves',
  ],
  ['Said if his wife ever left he "wouldn\'t see the point anymore."', 'suicide', 'current', 'see the point'],
]);

describe('notMemberPronouns: a second reported clause ("and that he") is the member\'s', () => {
  it('reads "he" as the member when only an aside opens with "she"', () => {
    const text =
      'Isaiah said his stepdad "threw my mom into the fridge" Saturday and that he "wanted to hit him with a bat." ' +
      'Writer met with Isaiah and his mother after group: she confirmed the incident.';
    assert.deepStrictEqual([...notMemberPronouns(text)], ['she']);
  });
  it('does not take "said he" for the member when another person is the one speaking', () => {
    const text = 'Her partner said he would leave if she went out. Told the group it hurt her.';
    assert.deepStrictEqual([...notMemberPronouns(text)], ['he']);
    // near-misses: the member speaking of himself, and someone else reporting on him, still count
    assert.deepStrictEqual([...notMemberPronouns('Pt said he drank Friday. Wife drove him.')], ['she']);
    assert.deepStrictEqual([...notMemberPronouns('His wife called the office. She said he drank Saturday.')], ['she']);
  });
});

describe("notMemberPronouns: the member, named, reporting with a pronoun, marks the member's pronoun", () => {
  const partnerStory =
    'Chiara said when she told her partner she needed a weekend away, he said he\'d "kill himself if she left," and ' +
    'he kept calling until she stayed. He threatened it again Sunday.';
  it('reads "she" as the member when the story of him holds as many pronouns as hers', () => {
    assert.deepStrictEqual([...notMemberPronouns(partnerStory, ['Chiara', 'Benedetti'])], ['he']);
    // Without the name, the partner's sentence-opening "He" is all the evidence there is, and it misleads.
    assert.deepStrictEqual([...notMemberPronouns(partnerStory)], ['she']);
  });
  it('holds for "reports that" and "told the group how", and either gender', () => {
    const sisterStory =
      'Omar reports that he asked his sister for space; she told him she would hurt herself, she texted all night ' +
      'and she called their mom.';
    assert.deepStrictEqual([...notMemberPronouns(sisterStory, ['Omar'])], ['she']);
    const groupStory = 'Dana told the group how she left; he said he would end it, he drove by, he called her boss.';
    assert.deepStrictEqual([...notMemberPronouns(groupStory, ['Dana'])], ['he']);
  });
  it("near-misses: another person's name, or the member's name as a possessor, say nothing of the member", () => {
    assert.deepStrictEqual([...notMemberPronouns(partnerStory, ['Rosa'])], [...notMemberPronouns(partnerStory)]);
    const possessor = "Chiara's mom said she would hurt herself; he drove her, he stayed, he called.";
    assert.deepStrictEqual([...notMemberPronouns(possessor, ['Chiara'])], [...notMemberPronouns(possessor)]);
  });
  it('the reading reaches the risk status: his threat to kill himself is his, in her paragraph', () => {
    const mention = riskMentions(analyzeProse(partnerStory), { selfNames: ['Chiara', 'Benedetti'] }).find(
      (found) => found.category === 'suicide',
    );
    assert.strictEqual(mention?.status, 'other');
  });
});

table('an answer that tells how the asked-about thoughts come is a yes; that they stopped, a no (GUIDE F3.1)', [
  [
    'Asked her directly whether she has had thoughts of killing herself; she said they come "maybe twice a week."',
    'suicide',
    'current',
    'thoughts of killing herself',
  ],
  [
    'Asked whether the thoughts of dying were back; she said they come and go.',
    'suicide',
    'current',
    'thoughts of dying',
  ],
  ['Asked about urges to cut; he says they still come at night.', 'self-harm', 'current', 'urges to cut'],
  ['Asked about cravings since Friday; told writer they came back after payday.', 'substance', 'current', 'cravings'],
  ['Asked about SI; reported that the thoughts are still there, fainter.', 'suicide', 'current', 'SI'],
  // near-misses: the thoughts stopped; "they come" about something else, with no question before it
  ['Asked about urges to cut; she said they stopped in the spring.', 'self-harm', 'negated', 'urges to cut'],
  [
    'Asked whether the thoughts of dying were back; he said they went away in June.',
    'suicide',
    'negated',
    'thoughts of dying',
  ],
  ['She said they come to group by bus. Denies SI.', 'suicide', 'negated', 'SI'],
]);

table('a relative clause after a person with a name or a "from" phrase is about that person', [
  ['Asked her friend Chidi, who still uses pills, to stop calling.', 'substance', 'other', 'uses pills'],
  ['She talked about her roommate from sober living who went back out last week.', 'substance', 'other', 'went back'],
  ['His cousin Ray, who drinks every day, moved in with him.', 'substance', 'other', 'drinks'],
  ['Her sponsor from the Tuesday meeting, who relapsed in May, stepped down.', 'substance', 'other', 'relapsed'],
  // near-misses: the member is the subject again after the clause, and a member's own clause about someone else
  ['Her friend Chidi, who moved away, called; she drank after the call.', 'substance', 'current', 'drank'],
  ['She, who had been sober 90 days, drank Saturday.', 'substance', 'current', 'drank'],
]);

table("a self-harm or suicide phrase whose reflexive is the other gender's is someone else's", [
  [
    'She said her partner told her he would kill himself if she left. She stayed home. She is anxious.',
    'suicide',
    'other',
    'kill himself',
  ],
  [
    'He said his girlfriend keeps saying she will hurt herself if he leaves. He is worried. He denies SI.',
    'self-harm',
    'other',
    'hurt herself',
  ],
  // near-misses: the member's own reflexive, and a threat's reflexive is its target, not its actor
  ['She said she wants to kill herself. She has a plan.', 'suicide', 'current', 'kill herself'],
  ['He said he wants to kill himself. He has a plan.', 'suicide', 'current', 'kill himself'],
  ['He said his ex "better watch herself" now. He knows her schedule.', 'violence', 'current', 'watch herself'],
]);

table('the member\'s own quoted words that say "I" are the member\'s, whoever they name as noticing or gaining', [
  ['Named "nobody would notice if I was gone" as an automatic thought.', 'suicide', 'current', 'nobody would notice'],
  ['Said "my kids would be better off if I was gone."', 'suicide', 'current', 'better off'],
  // near-misses: someone else's words, or a quote about someone else, stay theirs
  ['Her mom said "I want to die some days."', 'suicide', 'other', 'want to die'],
  ['Said "my brother wants to kill himself."', 'suicide', 'other', 'kill himself'],
]);

table('thinking back on a past overdose or use is no current use; after a past attempt the thought stays', [
  [
    'Had an overdose in 2021 on pills and alcohol, and said he thinks about it when he sees how far he has come.',
    'substance',
    'historical',
    'thinks about it',
  ],
  [
    'Drank heavily until 2019. Says he thinks about it every time he drives past the bar.',
    'substance',
    'historical',
    'thinks about it',
  ],
  // near-miss: a thought after a past attempt may be the wish again
  [
    'An attempt in 2015 by hanging. Says she still thinks about it most nights.',
    'suicide',
    'current',
    'thinks about it',
  ],
]);
