import { minutesOf } from '../../parse/values';
import type { Rule } from '../types';

/**
 * GN103: the session is shorter than `thresholds.minMinutes` (default 45) or longer than
 * `thresholds.maxMinutes` (default 120). 90853 is one unit whatever the length; an unusually short
 * session invites a medical-necessity question, an unusually long one a documentation question.
 * Reported at `end`. Only when both times are valid and end is after start (else GN102).
 *
 * No fix hint: the times are facts.
 */
export const gn103: Rule = {
  id: 'GN103',
  name: 'session-length',
  description:
    'The session is shorter than 45 minutes or longer than 120 minutes (configurable); 90853 is still one unit.',
  tags: ['header', 'time'],
  defaultSeverity: 'warning',
  source: 'LCD "typically 45–60 min"',
  check({ note, config }, report) {
    const start = minutesOf(note.header.value?.start);
    const end = minutesOf(note.header.value?.end);
    if (start === undefined || end === undefined || end <= start) return;
    const minutes = end - start;
    const { minMinutes, maxMinutes } = config.thresholds;
    if (minutes < minMinutes) {
      report({
        message:
          `The session lasted ${minutes} minutes, under the ${minMinutes}-minute minimum expected for group ` +
          `psychotherapy: check start and end, or document why the session was cut short.`,
        range: note.header.rangeOf(['end']),
      });
    } else if (minutes > maxMinutes) {
      report({
        message:
          `The session lasted ${minutes} minutes, over ${maxMinutes} minutes: 90853 is billed as one unit ` +
          `however long the group runs; check start and end, or document why it ran long.`,
        range: note.header.rangeOf(['end']),
      });
    }
  },
};
