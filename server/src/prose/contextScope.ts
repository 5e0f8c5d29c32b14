/**
 * The scope of each ConText modifier in one sentence: where a forward or backward scope ends (breaks, terminators,
 * clauses, a conditional's consequent, complement verbs), and the field and checkbox readings of forms.
 */
import { type ClinicalToken, isHardBreak, LINE_BREAK } from './clinicalTokens';
import type { CompiledEntry, EntryMatch } from './tokenMatcher';
import {
  CONTEXT_CATEGORIES,
  type ContextCategory,
  type ModifierFields,
  type ContextSettings,
  type Scoped,
  fieldsOf,
} from './contextTypes';
import { SUBJECT_PRONOUNS, TIME_SUBORDINATORS } from './contextWords';
import { wordListWords } from './contextPeople';

/**
 * The categories whose scopes a modifier ends (a terminator's own list, else those its category terminates): a function
 * of the entry and the settings, worked out once per compiled entry.
 */
function endedBy(entry: CompiledEntry, fields: ModifierFields, settings: ContextSettings): readonly ContextCategory[] {
  const known = endedByEntry.get(entry);
  if (known && known.settings === settings) return known.ended;
  const ended: readonly ContextCategory[] =
    fields.direction === 'terminate'
      ? [...fields.terminates]
      : fields.direction === 'pseudo'
        ? []
        : CONTEXT_CATEGORIES.filter((category) => settings.terminatedBy.get(category)?.has(fields.category));
  endedByEntry.set(entry, { settings, ended });
  return ended;
}

const endedByEntry = new WeakMap<CompiledEntry, { settings: ContextSettings; ended: readonly ContextCategory[] }>();

export function scopeModifiers(
  tokens: readonly ClinicalToken[],
  modifiers: readonly EntryMatch[],
  settings: ContextSettings,
  quoted: ReadonlySet<number> | undefined,
): Scoped[] {
  // Terminators by token position: where each category's scopes end.
  const startsAt = new Map<number, Set<ContextCategory>>();
  const endsAt = new Map<number, Set<ContextCategory>>();
  const consequents = new Set<number>();
  const questionEnds = new Set<number>();
  const mark = (map: Map<number, Set<ContextCategory>>, at: number, category: ContextCategory) => {
    let set = map.get(at);
    if (!set) map.set(at, (set = new Set()));
    set.add(category);
  };
  for (const match of modifiers) {
    const fields = fieldsOf(match.entry);
    const ended = endedBy(match.entry, fields, settings);
    for (const category of ended) {
      mark(startsAt, match.startToken, category);
      mark(endsAt, match.endToken, category);
    }
    // A consequent's marker ("will", "would", "then": a terminator of conditions only, in words) ends a condition, not
    // a question: "asked if he'd drunk since last group" goes on through the "'d".
    if (fields.direction === 'terminate' && isConsequentMarker(tokens, match, fields))
      consequents.add(match.startToken);
    else if (ended.includes('hypothetical')) questionEnds.add(match.startToken);
  }
  const consequentsOnly = new Set([...consequents].filter((at) => !questionEnds.has(at)));
  const scoped: Scoped[] = [];
  for (const match of modifiers) {
    const fields = fieldsOf(match.entry);
    if (fields.direction === 'terminate' || fields.direction === 'pseudo') {
      scoped.push({ match, fields, from: match.startToken, to: match.startToken, cutAtTerminator: false });
      continue;
    }
    if (
      (fields.direction === 'forward' || fields.direction === 'bidirectional') &&
      !parentheticalAnswer(tokens, match)
    ) {
      const end = forwardEnd(tokens, match, fields, startsAt, {
        passes: fields.question
          ? consequentsOnly
          : fields.category === 'hypothetical'
            ? complementModals(tokens, consequents)
            : undefined,
        quoteEnds: untickedOption(tokens, match) ? quoted : undefined,
      });
      // A past date inside a person's relative clause dates that clause only ("the ex-husband who broke her wrist in
      // 2021, said some nights she thinks about ..."): its scope ends at the comma that closes the clause.
      const to = fields.category === 'historical' && fields.dated ? relativeClauseEnd(tokens, match, end) : end;
      const cutAtTerminator =
        (fields.category === 'negated' || fields.category === 'affirmed') &&
        to < tokens.length &&
        startsAt.get(to)?.has(fields.category) === true;
      const endsAtConsequent =
        fields.category === 'hypothetical' && to < tokens.length && startsAt.get(to)?.has('hypothetical') === true;
      scoped.push({ match, fields, from: match.endToken, to, cutAtTerminator, endsAtConsequent });
    }
    if (fields.direction === 'backward' || fields.direction === 'bidirectional') {
      if (fields.closesClause && !closesClause(tokens, match.endToken, settings.postFiller)) continue;
      if (boxOfTheNextItem(tokens, match)) continue;
      const from = backwardStart(tokens, match, fields, endsAt, fieldAnswer(tokens, match) ? quoted : undefined);
      scoped.push({ match, fields, from, to: match.startToken, cutAtTerminator: false });
    }
  }
  return scoped;
}

function relativeClauseEnd(tokens: readonly ClinicalToken[], match: EntryMatch, end: number): number {
  let opened = false;
  for (let at = match.startToken - 1; at >= 0 && at >= match.startToken - RELATIVE_DATE_REACH; at--) {
    const norm = tokens[at].norm;
    if (norm === ',' || isHardBreak(tokens[at])) break;
    if (norm === 'who') opened = true;
  }
  if (!opened) return end;
  for (let at = match.endToken; at < end; at++) if (tokens[at].norm === ',') return at;
  return end;
}
/** How far before a date the "who" of its relative clause may stand. */
const RELATIVE_DATE_REACH = 8;

/**
 * Scopes are counted in words (and numbers), as NegEx counts its window: punctuation inside a list does not shorten it.
 */
export function isWord(token: ClinicalToken): boolean {
  return token.kind === 'word' || token.kind === 'number';
}

/**
 * The consequent markers that open a complement inside the condition, not its consequent: "if she feels she'd be
 * better off dead", "if I start thinking I'd be better off dead" (a verb of feeling or thinking, a subject, the modal).
 * A condition's scope goes on through them; the consequent after ("she will call her sister") still ends it.
 */
function complementModals(tokens: readonly ClinicalToken[], consequents: ReadonlySet<number>): ReadonlySet<number> {
  const found = new Set<number>();
  for (const at of consequents) {
    // "she is going to", "he's gonna": the subject stands before the auxiliary.
    const subject = at >= 2 && COMPLEMENT_AUXILIARIES.has(tokens[at - 1].norm) ? at - 2 : at - 1;
    if (subject < 1 || !COMPLEMENT_SUBJECTS.has(tokens[subject].norm)) continue;
    let verb = subject - 1;
    if (tokens[verb].norm === 'that' && verb > 0) verb--;
    // A verb of speech with its hearer: "if his roommate tells him he's going to ...".
    if (HEARERS.has(tokens[verb].norm) && verb > 0 && REPORTED_WORDS.has(tokens[verb - 1].norm)) verb--;
    const word = tokens[verb].norm;
    if (COMPLEMENT_VERBS.has(word) || REPORTED_WORDS.has(word)) found.add(at);
  }
  return found;
}

const HEARERS: ReadonlySet<string> = new Set(['me', 'you', 'him', 'her', 'us', 'them']);

/** Auxiliaries between a complement's subject and its "going to" ("if she feels she's going to ..."). */
const COMPLEMENT_AUXILIARIES: ReadonlySet<string> = new Set(['is', "'s", 'was', 'are', 'were', 'am']);

/**
 * What someone says or sends inside a condition is part of the condition ("if a friend says she is going to hurt
 * herself", "if a friend sends you a snap that she's going to hurt herself"): a verb of speech (macros.yaml
 * `speech-verb`) or a message (macros.yaml `message-noun`) before the complement's subject.
 */
const REPORTED_WORDS: ReadonlySet<string> = new Set([
  ...wordListWords('speech-verb').words,
  ...wordListWords('message-noun').words,
]);

/** Verbs whose complement a condition holds ("if she feels she'd ..."). */
export const COMPLEMENT_VERBS: ReadonlySet<string> = new Set([
  'feel',
  'feels',
  'felt',
  'feeling',
  'think',
  'thinks',
  'thought',
  'thinking',
  'believe',
  'believes',
  'decide',
  'decides',
  'realize',
  'realizes',
  'worry',
  'worries',
  'fear',
  'fears',
]);

/** Subjects of such a complement: the subject pronouns but "you", and "it" ("if she feels it'd be ..."). */
const COMPLEMENT_SUBJECTS: ReadonlySet<string> = new Set([
  ...[...SUBJECT_PRONOUNS].filter((word) => word !== 'you'),
  'it',
]);

/** A terminator that ends only conditions, written in words ("will", "would", "then", "I'm gonna"), not a comma. */
function isConsequentMarker(tokens: readonly ClinicalToken[], match: EntryMatch, fields: ModifierFields): boolean {
  return (
    fields.terminates.length === 1 &&
    fields.terminates[0] === 'hypothetical' &&
    tokens[match.startToken]?.kind === 'word'
  );
}

/**
 * Another person named as the subject of a clause of time ("after his wife is asleep, loading and unloading his .38";
 * "when her son got home, she ..."): that clause is theirs, and the comma that closes it gives the sentence back to
 * its own subject, the member (dev veterans-d-5708).
 */
function opensTimeClause(tokens: readonly ClinicalToken[], start: number): boolean {
  return TIME_SUBORDINATORS.has(tokens[start - 1]?.norm ?? '');
}

const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'whose', 'whom']);

function forwardEnd(
  tokens: readonly ClinicalToken[],
  match: EntryMatch,
  fields: ModifierFields,
  terminators: Map<number, Set<ContextCategory>>,
  {
    passes,
    quoteEnds,
  }: {
    /** Terminator positions this scope goes on through (a question's, through a consequent's marker). */
    passes?: ReadonlySet<number>;
    /** Quoted tokens: the scope ends where a quote begins (an unticked option's word, see untickedOption). */
    quoteEnds?: ReadonlySet<number>;
  } = {},
): number {
  let words = 0;
  // A trigger inside parentheses modifies only what the parentheses hold: "(she denies) and reviewed her safety plan".
  let nested = insideParentheses(tokens, match.startToken) ? 0 : -1;
  // A field's answer ("SI: denies   HI: endorses") answers its own field: the next field's label ends it.
  const answersField = tokens[match.startToken - 1]?.norm === ':';
  const timeClause = fields.category === 'other' && opensTimeClause(tokens, match.startToken);
  // A trigger may hold the relative clause's opening (", who"): its closing comma is still to come.
  let openRelatives = tokens
    .slice(match.startToken, match.endToken)
    .filter((token, i, held) => RELATIVE_PRONOUNS.has(token.norm) && held[i - 1]?.norm === ',').length;
  for (let at = match.endToken; at < tokens.length; at++) {
    if (answersField && opensField(tokens, at)) return at;
    if (timeClause && tokens[at].norm === ',') {
      // A relative clause set off by commas ("her brother, who was drunk, hit her") stays inside the time clause.
      if (RELATIVE_PRONOUNS.has(tokens[at + 1]?.norm ?? '')) openRelatives++;
      else if (openRelatives > 0) openRelatives--;
      else return at;
    }
    if (nested >= 0 && tokens[at].norm === '(') nested++;
    else if (nested >= 0 && tokens[at].norm === ')' && nested-- === 0) return at;
    if (isHardBreak(tokens[at]) && !(fields.lineScope && withinLine(tokens[at]))) return at;
    if (!fields.ignoresTerminators && terminators.get(at)?.has(fields.category) && !passes?.has(at)) return at;
    if (isWord(tokens[at]) && ++words > fields.maxScope) return at;
    if (quoteEnds?.has(at) && !quoteEnds.has(match.startToken)) return at;
  }
  return tokens.length;
}

/**
 * Whether a trigger is a form field's answer boxes, read from its colon ("SI: [ ] Yes [x] No"): it answers the
 * field's own label, the words between the colon and the line or quote before it, never the member's quoted words
 * that precede the label ("... [ ] No \"burned my wrist\" SI: [ ] Yes [x] No").
 */
function fieldAnswer(tokens: readonly ClinicalToken[], match: EntryMatch): boolean {
  return tokens[match.startToken]?.norm === ':' && tokens[match.startToken + 1]?.kind === 'box';
}

/**
 * Whether a trigger is an option left unticked, its box or its first word ("Self-harm: [x] Yes [ ] No \"burned my
 * wrist\""): the option asserts nothing, so it reaches no further than the option's own words, and never into the
 * member's quoted words after it. Its reach over unquoted words is kept: "[ ] No video-capable device" is one option.
 */
function untickedOption(tokens: readonly ClinicalToken[], match: EntryMatch): boolean {
  const unticked = (token: ClinicalToken | undefined) => token?.kind === 'box' && token.norm === '[ ]';
  return unticked(tokens[match.startToken]) || unticked(tokens[match.startToken - 1]);
}

/** Whether token `at` stands after a "(" that is not closed before it (in the sentence's tokens). */
function insideParentheses(tokens: readonly ClinicalToken[], at: number): boolean {
  let open = 0;
  for (let before = at - 1; before >= 0; before--) {
    if (tokens[before].norm === ')') open--;
    else if (tokens[before].norm === '(' && ++open > 0) return true;
  }
  return false;
}

/** Breaks a line scope reaches across: checkboxes and semicolons (list separators inside one labelled line). */
function withinLine(token: ClinicalToken): boolean {
  return token.kind === 'box' || token.norm === ';';
}

/** Punctuation that no compound noun spans (see backwardStart). */
const COMPOUND_BREAKS: ReadonlySet<string> = new Set([',', ':', ';']);

function backwardStart(
  tokens: readonly ClinicalToken[],
  match: EntryMatch,
  fields: ModifierFields,
  terminators: Map<number, Set<ContextCategory>>,
  /** Quoted tokens: the scope ends where a quote ends (a field's answer, see fieldAnswer). */
  quoteStarts?: ReadonlySet<number>,
): number {
  let words = 0;
  for (let at = match.startToken; at > 0; at--) {
    if (isHardBreak(tokens[at - 1])) return at;
    if (quoteStarts?.has(at - 1) && !quoteStarts.has(match.startToken)) return at;
    if (terminators.get(at)?.has(fields.category)) return at;
    // A one-word scope is a compound ("relapse prevention", "craving log"): a comma or colon between the words ends
    // it, so the next item of a list ("intent yes, plan no") is no compound with the one before.
    if (fields.maxScope === 1 && COMPOUND_BREAKS.has(tokens[at - 1].norm)) return at;
    if (isWord(tokens[at - 1]) && ++words > fields.maxScope) return at;
  }
  return 0;
}

/**
 * Whether a lone checkbox read backward ("SI [ ] HI [ ]": the box after its item) belongs to the next item instead: in
 * a row (a template line, or what follows its label's colon) that opens with a box ("Intervention: [x] Reviewed relapse
 * prevention plan [ ] Referred to higher LOC"), each box stands before its own item, and an empty one must not deny
 * the ticked item before it.
 */
function boxOfTheNextItem(tokens: readonly ClinicalToken[], match: EntryMatch): boolean {
  if (match.endToken - match.startToken !== 1 || tokens[match.startToken].kind !== 'box') return false;
  let rowStart = match.startToken;
  while (rowStart > 0 && !ROW_OPENERS.has(tokens[rowStart - 1].norm)) rowStart--;
  return rowStart < match.startToken && tokens[rowStart].kind === 'box';
}

/**
 * Whether a trigger stands alone in parentheses ("asked whether it was intentional (denied) and confirmed she has
 * naloxone"): an answer about what precedes it (context.yaml reads "( denied )" backward), never about what follows.
 */
function parentheticalAnswer(tokens: readonly ClinicalToken[], match: EntryMatch): boolean {
  return tokens[match.startToken - 1]?.norm === '(' && tokens[match.endToken]?.norm === ')';
}

/** Tokens after which a checklist row begins: a template line's end (clinicalTokens.ts) and a label's colon. */
const ROW_OPENERS: ReadonlySet<string> = new Set([LINE_BREAK, ':']);

/**
 * Whether only filler words follow token `from` up to the next hard break or the sentence end, or the next field of a
 * template line ("SI: denies   HI: denies   AH/VH: denies": the first answer closes its field when "HI:" opens one).
 */
export function closesClause(tokens: readonly ClinicalToken[], from: number, filler: ReadonlySet<string>): boolean {
  for (let at = from; at < tokens.length; at++) {
    const token = tokens[at];
    if (isHardBreak(token)) return true;
    if (token.kind === 'punct') continue;
    if (token.kind === 'number') continue;
    if (!filler.has(token.norm)) return opensField(tokens, at) || nextItemAnsweredAlike(tokens, from, at);
  }
  return true;
}

/**
 * Whether the words at `at` are the next item of a list answered alike, after a comma: "SI denied, HI denied,
 * firearms stored off-site", "SI - N, HI - N" (the second item repeats the answer word `from` closed with), so the
 * first answer closes its own item whatever the list says after.
 */
function nextItemAnsweredAlike(tokens: readonly ClinicalToken[], from: number, at: number): boolean {
  if (tokens[at - 1]?.norm !== ',' || from < 1) return false;
  const answer = tokens[from - 1].norm;
  for (let next = at; next < Math.min(tokens.length, at + LIST_ITEM_WORDS + 1); next++) {
    if (tokens[next].norm === answer) return true;
    if (tokens[next].kind === 'punct' && !ITEM_ANSWER_MARKS.has(tokens[next].norm)) return false;
  }
  return false;
}

/** Marks inside one listed item and its answer: "AH/VH", "HI - N", "HI: N", "HI = N". */
const ITEM_ANSWER_MARKS: ReadonlySet<string> = new Set(['/', ':', '-', '=']);

/** The most words of a listed item before its answer ("HI", "AH/VH", "self harm urges"). */
const LIST_ITEM_WORDS = 3;

/** Whether a field label starts at token `at`: up to five words ("AH/VH", "Use since last group") and its colon. */
function opensField(tokens: readonly ClinicalToken[], at: number): boolean {
  for (let next = at; next < Math.min(tokens.length, at + 6); next++) {
    const token = tokens[next];
    if (token.norm === ':') return next > at;
    if (token.kind === 'punct' && token.norm !== '/') return false;
  }
  return false;
}
