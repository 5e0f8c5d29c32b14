/**
 * Responses whose words do not name a risk (responses.yaml, `nearby: true`): the clinician's act on the disclosure
 * itself, a coping tool of no one category reviewed, the care team told, intent asked. Each answers the current
 * disclosure nearest before it, of its own category only (GUIDE F4). Each row is written for this file: paraphrases
 * of the response, and near-misses (the member's own act, a tool only owned, the group's topic, another category).
 */
import { responseTable } from '../support/riskTable';

responseTable('a response with no risk word answers the disclosure it follows', [
  ['Cut her arm Sunday. Writer went over her coping card with her.', 'self-harm', true],
  [
    'Burned his palm on the stove twice this week. Paged the unit psychiatrist, who saw him before he left.',
    'self-harm',
    true,
  ],
  ["Said he'd kill his brother if he touched his truck. Writer explored the threat with him 1:1.", 'violence', true],
  ['Said she wanted to hurt the man who keyed her car. Asked if she would act on it.', 'violence', true],
  [
    'Threatened to hit his roommate with his cane. Writer notified the charge nurse and the social worker.',
    'violence',
    true,
  ],
  ['Smoking a bowl or two every night now. Writer reviewed his cannabis use with him after group.', 'substance', true],
  ['Smoking every night. Completed a change-plan worksheet with him (no use Mon-Thu).', 'substance', true],
  [
    'Held a lighter to his forearm Wednesday. His dad was called and agreed to put the lighters away.',
    'self-harm',
    true,
  ],
  ["Told his brother he'd kill him over the truck. He agreed to stay at a friend's this weekend.", 'violence', true],
  ['Punched a man at the bus stop Tuesday. Writer shared the incident with his VA PCP and SUD team.', 'violence', true],
  // near-misses: the member's own act, a tool only owned, the group's topic, another category nearer
  ['Cut her arm Sunday. She has a coping card in her wallet.', 'self-harm', false],
  ["Said he'd kill his brother over the truck. The group explored the topic of anger.", 'violence', false],
  ["Said he'd kill his brother over the truck. Writer reviewed the homework with him.", 'violence', false],
  ['Said she wants to die. She also drank Saturday; writer went over it with her 1:1.', 'suicide', false],
]);
