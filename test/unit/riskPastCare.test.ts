/**
 * Past care is part of the event, not the clinician's answer (eval/GUIDE.md, answered: overdose; F4.3): an ER visit,
 * a hospital stay, Narcan someone else gave. The clinician's own assessment (intent, means, naloxone, a medical
 * follow-up, a referral the clinician made) still answers.
 */
import * as assert from 'assert';
import { analyzeProse, unansweredDisclosures } from '../../server/src/prose';
import { TEST_SESSION_DATE } from '../support/riskTable';

const unanswered = (text: string) =>
  unansweredDisclosures(analyzeProse(text), { sessionDate: TEST_SESSION_DATE }).map((m) => m.category);

describe('responses: care given by others at the time of an overdose does not answer it', () => {
  for (const text of [
    "OD'd Friday at a party; her friend gave her Narcan and she was taken to the ER.",
    'Her roommate gave her Narcan after she overdosed on Saturday.',
    "Says he OD'd Saturday at his cousin's; the cousin gave him Narcan and EMS took him to the ER.",
    'Overdosed Saturday; her PCP sent her to the ER.',
    'Overdosed Saturday and was referred to the ER by urgent care.',
    'Overdosed on fentanyl Saturday; went to the ER and was kept overnight.',
    'Overdosed Sunday and was hospitalized for two days.',
  ])
    it(text, () => assert.ok(unanswered(text).includes('overdose'), unanswered(text).join()));
});

describe("responses: the clinician's own overdose assessment and response answer it", () => {
  for (const text of [
    'Overdosed Saturday; EMS gave Narcan. Writer asked whether it was intentional (denied) and confirmed she has ' +
      'naloxone at home.',
    'Overdosed Saturday. Writer asked whether it was on purpose; she said no.',
    'Overdosed Saturday. Writer gave him a Narcan kit to keep in his car.',
    'Overdosed Saturday. Writer confirmed she now carries naloxone and scheduled a medical follow-up with her PCP.',
    'Overdosed Saturday. Writer referred her to the ER for medical evaluation.',
    'Overdosed Tuesday, spent the night in the hospital. Assessed intent: accidental. Reviewed access to pills.',
  ])
    it(text, () => assert.ok(!unanswered(text).includes('overdose'), unanswered(text).join()));
});
