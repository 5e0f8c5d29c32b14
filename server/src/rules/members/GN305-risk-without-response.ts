import { ProseMemo } from '../../prose/memo';
import {
  findRiskDisclosures,
  hasRiskResponse,
  RISK_CATEGORY_NAMES,
  type RiskCategory,
  type RiskDisclosure,
} from '../../prose/risk';
import { sectionProse, sectionRange } from '../../prose/section';
import type { Prose } from '../../prose/segment';
import { attendeeLabel } from '../shared/attendeeLabel';
import type { Rule } from '../types';

const RESPONSE_EXAMPLES: Record<RiskCategory, string> = {
  suicide:
    'intent/plan/means, protective factors, C-SSRS, safety plan, 988 or crisis line, supervisor/PCP notified, follow-up call',
  homicide:
    'intent/plan/means and target, access to weapons, safety plan, duty-to-warn review, supervisor notified, follow-up',
  'self-harm':
    'intent and lethality, means restriction, safety plan, 988 or crisis line, supervisor/PCP notified, follow-up call',
  substance:
    'craving rating, relapse-prevention or coping plan, urge surfing, sponsor or sober support contacted, MAT/prescriber notified, level of care',
};

/**
 * GN305: a member discloses risk — suicidal or homicidal ideation, self-harm, overdose, craving or
 * relapse — and the section documents no assessment or response. Disclosures are risk phrases that
 * are not negated ("denies SI/HI", "no SI", "negative for HI", "SI: denied"), not only historical
 * ("history of overdose"), and not a topic ("relapse prevention", "coping with cravings"); negation
 * scope ends at "but", "however", ";" and at affirming verbs, so in "Denies SI but reports cravings"
 * the craving is a disclosure (prose/negation.ts, prose/risk.ts).
 *
 * Responses are read across the whole section (prose/risk.ts): suicide, homicide and self-harm need a
 * safety response; craving/relapse also accepts relapse-prevention responses. One error per risk
 * category, at the first disclosure of that category. Every member section is read, billable or not:
 * risk is a safety matter before it is a billing one.
 *
 * Fix hint: `{ kind: 'insert-element', attendeeId, element: 'risk', template }` — a "Risk:" line to
 * complete.
 */
const unansweredMemo = new ProseMemo<RiskDisclosure[]>();

/** The first disclosure of each risk category that the section does not answer with an assessment or response. */
function unansweredDisclosures(prose: Prose): RiskDisclosure[] {
  return unansweredMemo.get(prose, undefined, () => {
    const reported = new Set<RiskCategory>();
    const unanswered: RiskDisclosure[] = [];
    for (const disclosure of findRiskDisclosures(prose)) {
      if (reported.has(disclosure.category)) continue;
      reported.add(disclosure.category);
      if (!hasRiskResponse(prose, disclosure.category)) unanswered.push(disclosure);
    }
    return unanswered;
  });
}

export const gn305: Rule = {
  id: 'GN305',
  name: 'risk-without-response',
  description:
    'A member discloses risk (suicidal or homicidal ideation, self-harm, overdose, craving or relapse) and the section documents no assessment or response.',
  tags: ['members', 'risk', 'safety'],
  defaultSeverity: 'error',
  source: 'Seed',
  check(context, report) {
    const { note } = context;
    for (const section of note.sections) {
      const unanswered = unansweredDisclosures(sectionProse(section));
      if (!unanswered.length) continue;
      const attendee = section.id ? note.attendees.find((candidate) => candidate.id === section.id) : undefined;
      const who = attendee ? attendeeLabel(attendee) : section.id ? `${section.name} (${section.id})` : section.name;
      for (const disclosure of unanswered) {
        report({
          message: `${who}: ${RISK_CATEGORY_NAMES[disclosure.category]} disclosed ("${disclosure.text.replace(/\s+/g, ' ')}") with no risk assessment or response documented (e.g. ${RESPONSE_EXAMPLES[disclosure.category]})`,
          range: sectionRange(note, section, disclosure),
          attendeeId: section.id,
          fix: {
            kind: 'insert-element',
            attendeeId: section.id,
            element: 'risk',
            template:
              disclosure.category === 'substance'
                ? 'Risk: craving rated /10; coping plan: '
                : 'Risk: intent/plan/means: ; protective factors: ; safety plan reviewed; 988 provided; ',
          },
        });
      }
    }
  },
};
