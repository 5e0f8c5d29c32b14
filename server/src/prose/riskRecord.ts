/**
 * One record per risk mention, for risk.ts and the readings it calls: everything known about a mention while its
 * paragraph is read, in one object. The readings used to keep parallel lists beside the mentions (their sentences,
 * their lexicon fields), indexed in step; a mention added or dropped in one list and not in another (a derived use had
 * no `careOfEvent`) is how one mention's reading ends up on another. A record is built in one place (ownRecord,
 * derivedRecord) and travels with its mention when mentions are added, dropped or sorted.
 */
import type { Mention } from './analysis';
import type { RiskMention } from './risk';

export interface RiskRecord {
  /**
   * The reading other modules see: span, category, level, status. A reading may replace it with a new object (a means
   * read as a threat's, a cited remark); riskMentions gives the one the record holds at the end.
   */
  mention: RiskMention;
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
export function ownRecord(mention: RiskMention, found: Mention): RiskRecord {
  const { fields } = found.entry;
  return {
    mention,
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
  needsCompanion = false,
): RiskRecord {
  return {
    mention,
    sentence,
    anaphoric: false,
    needsCompanion,
    meansOfHarm: false,
    careOfEvent: false,
    ...(from ? { derivedFrom: from } : {}),
  };
}
