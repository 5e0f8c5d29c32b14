/**
 * Detectors for the member-specific elements a group note needs in each member section:
 * participation (what the member did or said), mood/affect, progress, and plan.
 *
 * Each detector returns the evidence it found (absolute offsets), so rules and tests can show why an
 * element counts as present. Detectors read labelled prose too: a "Mood:", "Plan:"/"P:" or
 * "Progress:" label followed by real content counts as that element.
 */
import { compileLexicon, matchProse, someMatch, type Match } from './lexicon';
import { goalParentheticals } from './goals';
import { isNegated } from './negation';
import {
  clauseAt,
  allMatches,
  insideAny,
  sentenceAt,
  sliceProse,
  tokenWindowStart,
  type LabelKind,
  type Prose,
  type Sentence,
  type Span,
} from './segment';

export type ElementKind = 'participation' | 'mood' | 'progress' | 'plan';

export const ELEMENT_NAMES: Record<ElementKind, string> = {
  participation: 'participation',
  mood: 'mood/affect',
  progress: 'progress toward the member\u2019s goal',
  plan: 'plan',
};

/** Verbs and phrases that say what the member did or said. Passive presence ("attended", "listened", "sat") does not count. */
export const PARTICIPATION = compileLexicon([
  /\b(?:identif(?:y|ies|ied|ying)|shar(?:es|ed|ing)|describ(?:es|ed|ing)|practi[sc](?:es|ed|ing)|role[- ]?play(?:s|ed|ing)|rehears(?:es|ed|ing)|report(?:s|ed|ing)|stat(?:es|ed|ing)|said|says|sp(?:oke|eaks|eaking)|talk(?:s|ed|ing)|complet(?:es|ed|ing)|discuss(?:es|ed|ing)|explain(?:s|ed|ing)|express(?:es|ed|ing)|disclos(?:es|ed|ing)|acknowledg(?:es|ed|ing)|ask(?:s|ed|ing)|answer(?:s|ed|ing)|respond(?:s|ed|ing)|volunteer(?:s|ed|ing)|demonstrat(?:es|ed|ing)|nam(?:es|ed|ing)|list(?:s|ed|ing)|wr(?:ote|ites|iting)|rat(?:es|ed|ing)|rank(?:s|ed|ing)|buil(?:t|ds|ding)|creat(?:es|ed|ing)|develop(?:s|ed|ing)|generat(?:es|ed|ing)|brainstorm(?:s|ed|ing)|process(?:es|ed|ing)|explor(?:es|ed|ing)|reflect(?:s|ed|ing)|challeng(?:es|ed|ing)|appl(?:ies|ied|ying)|model(?:l?ed|l?ing|s)|encourag(?:es|ed|ing)|validat(?:es|ed|ing)|agre(?:es|ed|eing)|commit(?:s|ted|ting)|contribut(?:es|ed|ing)|comment(?:s|ed|ing)|recall(?:s|ed|ing)|recogni[sz](?:es|ed|ing)|admit(?:s|ted|ting)|endors(?:es|ed|ing)|verbali[sz](?:es|ed|ing)|articulat(?:es|ed|ing)|brought|bring(?:s|ing)|track(?:s|ed|ing)|logg(?:ed|ing)|initiat(?:es|ed|ing)|offer(?:s|ed|ing)|suggest(?:s|ed|ing)|prais(?:es|ed|ing)|chose|choos(?:es|ing)|select(?:s|ed|ing)|cried|laughed|joked|nodded|led|disagree(?:s|d)|question(?:s|ed|ing)|told|tell(?:s|ing)|mention(?:s|ed|ing)|recount(?:s|ed|ing)|gave|read\s+aloud|spoke\s+up|opened\s+up|check(?:s|ed|ing)\s+in|worked\s+(?:on|through)|took\s+(?:part|a\s+turn|turns)|made\s+(?:a|an)\s+(?:list|plan|commitment|hierarchy|chain)|practi[sc]e[sd]?)\b/i,
  /\bpresent(?:s|ed|ing)\s+(?:her|his|their|a|an|the)\s+(?!with\b|as\b)[\w-]+/i,
  /\breview(?:s|ed|ing)\s+(?:her|his|their)\s+(?:own\s+)?[\w-]+/i,
  /\bfill(?:s|ed|ing)\s+(?:out|in)\b/i,
  /\bdr(?:ew|aws|awing)\s+(?:a|an|her|his|their)\b/i,
  /\bus(?:ed|es|ing)\s+(?:the|a|an|her|his|their)\s+(?:[\w-]+\s+){0,2}(?:skill|skills|technique|worksheet|log|record|card|plan|script|breathing|statement|statements)\b/i,
  /\b(?:giv(?:es|ing)|gave|provid(?:es|ed|ing)|offer(?:s|ed|ing)|receiv(?:es|ed|ing)|accept(?:s|ed|ing)|ask(?:s|ed|ing)\s+for)\s+(?:(?:specific|supportive|constructive|honest|direct|peer)\s+)?feedback\b/i,
  /\b(?:engag(?:ed|es|ing)|participat(?:ed|es|ing))\s+in\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:role[- ]?plays?|exercise|practice|exposure|demonstration|mindfulness|breathing|chain\s+analysis|rehearsal|check-?in|check-?out)\b/i,
  /\bset\s+(?:a|an|her|his|their)\s+(?:[\w-]+\s+)?goal\b/i,
]);

/** Before a participation verb: the member was asked or helped, or declined ("declined to share"). */
const NOT_OWN_ACTION =
  /\b(?:declin(?:ed|es|ing)|refus(?:ed|es|ing)|unable|reluctant|hesitant|chose\s+not|prompted|encouraged|invited|taught|instructed|helped|assisted|coached|asked|wanted|expected|needs|need|will|would|plans?|agreed|committed|homework)\s+(?:\w+\s+){0,2}?(?:to\s+)?$/i;
/** A clause whose subject is the clinician is not the member's participation. */
const CLINICIAN_SUBJECT =
  /^\W*(?:(?:the|this)\s+)?(?:facilitator|co-?facilitators?|therapist|clinician|counsel(?:l)?or|writer|leader|group\s+leader|staff|provider|we|I)\b(?!\s*:)/i;
/** How much of the clause start {@link CLINICIAN_SUBJECT} reads, and how many words before the verb {@link NOT_OWN_ACTION} reads (it matches at most five). */
const SUBJECT_WINDOW_CHARS = 200;
const NOT_OWN_ACTION_TOKENS = 12;
/** "Encouraged to practise", "asked to share": the member was asked, not yet acting. */
const ASKED_TO =
  /^(?:encouraged|asked|invited|prompted|reminded|expected|assigned|instructed|told|directed|coached|urged)$/i;

/** Mood/affect words, affect observations and self-rated mood. Negated mood ("denies feeling hopeless") still documents mood. */
export const MOOD = compileLexicon([
  /\b(?:mood|moods|affect|affective|euthymic|dysthymic|dysphoric|anxious|tearful|teary|flat|constricted|restricted|blunted|irritable|irritability|bright|brighter|brightened|labile|depressed|sad|sadness|happy|angry|anger|calm|calmer|cheerful|worried|frustrated|frustration|hopeful|hopeless|hopelessness|helpless|guarded|congruent|incongruent|agitated|tense|relaxed|animated|withdrawn|nervous|upbeat|elevated|expansive|euphoric|apprehensive|fearful|scared|afraid|ashamed|shame|guilty|guilt|embarrassed|overwhelmed|discouraged|demoralized|demoralised|despondent|optimistic|pessimistic|lonely|loneliness|grieving|grief|numb|restless|cried|crying|wept|weeping|laughed|laughing|smiled|smiling|teared\s+up|stressed|annoyed|resentful|jittery|panicky|defensive|relieved|proud|energetic|low\s+mood|keyed\s+up|on\s+edge|full\s+range|reactive|mood-congruent|despair|distressed|tearfulness|joyful|excited|uneasy|irritated|sullen|subdued|somber|sombre)\b/i,
  /\b(?:felt|feels|feel|feeling|feelings\s+of)\s+["“‘]?(?:\w+\s+)?(?:down|low|good|better|worse|great|ok|okay|fine|unsafe|safe|stuck|empty|lost|alone|isolated|rejected|hurt|betrayed|heard|understood|supported|confident|motivated|unmotivated|tired|exhausted|drained)\b/i,
  /\b(?:anxiety|distress|SUDS|depression|stress|anger|irritability|worry|panic|mood)\s+(?:was\s+|at\s+|of\s+|rated\s+|level\s+|score\s+)?(?:a\s+)?\d+(?:\s*\/\s*10|\s+out\s+of\s+10|\s*%)?/i,
  /\b(?:PHQ-?9|GAD-?7|BDI(?:-II)?|BAI|PCL-?5|DASS(?:-21)?|K10|ORS|SRS)\b/i,
]);

/** Progress statements: goal references, change words and measurable change. Negation does not matter ("no progress" is a progress statement). */
export const PROGRESS = compileLexicon([
  /\b(?:G\d{1,2}|goals?|objectives?|treatment\s+plan|tx\s+plan|progress(?:ed|ing)?|improv(?:ed|es|ing|ement|ements)|regress(?:ed|ing|ion)|worsen(?:ed|ing|s)?|setbacks?|backslid(?:e|ing)?|plateau(?:ed|ing)?|unchanged|maintain(?:ed|ing|s)|sustain(?:ed|ing|s)|milestone|streak|on\s+track|off\s+track|closer\s+to|moving\s+toward|working\s+toward|partial(?:ly)?\s+(?:met|achieved|progress)|met\s+(?:her|his|their)\s+(?:\w+\s+)?(?:goal|target)|achiev(?:ed|es|ing)|for\s+the\s+first\s+time|first\s+time\s+(?:in|since)|now\s+able\s+to|no\s+longer|less\s+often|more\s+often|fewer|reduced|reduction|decreased|increased|gains?)\b/i,
  /\b(?:from|down\s+from|up\s+from)\s+(?:a\s+)?(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|zero|none)(?:\s*\/\s*10|%|\s+out\s+of\s+10)?\s+(?:to|last)\b/i,
  /\b\d+%?\s+(?:before|at\s+the\s+start)\b[^.;]{0,40}\b\d+%?\s+after\b/i,
  /\bbefore\s+and\s+after\b/i,
  /\b(?:compared|relative)\s+(?:to|with)\s+(?:last|the\s+last|previous|prior|the\s+previous|baseline)\b/i,
  /\bsince\s+(?:last|the\s+last|the\s+previous|intake|admission|starting|joining)\b/i,
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:of|out\s+of)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days|nights|meetings|times|sessions|weeks|attempts|opportunities|planned|scheduled)\b/i,
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|thirty|sixty|ninety)\s+(?:days?|weeks?|months?)\s+(?:sober|abstinent|clean|substance-free|alcohol-free|of\s+(?:sobriety|abstinence))\b/i,
  /\b(?:sober|abstinent|clean)\s+(?:for|since)\b/i,
]);

/** Plan statements. Text inside quotes does not count ("I will be fired"). */
export const PLAN = compileLexicon([
  /\b(?:will|plans?\s+to|plan\s+is\s+to|intends?\s+to|agreed\s+to|committed\s+to|homework|next\s+(?:session|group|week|meeting|time)|continue\s+(?:to|with|attending|the)|assigned|follow[- ]?up|follow(?:s|ed|ing)?\s+up|before\s+(?:next|the\s+next)|by\s+next|between\s+sessions|scheduled|refer(?:red|ral)?\s+(?:to|for)|to\s+return|return\s+(?:next|on)|goal\s+for\s+(?:the\s+)?(?:coming\s+)?week|this\s+coming\s+week|target\s+for\s+next)\b/i,
]);

const LABEL_ELEMENT: Partial<Record<LabelKind, ElementKind>> = {
  mood: 'mood',
  plan: 'plan',
  progress: 'progress',
  participation: 'participation',
};

/** Values after a label that do not count as content. */
const EMPTY_LABEL_CONTENT =
  /^\W*(?:none|n\/?a|na|tbd|deferred|see\s+above|same|same\s+as\s+above|as\s+above|unchanged|-+|\.+|\?+)?\W*$/i;

/** Label segments of one kind with real content ("Plan: practise ..."), as evidence. */
export function labelledContent(prose: Prose, kind: ElementKind): Match[] {
  const found: Match[] = [];
  for (const sentence of prose.sentences) {
    const match = labelledAt(prose, sentence, kind);
    if (match) found.push(match);
  }
  return found;
}

/** Whether {@link labelledContent} finds any. */
function hasLabelledContent(prose: Prose, kind: ElementKind): boolean {
  return prose.sentences.some((sentence) => labelledAt(prose, sentence, kind) !== undefined);
}

function labelledAt(prose: Prose, sentence: Sentence, kind: ElementKind): Match | undefined {
  const label = sentence.label;
  if (!label || LABEL_ELEMENT[label.kind] !== kind) return undefined;
  const content = sliceProse(prose, label.contentStart, segmentEnd(prose, sentence));
  const words = content.match(/[A-Za-z0-9]+/g) ?? [];
  if (words.length < 2 || EMPTY_LABEL_CONTENT.test(content)) return undefined;
  return {
    start: label.start,
    end: sentence.end,
    text: sliceProse(prose, label.start, sentence.end),
    entry: `label:${label.kind}`,
  };
}

function segmentEnd(prose: Prose, sentence: Sentence): number {
  let end = sentence.end;
  for (let index = sentence.index + 1; index < prose.sentences.length; index++) {
    const next = prose.sentences[index];
    if (next.label || next.segment !== sentence.segment) break;
    end = next.end;
  }
  return end;
}

function notInQuote(prose: Prose) {
  return (match: Match) => !insideAny(prose.quotes, match.start, match.end);
}

function inInterventionSegment(prose: Prose, offset: number): boolean {
  return sentenceAt(prose, offset)?.segment === 'intervention';
}

/** Whether a participation verb is the member's own action: not quoted or in a goal's text, not the clinician's, not "declined to" or "asked to", not negated. */
function ownAction(prose: Prose): (match: Match) => boolean {
  let goalTexts: Span[] | undefined;
  return (match) => {
    if (insideAny(prose.quotes, match.start, match.end)) return false;
    goalTexts ??= goalParentheticals(prose);
    if (insideAny(goalTexts, match.start, match.end)) return false;
    const sentence = sentenceAt(prose, match.start);
    if (!sentence || sentence.segment === 'intervention') return false;
    const clause = clauseAt(sentence, match.start);
    const clauseStart =
      sentence.label && sentence.label.contentStart > clause.start && sentence.label.contentStart <= match.start
        ? sentence.label.contentStart
        : clause.start;
    // Both tests read a bounded window: the subject opens the clause, and "declined to" ends within a few words of the verb.
    if (
      CLINICIAN_SUBJECT.test(sliceProse(prose, clauseStart, Math.min(match.start, clauseStart + SUBJECT_WINDOW_CHARS)))
    )
      return false;
    if (
      NOT_OWN_ACTION.test(
        sliceProse(prose, tokenWindowStart(sentence, clauseStart, match.start, NOT_OWN_ACTION_TOKENS), match.start),
      )
    )
      return false;
    if (
      ASKED_TO.test(match.text) &&
      /^\s+(?:\w+\s+)?to\s+\w/.test(sliceProse(prose, match.end, Math.min(prose.end, match.end + 40)))
    )
      return false;
    return !isNegated(prose, match.start, match.end);
  };
}

/** A quote of at least two words outside the intervention segment: the member's own words. */
function isMemberQuote(prose: Prose, quote: Span): boolean {
  return (
    (sliceProse(prose, quote.start, quote.end).match(/[A-Za-z]+/g) ?? []).length >= 2 &&
    !inInterventionSegment(prose, quote.start)
  );
}

/** What the member did or said: participation verbs (not negated, not the clinician's, not "declined to"), quotes of the member, or a "Participation:" label. */
export function findParticipation(prose: Prose): Match[] {
  const verbs = matchProse(PARTICIPATION, prose).filter(ownAction(prose));
  const quotes = prose.quotes
    .filter((quote) => isMemberQuote(prose, quote))
    .map((quote): Match => ({ ...quote, text: sliceProse(prose, quote.start, quote.end), entry: 'quote' }));
  return sortMatches([...verbs, ...quotes, ...labelledContent(prose, 'participation')]);
}

export function findMood(prose: Prose): Match[] {
  const words = matchProse(MOOD, prose).filter((match) => !inInterventionSegment(prose, match.start));
  return sortMatches([...words, ...labelledContent(prose, 'mood')]);
}

/** Progress statements; `extra` adds evidence found elsewhere (goal words from the roster, see goals.ts). */
export function findProgress(prose: Prose, extra: readonly Match[] = []): Match[] {
  const words = matchProse(PROGRESS, prose)
    .filter(notInQuote(prose))
    .filter((match) => !inInterventionSegment(prose, match.start));
  return sortMatches([...words, ...labelledContent(prose, 'progress'), ...extra]);
}

export function findPlan(prose: Prose): Match[] {
  const words = matchProse(PLAN, prose)
    .filter(notInQuote(prose))
    .filter((match) => !inInterventionSegment(prose, match.start));
  return sortMatches([...words, ...labelledContent(prose, 'plan')]);
}

function sortMatches(matches: Match[]): Match[] {
  return matches.sort((a, b) => a.start - b.start);
}

/*
 * Presence checks: `hasX(prose)` equals `findX(prose).length > 0` (test/unit/elementPresence.test.ts
 * compares them on every corpus section). Rules only ask whether an element is there, so these try the
 * cheap evidence first (labels, quotes) and stop at the first accepted lexicon match (`someMatch`)
 * instead of matching and filtering the whole section.
 */

export function hasParticipation(prose: Prose): boolean {
  return (
    hasLabelledContent(prose, 'participation') ||
    prose.quotes.some((quote) => isMemberQuote(prose, quote)) ||
    someMatch(PARTICIPATION, prose.source, prose.base, ownAction(prose))
  );
}

export function hasMood(prose: Prose): boolean {
  return (
    hasLabelledContent(prose, 'mood') ||
    someMatch(MOOD, prose.source, prose.base, (match) => !inInterventionSegment(prose, match.start))
  );
}

/** `extra` as for {@link findProgress}. */
export function hasProgress(prose: Prose, extra: readonly Match[] = []): boolean {
  return (
    extra.length > 0 ||
    hasLabelledContent(prose, 'progress') ||
    someMatch(PROGRESS, prose.source, prose.base, outsideQuotesAndInterventions(prose))
  );
}

export function hasPlan(prose: Prose): boolean {
  return (
    hasLabelledContent(prose, 'plan') || someMatch(PLAN, prose.source, prose.base, outsideQuotesAndInterventions(prose))
  );
}

function outsideQuotesAndInterventions(prose: Prose): (match: Match) => boolean {
  return (match) => !insideAny(prose.quotes, match.start, match.end) && !inInterventionSegment(prose, match.start);
}
