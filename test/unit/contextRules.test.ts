/**
 * ConText rules (server/src/prose/lexicons/context.yaml and context.ts), tested per rule as medspaCy tests its
 * context rules: for each rule, sentences it must apply to (paraphrases) and near-misses it must not apply to
 * (another trigger, a terminator, a pseudo-trigger). Each row names the risk mention by a piece of its text
 * and the status the member's paragraph gives it (risk.ts reads the attributes into one status).
 */
import * as assert from 'assert';
import { riskMentions, type RiskStatus } from '../../server/src/prose/risk';
import { analyzeProse } from '../../server/src/prose/segment';
import { TEST_SESSION_DATE } from '../support/riskTable';

interface Row {
  text: string;
  /** Words inside the risk mention (the first mention that overlaps them). */
  cue: string;
  status: RiskStatus;
  /** The member's first name, as the eval passes it. */
  self?: string;
}

function statusOf(row: Row): RiskStatus | 'no mention' {
  const at = row.text.indexOf(row.cue);
  assert.ok(at >= 0, `cue ${JSON.stringify(row.cue)} is not in the text`);
  const end = at + row.cue.length;
  const options = { sessionDate: TEST_SESSION_DATE, ...(row.self ? { selfNames: [row.self] } : {}) };
  const found = riskMentions(analyzeProse(row.text), options).find((m) => m.start < end && at < m.end);
  return found ? found.status : 'no mention';
}

function rule(name: string, rows: Row[]): void {
  describe(`context rule: ${name}`, () => {
    for (const row of rows)
      it(`${JSON.stringify(row.text)}: "${row.cue}" is ${row.status}`, () =>
        assert.strictEqual(statusOf(row), row.status));
  });
}

rule('possessive with a name between ("her brother Andre\'s suicide")', [
  {
    text: "She spoke about the anniversary of her brother Andre's suicide this month.",
    cue: 'suicide',
    status: 'other',
  },
  { text: "He talked about his friend Marco's overdose two years ago.", cue: 'overdose', status: 'other' },
  { text: "Her cousin's overdose last year still haunts her.", cue: 'overdose', status: 'other' },
  // near-miss: the possessive names the place, the member is the one who used
  {
    text: "Pt reports she drank at her sister's wedding on Saturday, four glasses of wine.",
    cue: 'drank',
    status: 'current',
  },
  // near-miss: a possessive reaches only the noun phrase it owns, not a later act of the member
  {
    text: "He gave his late wife's ring to his nephew and wrote the kids a goodbye letter.",
    cue: 'goodbye letter',
    status: 'current',
  },
]);

rule('a relation named as an object is not the experiencer (pseudo), with a name or a relative clause', [
  {
    text: 'She talked about her cousin Priya, who took a bunch of her lithium and ended up in the ICU.',
    cue: 'took a bunch',
    status: 'other',
  },
  { text: 'Talked about her son, who overdosed on fentanyl last month.', cue: 'overdosed', status: 'other' },
  // near-miss: the relation is the object; the member is the one who drank
  { text: 'Called his older brother for a ride, then drank two beers at home.', cue: 'drank', status: 'current' },
  { text: 'Told her sponsor about the relapse on Friday.', cue: 'relapse', status: 'current' },
]);

rule('a relation as subject reaches the rest of its clause', [
  {
    text: 'Pt described her boyfriend punching the wall on Sunday and then threatening to kill her if she leaves.',
    cue: 'to kill',
    status: 'other',
  },
  { text: 'His roommate has been burning himself with a lighter.', cue: 'burning himself', status: 'other' },
  // terminator: the member becomes the subject
  {
    text: 'Her husband found her after she took 20 of her sleeping pills.',
    cue: 'took 20',
    status: 'current',
  },
]);

rule('a pronoun of the other gender than the member is someone else', [
  {
    text:
      "She said her son's heroin use scares her and that he overdosed in her basement last spring. " +
      'She keeps Narcan now.',
    cue: 'overdosed',
    status: 'other',
  },
  {
    text: 'She is hypervigilant since her ex texted that he will make her pay for leaving. She startles at noises.',
    cue: 'make her pay',
    status: 'other',
  },
  // near-miss: the member's own pronoun
  {
    text: 'She reports she drank on Friday after work. She called her sponsor Saturday.',
    cue: 'drank',
    status: 'current',
  },
  // near-miss: mixed pronouns decide nothing; "he" stays the member
  { text: 'He said he drank on Friday; she was not there.', cue: 'drank', status: 'current' },
]);

rule('third person inside quoted speech is not the member', [
  {
    text: 'Pt said: "My daughter\'s boyfriend told her he\'d kill her if she left him." She wants her out.',
    cue: 'kill her',
    status: 'other',
  },
  // near-miss: the member's own "I" in a quote
  { text: 'Pt said "I\'ll break his jaw if he shows up again."', cue: 'break his jaw', status: 'current' },
]);

rule('topic: a subject-naming compound wins over a far subject ("Group topic was relapse prevention")', [
  { text: 'Group topic was relapse prevention over the holidays.', cue: 'relapse', status: 'topic' },
  { text: 'The session topic is suicide awareness.', cue: 'suicide', status: 'topic' },
  { text: 'Group topic was relapse warning signs.', cue: 'relapse', status: 'topic' },
  {
    text: 'Group psychoeducation on warning signs of suicide and how to ask a friend directly.',
    cue: 'suicide',
    status: 'topic',
  },
  { text: 'Skills group on understanding self-harm urges and what they do.', cue: 'self-harm', status: 'topic' },
  // near-miss: a peer's own event is someone else's, not a topic
  { text: 'A peer shared about his relapse last weekend.', cue: 'relapse', status: 'other' },
  // near-miss: the member's own relapse stays current even when the group is mentioned
  { text: 'In group she shared that she relapsed on Saturday.', cue: 'relapsed', status: 'current' },
]);

rule('topic label across its checkboxes ("Topic: [x] ... [x] Suicide warning signs")', [
  {
    text: 'Topic: [x] Overdose prevention & naloxone  [x] Suicide warning signs  [ ] Medication',
    cue: 'Suicide',
    status: 'topic',
  },
  // near-miss: a checklist that is not a topic line
  { text: 'Risk: [x] Suicidal ideation  [ ] Homicidal ideation', cue: 'Suicidal ideation', status: 'current' },
]);

rule('the group as an object is not someone else ("showed the group")', [
  {
    text: 'Showed the group a fresh scratch on her forearm from Sunday night.',
    cue: 'scratch on her forearm',
    status: 'current',
  },
  // near-miss: the group as subject of a discussion is the topic
  { text: 'The group discussed relapse and its warning signs.', cue: 'relapse', status: 'topic' },
]);

rule('question answered in parentheses: the answer wins ("any suicidal intent (denies)")', [
  {
    text: 'Writer asked about frequency and any suicidal intent (denies), and reviewed her card.',
    cue: 'suicidal',
    status: 'negated',
  },
  { text: 'Screened for suicidal ideation (denied).', cue: 'suicidal ideation', status: 'negated' },
  // near-miss: a question with no answer stays a question
  {
    text: 'Writer asked about suicidal thoughts at the end of group.',
    cue: 'suicidal thoughts',
    status: 'hypothetical',
  },
]);

rule('question put to someone ("are you thinking about killing yourself?")', [
  {
    text: 'Pt role-played asking a friend "are you thinking about killing yourself?" and said it felt awkward.',
    cue: 'killing yourself',
    status: 'hypothetical',
  },
  {
    text: 'Practised asking "do you have thoughts of suicide?" with a peer.',
    cue: 'thoughts of suicide',
    status: 'hypothetical',
  },
  // near-miss: the member's own statement
  { text: 'Pt said she has been thinking about killing herself this week.', cue: 'killing herself', status: 'current' },
]);

rule('counterfactual ("would have")', [
  {
    text: 'He said the old him would have put the man through the window, but he walked away.',
    cue: 'put the man through the window',
    status: 'hypothetical',
  },
  // near-miss: a threat the member states now
  { text: 'He said he will put the man through the window if he sees him.', cue: 'put the man', status: 'current' },
]);

rule('a condition goes on through "when" (safety-plan warning sign)', [
  {
    text: 'Warning sign: "when I start thinking the kids would be better off without me," then call her sister.',
    cue: 'better off without me',
    status: 'hypothetical',
  },
  // near-miss: stated as a present thought
  {
    text: 'Said lately she thinks the kids would be better off without her.',
    cue: 'better off without her',
    status: 'current',
  },
]);

rule('"used to": habitual past', [
  { text: 'Said she used to black out drinking every weekend in her twenties.', cue: 'drinking', status: 'historical' },
  { text: 'Her brother used to cut himself, she said.', cue: 'cut himself', status: 'other' },
  // near-miss: no habitual past, current use
  { text: 'Said she blacked out drinking last weekend.', cue: 'drinking', status: 'current' },
]);

rule('a year before an event ("before his 2021 DUI")', [
  {
    text: 'Talked about how he drank a fifth every day before his 2021 DUI.',
    cue: 'drank a fifth',
    status: 'historical',
  },
  // near-miss: since then, and recent
  { text: 'He drank a fifth on Saturday, his first drink since 2021.', cue: 'drank a fifth', status: 'current' },
]);

rule('"none since" after a past event, and "(-)"-style answers do not read as a denial of the event', [
  { text: 'Risk: Hx of overdose in 2016, none since; denies current SI.', cue: 'overdose', status: 'historical' },
  { text: 'Risk: Hx of overdose in 2016, none since; denies current SI.', cue: 'SI', status: 'negated' },
]);

rule('checkbox after the item ("SI [ ] HI [ ] SIB [ ]")', [
  { text: 'SI [ ] HI [ ] SIB [ ] none endorsed', cue: 'SI', status: 'negated' },
  { text: 'SI [ ] HI [ ] SIB [ ] none endorsed', cue: 'SIB', status: 'negated' },
  // near-miss: a ticked box before the item still affirms it, even with an empty box after it
  { text: '[x] Passive SI  [ ] Active SI with plan', cue: 'Passive SI', status: 'current' },
]);

rule('denial by contrast ("not that he wants to die")', [
  { text: 'He just wanted the noise to stop, not that he wants to die.', cue: 'to die', status: 'negated' },
  // near-miss: the pseudo-trigger "not that" before an adjective does not deny
  { text: 'Said it was not that bad, but she cut her arm on Tuesday.', cue: 'cut her arm', status: 'current' },
]);

rule('urges not acted on are still urges (pseudo "acted on none")', [
  {
    text: 'Diary card: urges to self-harm 4/5 on three evenings, acted on none.',
    cue: 'urges to self-harm',
    status: 'current',
  },
  { text: 'Urges to drink most nights; did not act on them.', cue: 'Urges to drink', status: 'current' },
  // near-miss: a real denial
  { text: 'Denies urges to self-harm this week.', cue: 'urges to self-harm', status: 'negated' },
]);

rule('"in place of" a behaviour for a stretch of days', [
  { text: 'Has used skills in place of self-injury for 9 days now.', cue: 'self-injury', status: 'negated' },
  // near-miss: the behaviour happened
  { text: 'Used skills, then self-injured on day 9.', cue: 'self-injured', status: 'current' },
]);

rule('a warning sign quotes a whole thought, "would" included (ignoresTerminators)', [
  {
    text:
      'Updated her plan: warning sign "when I start feeling my husband would be better off without me," ' +
      'then call her aunt.',
    cue: 'better off without me',
    status: 'hypothetical',
  },
  // near-miss: the consequent of a member's conditional stays asserted
  { text: 'If he shows up at her door again she would stab him, she said.', cue: 'stab him', status: 'current' },
]);

rule('"as" does not end a question ("asked whether X counts as overdose risk")', [
  {
    text: 'Asked whether taking Xanax with alcohol counts as an overdose risk.',
    cue: 'Xanax with alcohol',
    status: 'hypothetical',
  },
  { text: 'Learned about overdose risk after a period of abstinence.', cue: 'overdose', status: 'topic' },
]);

rule('a denial that is itself negated, or a denial of a change, does not deny (pseudo)', [
  { text: 'Pt no longer denies SI; reports passive SI nightly.', cue: 'SI', status: 'current' },
  { text: 'She denies any change in her plan to overdose on her pills.', cue: 'overdose', status: 'current' },
  // near-miss: a plain denial
  { text: 'Pt denies SI today.', cue: 'SI', status: 'negated' },
]);

rule('a question yields to its answer ("asked if ... and said yes")', [
  { text: 'Was asked if she has thoughts of suicide and said yes.', cue: 'thoughts of suicide', status: 'current' },
  { text: 'Asked whether he has had urges to drink, and he answered yes.', cue: 'urges to drink', status: 'current' },
  // near-miss: a question still unanswered
  { text: 'Was asked if she has thoughts of suicide.', cue: 'thoughts of suicide', status: 'hypothetical' },
  // near-miss: answered no
  { text: 'Asked if she has thoughts of suicide, denied.', cue: 'thoughts of suicide', status: 'negated' },
]);

rule('a count after a charted denial ("neg x3") still closes the clause', [
  { text: 'SI/HI/SIB: neg x3', cue: 'SIB', status: 'negated' },
  { text: 'SI/HI/SIB: neg x3', cue: 'SI', status: 'negated' },
]);

rule('none now after a past event leaves it historical (yieldsTo historical)', [
  { text: 'Had SI during his deployment, none now.', cue: 'SI', status: 'historical' },
  { text: 'Past SI, none current.', cue: 'SI', status: 'historical' },
  // near-miss: no past marker, a plain denial
  { text: 'SI: none currently.', cue: 'SI', status: 'negated' },
  { text: 'SI: none today.', cue: 'SI', status: 'negated' },
]);

rule('life periods with a possessive ("during his deployment", "in her teens")', [
  { text: 'Drank heavily during his first marriage.', cue: 'Drank', status: 'historical' },
  { text: 'Overdosed on pills in her teens.', cue: 'Overdosed', status: 'historical' },
  // near-miss: recent
  { text: 'Overdosed on pills last weekend.', cue: 'Overdosed', status: 'current' },
]);

rule('line labels: history, family history, safety plan', [
  { text: 'Psych hx: OD 2016; SA x2 by cutting.', cue: 'OD', status: 'historical' },
  { text: 'FHx: father w/ alcohol use; maternal uncle died by suicide.', cue: 'suicide', status: 'other' },
  { text: 'Family history of suicide (uncle).', cue: 'suicide', status: 'other' },
  {
    text: 'Safety plan: if thoughts of suicide return, call sister, then 988.',
    cue: 'thoughts of suicide',
    status: 'hypothetical',
  },
  // near-miss: a plain line about the member
  { text: 'Risk: passive thoughts of suicide this week.', cue: 'thoughts of suicide', status: 'current' },
]);

rule('the member\'s pronoun from the subject position ("Said she ...")', [
  {
    text:
      "Discussed her father's drinking and how he drank himself to death in 2009. " +
      'Said she has been sober 11 years. Gave a peer feedback on his list.',
    cue: 'drank himself',
    status: 'other',
  },
  // near-miss: the member is "he" (strong evidence both ways decides nothing; "he" stays the member)
  {
    text: 'His wife called the office. She said he drank on Saturday after the game.',
    cue: 'drank',
    status: 'current',
  },
]);

rule('an anniversary of a past event, with a recent time for the marking ("two years since her attempt this week")', [
  { text: 'She marked two years since her attempt this week with her sister.', cue: 'attempt', status: 'historical' },
  { text: 'Six months since his overdose, he said he feels steadier.', cue: 'overdose', status: 'historical' },
  // near-miss: a recent event
  { text: 'She made an attempt this week and was admitted.', cue: 'attempt', status: 'current' },
]);

rule('"and that" starts a new reported statement after a denial', [
  {
    text: 'Shared that her disability claim was denied and that she went on a bender Friday and Saturday.',
    cue: 'went on a bender',
    status: 'current',
  },
  // near-miss: one denial of two items
  { text: 'Denies drinking and drug use this week.', cue: 'drug use', status: 'negated' },
]);

rule('an answer in parentheses followed by a quote ("(denies, \'it is not about dying\')")', [
  {
    text: 'Writer asked about suicidal intent (denies, "it is not about dying") and reviewed her plan.',
    cue: 'suicidal intent',
    status: 'negated',
  },
]);

rule('military and other relations as experiencers', [
  { text: 'He talked about his squad leader who killed himself in 2012.', cue: 'killed himself', status: 'other' },
  { text: 'Her youth pastor overdosed last year.', cue: 'overdosed', status: 'other' },
  // near-miss: the member's own, with a relation as object
  { text: 'He called his sergeant after he drank on Friday night.', cue: 'drank', status: 'current' },
]);

rule('a relation naming a kind of session is not a person (pseudo "family session")', [
  {
    text: 'Writer will set up a family session next week; he agreed to bring the card after he drank Friday.',
    cue: 'drank',
    status: 'current',
  },
  // near-miss: the family as people
  { text: 'His family drinks every weekend at the lake.', cue: 'drinks', status: 'other' },
]);

rule("someone else's quoted words about themselves are theirs (the speaker named at a speech verb)", [
  { text: 'Mom said at pickup, "I\'ll kill him if he comes near her again."', cue: "I'll kill him", status: 'other' },
  { text: 'His father told staff, "I\'m going to beat that kid."', cue: 'going to beat that kid', status: 'other' },
  { text: '"I\'ll cut myself if you take my phone," her sister said.', cue: 'cut myself', status: 'other' },
  { text: 'Her stepmom texted: "I can\'t do this anymore, I want to die."', cue: 'want to die', status: 'other' },
  // near-misses: the member's own quoted words, the member as speaker, a relative quoting the member's act
  { text: 'She told the group, "I want to die some days."', cue: 'want to die', status: 'current' },
  {
    text: 'Asked about his ex-wife\'s boyfriend, said "if he shows up again I\'ll put him in the hospital."',
    cue: "I'll put him in the hospital",
    status: 'current',
  },
  {
    text: 'Veteran told the group he "tried to hang himself in the garage" last week.',
    cue: 'hang himself',
    status: 'current',
  },
  { text: 'Her mom told staff, "she cut herself again Sunday."', cue: 'cut herself', status: 'current' },
]);

rule('a trigger inside parentheses modifies only what the parentheses hold', [
  { text: 'Check-in (no SI today) cravings 7/10 since Friday.', cue: 'cravings', status: 'current' },
  { text: 'Weekend (no alcohol) used fentanyl twice.', cue: 'used fentanyl', status: 'current' },
  { text: 'Screened (denied HI) urges to cut since Monday.', cue: 'urges to cut', status: 'current' },
  { text: 'Sleep poor (no naps) and drank most nights.', cue: 'drank', status: 'current' },
  // near-misses: the target inside the same parentheses, or the trigger outside them
  { text: 'Check-in (no SI or cravings today), calm.', cue: 'cravings', status: 'negated' },
  { text: 'Denies SI (and any cutting) this week.', cue: 'cutting', status: 'negated' },
]);

rule('a family activity is the member\'s own doing (pseudo "family dinner")', [
  { text: 'Family dinner 4 of 7 nights this week, and she drank after two of them.', cue: 'drank', status: 'current' },
  { text: 'Skipped family game night and used alone in his room.', cue: 'used alone', status: 'current' },
  { text: 'Her family outings keep her busy; she had two beers Saturday.', cue: 'had two beers', status: 'current' },
  // near-misses: the family as people who do the thing
  { text: 'Her family drank through the whole holiday dinner.', cue: 'drank', status: 'other' },
  { text: 'At family dinner his uncle was drunk again.', cue: 'was drunk', status: 'other' },
]);

rule('GIRP goal line ("G: G2, manage cravings")', [
  {
    text: 'G: G2, manage cravings with urge surfing.\nR: Rated cravings 7/10 since Friday.',
    cue: 'manage cravings',
    status: 'topic',
  },
  // near-miss: the response line reports the member's own cravings
  {
    text: 'G: G2, manage cravings with urge surfing.\nR: Rated cravings 7/10 since Friday.',
    cue: 'Rated cravings',
    status: 'current',
  },
]);

rule('a group named for a loss is a topic ("suicide loss group")', [
  { text: 'Plan: survivors of suicide loss group on Thursday; continue here weekly.', cue: 'suicide', status: 'topic' },
  // near-miss: the loss itself is someone else's death
  { text: 'She spoke about the suicide loss of her brother in March.', cue: 'suicide', status: 'other' },
]);

rule('a figure of speech marked as one by the speaker or the note (figurative from context)', [
  {
    text: 'Said she "wanted to die" over the B+ on her midterm, then rolled her eyes: "not literally, obviously."',
    cue: 'wanted to die',
    status: 'figurative',
  },
  {
    text:
      'States she "wanted to strangle" her supervisor, then laughed and said ' +
      '"not literally, I just complained to HR."',
    cue: 'strangle',
    status: 'figurative',
  },
  {
    text:
      'He said for a second he "could have killed him," then corrected himself: ' +
      '"not really, I just wanted to yell."',
    cue: 'killed him',
    status: 'figurative',
  },
  {
    text: 'Said "honestly I was ready to jump off a bridge before I told her," then added he was joking.',
    cue: 'jump off a bridge',
    status: 'figurative',
  },
  { text: 'He joked that he "OD\'d on Netflix" over the long weekend.', cue: 'OD', status: 'figurative' },
  { text: 'Said he wanted to kill his boss, as a figure of speech.', cue: 'kill his boss', status: 'figurative' },
  // near-miss: a joke about suicide is a warning sign, not a figure of speech
  {
    text: 'He joked that everyone would be better off if he was gone.',
    cue: 'better off',
    status: 'current',
  },
  // near-miss: insisting it is meant
  { text: 'Said she was not joking about wanting to die.', cue: 'wanting to die', status: 'current' },
  { text: 'Said she wants to die and meant it literally.', cue: 'wants to die', status: 'current' },
  // near-miss: the marker is in another sentence
  { text: 'Said she wants to die. Later she joked about the coffee machine.', cue: 'wants to die', status: 'current' },
]);

rule("a trigger that overlaps its target: the idiom's own negation, a trigger running into it, a gap", [
  // the negation is the target's own words ("won't have to deal with me"): not a denial
  {
    text: 'Told his sister "don\'t worry, you won\'t have to deal with me much longer."',
    cue: 'deal with me',
    status: 'current',
  },
  { text: "Said she is hoping she just won't have to do tomorrow.", cue: 'have to do tomorrow', status: 'current' },
  { text: "Says he won't be around much longer.", cue: 'be around', status: 'current' },
  // a trigger that runs into the target ("no active" over "active thoughts") denies it
  {
    text: 'C-SSRS positive for wish to be dead, no active thoughts, no plan, no behaviour.',
    cue: 'active thoughts',
    status: 'negated',
  },
  { text: 'No current suicidal ideation.', cue: 'suicidal ideation', status: 'negated' },
  // near-miss: the affirmed item before it keeps its own reading
  {
    text: 'C-SSRS positive for wish to be dead, no active thoughts, no plan, no behaviour.',
    cue: 'wish to be dead',
    status: 'current',
  },
  // a negation the target's pattern only let through a gap ("had ~1 <alcohol>")
  { text: 'He drank no beer at the party.', cue: 'drank no beer', status: 'negated' },
  { text: 'He drank two beers at the party.', cue: 'drank two beers', status: 'current' },
  // near-miss: a possessive inside an overdose target is not the experiencer
  { text: "Took her mom's Klonopin with vodka on Friday.", cue: 'Klonopin', status: 'current' },
]);

rule('a terminator inside a longer trigger is a word of that trigger ("since last session" is a time)', [
  { text: 'Overdose since last session: [ ] Yes  [x] No', cue: 'Overdose', status: 'negated' },
  { text: 'Denies any alcohol use since last group.', cue: 'alcohol use', status: 'negated' },
  // near-miss: "since" as a cause still ends the denial
  { text: 'Denies SI, since she relapsed Friday she has stayed with her sister.', cue: 'relapsed', status: 'current' },
]);

rule("a checklist row's ticked answer decides, whatever trigger stands nearer (decisive)", [
  { text: 'Risk screen: SI [ ] Denies [x] Endorses  HI [x] Denies  SIB [x] Denies', cue: 'SI', status: 'current' },
  { text: 'Risk screen: SI [ ] Denies [x] Endorses  HI [x] Denies  SIB [x] Denies', cue: 'HI', status: 'negated' },
  { text: 'SI [x] No [ ] Yes  HI [ ] No [x] Yes', cue: 'SI', status: 'negated' },
  { text: 'SI [x] No [ ] Yes  HI [ ] No [x] Yes', cue: 'HI', status: 'current' },
  { text: 'Suicidal ideation [x] Yes [ ] No   Homicidal ideation [ ] Yes [x] No', cue: 'Suicidal', status: 'current' },
  { text: 'Suicidal ideation [x] Yes [ ] No   Homicidal ideation [ ] Yes [x] No', cue: 'Homicidal', status: 'negated' },
  { text: 'SI: [ ] yes [x] no', cue: 'SI', status: 'negated' },
  // near-miss: boxes before the items read forward as before
  { text: 'Risk: [x] Suicidal ideation  [ ] Homicidal ideation', cue: 'Suicidal', status: 'current' },
  { text: 'Risk: [x] Suicidal ideation  [ ] Homicidal ideation', cue: 'Homicidal', status: 'negated' },
]);

rule('charting signs and zero ratings ("-SI/-HI", "+SI passive, -plan", "Cravings: 0/10")', [
  { text: '-SI/-HI', cue: 'SI', status: 'negated' },
  { text: '-SI/-HI', cue: 'HI', status: 'negated' },
  { text: '+SI passive, -plan/-intent, -HI', cue: 'SI', status: 'current' },
  { text: '+SI passive, -plan/-intent, -HI', cue: 'HI', status: 'negated' },
  { text: 'HI - none', cue: 'HI', status: 'negated' },
  { text: 'Suicidal thoughts: 0/10 this week.', cue: 'Suicidal thoughts', status: 'negated' },
  { text: 'Urges to drink rated 0/10 today.', cue: 'Urges', status: 'negated' },
  // near-misses: a dash with spaces is a separator; a later zero does not deny an earlier rating; a rating above zero
  { text: 'SI - passive thoughts most nights', cue: 'passive thoughts', status: 'current' },
  { text: 'Cravings 6/10 Friday, 0/10 today.', cue: 'Cravings', status: 'current' },
  { text: 'Cravings 10/10 on Friday.', cue: 'Cravings', status: 'current' },
  { text: 'Reports self-harm urges most evenings.', cue: 'self-harm', status: 'current' },
]);

rule('an absence since an event dates it; a denial over a window denies ("denies since", "none since last group")', [
  { text: "Drank 2 days ago at his cousin's, denies since.", cue: 'Drank', status: 'current' },
  { text: 'Drank on Friday, none since.', cue: 'Drank', status: 'current' },
  { text: 'Had SI during his deployment, denies since.', cue: 'SI', status: 'historical' },
  { text: 'SI: none since last group.', cue: 'SI', status: 'negated' },
  { text: 'Denies SI since intake.', cue: 'SI', status: 'negated' },
  { text: 'Cut herself last spring, no self-harm since.', cue: 'Cut herself', status: 'historical' },
  // near-miss: the absence alone is a denial
  { text: 'SI: none now.', cue: 'SI', status: 'negated' },
]);

rule('bounded and dated past periods ("for ten years after", "back in June", "last spring")', [
  {
    text: 'For a long time after the funeral he wanted the man dead.',
    cue: 'wanted the man dead',
    status: 'historical',
  },
  {
    text: 'Talked about drinking hard for ten years after he came back from the war.',
    cue: 'drinking',
    status: 'historical',
  },
  { text: 'The night of the funeral he drank until he passed out, back in June.', cue: 'drank', status: 'historical' },
  { text: 'Back in March she relapsed.', cue: 'relapsed', status: 'historical' },
  // near-misses: a duration up to now, a recent month, the target's own "past", a new statement after the past
  { text: 'Has been drinking for ten years.', cue: 'drinking', status: 'current' },
  { text: 'Relapsed this June.', cue: 'Relapsed', status: 'current' },
  { text: "Has driven past his ex-partner's apartment twice this week.", cue: 'driven past', status: 'current' },
  {
    text: 'He drank until he passed out back in June, and that he has kept to two beers or fewer since group began.',
    cue: 'two beers',
    status: 'current',
  },
]);

rule('a feared future and a conditional prediction of use are hypothetical ("worried she might", "would drink if")', [
  { text: 'Worried she might relapse at the wedding.', cue: 'relapse', status: 'hypothetical' },
  { text: 'She is afraid she will start cutting again.', cue: 'cutting', status: 'hypothetical' },
  { text: 'Worries that he could drink at the reunion.', cue: 'drink', status: 'hypothetical' },
  { text: 'Said she would probably drink if she lost the job.', cue: 'drink', status: 'hypothetical' },
  // near-misses: a past worry about a real event; a conditional threat; a death wish; the habitual past "would"
  { text: 'Worried she drank too much on Friday.', cue: 'drank', status: 'current' },
  { text: "He said he'd kill him if he showed up again.", cue: 'kill him', status: 'current' },
  { text: 'Said she would be better off dead.', cue: 'better off dead', status: 'current' },
  { text: 'She would drink every night back then.', cue: 'drink', status: 'historical' },
]);

rule('a consequent holding its own "will" is asserted ("if she keeps my son from me she\'ll regret it")', [
  {
    text: 'Angry after the hearing: "if she gets the house too she\'ll regret it, I promise you."',
    cue: 'regret it',
    status: 'current',
  },
  // near-miss: the member's plan for a condition stays hypothetical
  { text: 'If cravings hit she will call her sponsor.', cue: 'cravings', status: 'hypothetical' },
]);

rule('an answer to a question affirms what was asked, with hedges ("said \'kind of, yeah\'")', [
  {
    text: 'When asked if that meant wanting to die, said "kind of, yeah, sometimes at night."',
    cue: 'wanting to die',
    status: 'current',
  },
  // near-miss: no answer given
  {
    text: 'Was asked if she has thoughts of suicide and said she was not sure.',
    cue: 'thoughts of suicide',
    status: 'hypothetical',
  },
]);

rule('another attendee by place and a person as the subject of a gerund are other experiencers', [
  { text: 'The member next to him talked about relapse.', cue: 'relapse', status: 'other' },
  { text: 'Talked about his father beating his mother every payday.', cue: 'beating', status: 'other' },
  { text: 'Described her boyfriend punching the wall and threatening to kill her.', cue: 'to kill', status: 'other' },
  // near-miss: a person as object, the member's own event
  { text: 'Told her sponsor about the relapse on Friday.', cue: 'relapse', status: 'current' },
]);

rule('a season or month of a past year is the past ("in the winter of 2019")', [
  {
    text: 'In the winter of 2019 she had weeks of wanting to be dead.',
    cue: 'wanting to be dead',
    status: 'historical',
  },
  { text: 'He relapsed in March 2021 and went back to detox.', cue: 'relapsed', status: 'historical' },
  // near-miss: a season of this year's recent past
  { text: 'She relapsed this weekend after the funeral.', cue: 'relapsed', status: 'current' },
]);

rule('a date in figures closing a parenthetical dates what it holds ("(pushed wife into the dresser, 3/2024)")', [
  {
    text: 'Described his arrest incident (pushed wife into the dresser, 3/2024) using "I" statements.',
    cue: 'pushed wife',
    status: 'historical',
  },
  { text: 'One prior attempt (OD on her Seroquel, 2019). Denies SI now.', cue: 'OD', status: 'historical' },
  { text: 'Relapse history (drank for three days, 4/12/2025).', cue: 'drank', status: 'historical' },
  // near-misses: a date in the session's month, a date that opens a statement about now
  { text: 'Lapse this month (drank a fifth, 11/2026).', cue: 'drank a fifth', status: 'current' },
  { text: 'Sober since 3/2024 (drank two beers Saturday).', cue: 'drank two beers', status: 'current' },
]);

rule('"back when" and "back then" set a statement in the past', [
  { text: 'Urges feel like cravings did back when she was drinking.', cue: 'was drinking', status: 'historical' },
  { text: 'Back then he was cutting every night.', cue: 'cutting', status: 'historical' },
  // near-miss: "came back when" is a return, not a past time
  { text: 'Her urges came back when she started drinking again.', cue: 'started drinking', status: 'current' },
]);

rule('a present-tense statement after a past one is about now ("... in her twenties and sees the urges as ...")', [
  {
    text: 'She used to burn her arms with a lighter in her twenties and sees the evening urges as "the same animal."',
    cue: 'evening urges',
    status: 'current',
  },
  { text: 'Drank heavily in his twenties and is drinking again.', cue: 'is drinking', status: 'current' },
  // near-miss: the past statement itself stays past
  {
    text: 'She used to burn her arms with a lighter in her twenties and sees the evening urges as "the same animal."',
    cue: 'burn her arms',
    status: 'historical',
  },
]);

rule('a possessive that ends its phrase owns a thing already named ("the benzos were my mom\'s, just one")', [
  { text: 'Pt says the benzos were "my mom\'s, just one to sleep."', cue: 'just one to sleep', status: 'current' },
  // near-miss: a possessive that owns the event
  { text: "Her cousin's overdose last year still haunts her.", cue: 'overdose', status: 'other' },
]);

rule('a negation inside a target through its word lists is the idiom\'s own ("thinks about not being around")', [
  { text: 'He thinks about not being around.', cue: 'not being around', status: 'current' },
  { text: 'Risk screen: SI [ ] Denies [x] Endorses  HI [x] Denies', cue: 'SI', status: 'current' },
  // near-miss: a denial before the idiom still denies it
  { text: 'Denies thinking about not being around.', cue: 'not being around', status: 'negated' },
]);

rule('a person word that is the target\'s own subject is not another experiencer ("the baby would be better off")', [
  { text: 'The baby would be better off with my sister.', cue: 'better off', status: 'current' },
]);

rule(
  'an answer after a question denies what was asked ("asked about thoughts of dying, pt denies"; ": Not like that")',
  [
    { text: 'Asked about thoughts of dying, pt denies; urge now 2/10.', cue: 'thoughts of dying', status: 'negated' },
    {
      text: 'Writer asked whether she has thoughts of killing herself: "Not like that. I just miss him."',
      cue: 'thoughts of killing',
      status: 'negated',
    },
    // near-misses: an answer that affirms; someone else denying; the question alone
    { text: 'Asked about SI; pt endorses passive thoughts.', cue: 'passive thoughts', status: 'current' },
    { text: 'She reports SI most nights and her husband denies it.', cue: 'SI', status: 'current' },
    { text: 'Writer asked about thoughts of dying.', cue: 'thoughts of dying', status: 'hypothetical' },
  ],
);

rule("the member's name as a possessor names someone else", [
  { text: "Beatrix's daughter cut herself last week.", cue: 'cut herself', status: 'other', self: 'Beatrix' },
  { text: "Omar's brother overdosed on Friday night.", cue: 'overdosed', status: 'other', self: 'Omar' },
  { text: 'Beatrix cut herself last week.', cue: 'cut herself', status: 'current', self: 'Beatrix' },
]);

rule('a bare zero closing a diary-card item is an absence ("SI 0."), not a scale\'s range', [
  { text: 'SH acts 0. SI 0. Mood 6/10.', cue: 'SI', status: 'negated' },
  // near-misses: the range of a scale; a rating above zero
  { text: 'Cravings (0-10): 1', cue: 'Cravings', status: 'current' },
  { text: 'SI 4/5 on Tuesday.', cue: 'SI', status: 'current' },
]);

rule('a year is read against the session date (2026-11-20 here), not against a list of past years', [
  // a year before the session's, written before or after the event, or after "in"
  { text: 'Talked about her 2022 overdose in a motel bathroom.', cue: 'overdose', status: 'historical' },
  { text: 'One attempt by overdose on her mother’s pills in 2025.', cue: 'attempt', status: 'historical' },
  { text: 'Hx: OD on fentanyl 2025, revived by EMS.', cue: 'OD', status: 'historical' },
  { text: 'Drank a fifth a day before 2019, sober since.', cue: 'Drank a fifth', status: 'historical' },
  // a month of the session's year months before it is long past; weeks before it is not
  { text: 'He relapsed in March 2026 and went back to detox.', cue: 'relapsed', status: 'historical' },
  { text: 'He relapsed in October 2026 and went back to detox.', cue: 'relapsed', status: 'current' },
  // near-misses: the session's own year, a span from a past year to now, a later year, a number that is no year
  { text: 'OD on heroin 2026, the ER kept her overnight.', cue: 'OD', status: 'current' },
  { text: 'Has been cutting on and off since 2024, most recently Sunday.', cue: 'cutting', status: 'current' },
  { text: 'The nightly drinking that started in 2024 has not let up.', cue: 'drinking', status: 'current' },
  { text: 'Plans to keep drinking until his trial in 2027.', cue: 'drinking', status: 'current' },
  { text: 'Relapsed in 2 weeks of getting out.', cue: 'Relapsed', status: 'current' },
  { text: 'Her cutting began in 2023 and still happens when she is alone.', cue: 'cutting', status: 'current' },
]);

describe('context rule: a year with no session date known', () => {
  it('dates nothing, so a mention is never discounted as past for a year that cannot be compared', () => {
    const text = 'Talked about her 2022 overdose; OD on heroin 2021.';
    const statuses = (sessionDate?: string) =>
      riskMentions(analyzeProse(text), sessionDate ? { sessionDate } : undefined)
        .filter((m) => m.category === 'overdose')
        .map((m) => m.status);
    assert.deepStrictEqual(statuses(), ['current', 'current']);
    assert.deepStrictEqual(statuses('2026-11-20'), ['historical', 'historical']);
    // a note dated in 2022: the overdose that year is not by itself past; 2021 is
    assert.deepStrictEqual(statuses('2022-06-01'), ['current', 'historical']);
    assert.deepStrictEqual(statuses('not a date'), ['current', 'current']);
  });
});
