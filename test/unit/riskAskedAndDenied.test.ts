/**
 * A screening question that the member denies does not by itself answer an earlier disclosure of its category (eval
 * GUIDE, decisions from the held-out blind writers of 2026-12-05: "asked about thoughts of killing herself, she said
 * no" beside a passive wish leaves the wish unassessed); the assessment and response the GUIDE lists still must be
 * documented. A denial in parentheses ends at the closing parenthesis, so the response after it counts. Each row is
 * written for this file: paraphrases, and near-misses.
 */
import { responseTable } from '../support/riskTable';

responseTable('a denied screening question alone does not answer an earlier disclosure', [
  [
    "Said she wishes she wouldn't wake up. Writer asked about thoughts of killing herself (she denies).",
    'suicide',
    false,
  ],
  ['Urges to cut since Monday. Checked in with her about cutting this week; denies any.', 'self-harm', false],
  // near-misses: the assessment or response is documented as well. A clear no on a rung above the wish (method,
  // intent, plan, preparation) answers it (GUIDE, the later b80 decision: "a clear no on a rung above the wish answers
  // the wish, whoever asks and in what form"; deniedRungs.ts).
  [
    'Said it would be a relief not to wake up. Asked whether she has thought about how she would kill herself; ' +
      'she said no.',
    'suicide',
    true,
  ],
  [
    'Edith said the Lord can take her anytime. Writer asked about thoughts of ending her life (she denies) and ' +
      'reviewed her safety plan.',
    'suicide',
    true,
  ],
  [
    "Said she wishes she wouldn't wake up. Asked about killing herself (denies); C-SSRS completed, low risk.",
    'suicide',
    true,
  ],
]);

// A denial in parentheses ends at the closing parenthesis: the response after it is not denied.
responseTable('a response after a parenthesised denial is documented', [
  ['Drank Friday. Asked about other use (pt denies) then called her sponsor with her.', 'substance', true],
  ['Drinks nightly again. Asked about urges (she denies) and reviewed her relapse plan.', 'substance', true],
  // near-miss: the response inside the parentheses is denied
  ['Drinks nightly again. Asked about urges (denies, and no relapse plan reviewed).', 'substance', false],
]);
