import type { Attendee, MemberSection, ParsedNote } from '../../model/note';
import {
  type Fingerprint,
  fingerprints,
  fingerprintSimilarity,
  isEmptySection,
  nameForms,
  nameWords,
  sectionProse,
} from '../../prose';
import type { GroupNoteConfig, Roster } from '../../workspace/types';
import { attendeeLabel } from '../shared/attendeeLabel';
import { sectionsToCheck } from '../shared/memberSections';
import type { Rule } from '../types';

export interface SimilarSectionPair {
  earlier: { attendee: Attendee; section: MemberSection };
  later: { attendee: Attendee; section: MemberSection };
  /** Dice similarity of masked word 2-grams, 0..1. */
  similarity: number;
  severity: 'warning' | 'error';
}

/**
 * Each section is compared with at most this many sections before it. Real groups have at most a
 * dozen or so members, so every pair is compared; the bound keeps a pasted 10,000-member note from
 * costing 50 million comparisons (it already fails GN202).
 */
export const MAX_COMPARED_PREDECESSORS = 100;

/**
 * Pairs of member sections (billable attendees', and sections matching no attendee; see
 * `sectionsToCheck`) whose similarity (prose/similarity.ts: names, pronouns, dates and
 * numbers masked) reaches `thresholds.cloneWarn`; `severity` is error from `thresholds.cloneError`.
 * GN303 reports these; GN405 calls this to know whether GN303 fires (it does exactly when the list is
 * non-empty and GN303 is not switched off in config).
 */
export function similarSectionPairs(note: ParsedNote, config: GroupNoteConfig, roster?: Roster): SimilarSectionPair[] {
  // GN303 and GN405 both ask within one check: compute the pairs once per note, config and roster.
  const cached = pairsCache.get(note);
  const { cloneWarn, cloneError } = config.thresholds;
  if (
    cached &&
    cached.config === config &&
    cached.roster === roster &&
    cached.cloneWarn === cloneWarn &&
    cached.cloneError === cloneError
  )
    return cached.pairs;
  const pairs = computeSimilarSectionPairs(note, config, roster);
  pairsCache.set(note, { config, roster, cloneWarn, cloneError, pairs });
  return pairs;
}

const pairsCache = new WeakMap<
  ParsedNote,
  {
    config: GroupNoteConfig;
    roster: Roster | undefined;
    cloneWarn: number;
    cloneError: number;
    pairs: SimilarSectionPair[];
  }
>();

/**
 * Similarities of fingerprint pairs: unchanged sections keep their fingerprints, so a 50-member note compares only the
 * section being typed in again.
 */
const similarities = new WeakMap<Fingerprint, WeakMap<Fingerprint, number>>();

function similarityOf(a: Fingerprint | undefined, b: Fingerprint | undefined): number {
  if (!a || !b) return 0;
  let row = similarities.get(a);
  if (!row) {
    row = new WeakMap();
    similarities.set(a, row);
  }
  let similarity = row.get(b);
  if (similarity === undefined) {
    similarity = fingerprintSimilarity(a, b);
    row.set(b, similarity);
  }
  return similarity;
}

function computeSimilarSectionPairs(note: ParsedNote, config: GroupNoteConfig, roster?: Roster): SimilarSectionPair[] {
  const members = sectionsToCheck(note).filter(({ section }) => !isEmptySection(sectionProse(section)));
  if (members.length < 2) return [];
  const words = new Set<string>();
  for (const attendee of note.attendees)
    for (const word of nameWords(nameForms(attendee, roster?.patients.get(attendee.id)))) words.add(word);
  const { cloneWarn, cloneError } = config.thresholds;
  const prints = fingerprints(
    members.map((member) => sectionProse(member.section)),
    words,
  );
  const pairs: SimilarSectionPair[] = [];
  for (let j = 1; j < members.length; j++) {
    for (let i = Math.max(0, j - MAX_COMPARED_PREDECESSORS); i < j; i++) {
      const similarity = similarityOf(prints[i], prints[j]);
      if (similarity >= cloneWarn)
        pairs.push({
          earlier: members[i],
          later: members[j],
          similarity,
          severity: similarity >= cloneError ? 'error' : 'warning',
        });
    }
  }
  return pairs;
}

/**
 * GN303: member sections that are near-identical once names, pronouns, dates and numbers are masked
 * (cloned notes). Reported once per later section, at its heading, naming the most similar earlier
 * section (and how many others it also matches): warning from `thresholds.cloneWarn` (0.60), error
 * from `thresholds.cloneError` (0.85).
 *
 * No fix hint: the fix is to rewrite the section from what this member did.
 */
export const gn303: Rule = {
  id: 'GN303',
  name: 'cloned-sections',
  description:
    'Member sections are near-identical once names, pronouns, dates and numbers are masked (cloned documentation).',
  tags: ['members', 'documentation', 'cloning'],
  defaultSeverity: 'warning',
  source: 'Seed ("top audit trigger"), Palmetto/First Coast cloning statements',
  check(context, report) {
    const pairs = similarSectionPairs(context.note, context.config, context.roster);
    const byLater = new Map<MemberSection, SimilarSectionPair[]>();
    for (const pair of pairs) {
      const matches = byLater.get(pair.later.section);
      if (matches) matches.push(pair);
      else byLater.set(pair.later.section, [pair]);
    }
    for (const [section, matches] of byLater) {
      const best = matches.reduce((top, pair) => (pair.similarity > top.similarity ? pair : top));
      const others = matches.length - 1;
      const percent = Math.floor(best.similarity * 100);
      report({
        message:
          `${attendeeLabel(best.later.attendee)}: ${percent}% the same as ${attendeeLabel(best.earlier.attendee)} ` +
          `once names, pronouns, dates and numbers are masked` +
          (others
            ? ` (and at least ${Math.round(context.config.thresholds.cloneWarn * 100)}% the same as ${others} other ` +
              `section${others === 1 ? '' : 's'})`
            : '') +
          '; write what this member did and said',
        range: section.headingRange,
        severity: best.severity,
        attendeeId: best.later.attendee.id,
      });
    }
  },
};
