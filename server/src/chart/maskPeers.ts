/**
 * Every other attendee's name and id, masked as "a peer" in the text that goes into one patient's chart.
 *
 * Wider than the forms GN302/GN303/GN304 match (prose/names.ts), because a miss here discloses another
 * member's treatment while a miss there only loses a warning: besides the display name ("Tom R."), its
 * first word and the roster's "First Last" and "Mr./Ms. Last", every capitalised word of the display name,
 * the bare roster last name and "Last, First" are masked, at any position in a sentence ("Will" and "Hope"
 * too), and names introduced as a relative ("her brother Tom") too. Names match as whole words, as written
 * or in capitals ("Ann" never masks inside "Anna"; "Ann's" becomes "a peer's"). Ids are masked as whole
 * words in any case ("E002", "e002").
 *
 * Kept as written: the patient's own name forms and the staff's full names (facilitator, supervisor,
 * co-facilitators, signer), so a peer called "Reyes" does not turn "Dana Reyes, LCSW" into "Dana a peer".
 * Where one text is both (a peer shares the patient's first name), it stays: it is the patient's own name.
 */
import type { ParsedNote } from '../model/note';
import { asRecord, asText } from '../parse/values';
import type { Roster, RosterPatient } from '../workspace/types';

export const PEER = 'a peer';

/**
 * Ids this short and all digits ("7", "12") are masked only as part of a name: masking them would blank
 * out scores and times.
 */
const MIN_NUMERIC_ID_LENGTH = 4;
const HONORIFICS = ['Mr.', 'Ms.', 'Mrs.', 'Mx.', 'Mr', 'Ms', 'Mrs', 'Mx', 'Miss', 'Dr.', 'Dr'];
const LETTER_OR_DIGIT = '[\\p{L}\\p{N}]';

export type Masker = (text: string) => string;

/** A masker for the chart of the attendee `patientId` of `note`. */
export function peerMasker(note: ParsedNote, patientId: string, roster: Roster | undefined): Masker {
  const patientOf = (id: string | undefined) => (id ? roster?.patients.get(id) : undefined);
  const own = new Set<string>();
  const peers = new Set<string>();
  const peerIds = new Set<string>();
  for (const attendee of note.attendees) {
    const forms = nameFormsOf(attendee.name, patientOf(attendee.id));
    if (attendee.id === patientId) forms.forEach((form) => own.add(form));
    else {
      forms.forEach((form) => peers.add(form));
      if (attendee.id) peerIds.add(attendee.id);
    }
  }
  // A section whose heading names someone not (or differently) in the header is another member's too.
  for (const section of note.sections) {
    if (section.id === undefined || section.id === patientId) continue;
    nameFormsOf(section.name, patientOf(section.id)).forEach((form) => peers.add(form));
    peerIds.add(section.id);
  }
  const kept = new Set([...own, ...staffNames(note)]);
  for (const form of kept) peers.delete(form);
  const ids = [...peerIds].map((id) => id.trim()).filter((id) => id.length >= 2 && !kept.has(id));
  const maskedIds = ids.filter((id) => !/^\d+$/.test(id) || id.length >= MIN_NUMERIC_ID_LENGTH);

  const namePattern = alternation([...peers, ...[...peers].map((form) => form.toUpperCase()), ...kept], '');
  const idPattern = alternation(maskedIds, 'i');
  return (text) => {
    let masked = idPattern
      ? text.replace(idPattern, (match, offset: number, whole: string) => peerAt(whole, offset))
      : text;
    if (namePattern)
      masked = masked.replace(namePattern, (match: string, offset: number, whole: string) => {
        const form = match.replace(/\s+/g, ' ');
        if (kept.has(form)) return match;
        return peerAt(whole, offset) + (keepsSentenceDot(match, whole, offset) ? '.' : '');
      });
    return masked;
  };
}

/** Every form of one person's name that is to be masked (or kept, for the patient's own). */
function nameFormsOf(displayName: string, patient: RosterPatient | undefined): string[] {
  const forms = new Set<string>();
  const add = (text: string | undefined) => {
    const trimmed = text?.trim().replace(/\s+/g, ' ');
    if (trimmed && [...trimmed].filter((char) => /\p{L}/u.test(char)).length >= 2) forms.add(trimmed);
  };
  add(displayName);
  add(displayName.trim().replace(/\.$/, ''));
  for (const word of displayName.split(/\s+/)) if (/^\p{Lu}[\p{L}'’-]+$/u.test(word)) add(word);
  const first = patient?.name?.first?.trim();
  const last = patient?.name?.last?.trim();
  add(first);
  add(last);
  for (const word of `${first ?? ''} ${last ?? ''}`.split(/\s+/)) if (/^\p{Lu}[\p{L}'’-]+$/u.test(word)) add(word);
  if (first && last) {
    add(`${first} ${last}`);
    add(`${last}, ${first}`);
  }
  if (last) for (const honorific of HONORIFICS) add(`${honorific} ${last}`);
  return [...forms];
}

/** The staff named in the header, as written: kept whole in every chart. */
function staffNames(note: ParsedNote): string[] {
  const header = note.header.value ?? {};
  const names: (string | undefined)[] = [];
  const person = (value: unknown) => asText(asRecord(value)?.name);
  const facilitator = asRecord(header.facilitator);
  names.push(person(facilitator), person(facilitator?.supervisor));
  if (Array.isArray(header.cofacilitators))
    for (const entry of header.cofacilitators) names.push(person(entry), person(asRecord(entry)?.supervisor));
  const signedBy = asText(asRecord(header.signature)?.by);
  names.push(signedBy, signedBy?.split(',')[0]);
  // Only full names: a staff first name alone that a peer shares is masked (the peer's privacy comes first).
  return names
    .map((name) => name?.trim().replace(/\s+/g, ' '))
    .filter((name): name is string => !!name && name.includes(' '));
}

/**
 * Whole-word alternation of the texts, longest first; undefined when there are none. A text ending in a letter or
 * digit must not be followed by one. That test is written once after each run of consecutive such texts
 * (`(?:a|b)(?!X)|c`), not after each of them (`a(?!X)|b(?!X)|c`): the same alternatives in the same order, and when
 * the test fails after one the engine backtracks to the next, so the two match alike; but V8 compiles each
 * `[\p{L}\p{N}]` of a Unicode pattern into a large class of its own, and one chart's masker had a hundred of them
 * (about 30 ms per chart note, most of a `groupnote chart`).
 */
export function alternation(texts: string[], flags: string): RegExp | undefined {
  const unique = [...new Set(texts)].sort((a, b) => b.length - a.length);
  if (!unique.length) return undefined;
  const runs: { word: boolean; bodies: string[] }[] = [];
  for (const text of unique) {
    const body = escapeRegExp(text).replace(/ /g, '\\s+');
    const word = /[\p{L}\p{N}]$/u.test(text);
    const last = runs[runs.length - 1];
    if (last && last.word === word) last.bodies.push(body);
    else runs.push({ word, bodies: [body] });
  }
  const source = runs
    .map(({ word, bodies }) => (word ? `(?:${bodies.join('|')})(?!${LETTER_OR_DIGIT})` : bodies.join('|')))
    .join('|');
  return new RegExp(`(?<!${LETTER_OR_DIGIT})(?:${source})`, `gu${flags}`);
}

/** What precedes a word that starts a sentence or a line (with an opening quote, a list bullet). */
const SENTENCE_START_BEFORE = /(?:[.!?]["'”’)]?\s+|\n[ \t]*(?:[-*+][ \t]+)?)["'“‘(]?$/;

/** "A peer" where a sentence or line starts, else "a peer". */
function peerAt(text: string, offset: number): string {
  const before = text.slice(Math.max(0, offset - 80), offset);
  const startsText = offset <= 80 && /^\s*(?:[-*+]\s+)?["'“‘(]?$/.test(before);
  return startsText || SENTENCE_START_BEFORE.test(before) ? 'A peer' : PEER;
}

/** A form written with its final dot ("Tom R.") at the end of a sentence: the dot also ends the sentence. */
function keepsSentenceDot(match: string, text: string, offset: number): boolean {
  if (!match.endsWith('.')) return false;
  const after = text.slice(offset + match.length, offset + match.length + 3);
  return after === '' || /^(?:\s*$|\s*\n|\s+["'“‘(]?\p{Lu})/u.test(after);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
