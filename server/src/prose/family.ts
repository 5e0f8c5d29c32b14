/**
 * Family ties between attendees stated in the group narrative (GN606), read from the clinical analysis
 * with lexicons/family.yaml and the attendees' names:
 *
 * - a kinship term in apposition to an attendee, possessed by another attendee: "Ana and her daughter
 *   Lucia both attend", "Ana's son Mateo", "Lucia, Ana's daughter,";
 * - a relation named for two attendees: "Ana and Lucia are mother and daughter", "siblings Ana and Lucia";
 * - the same without names when the pair is in the group: "a mother and daughter attend together",
 *   "her son is also a member";
 * - a surname named as a family: "the Lopez sisters" (when two attendees have that surname);
 * - the group described as a multiple-family group.
 * Not a tie: a member speaking of a relative who is not in the group ("Ana talked about her daughter"),
 * two members who share a surname with nothing saying they are related, a denied relation ("they are
 * not related"), and a relative who happens to share a member's first name: "Maria said her brother James
 * picked her up late" names Maria's brother, not the member James T. A kinship term before an attendee's name
 * is a tie only when the sentence puts both in the group: coordinated ("Ana and her daughter Lucia"), together
 * ("attended with his father Carlos", "both", "also a member") or taking part ("Dev's mother Priya stayed for
 * the whole session").
 */
import { analyseClinical, type AnalysisOptions, type ClinicalSentence, type Mention } from './analysis';
import type { ClinicalToken } from './clinicalTokens';
import type { Prose, Span } from './segment';

/** An attendee as the narrative may name them: first name, and the last name when known. */
export interface FamilyAttendee {
  key: string;
  first?: string;
  last?: string;
}

export interface FamilyTie {
  /** The attendees the tie is between (empty when the narrative names none: "a mother and daughter attend"). */
  between: string[];
  /** The sentence that states it. */
  evidence: Span;
  reason: 'kin-apposition' | 'named-pair' | 'unnamed-pair' | 'surname' | 'multiple-family';
}

/** Family ties stated in a narrative, between the given attendees. */
export function familyTies(prose: Prose, attendees: readonly FamilyAttendee[], options?: AnalysisOptions): FamilyTie[] {
  const analysis = analyseClinical(prose, options);
  const ties: FamilyTie[] = [];
  for (const sentence of analysis.sentences) {
    const tie = tieIn(sentence, attendees);
    if (tie) ties.push({ ...tie, evidence: { start: sentence.sentence.start, end: sentence.sentence.end } });
  }
  return ties;
}

function kindOf(mention: Mention): string {
  return String(mention.entry.fields.kind);
}

function tieIn(
  sentence: ClinicalSentence,
  attendees: readonly FamilyAttendee[],
): Omit<FamilyTie, 'evidence'> | undefined {
  const family = sentence.mentions.filter((mention) => mention.family === 'family' && !mention.attributes.negated);
  if (!family.length) return undefined;
  const { tokens } = sentence;
  const names = nameTokens(tokens, attendees);
  if (family.some((mention) => kindOf(mention) === 'multiple-family'))
    return { between: [], reason: 'multiple-family' };
  const named = [...new Set(names.values())];
  const inGroup = family.some((mention) => kindOf(mention) === 'in-group');
  const together =
    family.some((mention) => kindOf(mention) === 'together') ||
    family.some((mention) => kindOf(mention) === 'kin' && WITH_WORDS.has(tokens[mention.startToken - 1]?.norm ?? ''));
  // A kinship term in apposition to an attendee, possessed by another ("Ana and her daughter Lucia"), with the pair
  // in the group.
  for (const kin of family.filter((mention) => kindOf(mention) === 'kin')) {
    const after = nameAt(names, skipComma(tokens, kin.endToken));
    if (after) {
      const possessor = possessorOf(tokens, names, kin, after);
      if (possessor && (inGroup || together || coordinated(tokens, names, kin, possessor)))
        return { between: [possessor, after], reason: 'kin-apposition' };
    }
    // "Lucia, Ana's daughter": an attendee, a comma or parenthesis, another attendee's kin.
    const possessed = tokens[kin.startToken]?.norm === "'s" ? nameAt(names, kin.startToken - 1) : undefined;
    if (possessed && (inGroup || together)) {
      const before = nameAt(names, previousWord(tokens, kin.startToken - 1));
      if (before && before !== possessed) return { between: [possessed, before], reason: 'kin-apposition' };
    }
  }
  for (const pair of family.filter((mention) => kindOf(mention) === 'pair')) {
    // "Ana and Lucia are siblings" / "siblings Ana and Lucia": the relation next to two attendees.
    const near = [...names.entries()]
      .filter(([index]) => Math.abs(index - pair.startToken) <= 6 || Math.abs(index - pair.endToken) <= 6)
      .map(([, key]) => key);
    const distinct = [...new Set(near)];
    if (distinct.length >= 2) return { between: distinct.slice(0, 2), reason: 'named-pair' };
    // "the Lopez sisters": a surname shared by two attendees, named as a family.
    const surname = tokens[pair.startToken - 1];
    if (surname) {
      const sharing = attendees.filter((attendee) => attendee.last && attendee.last === surname.raw);
      if (sharing.length >= 2)
        return { between: sharing.slice(0, 2).map((attendee) => attendee.key), reason: 'surname' };
    }
    // "a mother and daughter attend together": the pair in the group, unnamed.
    if (!named.length && (inGroup || together)) return { between: [], reason: 'unnamed-pair' };
  }
  // "her son is also a member": a relative in the group.
  if (family.some((mention) => kindOf(mention) === 'kin') && together && inGroup && named.length <= 1)
    return { between: named, reason: 'unnamed-pair' };
  return undefined;
}

/** "attended with her son", "alongside his father": the relative is there with the member. */
const WITH_WORDS: ReadonlySet<string> = new Set(['with', 'alongside', 'accompanied', 'accompanies', 'brought']);

/** "Ana and her daughter Lucia": the possessor and the kinship term joined by "and" (both are subjects). */
function coordinated(
  tokens: readonly ClinicalToken[],
  names: Map<number, string>,
  kin: Mention,
  possessor: string,
): boolean {
  const before = kin.startToken - 1;
  return tokens[before]?.norm === 'and' && names.get(before - 1) === possessor;
}

/** Token index -> attendee key for the tokens that are an attendee's first name (as written, capitalised). */
function nameTokens(tokens: readonly ClinicalToken[], attendees: readonly FamilyAttendee[]): Map<number, string> {
  const found = new Map<number, string>();
  for (let index = 0; index < tokens.length; index++) {
    const raw = tokens[index].raw;
    if (!/^\p{Lu}/u.test(raw)) continue;
    const attendee = attendees.find((candidate) => candidate.first === raw);
    if (attendee) found.set(index, attendee.key);
  }
  return found;
}

function nameAt(names: Map<number, string>, index: number): string | undefined {
  return index >= 0 ? names.get(index) : undefined;
}

function skipComma(tokens: readonly ClinicalToken[], index: number): number {
  return tokens[index]?.raw === ',' || tokens[index]?.raw === '(' ? index + 1 : index;
}

function previousWord(tokens: readonly ClinicalToken[], index: number): number {
  let at = index - 1;
  while (at >= 0 && tokens[at].kind === 'punct') at--;
  return at;
}

/**
 * Who possesses a kinship term before `kin`: "Ana's" right before it, or an attendee earlier in the sentence ("Ana and
 * her daughter").
 */
function possessorOf(
  tokens: readonly ClinicalToken[],
  names: Map<number, string>,
  kin: Mention,
  possessed: string,
): string | undefined {
  if (tokens[kin.startToken]?.norm === "'s") {
    const owner = nameAt(names, kin.startToken - 1);
    return owner && owner !== possessed ? owner : undefined;
  }
  for (let index = kin.startToken - 1; index >= 0 && index >= kin.startToken - 8; index--) {
    const owner = names.get(index);
    if (owner && owner !== possessed) return owner;
  }
  return undefined;
}
