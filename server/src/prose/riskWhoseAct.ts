/**
 * Whose act a risk mention is, for risk.ts: the recipient of care, a pronoun of another person, a coordinated
 * subject carried on, the means of a threat, the giver of naloxone, and the first person.
 */
import type { ClinicalAnalysis, Mention } from './analysis';
import type { Prose } from './segment';
import type { RiskCategory, RiskMention } from './risk';
import { setStatus, type RiskRecord } from './riskRecord';

/**
 * Whether the person an administration names as its recipient ("gave him Narcan", "Narcanned her") is the member: a
 * third-person pronoun that is not another person's in this paragraph (notMemberPronouns), or the member's own "me".
 */
export function recipientIsMember(analysis: ClinicalAnalysis, mention: Mention): boolean {
  if (memberGives(analysis, mention)) return false;
  const tokens = analysis.sentences[mention.sentence]?.tokens ?? [];
  const notMember = analysis.notMemberPronouns;
  for (let at = mention.startToken; at < mention.endToken; at++) {
    const word = tokens[at]?.norm;
    if (word === 'me') return true;
    if (word === 'him' || word === 'her' || word === 'them')
      return !notMember.has(word === 'him' ? 'he' : word === 'her' ? 'she' : 'they');
  }
  return false;
}

/**
 * Whether a third-person recipient ("had to Narcan him") follows someone else's overdose told in its sentence: the
 * pronoun is that person ("his friend fell out at a party, and somebody had to Narcan him"). "Me" stays the member.
 */
export function recipientOfAnotherEvent(
  analysis: ClinicalAnalysis,
  mention: Mention,
  found: readonly RiskRecord[],
): boolean {
  const tokens = analysis.sentences[mention.sentence]?.tokens ?? [];
  for (let at = mention.startToken; at < mention.endToken; at++) if (tokens[at]?.norm === 'me') return false;
  return found.some(
    ({ mention: other, sentence }) =>
      sentence === mention.sentence && other.category === 'overdose' && other.status === 'other',
  );
}

/**
 * Whether an overdose phrase names its person by an object pronoun that is not the member's in this paragraph
 * (notMemberPronouns): "found him on the bathroom floor", "gave him Narcan", "could barely wake her".
 */
export function pronounOfAnother(analysis: ClinicalAnalysis, mention: Mention): boolean {
  const tokens = analysis.sentences[mention.sentence]?.tokens ?? [];
  for (let at = mention.startToken; at < mention.endToken; at++) {
    const word = tokens[at]?.norm;
    if (word === 'me') return false;
    if (word === 'him' || word === 'her') return analysis.notMemberPronouns.has(word === 'him' ? 'he' : 'she');
  }
  return false;
}

/**
 * A verb coordinated with another person's mention keeps that person as its subject when no subject of its own comes
 * between: "Beatrix's daughter's friend was found not breathing at a party and revived with Narcan by a stranger", a
 * friend who "fell out" off a pill "and \"got Narcanned by the EMTs\"". The care of an overdose told without a verb
 * after it (lexicon field `careOfEvent`: "...swallowed some of his donepezil; poison control, ER overnight") is that
 * event's too.
 */
export function continueCoordinatedSubject(prose: Prose, found: readonly RiskRecord[]): void {
  for (const record of found) {
    const { mention, sentence, careOfEvent } = record;
    if (mention.status !== 'current') continue;
    // The nearest mention ending before it in its sentence (use read with an overdose is appended out of order).
    let before: RiskMention | undefined;
    for (const { mention: other, sentence: at } of found)
      if (at === sentence && other.end <= mention.start && (!before || other.end > before.end)) before = other;
    // The drug named inside an overdose phrase is part of that event ("\"fell out\" off a blue"): an overdose after it
    // coordinates with the overdose before the drug.
    if (before && mention.category === 'overdose' && before.category === 'substance')
      before = nearestOverdoseBefore(found, sentence, before.start) ?? before;
    if (!before || before.status !== 'other') continue;
    const between = prose.source.slice(before.end - prose.base, mention.start - prose.base);
    // A subject between, or one that opens the mention itself ("and \"he's gonna pay\""), is a clause of its own.
    if (NEW_SUBJECT.test(between) || OWN_SUBJECT.test(mention.text)) continue;
    // Past a quote only between two overdose phrases: "a friend's THC pen at a sleepover and \"got way too high\"" is
    // the member's, the pen's owner no subject.
    const overdoses = before.category === 'overdose' && mention.category === 'overdose';
    if (
      COORDINATED.test(between) ||
      (overdoses && QUOTED_COORDINATED.test(between)) ||
      (careOfEvent && overdoses && CARE_AFTER.test(between))
    )
      setStatus(record, 'other', 'coordinated');
  }
}
/** The overdose mention of sentence `sentence` nearest before offset `end`, if any. */
function nearestOverdoseBefore(found: readonly RiskRecord[], sentence: number, end: number): RiskMention | undefined {
  let nearest: RiskMention | undefined;
  for (const { mention: other, sentence: at } of found) {
    if (at !== sentence || other.category !== 'overdose' || other.end > end) continue;
    if (!nearest || other.end > nearest.end) nearest = other;
  }
  return nearest;
}

/** Words between two coordinated verbs: a short stretch with "and" or "then" and no sentence break. */
const COORDINATED = /^[^.;!?"“”]{0,60}\b(?:and|then)\s+(?:(?:was|were|got|then)\s+)?$/i;
/** The same where a quote closes the first or opens the second ("\"fell out\" off a blue and \"got Narcanned\""). */
const QUOTED_COORDINATED = /^["“”]?[^.;!?"“”]{0,60}\b(?:and|then)\s+(?:(?:was|were|got|then)\s+)?["“]?$/i;
/** Words between an event and its care told as a list: a short stretch ended by ";" or ",", no sentence break. */
const CARE_AFTER = /^[^.!?]{0,80}[;,]\s*$/;
const OWN_SUBJECT = /^(?:she|he|they|I|we)\b/i;
const NEW_SUBJECT = /\b(?:she|he|they|I|we|pt|client|member|patient)\b/i;

/**
 * A firearm acquired or kept at hand (lexicon field `meansOfHarm`, read as suicide preparation by default) is the means
 * of a threat to a person when a current violence mention stands within reach and nothing else in the paragraph speaks
 * of suicide: "He said he wants to hurt the man who killed his son. He bought a handgun last week."
 */
export function meansOfTheThreat(found: readonly RiskRecord[]): void {
  if (
    found.some(
      ({ mention, meansOfHarm }) => mention.category === 'suicide' && mention.status === 'current' && !meansOfHarm,
    )
  )
    return;
  for (const record of found) {
    const { mention, sentence } = record;
    if (!record.meansOfHarm || mention.category !== 'suicide') continue;
    const threat = found.some(
      ({ mention: other, sentence: at }) =>
        other.category === 'violence' && other.status === 'current' && Math.abs(at - sentence) <= COMPANION_REACH,
    );
    if (threat) record.mention = { ...mention, category: 'violence', level: undefined };
  }
}

/** Whether the member is named as the giver just before a naloxone administration. */
export function memberGives(analysis: ClinicalAnalysis, mention: Mention): boolean {
  return analysis.sentences[mention.sentence]?.context.memberIsSubjectBefore(mention.startToken, GIVER_REACH) === true;
}

/** How far before a naloxone administration its giver may be named ("Gina was the one who gave her Narcan"). */
const GIVER_REACH = 5;

/** How many sentences before a means or approach statement its threat may stand (one after). */
const COMPANION_REACH = 2;

/**
 * Means and approach told beside a threat (lexicon field `needsCompanion`: "she has her cousin's gun now", "knows which
 * car is his", "that'll be the end of it"): a weapon at hand or a target's whereabouts is violence only in the breath
 * of a threat or grievance toward a person (GUIDE writer-harm "violence, approach and means"; Calhoun and Weston's
 * pathway to violence). Such a mention is kept when an asserted violence mention stands in the same sentence, the
 * two before or the next, or when a second such mention of another entry shares its sentence (approach and reckoning
 * together: "I'll be waiting at the gate for him, and that'll be the end of it"). Kept, it takes the threat's status
 * unless its own context denies, conditions or dates it (a means the threatener borrows is still his: "her cousin's
 * gun" beside her threat). The same holds for any category: a word that is use only beside a named use ("hit it a few
 * times at Jayden's" after "found a THC pen"; "white-knuckling it" in a drinking paragraph) needs a companion
 * mention of its own category.
 */
export function keepWithCompanion(analysis: ClinicalAnalysis, found: RiskRecord[]): void {
  // A means named in answer to the clinician's own question ("asked about access to weapons; he owns a hunting rifle")
  // is the content of the assessment, the response (GUIDE: "means or access asked about"), not a further disclosure.
  const assessed = analysis
    .mentions('response')
    .filter((response) => (response.entry.fields.answers as RiskCategory[] | undefined)?.includes('violence'));
  const answersQuestion = (mention: RiskMention, at: number): boolean =>
    assessed.some(
      (response) => response.end <= mention.start && response.sentence >= at - 1 && response.sentence <= at,
    );
  const asserted = (mention: RiskMention, category: RiskCategory): boolean =>
    mention.category === category && (mention.status === 'current' || mention.status === 'other');
  const kept = found.map((record) => !record.needsCompanion);
  const threatOf = new Map<number, RiskMention>();
  for (let changed = true; changed;) {
    changed = false;
    found.forEach(({ mention, sentence: at }, index) => {
      if (kept[index]) return;
      if (mention.category === 'violence' && answersQuestion(mention, at)) return;
      const near = (other: number): boolean =>
        found[other].sentence >= at - COMPANION_REACH && found[other].sentence <= at + 1 && other !== index;
      let threat = found.find((other, j) => kept[j] && near(j) && asserted(other.mention, mention.category))?.mention;
      // Another person's act nearby is a grievance, not the speaker's threat: approach and reckoning told together in
      // the member's own words keep their own status ("the man who killed his son may be paroled. Said \"I'll be
      // waiting at the gate for him, and that'll be the end of it\"").
      if (!threat || (threat.status === 'other' && mention.status === 'current')) {
        const pair = found.findIndex(
          (other, j) =>
            j !== index && other.needsCompanion && other.sentence === at && other.mention.entry !== mention.entry,
        );
        if (pair >= 0) threat = mention.status === 'current' ? mention : found[pair].mention;
      }
      if (!threat) return;
      kept[index] = true;
      threatOf.set(index, threat);
      changed = true;
    });
  }
  for (let index = found.length - 1; index >= 0; index--) {
    if (!kept[index]) {
      found.splice(index, 1);
      continue;
    }
    const threat = threatOf.get(index);
    const { mention } = found[index];
    // A means or a whereabouts is a fact even inside the threat's condition ("if he comes to her door again \"I have a
    // knife by the bed\""): it takes the threat's status unless its own words deny or date it.
    // Said in the member's own first person ("I'll be waiting at the gate for him"), a means or an approach beside
    // another person's act is the member's, the act his grievance (GUIDE writer-harm: approach to a person the member
    // has a grievance with is current).
    // So is one whose subject just before is the member's own pronoun or "pt" ("the man who sold his brother the pills
    // that killed him got out ... and that he has been \"sitting on his block\"").
    const ownBesideAnother =
      threat?.status === 'other' &&
      mention.status === 'current' &&
      (inFirstPerson(analysis, mention) ||
        (mention.category === 'violence' && memberSubjectBefore(analysis, mention, threat)));
    if (
      threat &&
      !ownBesideAnother &&
      ['current', 'other', 'hypothetical'].includes(mention.status) &&
      asserted(threat, mention.category)
    )
      setStatus(found[index], threat.status, 'companion');
  }
}

/** Whether a mention opens with "I" or has "I" as its subject a word or two before it ("I know where he drinks"). */
function inFirstPerson(analysis: ClinicalAnalysis, mention: RiskMention): boolean {
  const { prose } = analysis;
  const before = prose.source.slice(Math.max(0, mention.start - prose.base - 30), mention.start - prose.base);
  return FIRST_PERSON_START.test(mention.text) || FIRST_PERSON_BEFORE.test(before);
}
/**
 * Whether the member is the subject a few words before a mention ("and that he has been \"sitting on his block\""):
 * "pt" or a third-person pronoun that is the member's in this paragraph (not one of analysis.notMemberPronouns).
 */
function memberSubjectBefore(analysis: ClinicalAnalysis, mention: RiskMention, threat: RiskMention): boolean {
  const { prose } = analysis;
  const before = prose.source.slice(Math.max(0, mention.start - prose.base - 40), mention.start - prose.base);
  const subject = MEMBER_SUBJECT_BEFORE.exec(before)?.[1]?.toLowerCase();
  if (subject === undefined || analysis.notMemberPronouns.has(subject)) return false;
  // The same pronoun as the subject of the other person's threat goes on with that person ("her ex texted that he'd
  // \"put her in the ground\" ... and that he has been parked on her street").
  const threatStart = threat.start - prose.base;
  const threatSubject = prose.source.slice(Math.max(0, threatStart - 24), threatStart + 4).toLowerCase();
  return !new RegExp(`\\b${subject}\\b`).test(threatSubject);
}
const MEMBER_SUBJECT_BEFORE = new RegExp(
  String.raw`\b(?:and|that|,)\s+(he|she|pt|client)\s+` +
    String.raw`(?:(?:has|had|is|was|have|been|also|still|now|just|keeps|kept)\s+){0,3}["“']?$`,
  'i',
);
const FIRST_PERSON_START = /^I\b/;
const FIRST_PERSON_BEFORE = /\bI(?:['’](?:ll|m|ve|d))?\s+(?:[\w'’]+\s+){0,2}$/;
