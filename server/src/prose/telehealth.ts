/**
 * Telehealth statements, read from the clinical analysis (lexicons/telehealth.yaml with ConText):
 *
 * - GN505 location: where the patient was during the session, in any words ("Marisol was at home in her
 *   car in the driveway", "in the break room at his job with the door closed", "Location: home (verified)").
 *   Not a location: where the patient lives, where something else happened ("was at work when the panic
 *   started"), "conflict at home", the clinician's location, a sentence about where locations are
 *   written ("each member's location is noted in their paragraph"), an attestation that names no place
 *   ("all members confirmed their location at the start": the place of service and the licensure state
 *   need the place), or a field left blank or unknown ("Location: not stated", "Location: ____").
 *   A bare place phrase ("At the shelter, in the quiet room") counts when it opens its clause, not
 *   inside another statement ("felt unsafe at home").
 * - In a member's section, a clause whose subject is the group ("members join from home or work") is not
 *   this member's statement; an empty checkbox denies its option ("[ ] Patient declined video").
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
import {
  analyseClinical,
  type AnalysisOptions,
  type ClinicalAnalysis,
  type ClinicalSentence,
  type Mention,
} from './analysis';
import { CHECKBOX, CHECKBOXES, CHECKBOX_SOURCE, TICKED_BOX, TICKED_BOX_SOURCE } from './clinicalTokens';
import type { Attributes } from './contextTypes';
import { narrativeProse, sectionProse } from './section';
import type { Prose, Sentence } from './segment';
import { WEEKDAYS } from './words';

export type TelehealthStatement = 'location' | 'audio-reason';

/**
 * How a prose is read: a member's own section (the default), where a sentence about the whole group ("members join
 * from home or work") is not this member's statement, or the group narrative, where it covers every attendee.
 */
export type StatementReading = 'member' | 'narrative';

/** The sentences of a prose that make a statement of this kind about the patient (cached with the analysis). */
export function telehealthStatements(
  prose: Prose,
  kind: TelehealthStatement,
  options?: AnalysisOptions,
  reading: StatementReading = 'member',
): readonly Sentence[] {
  const analysis = analyseClinical(prose, options);
  let byKind = statementCache.get(analysis);
  if (!byKind) {
    byKind = new Map();
    statementCache.set(analysis, byKind);
  }
  const key = `${kind}/${reading}`;
  let statements = byKind.get(key);
  if (!statements) {
    statements = computeStatements(analysis, kind, reading, options?.selfNames ?? []);
    byKind.set(key, statements);
  }
  return statements.sentences;
}

/** A statement's sentence and the clause (between semicolons) that holds its words, for the narrative's reading. */
interface Statements {
  sentences: Sentence[];
  clauses: Map<Sentence, string[]>;
}

const statementCache = new WeakMap<ClinicalAnalysis, Map<string, Statements>>();

/** The clauses of the narrative's statements of `kind`, with their sentences. */
function narrativeStatements(note: ParsedNote, kind: TelehealthStatement, options: AnalysisOptions) {
  const prose = narrativeProse(note);
  telehealthStatements(prose, kind, options, 'narrative');
  const statements = statementCache.get(analyseClinical(prose, options))?.get(`${kind}/narrative`);
  return statements ? [...statements.clauses] : [];
}

/**
 * The whole group, or a quantified part of it, as the subject of a clause ("members join from home", "all
 * participants declined video", "each member's location"): in a member's section, not this member's statement.
 */
const GROUP_SUBJECT = new RegExp(
  String.raw`\b(?:(?:all|each|every|both|most|many|some|several|other|the other)\s+(?:of\s+(?:the\s+)?)?` +
    String.raw`(?:group\s+)?(?:members?|participants?|patients?|clients?|attendees?|veterans|teens)|` +
    String.raw`(?:group\s+)?members|participants|attendees|everyone|everybody)\b`,
  'gi',
);
/** The member named after the group noun is the clause's subject ("Like most members, she joined from her car"). */
const MEMBER_SUBJECT = /\b(?:she|he|pt|patient|client|the member|this member|I)\b/i;

const OWN_NEGATION = /\b(?:declin\w*|refus\w*|not|no|never|unable|cannot|without|lacks?)\b|n['’]t\b/i;

const NEGATION_BEFORE = /\b(?:never|not|no|denies|denied)\s+$|n['’]t\s+$/i;

/** Each statement competes only with its own near-misses: "pt driving home" is a location and a reason. */
const COMPETING: Record<TelehealthStatement, ReadonlySet<string>> = {
  location: new Set(['location', 'place', 'not-location']),
  'audio-reason': new Set(['audio-reason', 'not-audio-reason']),
};

/** A field whose value is left blank ("Patient location: ____" or the line ends at the colon). */
const EMPTY_FIELD = /:[ \t]*(?:_{2,}|\r?\n|$)/;

function computeStatements(
  analysis: ClinicalAnalysis,
  kind: TelehealthStatement,
  reading: StatementReading,
  selfNames: readonly string[],
): Statements {
  const found: Sentence[] = [];
  const clauses = new Map<Sentence, string[]>();
  const { prose } = analysis;
  const textOf = (mention: Mention) => prose.source.slice(mention.start - prose.base, mention.end - prose.base);
  let asked = false;
  for (const sentence of analysis.sentences) {
    // The answer to a template's question ("Why not video? 'Too much going on in my house.'") is the reason, unless
    // it says nothing ("Why not video? N/A").
    const answers = asked && !EMPTY_VALUE.test(sentence.sentence.text.replace(/^[\s"'“‘]+/, '').trim());
    asked = kind === 'audio-reason' && REASON_QUESTION.test(sentence.sentence.text);
    const competing = sentence.mentions.filter(
      (mention) =>
        mention.family === 'telehealth' &&
        COMPETING[kind].has(String(mention.entry.fields.kind)) &&
        !reportedByClinician(textOf(mention), mention, selfNames),
    );
    const stating = statementsThatHold(competing, (mention) => {
      const entryKind = mention.entry.fields.kind;
      if (entryKind !== kind && !(kind === 'location' && entryKind === 'place')) return false;
      if (EMPTY_FIELD.test(textOf(mention))) return false;
      // The value of the staff's or the group's field ("Facilitator location: home office, Albany NY") is not hers.
      if (inStaffField(prose.source, mention.start - prose.base)) return false;
      if (reading === 'member' && aboutTheGroup(analysis, sentence, mention)) return false;
      // In a member's section, another person named as the clause's subject ("mentioned that Ingrid was calling from
      // her daughter's house") makes the statement theirs. In the narrative a named attendee is who it covers.
      if (reading === 'member' && namedOtherSubject(analysis, sentence, mention, selfNames)) return false;
      // Another person's device or trouble by a name's possessive just before it ("Tom's laptop was in the shop"), in
      // the member's section: the trouble is Tom's, not this member's reason.
      if (reading === 'member' && kind === 'audio-reason' && namedOwner(analysis, sentence, mention, selfNames))
        return false;
      // A place the member plans or means to join from ("will join from work next week", "joining from her mom's next
      // week") is not this session's: the intent and future-time triggers of context.yaml make it hypothetical.
      const attributes = fieldValueAttributes(sentence, mention);
      if (attributes.clinician || attributes.hypothetical) return false;
      // Someone else's statement is not the patient's; for a reason, only when that person is in the reason's own
      // clause ("her roommate has no camera"): in an earlier one they are its circumstance ("Kids at home, no
      // private space for video").
      // An entry whose words name someone else as the circumstance ("doesn't want his wife hearing group") keeps them.
      if (
        attributes.other &&
        mention.entry.fields.others !== true &&
        otherInClause(sentence, mention, kind === 'location')
      )
        return false;
      // A bare place phrase ("in his apartment") is the session's location when it opens its clause ("At the shelter,
      // in the quiet room"), not inside another statement ("felt unsafe at home") or a sentence about another time.
      // Any place statement is the session's only in the session's time: "was parked outside his ex's house last
      // night" and "attended the funeral at the church Saturday" say where something else happened.
      if (kind === 'location' && ((attributes.recent && !inSessionTime(sentence, mention)) || attributes.historical))
        return false;
      if (
        entryKind === 'place' &&
        !opensClause(analysis, sentence, mention) &&
        !(
          TOLD_PRESENT_PLACE.test(clauseBefore(analysis, sentence, mention)) &&
          (!attributes.recent || inSessionTime(sentence, mention))
        )
      )
        return false;
      // A reason put right since is not this session's ("lost his phone last year and has had a new one since"); one
      // of long ago that still holds is ("his camera died years ago, so he joins by voice"). A past habit is not.
      if (
        kind === 'audio-reason' &&
        RESOLVED.test(prose.source.slice(mention.end - prose.base, sentence.sentence.end - prose.base))
      )
        return false;
      if (kind === 'audio-reason' && /\bused to\b/i.test(clauseBefore(analysis, sentence, mention))) return false;
      // A trouble dated to a past year or month ("her phone was stolen in 2021", "in 2019 he had no internet") is
      // another time's, unless the sentence says it still holds ("his camera died years ago, so he joins by voice").
      // A history word ("trauma history makes being watched on camera intolerable") dates nothing.
      if (kind === 'audio-reason' && datedPast(sentence, mention) && !STILL_HOLDS.test(sentence.sentence.text))
        return false;
      // A circumstance (driving, on the bus, caring for the kids) is the session's reason only as a place phrase is its
      // location: opening its clause, in the session's time ("Audio only, pt driving home"; not "talked about driving
      // to her mom's on Sunday").
      if (
        mention.entry.fields.opens === true &&
        ((attributes.recent && !inSessionTime(sentence, mention)) || !opensClause(analysis, sentence, mention, CAUSES))
      )
        return false;
      // An empty checkbox denies its option ("[ ] Patient declined video"), whatever the option's own words.
      if (attributes.negated && negatedByBox(sentence, mention)) return false;
      // An audio-only reason is often a refusal or a failure in itself ("declined video", "the camera can't
      // open"): a negation the statement carries in its own words is its meaning, not a denial of it, unless
      // a negation stands just before it ("never declined video").
      if (!attributes.negated) return true;
      if (kind !== 'audio-reason' && mention.entry.fields.ownNegation !== true) return false;
      const before = prose.source.slice(
        Math.max(sentence.sentence.start, mention.start - 12) - prose.base,
        mention.start - prose.base,
      );
      return OWN_NEGATION.test(textOf(mention)) && !NEGATION_BEFORE.test(before);
    });
    const fields = [
      ...filledFields(sentence.sentence.text, kind, reading),
      ...(kind === 'location' ? placeChecklists(sentence.sentence.text) : []),
      ...(answers ? [sentence.sentence.text] : []),
    ];
    if (!stating.length && !fields.length) continue;
    found.push(sentence.sentence);
    const text = sentence.sentence.text;
    const offset = sentence.sentence.start;
    clauses.set(sentence.sentence, [
      ...fields,
      ...stating.map((mention) => {
        const at = mention.start - offset;
        const from = text.lastIndexOf(';', at) + 1;
        const to = text.indexOf(';', mention.end - offset);
        return text.slice(from, to < 0 ? text.length : to);
      }),
    ]);
  }
  return { sentences: found, clauses };
}

/**
 * A labelled field of an EHR template, filled in: its label names the patient's location ("Pt location:", "Location
 * of patient at time of service:", "Location during session -", "Originating site:", "Pt Loc:", "Where:") or the
 * reason for audio only ("Reason for telephone:", "Audio-only d/t:", "Why not video:"), and its value says something.
 * A value left blank ("____", nothing after the colon), unknown or pointing elsewhere ("Not obtained", "N/A", "see
 * header", "pt did not say"), the modality itself ("Location: telehealth") or a checkbox list with no box ticked is
 * no statement. The provider's or the group's location is not the patient's.
 */
const FIELD_LABEL: Record<TelehealthStatement, RegExp> = {
  location: new RegExp(
    String.raw`(?<![\p{L}'’])(?:(?:(?:patient|pt|client|member|participant)(?:['’]s)?\s+)?` +
      String.raw`(?:physical\s+|current\s+)?(?:location|loc|whereabouts|originating\s+site)` +
      String.raw`(?:\s*\((?:pt|patient|client|member|self[- ]?report(?:ed)?|pt\s+report(?:ed)?|per\s+pt|verified|` +
      String.raw`confirmed)\))?(?:\s+(?:of|during|at|for|in)\s[^:;\n]{0,40}?)?` +
      String.raw`(?:\s+(?:verified|confirmed|documented|reported|stated|per\s+(?:pt|patient|client)))?` +
      // "Where pt is:", "Where she joined from:": the question as the label.
      String.raw`|^[ \t]*(?:[-*•][ \t]+)?where(?:\s+(?:pt|patient|client|member|she|he|they)\s+` +
      String.raw`(?:is|was|joined(?:\s+from)?|is\s+joining\s+from|called\s+from|is\s+located|was\s+located))?)` +
      // "Location—home" (a dash with no spaces), and "Location ☒ Home ☐ Vehicle" (the boxes after the label).
      String.raw`(?:[ \t]*(?::|=|[–—]|[ \t][-–—][ \t])|[ \t]+(?=${CHECKBOX_SOURCE}))`,
    'gimu',
  ),
  'audio-reason': new RegExp(
    String.raw`(?<![\p{L}'’])(?:(?:reason|rationale|justification)` +
      String.raw`(?:\s+for\s+(?:the\s+)?` +
      String.raw`(?:audio|phone|telephone|voice|no\s+video|not\s+using\s+video|non-?video)[^:;\n]{0,25}?)?|` +
      String.raw`(?:audio|phone|telephone|voice)(?:[- ]only)?\s+(?:reason|rationale|d\/t|due\s+to|2\/2)` +
      String.raw`|why\s+(?:audio|phone|telephone|voice|not\s+video|no\s+video)[^:;?\n]{0,15}?)` +
      // "Why not video? 'Too much going on in my house.'": a question as the label.
      String.raw`[ \t]*(?::|=|\?|[ \t][-–—][ \t])`,
    'gimu',
  ),
};
/** A template's question about the reason, alone in its sentence ("Why not video?", "Reason for phone only?"). */
const REASON_QUESTION = new RegExp(
  String.raw`^\s*(?:why\s+(?:not\s+video|no\s+video|audio|phone|telephone|voice)|` +
    String.raw`reason\s+for\s+(?:audio|phone|telephone|voice|no\s+video)[^?\n]{0,20})\s*\?\s*$`,
  'i',
);

/** Whether a position is in the value of the staff's or the group's labelled field ("Provider location: clinic"). */
function inStaffField(source: string, at: number): boolean {
  const lineStart = source.lastIndexOf('\n', at - 1) + 1;
  const line = source.slice(lineStart, at);
  const colon = line.lastIndexOf(':');
  if (colon < 0) return false;
  const label = line.slice(Math.max(line.lastIndexOf(';', colon) + 1, 0), colon);
  return (
    /\b(?:location|loc|site|whereabouts)\s*$/i.test(label) && NOT_PATIENT_FIELD.test(label.replace(/\s*\S+\s*$/, ''))
  );
}

/** The staff's or the group's field ("Provider location:", "Group location:"), not the patient's. */
const NOT_PATIENT_FIELD = new RegExp(
  String.raw`\b(?:provider|clinician|therapist|facilitator|writer|staff|counsel+or|distant(?:\s+site)?|group|clinic|` +
    String.raw`our|my)(?:['’]s)?\s*$`,
  'i',
);
/** A value that says nothing: unknown, withheld, a pointer elsewhere, or the modality itself. */
const EMPTY_VALUE = new RegExp(
  String.raw`^(?:$|_{2,}|\(?blank\)?|\?|[-—–]+(?:\s|$)|not\b|unknown|none|unclear|undocumented|declined|refused|` +
    String.raw`withheld|unable|pending|n\/?a\b|tbd|see\b|refer|per\b|as\s+above|same\s+as|deferred|no\s+reason|` +
    String.raw`(?:pt|patient|client|member|she|he|they)\s+(?:did|does|would|will|declined|refused|not)\b|` +
    String.raw`did\b|does\b|` +
    String.raw`(?:in|on)\s+(?:the\s+)?(?:group|header|narrative)|telehealth|tele-health|virtual|online|remote)`,
  'i',
);
const LEVEL_OF_CARE = /^(?:iop|php|op|outpatient|inpatient|residential|detox|partial|intensive|level|asam|\d)/i;
/** A ticked box with an option after it, not an empty "other:" ("[x] Home", not "[x] Other: ____"). */
const TICKED_OPTION = new RegExp(
  String.raw`(?:${TICKED_BOX_SOURCE})[ \t]*(?!other\b[ \t]*:?[ \t]*(?:_|$|\[|${CHECKBOX_SOURCE}))[\p{L}\d]`,
  'iu',
);

function filledFields(text: string, kind: TelehealthStatement, reading: StatementReading): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(FIELD_LABEL[kind])) {
    const labelStart = match.index;
    const lineStart = text.lastIndexOf('\n', labelStart) + 1;
    const before = text.slice(Math.max(lineStart, text.lastIndexOf(';', labelStart) + 1), labelStart);
    if (NOT_PATIENT_FIELD.test(before)) continue;
    if (reading === 'member' && groupSubjectOf(before + match[0])) continue;
    const end = text.indexOf('\n', labelStart + match[0].length);
    const line = text.slice(labelStart + match[0].length, end < 0 ? text.length : end);
    const value = line.split(';')[0].replace(/\*\*/g, '').trim();
    if (EMPTY_VALUE.test(value)) continue;
    // A value about where locations are written, or about the whole group ("Location: all members confirmed their
    // locations at check-in"), says no place of this member.
    if (kind === 'location' && /\b(?:locations?|whereabouts)\b/i.test(value)) continue;
    if (reading === 'member' && groupSubjectOf(value)) continue;
    // A value that opens with the staff ("Location: Facilitator at Elm St clinic office") is the staff's place,
    // unless the member follows ("Location: writer confirmed pt at home").
    if (kind === 'location' && STAFF_OPENS.test(value) && !MEMBER_AFTER.test(value.replace(STAFF_OPENS, ''))) continue;
    // "LOC" is also the level of care ("LOC: IOP").
    if (/\bloc\W*$/i.test(match[0]) && LEVEL_OF_CARE.test(value)) continue;
    if (CHECKBOX.test(value) && !TICKED_OPTION.test(value)) continue;
    found.push(text.slice(Math.max(lineStart, labelStart - before.length), end < 0 ? text.length : end));
  }
  return found;
}

/**
 * The options of an EHR's location checklist: the kinds of place a patient joins from (the POS 10 / 02 distinction:
 * home or elsewhere). A checklist line whose options are all such places is a location field with no label.
 */
const PLACE_OPTION = new RegExp(
  String.raw`^(?:(?:pt|patient|client|member)(?:['’]s)?\s+|own\s+|private\s+)*(?:home|residence|house|apartment|` +
    String.raw`work|workplace|job|office|employer|vehicle|car|school|dorm|college|shelter|hotel|motel|facility|` +
    String.raw`community|public(?:\s+(?:place|space|location))?|outdoors|(?:relative|family(?:\s+member)?|friend)` +
    String.raw`(?:['’]s)?(?:\s+(?:home|house|residence))?|other(?:\s*:.*)?)[\s.,;/]*$`,
  'i',
);

/**
 * A checklist line with no label whose options are all places ("[x] Home [ ] Work [ ] Other"), one of them ticked:
 * the patient's location. An unticked list, an "Other" ticked alone, or a list with any option that is no place
 * ("[x] Home practice [ ] Worksheet") is not.
 */
function placeChecklists(text: string): string[] {
  const found: string[] = [];
  for (const line of text.split('\n')) {
    const boxes = [...line.matchAll(CHECKBOXES)];
    if (boxes.length < 2 || !/^[\s*•-]*$/.test(line.slice(0, boxes[0].index))) continue;
    const options = boxes.map((box, at) => ({
      ticked: TICKED_BOX.test(box[0]),
      text: line.slice(box.index + box[0].length, boxes[at + 1]?.index ?? line.length).trim(),
    }));
    if (!options.every((option) => PLACE_OPTION.test(option.text))) continue;
    if (options.some((option) => option.ticked && !/^other\b/i.test(option.text))) found.push(line);
  }
  return found;
}

/** The staff named by role, singular or plural, co- or not: one list for both openings below. */
const STAFF_ROLES =
  '(?:co-?)?(?:facilitators?|therapists?|clinicians?|writer|counsel+ors?|group\\s+leaders?|leaders?|providers?|' +
  'staff(?:\\s+members?)?)';
/** A sentence the clinician opens: the staff by role, or the writer's own "I"/"we". */
const CLINICIAN_OPENS = new RegExp(`^(?:${STAFF_ROLES}|I|we)\\b`, 'i');
const MEMBER_AFTER = /\b(?:pt|patient|client|member|she|he|they)\b/i;
/** The staff as the opening words of a field's value (without "I"/"we", which open a member's own words too). */
const STAFF_OPENS = new RegExp(`^${STAFF_ROLES}\\b`, 'i');

/**
 * The clinician's location near-miss ("writer facilitated from the clinic office") when the clinician reports the
 * member's place instead ("Writer confirmed pt is at home in her bedroom", "I verified she was in her car"): the
 * member is the subject after the clinician's verb, so the place is the member's.
 */
function reportedByClinician(text: string, mention: Mention, selfNames: readonly string[]): boolean {
  if (mention.entry.fields.kind !== 'not-location' || !CLINICIAN_OPENS.test(text)) return false;
  const rest = text.replace(CLINICIAN_OPENS, '');
  return MEMBER_AFTER.test(rest) || selfNames.some((name) => new RegExp(`\\b${escapeRegExp(name)}\\b`).test(rest));
}

/**
 * The statements that hold, after the overlap rule: a longer statement of the kind that does not hold (read as
 * denied, another time's, another person's) no longer hides a shorter one inside it that does. In "no cell signal
 * strong enough for video out at the home place", "signal ... video out" (a failure word) is denied by the "no"
 * before it, and "no cell signal" is the reason. A near-miss always hides what it overlaps, as before.
 */
function statementsThatHold(mentions: readonly Mention[], holds: (mention: Mention) => boolean): Mention[] {
  let candidates = [...mentions];
  for (;;) {
    const kept = longestFirst(candidates);
    const failing = kept.filter((mention) => !String(mention.entry.fields.kind).startsWith('not-') && !holds(mention));
    if (!failing.length) return kept.filter((mention) => !String(mention.entry.fields.kind).startsWith('not-'));
    candidates = candidates.filter((mention) => !failing.includes(mention));
  }
}

/**
 * ConText's overlap rule within one statement kind: the longest match wins; of two as long, the near-miss ("stayed
 * in his room" when the incident happened is where he lives, not where he joined from), then the earliest. A
 * near-miss that begins inside a statement's words, after them, does not undo it: in "dialed in from his truck in
 * the clinic lot after dosing" the joining names the session's place, and "in the lot after dosing" only adds when.
 */
function longestFirst(mentions: readonly Mention[]): Mention[] {
  const isNearMiss = (mention: Mention) => String(mention.entry.fields.kind).startsWith('not-');
  const sorted = [...mentions].sort(
    (a, b) =>
      b.endToken - b.startToken - (a.endToken - a.startToken) ||
      Number(isNearMiss(b)) - Number(isNearMiss(a)) ||
      a.startToken - b.startToken,
  );
  const hides = (kept: Mention, mention: Mention) =>
    kept.startToken < mention.endToken &&
    mention.startToken < kept.endToken &&
    !(isNearMiss(kept) && !isNearMiss(mention) && kept.startToken > mention.startToken);
  const kept: Mention[] = [];
  for (const mention of sorted) if (!kept.some((other) => hides(other, mention))) kept.push(mention);
  return kept;
}

/**
 * Words that may stand before a place phrase that opens its clause: the member, the modality, "today", a conjunction
 * that opens a clause ("and", "so": "cannot look at a screen, so he joined parked at a gas station"), and the verbs
 * by which the member joins or holds a position during the session, in the session's tense ("Lourdes phoned in while
 * parked in the pickup line", "was on screen from a corner table", "sat in the stairwell", "joined lying down on the
 * sofa in his front room", "Audio only: staying at her sister's in Toledo"), the clinician's verification of it
 * ("Writer verified that pt was in her car") and a report in the present ("Pt states she is presently at her
 * mom's"; not "said", which also reports past events: "Mateo said he stayed in his room" during Saturday's fight). Any
 * other verb makes the place another event's ("talked about her fight at the grocery store", "used to live in a
 * shelter", "said she felt unsafe at home").
 */
const CLAUSE_OPENERS = new Set(
  (
    'pt patient client member she he they i and today tonight currently now still was is alone only video audio ' +
    'phone by on via the telehealth zoom ' +
    'joined joining called calling phoned dialed dialled logged connected participated participating attended ' +
    'sat sitting seated standing stood lying waiting tucked hiding located remained stayed staying in while screen ' +
    'camera so ' +
    'call line a an her his ' +
    'their down up back out curled propped reclining resting walking pacing driving parked lying visibly alone ' +
    'quietly vet veteran resident that confirmed confirms verified verifies writer clinician presently states ' +
    'reports says notes indicates pulled over off took taking takes stepped stepping step out teen youth ' +
    "adolescent student visible seen observed present am i'm i’m im"
  ).split(' '),
);
/** Locative phrases before the place phrase ("in the pickup line" before "at her son's school") belong to it. */
const LOCATIVE_CHAIN =
  /(?:\b(?:in|at|on|outside|inside|near|by|behind|beside|from|under)\s+(?:[\p{L}\d'’-]+\s+){0,3})+$/u;

/** Words that open a circumstance given as the cause ("on the phone because she was driving"). */
const CAUSES = new Set([
  'because',
  'since',
  'as',
  'cause',
  'cuz',
  'while',
  'when',
  'due',
  'to',
  'd/t',
  'currently',
  'busy',
]);

function opensClause(
  analysis: ClinicalAnalysis,
  sentence: ClinicalSentence,
  mention: Mention,
  alsoOpening: ReadonlySet<string> = new Set(),
): boolean {
  const { prose } = analysis;
  const { label, start } = sentence.sentence;
  const before = prose.source.slice(
    Math.max(label?.contentStart ?? start, start) - prose.base,
    mention.start - prose.base,
  );
  const clause = before
    .slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf(',')) + 1)
    .replace(LOCATIVE_CHAIN, '');
  if (JOINED_THEN.test(clause) && !JOINED_ABOUT.test(clause)) return true;
  // A capitalised word is the member's name ("Marisol, in her car"), unless it is a verb of telling that opens the
  // sentence ("Shared that driving past the old house still upsets him").
  return (clause.match(/[\p{L}'’-]+/gu) ?? []).every(
    (word) =>
      CLAUSE_OPENERS.has(word.toLowerCase()) ||
      alsoOpening.has(word.toLowerCase()) ||
      (/^\p{Lu}\p{Ll}/u.test(word) && !TOLD.has(word.toLowerCase())),
  );
}

/**
 * A clause that opens with the member joining, then what she did while joining, up to the place ("Joined while folding
 * laundry in the basement", "Joined with mom at the kitchen table", "She logged on between errands from the car"):
 * the joining makes the place the session's. Not when the words after the verb are a topic or another time ("joined
 * the talk about her fight at the store", "joined AA at the church after her divorce").
 */
const JOINED_THEN = new RegExp(
  String.raw`^\s*(?:(?:pt|patient|client|member|she|he|they|veteran|vet|\p{Lu}\p{Ll}+)\s+)?(?:today\s+)?` +
    String.raw`(?:joined|joins|joining|logged\s+(?:on|in)|dialed\s+in|dialled\s+in|called\s+in|phoned\s+in|` +
    String.raw`connected|participated|participating)\b(?:\s+[\p{L}'’-]+){0,6}\s*$`,
  'iu',
);
const JOINED_ABOUT = new RegExp(
  String.raw`\b(?:about|discussion|conversation|talk|topic|topics|when|after|before|because|since|aa|na|meetings?|` +
    String.raw`program|church|team|gym|army|military|navy|marines|club|union|ago|last|years?|months?)\b`,
  'i',
);

/**
 * The member's own report of where she is, with nothing but the place after it ("He said he was at his son's place in
 * Zanesville", "States she is in her car"): read as the session's place when no time word dates it to another event
 * ("said he was at the bar Friday" is recent; "said he stayed in his room" during a fight is no report of being).
 */
const TOLD_PRESENT_PLACE = new RegExp(
  String.raw`(?:^|\b(?:said|says|states|stated|reported|reports|confirmed|confirms|` +
    String.raw`told\s+(?:the\s+)?(?:writer|group|facilitator|me|us))\s+(?:that\s+)?)` +
    String.raw`(?:(?:she|he|they|pt|patient|client|member)\s+(?:was|is|were)|` +
    String.raw`(?:she|he)['’]s|they['’]re|I['’]m|I\s+am)\s+` +
    String.raw`(?:currently\s+|presently\s+|still\s+)?` +
    String.raw`(?:(?:sitting|sat|parked|staying|located)\s+)?$`,
  'i',
);

/** Words of a time that is the session's own ("Today from the laundromat", "currently in her car", "this morning"). */
const SESSION_TIME = new Set([
  'today',
  'tonight',
  'currently',
  'now',
  'still',
  'right',
  'this',
  'week',
  'morning',
  'afternoon',
  'evening',
]);

const WEEKDAY_NAMES: ReadonlySet<string> = new Set(WEEKDAYS);
const TIMES_OF_DAY = new Set('night nights morning mornings afternoon afternoons evening evenings noon'.split(' '));

/**
 * A weekday that names a recurring occasion, after "her"/"his" or "after"/"during"/"before" and before its noun
 * ("during her Tuesday run" at dialysis, "after Friday prayer"): the day of the session's own routine, not another
 * time. "Friday night", "Friday's fight" and "the Friday meeting" still date another event.
 */
function weekdayOccasion(sentence: ClinicalSentence, trigger: { startToken: number; endToken: number }): boolean {
  const { tokens } = sentence;
  const day = tokens.slice(trigger.startToken, trigger.endToken).filter((token) => WEEKDAY_NAMES.has(token.norm));
  if (day.length !== 1) return false;
  const at = tokens.indexOf(day[0]);
  const before = tokens[at - 1]?.norm ?? '';
  const next = tokens[at + 1];
  return (
    /^(?:her|his|their|my|after|during|before)$/.test(before) &&
    next?.kind === 'word' &&
    /^\p{L}+$/u.test(next.norm) &&
    !TIMES_OF_DAY.has(next.norm) &&
    !WEEKDAY_NAMES.has(next.norm)
  );
}

/** Words that end the clause of a place statement before a time word ("at the warehouse where he started Monday"). */
const TIME_BREAKS = new Set([
  ',',
  ';',
  'where',
  'who',
  'which',
  'that',
  'when',
  'while',
  'until',
  'through',
  'since',
  'because',
  'cause',
  'cuz',
  'so',
]);

/**
 * Whether every "recent" time word in the statement's clause is the session's own time ("today", "this week"); a time
 * word in another clause ("In Spokane through Sunday, on video from her cousin's spare room") is not the statement's.
 */
function inSessionTime(sentence: ClinicalSentence, mention: Mention): boolean {
  return sentence.context
    .triggersOf(mention.startToken, mention.endToken, mention.family, 'recent')
    .every((trigger) => {
      const [from, to] =
        trigger.endToken <= mention.startToken
          ? [trigger.endToken, mention.startToken]
          : [mention.endToken, trigger.startToken];
      return (
        sentence.tokens.slice(from, to).some((token) => TIME_BREAKS.has(token.norm)) ||
        sentence.tokens.slice(trigger.startToken, trigger.endToken).every((token) => SESSION_TIME.has(token.norm)) ||
        weekdayOccasion(sentence, trigger)
      );
    });
}

/** The device or connection put right after the trouble told ("has had a new one since", "was fixed Monday"). */
const RESOLVED = new RegExp(
  String.raw`\b(?:(?:has|have|had|got|bought|received|was\s+given)\s+(?:had\s+)?(?:a\s+)?new\s+` +
    String.raw`(?:one|phone|laptop|tablet|computer|device|camera|router)|` +
    String.raw`(?:since|now|has\s+been|have\s+been|was|were|got)\s+(?:been\s+)?` +
    String.raw`(?:fixed|replaced|repaired|restored|reconnected)|` +
    String.raw`works?\s+(?:fine\s+)?(?:now|again)|back\s+(?:up|on|online)\s+(?:now|since)|` +
    // "was out for a day last month but is back now": put right since.
    String.raw`(?:is|are|has\s+been|have\s+been)\s+back(?:\s+(?:up|on|online))?\s+(?:now|since))\b|` +
    // "... and the camera works." at the sentence's end: working now.
    String.raw`\b(?:camera|video|it|internet|wifi|connection)\s+(?:works|is\s+working)(?:\s+(?:fine|well|great))?\W*$`,
  'i',
);

/** Whether the clause a statement is in has the group as its subject (before the statement, after a ; or :). */
function aboutTheGroup(analysis: ClinicalAnalysis, sentence: ClinicalSentence, mention: Mention): boolean {
  const { prose } = analysis;
  const before = prose.source.slice(sentence.sentence.start - prose.base, mention.start - prose.base);
  return groupSubjectOf(before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1));
}

/** The text of the statement's clause before it: from the last clause break (`;`, `:`, `,`) to the mention. */
function clauseBefore(analysis: ClinicalAnalysis, sentence: ClinicalSentence, mention: Mention): string {
  const { prose } = analysis;
  const before = prose.source.slice(sentence.sentence.start - prose.base, mention.start - prose.base);
  const breakAt = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf(','));
  return before.slice(breakAt + 1);
}

/**
 * A person named (a capitalised name that is not the member's own) as the subject of the statement's clause, after a
 * verb of telling or a conjunction: "Mentioned that Ingrid was calling from her daughter's house", "said Tom declined
 * video". The member's own name, the clinician's words and days or months are not another person.
 */
const TELLING_VERBS = 'said says noted notes reported reports mentioned mentions shared shares added adds';
const TELLING = `that and but while whereas as ${TELLING_VERBS}`;
/** Verbs of telling and talking, which make what follows the told event's, not the session's. */
const TOLD = new Set(
  (
    `${TELLING_VERBS} talked talks discussed discusses described describes recalled recalls remembered explained ` +
    'explains processed processes'
  ).split(' '),
);
const NAMED_SUBJECT = new RegExp(
  String.raw`\b(?:${TELLING.split(' ')
    .map((word) => `[${word[0]}${word[0].toUpperCase()}]${word.slice(1)}`)
    .join('|')})\s+(\p{Lu}\p{Ll}+)(?:\s+\p{Ll}+){0,2}\s*$`,
  'u',
);
const NOT_A_PERSON = new Set(
  (
    'pt patient client member writer clinician facilitator therapist she he they i we the this that today tonight ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december mom dad'
  ).split(' '),
);

function namedOtherSubject(
  analysis: ClinicalAnalysis,
  sentence: ClinicalSentence,
  mention: Mention,
  selfNames: readonly string[],
): boolean {
  const match = NAMED_SUBJECT.exec(clauseBefore(analysis, sentence, mention));
  return match !== null && namesAnotherPerson(match[1], selfNames);
}

/** Whether a capitalised word the statement's clause opens with, or a possessor, is a person other than the member. */
function namesAnotherPerson(word: string, selfNames: readonly string[], notHere?: ReadonlySet<string>): boolean {
  const name = word.toLowerCase();
  return !NOT_A_PERSON.has(name) && !notHere?.has(name) && !selfNames.some((self) => self.toLowerCase() === name);
}

/** A capitalised name's possessive, then at most one word, right before a statement ("Tom's laptop", "Ana's old"). */
const NAMED_OWNER = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)['’]s\s+(?:\p{Ll}+\s+)?$/u;

function namedOwner(
  analysis: ClinicalAnalysis,
  sentence: ClinicalSentence,
  mention: Mention,
  selfNames: readonly string[],
): boolean {
  const match = NAMED_OWNER.exec(clauseBefore(analysis, sentence, mention));
  return match !== null && namesAnotherPerson(match[1], selfNames, NOT_AN_OWNER);
}

/**
 * Contractions with "is" ("There's no coverage"), the member by role, and the makers and carriers whose possessive
 * names a platform or a service ("Zoom's app").
 */
const NOT_AN_OWNER = new Set(
  (
    'there here it what who where how when why let everyone everything nothing something nobody somebody ' +
    'veteran vet resident youth teen student consumer guest zoom doxy teams webex vvc verizon comcast xfinity ' +
    'spectrum starlink hughesnet viasat apple google samsung microsoft android tracfone cricket boost metro lifeline ' +
    'walmart county state clinic agency program motorola iphone pixel galaxy kindle dell lenovo chromebook macbook ' +
    'ipad nokia'
  ).split(' '),
);

/** Whether the group (not the member named after it) is the subject of the clause that ends with `clause`. */
function groupSubjectOf(clause: string): boolean {
  let last: RegExpExecArray | undefined;
  for (const match of clause.matchAll(GROUP_SUBJECT)) last = match;
  if (!last) return false;
  return !MEMBER_SUBJECT.test(clause.slice(last.index + last[0].length));
}

/**
 * Whether another person's trigger is in the statement's own clause: not when a comma, or "and" or "but" before a new
 * subject, stands between them ("her ex still has her laptop and her phone's camera is cracked"). A location statement
 * opens with its verb, so an "and" just before it starts a new clause ("is in Tacoma for his father's surgery and
 * called from the hospital cafeteria"); a reason's "and" just before it continues the clause ("her roommate has no
 * camera and no wifi").
 */
function otherInClause(sentence: ClinicalSentence, mention: Mention, verbOpens: boolean): boolean {
  return sentence.context.triggersOf(mention.startToken, mention.endToken, mention.family, 'other').some((trigger) => {
    if (memberByRole(sentence, trigger)) return false;
    // A kind of thing named by whom it is for ("her phone is on a kids' plan with no data", "on a friend's phone with
    // no camera") is what the member uses, not another person as the subject.
    if (indefinitePossessive(sentence, trigger)) return false;
    const [from, to] =
      trigger.endToken <= mention.startToken
        ? [trigger.endToken, mention.startToken]
        : [mention.endToken, trigger.startToken];
    const between = sentence.tokens.slice(from, to);
    // The person who tells it ("Dad says their internet was cut off", "Mom reports the tablet is broken") reports the
    // member's reason: the caregiver of a teen, not the reason's subject.
    if (trigger.endToken <= mention.startToken && REPORTING.has(between[0]?.norm ?? '')) return false;
    return !between.some(
      (token, index) =>
        token.norm === ',' ||
        ((token.norm === 'and' || token.norm === 'but') &&
          (index === between.length - 1 ? verbOpens : NEW_SUBJECT.has(between[index + 1].norm))),
    );
  });
}

/** "a kids' plan", "a friend's phone": a person after "a"/"an", then a possessive. */
function indefinitePossessive(sentence: ClinicalSentence, trigger: { startToken: number; endToken: number }): boolean {
  const { tokens } = sentence;
  const article = [tokens[trigger.startToken], tokens[trigger.startToken - 1]].some((token) =>
    /^an?$/.test(token?.norm ?? ''),
  );
  const last = tokens[trigger.endToken - 1];
  const after = sentence.sentence.text.charAt(last.end - sentence.sentence.start);
  return article && (tokens[trigger.endToken]?.norm === "'s" || /['’]/.test(after));
}

/**
 * A veterans' or residential note names the member by role as the sentence's subject ("Veteran lives off-grid with no
 * internet service", "The resident called in"): not another person, although "veteran" is one in "a fellow veteran".
 */
function memberByRole(sentence: ClinicalSentence, trigger: { startToken: number; endToken: number }): boolean {
  const words = sentence.tokens.slice(0, trigger.endToken).map((token) => token.norm);
  return /^(?:the )?(?:veteran|vet|resident)$/.test(words.join(' '));
}

/** Verbs by which someone reports what the member has or lacks. */
const REPORTING = new Set(
  (
    'says said reports reported states stated notes noted explains explained adds added shares shared confirms ' +
    'confirmed'
  ).split(' '),
);

/** Words that open a new clause's subject after "and" / "but" ("and her phone's camera", "and called from"). */
const NEW_SUBJECT = new Set(['her', 'his', 'their', 'my', 'she', 'he', 'they', 'i', 'pt', 'patient', 'the']);

function negatedByBox(sentence: ClinicalSentence, mention: Mention): boolean {
  return sentence.context
    .triggersOf(mention.startToken, mention.endToken, mention.family, 'negated')
    .some((trigger) => sentence.tokens[trigger.startToken]?.kind === 'box');
}

/**
 * A labelled field ("Patient location: home") takes the attributes of its value, after the colon: an empty box
 * before the label belongs to the option before it ("[ ] Audio only   Patient location: home").
 */
function fieldValueAttributes(sentence: ClinicalSentence, mention: Mention): Attributes {
  for (let index = mention.startToken; index < mention.endToken - 1; index++)
    if (sentence.tokens[index].norm === ':')
      return sentence.context.attributesOf(index + 1, mention.endToken, mention.family);
  return mention.attributes;
}

/** Words by which a past trouble still holds: "still", "since", "so she joins by phone", "not replaced". */
const STILL_HOLDS = new RegExp(
  String.raw`\b(?:still|since|ever since|to this day|any\s?more|yet|currently|now|today|so\s+(?:she|he|they|pt|I)|` +
    String.raw`(?:not|never)\s+(?:been\s+)?(?:replaced|fixed|repaired|restored)|` +
    String.raw`n['’]t\s+(?:been\s+)?(?:replaced|fixed|repaired))\b`,
  'i',
);

/** Words of a past time that date a trouble: a year or a month, "ago", "last year". */
const PAST_TIME_WORDS = new Set(
  (
    'ago last year years month months spring summer fall autumn winter january february march april may june july ' +
    'august september october november december'
  ).split(' '),
);

/** Whether a historical trigger of the statement names a past time (a year, a month, "years ago"). */
function datedPast(sentence: ClinicalSentence, mention: Mention): boolean {
  return sentence.context
    .triggersOf(mention.startToken, mention.endToken, mention.family, 'historical')
    .some((trigger) =>
      sentence.tokens
        .slice(trigger.startToken, trigger.endToken)
        .some((token) => token.kind === 'number' || PAST_TIME_WORDS.has(token.norm)),
    );
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
  for (const [, clauses] of narrativeStatements(note, kind, narrativeOptions))
    for (const clause of clauses)
      narrativeStatementCovers(clause, attendees).forEach((attendee) => covered.add(attendee));
  for (const attendee of attendees) {
    if (covered.has(attendee)) continue;
    const sections = note.sections.filter((section) => section.id !== undefined && section.id === attendee.id);
    if (sections.some((section) => telehealthStatements(sectionProse(section), kind, optionsFor(section)).length))
      covered.add(attendee);
  }
  return covered;
}

/**
 * The attendees a narrative statement is about, read in its clause ("Sarah shared first; Tom joined from his car" is
 * Tom's): those it names, else everyone, unless it speaks of part of the group ("two members declined video") or of
 * one person it does not name ("she joined from her car"): then it does not say who, and covers nobody.
 */
function narrativeStatementCovers(clause: string, attendees: readonly Attendee[]): readonly Attendee[] {
  const named = attendees.filter((attendee) => mentions(clause, attendee));
  if (named.length) return named;
  return PART_OF_GROUP.test(clause) || ONE_UNNAMED_PERSON.test(clause) ? [] : attendees;
}

/** One person, unnamed: a singular pronoun or "a member", "the patient". */
const ONE_UNNAMED_PERSON = new RegExp(
  String.raw`\b(?:she|he|her|him|his|hers|herself|himself|pt|` +
    String.raw`(?:the|a|one|another|this) (?:member|patient|client|participant))\b`,
  'i',
);

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
  for (const [sentence, clauses] of narrativeStatements(note, kind, narrativeOptions))
    if (clauses.some((clause) => narrativeStatementCovers(clause, note.attendees).includes(attendee)))
      found.push(sentence);
  for (const section of note.sections)
    if (section.id !== undefined && section.id === attendee.id)
      found.push(...telehealthStatements(sectionProse(section), kind, optionsFor(section)));
  return found;
}
