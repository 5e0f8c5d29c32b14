/**
 * Whether a current disclosure is answered (answers1, 2026-12-06): responses that the note records only as intended,
 * as given to the whole group, as offered and turned down, or as another member's do not answer
 * (server/src/prose/responseDone.ts); a clear no on a rung of the ladder above the wish does (deniedRungs.ts); and the
 * relapse-prevention, follow-up and means responses in other words of responses.yaml. Each reading has paraphrases and
 * near-misses; a response of another category never answers, and a denied response does not either.
 */
import * as assert from 'assert';
import { analyzeProse, riskResponses } from '../../server/src/prose';
import { responseTable } from '../support/riskTable';

responseTable('an intended response is not a response (GUIDE b40-b44)', [
  ['Drank four beers Friday. Counselor will go over the lapse with him next session.', 'substance', false],
  ['Drank four beers Friday. Counselor to review the lapse with her Monday.', 'substance', false],
  ['Drank four beers Friday. Relapse plan to be reviewed with her IOP counselor.', 'substance', false],
  ['Said she wishes she were dead. Safety plan to be updated tomorrow; consider C-SSRS.', 'suicide', false],
  [
    'Punched a man at the bus stop Tuesday. Writer to share the incident with his VA PCP and SUD team.',
    'violence',
    false,
  ],
  ['Drank four beers Friday. Writer went over the lapse with him after group.', 'substance', true],
  ['Said she wishes she were dead. Writer will call her at 7 pm tonight to check in.', 'suicide', true],
  [
    'Said she wishes she were dead. Writer reviewed her safety plan with her, and her mom will hold the pills.',
    'suicide',
    true,
  ],
  [
    'Said she wishes she were dead. She said she will keep herself safe; safety plan reviewed with her.',
    'suicide',
    true,
  ],
]);

responseTable('a resource given to the whole group is the group topic (GUIDE b12-b14)', [
  ['Said "I wish I could sleep and not wake up." The closing slide listed 988 for everyone.', 'suicide', false],
  ['Reports cravings to use every night. Writer taught urge surfing to the whole group.', 'substance', false],
  ['Said "I wish I could sleep and not wake up." Writer gave her the 988 card after group.', 'suicide', true],
  [
    'Reports cravings to use every night. Writer practised urge surfing with him after group; craving down to 3.',
    'substance',
    true,
  ],
]);

responseTable('an offer turned down is not a response (GUIDE F4.1)', [
  [
    'Said she wants to disappear for good. Writer offered to go over her safety plan; she said no and left.',
    'suicide',
    false,
  ],
  ['Had six beers Saturday. Writer offered to call his sponsor with him; he declined.', 'substance', false],
  [
    'Said she wants to disappear for good. Writer offered to go over her safety plan; she agreed and we did.',
    'suicide',
    true,
  ],
]);

responseTable('another member\u2019s response answers nothing of this member', [
  [
    'Reports a six-pack Tuesday. Writer went over Terrence\u2019s relapse plan with him after his slip.',
    'substance',
    false,
  ],
  ['Reports a six-pack Tuesday. Writer went over her relapse plan with her after group.', 'substance', true],
]);

responseTable('a clear no on a rung above the wish answers it; a no to the thoughts question does not', [
  [
    'Said "sometimes I wish I could just die in my sleep." Writer asked whether she has a plan to kill herself: "No."',
    'suicide',
    true,
  ],
  [
    'Says she wishes she could go to sleep for good. Asked whether she has any plan or thought about how: "No, none."',
    'suicide',
    true,
  ],
  ['Says she wishes she could go to sleep for good. Asked about thoughts of killing herself: "no."', 'suicide', false],
  ['Threatened to "break his hands." Writer asked whether he intends to hurt the man: "No."', 'violence', true],
  ['Threatened to "break his hands." Writer asked whether he slept: "No."', 'violence', false],
]);

responseTable('relapse-prevention responses in other words (GUIDE substance list)', [
  ['Had most of a bottle of wine Saturday. Writer went over the Saturday drinking with her.', 'substance', true],
  [
    'Had two glasses of sherry at the wedding. Writer went over the sherry with her against her warfarin.',
    'substance',
    true,
  ],
  ['Had most of a bottle of wine Saturday. Writer went over the homework with her.', 'substance', false],
  ['Has been having two glasses of wine most nights. Messaged her rheumatologist with her consent.', 'substance', true],
  ['Has been having two glasses of wine most nights. Her rheumatologist sent her to the ER.', 'substance', false],
  ['Plans to drink at the quincea\u00f1era. Writer ran a pros/cons grid with her on the one beer.', 'substance', true],
  ['Had four G&Ts Sunday. I walked her through the evening step by step.', 'substance', true],
  ['Had four G&Ts Sunday. I walked her through the new intake paperwork.', 'substance', false],
  ['Reports cravings 3/10. [x] Sponsor contacted during group.', 'substance', true],
  ['Drinks on bad days, a six-pack. Built a bad-day plan with him in group.', 'substance', true],
  ['Drinks on bad days, a six-pack. [x] Safety plan reviewed.', 'substance', false],
]);

responseTable('a skill applied in session to a self-harm urge answers it (GUIDE b12-b14)', [
  ['Urge to cut was an 8 at check-in. During the urge surfing practice the urge came down to a 2.', 'self-harm', true],
  [
    'Urge to cut was an 8 at check-in. Coached her one-on-one through paced breathing; urge a 4 after.',
    'self-harm',
    true,
  ],
  ['Urge to cut was an 8 at check-in. Taught TIPP to the whole group.', 'self-harm', false],
]);

responseTable('follow-up, means and level of care in other words (SAFE-T step 5, CALM)', [
  ['Thought about driving into the median Tuesday. Phone check set with her for Saturday 11 am.', 'suicide', true],
  ['Thought about driving into the median Tuesday. Phone bill set for Saturday.', 'suicide', false],
  ['Says he thinks about hanging himself. Writer moved his individual session up to Monday.', 'suicide', true],
  [
    'Says the family would be better off without him. Writer called the daughter and confirmed both guns are ' +
      'still in her locked closet.',
    'suicide',
    true,
  ],
  ['Says the family would be better off without him. Writer confirmed the time of the next group.', 'suicide', false],
  ['Counting her oxycodone and thinking how many would do it. She put it in the lockbox on camera.', 'suicide', true],
  ['Said she would rather not be here at all. Writer referred her back to the acute inpatient unit.', 'suicide', true],
  [
    'Drank a fifth Saturday and would rather not be here. Writer referred her back to the acute inpatient unit.',
    'substance',
    true,
  ],
  [
    'Took six Xanax with beers Saturday. Writer recommended the partial hospital program; his father declined.',
    'substance',
    true,
  ],
]);

describe('a response done with another attendee named in its clause is theirs', () => {
  const text =
    'Ruth said she drank over the weekend. Writer took Kayla to a breakout room to go over her relapse plan.';
  it('answers nothing of Ruth when Kayla is another attendee', () => {
    const responses = riskResponses(analyzeProse(text), { selfNames: ['ruth'], otherNames: ['kayla'] });
    assert.deepStrictEqual(
      responses.filter((response) => response.answers.includes('substance')),
      [],
    );
  });
  it('answers when the response is done with the member herself', () => {
    const own =
      'Ruth said she drank over the weekend. Writer took Ruth to a breakout room to go over her relapse plan.';
    const responses = riskResponses(analyzeProse(own), { selfNames: ['ruth'], otherNames: ['kayla'] });
    assert.ok(responses.some((response) => response.answers.includes('substance')));
  });
});

responseTable('a measure someone else gave, or kept from before, answers only when taken up now (GUIDE F4.3)', [
  ['Wanted to kill himself Sunday. "They gave me a safety plan, it\u2019s in my bag somewhere."', 'suicide', false],
  ['Says the wanting-to-die feeling comes and goes. The ED gave her a safety plan and a 988 card.', 'suicide', false],
  ['Says she would rather not be here. She has had 988 saved in her phone since college.', 'suicide', false],
  ['Says the wanting-to-die feeling comes and goes. Writer reviewed the safety plan the ED gave her.', 'suicide', true],
  ['Says she would rather not be here. Writer gave her the 988 card and the crisis text line.', 'suicide', true],
]);

responseTable('a stock "protective factors discussed" names none (GUIDE b40-b44)', [
  ['Risk: Passive SI endorsed. Protective factors discussed.', 'suicide', false],
  ['Risk: Passive SI endorsed. Protective factors: discussed.', 'suicide', false],
  ['Risk: Passive SI endorsed. Protective factors: her dog and her niece\u2019s Sunday calls.', 'suicide', true],
]);

responseTable('a screen over items with a yes and its follow-up blank answers nothing (GUIDE b40-b44)', [
  [
    'C-SSRS (since last contact):\n1. Wished you were dead? [x] Yes [ ] No\n' +
      '2. Thoughts of killing yourself? [ ] Yes [x] No\nRisk level: ____',
    'suicide',
    false,
  ],
  ['C-SSRS (past month):\n1. Wished you were dead? [x] Yes [ ] No\nRisk level: [x] Low', 'suicide', true],
  ['Said she wishes she were dead.\nC-SSRS completed with her after group.', 'suicide', true],
]);

responseTable('an inquiry answers the category it names; a response naming its risk attaches to it', [
  ['Asked about SI: "No, I don\u2019t want to die. I just think about burning my arm again."', 'self-harm', false],
  [
    'Says she burned her arm again Sunday. Writer asked about self-harm urges and reviewed her coping plan.',
    'self-harm',
    true,
  ],
  ['Says she burned her arm again Sunday. Writer assessed intent: none, "it just calms me."', 'self-harm', true],
  [
    'Had a few beers Saturday and said "some days I\u2019d rather not wake up." Writer reviewed the lapse with him.',
    'suicide',
    false,
  ],
  [
    'Had a few beers Saturday and said "some days I\u2019d rather not wake up." Writer reviewed the lapse with him.',
    'substance',
    true,
  ],
]);

responseTable('asking only whether the thoughts are there answers nothing (GUIDE b22-b24, b40-b44)', [
  [
    'Quiet, flat. When asked about SI said "I don\u2019t know, maybe, sometimes I think it\u2019d be easier."',
    'suicide',
    false,
  ],
  [
    'Said she would be better off gone. Writer asked re SI since Friday; she said "I\u2019d rather not get into it."',
    'suicide',
    false,
  ],
  ['Said she would be better off gone. Asked about SI and intent; denies intent or plan.', 'suicide', true],
  ['Said she would be better off gone. Screened for suicide risk: low.', 'suicide', true],
]);
