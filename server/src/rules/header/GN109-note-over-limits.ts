import {
  MAX_ATTENDEES,
  MAX_HEADER_CHARS,
  MAX_MEMBER_SECTIONS,
  MAX_NOTE_BYTES,
  MAX_PROSE_CHARS_PER_NOTE,
} from '../../model/limits';
import type { LimitExceeded } from '../../model/note';
import { sectionLabel } from '../shared/attendeeLabel';
import type { Rule } from '../types';

/**
 * GN109: the note is past one of GroupNote's resource limits (model/limits.ts, the same in the command
 * line and the editor). The parser read the note up to the limit; this rule says so at the top of the
 * note, once per limit, so that nothing is dropped silently. It is an error: a note GroupNote could not
 * read in full is not exported.
 *
 * Past the file-size or header limit nothing else is checked (checkNote runs this rule alone); past the
 * attendee, section or prose limit the rules run on what was read, except those that compare the whole
 * attendee list with the whole body (`needs: ['complete-note']`).
 */
const number = (value: number) => value.toLocaleString('en-US');
const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
const SPLIT = 'split it into one note per group session, or move pasted material out of the note';

export function limitMessage(limit: LimitExceeded): string {
  switch (limit.kind) {
    case 'bytes':
      return `this note is ${megabytes(limit.size)}; GroupNote reads notes up to ${megabytes(MAX_NOTE_BYTES)}, so nothing in it was checked: ${SPLIT}`;
    case 'header': {
      const attendees = limit.attendeeLines ? ` (about ${number(limit.attendeeLines)} attendees)` : '';
      return `the header has ${number(limit.size)} characters${attendees}; GroupNote reads headers up to ${number(MAX_HEADER_CHARS)}, so nothing in the note was checked: ${SPLIT}`;
    }
    case 'attendees':
      return `this note has ${number(limit.count)} attendees; GroupNote checks the first ${number(MAX_ATTENDEES)}: ${SPLIT}`;
    case 'sections':
      return `this note has ${number(limit.count)} member sections; GroupNote checks the first ${number(MAX_MEMBER_SECTIONS)}: ${SPLIT}`;
    case 'prose':
      return `the narrative and member sections hold ${number(limit.chars)} characters; the prose checks read ${number(MAX_PROSE_CHARS_PER_NOTE)} per note, so the sections from ${sectionLabel(limit.firstUnread)} on were not checked: ${SPLIT}`;
  }
}

export const gn109: Rule = {
  id: 'GN109',
  name: 'note-over-limits',
  description:
    'The note is past a GroupNote limit (file size, header size, attendees, member sections or prose per note); only the part within the limit was checked.',
  tags: ['header', 'limits'],
  defaultSeverity: 'error',
  source: 'GroupNote limits (docs/format.md)',
  check({ note }, report) {
    const top = note.lines.rangeOf(0, 0);
    for (const limit of note.limits) report({ message: limitMessage(limit), range: top });
  },
};
