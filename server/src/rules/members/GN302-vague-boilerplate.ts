import { nameForms, nameWords } from '../../prose/names';
import { ProseMemo } from '../../prose/memo';
import { isEmptySection, sectionProse, sectionRange } from '../../prose/section';
import type { Match } from '../../prose/lexicon';
import type { Prose } from '../../prose/segment';
import {
  buildVagueLexicon,
  contentWords,
  findVaguePhrases,
  hasSpecificsNear,
  type VagueLexicon,
} from '../../prose/vague';
import { attendeeLabel } from '../shared/attendeeLabel';
import { billableSections } from '../shared/memberSections';
import type { Rule } from '../types';

/**
 * GN302: vague boilerplate in a member section ("attended group and was appropriate", "participated
 * appropriately", "appeared to benefit", ...) with nothing specific in the same sentence or the one
 * before or after it — specific means a quote, a named skill or technique, a score or number, or a
 * goal reference (prose/vague.ts). Reported once per section, at its first such phrase,
 * with every phrase listed in the message.
 *
 * Severity: warning; error when the whole section has fewer than `thresholds.vagueMinWords` (15)
 * content words — words that are not stop words, generic note filler ("group", "session",
 * "appropriate"...), the member's own name, labels, or part of a vague phrase — because then the
 * boilerplate is all there is.
 *
 * Phrases: the seed list (SEED_VAGUE_PHRASES) plus `phrases.vague`, minus `phrases.vagueIgnore`.
 * No fix hint: only the clinician knows what the member actually did.
 */
const lexicons = new WeakMap<object, VagueLexicon>();

/** The vague-phrase lexicon for a config, compiled once per loaded config. */
function lexiconFor(phrases: { vague: string[]; vagueIgnore: string[] }): VagueLexicon {
  let lexicon = lexicons.get(phrases);
  if (!lexicon) {
    lexicon = buildVagueLexicon(phrases.vague, phrases.vagueIgnore);
    lexicons.set(phrases, lexicon);
  }
  return lexicon;
}

const vagueMemo = new ProseMemo<{ phrases: Match[]; unsupported: Match[] }, VagueLexicon>();

/** The vague phrases of a section, and those with nothing specific near them. */
function vagueIn(prose: Prose, lexicon: VagueLexicon): { phrases: Match[]; unsupported: Match[] } {
  return vagueMemo.get(prose, lexicon, () => {
    const phrases = findVaguePhrases(prose, lexicon);
    return { phrases, unsupported: phrases.filter((phrase) => !hasSpecificsNear(prose, phrase, phrases)) };
  });
}

export const gn302: Rule = {
  id: 'GN302',
  name: 'vague-boilerplate',
  description:
    'A member section uses vague boilerplate ("participated appropriately", "appeared to benefit") with no specifics nearby.',
  tags: ['members', 'documentation', 'cloning'],
  defaultSeverity: 'warning',
  source: 'Seed',
  check(context, report) {
    const lexicon = lexiconFor(context.config.phrases);
    const minWords = context.config.thresholds.vagueMinWords;
    for (const { attendee, section } of billableSections(context)) {
      const prose = sectionProse(section);
      if (isEmptySection(prose)) continue; // GN301 reports empty sections
      const { phrases, unsupported } = vagueIn(prose, lexicon);
      if (!unsupported.length) continue;
      const ownName = nameWords(nameForms(attendee, context.patientOf(attendee)));
      const words = contentWords(prose, phrases, ownName).length;
      const thin = words < minWords;
      // One finding per section, at the first phrase, listing them all: one per phrase buried short sections.
      const quoted = [...new Set(unsupported.map((phrase) => `"${phrase.text.replace(/\s+/g, ' ')}"`))].join(', ');
      const these = unsupported.length === 1 ? `${quoted} is` : `${quoted} are`;
      const specific = words === 0 ? 'no specific words' : `only ${words} specific word${words === 1 ? '' : 's'}`;
      report({
        message: thin
          ? `${attendeeLabel(attendee)}: ${these} boilerplate and the section has ${specific} (fewer than ${minWords}); ` +
            'describe what this member did or said, a skill, a score or the goal worked on'
          : `${attendeeLabel(attendee)}: ${these} vague with nothing specific nearby; ` +
            'add what the member did or said (a quote, a named skill, a score, a goal reference)',
        range: sectionRange(context.note, section, unsupported[0]),
        severity: thin ? 'error' : 'warning',
        attendeeId: attendee.id,
      });
    }
  },
};
