/**
 * Fingerprints that outlive a check: the workspace history (workspace/patientHistory.ts) keeps one per
 * member section and one per group layer of every note, and GN307 / GN708 compare a note with them.
 *
 * The measure is GN303's (similarity.ts): Dice over word 2-grams of masked tokens, within sentences,
 * labels dropped, "Intervention:" sentences dropped from a member section that has anything else. Only
 * the numbering differs: GN303's fingerprints number words in a vocabulary that is dropped now and
 * then, so they are comparable only within one batch; a history fingerprint must stay comparable for
 * as long as the server runs and must cross worker threads, so each masked word is hashed (32 bits)
 * and each shingle is the hash of its two words' hashes. The sorted, distinct shingle hashes are the
 * set; two different shingles share a hash with probability about 2^-32 per pair, which could only
 * nudge a similarity by one shingle (test/unit/patientHistory.test.ts checks the measure equals
 * GN303's over the fixtures).
 */
import type { Attendee, MemberSection, ParsedNote } from '../model/note';
import { asText, asTextList } from '../parse/values';
import { maskToken, MIN_COMPARABLE_TOKENS } from './similarity';
import { nameForms, nameWords } from './names';
import { knownSectionProse, narrativeProse, readableProse, sectionProse } from './section';
import { analyzeProse, type Prose } from './segment';

/** Sorted distinct 32-bit shingle hashes of one section (or group layer). */
export type HistoryPrint = Uint32Array;

/** FNV-1a over the UTF-16 code units of a masked word. */
function hashWord(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The masked forms recur in every section (a few thousand words): each is hashed once. */
const wordHashes = new Map<string, number>();
function wordHash(masked: string): number {
  let hash = wordHashes.get(masked);
  if (hash === undefined) {
    hash = hashWord(masked);
    if (wordHashes.size >= 50_000) wordHashes.clear();
    wordHashes.set(masked, hash);
  }
  return hash;
}

/** A 2-gram's hash (b = 0 for a one-word sentence): murmur3's finaliser over an ordered mix of the two. */
function shingleHash(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The fingerprint of an analysed prose, or undefined when it has fewer than MIN_COMPARABLE_TOKENS
 * masked words (too short to compare, as in GN303). `memberSection`: drop "Intervention:" sentences
 * when there is anything else (what the facilitator did is the same for everyone by nature).
 */
export function historyPrint(
  prose: Prose,
  nameWords: ReadonlySet<string>,
  memberSection = true,
): HistoryPrint | undefined {
  const skipInterventions = memberSection && prose.sentences.some((sentence) => sentence.segment !== 'intervention');
  const found: number[] = [];
  let count = 0;
  const hashes: number[] = [];
  for (const sentence of prose.sentences) {
    if (skipInterventions && sentence.segment === 'intervention') continue;
    const label = sentence.label;
    hashes.length = 0;
    for (const token of sentence.tokens) {
      if (label && label.start <= token.start && token.end <= label.end) continue;
      hashes.push(wordHash(maskToken(token, nameWords)));
    }
    count += hashes.length;
    if (hashes.length === 1) found.push(shingleHash(hashes[0], 0));
    for (let i = 0; i + 1 < hashes.length; i++) found.push(shingleHash(hashes[i], hashes[i + 1]));
  }
  if (count < MIN_COMPARABLE_TOKENS) return undefined;
  const sorted = Uint32Array.from(found).sort();
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++)
    if (i === 0 || sorted[i] !== sorted[distinct - 1]) sorted[distinct++] = sorted[i];
  return distinct === sorted.length ? sorted : sorted.slice(0, distinct);
}

/** Dice similarity of two history fingerprints (0 when either is missing), in one merge of the sorted lists. */
export function historySimilarity(a: HistoryPrint | undefined, b: HistoryPrint | undefined): number {
  if (!a || !b || !a.length || !b.length) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return (2 * shared) / (a.length + b.length);
}

/**
 * Fingerprints by section text and name words: an edit re-fingerprints only the section it touched,
 * and a note parsed twice by a batch (index pass, then the full check) is fingerprinted once. Bounded
 * like the other prose caches (dropped when full): it serves the notes being edited or checked now.
 */
const byText = new Map<string, HistoryPrint | null>();
const BY_TEXT_LIMIT = 4_000;

/** {@link historyPrint} of a text, analysed on demand and cached by text; `analysed` gives a prose already made. */
export function cachedHistoryPrint(
  text: string,
  nameWords: ReadonlySet<string>,
  memberSection: boolean,
  analysed?: () => Prose,
): HistoryPrint | undefined {
  const key = `${memberSection ? 'm' : 'g'}${[...nameWords].sort().join(' ')}\u0000${text}`;
  const hit = byText.get(key);
  if (hit !== undefined) return hit ?? undefined;
  const prose = analysed ? analysed() : analyzeProse(readableProse(text), 0);
  const print = historyPrint(prose, nameWords, memberSection);
  if (byText.size >= BY_TEXT_LIMIT) byText.clear();
  byText.set(key, print ?? null);
  return print;
}

/**
 * The group layer GN708 compares: the session's theme, its interventions and the group narrative, as
 * one text (theme and each intervention a sentence of their own).
 */
export function groupLayerText(note: ParsedNote): string {
  const theme = asText(note.header.get(['group', 'theme']))?.trim();
  const interventions = asTextList(note.header.value?.interventions);
  const lines = [theme, ...interventions.map((entry) => entry.trim())].filter((line): line is string => !!line);
  return `${lines.map((line) => `${line}.`).join('\n')}\n\n${narrativeProse(note).source}`;
}

/** The words of every attendee's name as the header gives it (the index has no roster): masked as `<name>`. */
function attendeeNameWords(note: ParsedNote): ReadonlySet<string> {
  const known = wordsByAttendees.get(note.attendees);
  if (known) return known;
  const words = new Set<string>();
  for (const attendee of note.attendees) for (const word of nameWords(nameForms(attendee))) words.add(word);
  wordsByAttendees.set(note.attendees, words);
  return words;
}

/**
 * {@link attendeeNameWords} per attendee list: a version whose header is unchanged has the same list (parseNote reads
 * it once per header object). Read only.
 */
const wordsByAttendees = new WeakMap<readonly Attendee[], ReadonlySet<string>>();

/** Fingerprints made already from the same text (see {@link rememberHistoryPrints}), per parse. */
const remembered = new WeakMap<ParsedNote, { members?: ReadonlyMap<string, HistoryPrint>; layer?: HistoryPrint }>();

/**
 * Tells {@link memberHistoryPrints} and {@link groupLayerPrint} what they give for `note`, made already from the same
 * text: a batch's index pass fingerprints every note, and its second pass (the cross-note rules, GN307 and GN708
 * among them) parses the note again, often in another thread. `members`: the index entry's sections (all of them:
 * leave it out when fingerprinting failed); `layer`: its group layer, when it has one.
 */
export function rememberHistoryPrints(
  note: ParsedNote,
  members: readonly { patientId: string; print: HistoryPrint }[] | undefined,
  layer: HistoryPrint | undefined,
): void {
  remembered.set(note, {
    ...(members ? { members: new Map(members.map(({ patientId, print }) => [patientId, print])) } : {}),
    ...(layer ? { layer } : {}),
  });
}

/**
 * The history fingerprint of each billable attendee's member section (the first one with their id), by
 * patient id; a section too short to compare has none.
 */
export function memberHistoryPrints(note: ParsedNote): Map<string, HistoryPrint> {
  const known = remembered.get(note)?.members;
  if (known) return new Map(known);
  const prints = new Map<string, HistoryPrint>();
  const words = attendeeNameWords(note);
  let wordsKey: string | undefined;
  for (const { attendee, section } of billableSectionsOf(note)) {
    const known = knownSectionProse(section);
    const print = known
      ? printOfProse(known, (wordsKey ??= [...words].sort().join(' ')), () =>
          cachedHistoryPrint(section.body, words, true, () => known),
        )
      : cachedHistoryPrint(section.body, words, true, () => sectionProse(section));
    if (print) prints.set(attendee.id, print);
  }
  return prints;
}

/**
 * A member section's fingerprint by its analysed prose (a function of the section's text, as the fingerprint is) and
 * the name words' key: an unchanged section of a new version of the document keeps its prose (reuseProse), and is
 * fingerprinted without building the text key of {@link cachedHistoryPrint}. One entry per prose (the last words' key);
 * a prose no longer referenced takes it with it.
 */
const byProse = new WeakMap<Prose, { wordsKey: string; print: HistoryPrint | undefined }>();

function printOfProse(
  prose: Prose,
  wordsKey: string,
  compute: () => HistoryPrint | undefined,
): HistoryPrint | undefined {
  const hit = byProse.get(prose);
  if (hit && hit.wordsKey === wordsKey) return hit.print;
  const print = compute();
  byProse.set(prose, { wordsKey, print });
  return print;
}

/** The history fingerprint of the note's group layer ({@link groupLayerText}), if long enough to compare. */
export function groupLayerPrint(note: ParsedNote): HistoryPrint | undefined {
  const known = remembered.get(note)?.layer;
  if (known) return known;
  return cachedHistoryPrint(groupLayerText(note), attendeeNameWords(note), false);
}

/** Billable attendees that have a member section, each with their first section. */
export function billableSectionsOf(note: ParsedNote): { attendee: Attendee; section: MemberSection }[] {
  const firstSection = new Map<string, MemberSection>();
  for (const section of note.sections)
    if (section.id !== undefined && !firstSection.has(section.id)) firstSection.set(section.id, section);
  const found: { attendee: Attendee; section: MemberSection }[] = [];
  const seen = new Set<string>();
  for (const attendee of note.attendees) {
    const section = attendee.billable && attendee.id ? firstSection.get(attendee.id) : undefined;
    if (!section || seen.has(attendee.id)) continue;
    seen.add(attendee.id);
    found.push({ attendee, section });
  }
  return found;
}
