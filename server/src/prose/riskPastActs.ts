/**
 * Past acts and use settings for risk.ts: dated violent acts, use told in an overdose, the paragraph's use
 * setting, and nicotine as a target.
 */
import type { ClinicalAnalysis } from './analysis';
import { longestMatch } from './patterns';
import type { CompiledEntry } from './tokenMatcher';
import { derivedRecord, setStatus, type RiskRecord } from './riskRecord';
import { wordsPattern } from './wordsPattern';

/**
 * A violent act told in the past tense with the past event it belongs to named in its sentence is the member's
 * history, not a current disclosure (GUIDE: an old assault charge, an index offense, a member's own past combat
 * violence are `historical`): a year before the session's ("beating a guy half to death in a bar in 1998", "talked
 * about Ramadi in 2006: \"I shot a kid\""), or the arrest, charge or incident it led to ("owned the 2024 incident
 * that got him locked up: \"I grabbed her by the neck\""). The date often stands before a colon, where the context's
 * historical scope stops: a dated trigger of the context's anywhere in the sentence dates it (context.yaml `dated`: a
 * year or month before the session's; not "since 2019", which the context reads as a start), unless a recent trigger
 * reaches the act ("last week", "on Sunday"; not a state such as "a different animal now").
 */
export function datePastActs(analysis: ClinicalAnalysis, found: readonly RiskRecord[]): void {
  const { prose } = analysis;
  for (const record of found) {
    const { mention } = record;
    if (mention.category !== 'violence' || mention.status !== 'current' || !PAST_ACT.test(mention.text)) continue;
    const clinical = analysis.sentences[record.sentence];
    if (!clinical) continue;
    const { sentence, context, tokens } = clinical;
    const first = tokens.findIndex((token) => token.end > mention.start);
    const end = tokens.findIndex((token) => token.start >= mention.end);
    if (first >= 0 && context.triggersOf(first, end < 0 ? tokens.length : end, 'risk', 'recent').length) continue;
    const text = prose.source.slice(sentence.start - prose.base, sentence.end - prose.base);
    if (context.triggerStartsIn('historical', 0, tokens.length, true) || PAST_EVENT.test(text))
      setStatus(record, 'historical', 'dated');
  }
}
const PAST_ACT = new RegExp(
  String.raw`\b(?:grabbed|pushed|shoved|hit|punched|slapped|choked|shot|stabbed|beat|beating|kicked|strangled` +
    String.raw`|attacked|assaulted|killed|wanted to)\b`,
  'i',
);
const PAST_EVENT = new RegExp(
  String.raw`\b(?:the|that|his|her|my)\s+(?:\d{4}\s+)?` +
    String.raw`(?:arrest|incident|offen[cs]e|index offen[cs]e|charges?|conviction|assault charge)\b|\blocked up\b`,
  'i',
);

/**
 * An overdose that is also use (GUIDE, decisions of 2026-12-05): in the sentence of an overdose event, alcohol taken
 * with it, someone else's controlled medication or a street drug, and use slang in a paragraph about substance use
 * (risk-substance.yaml entries with `withOverdose`; `useContext` ones only where a program or recovery word stands in
 * the paragraph) is a substance mention with the overdose's status, unless a substance mention already covers it.
 */
export function addUseInOverdose(analysis: ClinicalAnalysis, found: RiskRecord[]): void {
  const entries = analysis.lexicons.overdoseUse;
  if (!entries.length) return;
  let useContext: boolean | undefined;
  const count = found.length;
  for (let index = 0; index < count; index++) {
    const event = found[index];
    const overdose = event.mention;
    // An ingestion read as a suicide attempt ("took everything in the cabinet") is an overdose event too.
    if (overdose.category !== 'overdose' && !(overdose.category === 'suicide' && overdose.level === 'attempt'))
      continue;
    const sentence = analysis.sentences[event.sentence];
    if (!sentence) continue;
    const { tokens } = sentence;
    for (let at = 0; at < tokens.length; at++) {
      let best: { end: number; entry: CompiledEntry } | undefined;
      for (const entry of entries) {
        const end = longestMatch(entry.pattern.elements, tokens, at, tokens.length);
        if (end > at && (!best || end > best.end)) best = { end, entry };
      }
      if (!best) continue;
      if (best.entry.fields.useContext === true && !(useContext ??= USE_CONTEXT.test(analysis.prose.source))) continue;
      addDerivedUse(analysis, found, event, tokens[at].start, tokens[best.end - 1].end, best.entry.pattern.source);
      break;
    }
  }
}

/**
 * Adds the substance mention [start, end) that an event's words hold (an overdose's drug, a kept medicine), with the
 * status of the mention `from` it is read in and in its sentence, unless a substance mention already covers it. The
 * added mention takes none of the later readings (anaphora, companions, means, care).
 */
export function addDerivedUse(
  analysis: ClinicalAnalysis,
  found: RiskRecord[],
  from: RiskRecord,
  start: number,
  end: number,
  entry: string,
): void {
  if (found.some(({ mention: other }) => other.category === 'substance' && other.start < end && start < other.end))
    return;
  const event = from.mention;
  const use = {
    start,
    end,
    category: 'substance' as const,
    status: event.status,
    uncertain: event.uncertain,
    text: analysis.prose.source.slice(start - analysis.prose.base, end - analysis.prose.base),
    entry,
  };
  found.push(derivedRecord(use, from.sentence, from));
}

/** Words that say a paragraph is about substance use or recovery (macros.yaml `use-context`), as written. */
const USE_CONTEXT = wordsPattern('use-context');

/**
 * Words of a substance-use program or of use itself (macros.yaml `use-setting`), for program slang read only in such a
 * paragraph (lexicon field `useSetting`). Unlike `use-context` it leaves out "used" and "using", which skills take too.
 */
export const inUseSetting = (text: string): boolean => USE_SETTING_ACRONYMS.test(text) || USE_SETTING_WORDS.test(text);
const USE_SETTING_ACRONYMS = wordsPattern('use-setting', (word) => /^[A-Z0-9]+$/.test(word), '');
const USE_SETTING_WORDS = wordsPattern('use-setting', (word) => !/^[A-Z0-9]+$/.test(word), 'i');

/**
 * Words that make tobacco or nicotine a target in the paragraph (macros.yaml `nicotine-target`: quitting, a taper,
 * replacement therapy), for use told in entries with the field `nicotine` (eval/GUIDE.md, "Tobacco, coffee, food").
 */
export const NICOTINE_TARGET = wordsPattern('nicotine-target', () => true, 'i');
const NICOTINE_WORD =
  /\b(?:nicotine|vap\w*|cig|cigs|cigarettes?|smok\w*|pods?|juul\w*|dip|chew|tobacco|pouch(?:es)?|zyn)\b/i;

/** A sentence of the paragraph names nicotine and treats it as a target ("reviewed his vape taper plan"). */
export const nicotineTargetedIn = (analysis: ClinicalAnalysis): boolean =>
  analysis.sentences.some(({ sentence }) => NICOTINE_WORD.test(sentence.text) && NICOTINE_TARGET.test(sentence.text));
