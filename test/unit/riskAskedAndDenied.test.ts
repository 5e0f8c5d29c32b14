/**
 * The clinician's screening question that the member denies is an assessment (GUIDE "answered": intent, plan, means
 * or access asked about; a screen), so it answers an earlier disclosure of its category: "Said she'd rather not wake
 * up. Writer asked about thoughts of killing herself (she denies)". A question answered yes is a disclosure of its own
 * and answers nothing; wondering is not asking; and asking about use is no relapse-prevention response. Each row is
 * written for this file: paraphrases of the question, and near-misses.
 */
import { responseTable } from '../support/riskTable';

responseTable('a denied screening question answers an earlier disclosure of its category', [
  [
    "Said she wishes she wouldn't wake up. Writer asked about thoughts of killing herself (she denies).",
    'suicide',
    true,
  ],
  [
    'Said it would be a relief not to wake up. Asked whether she has thought about how she would kill herself; ' +
      'she said no.',
    'suicide',
    true,
  ],
  ['Urges to cut since Monday. Checked in with her about cutting this week; denies any.', 'self-harm', true],
  [
    'Edith said the Lord can take her anytime. Writer asked about thoughts of ending her life (she denies) and ' +
      'reviewed her safety plan.',
    'suicide',
    true,
  ],
  // near-misses: the question answered yes, a member wondering, and a question about use
  [
    "Said she wishes she wouldn't wake up. Asked if she has thoughts of killing herself; she said yes.",
    'suicide',
    false,
  ],
  ['Drank Friday. Asked about any other drug use; denies.', 'substance', false],
]);

// A denial in parentheses ends at the closing parenthesis: the response after it is not denied.
responseTable('a response after a parenthesised denial is documented', [
  ['Drank Friday. Asked about other use (pt denies) then called her sponsor with her.', 'substance', true],
  ['Drinks nightly again. Asked about urges (she denies) and reviewed her relapse plan.', 'substance', true],
  // near-miss: the response inside the parentheses is denied
  ['Drinks nightly again. Asked about urges (denies, and no relapse plan reviewed).', 'substance', false],
]);
