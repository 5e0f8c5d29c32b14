import type { Attendee, LimitExceeded, MemberSection, NoteHeader, ParsedNote } from '../model/note';
import {
  MAX_ATTENDEES,
  MAX_MEMBER_SECTIONS,
  MAX_NOTE_BYTES,
  MAX_PROSE_CHARS_PER_NOTE,
  PROSE_MAX_CHARS,
} from '../model/limits';
import { LineIndex } from '../model/positions';
import { readAttendees } from './attendees';
import { parseDirectives } from './directives';
import { parseFrontMatter, type ParsedFrontMatter } from './frontMatter';
import { parseSections } from './sections';

export interface NoteParseOptions {
  /**
   * Read a plain header with the quick reader (simpleHeader.ts) instead of the yaml library: the same `header.value`,
   * problems and ranges, the YAML document parsed only when asked for (`header.doc`). For the language server's
   * workspace scan, which reads every note of a history and keeps only its index entry, and for a batch's checks.
   */
  quick?: boolean;
}

/**
 * Parses a group note. Never throws: problems are returned in `headerProblems` and found by the rules.
 * `previous`: the last parse of the same document, whose header is reused when unchanged.
 *
 * A note past a resource limit (model/limits.ts) is read up to the limit and the limit is recorded in
 * `limits` (GN109 reports it), so that the work a note can cause is bounded whatever is pasted into it.
 */
export function parseNote(
  text: string,
  uri = 'untitled:note.group.md',
  previous?: ParsedNote,
  options: NoteParseOptions = {},
): ParsedNote {
  // Cheap before the exact byte count: a string of n UTF-16 units has at most 3n UTF-8 bytes.
  if (text.length * 3 > MAX_NOTE_BYTES) {
    const size = Buffer.byteLength(text, 'utf8');
    if (size > MAX_NOTE_BYTES) return unreadNote(text, uri, { kind: 'bytes', size });
  }
  const lines = new LineIndex(text);
  const frontMatter = parseFrontMatter(text, lines, previous, options);
  const { header, problems, bodyStart } = frontMatter;
  const limits: LimitExceeded[] = [];
  if (frontMatter.oversized !== undefined)
    limits.push({ kind: 'header', size: frontMatter.oversized, attendeeLines: attendeeLines(text, bodyStart) });
  const { narrativeEnd, sections, headingCount } = parseSections(text, lines, bodyStart, MAX_MEMBER_SECTIONS);
  if (headingCount > MAX_MEMBER_SECTIONS) limits.push({ kind: 'sections', count: headingCount });
  const narrativeStart = Math.min(bodyStart, narrativeEnd);
  const narrativeText = text.slice(narrativeStart, narrativeEnd);
  return {
    uri,
    text,
    lines,
    header,
    headerProblems: problems,
    attendees: withinAttendeeLimit(attendeesOf(header), limits),
    narrative: {
      start: narrativeStart,
      end: narrativeEnd,
      text: narrativeText,
      range: lines.rangeOf(narrativeStart, narrativeEnd),
    },
    sections: withinSectionLimits(sections, narrativeText.length, limits),
    bodyStart,
    directives: parseDirectives(text, lines, header, bodyStart),
    limits,
  };
}

/**
 * The attendees a header lists, read once per header object: a new version whose header is unchanged takes the header
 * over (parseFrontMatter), and with it the same attendee objects, so that what is memoised per attendee (diagnosis
 * entries) and per header holds across versions. Nothing changes an attendee once read; a header no longer referenced
 * takes its list with it.
 */
const attendeesByHeader = new WeakMap<NoteHeader, Attendee[]>();

function attendeesOf(header: NoteHeader): Attendee[] {
  let attendees = attendeesByHeader.get(header);
  if (!attendees) {
    attendees = readAttendees(header.value);
    attendeesByHeader.set(header, attendees);
  }
  return attendees;
}

function withinAttendeeLimit(attendees: Attendee[], limits: LimitExceeded[]): Attendee[] {
  if (attendees.length <= MAX_ATTENDEES) return attendees;
  limits.push({ kind: 'attendees', count: attendees.length });
  return attendees.slice(0, MAX_ATTENDEES);
}

/** The sections whose prose fits the note's prose budget. */
function withinSectionLimits(kept: MemberSection[], narrativeChars: number, limits: LimitExceeded[]) {
  const read = (chars: number) => Math.min(chars, PROSE_MAX_CHARS);
  let budget = MAX_PROSE_CHARS_PER_NOTE - read(narrativeChars);
  for (let index = 0; index < kept.length; index++) {
    budget -= read(kept[index].body.length);
    if (budget >= 0) continue;
    const chars = kept.reduce((sum, section) => sum + read(section.body.length), read(narrativeChars));
    limits.push({ kind: 'prose', chars, firstUnread: kept[index] });
    return kept.slice(0, index);
  }
  return kept;
}

/** Lines that look like attendee list items in a header too large to read ("about 20,000 attendees"). */
function attendeeLines(text: string, headerEnd: number): number {
  const start = text.search(/^attendees:/m);
  if (start < 0 || start > headerEnd) return 0;
  return text.slice(start, headerEnd).match(/^[ \t]*- /gm)?.length ?? 0;
}

/** A note past the file-size limit: nothing is read, so nothing is checked but the limit itself. */
function unreadNote(text: string, uri: string, limit: LimitExceeded): ParsedNote {
  const empty = parseNote('', uri);
  const lines = new LineIndex(text);
  const header: ParsedFrontMatter['header'] = { ...empty.header };
  return { ...empty, text, lines, header, headerProblems: [], limits: [limit] };
}
