import { PROSE_MAX_CHARS } from '../../model/limits';
import { proseTruncated } from '../../prose/section';
import { sectionLabel } from '../shared/attendeeLabel';
import type { Rule } from '../types';

/**
 * GN308: a member section (or the group narrative) is longer than the prose rules read
 * (`PROSE_MAX_CHARS` in model/limits.ts, 20,000 characters). The prose rules (GN301-GN306, GN503,
 * GN505, GN606) read the first 20,000 characters only, so a risk disclosure or a missing element past
 * that point would go unnoticed: the clinician is told instead of the rest being dropped silently.
 * A real member paragraph is a few hundred words; this is almost always a paste by mistake.
 *
 * No fix hint: only the clinician knows what belongs in the note.
 */
const LIMIT = PROSE_MAX_CHARS.toLocaleString('en-US');

export const gn308: Rule = {
  id: 'GN308',
  name: 'section-too-long',
  description:
    'A member section or the group narrative is longer than the prose checks read (20,000 characters); the rest is ' +
    'not checked.',
  tags: ['members', 'documentation', 'limits'],
  defaultSeverity: 'warning',
  source: 'GroupNote limits (docs/format.md)',
  check({ note }, report) {
    if (proseTruncated(note.narrative.text))
      report({
        message:
          `the group narrative has ${note.narrative.text.length.toLocaleString('en-US')} characters; the ` +
          `prose checks read the first ${LIMIT} only: shorten it or move pasted material out of the note`,
        range: note.lines.rangeOf(note.narrative.start, note.narrative.start),
      });
    for (const section of note.sections) {
      if (!proseTruncated(section.body)) continue;
      report({
        message:
          `${sectionLabel(section)}: the section has ${section.body.length.toLocaleString('en-US')} ` +
          `characters; the prose checks (elements, boilerplate, risk, goal link) read the first ${LIMIT} only: ` +
          `shorten it or move pasted material out of the note`,
        range: section.headingRange,
        attendeeId: section.id,
      });
    }
  },
};
