/**
 * Responses from the b63-b67 writers' charting, each written from its published source (SAFE-T steps 2, 4 and 5;
 * CALM; relapse-prevention planning) with near-misses: protective factors asked in plain words, a higher level of care
 * recommended (accepted or declined), a session brought forward, means removed after a search, and a call list of
 * sober supports worked through with the member.
 */
import { responseTable } from '../support/riskTable';

responseTable('responses in the words of many charting systems (b63-b67)', [
  [
    'Said she is "tired of fighting to stay alive." Writer explored with her what has kept her here: her cats.',
    'suicide',
    true,
  ],
  [
    'Said she is "tired of fighting to stay alive." Writer asked what kept her from calling last week.',
    'suicide',
    false,
  ],
  [
    'Showed fresh cuts on her arm. Writer recommended she step up to the partial hospital program; she declined.',
    'self-harm',
    true,
  ],
  ['Showed fresh cuts on her upper arm from Sunday. She moved up to the third floor at work.', 'self-harm', false],
  [
    'Has started scratching her arms raw at night. Her session was moved from next Friday to this Monday 9 am.',
    'self-harm',
    true,
  ],
  [
    'Has started scratching her arms raw at night. Her dentist appointment was moved to next month.',
    'self-harm',
    false,
  ],
  ['Threatened to stab the cook over a cold tray. Staff searched his locker and kept a steak knife.', 'violence', true],
  ['Threatened to stab the cook over a cold tray. Staff searched his bag for his keys.', 'violence', false],
  [
    'Had two vodka tonics alone Saturday. We went through her call list against Saturday night, name by name.',
    'substance',
    true,
  ],
  ['Had two vodka tonics alone Saturday. She went through the grocery list with her daughter.', 'substance', false],
]);
