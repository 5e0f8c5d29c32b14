import { MODALITIES, type Attendee, type Modality, type ParsedNote, type YamlPath } from './note';
import type { Range } from './positions';
import { asText, posCode } from '../parse/values';

/**
 * Whether the header could not be read as YAML. GN100 reports it; the rules that report something as
 * missing or mismatched (GN101, GN104, GN106, GN201, GN205, GN206, GN803) then wait, because the part of
 * the header the parser salvaged may lack fields that are really there. Rules that check values they did
 * read (times, NPIs, POS, modifiers ...) keep running.
 */
export function hasYamlErrors(note: ParsedNote): boolean {
  return note.headerProblems.some(
    (problem) => problem.kind === 'yaml' || problem.kind === 'not-mapping' || problem.kind === 'missing',
  );
}

/** The opening `---` line of the header: where findings about top-level fields that are missing go. */
export function headerStartRange(note: ParsedNote): Range {
  const line = note.header.range.start.line;
  return note.lines.rangeOf(note.lines.lineStart(line), note.lines.lineEnd(line));
}

/**
 * The value at `path` as trimmed text (numbers and booleans read as text), or undefined when absent, empty or not a
 * scalar.
 */
export function textAt(note: ParsedNote, path: YamlPath): string | undefined {
  const text = asText(note.header.get(path))?.trim();
  return text ? text : undefined;
}

/**
 * The value exactly as written in the note (for numbers: `pos: 02` reads as 2 but was written "02"), quotes removed.
 */
export function sourceTextAt(note: ParsedNote, path: YamlPath): string | undefined {
  if (!note.header.has(path)) return undefined;
  const value = note.header.get(path);
  if (typeof value === 'string') return value;
  if (typeof value !== 'number') return asText(value);
  const range = note.header.rangeOf(path);
  const raw = note.text.slice(note.lines.offsetAt(range.start), note.lines.offsetAt(range.end)).trim();
  return raw.replace(/^(["'])(.*)\1$/, '$2');
}

/**
 * The session modality, read leniently (trimmed, lower case, like the parser reads `status`).
 * Undefined when missing or not one of in-person / video / audio (GN101 / GN106 report those).
 * The export engine should read the modality through this function too.
 */
export function modalityOf(note: ParsedNote): Modality | undefined {
  const text = asText(note.header.value?.modality)?.trim().toLowerCase();
  return MODALITIES.includes(text as Modality) ? (text as Modality) : undefined;
}

export function isTelehealthModality(modality: Modality | undefined): modality is 'video' | 'audio' {
  return modality === 'video' || modality === 'audio';
}

/** Place-of-service codes that mean telehealth: 02 (other than the patient's home) and 10 (the patient's home). */
export const TELEHEALTH_POS: readonly string[] = ['02', '10'];

export interface EffectivePos {
  /**
   * Two-digit code (`11` written as a number reads "11"), or undefined when neither the attendee nor the header has
   * one.
   */
  code: string | undefined;
  /** Whether the attendee's own `pos` overrides the header. */
  fromAttendee: boolean;
  /** Where the value is written. */
  path: YamlPath;
}

/** The attendee's place of service: their own `pos`, else the header's. */
export function effectivePos(note: ParsedNote, attendee: Attendee): EffectivePos {
  const own = posCode(attendee.pos);
  if (own) return { code: own, fromAttendee: true, path: ['attendees', attendee.index, 'pos'] };
  return { code: posCode(note.header.value?.pos), fromAttendee: false, path: ['pos'] };
}

export function billableAttendees(note: ParsedNote): Attendee[] {
  return note.attendees.filter((attendee) => attendee.billable);
}

/** Where a finding about one attendee's header entry goes: the entry's `id` value, else the whole entry. */
export function attendeeEntryRange(note: ParsedNote, attendee: Attendee): Range {
  return note.header.has(['attendees', attendee.index, 'id'])
    ? note.header.rangeOf(['attendees', attendee.index, 'id'])
    : note.header.rangeOf(['attendees', attendee.index]);
}
