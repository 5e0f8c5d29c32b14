import { findGoalReferences, isEmptySection, linksToPlan, namesPlanGoalId, sectionProse } from '../../prose';
import { attendeeLabel } from '../shared/attendeeLabel';
import { billableSections } from '../shared/memberSections';
import { memberProseOptions } from '../../prose/memberOptions';
import type { RosterGoal } from '../../workspace/types';
import type { Rule } from '../types';

/**
 * GN306: the member section does not link to the member's treatment-plan goal (the "golden thread").
 *
 * With the member's plan goals from the roster (`plan.goals`), the section must name a goal id on that
 * plan ("G1", "goal 2") or speak of what the goal is about: its core concept in the goal vocabulary
 * (lexicons/goals.yaml: the behaviour or its opposite, any inflection: goal "Stop isolating on weekends"
 * and "went to two friends' houses this weekend instead of staying in"), or two of its own words that no
 * concept covers (prose/goals.ts), or the goal's behaviour told as the member's own risk disclosure (a drink for
 * "Stay sober", a cut for a self-harm goal; a routine screen's denial does not). The member's own: not someone
 * else's, not the group's topic. A generic
 * "goal", a context word shared by chance ("weekend") or an id that is not on the plan does not link. Without a roster,
 * or when the
 * member's plan lists no goals, any goal reference counts ("goal", "G1", "treatment plan objective").
 *
 * GN301 "progress" and GN306 differ: GN301 asks whether the section says how the member is doing
 * (any progress statement, including "improved" or "no progress"); GN306 asks whether it is tied to
 * this member's own plan goal. "Sleep improved" satisfies GN301 and, unless "sleep" and another goal
 * word or the id appear, not GN306. Empty sections are left to GN301.
 *
 * Fix hint: `{ kind: 'insert-element', attendeeId, element: 'goal', goalIds }` — the plan's goal ids.
 */
const NO_GOALS: readonly RosterGoal[] = [];
const usableGoal = (goal: RosterGoal) => Boolean(goal.id || goal.text);

export const gn306: Rule = {
  id: 'GN306',
  name: 'no-goal-link',
  description:
    'A member section does not link to the member\u2019s treatment-plan goal (goal id or goal words from the roster).',
  tags: ['members', 'documentation', 'treatment-plan'],
  defaultSeverity: 'warning',
  source: 'Treatment-plan "golden thread" (payer documentation guides)',
  check(context, report) {
    for (const { attendee, section } of billableSections(context)) {
      const prose = sectionProse(section);
      if (isEmptySection(prose)) continue;
      const planGoals = context.patientOf(attendee)?.plan?.goals ?? NO_GOALS;
      // The roster's own list when nothing is dropped: the goal-evidence cache knows it by identity (prose/goals.ts).
      const goals = planGoals.every(usableGoal) ? planGoals : planGoals.filter(usableGoal);
      // A goal id of the plan named links the section, and no id is then wrong (below): the goal words need no reading.
      if (namesPlanGoalId(prose, goals)) continue;
      // cached (prose/goals.ts)
      const evidence = findGoalReferences(prose, goals, memberProseOptions(context, section));
      // A goal id that is not on the member's plan is reported even when the words link: the note names the wrong goal.
      const wrongId = goals.length > 0 && evidence.unknownIds.length > 0 && evidence.ids.length === 0;
      if (linksToPlan(evidence, goals.length > 0) && !wrongId) continue;
      const who = attendeeLabel(attendee);
      const ids = goals.map((goal) => goal.id).filter(Boolean);
      let message: string;
      if (!goals.length)
        message =
          `${who}: no link to a treatment-plan goal (name the goal, e.g. "toward G1" or "treatment plan ` +
          `objective: ...")`;
      else if (evidence.unknownIds.length)
        message =
          `${who}: refers to ${evidence.unknownIds.map((match) => match.text).join(', ')}, which is not on ` +
          `the member\u2019s treatment plan (goals: ${ids.join(', ')})`;
      else
        message =
          `${who}: no link to the member\u2019s treatment-plan goal (name ${ids.join(' or ')} or use the ` +
          `goal\u2019s words)`;
      report({
        message,
        range: section.headingRange,
        attendeeId: attendee.id,
        fix: { kind: 'insert-element', attendeeId: attendee.id, element: 'goal', goalIds: ids },
      });
    }
  },
};
