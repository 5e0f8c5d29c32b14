/**
 * Readings mended in the session of 2026-12-05 (late), from the dev split and the open list of earlier closing notes:
 * each family with its paraphrases and near-misses. Rows: [sentence, category, expected status ('none' = no mention
 * there), cue].
 */
import { riskTable as table } from '../support/riskTable';

table('suicide: a disclosure framed as a question about "you" with a habit (cmh-d-2088)', [
  [
    'Noor asked, "So what happens if you tell your psychiatrist you sometimes think about just taking the whole bottle of lithium? Do they lock you up?"',
    'suicide',
    'current',
    'think about just taking',
  ],
  ['Asked what if you told your counselor you still think about ending it?', 'suicide', 'current', 'think about ending'],
  ['Asked the group, what if you told your sponsor you sometimes do not want to be alive?', 'suicide', 'current', 'want to be alive'],
  // near-misses: no habit ("you" is anyone); someone in general; a rule explained
  ['Asked, "If you tell your doctor you want to die, do they have to call someone?"', 'suicide', 'hypothetical', 'want to die'],
  [
    'Asked what happens if someone tells their therapist they sometimes think about killing themselves?',
    'suicide',
    'hypothetical',
    'killing themselves',
  ],
  [
    'Facilitator explained that if you tell staff you want to hurt yourself, they have to act on it.',
    'self-harm',
    'hypothetical',
    'want to hurt yourself',
  ],
]);
