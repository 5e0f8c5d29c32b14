/**
 * Finds documentation of an interactive-complexity factor (the reason for add-on 90785) in a
 * member section. Four kinds of factor, in the project's own words:
 *
 * - `maladaptive-communication`: communication among the participants (high anxiety or
 *   reactivity, repeated questions, arguing) that made the service harder to deliver and had to
 *   be managed (redirection, de-escalation, limit setting);
 * - `caregiver-interference`: a caregiver or other third party in the session whose behavior or
 *   emotions got in the way of the treatment (interrupting, answering for the patient, arguing,
 *   undermining the plan);
 * - `sentinel-event`: a sentinel event with a mandated report to a third party (CPS/APS, abuse
 *   hotline, duty to warn), and its discussion in the session;
 * - `play-or-interpreter`: play equipment, another physical device, or an interpreter/translator
 *   used to get past a communication barrier.
 *
 * Plain mentions are not enough where the words are common in ordinary notes: "highly anxious"
 * needs a consequence in the same sentence ("... requiring repeated redirection"); arguing must
 * happen in the session (with peers, the facilitator, in group); a mother "criticizing" counts
 * only when she is in the session; "mandated reporting" reviewed at orientation is not a report.
 * Negated mentions ("no interpreter needed", "interpreter offered and declined", "no report to
 * CPS was required") do not count.
 */

import { isNegated as isNegatedInProse } from './analysis';
import { analyzeProse, clauseAt, type Prose, type Sentence } from './segment';
import { anyOf, wordAlternation } from './regexParts';

export type InteractiveComplexityFactor =
  'maladaptive-communication' | 'caregiver-interference' | 'sentinel-event' | 'play-or-interpreter';

export interface InteractiveComplexityFinding {
  factor: InteractiveComplexityFactor;
  /** Offsets of the matched words in the text given. */
  start: number;
  end: number;
}

interface Pattern {
  factor: InteractiveComplexityFactor;
  regex: RegExp;
  /** Other regexes that must also match (not negated) somewhere in the same sentence. */
  requires?: RegExp[];
  /**
   * Behavior that only counts when observed in the session: not when the member reports it ("reports arguing with
   * peers at school").
   */
  observedOnly?: boolean;
}

/** Something the member or others did in the session that had to be managed. */
const IMPACT = wordAlternation([
  'complicat\\w*',
  'interfer\\w*',
  'disrupt\\w*',
  'redirect\\w*',
  'de-?escalat\\w*',
  'imped\\w*',
  'hinder\\w*',
  'derail\\w*',
  'difficult(?:y)? (?:to|for|in)',
  'hard to',
  'unable to (?:participate|engage|continue|follow|proceed|focus|hear)',
  'could not (?:participate|engage|continue|follow|proceed|focus|be redirected|hear)',
  'had to (?:pause|stop|step|interrupt|slow|repeat)',
  'paus(?:e|ed|ing) the (?:group|session|exercise|discussion)',
  'slowed',
  'prevent\\w*',
  'limit[- ]setting',
  'set limits',
  'time[- ]?out',
  'left the room',
  'stepped out',
  'required',
  'requiring',
  'needed',
  'needing',
  'multiple attempts',
  'repeated attempts',
]);

/** The behavior happened in this session, among the participants. */
const IN_SESSION = wordAlternation([
  'peers?',
  '(?:group|other|another|fellow) (?:members?|participants?)',
  'facilitators?',
  'therapists?',
  'clinicians?',
  'writer',
  'co-?facilitator',
  'with (?:the )?group',
  '(?:in|during) (?:the )?(?:session|group|exercise|check-in|role[- ]?play|discussion|room)',
  'the group (?:discussion|exercise)',
]);

/** Verbs that introduce what the member tells about life outside the session. */
const REPORTED = wordAlternation([
  'reports?',
  'reported',
  'reporting',
  'states?',
  'stated',
  'describe[sd]?',
  'describing',
  'discuss(?:ed|es|ing)?',
  'shared',
  'shares',
  'says',
  'said',
  'talked about',
  'recalled',
  'recounted',
  'processed',
  'explored',
  'mentioned',
  'complained',
  'admitted',
  'disclosed',
]);

const CAREGIVER = wordAlternation([
  'care ?givers?',
  'parents?',
  'mother',
  'mom',
  'father',
  'dad',
  'guardian',
  'foster (?:parent|mother|father)s?',
  'grand(?:mother|father|parent)s?',
  'aunt',
  'uncle',
  'daughter',
  'son',
  'sister',
  'brother',
  'relatives?',
  'step(?:mother|father|parent)s?',
  'spouse',
  'husband',
  'wife',
  'partner',
  'family members?',
  'group home staff',
  'staff members?',
  'case ?workers?',
  'residential staff',
]);

/** Interference that can only happen with the caregiver in the session. */
const CAREGIVER_IN_SESSION_ACT = wordAlternation([
  'interfer\\w*',
  'interrupt\\w*',
  'undermin\\w*',
  'disrupt\\w*',
  'answer(?:ed|ing|s)? (?:\\w+ ){0,2}for (?:him|her|them|the (?:patient|client|member|child|youth|teen))',
  'spoke for',
  'speaking for',
  'talk(?:ed|ing|s)? over',
  'contradict\\w* (?:the )?(?:therapist|facilitator|clinician|plan|writer)',
  'sabotag\\w*',
]);

/** Emotions or behavior that count when the caregiver is present. */
const CAREGIVER_EMOTION = wordAlternation([
  'argu\\w*',
  'yell\\w*',
  'shout\\w*',
  'hostil\\w*',
  'angry',
  'anger',
  'blam\\w*',
  'criticiz\\w*',
  'criticis\\w*',
  'dismiss\\w*',
  'minimiz\\w*',
  'minimis\\w*',
  'insist\\w*',
  'refus\\w*',
  'demand\\w*',
  'confront\\w*',
  'distress\\w*',
  'tearful',
  'upset',
  'overwhelmed',
  'escalat\\w*',
]);

const CAREGIVER_PRESENT = wordAlternation([
  'present',
  'attend\\w*',
  'accompan\\w*',
  'joined',
  'in (?:the )?(?:session|group|room)',
  'during (?:the )?(?:session|group|family portion)',
  'at (?:check-in|pick-?up|drop-?off)',
]);

const AGENCY = anyOf([
  'cps|aps|dcfs|dcf|dss|acs',
  'child protective services?|adult protective services?',
  '(?:child )?abuse hotline|elder abuse hotline|state central regist(?:er|ry)|scr',
  'child welfare|law enforcement|police',
]);

const PATTERNS: Pattern[] = [
  // --- maladaptive communication ---
  { factor: 'maladaptive-communication', regex: /\bmaladaptive communication\b/i },
  {
    factor: 'maladaptive-communication',
    regex: new RegExp(
      String.raw`\brepeated(?:ly)? ` +
        anyOf([
          'ask(?:s|ed|ing)?',
          'question(?:s|ed|ing)?',
          'interrupt(?:s|ed|ing)?',
          'challeng(?:es|ed|ing)',
          'talk(?:ed|ing|s)? over',
        ]) +
        String.raw`\b`,
      'i',
    ),
  },
  {
    factor: 'maladaptive-communication',
    regex: /\b(?:ask(?:s|ed|ing)?|rais(?:es|ed|ing)|return(?:s|ed|ing) to) (?:the )?same (?:questions?|concerns?)\b/i,
  },
  {
    factor: 'maladaptive-communication',
    regex: /\b(?:kept|keeps|keep|continued|continues) (?:asking|interrupting|arguing|challenging|talking over)\b/i,
  },
  {
    factor: 'maladaptive-communication',
    regex: /\b(?:repetitive|perseverative|persistent|incessant) (?:question(?:s|ing)?|reassurance[- ]seeking)\b/i,
  },
  {
    factor: 'maladaptive-communication',
    regex: new RegExp(
      String.raw`\binterrupt(?:ed|ing|s)? (?:\w+ ){0,3}` +
        String.raw`(?:repeatedly|frequently|constantly|several times|multiple times|\d+ times)\b`,
      'i',
    ),
  },
  { factor: 'maladaptive-communication', regex: /\b(?:frequent|repeated|constant|multiple) interruptions\b/i },
  {
    factor: 'maladaptive-communication',
    regex: new RegExp(
      String.raw`\b(?:required|requiring|needed|needing|requires|needs) (?:\w+ ){0,2}` +
        String.raw`(?:redirection|redirecting|limit[- ]setting|de-?escalation)\b`,
      'i',
    ),
  },
  { factor: 'maladaptive-communication', regex: /\bde-?escalat(?:e|ed|ing|ion)\b/i, requires: [IN_SESSION] },
  {
    factor: 'maladaptive-communication',
    regex: /\bredirect(?:ed|ing|ion)? (?:\w+ ){0,3}(?:repeatedly|several times|multiple times|\d+ times|frequently)\b/i,
  },
  {
    factor: 'maladaptive-communication',
    regex: wordAlternation([
      'argu(?:ed|es|ing|ment|mentative)',
      'verbal(?:ly)? (?:altercation|aggressive|aggression|escalat\\w*)',
      'heated (?:exchange|disagreement)',
      'confrontational',
      'yell(?:ed|ing|s)?',
      'shout(?:ed|ing|s)?',
      'hostile',
    ]),
    requires: [IN_SESSION],
    observedOnly: true,
  },
  {
    factor: 'maladaptive-communication',
    regex: wordAlternation([
      '(?:high|heightened|severe|extreme|intense|escalating|elevated|marked) (?:levels? of )?' +
        '(?:anxiety|reactivity|emotional reactivity|agitation|dysregulation)',
      '(?:highly|very|extremely|intensely|markedly) (?:reactive|anxious|agitated|dysregulated|defensive)',
      'emotionally (?:reactive|dysregulated)',
      'agitat(?:ed|ion)',
      'dysregulat(?:ed|ion)',
      'disagree(?:d|ment|ments)?',
    ]),
    requires: [IMPACT],
  },
  // --- caregiver / third-party interference ---
  { factor: 'caregiver-interference', regex: /\b(?:caregiver|third[- ]party|parental|family) interference\b/i },
  { factor: 'caregiver-interference', regex: CAREGIVER, requires: [CAREGIVER_IN_SESSION_ACT] },
  {
    factor: 'caregiver-interference',
    regex: CAREGIVER,
    requires: [CAREGIVER_EMOTION, CAREGIVER_PRESENT],
    observedOnly: true,
  },
  // --- sentinel event with a mandated report ---
  {
    factor: 'sentinel-event',
    regex: wordAlternation([
      '(?:mandated|mandatory) report (?:was |has been )?(?:filed|made|submitted|completed|called in|placed)',
      '(?:filed|made|submitted|completed|placed|called in) (?:a |the )?(?:mandated|mandatory) report',
      'as (?:a )?mandated reporters?,? (?:\\w+ ){0,3}(?:filed|made|called|contacted|notified|reported)',
    ]),
  },
  {
    factor: 'sentinel-event',
    regex: new RegExp(
      String.raw`\b(?:report(?:ed|s)?|referr(?:al|ed)|call(?:ed)?|notif(?:ied|y)|contact(?:ed)?|` +
        String.raw`filed (?:a )?(?:report )?with|hotline report to) (?:\w+ ){0,4}${AGENCY}\b`,
      'i',
    ),
  },
  {
    factor: 'sentinel-event',
    regex: new RegExp(
      `\\b${AGENCY} (?:report|referral|intake|(?:was|were|has been) (?:contacted|notified|called))\\b`,
      'i',
    ),
  },
  {
    factor: 'sentinel-event',
    regex: /\b(?:duty to (?:warn|protect)|tarasoff)\b/i,
    requires: [/\b(?:notified|warned|contacted|called|exercised|fulfilled|completed|acted|invoked)\b/i],
  },
  // --- play equipment, devices, interpreter ---
  {
    factor: 'play-or-interpreter',
    regex: wordAlternation([
      'interpreters?',
      'translators?',
      'interpret(?:ation|ing) services?',
      'translation services?',
      'language line',
      'languageline',
      'video remote interpret\\w*',
      'sign language',
      'asl',
    ]),
  },
  {
    factor: 'play-or-interpreter',
    regex: wordAlternation([
      'play (?:equipment|materials?|therapy|items|objects)',
      'therapeutic play',
      'puppets?',
      'sand ?tray',
      'dollhouse',
      'doll house',
    ]),
  },
  {
    factor: 'play-or-interpreter',
    regex: /\b(?:toys?|dolls?|action figures?|figurines?|play-?doh|play dough)\b/i,
    requires: [
      wordAlternation([
        'used',
        'using',
        'uses',
        'with',
        'via',
        'through',
        'played',
        'plays',
        'playing',
        'manipulat\\w*',
        'arranged',
        'select\\w*',
        'chose',
        'enact\\w*',
        'demonstrat\\w*',
      ]),
    ],
  },
  {
    factor: 'play-or-interpreter',
    regex: wordAlternation([
      'communication (?:board|device|cards)',
      'aac(?: device)?',
      'augmentative (?:and alternative )?communication',
      'speech[- ]generating device',
      'picture (?:cards|board|exchange)',
      'pecs',
      'text-to-speech',
      'assistive listening device',
    ]),
  },
];

/**
 * Refusals and "not needed" that the shared negation scope (./negation.ts) does not cover:
 * "declined an interpreter", "no need for play materials".
 */
const DECLINED_BEFORE = /\b(?:declined|declines|refused|refuses|no need for|unnecessary|n\/a)\b/i;
/** After a mention, to the end of the sentence: "interpreter not needed", "interpreter offered but declined". */
const NEGATION_AFTER = new RegExp(
  String.raw`^[\s,]*(?:(?:was|were|is|are|has been|had been) )?(?:(?:offered|available|discussed) (?:and|but) )?` +
    String.raw`(?:not (?:needed|required|used|necessary|present|available|indicated|warranted)|` +
    String.raw`declined|refused|unavailable|unnecessary|n/a)\b`,
  'i',
);

/** How far before and after a mention the negation tests read (eight words, or "was offered but declined"). */
const CONTEXT_CHARS = 400;

/** Whether the mention at [start, end) (offsets in the analysed text) is negated. */
function isNegated(prose: Prose, sentence: Sentence, start: number, end: number): boolean {
  if (isNegatedInProse(prose, start, end)) return true;
  const clause = clauseAt(sentence, start);
  // Bounded windows (the last eight words before, a short phrase after), so a long sentence costs the same per mention.
  const before = prose.source
    .slice(Math.max(clause.start, start - CONTEXT_CHARS), start)
    .split(/\s+/)
    .slice(-8)
    .join(' ');
  if (DECLINED_BEFORE.test(before)) return true;
  return NEGATED_AFTER.test(prose.source.slice(end, Math.min(sentence.end, end + CONTEXT_CHARS)));
}

/** The regex with each literal space widened to any whitespace run (prose wraps lines anywhere). */
function tolerant(regex: RegExp, global = false): RegExp {
  const flags = regex.flags.replace('g', '') + (global ? 'g' : '');
  return new RegExp(regex.source.replace(/ /g, '\\s+'), flags);
}

const COMPILED = PATTERNS.map((pattern) => ({
  factor: pattern.factor,
  regex: tolerant(pattern.regex, true),
  requires: (pattern.requires ?? []).map((required) => tolerant(required, true)),
  observedOnly: pattern.observedOnly === true,
}));

/** The first match of a global regex in the sentence that is not negated, as absolute offsets. */
function affirmedMatch(prose: Prose, sentence: Sentence, regex: RegExp): { start: number; end: number } | undefined {
  regex.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = regex.exec(sentence.text))) {
    const start = sentence.start + match.index;
    const end = start + match[0].length;
    if (end === start) {
      regex.lastIndex++;
      continue;
    }
    if (!isNegated(prose, sentence, start, end)) return { start, end };
  }
  return undefined;
}

/** Whether the clause around [start, end) reports something from outside the session. */
function isReported(prose: Prose, sentence: Sentence, start: number): boolean {
  const clause = clauseAt(sentence, start);
  return REPORTED.test(prose.source.slice(Math.min(clause.start, start), start));
}
const NEGATED_AFTER = tolerant(NEGATION_AFTER);

/** Every documented interactive-complexity factor in `text` (at most one per pattern and sentence), in order. */
export function findInteractiveComplexity(text: string): InteractiveComplexityFinding[] {
  const found: InteractiveComplexityFinding[] = [];
  const prose = analyzeProse(text);
  for (const sentence of prose.sentences) {
    for (const pattern of COMPILED) {
      if (!pattern.requires.every((required) => affirmedMatch(prose, sentence, required))) continue;
      const match = affirmedMatch(prose, sentence, pattern.regex);
      if (!match || (pattern.observedOnly && isReported(prose, sentence, match.start))) continue;
      found.push({ factor: pattern.factor, start: match.start, end: match.end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The distinct factors documented in `text`. */
export function interactiveComplexityFactors(text: string): InteractiveComplexityFactor[] {
  return [...new Set(findInteractiveComplexity(text).map((finding) => finding.factor))];
}
