/**
 * References for risk.ts: anaphora, quoted words, reunion with the dead, references ("it", "those
 * thoughts") resolved to the risk they name, and cited remarks.
 */
import { mentionText, type ClinicalAnalysis, type Mention } from './analysis';
import { PERSON_WORDS } from './contextPeople';
import { insideAny, type Prose, type Span } from './segment';
import { APOSTROPHE, evadedAfter } from './answerAfter';
import type { RiskCategory, RiskStatus, RiskMention } from './risk';
import { riskStatus } from './riskStatus';
import { derivedRecord, type RiskRecord, type StatusReason } from './riskRecord';

/**
 * A bare rating ("urges 7/10", lexicon field `anaphoric`) names no behaviour: it is the urge the paragraph is about.
 * It takes the category of the nearest explicit risk mention of the paragraph that is not denied (the one before it,
 * else the one after: "Urges to scratch her arms since Wednesday ... Urges down to 4/10" is self-harm); alone, it keeps
 * its own.
 */
export function resolveAnaphora(found: readonly RiskRecord[]): void {
  // A rated urge is one the member has: a denied risk ("asked about suicidal intent (denies)") is not its antecedent
  // while the paragraph names another.
  // A figure of speech ("this commute is killing me") names no urge.
  const named = found
    .filter((record) => !record.anaphoric && record.mention.status !== 'figurative')
    .map((record) => record.mention);
  const affirmed = named.filter((mention) => mention.status !== 'negated');
  const explicit = affirmed.length ? affirmed : named;
  found.forEach(({ mention, anaphoric }) => {
    if (!anaphoric) return;
    // A risk named over the rating's own first word counts as before it ("SH urges 0-1": self-harm).
    const before = explicit.filter((other) => other.start < mention.start).pop();
    const antecedent = before ?? explicit.find((other) => other.start >= mention.end);
    // An urge after an overdose is the pull of the drug ("her overdose in 2023 ... felt the pull again"): use.
    if (antecedent) mention.category = antecedent.category === 'overdose' ? 'substance' : antecedent.category;
  });
}

/**
 * A euphemism that is a risk only as the member's own quoted words (lexicon field `quoted`: "said she's \"done\"",
 * "ready to \"clock out\""): its last word must stand inside a short quotation (at most QUOTE_WORDS words), where the
 * member names the ending in a word of their own; the same word in the clinician's sentence is ordinary prose.
 */
export function quotedWords(prose: Prose, mention: Mention): boolean {
  // The quotation holds the euphemism's last word at least ("said she's \"done\"").
  const quote = prose.quotes.find((span) => span.start < mention.end && mention.end <= span.end);
  if (!quote) return false;
  const words = prose.source.slice(quote.start - prose.base, quote.end - prose.base).match(/[\p{L}\p{N}']+/gu) ?? [];
  return words.length <= QUOTE_WORDS;
}

const QUOTE_WORDS = 6;

/**
 * Words that say a person has died ("since her husband's funeral", "her late son", "after Dad passed"). A wish to be
 * with someone again (lexicon field `reunion`) is a wish to be dead only when that someone is dead: the paragraph says
 * so, or the wish itself places them beyond death ("in heaven", "on the other side").
 */
const DEATH_WORDS: ReadonlySet<string> = new Set([
  'died',
  'dies',
  'dead',
  'death',
  'deaths',
  'passed',
  'passing',
  'funeral',
  'funerals',
  'grave',
  'graveside',
  'buried',
  'burial',
  'killed',
  'suicide',
  'memorial',
  'cemetery',
  'deceased',
  'widow',
  'widowed',
  'widower',
  'heaven',
  'ashes',
  'urn',
  'overdosed',
  // Deaths told by how they happened (a stillbirth, a hanging, a drowning).
  'stillborn',
  'stillbirth',
  'miscarriage',
  'miscarried',
  'hanged',
  'drowned',
  'drowning',
  'overboard',
  'murdered',
  'perished',
  'fatal',
  'fatally',
  'obituary',
  'casket',
  'coffin',
  // A death anniversary, and the military's words for comrades killed ("the anniversary of his convoy getting hit").
  'anniversary',
  'kia',
  'fallen',
]);

export function reunionWithTheDead(analysis: ClinicalAnalysis, mention: Mention): boolean {
  // The death told in the wish's sentence, the two before it or the one after it ("since his son's funeral he just
  // wants to be with his boy again"); a death told further off is usually someone else's.
  const near = analysis.sentences.slice(Math.max(0, mention.sentence - 2), mention.sentence + 2);
  return near.some(({ tokens }) =>
    tokens.some(
      (token, at) =>
        DEATH_WORDS.has(token.norm) ||
        // "late" only before a person ("her late husband"), not "came in late"
        (token.norm === 'late' && at + 1 < tokens.length && PERSON_WORDS.has(tokens[at + 1].norm)),
    ),
  );
}

/** How many sentences back a reference ("it", "those thoughts") looks for the risk it refers to. */
const REFERENCE_REACH = 2;

/** Words before "think about it" that make it a promise to consider, not a thought ("will think about it"). */
const CONSIDER_BEFORE: ReadonlySet<string> = new Set(['will', 'would', 'to', 'might', 'may', 'could', 'should']);

/**
 * The statuses a current reference takes from its antecedent, each with the test that decides it. Only a current
 * reading inherits, and only once: the first rule that holds gives the status, which is then no longer current, so no
 * later rule is asked. That is why the order matters: were two rules ever to hold for one reference, the earlier one
 * would win, as it did when these were three `if`s in a row. (Each tests a different antecedent status, so today no
 * two can hold together.)
 */
const INHERITED_STATUSES: readonly {
  status: RiskStatus;
  inherits: (kind: string, antecedent: RiskMention) => boolean;
}[] = [
  // A reference to someone else's risk stays theirs ("her brother overdosed ... can't stop thinking about it"), but
  // for an act.
  { status: 'other', inherits: (kind) => kind !== 'act' },
  // The intent asked about after a threat made in a scenario or long ago is the scenario's or the past's.
  { status: 'hypothetical', inherits: (kind) => kind === 'intent' || kind === 'threat' },
  { status: 'historical', inherits: (kind) => kind === 'intent' || kind === 'threat' },
  // A thought that refers back to a scenario ("what she'd do if she felt the pull again ... before I even let myself
  // think about it") is part of the scenario.
  { status: 'hypothetical', inherits: (kind) => kind === 'thought' },
  // Thinking back on a past overdose or use ("an overdose in 2021 ... thinks about it when he sees how far he's
  // come") is no current use; a thought after a past attempt or self-injury may be the wish again, so it stays.
  {
    status: 'historical',
    inherits: (kind, antecedent) =>
      kind === 'thought' && (antecedent.category === 'substance' || antecedent.category === 'overdose'),
  },
];

/** Intent the member will not deny or endorses, told just before its word ("would not deny intent"). */
function affirmedBefore(analysis: ClinicalAnalysis, reference: Mention): boolean {
  const { prose } = analysis;
  const before = prose.source.slice(Math.max(0, reference.start - prose.base - 40), reference.start - prose.base);
  return AFFIRMED_INTENT.test(before);
}
const AFFIRMED_INTENT = new RegExp(
  String.raw`(?:\b(?:(?:would|will|did|does|could)\s+not|(?:would|wo|did|does|could)n${APOSTROPHE}t|refuse[sd]?\s+to)` +
    String.raw`\s+(?:deny|rule\s+out)|\bendors(?:es|ed|ing))\s+(?:any\s+)?$`,
  'i',
);

export function isMeans(reference: Mention): boolean {
  return reference.entry.fields.kind === 'means';
}

/**
 * References back to a risk (lexicons/anaphora.yaml: "did it again", "acted on it", "those thoughts", "the urges") take
 * the category of the nearest risk mention before them in the same or the two previous sentences, and their own
 * status from their own context (a denial of "it" denies it; "his sister has started doing it too" is hers). A
 * thought or an urge about someone else's risk stays theirs ("her brother overdosed ... can't stop thinking about
 * it"); a reference to a figure of speech is none. A thought about a lethal means named before ("his brother's
 * pistol ... thinks about it most nights") is the member's own suicidal thought with a method.
 */
export function resolveReferences(
  analysis: ClinicalAnalysis,
  found: RiskRecord[],
  references: readonly Mention[],
  goalTexts: readonly Span[],
): RiskRecord[] {
  const added: RiskRecord[] = [];
  const means = references.filter(isMeans);
  for (const reference of references) {
    const kind = reference.entry.fields.kind as string;
    if (kind === 'means' || kind === 'rung' || insideAny(goalTexts, reference.start, reference.end)) continue;
    if (found.some(({ mention }) => mention.start < reference.end && reference.start < mention.end)) continue;
    const sentence = analysis.sentences[reference.sentence];
    if (!sentence) continue;
    const before = sentence.tokens[reference.startToken - 1];
    if (kind === 'thought' && before && CONSIDER_BEFORE.has(before.norm)) continue;
    // The nearest risk before it, in reach (of the one category the entry names, if it names one); a thought may refer
    // to a lethal means named later than that risk.
    const only = reference.entry.fields.antecedent as RiskCategory | undefined;
    let antecedentRecord: RiskRecord | undefined;
    let antecedent: RiskMention | undefined;
    for (const record of found) {
      const { mention } = record;
      if (mention.end > reference.start || record.sentence < reference.sentence - REFERENCE_REACH) continue;
      if (only && mention.category !== only) continue;
      // The member's own threat is what the clinician follows up, not the grievance told beside it ("the neighbor who
      // keyed his truck is going to get hurt").
      if (only && antecedent && antecedent.status !== 'other' && mention.status === 'other') continue;
      const laterOrOwn = !antecedent || mention.start > antecedent.start || (only && antecedent.status === 'other');
      if (laterOrOwn) {
        antecedentRecord = record;
        antecedent = mention;
      }
    }
    if (only && !antecedent) continue;
    const meansBefore =
      kind === 'thought'
        ? means.filter((m) => m.end <= reference.start && m.sentence >= reference.sentence - REFERENCE_REACH).pop()
        : undefined;
    if (meansBefore && (!antecedent || meansBefore.start > antecedent.start)) antecedentRecord = antecedent = undefined;
    else if (!antecedent || antecedent.status === 'figurative') continue;
    // "The urges" after a denial names another urge ("Denies SI/HI. Plan: ... tally the urges" to text her partner).
    if (kind === 'urge' && antecedent?.status === 'negated') continue;
    const attributes = sentence.context.attributesOf(reference.startToken, reference.endToken, 'risk', reference.entry);
    const read = riskStatus({ ...reference, attributes }, sentence.tokens);
    let status = read;
    let why: StatusReason = 'antecedent';
    // The intent asked about after a threat and answered short of a clear no ("I'm not saying", "can't promise") is
    // the threat still standing (GUIDE writer-q and b12-b14: a hedge or a brush-off is no denial).
    // The threat passed on to its target or the police is the threat told again, whoever is told of it.
    if (kind === 'threat' && antecedent) status = antecedent.status;
    if (kind === 'intent') {
      const evaded = evadedAfter(analysis, reference);
      const threatStands = antecedent?.status === 'current';
      if (evaded && threatStands && (status === 'hypothetical' || status === 'negated')) {
        status = 'current';
        why = 'answer';
      }
      // Evaded with no threat standing ("Denies SI/HI. Asked about intent: \"I'm not saying.\""), the question stays
      // open: an evasion is neither the threat's yes nor a no.
      else if (evaded && !threatStands && (status === 'current' || status === 'negated')) {
        status = 'hypothetical';
        why = 'answer';
      }
      // Assessed, with no answer told ("writer assessed intent and access"), it is the response, not a cue; asked, it
      // is the clinician's question, not a scenario (unless the threat itself was one).
      else if (status === 'current' && !evaded && !affirmedBefore(analysis, reference)) continue;
      else if (status === 'hypothetical' && !evaded && antecedent?.status !== 'hypothetical') continue;
    }
    if (status === 'current' && antecedent) {
      const inherited = INHERITED_STATUSES.find(
        (rule) => antecedent.status === rule.status && rule.inherits(kind, antecedent),
      );
      if (inherited) status = inherited.status;
    }
    const mention: RiskMention = {
      start: reference.start,
      end: reference.end,
      category: antecedent ? antecedent.category : 'suicide',
      status,
      level: antecedent ? antecedent.level : 'method',
      uncertain: attributes.uncertain === true,
      text: mentionText(analysis, reference),
      entry: reference.entry.pattern.source,
    };
    added.push(
      derivedRecord(mention, reference.sentence, antecedentRecord, { why: status === read ? 'context' : why }),
    );
  }
  if (!added.length) return found;
  return [...found, ...added].sort((a, b) => a.mention.start - b.mention.start);
}

/**
 * A remark cited by its words ("checked in with her on the \"rather die\" remark") is the remark made earlier in the
 * paragraph, not a new one: it takes the status of the earlier mention of the same category whose words hold it (a
 * figure of speech stays one, a disclosure stays current).
 */
export function citeRemarks(prose: Prose, found: readonly RiskRecord[]): void {
  for (const [index, record] of found.entries()) {
    const { mention } = record;
    if (!CITED_REMARK.test(prose.source.slice(mention.end - prose.base, mention.end - prose.base + 24))) continue;
    const words = mention.text.toLowerCase();
    const said = found
      .slice(0, index)
      .reverse()
      .find(
        ({ mention: earlier }) => earlier.category === mention.category && earlier.text.toLowerCase().includes(words),
      )?.mention;
    if (!said) continue;
    if (said.status !== mention.status) record.why = 'antecedent';
    record.mention = { ...mention, status: said.status, level: said.level ?? mention.level };
  }
}
const CITED_REMARK = /^["”’']?\s*(?:remark|remarks|comment|comments|statement|line|joke|quip)\b/i;
