/**
 * GN302 readings added on dec7: paraphrases of the listed stock phrases (presence however long or whatever the group
 * is called, listening while others spoke, a continuation of the group), sentences made only of presence words, and a
 * stock continuation that counts only beside another stock phrase (a thin paragraph in its own words is not
 * boilerplate). Where the member joined from is the telehealth record, no specific. A skill named as the group, its
 * module, topic or form ("Seeking Safety group", "group on sleep hygiene", "Distress tolerance skills reviewed",
 * "G: Emotion regulation.") is the group's content, not the member's; "Things are okay" is a contentless answer.
 * On a form (a paragraph with checkboxes) beside stock phrases, the words the form prints are no content of the
 * member: rows whose boxes carry only their option words, a field's label before a bare number, the form's title and a
 * screen item answered with a refusal. A sentence about the writer or the group ends at its ";": what follows is
 * read on its own (a modality's line keeps its reason). Paraphrases and near-misses.
 */
import * as assert from 'assert';
import { vagueVerdict } from '../../server/src/prose/vague';
import { analyzeProse } from '../../server/src/prose/segment';

const isBoilerplate = (text: string) => {
  const verdict = vagueVerdict(analyzeProse(text));
  return verdict.phrases.length > 0 && !verdict.specific;
};

const boilerplate: [family: string, text: string][] = [
  ['presence however long', 'Present for the full 90 minutes of anger group. Quiet. Continue weekly group.'],
  ['presence however long', 'Was present for the whole hour. Continue IOP.'],
  ['attended a named group', 'Derek attended anger management group. Derek listened. Continue weekly group.'],
  ['attended a named group', 'Pt attended all groups today. Mood euthymic.'],
  ['participated in a named group', 'Participated in chronic pain group. Tolerated well. RTC 1 wk.'],
  ['participated in a named group', 'Resident participated in reminiscence group and enjoyed the activity.'],
  ['engaged in the group', 'Participation: Engaged in all groups.\nMood/Affect: Euthymic.\nPlan: Cont PHP.'],
  ['listened while others spoke', 'He listened while others shared. Will continue to attend group as scheduled.'],
  ['listened while others spoke', 'Listened while the co-leader went through the handout. Continue weekly.'],
  ['listened to the video', 'Attended. Listened to the video on the escalation cycle. Continue per court order.'],
  ['presence sentence', 'Present. Participated. Continue.'],
  ['presence sentence', 'O: Attended, participated.\nA: Progressing toward goals.\nP: Continue weekly process group.'],
  ['benefiting', 'S: No new complaints.\nO: Pt attended all groups.\nA: Pt appears to be benefiting from program.'],
  ['coping never named', 'Engaged. Discussed coping. F/u next week.'],
  ['shared appropriately', 'Engaged in group. Shared appropriately. Continue PHP per treatment team.'],
  ['skill as the group', 'Seeking Safety group\n[x] Participated appropriately\nResponse to intervention: positive'],
  ['skill as the group', 'WRAP group\n[x] Attentive [x] Involved\nPlan: [x] Continue group'],
  [
    'skill as the module',
    'Attended DBT skills group and listened during the emotion regulation module. Continue weekly.',
  ],
  [
    'skill the session reviewed',
    'Participated in DBT skills group. Distress tolerance skills reviewed. Appeared receptive.',
  ],
  ['skill as the topic', "Walter was present for today's group on sleep hygiene and appeared to benefit."],
  ['skill as the topic', 'Seeking Safety, topic "Honesty." Pt in group. Continue plan.'],
  [
    'skill on a goal line',
    'G: Emotion regulation.\nI: Skills training.\nR: Client engaged with the material.\nP: Continue.',
  ],
  [
    'skill as the form',
    'DBT Skills Group - Diary Card Review\nCheck-in: Fine.\n[x] Attended  [x] Participated appropriately',
  ],
  ['contentless answer', 'S: "Things are okay."\nO: Attended, participated.\nP: Continue weekly process group.'],
  [
    'form rows',
    'Location verified: [x] Home  [ ] School\nConsent on file: [x]\nEngagement: [x] Active  [ ] Passive\n' +
      'Response to intervention: positive',
  ],
  [
    'form rows',
    'Grief screen (member-completed):\nWish you could be with the person who died? [x] Yes [ ] No\n' +
      'Thoughts of ending your life? [ ] Yes [x] No\nResponse to intervention: positive.',
  ],
  [
    'label of a bare number',
    'Panic attacks since last session: 3\n[x] Attended [x] Participated\nPlan: [x] Continue group',
  ],
  [
    'refusal on a screen',
    'Weekly screen\nSI: declined to answer ("not going there")\nRisk level: ____\n' +
      '[x] Attended  [x] Participated appropriately',
  ],
  [
    'refusal quoted',
    'SI: ? (pt said "I\'d rather not say")\nSafety plan reviewed: [ ]\n[x] Participated appropriately',
  ],
  [
    'modality with its reason',
    'Modality: phone; her tablet would not connect on the rural line.\nParticipation: Listened.\nPlan: Continue.',
  ],
  [
    'writer taught the group',
    'Writer taught DEAR MAN to the group and ran the role-play. Pt listened. Continue weekly.',
  ],
  ['location is no specific', "Joined by phone from her sister's kitchen. Participated appropriately. Continue."],
];

const specific: [family: string, text: string][] = [
  ['a thin paragraph in its own words', "Talked about her brother's wedding next month. Anxious. Continue group."],
  ['a thin paragraph in its own words', 'Became tearful during the video clip on panic attacks. Continue weekly.'],
  ['continuation with its own plan', 'Continue group; practise DEAR MAN with her landlord before Friday.'],
  ['attended with what she did', 'Attended group and shared that her son moved back home on Sunday after rehab.'],
  ['participated in a named skill', 'Participated in the grounding exercise and rated her panic 8 -> 4.'],
  ['listened and then spoke', 'Listened while peers shared, then said "I had a panic attack at the bus stop."'],
  [
    'location then her own words',
    'Joined from her car, said "I finally told my boss about the panic attacks." Engaged.',
  ],
  ['skill she used with the group', 'Practised paced breathing with the group when her chest got tight. Engaged.'],
  ['skill she used', 'Ran opposite action on the urge to skip group. Participated appropriately.'],
  ['skill she used', 'Used the STOP skill at work when her supervisor yelled. Participated appropriately.'],
  ['answer with content', 'S: "Things are okay except my landlord is evicting me."\nO: Attended, participated.'],
  [
    'field filled in after a box',
    'Alcohol since last group: [x] Yes [ ] No   Amount: "a six-pack Saturday"\n[x] Attended',
  ],
  [
    'option filled in',
    'Walked away from an argument this week: [x] Yes, Wednesday with the parts manager\n[x] Participated appropriately',
  ],
  [
    'her own rows on a check-in',
    '[x] I called my sponsor before the wedding on Saturday\n[x] I skipped the bar after work\nStaff: [x] Participated',
  ],
  ['a count of times done', 'Did the elevator exposure x3 this week. Participated appropriately.'],
  [
    "the member's clause after the writer's",
    'Facilitator led a check-in on the holidays; Mara said her son is coming home from the army in December.',
  ],
  ['terse but specific', 'Did the 5-min body scan, tension 7 -> 3. Continue weekly group.'],
  ['terse but specific', 'Ran TIPP on the urge to text her ex. Present for the full hour.'],
];

describe('prose: GN302 readings (dec7)', () => {
  for (const [family, text] of boilerplate)
    it(`${family}: ${JSON.stringify(text)} is boilerplate`, () => assert.strictEqual(isBoilerplate(text), true));
  for (const [family, text] of specific)
    it(`${family}: ${JSON.stringify(text)} is specific`, () => assert.strictEqual(isBoilerplate(text), false));
});
