import { asText } from '../../parse/values';
import { findExcludedActivities } from '../../prose';
import type { Rule } from '../types';

/**
 * GN702: the group's type or theme is an activity that is not psychotherapy — socialization,
 * recreation, crafts, music listening, games, movies, meals, outings, exercise (prose/scope.ts).
 * Medicare and most payers exclude services that are primarily recreational or diversional.
 *
 * Decision on art, music, dance and exercise: they are excluded unless the same field names a
 * psychotherapeutic process ("expressive arts therapy processing trauma narratives", "behavioral
 * activation: planning exercise" pass; "art group", "music listening and snacks", "walking group"
 * fail). Socialization, recreation, crafts, games, movies, meals and outings fail even with "therapy"
 * in the text ("recreation therapy" is not psychotherapy).
 *
 * One error per field (`group.type`, `group.theme`) at its value. No fix hint.
 */
export const gn702: Rule = {
  id: 'GN702',
  name: 'excluded-activity',
  description:
    'The group type or theme is an excluded activity (socialization, recreation, art/music as an activity, ' +
    'exercise, meals, outings, games, movies).',
  tags: ['scope', 'billing'],
  defaultSeverity: 'error',
  source: 'AAPC; Medicare Benefit Policy Manual (activities primarily recreational or diversional)',
  check({ note }, report) {
    for (const field of ['type', 'theme'] as const) {
      const text = asText(note.header.get(['group', field]));
      if (!text) continue;
      const found = findExcludedActivities(text);
      if (!found.length) continue;
      const named = found.map((activity) => `"${activity.text}" (${activity.kind})`).join(', ');
      report({
        message:
          `group.${field} names an activity that is not psychotherapy: ${named}. Activities that are ` +
          `primarily social, recreational or diversional (games, movies, meals, outings, exercise, crafts, music ` +
          `listening) are not billable as 90853`,
        range: note.header.rangeOf(['group', field]),
      });
    }
  },
};
