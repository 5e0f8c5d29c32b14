/**
 * Number words and counts that are not street quantities or drinks: "at one point", "made a point of", "packed a bag",
 * "a shot at the job", "took a hit to his credit"; each with the use it must still read.
 */
import { riskTable as table } from '../support/riskTable';

table('substance: a count of everyday things is no use; a street quantity or a drink still is', [
  ['At one point she walked out of group to take a call.', 'substance', 'none', 'one point'],
  ['He was at one point the team captain.', 'substance', 'none', 'one point'],
  ['She made a point of thanking the group.', 'substance', 'none', 'a point'],
  ['Got two points back on the quiz.', 'substance', 'none', 'two points'],
  ['Scored two points for her team.', 'substance', 'none', 'two points'],
  ["Packed a bag for her sister's place.", 'substance', 'none', 'a bag'],
  ['Ate a bun at the break.', 'substance', 'none', 'a bun'],
  ['Bought a stamp for the court letter.', 'substance', 'none', 'a stamp'],
  ['Carried two bags of groceries up the stairs.', 'substance', 'none', 'two bags'],
  ['Had one shot at the warehouse job and blew it.', 'substance', 'none', 'shot'],
  ['Took a hit to his credit too.', 'substance', 'none', 'hit'],
  ['Had one too many arguments with her mom.', 'substance', 'none', 'too many'],
  ['She needs two glasses now for reading.', 'substance', 'none', 'glasses'],
  // near-misses that stay use
  ['Copped 2 bags Fri, used alone in his car.', 'substance', 'current', '2 bags'],
  ['2 bags Saturday.', 'substance', 'current', '2 bags'],
  ['Did a bundle Saturday.', 'substance', 'current', 'bundle'],
  ['Picked up a half point after work.', 'substance', 'current', 'half point'],
  ['Used a half point, same as always.', 'substance', 'current', 'half point'],
  ['She did a point of meth Friday.', 'substance', 'current', 'point of meth'],
  ['Had two shots at the bar.', 'substance', 'current', 'shots'],
  ['Had one too many at the reunion.', 'substance', 'current', 'too many'],
  ['Took one hit off the vape at the party.', 'substance', 'current', 'hit'],
]);
