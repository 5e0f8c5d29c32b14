/**
 * Telehealth statements, read from the clinical analysis (lexicons/telehealth.yaml with ConText):
 *
 * - GN505 location: where the patient was during the session, in any words ("Marisol was at home in her
 *   car in the driveway", "in the break room at his job with the door closed", "Location: home (verified)").
 *   Not a location: where the patient lives, where something else happened ("was at work when the panic
 *   started"), "conflict at home", the clinician's location, or a sentence about where locations are
 *   written ("each member's location is noted in their paragraph").
 * - GN503 audio-only reason: the patient could not or would not use video, the condition 42 CFR
 *   410.78(a)(3) puts on audio-only mental-health services ("his phone could not load the video link",
 *   "her laptop camera stopped working last week", "declined video", "prefers audio"). Not a reason:
 *   "joined by phone" alone, "watched a video on panic", the facilitator's camera, working video.
 *
 * Which attendees a statement covers (`attendeesCovered`):
 * - a statement in the attendee's own member section covers that attendee;
 * - a statement in the group narrative (before the first member section) covers the attendees it names
 *   (by id, or by the first word of the display name: "Sarah" for "Sarah M."); when it names nobody it
 *   covers every attendee ("All members joined from home"), unless it speaks of only part of the group
 *   ("Two members declined video"): such a statement does not say who, so it covers nobody.
 */
import type { Attendee, MemberSection, ParsedNote } from '../model/note';
import { analyseClinical, type AnalysisOptions, type ClinicalAnalysis } from './analysis';
import { narrativeProse, sectionProse } from './section';
import type { Prose, Sentence } from './segment';

export type TelehealthStatement = 'location' | 'audio-reason';

/** The sentences of a prose that make a statement of this kind about the patient (cached with the analysis). */
export function telehealthStatements(
  prose: Prose,
  kind: TelehealthStatement,
  options?: AnalysisOptions,
): readonly Sentence[] {
  const analysis = analyseClinical(prose, options);
  let byKind = statementCache.get(analysis);
  if (!byKind) {
    byKind = new Map();
    statementCache.set(analysis, byKind);
  }
  let sentences = byKind.get(kind);
  if (!sentences) {
    sentences = computeStatements(analysis, kind);
    byKind.set(kind, sentences);
  }
  return sentences;
}

const statementCache = new WeakMap<ClinicalAnalysis, Map<TelehealthStatement, Sentence[]>>();

const OWN_NEGATION = /\b(?:declin\w*|refus\w*|not|no|never|unable|cannot|without|lacks?)\b|n['’]t\b/i;

const NEGATION_BEFORE = /\b(?:never|not|no|denies|denied)\s+$|n['’]t\s+$/i;

function computeStatements(analysis: ClinicalAnalysis, kind: TelehealthStatement): Sentence[] {
  const found: Sentence[] = [];
  for (const sentence of analysis.sentences) {
    const states = sentence.mentions.some((mention) => {
      if (mention.family !== 'telehealth' || mention.entry.fields.kind !== kind) return false;
      const { attributes } = mention;
      if (attributes.other || attributes.clinician || attributes.hypothetical) return false;
      // An audio-only reason is often a refusal or a failure in itself ("declined video", "the camera can't
      // open"): a negation the statement carries in its own words is its meaning, not a denial of it, unless
      // a negation stands just before it ("never declined video").
      if (!attributes.negated) return true;
      if (kind !== 'audio-reason') return false;
      const { prose } = analysis;
      const own = prose.source.slice(mention.start - prose.base, mention.end - prose.base);
      const before = prose.source.slice(
        Math.max(sentence.sentence.start, mention.start - 12) - prose.base,
        mention.start - prose.base,
      );
      return OWN_NEGATION.test(own) && !NEGATION_BEFORE.test(before);
    });
    if (states) found.push(sentence.sentence);
  }
  return found;
}

/** Whether a text (one sentence or more) states the patient's location. */
export function statesPatientLocation(prose: Prose, options?: AnalysisOptions): boolean {
  return telehealthStatements(prose, 'location', options).length > 0;
}

/** Whether a text states that the patient could not or would not use video. */
export function statesVideoNotUsable(prose: Prose, options?: AnalysisOptions): boolean {
  return telehealthStatements(prose, 'audio-reason', options).length > 0;
}

/**
 * "Some members", "two of the patients", "one participant": the sentence is about part of the group only ("all three
 * members" is not).
 */
const PART_OF_GROUP = new RegExp(
  String.raw`(?<!\b(?:all|every|each|both)\s+)` +
    String.raw`\b(some|several|a few|few|a couple of|most|many|` +
    String.raw`one|two|three|four|five|six|seven|eight|nine|ten|half|\d+)` +
    String.raw`\s+(of\s+(the\s+)?)?(group\s+)?(members?|patients?|participants?|clients?|attendees?|of them|others)\b`,
  'i',
);

function mentions(sentence: string, attendee: Attendee): boolean {
  if (attendee.id && new RegExp(`\\b${escapeRegExp(attendee.id)}\\b`).test(sentence)) return true;
  const first = attendee.name.split(/\s+/)[0]?.replace(/[^\p{L}'-]/gu, '');
  return (
    !!first && first.length >= 2 && new RegExp(`(^|[^\\p{L}])${escapeRegExp(first)}($|[^\\p{L}])`, 'u').test(sentence)
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The attendees (of `attendees`) for whom a statement of `kind` is documented. `optionsFor` gives the
 * analysis options of a member section (lexicon additions, the member's name); the narrative is read with
 * the lexicons of the first.
 */
export function attendeesCovered(
  note: ParsedNote,
  attendees: readonly Attendee[],
  kind: TelehealthStatement,
  optionsFor: (section: MemberSection | undefined) => AnalysisOptions,
): Set<Attendee> {
  const covered = new Set<Attendee>();
  const narrativeOptions = { lexicons: optionsFor(undefined).lexicons };
  for (const sentence of telehealthStatements(narrativeProse(note), kind, narrativeOptions))
    narrativeStatementCovers(sentence.text, attendees).forEach((attendee) => covered.add(attendee));
  for (const attendee of attendees) {
    if (covered.has(attendee)) continue;
    const sections = note.sections.filter((section) => section.id !== undefined && section.id === attendee.id);
    if (sections.some((section) => telehealthStatements(sectionProse(section), kind, optionsFor(section)).length))
      covered.add(attendee);
  }
  return covered;
}

/**
 * The attendees a narrative statement is about: those it names, else everyone unless it speaks of part of the group.
 */
function narrativeStatementCovers(sentence: string, attendees: readonly Attendee[]): readonly Attendee[] {
  const named = attendees.filter((attendee) => mentions(sentence, attendee));
  if (named.length) return named;
  return PART_OF_GROUP.test(sentence) ? [] : attendees;
}

/**
 * The sentences that make a statement of `kind` about one attendee, in note order: the narrative's that
 * cover them (as in {@link attendeesCovered}), then their own section's. A chart note shows these as the
 * patient's location.
 */
export function statementsAbout(
  note: ParsedNote,
  attendee: Attendee,
  kind: TelehealthStatement,
  optionsFor: (section: MemberSection | undefined) => AnalysisOptions,
): Sentence[] {
  const found: Sentence[] = [];
  const narrativeOptions = { lexicons: optionsFor(undefined).lexicons };
  for (const sentence of telehealthStatements(narrativeProse(note), kind, narrativeOptions))
    if (narrativeStatementCovers(sentence.text, note.attendees).includes(attendee)) found.push(sentence);
  for (const section of note.sections)
    if (section.id !== undefined && section.id === attendee.id)
      found.push(...telehealthStatements(sectionProse(section), kind, optionsFor(section)));
  return found;
}
