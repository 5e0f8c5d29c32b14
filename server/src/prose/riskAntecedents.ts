/**
 * Whose act a possessive names, in two readings the clause reader (riskClauseSubject.ts) leaves to the words around a
 * mention (readings6, test/unit/openReadingsDec16.test.ts):
 *
 * - A possessive pronoun after a person the member cares for, by a preposition of time ("is supporting a cousin after
 *   his suicide attempt", "drove his brother to detox after his relapse"): the pronoun's antecedent is that person,
 *   unless it says "own" or its gender is not the person's ("helping her brother after her overdose").
 * - A possessor of the act's object is not the act's experiencer: in "smashing his partner's phone and blocking the
 *   door" the member does both; "his partner's" owns the phone, not the act. "Her partner's threats" or "her ex's
 *   drinking" (a possessor of the act noun itself) stay that person's.
 */
import type { ClinicalToken } from './clinicalTokens';
import { wordListWords } from './contextPeople';
import type { EntryMatch } from './tokenMatcher';

/** Words of a person the member may care for ("a cousin", "her sister", "his friend"). */
const PERSON_HEADS: ReadonlySet<string> = wordListWords('person-head').words;

const FEMALE: ReadonlySet<string> = new Set([
  ...['mother', 'mom', 'mum', 'mommy', 'mama', 'stepmother', 'stepmom', 'sister', 'stepsister', 'daughter'],
  ...['stepdaughter', 'grandmother', 'grandma', 'granny', 'nana', 'granddaughter', 'aunt', 'auntie', 'niece'],
  ...['wife', 'girlfriend', 'fiancee', 'fiancée', 'girl', 'woman', 'lady', 'godmother'],
]);
const MALE: ReadonlySet<string> = new Set([
  ...['father', 'dad', 'daddy', 'papa', 'stepfather', 'stepdad', 'brother', 'stepbrother', 'son', 'stepson'],
  ...['grandfather', 'grandpa', 'granddad', 'grandson', 'uncle', 'nephew', 'husband', 'boyfriend', 'fiance'],
  ...['fiancé', 'boy', 'man', 'guy', 'dude', 'godfather'],
]);

/**
 * Verbs of staying or sitting with a person: they tell who stands by whom, not whose event it was. "Her brother stayed
 * with her after her overdose" is the member's; "has been staying with her aunt since her relapse" is too (a member
 * often moves in with family after her own event), so these never give the event to the person she is with.
 */
const STAND_BY_VERBS: ReadonlySet<string> = new Set([
  ...['stay', 'stays', 'stayed', 'staying', 'sit', 'sits', 'sat', 'sitting'],
]);
/** Verbs of caring for, visiting or taking a person somewhere: the object's event is why. */
const CARE_VERBS: ReadonlySet<string> = new Set([
  ...['support', 'supports', 'supported', 'supporting', 'help', 'helps', 'helped', 'helping', 'visit', 'visits'],
  ...['visited', 'visiting', 'care', 'cares', 'cared', 'caring', 'check'],
  ...['checks', 'checked', 'checking', 'watch', 'watches', 'watched', 'watching'],
  ...['drove', 'drive', 'drives', 'driving', 'took', 'take', 'takes', 'taking', 'look', 'looks', 'looked'],
  ...['looking', 'comfort', 'comforts', 'comforted', 'comforting', 'nursing', 'nursed', 'housing', 'hosting'],
  ...['babysitting', 'accompanied', 'accompanying', 'worried', 'worrying', 'worries', 'grieving', 'mourning'],
]);
const CARE_PARTICLES: ReadonlySet<string> = new Set(['for', 'with', 'on', 'after', 'up', 'in', 'about', 'out', 'to']);
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'my', 'one', 'another']);
/** Prepositions of time that tie the event to the care ("after his attempt", "since her overdose"). */
const TIME_LINKS: ReadonlySet<string> = new Set(['after', 'since', 'following', 'through', 'during', 'from']);
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'their']);
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'me', 'himself', 'herself']);

/**
 * Whether the possessive pronoun that opens the mention at `start` (or stands just before it) refers to a person the
 * member cares for, named just before it: "is supporting a cousin after his suicide attempt".
 */
export function possessorIsCaredForPerson(
  tokens: readonly ClinicalToken[],
  start: number,
  notMember: ReadonlySet<string> = NO_PRONOUNS,
): boolean {
  const pronoun = POSSESSIVE_PRONOUNS.has(tokens[start]?.norm) ? start : start - 1;
  const word = tokens[pronoun]?.norm;
  if (!POSSESSIVE_PRONOUNS.has(word) || tokens[pronoun + 1]?.norm === 'own') return false;
  if (!TIME_LINKS.has(tokens[pronoun - 1]?.norm)) return false;
  // The person: a head noun at most four plain words before the preposition ("his brother to detox after").
  let head = -1;
  for (let at = pronoun - 2; at >= 0 && at >= pronoun - 6; at--) {
    const token = tokens[at];
    if (token.kind !== 'word' || OBJECT_PRONOUNS.has(token.norm)) return false;
    if (PERSON_HEADS.has(token.norm)) {
      head = at;
      break;
    }
  }
  if (head < 0) return false;
  const person = tokens[head].norm;
  if ((word === 'her' && MALE.has(person)) || (word === 'his' && FEMALE.has(person))) return false;
  // The care verb before the person's phrase: a determiner or possessive, a modifier and a particle may stand between.
  let at = head - 1;
  if (DETERMINERS.has(tokens[at]?.norm)) at--;
  else if (tokens[at]?.kind === 'word' && DETERMINERS.has(tokens[at - 1]?.norm)) at -= 2;
  while (CARE_PARTICLES.has(tokens[at]?.norm)) at--;
  const verb = tokens[at]?.norm;
  if (CARE_VERBS.has(verb)) return true;
  // Staying or sitting with a person gives the event to that person only where the pronoun cannot be the member's
  // ("she sat with her dad after his overdose").
  return STAND_BY_VERBS.has(verb) && notMember.has(word === 'his' ? 'he' : word === 'her' ? 'she' : 'they');
}

const NO_PRONOUNS: ReadonlySet<string> = new Set();

/**
 * Whether the possessive pronoun that opens the mention at `start` (or stands just before it) refers to the member
 * named just before it as the one cared for: "her sister has been checking on her since her overdose", "her brother
 * stayed with her after her overdose". The object pronoun is the member's when its subject form is not another's.
 */
export function possessorIsCaredForMember(
  tokens: readonly ClinicalToken[],
  start: number,
  notMember: ReadonlySet<string>,
): boolean {
  const pronoun = POSSESSIVE_PRONOUNS.has(tokens[start]?.norm) ? start : start - 1;
  const word = tokens[pronoun]?.norm;
  if (word !== 'his' && word !== 'her') return false;
  if (!TIME_LINKS.has(tokens[pronoun - 1]?.norm)) return false;
  const object = word === 'his' ? 'him' : 'her';
  if (tokens[pronoun - 2]?.norm !== object || notMember.has(word === 'his' ? 'he' : 'she')) return false;
  const before = tokens[pronoun - 3]?.norm;
  return CARE_VERBS.has(before) || STAND_BY_VERBS.has(before) || CARE_PARTICLES.has(before);
}

/** Nouns a possessor makes the act's own ("her ex's drinking", "his partner's threats"): not an object's owner. */
const ACT_NOUNS: ReadonlySet<string> = wordListWords('clause-act-noun').words;
/** Irregular past forms of verbs that take a possessed object ("broke his wife's phone", "took her sister's car"). */
const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  ...['broke', 'took', 'threw', 'hit', 'stole', 'tore', 'bit', 'kept', 'held', 'shook', 'ripped', 'smashed', 'read'],
]);
/** Words that may stand before the member's verb in a terse note: the member, a report verb, an auxiliary. */
const BEFORE_MEMBER_VERB: ReadonlySet<string> = new Set([
  ...['pt', 'patient', 'client', 'member', 'i', 'reports', 'reported', 'admits', 'admitted', 'states', 'stated'],
  ...['disclosed', 'discloses', 'describes', 'described', 'recalls', 'recalled', 'endorses', 'endorsed', 'has'],
  ...['have', 'had', 'been', 'was', 'is', 'also', 'then', 'later', 'to', 'about', 'of', 'acknowledged', 'shared'],
]);

/**
 * Whether every "other" trigger over a mention is a possessor of an object of the member's own verb ("smashing his
 * partner's phone and blocking the door"): `others` are the triggers of category other whose scope holds the mention.
 */
export function otherOnlyByObjectPossessor(
  tokens: readonly ClinicalToken[],
  mention: { startToken: number },
  others: readonly EntryMatch[],
  notMember: ReadonlySet<string>,
): boolean {
  if (!others.length) return false;
  return others.every((trigger) => objectPossessor(tokens, trigger, mention.startToken, notMember));
}

function objectPossessor(
  tokens: readonly ClinicalToken[],
  trigger: EntryMatch,
  mentionStart: number,
  notMember: ReadonlySet<string>,
): boolean {
  const last = trigger.endToken - 1;
  if (tokens[last]?.norm !== "'s" || trigger.endToken >= mentionStart) return false;
  // The owned thing is a noun, not an act ("his partner's threats" is the partner's act).
  const owned = tokens[trigger.endToken];
  if (!owned || owned.kind !== 'word' || ACT_NOUNS.has(owned.norm) || owned.norm.endsWith('ing')) return false;
  // The member's verb just before the possessor, and nothing before it but the member and report words.
  const verb = trigger.startToken - 1;
  const verbWord = tokens[verb]?.norm ?? '';
  if (!(verbWord.endsWith('ing') || verbWord.endsWith('ed') || IRREGULAR_PAST.has(verbWord))) return false;
  for (let at = verb - 1; at >= 0; at--) {
    const word = tokens[at].norm;
    if (BEFORE_MEMBER_VERB.has(word)) continue;
    if ((word === 'he' || word === 'she' || word === 'they') && !notMember.has(word)) continue;
    return false;
  }
  return true;
}
