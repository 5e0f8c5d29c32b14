/**
 * The clinical analysis of one piece of prose (a member section or the group narrative): each sentence's
 * clinical tokens, the lexicon matches of every family found in one pass, and ConText's attributes for
 * each target. The detectors (risk, elements, vague phrases, goals, telehealth statements, family ties)
 * read this one analysis; none scans the text again.
 *
 * Sentences come from the segmenter (segment.ts): free prose, SOAP / DAP / BIRP / GIRP / PIE and
 * labelled lines ("Risk:", "Mood/Affect:"), list items and checklists. A label's own words ("Mood/Affect:")
 * are not matched as content; its kind tells the detectors what the line documents.
 *
 * Memoised per prose and lexicons (and the name words: the member's, which end another person's scope:
 * "Mom reported that Jayden has been drinking", and the other attendees', who are other people), so a section whose
 * text did not change keeps its analysis.
 */
import { runToEnd } from '../model/steps';
import { defaultLexicons, type ClinicalLexicons } from './clinicalLexicons';
import { clinicalTokens, LINE_BREAK, type ClinicalToken } from './clinicalTokens';
import { SentenceContext } from './context';
import { datedTriggerHolds, sessionDateOf, type SessionDate } from './contextDates';
import { notMemberPronouns, syntheticModifier, THIRD_PERSON } from './contextPeople';
import type { Attributes, ModifierFields } from './contextTypes';
import { namedPeople, sentenceNamesAnAttendee } from './namedPeople';
import { sortedInPlace } from './inOrder';
import { insideAny, type Prose, type Sentence } from './segment';
import { longestNonOverlapping, type CompiledEntry, type EntryMatch } from './tokenMatcher';

/** A lexicon match of a target family with the ConText attributes it took. */
export interface Mention extends EntryMatch {
  family: string;
  attributes: Attributes;
  /** The sentence it is in (index into `ClinicalAnalysis.sentences`). */
  sentence: number;
}

export interface ClinicalSentence {
  sentence: Sentence;
  /** Clinical tokens of the sentence's content (after its label, if it has one). */
  tokens: ClinicalToken[];
  /** Target mentions of every family, in text order. */
  mentions: Mention[];
  context: SentenceContext;
}

export interface ClinicalAnalysis {
  prose: Prose;
  lexicons: ClinicalLexicons;
  sentences: ClinicalSentence[];
  /** Mentions of one family across the prose, in text order. */
  mentions(family: string): readonly Mention[];
  /** The subject pronouns that are not the member's in this paragraph ("he" in a paragraph about her). */
  notMemberPronouns: ReadonlySet<string>;
}

export interface AnalysisOptions {
  lexicons?: ClinicalLexicons;
  /** Words of the member's own name: the member as a subject ends another person's scope. */
  selfNames?: readonly string[];
  /**
   * Words of the other attendees' names (the note header's `attendees`, not the section's member: memberProseOptions,
   * otherNameWords): such a word is another person wherever it is used as a name, whatever its shape (namedPeople.ts).
   */
  otherNames?: readonly string[];
  /** The session's date (the note header's `date`, YYYY-MM-DD): a year in the prose is read against it (context.ts). */
  sessionDate?: string;
  /**
   * The member's plan has a tobacco or nicotine goal (the goal vocabulary's `smoking` concept; see `targetsNicotine`):
   * nicotine use (lexicon field `nicotine`) is then a substance disclosure wherever it is told; without it, only in a
   * paragraph that treats it as a target (eval/GUIDE.md, "Tobacco, coffee, food"). Read after the analysis (risk.ts).
   */
  nicotineGoal?: boolean;
}

const cache = new WeakMap<Prose, Map<string, Computed>>();

/** The analysis of `prose` (memoised per lexicons and name words, and the session's month when it dates a trigger). */
export function analyseClinical(prose: Prose, options: AnalysisOptions = {}): ClinicalAnalysis {
  const ready = knownOrPending(prose, options);
  return 'pending' in ready ? remember(prose, ready.key, ready.undated, runToEnd(ready.pending())) : ready;
}

/**
 * The same analysis, one sentence per step: the language server runs the steps in time slices so that
 * a long note never holds up hover, completion or other documents (issue 16). The finished analysis is
 * memoised exactly as {@link analyseClinical} memoises it; an abandoned run leaves nothing behind.
 */
export function* analyseClinicalSteps(
  prose: Prose,
  options: AnalysisOptions = {},
): Generator<void, ClinicalAnalysis, void> {
  const ready = knownOrPending(prose, options);
  return 'pending' in ready ? remember(prose, ready.key, ready.undated, yield* ready.pending()) : ready;
}

/** An analysis still to compute: its steps, and the keys it is remembered under. */
interface Pending {
  pending: () => Generator<void, Computed, void>;
  key: string;
  undated: string;
}

/**
 * The analysis already made (under this key, or without the other attendees' names where none is named), else the
 * computation of a new one, which takes over the sentences of an earlier analysis where they read the same: one
 * sequence for {@link analyseClinical} and {@link analyseClinicalSteps}.
 */
function knownOrPending(prose: Prose, options: AnalysisOptions): ClinicalAnalysis | Pending {
  const { lexicons, names, others, session, key, undated } = analysisKey(options);
  const known = recalled(prose, key, undated, session);
  if (known) return known;
  const plain = withoutOthers(prose, lexicons, names, others, session);
  const served = recalledWithoutOthers(prose, key, plain);
  if (served) return served;
  const takeOver = sentencesToTakeOver(prose, lexicons, names, others, undated, plain);
  return { pending: () => computeAnalysis(prose, lexicons, names, others, session, takeOver), key, undated };
}

/**
 * `key`: lexicons, name words (the member's, and the other attendees': the analysis itself reads both, where it decides
 * who is named: the member's name modifiers and namedPeople, so the other attendees' names are part of the key) and the
 * session's month. `undated`: the same without the session, for the analysis in
 * which no dated trigger holds (see {@link Computed}): it serves every session date under which none holds either, and
 * no session date at all. The note index reads progress without the session date and GN301 with it: one analysis
 * serves both unless the prose names a time before the session.
 */
function analysisKey(options: AnalysisOptions): AnalysisKey {
  // The detectors ask for a section's analysis many times with one shared options object (memberProseOptions).
  let known = keysByOptions.get(options);
  if (!known) {
    const lexicons = options.lexicons ?? defaultLexicons();
    const names = options.selfNames?.length ? options.selfNames : NO_NAMES;
    const others = options.otherNames?.length ? options.otherNames : NO_NAMES;
    known = keyOf(lexicons, names, others, sessionDateOf(options.sessionDate));
    keysByOptions.set(options, known);
  }
  return known;
}

type AnalysisKey = ReturnType<typeof keyOf>;
const keysByOptions = new WeakMap<AnalysisOptions, AnalysisKey>();

function keyOf(
  lexicons: ClinicalLexicons,
  names: readonly string[],
  others: readonly string[],
  session: SessionDate | undefined,
) {
  const members = others === NO_NAMES ? '' : `\u0003${others.join('\u0000')}`;
  const named =
    names === NO_NAMES && others === NO_NAMES
      ? String(lexicons.id)
      : `${lexicons.id}\u0000${names.join('\u0000')}${members}`;
  const key = session ? `${named}\u0001${session.year}-${session.month}` : named;
  return { lexicons, names, others, session, key, undated: `${named}\u0002` };
}

function recalled(
  prose: Prose,
  key: string,
  undated: string,
  session: SessionDate | undefined,
): ClinicalAnalysis | undefined {
  const byKey = cache.get(prose);
  if (!byKey) return undefined;
  const exact = byKey.get(key);
  if (exact) return exact.analysis;
  const neutral = byKey.get(undated);
  if (!neutral || neutral.dated.some(({ tokens, match }) => datedTriggerHolds(tokens, match, session)))
    return undefined;
  // Kept under this session's key too: the detectors ask for the analysis many times per check.
  if (byKey.size >= 8) {
    byKey.clear();
    byKey.set(undated, neutral);
  }
  byKey.set(key, neutral);
  return neutral.analysis;
}

/**
 * The analysis already made of `prose` without the other attendees' names (the note index reads progress so:
 * memberProseOptions without the note), valid under `session`; undefined when there is none or when `others` is empty.
 */
function withoutOthers(
  prose: Prose,
  lexicons: ClinicalLexicons,
  names: readonly string[],
  others: readonly string[],
  session: SessionDate | undefined,
): PlainAnalysis | undefined {
  if (others === NO_NAMES) return undefined;
  const plain = keyOf(lexicons, names, NO_NAMES, session);
  const analysis = recalled(prose, plain.key, plain.undated, session);
  return analysis && { analysis, plainKey: plain.key, namesAnAttendee: sentenceNamesAnAttendee(names, others) };
}

/**
 * An analysis made without the other attendees' names ({@link withoutOthers}), and whether a sentence (its tokens)
 * names one of them: the other attendees' names reach an analysis only through namedPeople, whose answer for a sentence
 * that names none of them is the same with and without them (namesAnAttendee).
 */
interface PlainAnalysis extends SentenceSource {
  plainKey: string;
}

/**
 * An analysis of the same prose with the same lexicons and member's names, whose sentences computeAnalysis takes over
 * where they are analysed the same: those without a dated trigger (the session date changes an analysis only through
 * them) in which `namesAnAttendee` finds none of the other attendees named (their names change it only there).
 */
interface SentenceSource {
  analysis: ClinicalAnalysis;
  namesAnAttendee: (tokens: readonly ClinicalToken[]) => boolean;
}

/**
 * The analysis whose sentences a new analysis of `prose` takes over ({@link SentenceSource}): the one made with the
 * same names under a session date in which no dated trigger held (the note index's, made without a date, when the
 * rules' date makes a year in the prose the past), else one made without the other attendees' names.
 */
function sentencesToTakeOver(
  prose: Prose,
  lexicons: ClinicalLexicons,
  names: readonly string[],
  others: readonly string[],
  undated: string,
  plain: PlainAnalysis | undefined,
): SentenceSource | undefined {
  const byKey = cache.get(prose);
  if (!byKey) return undefined;
  const same = byKey.get(undated);
  if (same) return { analysis: same.analysis, namesAnAttendee: NAMES_NONE };
  if (plain || others === NO_NAMES) return plain;
  const neutral = byKey.get(keyOf(lexicons, names, NO_NAMES, undefined).undated);
  return neutral && { analysis: neutral.analysis, namesAnAttendee: sentenceNamesAnAttendee(names, others) };
}

/**
 * The analysis made without the other attendees' names, when no sentence of the prose names one of them: the analysis
 * with the names would be the same (see {@link PlainAnalysis}). Kept under this key too; each member section is then
 * analysed once for the index and the rules. (When some sentence names one, computeAnalysis still takes over the
 * plain analysis of every other sentence.)
 */
function recalledWithoutOthers(
  prose: Prose,
  key: string,
  plain: PlainAnalysis | undefined,
): ClinicalAnalysis | undefined {
  if (!plain) return undefined;
  const { analysis } = plain;
  if (analysis.sentences.some((sentence) => plain.namesAnAttendee(wordsOf(sentence)))) return undefined;
  const byKey = cache.get(prose) as Map<string, Computed>;
  if (byKey.size >= 8) {
    byKey.clear();
    byKey.set(plain.plainKey, { analysis, dated: [], held: true });
  }
  byKey.set(key, { analysis, dated: [], held: true });
  return analysis;
}

function remember(prose: Prose, key: string, undated: string, computed: Computed): ClinicalAnalysis {
  let byKey = cache.get(prose);
  if (!byKey) {
    byKey = new Map();
    cache.set(prose, byKey);
  }
  if (byKey.size >= 8) byKey.clear();
  byKey.set(computed.held ? key : undated, computed);
  return computed.analysis;
}

/**
 * An analysis, with the matches of its dated triggers and whether one held under its session date: the session date
 * changes an analysis only through them (a dated trigger that does not hold is no trigger), so an analysis in which
 * none held is the analysis for any session date under which none holds.
 */
interface Computed {
  analysis: ClinicalAnalysis;
  dated: { tokens: readonly ClinicalToken[]; match: EntryMatch }[];
  held: boolean;
}

const NO_NAMES: readonly string[] = [];
const NAMES_NONE = () => false;

/** A synthetic modifier for the member's name: a "self" subject with a one-token scope. */
const NAME_ENTRY = syntheticModifier(
  -1,
  'member-name',
  '<member name>',
  'The member named in their own section',
  'self',
  1,
);

function* computeAnalysis(
  prose: Prose,
  lexicons: ClinicalLexicons,
  names: readonly string[],
  others: readonly string[],
  session: SessionDate | undefined,
  /** An analysis of the same prose whose sentences are taken over where they are analysed the same (SentenceSource). */
  plain?: SentenceSource,
): Generator<void, Computed, void> {
  const dated: Computed['dated'] = [];
  let held = false;
  const sentences: ClinicalSentence[] = [];
  const byFamily = new Map<string, Mention[]>();
  // The same pronouns for the same prose and names.
  const notMember = plain ? plain.analysis.notMemberPronouns : notMemberPronouns(prose.source, names);
  const pronouns = notMember.size ? [...notMember].sort() : NO_NAMES;
  const inputs: ShapeInputs = {
    names,
    others,
    session,
    notMember,
    namesAnAttendee: others === NO_NAMES ? NAMES_NONE : sentenceNamesAnAttendee(names, others),
    pronouns,
    plainKey: JSON.stringify([[], [], '', pronouns, []]),
  };
  for (const sentence of prose.sentences) {
    const same = plain?.analysis.sentences[sentences.length];
    if (same && same.sentence === sentence && !withDatedTrigger.has(same) && !plain?.namesAnAttendee(wordsOf(same))) {
      // Each family's mentions in the order computed below pushes them (sorted by start when the analysis ends).
      for (const mention of same.mentions) {
        const all = byFamily.get(mention.family);
        if (all) all.push(mention);
        else byFamily.set(mention.family, [mention]);
      }
      sentences.push(same);
      yield;
      continue;
    }
    const contentStart = sentence.label ? sentence.label.contentStart : sentence.start;
    const text = contentStart > sentence.start ? sentence.text.slice(contentStart - sentence.start) : sentence.text;
    const zero = rememberedByText(tokensBySentence, text, () => clinicalTokens(text));
    const base = Math.max(contentStart, sentence.start);
    const quoted = quotedTokens(prose, zero, base);
    const shape = sentenceShape(lexicons, text, zero, inputs, quoted);
    const mentions = shape.sorted.length ? placedMentions(shape, zero, base, sentences.length, byFamily) : [];
    if (shape.dated.length) {
      // datesBeforeSession reads the tokens' words and the match's token indexes only: offset 0 serves.
      for (const match of shape.dated) dated.push({ tokens: zero, match: placedMatch(match, zero, 0) });
      if (shape.held) held = true;
    }
    const analysed = new AnalysedSentence(sentence, zero, base, mentions, shape.context);
    if (shape.dated.length) withDatedTrigger.add(analysed);
    sentences.push(analysed);
    yield;
  }
  for (const list of byFamily.values()) sortedInPlace(list, byStart);
  const analysis: ClinicalAnalysis = {
    prose,
    lexicons,
    sentences,
    mentions: (family) => byFamily.get(family) ?? NO_MENTIONS,
    notMemberPronouns: notMember,
  };
  return { analysis, dated, held };
}

/**
 * What the analysis of one sentence comes to apart from where the sentence stands: its ConText reading (which works on
 * token indexes only), its mentions as token spans of their families, and its dated triggers. A sentence of the same
 * content text reads the same wherever it stands, in whichever prose, under the same {@link shapeKey}: so a batch's
 * repeated lines (and the text a clinician carries forward from note to note) are read once. Each occurrence gets
 * tokens and mentions of its own, at its own offsets ({@link placedMentions}); the mentions of one shape share their
 * ConText attributes, worked out when a detector first asks for them (never changed once made).
 */
interface SentenceShape {
  context: SentenceContext;
  /** The mentions, in the order the analysis pushes them into its families' lists. */
  pushed: readonly { match: SentenceMatch; family: string }[];
  /** Indexes into `pushed`, in the sentence's own order of mentions (by start). */
  sorted: readonly number[];
  /** Each pushed mention's ConText attributes, once read. */
  attributes: (Attributes | undefined)[];
  /** Matches of the dated triggers (held under the session or not: see {@link Computed}). */
  dated: readonly SentenceMatch[];
  /** Whether one of them holds under the session's date. */
  held: boolean;
}

/**
 * The key under which a sentence's analysis is the same: everything computeAnalysis reads for it besides its content
 * text. The member's name words the sentence holds (a name word elsewhere in the section changes nothing here: it is
 * read through names.includes(token.raw) alone); the other attendees' names only where the sentence names one of them
 * (sentenceNamesAnAttendee: elsewhere namedPeople answers the same without them), and then the member's names in full
 * (attendeeWords leaves the member's words out of theirs); which dated triggers hold under the session's date (the
 * only way the date reaches a sentence: datesBeforeSession); the paragraph's pronouns that are not the member's, and
 * which tokens stand inside quotes (the only things of the rest of the prose it reads). The compiled lexicons choose
 * the map; the key (JSON, the parts kept apart) chooses the map of texts in which the shape is looked up.
 */
function shapeKey(
  zero: readonly ClinicalToken[],
  matches: readonly SentenceMatch[],
  { names, others, session, namesAnAttendee: naming, pronouns, plainKey }: ShapeInputs,
  quoted: ReadonlySet<number> | undefined,
): string {
  const namesAnAttendee = naming(zero);
  let ownNames = namesAnAttendee ? names : NO_NAMES;
  if (!namesAnAttendee)
    for (const name of names)
      if (zero.some((token) => token.raw === name)) ownNames = ownNames === NO_NAMES ? [name] : [...ownNames, name];
  let holds = '';
  for (const match of matches)
    if (match.entry.family === 'context' && sessionDependent(match.entry.fields as unknown as ModifierFields))
      holds += datedTriggerHolds(zero, match as EntryMatch, session) ? '1' : '0';
  if (!namesAnAttendee && ownNames === NO_NAMES && holds === '' && !quoted) return plainKey;
  return JSON.stringify([ownNames, namesAnAttendee ? others : [], holds, pronouns, quoted ? [...quoted] : []]);
}

/** A sentence's analysis shape ({@link SentenceShape}), kept per compiled lexicons, {@link shapeKey} and text. */
function sentenceShape(
  lexicons: ClinicalLexicons,
  text: string,
  zero: readonly ClinicalToken[],
  inputs: ShapeInputs,
  quoted: ReadonlySet<number> | undefined,
): SentenceShape {
  const matches = zero.length ? sentenceMatches(lexicons, text, zero) : NO_MATCHES;
  if (!sentenceShapesEnabled) return computeShape(lexicons, zero, matches, inputs, quoted);
  let store = shapesBySentence.get(lexicons);
  if (!store) {
    store = { byKey: new Map(), size: 0 };
    shapesBySentence.set(lexicons, store);
  }
  const key = shapeKey(zero, matches, inputs, quoted);
  let byText = store.byKey.get(key);
  let shape = byText?.get(text);
  if (!shape) {
    shape = computeShape(lexicons, zero, matches, inputs, quoted);
    if (store.size >= SENTENCE_SHAPES) {
      store.byKey.clear();
      store.size = 0;
      byText = undefined;
    }
    if (!byText) {
      byText = new Map();
      store.byKey.set(key, byText);
    }
    byText.set(text, shape);
    store.size++;
  }
  return shape;
}

/** What a prose's analysis gives each of its sentences' shapes to read (see {@link shapeKey}). */
interface ShapeInputs {
  names: readonly string[];
  others: readonly string[];
  session: SessionDate | undefined;
  notMember: ReadonlySet<string>;
  /** sentenceNamesAnAttendee for these names, made once per analysis. */
  namesAnAttendee: (tokens: readonly ClinicalToken[]) => boolean;
  /** `notMember`, sorted, for the key. */
  pronouns: readonly string[];
  /** The key of a sentence with none of the member's names, no other attendee named, no dated trigger, no quote. */
  plainKey: string;
}

/** Shapes by key, then by content text; `size` counts them all. */
const shapesBySentence = new WeakMap<
  ClinicalLexicons,
  { byKey: Map<string, Map<string, SentenceShape>>; size: number }
>();
const NO_MATCHES: readonly EntryMatch[] = [];
/** Sentence shapes kept per compiled lexicons; cleared (not evicted) when full, as the tokens and matches are. */
const SENTENCE_SHAPES = 10_000;
let sentenceShapesEnabled = true;

/**
 * Whether sentences of the same text and key share one analysis shape across proses (on by default); tests turn it off
 * to compare with the analysis made sentence by sentence anew.
 */
export function shareSentenceShapes(enabled: boolean): void {
  sentenceShapesEnabled = enabled;
}

/** The analysis of one sentence from its tokens at offset 0 and their lexicon matches (see {@link SentenceShape}). */
function computeShape(
  lexicons: ClinicalLexicons,
  tokens: readonly ClinicalToken[],
  matches: readonly EntryMatch[],
  { names, others, session, notMember }: ShapeInputs,
  quoted: ReadonlySet<number> | undefined,
): SentenceShape {
  const dated: EntryMatch[] = [];
  let held = false;
  const modifiers: EntryMatch[] = [];
  const terminators: EntryMatch[] = [];
  const targetsByFamily = new Map<string, EntryMatch[]>();
  for (const match of matches) {
    const family = match.entry.family;
    if (family === 'context') {
      const fields = match.entry.fields as unknown as ModifierFields;
      // A year dates a trigger only before the session (context.ts); otherwise it is no trigger at all.
      if (sessionDependent(fields)) {
        dated.push(match);
        if (!datedTriggerHolds(tokens, match, session)) continue;
        held = true;
      }
      if (fields.direction === 'terminate') terminators.push(match);
      else modifiers.push(match);
      continue;
    }
    // Words inside quotes are the member's own; "I" and "we" there are the member, not the clinician.
    const list = targetsByFamily.get(family);
    if (list) list.push(match);
    else targetsByFamily.set(family, [match]);
  }
  if (names.length) {
    for (let index = 0; index < tokens.length; index++)
      // The member's name as a possessor names someone else ("Beatrix's daughter's friend was found not breathing").
      if (names.includes(tokens[index].raw) && tokens[index + 1]?.norm !== "'s")
        modifiers.push({
          entry: NAME_ENTRY,
          startToken: index,
          endToken: index + 1,
          start: tokens[index].start,
          end: tokens[index].end,
        });
  }
  modifiers.push(...namedPeople(tokens, names, others));
  const resolved = resolveModifiers(modifiers, tokens);
  const resolvedModifiers = terminators.length
    ? resolved.concat(terminators.filter((match) => !insideLongerTrigger(match, resolved)))
    : resolved;
  const context = new SentenceContext(tokens, resolvedModifiers, lexicons.context, quoted, notMember);
  const pushed: { match: SentenceMatch; family: string; start: number }[] = [];
  for (const [family, list] of targetsByFamily) {
    // Stock phrases are all kept (vague.ts merges them for display, keeping every phrase's name); so are goal
    // concepts, since one phrase may speak of two ("pills": medication and substance use; goals.ts reads both);
    // telehealth statements too: a location and an audio-only reason may share words ("pt driving home" is both),
    // so telehealth.ts resolves overlaps within each statement and its near-misses only.
    const kept = RESOLVED_BY_DETECTOR.has(family)
      ? withoutPseudo(list, tokens)
      : longestNonOverlapping(withoutSenses(list));
    for (const match of kept) {
      if (match.entry.fields.pseudo === true) continue;
      pushed.push({
        match: { entry: match.entry, startToken: match.startToken, endToken: match.endToken },
        family,
        start: match.start,
      });
    }
  }
  const sorted = sortedInPlace(
    pushed.map((_, at) => at),
    (a, b) => pushed[a].start - pushed[b].start,
  );
  const risk = sorted.filter((at) => pushed[at].family === 'risk').map((at) => pushed[at].match);
  if (risk.length > 1) context.setRiskSpans(risk);
  return {
    context,
    pushed: pushed.map(({ match, family }) => ({ match, family })),
    sorted,
    attributes: [],
    dated: dated.map(({ entry, startToken, endToken }) => ({ entry, startToken, endToken })),
    held,
  };
}

/**
 * The mentions of one occurrence of a sentence shape, at the offsets of its own tokens: each pushed into its family's
 * list of the analysis in the order the shape pushed it; returned in the sentence's order.
 */
function placedMentions(
  shape: SentenceShape,
  zero: readonly ClinicalToken[],
  base: number,
  sentence: number,
  byFamily: Map<string, Mention[]>,
): Mention[] {
  const placed: Mention[] = [];
  for (let at = 0; at < shape.pushed.length; at++) {
    const { match, family } = shape.pushed[at];
    const mention = new LazyMention(placedMatch(match, zero, base), family, shape, at, sentence);
    placed.push(mention);
    const all = byFamily.get(family);
    if (all) all.push(mention);
    else byFamily.set(family, [mention]);
  }
  return shape.sorted.map((at) => placed[at]);
}

/** A match of a shape at the offsets of an occurrence whose tokens at offset 0 are `zero` and start at `base`. */
function placedMatch(
  { entry, startToken, endToken }: SentenceMatch,
  zero: readonly ClinicalToken[],
  base: number,
): EntryMatch {
  return { entry, startToken, endToken, start: zero[startToken].start + base, end: zero[endToken - 1].end + base };
}

const NO_MENTIONS: readonly Mention[] = [];

/** Whether a trigger holds only under some session dates (a past date, `dated`; a recent one, `recentDate`). */
function sessionDependent(fields: ModifierFields): boolean {
  return fields.dated === true || fields.recentDate === true;
}

/** Analysed sentences with a dated trigger, held or not: their analysis depends on the session date. */
const withDatedTrigger = new WeakSet<ClinicalSentence>();
const byStart = (a: Mention, b: Mention) => a.start - b.start;

/**
 * A mention whose ConText attributes are read when a detector first asks for them. Most mentions are never asked
 * (goal words, participation and mood words after the first that counts), and reading a target's context is most of
 * an analysis's time; the sentence's context does not change, so the answer is the same whenever it is read, and every
 * occurrence of the sentence's shape reads it once (see {@link SentenceShape}). `attributes` is a getter of the class,
 * so a spread copy (`{ ...mention }`) must set it (risk.ts does): objects of one shape, cheaper to make and to read
 * than literals that each carry their own accessor.
 */
class LazyMention implements Mention {
  readonly entry: CompiledEntry;
  readonly startToken: number;
  readonly endToken: number;
  readonly start: number;
  readonly end: number;
  readonly family: string;
  readonly sentence: number;
  readonly #shape: SentenceShape;
  /** Its place in the shape's mentions, whose attributes every occurrence of the shape shares. */
  readonly #slot: number;

  constructor(match: EntryMatch, family: string, shape: SentenceShape, slot: number, sentence: number) {
    this.entry = match.entry;
    this.startToken = match.startToken;
    this.endToken = match.endToken;
    this.start = match.start;
    this.end = match.end;
    this.family = family;
    this.sentence = sentence;
    this.#shape = shape;
    this.#slot = slot;
  }

  get attributes(): Attributes {
    const shape = this.#shape;
    return (shape.attributes[this.#slot] ??= shape.context.attributesOf(
      this.startToken,
      this.endToken,
      this.family,
      this.entry,
    ));
  }
}

/**
 * An analysed sentence. Its tokens at the note's offsets are placed when a detector first reads them (most never read
 * them: the analysis itself and the shapes work from the tokens at offset 0), then kept: every read gets one array.
 */
class AnalysedSentence implements ClinicalSentence {
  readonly sentence: Sentence;
  readonly mentions: Mention[];
  readonly context: SentenceContext;
  /** The content's tokens at offset 0 (shared by every sentence of the same text) and where the content starts. */
  readonly #zero: readonly ClinicalToken[];
  readonly #base: number;
  #tokens: ClinicalToken[] | undefined;

  constructor(
    sentence: Sentence,
    zero: readonly ClinicalToken[],
    base: number,
    mentions: Mention[],
    context: SentenceContext,
  ) {
    this.sentence = sentence;
    this.mentions = mentions;
    this.context = context;
    this.#zero = zero;
    this.#base = base;
  }

  get tokens(): ClinicalToken[] {
    return (this.#tokens ??= placedTokens(this.#zero, this.#base));
  }

  /** The tokens at offset 0: for readers of their words and indexes only (see {@link wordsOf}). */
  get zeroTokens(): readonly ClinicalToken[] {
    return this.#zero;
  }
}

/**
 * A sentence's tokens for a reader of their words, kinds and indexes only (never their offsets): those at offset 0
 * when the sentence is one this module analysed, so that reading them places nothing.
 */
export function wordsOf(sentence: ClinicalSentence): readonly ClinicalToken[] {
  return sentence instanceof AnalysedSentence ? sentence.zeroTokens : sentence.tokens;
}

/**
 * The clinical tokens of one sentence whose first character is at offset `base`, from its tokens at offset 0
 * (remembered by its text: tokens are a pure function of the text, their offsets aside, and a batch's notes repeat
 * their template lines, as a section's other sentences repeat while a clinician types). Each call gets its own.
 */
function placedTokens(tokens: readonly ClinicalToken[], base: number): ClinicalToken[] {
  const placed: ClinicalToken[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const { start, end, raw, norm, kind } = tokens[index];
    placed.push({ start: start + base, end: end + base, raw, norm, kind });
  }
  return placed;
}

/** Tokens at offset 0, by sentence text (see {@link placedTokens}). */
const tokensBySentence = new Map<string, readonly ClinicalToken[]>();

/**
 * The lexicon matches of one sentence, remembered by its text per compiled lexicons: while a clinician types, only the
 * sentence under the cursor is new, and a section's other sentences (and the same template lines in every note of a
 * batch) are not matched again. Tokens are a pure function of the text, so token indexes carry over; offsets are taken
 * from this sentence's own tokens.
 */
function sentenceMatches(
  lexicons: ClinicalLexicons,
  text: string,
  zero: readonly ClinicalToken[],
): readonly EntryMatch[] {
  let byText = matchesBySentence.get(lexicons);
  if (!byText) {
    byText = new Map();
    matchesBySentence.set(lexicons, byText);
  }
  // At offset 0, as the tokens they are read with (`zero`, the text's tokens at offset 0): the same objects serve every
  // occurrence of the text (the analysis reads their token indexes; nothing changes them).
  return rememberedByText(byText, text, () =>
    lexicons.matcher.matchAll(zero).map(({ entry, startToken, endToken }) => ({
      entry,
      startToken,
      endToken,
      start: zero[startToken].start,
      end: zero[endToken - 1].end,
    })),
  );
}

const matchesBySentence = new WeakMap<ClinicalLexicons, Map<string, readonly EntryMatch[]>>();
type SentenceMatch = Pick<EntryMatch, 'entry' | 'startToken' | 'endToken'>;
/** Enough for the notes open in an editor and a batch's repeated lines; cleared (not evicted) when full. */
const REMEMBERED_SENTENCES = 20_000;

/** The value remembered for a sentence's text, computed on first use; a full map starts over (a bound, not an LRU). */
function rememberedByText<T>(byText: Map<string, T>, text: string, compute: () => T, limit = REMEMBERED_SENTENCES): T {
  let value = byText.get(text);
  if (value === undefined) {
    value = compute();
    if (byText.size >= limit) byText.clear();
    byText.set(text, value);
  }
  return value;
}

/**
 * Whether a label's slot is left blank (`blank: true` pseudo-entries, responses.yaml): underscores or a wide gap after
 * the colon ("Safety plan: ______"), the sentence's or the line's end, or the next label straight after ("Risk level:
 * Safety plan:"). A label followed by its content ("safety plan: separate groups this week") is filled in.
 */
function blankAfter(tokens: readonly ClinicalToken[], match: EntryMatch): boolean {
  const next = tokens[match.endToken];
  if (!next || next.norm === LINE_BREAK) return true;
  if (next.start - tokens[match.endToken - 1].end > 3) return true;
  if (!/^[A-Z]/.test(next.raw)) return false;
  for (let index = match.endToken + 1; index < Math.min(tokens.length, match.endToken + 5); index++)
    if (tokens[index].norm === ':') return true;
  return false;
}

/** Families whose overlapping matches are all kept: their detectors resolve overlaps themselves. */
const RESOLVED_BY_DETECTOR: ReadonlySet<string> = new Set(['vague', 'goal', 'telehealth', 'response']);

/**
 * Matches that no word sense overlaps: an `otherSense` pseudo-entry names a word of a risk's vocabulary in another
 * sense by the words around it ("a pot of chili", "granola bars", "knee joint pain", "flu shots"), and hides every
 * trigger of its category that takes in any of its words, longer or not ("ate two granola bars" is no "ate ... bars").
 * A trigger that runs past the sense on both sides keeps its reading: its own words carry it, the sense is only a
 * phrase it passes through ("skipped her Vivitrol shot so she could drink": the shot is an injection, the skipping is
 * the risk).
 */
function withoutSenses(matches: readonly EntryMatch[]): readonly EntryMatch[] {
  let senses: EntryMatch[] | undefined;
  for (const match of matches) if (match.entry.fields.otherSense === true) (senses ??= []).push(match);
  if (!senses) return matches;
  const found = senses;
  return matches.filter(
    (match) =>
      match.entry.fields.pseudo === true ||
      !found.some(
        (sense) =>
          sense.entry.fields.category === match.entry.fields.category &&
          sense.startToken < match.endToken &&
          match.startToken < sense.endToken &&
          !(match.startToken < sense.startToken && sense.endToken < match.endToken),
      ),
  );
}

/** Matches that no pseudo-entry of the same family covers. */
function withoutPseudo(matches: readonly EntryMatch[], tokens: readonly ClinicalToken[]): EntryMatch[] {
  const pseudo = matches.filter(
    (match) => match.entry.fields.pseudo === true && (match.entry.fields.blank !== true || blankAfter(tokens, match)),
  );
  return matches.filter(
    (match) =>
      match.entry.fields.pseudo !== true &&
      !pseudo.some((other) => other.startToken <= match.startToken && match.endToken <= other.endToken),
  );
}

/**
 * Overlapping triggers, as ConText resolves them: a pseudo-trigger hides every trigger it overlaps that is not
 * longer than it ("no change in" hides "no"; one with a category, only the triggers of that category), but not a
 * trigger of exactly its words: a lexicon that gives one phrase both readings means both (a veiled disclosure hides the
 * condition it opens with and affirms what is told); among triggers of one category the longest wins; triggers of
 * different categories may overlap ("plan" is both a topic marker in "craving plan" and a future act).
 */
function resolveModifiers(modifiers: readonly EntryMatch[], tokens: readonly ClinicalToken[]): EntryMatch[] {
  if (modifiers.length < 2) return modifiers.slice();
  const pseudo = modifiers.filter((match) => directionOf(match) === 'pseudo');
  const real = modifiers.filter(
    (match) =>
      directionOf(match) !== 'pseudo' &&
      !pseudo.some(
        (other) =>
          other.startToken < match.endToken &&
          match.startToken < other.endToken &&
          !conditionBefore(other, match) &&
          other.endToken - other.startToken >= match.endToken - match.startToken &&
          !(other.startToken === match.startToken && other.endToken === match.endToken) &&
          hidesCategory(other, match) &&
          !reportedSubject(other, match, tokens),
      ),
  );
  const byCategory = new Map<string, EntryMatch[]>();
  for (const match of real) {
    // Competing categories resolve their overlaps together ("does not endorse" hides "endorse"); a
    // backward trigger does not hide a forward one of the same words ("SI ruled out" / "ruled out SI").
    // Triggers limited to some families ("did not" for participation) do not hide general ones ("not").
    const category = competitionKey(match.entry);
    const list = byCategory.get(category);
    if (list) list.push(match);
    else byCategory.set(category, [match]);
  }
  const kept: EntryMatch[] = [];
  for (const list of byCategory.values()) kept.push(...longestNonOverlapping(list));
  return sortedInPlace(kept, (a, b) => a.startToken - b.startToken);
}

/**
 * Whether a condition's trigger opens before the pseudo-trigger it overlaps: "When a friend says she ..." is a case put
 * whose first word no pseudo-trigger holds ("a friend says she", a witness's report), so the pseudo does not hide it.
 */
function conditionBefore(pseudo: EntryMatch, match: EntryMatch): boolean {
  const fields = match.entry.fields as { category?: string; appliesTo?: readonly string[] };
  // Risk conditions only: a practised scenario ("role-played asking ...") still yields to a goal reading's pseudo.
  return (
    match.startToken < pseudo.startToken &&
    fields.category === 'hypothetical' &&
    fields.appliesTo?.length === 1 &&
    fields.appliesTo[0] === 'risk'
  );
}

/**
 * Whether a terminator is a word of a longer trigger, as the longest match wins in ConText: the "since" of "since last
 * session" is a time, not a cause, and does not end a denial ("Overdose since last session: [ ] Yes [x] No").
 */
function insideLongerTrigger(terminator: EntryMatch, modifiers: readonly EntryMatch[]): boolean {
  return modifiers.some(
    (match) =>
      directionOf(match) !== 'pseudo' &&
      match.startToken <= terminator.startToken &&
      terminator.endToken <= match.endToken &&
      match.endToken - match.startToken > terminator.endToken - terminator.startToken,
  );
}

/** The key of the triggers an entry competes with (see {@link resolveModifiers}), made once per entry. */
function competitionKey(entry: CompiledEntry): string {
  let key = competitionKeys.get(entry);
  if (key === undefined) {
    const fields = entry.fields as unknown as ModifierFields;
    // Triggers that leave out different target categories do not hide each other either: each reads what the other
    // leaves out ("her son told him he'd ..." as a threat's speaker, "... told her she wants to die" as a teller's).
    key = `${COMPETES_WITH[fields.category] ?? fields.category}:${
      fields.direction === 'backward' ? 'backward' : 'forward'
    }:${fields.appliesTo.join(',')}:${(fields.exceptCategories ?? []).join(',')}`;
    competitionKeys.set(entry, key);
  }
  return key;
}

const competitionKeys = new WeakMap<CompiledEntry, string>();

const COMPETES_WITH: Record<string, string> = {
  negated: 'polarity',
  affirmed: 'polarity',
  historical: 'time',
  recent: 'time',
};

/**
 * Whether a trigger is the subject pronoun a pseudo-trigger ends on, the one whose words a reporter tells ("her
 * husband said he ...", "another veteran said he ..."): the pseudo-trigger hides the reporter as someone else, but
 * who the pronoun is stays for its own reading (misreadSubject: the member's pronoun, or another gender's, or a
 * peer's), so the pronoun is not hidden.
 */
function reportedSubject(pseudo: EntryMatch, match: EntryMatch, tokens: readonly ClinicalToken[]): boolean {
  return (
    (match.entry.fields as unknown as ModifierFields).category === 'self' &&
    match.endToken - match.startToken === 1 &&
    match.startToken === pseudo.endToken - 1 &&
    pseudo.endToken - pseudo.startToken > 2 &&
    THIRD_PERSON.has(tokens[match.startToken]?.norm ?? '')
  );
}

/**
 * Whether a pseudo-trigger hides a trigger's category: one with a `category` hides only triggers of it (a month after
 * "plans to" is no past time, yet "plans to" still opens a hypothetical), one without hides every trigger it covers.
 */
function hidesCategory(pseudo: EntryMatch, match: EntryMatch): boolean {
  const category: string | undefined = (pseudo.entry.fields as unknown as ModifierFields).category;
  return category === undefined || category === (match.entry.fields as unknown as ModifierFields).category;
}

function directionOf(match: EntryMatch): string {
  return (match.entry.fields as unknown as ModifierFields).direction;
}

/** Which tokens (at offset 0, the sentence's content starting at `base`) sit inside quoted speech (none when none). */
function quotedTokens(prose: Prose, zero: readonly ClinicalToken[], base: number): ReadonlySet<number> | undefined {
  if (!prose.quotes.length) return undefined;
  const quoted = new Set<number>();
  for (let index = 0; index < zero.length; index++)
    if (insideAny(prose.quotes, zero[index].start + base, zero[index].end + base)) quoted.add(index);
  return quoted.size ? quoted : undefined;
}

/**
 * Whether a mention is denied: ConText negated it ("denies SI"), or its entry is a standing that is itself a denial
 * (lexicon field `denies`: "12 days clean", "UDS negative", "41 days no alcohol", "denies it now"). One test, because
 * it is one fact read in three places: a denied mention is a risk's `negated` status (risk.ts riskStatus), no risk
 * event of the member's own now (goalProgress.ts currentRisk) and no disclosure of a vague note's (vague.ts
 * ownDisclosure); an entry given `denies` must read as denied in all three, never in one and not another.
 */
export function deniedMention(mention: Mention): boolean {
  return mention.attributes.negated === true || mention.entry.fields.denies === true;
}

/** The text of a mention as written. */
export function mentionText(analysis: ClinicalAnalysis, mention: EntryMatch): string {
  const { prose } = analysis;
  return prose.source.slice(mention.start - prose.base, mention.end - prose.base);
}

/**
 * ConText's attributes for any span of the prose, as if it were a target of `family` (default: a family
 * no modifier is limited to): for detectors that find their phrases by other means (interactiveComplexity.ts).
 */
export function attributesAt(
  prose: Prose,
  start: number,
  end: number,
  family = 'span',
  options?: AnalysisOptions,
): Attributes {
  const analysis = analyseClinical(prose, options);
  const sentence = analysis.sentences.find(
    (candidate) => candidate.sentence.start <= start && start < candidate.sentence.end,
  );
  if (!sentence) return {};
  const { tokens } = sentence;
  let first = -1;
  let last = -1;
  for (let index = 0; index < tokens.length; index++) {
    if (tokens[index].end <= start || tokens[index].start >= end) continue;
    if (first < 0) first = index;
    last = index;
  }
  if (first < 0) return {};
  // A span found by other means may start with a trigger's words ("no report to CPS" inside "no report"): read it from
  // after them.
  for (
    let end = sentence.context.triggerEndAt(first);
    end > first && end <= last;
    end = sentence.context.triggerEndAt(first)
  )
    first = end;
  return sentence.context.attributesOf(first, last + 1, family);
}

export type Polarity = 'affirmed' | 'negated' | 'historical';

/** Whether a span is negated, only historical, or affirmed (ConText). */
export function polarityAt(prose: Prose, start: number, end: number, options?: AnalysisOptions): Polarity {
  const attributes = attributesAt(prose, start, end, 'span', options);
  if (attributes.negated) return 'negated';
  if (attributes.historical) return 'historical';
  return 'affirmed';
}

export function isNegated(prose: Prose, start: number, end: number, options?: AnalysisOptions): boolean {
  return attributesAt(prose, start, end, 'span', options).negated === true;
}
