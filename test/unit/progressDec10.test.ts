/**
 * Progress readings of 2026-12-10 (GN301: goalProgress.ts isReport, lexicons/goals.yaml). A sentence that holds a
 * current risk disclosure is still the member's report on a goal when the disclosure is the goal's own behaviour: a
 * count of that behaviour over the interval is progress, better or worse (eval/GUIDE.md, "Decisions on progress from
 * the dev consistency pass"; an ingestion beyond the prescription against an "only as prescribed" goal). GN305 still
 * reads the disclosure; these tables only ask whether the paragraph says where the member stands. Near-misses: a
 * disclosure that only shares a word with the goal, an urge alone, someone else's use, a possibility, a suicidal
 * thought against a safety goal. Inhalants are now words of a substance-use goal ("Stop huffing").
 */
import { progressTable } from '../support/progressTable';

const table = progressTable;

table(
  'GN301 progress: the goal\u2019s own use told with the interval, in a disclosure (sobriety goal)',
  ['Remain alcohol-free'],
  [
    // Motivating sentence (iop-sud-d-6010) and paraphrases in other words.
    ["Reports he's back up to a 12-pack a night since his mother's funeral three wks ago.", true],
    ['Has been having a bottle of wine a night since the layoff.', true],
    ['Says she has been drinking two tallboys every evening since the move.', true],
    // An urge alone is not the use; someone else's drinking is theirs; a possibility is no report.
    ['Says he has been thinking about a drink every hour since the layoff.', false],
    ["Said his brother is back up to a 12-pack a night since their mother's funeral.", false],
    ['Worried he would be back up to a 12-pack a night if he lost the job.', false],
  ],
);

table(
  'GN301 progress: inhalants are the words of a substance-use goal',
  ['Stop huffing'],
  [
    // Motivating sentence (adolescent-d-7742) and paraphrases.
    ['Admitted huffing computer duster in his room, "like three cans since Friday."', true],
    ['Says he has been huffing duster most nights since the breakup.', true],
    ['Did whippets at a party twice this week.', true],
    // The topic of the group, a plan, someone else's.
    ['Topic: inhalants and why duster is dangerous.', false],
    ['Plan: no duster or markers in the house.', false],
    ['Said his cousin has been huffing since the summer.', false],
  ],
);

table(
  'GN301 progress: a dose beyond the prescription against an "as prescribed" goal',
  ['Take medications only as prescribed'],
  [
    // Motivating sentence (hospital-op-d-8538) and paraphrases.
    ['Took ten of her trazodone Saturday night.', true],
    ['Swallowed six of her own Ativan at once Sunday morning.', true],
    ['Took 8 or 9 of his trazodone Tuesday night to get some real sleep.', true],
    // A dose as prescribed, a question about doses, the group's topic.
    ['Took her trazodone as prescribed.', false],
    ['Asked the group what would happen if someone took ten trazodone.', false],
  ],
);

table(
  'GN301 progress: a disclosure that only shares a word with the goal is no report on it',
  ['Sleep in the bed instead of the recliner'],
  [
    ['Sleeps with his Glock under the pillow.', false],
    ['Says she sleeps with the .45 on the nightstand.', false],
  ],
);

table(
  'GN301 progress: a suicidal thought is not a behaviour a safety goal counts',
  ['Reduce suicidal thinking'],
  [
    ['Passive SI off and on since the surgery.', false],
    ['Endorses passive SI, no plan.', false],
  ],
);
