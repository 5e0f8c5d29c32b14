/**
 * One record per risk mention, for risk.ts and the readings it calls: everything known about a mention while its
 * paragraph is read, in one object. The readings used to keep parallel lists beside the mentions (their sentences,
 * their lexicon fields), indexed in step; a mention added or dropped in one list and not in another (a derived use had
 * no `careOfEvent`) is how one mention's reading ends up on another. A record is built in one place (ownRecord,
 * derivedRecord) and travels with its mention when mentions are added, dropped or sorted.
 */
import type { Mention } from './analysis';
import type { RiskMention, RiskStatus } from './risk';

/**
 * What gave a record its status: `context`, the ConText attributes of its words (riskStatus); else the reading that
 * changed it last:
 *  - recipient: naloxone given to the member, or by the member to someone else (riskWhoseAct);
 *  - pronoun: an overdose named by another person's pronoun, a reflexive of another ("hurt himself" in her paragraph);
 *  - clause: whose act the clause's structure says it is (riskClauseSubject);
 *  - possessive: whose act a possessive names, a cared-for person's or the member's (riskAntecedents);
 *  - asserted: a condition, a question or a rhetorical frame that does not take the act out of the member's words;
 *  - denied-before: a means or whereabouts denied by the word just before it;
 *  - taken-back: laughed off, given a harmless meaning, or a method idiom clarified (riskTakeBacks);
 *  - earnest: a figure of speech the member insists on or that the note answers as a crisis (riskEarnest);
 *  - coordinated: a verb that keeps another person's subject (continueCoordinatedSubject);
 *  - companion: a means or an approach that takes the status of the threat beside it (keepWithCompanion);
 *  - dated: a violent act dated by its past event (datePastActs);
 *  - antecedent: a reference or a cited remark that takes the status of what it refers to, or the threat an evaded
 *    question leaves standing (riskReferences);
 *  - answer: an asked rung whose no is short of a clear no (askedRungs);
 *  - derived: a use read in an event, with the event's status (addDerivedUse).
 */
export type StatusReason =
  | 'context'
  | 'recipient'
  | 'pronoun'
  | 'clause'
  | 'possessive'
  | 'asserted'
  | 'denied-before'
  | 'taken-back'
  | 'earnest'
  | 'coordinated'
  | 'companion'
  | 'dated'
  | 'antecedent'
  | 'answer'
  | 'derived';

export interface RiskRecord {
  /**
   * The reading other modules see: span, category, level, status. A reading may replace it with a new object (a means
   * read as a threat's, a cited remark); riskMentions gives the one the record holds at the end.
   */
  mention: RiskMention;
  /** What gave the mention its status (see StatusReason). */
  why: StatusReason;
  /** The index of the mention's sentence in the analysis (analysis.sentences). */
  sentence: number;
  /** A bare rating that names no behaviour ("urges 7/10", lexicon field `anaphoric`): resolveAnaphora. */
  anaphoric: boolean;
  /** Means or approach kept only beside a threat or a use (lexicon field `needsCompanion`): keepWithCompanion. */
  needsCompanion: boolean;
  /** A firearm acquired or kept at hand (lexicon field `meansOfHarm`): meansOfTheThreat. */
  meansOfHarm: boolean;
  /** Care told after an event without a verb of its own (lexicon field `careOfEvent`): continueCoordinatedSubject. */
  careOfEvent: boolean;
  /**
   * The record this one was read from, if any: the phrase whose second category it is (lexicon field `also`), the
   * overdose or stockpile a use was read in, the risk a reference or an asked rung refers to.
   */
  derivedFrom?: RiskRecord;
}

/** The record of a mention the risk lexicons found, with its entry's fields. */
export function ownRecord(mention: RiskMention, found: Mention, why: StatusReason): RiskRecord {
  const { fields } = found.entry;
  return {
    mention,
    why,
    sentence: found.sentence,
    anaphoric: fields.anaphoric === true,
    needsCompanion: fields.needsCompanion === true,
    meansOfHarm: fields.meansOfHarm === true,
    careOfEvent: fields.careOfEvent === true,
  };
}

/**
 * The record of a mention read from another (`from`) or from a reference in sentence `sentence`: it takes none of the
 * later readings (anaphora, companions, means, care) unless `needsCompanion` says it needs a companion as `from` does.
 */
export function derivedRecord(
  mention: RiskMention,
  sentence: number,
  from: RiskRecord | undefined,
  { needsCompanion = false, why = 'derived' }: { needsCompanion?: boolean; why?: StatusReason } = {},
): RiskRecord {
  return {
    mention,
    why,
    sentence,
    anaphoric: false,
    needsCompanion,
    meansOfHarm: false,
    careOfEvent: false,
    ...(from ? { derivedFrom: from } : {}),
  };
}

/** Sets a record's status as a reading gives it, naming the reading when it changes the status. */
export function setStatus(record: RiskRecord, status: RiskStatus, why: StatusReason): void {
  if (record.mention.status === status) return;
  record.mention.status = status;
  record.why = why;
}
