import type { ParsedNote } from '../model/note';
import { LineIndex } from '../model/positions';
import { readAttendees } from './attendees';
import { parseDirectives } from './directives';
import { parseFrontMatter } from './frontMatter';
import { parseSections } from './sections';

/**
 * Parses a group note. Never throws: problems are returned in `headerProblems` and found by the rules.
 * `previous`: the last parse of the same document, whose header is reused when unchanged.
 */
export function parseNote(text: string, uri = 'untitled:note.group.md', previous?: ParsedNote): ParsedNote {
  const lines = new LineIndex(text);
  const { header, problems, bodyStart } = parseFrontMatter(text, lines, previous);
  const { narrativeEnd, sections } = parseSections(text, lines, bodyStart);
  const narrativeStart = Math.min(bodyStart, narrativeEnd);
  return {
    uri,
    text,
    lines,
    header,
    headerProblems: problems,
    attendees: readAttendees(header.value),
    narrative: {
      start: narrativeStart,
      end: narrativeEnd,
      text: text.slice(narrativeStart, narrativeEnd),
      range: lines.rangeOf(narrativeStart, narrativeEnd),
    },
    sections,
    bodyStart,
    directives: parseDirectives(text, lines, header, bodyStart),
  };
}
