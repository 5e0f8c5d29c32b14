import { sentenceAt, sliceProse, type Prose } from './segment';
import { WEEKDAY } from './words';

/**
 * What tells a lapse from the urge before it, for the progress readings of a lapse (goalLapses.ts on a named day,
 * elements.ts over the interval since the last session).
 */

/**
 * A mention that tells an urge, a craving or a thought, not the act ("urge to cut like a 7 Tuesday", "strong cravings
 * Saturday", "thoughts of harming others since last group", "white-knuckled it" through one): a neighbouring state,
 * not the behaviour the goal counts (eval/GUIDE.md, "Goal links": cravings do not link a use goal; GN301: "suicidal
 * thoughts against a safety goal: a thought is not a behaviour the goal counts").
 */
const ONLY_AN_URGE =
  /\b(?:crav\w*|urges?|itch|want\w*|tempt\w*|thoughts?|thinking|ideation|feel\s+like|white[\s-]*knuckl\w*)\b/i;
/** Words of the act itself beside an urge ("craved it and drank anyway"). */
const THE_ACT = new RegExp(
  String.raw`\b(?:drank|drunk|used|using|relapsed?|lapsed?|slipped|smoked|shot\s+up|picked\s+up|burned|scratched|` +
    String.raw`punched|shoved)\b`,
  'i',
);

/** Whether a risk mention's words tell only the urge or thought, with no act beside it. */
export function onlyAnUrge(text: string): boolean {
  return ONLY_AN_URGE.test(text) && !THE_ACT.test(text);
}

/**
 * Words just before a risk mention that say the act was not done: a near-act ("almost called the dealer", "nearly
 * bought a bottle", "wanted to grab a 12-pack", "was tempted to drink", "thought about cutting"). The urge or the
 * approach is a neighbouring state, not a count of the goal's behaviour (eval/GUIDE.md, "Goal links": a neighbouring
 * behaviour does not link; the progress pass: a count of the goal's own behaviour).
 */
const NEAR_ACT_BEFORE = new RegExp(
  String.raw`\b(?:almost|nearly|wanted\s+to|wanting\s+to|tempted\s+to|was\s+tempted|close\s+to|` +
    String.raw`thought\s+(?:about|of)|considered)\s+(?:\S+\s+){0,2}["“'‘]?$`,
  'i',
);

/**
 * The present progressive of a named day still to come ("Monday I'm pulling up on him", "is getting handled this
 * weekend", "me and him are settling it Friday"): told in the present with a day, the act lies ahead, intent and not a
 * count over the interval (eval/GUIDE.md, "Stated intent to use links an abstinence goal by its opposite, with no
 * progress"). Read on the words around the mention's start; a sentence with a past or a stretch ("has been using
 * since Friday", "was drinking Saturday") is not one.
 */
const PROGRESSIVE = /(?:['’]m|\bam|\bis|\bare|['’]re|['’]s)\s+(?:\w+\s+)?\w+ing\b/i;
/** A day the progressive is told for ("Friday", "this weekend", "tonight"): without one it is a habit now. */
const DAY_NAMED = new RegExp(String.raw`\b(?:${WEEKDAY}|weekend|tonight|tomorrow)\b`, 'i');
const PAST_OR_STRETCH = /\b(?:since|been|was|were|had|did|last|ago|yesterday)\b/i;
/**
 * A threat told on a day of the interval ("told them Monday I'm bringing something Friday"): the telling is the act,
 * done that day, and a threat on a named day is the goal's opposite (eval/GUIDE.md, b40-b44 named-day rule).
 */
const TOLD_ON_A_DAY = new RegExp(
  String.raw`\b(?:told|said|texted|messaged|threatened|warned|yelled|posted|wrote)\b(?:\s+\w+){0,2}\s+` +
    String.raw`(?:on\s+)?${WEEKDAY}\b`,
  'i',
);

/**
 * Whether the act of a risk mention was not done on its day: a near-act before it, or a progressive still to come.
 * `before` is the sentence's text before the mention, `sentence` the whole sentence.
 */
export function actNotDone(before: string, mentionText: string, sentence: string): boolean {
  if (NEAR_ACT_BEFORE.test(before)) return true;
  const around = `${before.slice(-30)}${mentionText.slice(0, 30)}`;
  const match = PROGRESSIVE.exec(around);
  return (
    !!match &&
    DAY_NAMED.test(sentence) &&
    match.index + match[0].length > Math.min(before.length, 30) &&
    !PAST_OR_STRETCH.test(sentence) &&
    !TOLD_ON_A_DAY.test(sentence)
  );
}

/** A screen's question before the mention ("Asked about use since last group", "asked if she'd cut since Tuesday"). */
const ASKED_BEFORE = /\b(?:asked|asking|inquired|queried)\b[^.;]*?\b(?:about|if|whether|re:?)\s/i;
/** An answer short of a count: a hedge, a refusal, a shrug (eval/GUIDE.md F3: not a denial, and no count either). */
const HEDGED_ANSWER = new RegExp(
  String.raw`\b(?:define|skip\s+me|pass|don['’]?t\s+think\s+so|not\s+really|maybe|kind\s+of|sort\s+of|i\s+guess|` +
    String.raw`would\s+not\s+say|wouldn['’]?t\s+say|declined|refused|shrugged|changed\s+the\s+subject|no\s+comment|` +
    String.raw`not\s+sure|don['’]?t\s+know|rather\s+not)\b`,
  'i',
);
/** The end of the question's time frame after a bare "since last" ("... Tuesday", "... group"). */
const QUESTION_FRAME_END = new RegExp(
  String.raw`^\s*(?:(?:last|the\s+last|previous)\s+)?(?:group|session|week|weekend|visit|${WEEKDAY})\b`,
  'i',
);
/** What an answer concedes that places it in the interval: a number, a yes, a tally or a day. */
const CONCEDED = new RegExp(String.raw`\d|\b(?:yes|yeah|yep|once|twice|${WEEKDAY}|weekend)\b`, 'i');

/**
 * Whether a mention is the frame of a screen's question answered with a hedge or a refusal and no count ("Asked about
 * use since last group: 'Define use.'", "asked if she'd cut since last Tuesday; 'I don't think so'"): the answer is
 * GN305's current mention, but it tells no count over the interval, so no progress (eval/GUIDE.md, the progress pass:
 * "A count with no period" and "'Again' with no count" are not progress; F3.2: a hedge is short of a no).
 * `before` is the sentence's text before the mention, `after` its text after it.
 */
export function hedgedScreen(before: string, after: string): boolean {
  // The question's own time frame ends it ("since last Tuesday"), before the answer.
  const answer = after.replace(QUESTION_FRAME_END, '');
  return ASKED_BEFORE.test(`${before} `) && HEDGED_ANSWER.test(answer) && !CONCEDED.test(answer);
}

/**
 * {@link hedgedScreen} for the mention at `start`..`end` of `prose`: the answer is the rest of its sentence, or the
 * next sentence when nothing but a colon or a dash follows the question ("Asked about use since last group: 'Define
 * use.'").
 */
export function hedgedScreenAt(prose: Prose, start: number, end: number): boolean {
  const sentence = sentenceAt(prose, start);
  if (!sentence) return false;
  const before = sliceProse(prose, sentence.label?.start ?? sentence.start, start);
  let after = sliceProse(prose, end, Math.max(end, sentence.end));
  if (!/[a-z]/i.test(after)) {
    const next = sentenceAt(prose, sentence.end + 1) ?? sentenceAt(prose, sentence.end + 2);
    if (next && next.start > sentence.start) after += ` ${sliceProse(prose, next.start, next.end)}`;
  }
  return hedgedScreen(before, after);
}
