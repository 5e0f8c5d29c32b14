/**
 * Member names as they appear in prose: the header display name ("Tom R."), its first word ("Tom"),
 * and, with a roster, the first name, "First Last" and "Mr./Ms./Mrs./Mx. Last". A bare last name is
 * not matched: it collides too often with staff names and places ("Dana Reyes", "Park").
 *
 * Names match case-sensitively as whole words ("Tom's" matches "Tom"; "will" never matches "Will").
 * First names that are also English words ("Will", "Hope", "Grace", "May") only match mid-sentence.
 */
import type { Attendee } from '../model/note';
import type { RosterPatient } from '../workspace/types';
import type { Match } from './lexicon';
import { MACROS } from './lexicons/loaded';
import { memoByString } from './memo';
import { nicknamesOf } from './nicknames';
import { allMatches, sentenceAt, type Prose } from './segment';

/** First names that are ordinary words, matched only when not starting a sentence. */
export const WORD_NAMES: ReadonlySet<string> = new Set([
  'Will',
  'May',
  'Hope',
  'Grace',
  'Faith',
  'Joy',
  'Art',
  'Bill',
  'Mark',
  'Rose',
  'June',
  'April',
  'August',
  'Max',
  'Pat',
  'Sue',
  'Guy',
  'Frank',
  'Grant',
  'Dawn',
  'Summer',
  'Crystal',
  'Amber',
  'Ruby',
  'Pearl',
  'Sky',
  'Autumn',
  'Iris',
  'Lily',
  'Holly',
  'Ivy',
  'Jack',
  'Carol',
  'Chase',
  'Cliff',
  'Dean',
  'Drew',
  'Glen',
  'Miles',
  'Page',
  'Reed',
  'Rich',
  'Rob',
  'Sandy',
  'Skip',
  'Stone',
  'Wade',
  'Victor',
  'Young',
  'Gene',
  'Patience',
  'Honor',
  'Charity',
  'Constance',
  'Harmony',
  'Melody',
  'Destiny',
  'Trinity',
  'Angel',
  'Star',
  'Misty',
  'Rusty',
  'Buddy',
  'Lance',
  'Nick',
  'Don',
  'Ray',
  'Hunter',
  'Taylor',
  'Parker',
  'Mason',
  'Cooper',
  'Baker',
  'Sterling',
  'Story',
  'Brook',
  'Brooke',
  'River',
  'Forest',
  'Sunny',
  'Happy',
  'Precious',
  'Blessing',
  'Gift',
]);

export interface NameForm {
  attendeeId: string;
  /** The form as it must appear in the text. */
  text: string;
  kind: 'display' | 'first' | 'nickname' | 'full' | 'honorific';
}

/**
 * The name forms of one attendee (with the roster record when there is one). Shared by every caller
 * (GN302, GN303 and GN304 each ask for every attendee of every note), so read-only: cached by the
 * roster record (the workspace's own object) and the attendee's id and name.
 */
export function nameForms(attendee: Attendee, patient?: RosterPatient): readonly NameForm[] {
  const key = `${attendee.id}\u0000${attendee.name}`;
  let byAttendee = formsCache.get(patient ?? NO_PATIENT);
  if (!byAttendee) {
    byAttendee = new Map();
    formsCache.set(patient ?? NO_PATIENT, byAttendee);
  }
  let forms = byAttendee.get(key);
  if (!forms) {
    forms = computeNameForms(attendee, patient);
    // Attendees without a roster record share one map: bounded, as the names come from edited text.
    if (byAttendee.size >= 5_000) byAttendee.clear();
    byAttendee.set(key, forms);
  }
  return forms;
}

const NO_PATIENT = {};
const formsCache = new WeakMap<object, Map<string, readonly NameForm[]>>();

function computeNameForms(attendee: Attendee, patient?: RosterPatient): readonly NameForm[] {
  const forms: NameForm[] = [];
  const add = (text: string | undefined, kind: NameForm['kind']) => {
    const trimmed = text?.trim();
    if (!trimmed || trimmed.length < 2 || !/^\p{Lu}/u.test(trimmed) || forms.some((form) => form.text === trimmed))
      return;
    forms.push({ attendeeId: attendee.id, text: trimmed, kind });
    // Notes often drop the accents of a name ("Jose" for "José", "Zoe" for "Zoë").
    const plain = withoutAccents(trimmed);
    if (plain !== trimmed && !forms.some((form) => form.text === plain))
      forms.push({ attendeeId: attendee.id, text: plain, kind });
  };
  add(attendee.name, 'display');
  add(attendee.name.replace(/\.$/, ''), 'display');
  const first = attendee.name.split(/\s+/)[0];
  // "DeShawn", "D'Andre", "Élodie": a capital, then letters, apostrophes or hyphens.
  const givenName = (word: string | undefined) => (word && /^\p{Lu}[\p{L}'’-]+$/u.test(word) ? word : undefined);
  if (givenName(first)) add(first, 'first');
  const rosterFirst = patient?.name?.first?.trim();
  const rosterLast = patient?.name?.last?.trim();
  if (rosterFirst) add(rosterFirst, 'first');
  // Short forms of the given name ("Gabe" for Gabriel): of the roster's first name, else the display name's.
  const given = rosterFirst ?? givenName(first);
  for (const nickname of given ? nicknamesOf(given) : []) if (nickname.length >= 3) add(nickname, 'nickname');
  if (rosterFirst && rosterLast) add(`${rosterFirst} ${rosterLast}`, 'full');
  if (rosterLast)
    for (const honorific of ['Mr.', 'Ms.', 'Mrs.', 'Mx.', 'Mr', 'Ms', 'Mrs', 'Mx', 'Miss'])
      add(`${honorific} ${rosterLast}`, 'honorific');
  return forms;
}

function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `offset` starts a sentence (or the content after a label). */
function startsSentence(prose: Prose, offset: number): boolean {
  const sentence = sentenceAt(prose, offset);
  if (!sentence) return false;
  const from = sentence.label && sentence.label.contentStart <= offset ? sentence.label.contentStart : sentence.start;
  // Scan back from the name to the sentence start; stops at the first letter or digit (usually the word before).
  const source = prose.source;
  for (
    let index = Math.min(offset, prose.base + source.length) - prose.base - 1;
    index >= Math.max(0, from - prose.base);
    index--
  ) {
    if (ALPHANUMERIC.test(source[index])) return false;
  }
  return true;
}

const ALPHANUMERIC = /[A-Za-z0-9]/;

/**
 * The leading run of letters of a name form ("Tom" for "Tom R.", "Mr" for "Mr. Reyes"): a form can only match where a
 * capitalised word of the text equals it.
 */
export function nameFormKey(text: string): string {
  return /^\p{L}*/u.exec(text)?.[0] ?? '';
}

/** Capitalised words of a text (maximal letter runs not preceded by a letter or digit): where a name form can start. */
export function capitalisedWords(source: string): Set<string> {
  const words = new Set<string>();
  for (const match of allMatches(CAPITALISED_WORD, source)) words.add(match[0]);
  return words;
}

const CAPITALISED_WORD = /(?<![\p{L}\p{N}])\p{Lu}\p{L}*/gu;

const patternCache = new Map<string, RegExp>();

/** Whole-word, case-sensitive pattern for a name form (cached: the same names are matched on every keystroke). */
function namePattern(text: string): RegExp {
  let pattern = patternCache.get(text);
  if (!pattern) {
    const trailingDot = text.endsWith('.');
    pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(text).replace(/ +/g, '\\s+')}${trailingDot ? '' : '(?![\\p{L}\\p{N}])'}`,
      'gu',
    );
    if (patternCache.size > 2000) patternCache.clear();
    patternCache.set(text, pattern);
  }
  return pattern;
}

/**
 * Words for the people in a member's life (lexicons/macros.yaml: <kin> and the social relations of
 * <person>): a name right after one of them, possessed ("her brother James", "his sponsor Tom", "my friend
 * Rosa"), or introduced by one ("a coworker named James"), is that person, not another group member.
 */
const RELATION_WORDS = [
  ...new Set(
    [...(MACROS.get('kin') ?? []), ...(MACROS.get('person') ?? [])]
      .filter((word) => !word.startsWith('<') && /^[a-z][a-z ]*$/i.test(word))
      .map((word) => word.toLowerCase()),
  ),
]
  .sort((a, b) => b.length - a.length)
  .map((word) => word.replace(/ /g, '[\\s-]+'));
/** Up to two words that describe the relation ("her next-door neighbor", "his old using buddy"), not a group role. */
const RELATION_MODIFIERS = String.raw`(?:(?!group\b|fellow\b)[a-z]+(?:-[a-z]+)*\s+){0,2}(?:ex-?\s*)?`;
const RELATION_BEFORE = new RegExp(
  String.raw`(?:\b(?:her|his|their|my|your|our|[A-Za-z]+['’]s)\s+` +
    RELATION_MODIFIERS +
    String.raw`(?:${RELATION_WORDS.join('|')})\s*,?\s*|\bnamed\s+)$`,
  'i',
);
/** An apposition after a name that says who the person is: "James, her brother," "Rosa (her sponsor)". */
const RELATION_AFTER = new RegExp(
  String.raw`^\s*(?:[,(]|\s(?:is|was|being)\s)\s*(?:her|his|their|my|the\s+member['’]s)\s+` +
    RELATION_MODIFIERS +
    String.raw`(?:${RELATION_WORDS.join('|')})\b`,
  'i',
);

/** Whether a name mention is someone in the member's life, introduced as such ("her brother James"). */
export function namesRelation(prose: Prose, start: number, end: number): boolean {
  const before = prose.source.slice(Math.max(0, start - prose.base - 60), start - prose.base);
  const after = prose.source.slice(end - prose.base, end - prose.base + 40);
  const relation = RELATION_BEFORE.exec(before);
  // "her brother James" or "her brother, James, ...": after a comma the name is an apposition only when it is closed
  // ("to be his sponsor, Marco agreed" starts a new clause with the member Marco).
  if (relation && (!relation[0].includes(',') || /^\s*(?:[,.;:)]|$)/.test(after))) return true;
  return RELATION_AFTER.test(after);
}

/**
 * Mentions of the given name forms in prose (longest form wins when forms overlap); names of relatives and friends
 * introduced as such are left out, and so are the other bare mentions of that name in the same prose: "His cousin
 * Marcus drove him to group; Marcus 'has my back'" speaks of the cousin twice (a member's display name, "Marcus B.",
 * still names the member).
 */
export function findNameMentions(prose: Prose, forms: readonly NameForm[]): (Match & { attendeeId: string })[] {
  const found: (Match & { attendeeId: string })[] = [];
  const relations = new Set<string>();
  const sorted = [...forms].sort((a, b) => b.text.length - a.text.length);
  for (const form of sorted) {
    if (!prose.source.includes(form.text.split(' ')[0])) continue;
    for (const match of allMatches(namePattern(form.text), prose.source)) {
      const start = prose.base + (match.index ?? 0);
      const end = start + match[0].length;
      if (found.some((other) => other.start < end && start < other.end)) continue;
      const bare = form.kind === 'first' || form.kind === 'nickname';
      if (bare && WORD_NAMES.has(form.text) && startsSentence(prose, start)) continue;
      if (namesRelation(prose, start, end)) {
        if (bare) relations.add(form.text);
        continue;
      }
      found.push({ start, end, text: match[0], entry: form.kind, attendeeId: form.attendeeId });
    }
  }
  return found
    .filter((mention) => !((mention.entry === 'first' || mention.entry === 'nickname') && relations.has(mention.text)))
    .sort((a, b) => a.start - b.start);
}

/** Lowercase words of every name form (for masking); read-only, cached per forms list (see {@link nameForms}). */
export function nameWords(forms: readonly NameForm[]): ReadonlySet<string> {
  let words = wordsCache.get(forms);
  if (!words) {
    const found = new Set<string>();
    for (const form of forms)
      for (const word of form.text.split(/[\s.]+/))
        if (word && !/^(?:mr|ms|mrs|mx|miss)$/i.test(word)) found.add(word.toLowerCase());
    words = found;
    wordsCache.set(forms, words);
  }
  return words;
}

const wordsCache = new WeakMap<readonly NameForm[], ReadonlySet<string>>();

/**
 * The words of a member's display name that the prose may use for the member ("Juan Carlos Reyes": Juan, Carlos,
 * Reyes; "Tom R.": Tom): each is the member as a subject, never another person (analysis.ts, namedPeople.ts). A
 * hyphenated name gives its parts too ("Mei-Ling": Mei-Ling, Mei, Ling), since the tokenizer reads "Mei-Ling" as two
 * words: without them the member's own name read as someone else's, and her quoted words as theirs.
 */
export function memberNameWords(displayName: string): readonly string[] {
  return nameWordsOf(displayName);
}

/** {@link memberNameWords}, memoised per name: each attendee's name is read for every other member's section. */
const nameWordsOf = memoByString(
  (displayName: string): readonly string[] =>
    displayName
      .trim()
      .split(/\s+/)
      .filter((word) => /^\p{Lu}[\p{L}'’-]+$/u.test(word))
      .flatMap((word) =>
        word.includes('-') ? [word, ...word.split('-').filter((part) => /^\p{Lu}/u.test(part))] : [word],
      ),
  5_000,
);

/**
 * The words of the other attendees' display names (AnalysisOptions.otherNames): every word memberNameWords keeps of
 * each name, once, and none of the member's own name words (`selfNames`): two attendees may share a first name, and the
 * member's own name is never another person.
 */
export function otherNameWords(otherNames: readonly string[], selfNames: readonly string[]): string[] {
  const own = new Set(selfNames.map((word) => word.toLowerCase()));
  const words: string[] = [];
  for (const name of otherNames)
    for (const word of memberNameWords(name))
      if (!own.has(word.toLowerCase()) && !words.includes(word)) words.push(word);
  return words;
}
