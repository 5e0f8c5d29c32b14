/**
 * Figures of speech and staff titles with risk words (eval/GUIDE.md F1.2, F1.4, F2.1, F2.2): hyperbole is listed as
 * `figurative`, a title or a service the member is referred to is no mention, a violence worksheet is a topic; each
 * with the near-misses that keep their risk reading.
 */
import { riskTable as table } from '../support/riskTable';

table('figurative: an everyday authority "going to kill me", a hard thing "is murder", "hooked on" a pastime', [
  ['Said my boss is going to murder me if I am late again.', 'violence', 'figurative', 'murder'],
  ['Said "my mom is gonna kill me when she sees this report card."', 'violence', 'figurative', 'kill'],
  ['Laughed that his coach is about to kill us after the loss.', 'violence', 'figurative', 'kill'],
  ['Says the overtime schedule is murder.', 'violence', 'figurative', 'murder'],
  ['She is hooked on that baking show lately.', 'substance', 'figurative', 'hooked'],
  ['Up till 2am most nights, hooked on a new video game.', 'substance', 'figurative', 'hooked'],
  ['Admits she is addicted to crossword puzzles.', 'substance', 'figurative', 'addicted'],
  ['Did a killer workout at the gym Saturday.', 'violence', 'figurative', 'killer'],
  // near-misses: a partner's threat, a drug, a threat by the member
  ['Said her ex is going to kill her if she leaves.', 'violence', 'other', 'kill'],
  ['Said he is going to kill his boss if he gets written up again.', 'violence', 'current', 'kill'],
]);

table('no mention: staff titles and services with a risk word; topic: a violence worksheet', [
  ['Met with the suicide prevention coordinator about the volunteer job.', 'suicide', 'none', 'suicide'],
  ['Notified the VA suicide prevention coordinator.', 'suicide', 'none', 'suicide'],
  ['Was referred to the overdose prevention specialist at the clinic.', 'overdose', 'none', 'overdose'],
  ["Her cousin got her into the hospital's violence intervention program.", 'violence', 'none', 'violence'],
  ['A violence interrupter checks on him weekly.', 'violence', 'none', 'violence'],
  ['Her crisis counselor from the mobile team calls every Monday.', 'suicide', 'none', 'crisis'],
  ['Completed the violence worksheet in group.', 'violence', 'topic', 'violence'],
  ['Violence role-play: a coworker insults him.', 'violence', 'topic', 'Violence'],
  // near-misses: the disclosure next to a title stays a disclosure
  ['Told the suicide prevention coordinator she took pills Saturday to die.', 'suicide', 'current', 'to die'],
  ['Told the overdose prevention specialist about her overdose Saturday.', 'overdose', 'current', 'her overdose'],
  ['Completed the violence worksheet, then said he will hurt his brother tonight.', 'violence', 'current', 'hurt'],
]);
