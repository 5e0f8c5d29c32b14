import {
  ELEMENT_NAMES,
  goalProgress,
  hasMood,
  hasParticipation,
  hasPlan,
  hasProgress,
  isEmptySection,
  ProseMemo,
  sectionProse,
  type AnalysisOptions,
  type ElementKind,
  type Prose,
} from '../../prose';
import type { RosterGoal } from '../../workspace/types';
import { attendeeLabel } from '../shared/attendeeLabel';
import { billableSections } from '../shared/memberSections';
import { memberProseOptions } from '../../prose/memberOptions';
import type { Rule, Severity } from '../types';

/** Missing participation or progress makes the service unsupported; missing mood/affect or plan is an audit risk. */
const ELEMENT_SEVERITY: Record<ElementKind, Severity> = {
  participation: 'error',
  progress: 'error',
  mood: 'warning',
  plan: 'warning',
};
const ELEMENT_ORDER: ElementKind[] = ['participation', 'mood', 'progress', 'plan'];

/** Short hints appended to each message. */
const ELEMENT_HINT: Record<ElementKind, string> = {
  participation:
    'say what the member did or said: a skill practised, a quote, feedback given, what they identified or disclosed',
  mood: 'add observed affect and reported mood, e.g. "anxious affect, rated mood 4/10"',
  progress: 'state progress toward the member\u2019s own goal, e.g. "toward G1: 2 of 3 meetings attended, up from 0"',
  plan: 'add what happens next for this member, e.g. "Plan: practise the thought record twice before next group"',
};

/**
 * GN301: every member section (of a billable attendee, or matching no attendee yet; see
 * `sectionsToCheck`) documents four member-specific elements — participation,
 * mood/affect, progress, plan (detectors in prose/elements.ts; labelled prose such as "Mood:", "P:",
 * "Plan:", "Progress:" with content counts). One finding per missing element, each at the section
 * heading with its own severity: participation and progress are errors, mood/affect and plan warnings.
 * An empty section (no words, or only "..."/"TBD") gets a single error that says so.
 *
 * GN301's "progress" is a progress statement: change or standing, any direction ("improved", "no progress",
 * "first drink in 6 weeks", "G1 met", a measurable change such as "from 6/10 to 3/10"), or the member's own report
 * on what one of their roster goals is about that says where they stand (prose/goalProgress.ts: goal "Get more
 * restful sleep" and "sleeping about 6 hours since Tuesday"). A goal id or the goal's words alone are not progress;
 * GN306 separately asks for a link to the member's own plan goal.
 *
 * Fix hint: `{ kind: 'insert-element', attendeeId, element }`: the quick fix adds the element's
 * labelled line with a prompt ("Plan: <plan until the next session>", model/sectionPrompts.ts).
 */
export const gn301: Rule = {
  id: 'GN301',
  name: 'member-elements',
  description:
    'A member section lacks participation, mood/affect, progress toward the member\u2019s own goal, or a plan.',
  tags: ['members', 'documentation', 'medical-necessity'],
  defaultSeverity: 'error',
  source: 'Seed, FCSO probe findings',
  check(context, report) {
    for (const { attendee, section } of billableSections(context)) {
      const prose = sectionProse(section);
      const who = attendeeLabel(attendee);
      if (isEmptySection(prose)) {
        report({
          message:
            `${who}: the member section is empty; document participation, mood/affect, progress toward the ` +
            `member\u2019s goal and the plan`,
          range: section.headingRange,
          severity: 'error',
          attendeeId: attendee.id,
          fix: { kind: 'insert-element', attendeeId: attendee.id, element: 'all' },
        });
        continue;
      }
      const found = elementsFound(
        prose,
        context.patientOf(attendee)?.plan?.goals ?? NO_GOALS,
        memberProseOptions(context, section),
      );
      for (const element of ELEMENT_ORDER) {
        if (found[element]) continue;
        report({
          message: `${who}: no ${ELEMENT_NAMES[element]} described (${ELEMENT_HINT[element]})`,
          range: section.headingRange,
          severity: ELEMENT_SEVERITY[element],
          attendeeId: attendee.id,
          fix: { kind: 'insert-element', attendeeId: attendee.id, element },
        });
      }
    }
  },
};

const NO_GOALS: readonly RosterGoal[] = [];
const elementsMemo = new WeakMap<AnalysisOptions, ProseMemo<Record<ElementKind, boolean>, readonly RosterGoal[]>>();

/**
 * Which elements a section documents, given the member's goals (the roster's own list, so the memo holds across
 * checks).
 */
function elementsFound(
  prose: Prose,
  goals: readonly RosterGoal[],
  options: AnalysisOptions,
): Record<ElementKind, boolean> {
  let memo = elementsMemo.get(options);
  if (!memo) {
    memo = new ProseMemo();
    elementsMemo.set(options, memo);
  }
  return memo.get(prose, goals, () => ({
    participation: hasParticipation(prose, options),
    mood: hasMood(prose, options),
    // A progress statement (change or standing), or the member's report on a goal's subject; a goal id or goal word
    // alone says which goal, not where the member stands on it ("Review time-out plan (G1)"), and a link to the
    // member's own goal is GN306's question.
    // The goal reports are read only when the section has no progress statement: either one makes it documented.
    progress: hasProgress(prose, [], options) || hasProgress(prose, goalProgress(prose, goals, options), options),
    plan: hasPlan(prose, options),
  }));
}
