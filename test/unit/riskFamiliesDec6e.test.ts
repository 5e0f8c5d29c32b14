/**
 * Families found on the dev split's false alarms and misses in the fourth session of 2026-12-06, each written from its
 * source (the GUIDE rule it tests) with paraphrases and near-misses that share their surface words.
 *  - a time told by the sessions ("cut since group", "used after class") is not a compound subject like "relapse
 *    prevention group" (GUIDE F2: a compound names a topic or tool; a time is not one);
 *  - a reunion the member explicitly puts off ("when it's my time, not a day before") is no wish to die, and "go be
 *    with her daughter" is a visit, not a reunion (GUIDE, labelling notes: reunion with someone who died);
 *  - "done" with an activity ("done walking till the knee is fixed") and a wish to disappear for a named, bounded
 *    time ("for a week") end the activity or escape for a while (GUIDE b10: the escape wish alone carries no risk);
 *  - letters to each child with their purpose stated at once (a detention, a deployment, a holiday) are no goodbye
 *    letters (GUIDE, readiness and affairs).
 */
import { riskTable } from '../support/riskTable';

riskTable('a time told by the sessions is no group topic', [
  ['Asked whether she had cut since group: "yes."', 'self-harm', 'current', 'cut'],
  ['He has been drinking since last group.', 'substance', 'current', 'drinking'],
  ['Said she relapsed after class on Tuesday.', 'substance', 'current', 'relapsed'],
  ['Relapse prevention group today: triggers and plans.', 'substance', 'topic', 'Relapse'],
  ['Self-harm awareness group; she took notes.', 'self-harm', 'topic', 'Self-harm'],
]);

riskTable('a reunion put off, and a visit, are no wish to die', [
  [
    'Ruth died in May. He said, "I\'ll be with Ruth again when the good Lord calls me, not a day before."',
    'suicide',
    'negated',
    'be with Ruth again',
  ],
  [
    'Her son died in June. She wants to be with him again "when it\'s my time, not one day sooner."',
    'suicide',
    'negated',
    'be with him again',
  ],
  [
    'Her son died in May. She wants to go be with her daughter in Anchorage for Christmas.',
    'suicide',
    'none',
    'be with her',
  ],
  ['Her son died in May. Some nights she just wants to go be with him.', 'suicide', 'current', 'go be with him'],
  [
    'His wife died in March. He wants to be with her again, "the sooner the better."',
    'suicide',
    'current',
    'be with her again',
  ],
]);

riskTable('done with an activity, and an escape for a bounded time', [
  ['Lyle said he\'s "done walking till it\'s fixed."', 'suicide', 'none', 'done'],
  ['She said "I\'m done driving at night, my eyes are shot."', 'suicide', 'none', 'done'],
  ['He said "I\'m done, just done."', 'suicide', 'current', 'done'],
  ['She wants to "disappear for a week, just have no one need anything from me."', 'suicide', 'none', 'disappear'],
  ['He would like to disappear for a couple of days and sleep.', 'suicide', 'none', 'disappear'],
  ['She wants to disappear for good.', 'suicide', 'current', 'disappear for good'],
  ['"I want to disappear. Nobody would notice."', 'suicide', 'current', 'disappear'],
]);

riskTable('letters with their purpose stated are no goodbye letters', [
  [
    'She wrote a letter to each of her children, in case she is detained at her ICE check-in.',
    'suicide',
    'none',
    'letter to each',
  ],
  ['He wrote letters to each of his boys in case he is deployed again.', 'suicide', 'none', 'letters to each'],
  ['She wrote a card to each of her grandkids for Christmas.', 'suicide', 'none', 'card to each'],
  [
    'She wrote a letter to each of her children this week and will not say why.',
    'suicide',
    'current',
    'letter to each',
  ],
]);
