import type { ParsedNote, YamlPath } from '../../model/note';
import { hasYamlErrors } from '../../model/headerFields';
import { pathLabel } from '../../model/headerRegistry';
import { promptInValue, promptsInProse, type PromptMatch } from '../../model/placeholders';
import { attendeeLabel, sectionLabel } from '../shared/attendeeLabel';
import type { Report, Rule } from '../types';

/**
 * GN108: a template prompt (docs/format.md, "Prompts": `<…>`, or a prompt of an earlier template
 * such as "Facilitator Name") is still in the note: in a header field, the group narrative or a
 * member section. A prompt is not documentation: the field counts as missing and the message names
 * it. Header and narrative prompts hold back the whole note; a member-section prompt holds back
 * that member. `signature` is GN803's (a prompt there means the note is unsigned).
 *
 * Always an error and an export gate (server/src/export/gating.ts): configuring it off or an inline
 * directive never lets a prompt reach a claim.
 *
 * Fix: none; only the clinician can write what the prompt asks for.
 */
const NEVER_BILLED = 'a prompt counts as missing and is never billed';

export const gn108: Rule = {
  id: 'GN108',
  name: 'placeholder-text',
  description:
    'A template prompt (<...>, or an earlier plain-text one) is left in the header, the narrative or a member section.',
  tags: ['header', 'documentation', 'billing'],
  defaultSeverity: 'error',
  source: 'PIM 3.3.2.4',
  check({ note }, report) {
    if (note.header.value && !hasYamlErrors(note)) checkHeader(note, report, note.header.value, []);
    checkProse(note, report, note.narrative.start, note.narrative.text, undefined);
    for (const section of note.sections) checkProse(note, report, section.bodyStart, section.body, section);
  },
};

/** `path` is the value's, extended and restored as the walk goes (a copy is reported): no array per value. */
function checkHeader(note: ParsedNote, report: Report, value: unknown, path: (string | number)[]): void {
  if (path[0] === 'signature') return;
  if (typeof value === 'string') {
    const prompt = promptInValue(value);
    if (prompt) reportHeader(note, report, path.slice(), prompt);
  } else if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      if (!(index in value)) continue;
      path.push(index);
      checkHeader(note, report, value[index], path);
      path.pop();
    }
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      path.push(key);
      checkHeader(note, report, (value as Record<string, unknown>)[key], path);
      path.pop();
    }
  }
}

function reportHeader(note: ParsedNote, report: Report, path: YamlPath, prompt: PromptMatch): void {
  const attendee =
    path[0] === 'attendees' && typeof path[1] === 'number'
      ? note.attendees.find((candidate) => candidate.index === path[1])
      : undefined;
  const field = attendee ? `${attendeeLabel(attendee)}: ${pathLabel(path.slice(2))}` : pathLabel(path);
  report({
    message: `${field} still holds the template prompt "${prompt.text}": fill in ${field} (${NEVER_BILLED}).`,
    range: note.header.rangeOf(path),
    attendeeId: attendee?.id || undefined,
  });
}

function checkProse(
  note: ParsedNote,
  report: Report,
  offset: number,
  text: string,
  section: ParsedNote['sections'][number] | undefined,
): void {
  for (const prompt of promptsInProse(text)) {
    const label = labelBefore(text, prompt.start);
    const where = section ? sectionLabel(section) : 'The group narrative';
    const field = label ? `"${label}"` : 'the text';
    report({
      message: `${where}: ${field} still holds the template prompt "${prompt.text}": write it (${NEVER_BILLED}).`,
      range: note.lines.rangeOf(offset + prompt.start, offset + prompt.end),
      attendeeId: section?.id || undefined,
    });
  }
}

/**
 * The label of the template line holding the prompt ("Participation", "Progress toward goal G1"): the
 * line's text before its first colon or parenthesis, when the prompt comes after it.
 */
function labelBefore(text: string, at: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const head = text.slice(lineStart, at);
  const stop = head.search(/[:(]/);
  if (stop <= 0) return undefined;
  const label = head.slice(0, stop).trim();
  return label && label.length <= 80 ? label : undefined;
}
