/**
 * Whether a response the lexicon found is one the note records as done by the clinician for this member (eval/GUIDE.md
 * F4.1: only what is documented as done counts). The response words alone cannot tell: "go over the lapse" is a
 * response in "writer went over the lapse with her" and an intention in "counselor to go over the lapse Monday"; "988"
 * is a response given to her and the group's topic on a closing slide read to everyone. Each test reads the words
 * around the response in its own sentence (and, for an offer, the sentence after it).
 */
import { wordsPattern } from './wordsPattern';
import type { ClinicalAnalysis, Mention } from './analysis';
import type { ClinicalToken } from './clinicalTokens';
import { CLOCK_TIME_SOURCE } from './individualSession';

/** How far back in its clause an intention word still frames a response ("counselor to call her tonight to review"). */
const INTENTION_REACH = 12;

/** Tokens that end a clause for these readings: a response after "; " or ". " is framed by its own words. */
const CLAUSE_END: ReadonlySet<string> = new Set([';', '.', ':', '!', '?']);

/** Words that make what follows an intention wherever they stand before it ("will review", "'ll let her know"). */
const INTENTION_WORDS: ReadonlySet<string> = new Set(['will', 'consider', 'considering', 'pending']);

/** Speech verbs: an intention word after one is the member's statement ("says she will ..."), not a to-do. */
const SPOKEN: ReadonlySet<string> = new Set([
  'said',
  'says',
  'states',
  'stated',
  'reports',
  'reported',
  'told',
  'added',
]);
const NOT_AFTER: ReadonlySet<string> = new Set(['not', 'never']);

/** Words before "to" that make it an intention ("plans to", "writer to call", "pt to call sponsor tonight"). */
const INTENDS_TO: ReadonlySet<string> = new Set([
  'plans',
  'plan',
  'planning',
  'intends',
  'intend',
  'going',
  'needs',
  'need',
  'hopes',
  'writer',
  'clinician',
  'counselor',
  'counsellor',
  'facilitator',
  'therapist',
  'staff',
  'team',
  'pt',
  'patient',
  'client',
  'member',
]);

/** A clock time ("at 7 pm", "11am", "at noon"): a follow-up booked for an hour is set, not intended (GUIDE b40-b44). */
const CLOCK_TIME = new RegExp(`${CLOCK_TIME_SOURCE}|\\bnoon\\b`, 'i');
/** The member agreeing to what is set ("she agreed", "which he accepted", "she said yes"): arranged with the member. */
const AGREED = /\b(?:agreed|agrees|accepted|accepts|said yes|consented)\b/i;

function tokensOf(analysis: ClinicalAnalysis, mention: Mention): readonly ClinicalToken[] {
  return analysis.sentences[mention.sentence]?.tokens ?? [];
}

/** The index of the first token of the response's clause, reading back from the response. */
function clauseStart(tokens: readonly ClinicalToken[], from: number): number {
  let index = from;
  while (index > 0 && !CLAUSE_END.has(tokens[index - 1].norm) && !coordinated(tokens, index - 1)) index--;
  return index;
}

/** ", and" or ", then" starts a clause of its own ("called her foster mom, who will check in nightly, and updated"). */
function coordinated(tokens: readonly ClinicalToken[], index: number): boolean {
  return (tokens[index].norm === 'and' || tokens[index].norm === 'then') && tokens[index - 1]?.norm === ',';
}

/** The index just past the last token of the response's clause. */
function clauseEnd(tokens: readonly ClinicalToken[], from: number): number {
  let index = from;
  while (index < tokens.length && !CLAUSE_END.has(tokens[index].norm)) index++;
  return index;
}

function sentenceText(analysis: ClinicalAnalysis, sentence: number): string {
  const tokens = analysis.sentences[sentence]?.tokens ?? [];
  if (!tokens.length) return '';
  const { source, base } = analysis.prose;
  return source.slice(tokens[0].start - base, tokens[tokens.length - 1].end - base);
}

/**
 * Whether the response is only intended: the writer's or the member's to-do ("counselor will go over the lapse with
 * her Tuesday", "writer to share the incident with his PCP", "pt to call sponsor tonight", "consider C-SSRS") or a
 * response still to be done ("safety plan to be reviewed next session", "her prescriber will be messaged today").
 * GUIDE decisions b40-b44 and b25-b27: intentions are the plan element, not a response. A follow-up booked for an hour
 * or agreed with the member is set, and answers ("will call her at 7 pm", "he agreed").
 */
export function onlyIntended(analysis: ClinicalAnalysis, mention: Mention): boolean {
  const tokens = tokensOf(analysis, mention);
  const first = Math.max(clauseStart(tokens, mention.startToken), mention.startToken - INTENTION_REACH);
  let intended = false;
  for (let index = first; index < mention.startToken && !intended; index++) {
    const norm = tokens[index].norm;
    // "she said she will not act on it": the member's answer to a question asked, not a to-do. A step the member only
    // says she will take ("says she'll skip the party", "said he will call his sponsor") is her own intention, no plan
    // made with the clinician (GUIDE decisions b35-b39).
    if (SPOKEN.has(norm)) {
      intended = mention.entry.fields.assessment !== true && willBetween(tokens, index + 1, mention.startToken + 1);
      break;
    }
    if (INTENTION_WORDS.has(norm) && !NOT_AFTER.has(tokens[index + 1]?.norm ?? '')) intended = true;
    else if (norm === 'to' && index > 0 && INTENDS_TO.has(tokens[index - 1].norm)) intended = true;
  }
  // "safety plan to be reviewed", "prescriber will be messaged": the intention after the response's words.
  const after = tokens.slice(mention.endToken, mention.endToken + 3).map((token) => token.norm);
  if ((after[0] === 'to' || after[0] === 'will') && after[1] === 'be') intended = true;
  if (!intended) return false;
  // The hour must be the intended response's own ("will call her at 7 pm"), not another step's after a ";" ("relapse
  // plan to be reviewed with her counselor; return tomorrow 8:30"); the member's agreement may follow in a clause of
  // its own ("will call her Thursday, and she agreed").
  return !CLOCK_TIME.test(clauseText(analysis, mention)) && !AGREED.test(sentenceText(analysis, mention.sentence));
}

/** Whether "will" ("'ll") stands in tokens from..to (to excluded), not before a negation ("will not act on it"). */
function willBetween(tokens: readonly ClinicalToken[], from: number, to: number): boolean {
  for (let index = from; index < to; index++)
    if (tokens[index].norm === 'will' && !NOT_AFTER.has(tokens[index + 1]?.norm ?? '')) return true;
  return false;
}

/** The whole group as the receiver ("for everyone", "to all members", "the closing slide"): the group's topic. */
const WHOLE_GROUP = new RegExp(
  '\\b(?:(?:for|to) (?:everyone|everybody|all (?:the )?(?:group )?members|all participants|the whole group|' +
    'the entire group|the group as a whole)|as a (?:whole )?group|as a (?:group )?topic|group[- ]wide|' +
    'closing slide|group slide' +
    '|(?:taught|teaches|presented|presents|introduced|introduces)\\b[^.;]{0,40}\\bto the group)\\b',
  'i',
);

/**
 * Whether the response was given to the whole group rather than to this member: "the closing slide listed 988 for
 * everyone", "writer taught urge surfing to the whole group". A skill or a resource given to all is the group's topic
 * and answers no one's disclosure (GUIDE decisions b12-b14, b25-b27).
 */
export function givenToWholeGroup(analysis: ClinicalAnalysis, mention: Mention): boolean {
  const tokens = tokensOf(analysis, mention);
  if (!tokens.length) return false;
  const start = clauseStart(tokens, mention.startToken);
  const end = clauseEnd(tokens, mention.endToken);
  if (end <= start) return false;
  const { source, base } = analysis.prose;
  const clause = source.slice(tokens[start].start - base, tokens[end - 1].end - base);
  return WHOLE_GROUP.test(clause);
}

/** The member turning an offer down, or leaving before it ("she said no", "he declined", "and left"). */
const TURNED_DOWN = /\b(?:declined|declines|refused|refuses|said no|says no|no thanks|and left|logged off|hung up)\b/i;

/**
 * Whether the response is an offer the member turned down: "writer offered to go over her safety plan with her after
 * group; she said no and left". What was offered and not done is no response (GUIDE F4.1); a level of care recommended
 * and refused is still a referral documented, and is not read here (its words are no "offered to <do>").
 */
export function offeredAndDeclined(analysis: ClinicalAnalysis, mention: Mention): boolean {
  const tokens = tokensOf(analysis, mention);
  const first = Math.max(clauseStart(tokens, mention.startToken), mention.startToken - INTENTION_REACH);
  let offered = false;
  for (let index = first + 1; index < mention.startToken; index++)
    if (tokens[index].norm === 'to' && /^(?:offered|offers|offering)$/.test(tokens[index - 1].norm)) offered = true;
  if (!offered) return false;
  const { source, base } = analysis.prose;
  const rest = source.slice(mention.end - base, mention.end - base + 160);
  const sentenceEnd = tokens[tokens.length - 1].end - base;
  const next = sentenceText(analysis, mention.sentence + 1);
  const sameSentence = source.slice(mention.end - base, sentenceEnd);
  return TURNED_DOWN.test(sameSentence) || TURNED_DOWN.test(next) || (!next && TURNED_DOWN.test(rest));
}

/** Capitalised words before "'s" that are no other person's name ("Pt's safety plan", "Writer's call"). */
const NOT_A_NAME: ReadonlySet<string> = new Set([
  'pt',
  'patient',
  'client',
  'member',
  'writer',
  'clinician',
  'staff',
  'today',
  'tonight',
  'group',
  'program',
  'team',
]);

/**
 * Whether the response is another member's: named by their possessive ("went over Terrence's relapse plan with him")
 * or done with another attendee named in its clause ("took Kayla to a breakout room to go over her relapse plan" in
 * Ruth's section). A response to someone else answers none of this member's disclosures (GUIDE: the clinician's
 * response to this member).
 */
export function someoneElses(
  analysis: ClinicalAnalysis,
  mention: Mention,
  selfNames: readonly string[] = [],
  otherNames: readonly string[] = [],
): boolean {
  const tokens = tokensOf(analysis, mention);
  const self = new Set(selfNames.map((name) => name.toLowerCase()));
  const others = new Set(otherNames.map((name) => name.toLowerCase()));
  const start = clauseStart(tokens, mention.startToken);
  for (let index = start; index < mention.startToken; index++) {
    const token = tokens[index];
    if (token.kind !== 'word' || self.has(token.norm) || NOT_A_NAME.has(token.norm)) continue;
    const capitalised = /^[A-Z][a-z]/.test(token.raw);
    const possessive = tokens[index + 1]?.norm === "'s" && index + 2 >= mention.startToken - 1;
    if (capitalised && possessive) return true;
    if (capitalised && others.has(token.norm)) return true;
    // A relation who owns the measure ("his brother's safety plan", "her sister had a safety plan from her own stay").
    if (
      PERSON_HEAD.test(token.norm) &&
      (possessive || ownerOf(tokens, index, mention.startToken)) &&
      !analysis.prose.source.slice(token.end - analysis.prose.base, mention.start - analysis.prose.base).includes('\n')
    )
      return true;
    // A relation's own provider doing it ("her friend's therapist gave the friend a crisis card").
    if (
      PERSON_HEAD.test(token.norm) &&
      tokens[index + 1]?.norm === "'s" &&
      PROVIDER.test(tokens[index + 2]?.norm ?? '')
    )
      return true;
  }
  return false;
}

/** A relation or acquaintance named by its head noun ("brother", "roommate"): macros.yaml `person-head`. */
const ONE_WORD = (word: string): boolean => !/[\s<]/.test(word) && !/^(?:supervisor|manager)$/i.test(word);
const PERSON_HEAD = new RegExp(
  `^(?:${wordsPattern('kin', ONE_WORD).source}|${wordsPattern('person-head', ONE_WORD).source})$`,
  'i',
);
/** A provider of the relation's own ("her friend's therapist"). */
const PROVIDER = /^(?:therapist|counselor|counsellor|doctor|psychiatrist|nurse|clinician|prescriber|pcp|caseworker)$/i;
const HAS_VERB: ReadonlySet<string> = new Set(['had', 'has', 'have', 'keeps', 'kept', 'got', 'carries']);

/** Whether the token after a person is "had"/"has" and the response follows within an article and a word. */
function ownerOf(tokens: readonly ClinicalToken[], index: number, responseStart: number): boolean {
  return HAS_VERB.has(tokens[index + 1]?.norm ?? '') && responseStart - (index + 2) <= 2;
}

/** Care given by someone else at the time ("the ER gave her a safety plan", "where they gave him a card"). */
const GIVEN_BY_OTHERS = new RegExp(
  '\\b(?:ER|ED|E\\.R\\.|[Hh]ospital|[Ee]mergency (?:room|department)|[Uu]rgent care|[Tt]hey|[Tt]he nurse|[Tt]he unit|' +
    '[Pp]revious (?:therapist|provider|clinician))\\s+(?:\\w+\\s+){0,2}?(?:gave|handed|provided)\\b' +
    // A measure made in another setting ("a safety plan made at the hospital in 2021", "from her own hospital stay").
    '|\\b(?:made|written|done|created|given|drawn up)\\s+(?:at|in|by|during)\\s+' +
    '(?:the\\s+|her\\s+|his\\s+|their\\s+|a\\s+)?(?:last\\s+|previous\\s+|recent\\s+|prior\\s+)?' +
    '(?:hospital|ER|ED|emergency (?:room|department)|inpatient|unit|rehab|detox|residential|crisis (?:center|unit)|' +
    'previous (?:program|therapist|provider))\\b' +
    '|\\bfrom\\s+(?:her|his|their|the|a)\\s+(?:own\\s+|last\\s+|previous\\s+)?' +
    '(?:hospital|inpatient|rehab|detox|residential|ER|ED)' +
    '(?:\\s+(?:stay|admission|visit))?\\b',
);
/** A tool the member has kept from before ("988 saved in his phone since college", "it's in my bag somewhere"). */
const KEPT_FROM_BEFORE = new RegExp(
  "\\b(?:saved in (?:her|his|my|their) phone|(?:it ?'s|it is) " +
    '(?:somewhere )?in (?:my|her|his|their) (?:bag|purse|wallet)|' +
    'in (?:my|her|his|their) (?:bag|purse|wallet) somewhere|(?:has|have) had)\\b',
  'i',
);
/** Words saying the clinician took the measure up now ("reviewed the safety plan the ER gave her"). */
const TAKEN_UP_NOW =
  /\b(?:reviewed|reviewing|updated|revised|went over|go over|walked through|completed|practised|practiced|today)\b/i;

function clauseText(analysis: ClinicalAnalysis, mention: Mention): string {
  const tokens = tokensOf(analysis, mention);
  if (!tokens.length) return '';
  const start = clauseStart(tokens, mention.startToken);
  const end = clauseEnd(tokens, mention.endToken);
  if (end <= start) return '';
  const { source, base } = analysis.prose;
  return source.slice(tokens[start].start - base, tokens[end - 1].end - base);
}

/**
 * Whether the response is a measure someone else gave at the time, or one the member has kept from before, and this
 * note records nobody taking it up now: "they gave me a safety plan, it's in my bag somewhere", "the ED gave her a
 * safety plan and a 988 card", "has had 988 saved in her phone since college". GUIDE F4.3: a plan or a measure made
 * by someone else, or before this disclosure, answers it only when this note records the clinician reviewing,
 * confirming or acting on it now.
 */
export function someoneElsesMeasure(analysis: ClinicalAnalysis, mention: Mention): boolean {
  const tokens = tokensOf(analysis, mention);
  if (!tokens.length) return false;
  const { source, base } = analysis.prose;
  const sentence = source.slice(tokens[0].start - base, tokens[tokens.length - 1].end - base);
  const clause = clauseText(analysis, mention);
  if (TAKEN_UP_NOW.test(sentence)) return false;
  // A tool handed over now and then saved ("988 given and saved in her phone") is this session's, not kept from before.
  return GIVEN_BY_OTHERS.test(clause) || (KEPT_FROM_BEFORE.test(clause) && !GIVEN_NOW.test(clause));
}
/** A passive "given" with no giver named: the clinician's act in this note ("988 given", "crisis card provided"). */
const GIVEN_NOW = /\b(?:given|provided|handed out|handed to (?:her|him|them))\b(?!\s+(?:by|at|in)\b)/i;

/** Stock words after "protective factors" that name none of them ("Protective factors: discussed."). */
const STOCK_ONLY = new RegExp(
  '^[\\s:,-]*(?:(?:were|was|are|is|have been|been)\\s+)?' +
    '(?:discussed|reviewed|addressed|explored|assessed|noted|identified|considered|done)?[\\s.]*$',
  'i',
);

/**
 * Whether the response is a stock "protective factors discussed" with none named (GUIDE b40-b44 on protective factors:
 * "an empty field or a stock 'protective factors discussed' with none named documents nothing", F4.1). Named factors
 * ("protective factors: her dog and her niece's calls") answer.
 */
export function stockWithNoneNamed(analysis: ClinicalAnalysis, mention: Mention): boolean {
  const { source, base } = analysis.prose;
  if (!/protective factor/i.test(source.slice(mention.start - base, mention.end - base))) return false;
  // The rest of its sentence or line: a label's colon does not end it ("Protective factors: her dog, her niece").
  const rest = /^[^.;\n]*/.exec(source.slice(mention.end - base))?.[0] ?? '';
  return STOCK_ONLY.test(rest);
}
