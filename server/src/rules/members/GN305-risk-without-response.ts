import {
  RISK_CATEGORY_NAMES,
  SectionMemo,
  sectionProse,
  sectionRange,
  unansweredDisclosures,
  type RiskCategory,
  type RiskMention,
} from '../../prose';
import { memberProseOptions } from '../../prose/memberOptions';
import { attendeeLabel, sectionLabel } from '../shared/attendeeLabel';
import type { Rule } from '../types';

/** What answers each category, in the message (lexicons/responses.yaml lists them all). */
const RESPONSE_EXAMPLES: Record<RiskCategory, string> = {
  suicide:
    'intent/plan/means, protective factors, C-SSRS or risk level, safety plan, 988 or crisis line, supervisor/PCP ' +
    'notified, follow-up call',
  'self-harm':
    'intent and lethality, wounds assessed, means restriction, safety plan, 988 or crisis line, supervisor/PCP ' +
    'notified, follow-up call',
  overdose:
    'whether it was intentional, access to the means, naloxone confirmed or given, medical follow-up you arranged, ' +
    'safety plan, level of care',
  violence:
    'intent/plan/means and target, access to weapons, safety plan, duty-to-warn review, supervisor notified, follow-up',
  substance:
    'the lapse reviewed, relapse-prevention or craving plan, a named coping skill, sponsor or support contacted, ' +
    'MAT prescriber notified, UDS ordered, level of care',
};

/**
 * The prompt of the "Risk:" line the quick fix adds (docs/format.md, "Prompts"): what to assess, never
 * an assessment; GN108 reports it as missing until it is written.
 */
const RISK_PROMPTS: Record<RiskCategory, string> = {
  suicide: '<intent, plan and means; protective factors; risk level; safety plan; crisis line given>',
  'self-harm': '<intent and lethality; wounds assessed; means restriction; safety plan; crisis line given>',
  overdose: '<whether intentional; access to the means; naloxone; medical follow-up; safety plan>',
  violence: '<intent, plan and target; access to weapons; duty-to-warn review; safety plan>',
  substance: '<lapse reviewed; relapse-prevention plan; coping skill; supports contacted>',
};

/**
 * Each section's unanswered disclosures, by its prose and options: the same in every version of the document until
 * the section's text changes (see SectionMemo). Read only.
 */
const answers = new SectionMemo<RiskMention[]>();

/**
 * GN305: a member discloses risk and the section documents no assessment or response of that kind.
 * Categories follow lexicons/risk-*.yaml: suicide (the C-SSRS ladder: wish to be dead, thoughts, method,
 * intent, plan, preparatory behaviour, attempt), self-harm, overdose, violence toward a person, and
 * substance use, lapse, intent to use or craving. A disclosure is a current mention: not denied, not long
 * past, not hypothetical, not someone else's, not the group's topic, not a figure of speech (ConText in
 * prose/context.ts with lexicons/context.yaml; prose/risk.ts).
 *
 * A response answers only the categories it is listed for (lexicons/responses.yaml): "Risk: denies SI/HI"
 * does not answer a relapse, a relapse-prevention plan does not answer suicidal ideation, and an ER visit
 * or Narcan given at the time of an overdose is part of the event, not the clinician's response. One error
 * per unanswered category, at the first of its disclosures that no response answers (a response the note places
 * earlier in the program day answers no later disclosure). Every member section is read, billable or not: risk
 * is a safety matter before it is a billing one.
 *
 * Fix hint: `{ kind: 'insert-element', attendeeId, element: 'risk', prompt }`: a "Risk:" line whose prompt
 * names what to assess.
 */
export const gn305: Rule = {
  id: 'GN305',
  name: 'risk-without-response',
  description:
    'A member discloses risk (suicidal or violent ideation or behaviour, self-harm, an overdose, substance use or ' +
    'craving) and the section documents no assessment or response of that kind.',
  tags: ['members', 'risk', 'safety'],
  defaultSeverity: 'error',
  source: 'C-SSRS, SAFE-T (SAMHSA), relapse-prevention model; Seed',
  check(context, report) {
    const { note } = context;
    for (const section of note.sections) {
      const prose = sectionProse(section);
      const options = memberProseOptions(context, section);
      const unanswered = answers.get(prose, options, undefined, () => unansweredDisclosures(prose, options));
      if (!unanswered.length) continue;
      const attendee = section.id ? note.attendees.find((candidate) => candidate.id === section.id) : undefined;
      const who = attendee ? attendeeLabel(attendee) : sectionLabel(section);
      for (const disclosure of unanswered) {
        report({
          message:
            `${who}: ${RISK_CATEGORY_NAMES[disclosure.category]} disclosed ` +
            `("${disclosure.text.replace(/\s+/g, ' ')}") with no ${disclosure.category} assessment or response ` +
            `documented (e.g. ${RESPONSE_EXAMPLES[disclosure.category]})`,
          range: sectionRange(note, section, disclosure),
          attendeeId: section.id,
          fix: section.id
            ? {
                kind: 'insert-element',
                attendeeId: section.id,
                element: 'risk',
                prompt: RISK_PROMPTS[disclosure.category],
              }
            : undefined,
        });
      }
    }
  },
};
