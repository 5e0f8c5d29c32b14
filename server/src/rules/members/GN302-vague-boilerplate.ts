import {
  GENERIC_PARAGRAPH,
  isEmptySection,
  nameForms,
  nameWords,
  normalisePhrase,
  sectionProse,
  sectionRange,
  SectionMemo,
  vagueVerdict,
  type VagueVerdict,
} from '../../prose';
import { attendeeLabel } from '../shared/attendeeLabel';
import { billableSections } from '../shared/memberSections';
import { memberProseOptions } from '../../prose/memberOptions';
import type { Rule } from '../types';

const shorten = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}...` : text);

const ignoreSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function ignoreSet(phrases: readonly string[]): ReadonlySet<string> {
  let set = ignoreSets.get(phrases);
  if (!set) {
    set = new Set(phrases.map(normalisePhrase));
    ignoreSets.set(phrases, set);
  }
  return set;
}

/**
 * Each section's verdict, by its prose and options, the phrases to ignore (one set per config) and the member's name
 * words (as a key): the same in every version of the document until the section's text changes. Read only.
 */
const verdicts = new WeakMap<ReadonlySet<string>, SectionMemo<VagueVerdict, string>>();

function verdictsFor(ignore: ReadonlySet<string>): SectionMemo<VagueVerdict, string> {
  let memo = verdicts.get(ignore);
  if (!memo) {
    memo = new SectionMemo();
    verdicts.set(ignore, memo);
  }
  return memo;
}

/**
 * GN302: a member section leans on vague boilerplate ("participated appropriately", "appeared to benefit",
 * "is able to understand and benefit from group treatment", "Response to intervention: positive",
 * "shared something that helps her cope" with the thing never named) and gives nothing specific about this
 * member: no quote, no named skill or technique, no number or score, no goal reference, and too few words
 * of its own content to name an event or subject (prose/vague.ts, lexicons/vague.yaml). A stock phrase next
 * to real specifics is not reported. Boilerplate need not be on the list: a paragraph with no stock phrase that names
 * no concrete referent at all (none of the above and at most one content word of its own: "Present. Quiet.
 * Continue.") is reported as generic text. Administrative comings and goings ("left for ten minutes for a lab draw
 * and came back") and the therapy register's abstract words ("processed feelings", "gain insight", "themes of
 * self-worth") are not content; a risk disclosure is.
 *
 * Reported once per section, at its first stock phrase, listing the phrases found. Severity: warning;
 * error when the section has fewer than `thresholds.vagueMinWords` (15) content words — words that are not
 * stop words, generic note filler, the member's own name, labels, or part of a stock phrase — because then
 * the boilerplate is all there is.
 *
 * Phrases: lexicons/vague.yaml plus `phrases.vague` (or `lexicons: vague:`), minus `phrases.vagueIgnore`.
 * No fix hint: only the clinician knows what the member actually did.
 */
export const gn302: Rule = {
  id: 'GN302',
  name: 'vague-boilerplate',
  description:
    'A member section uses vague boilerplate ("participated appropriately", "appeared to benefit") and nothing ' +
    'specific about the member.',
  tags: ['members', 'documentation', 'cloning'],
  defaultSeverity: 'warning',
  source: 'Seed; CMS/OIG group-note audits (cloned and template documentation)',
  check(context, report) {
    const ignore = ignoreSet(context.config.phrases.vagueIgnore);
    const minWords = context.config.thresholds.vagueMinWords;
    for (const { attendee, section } of billableSections(context)) {
      const prose = sectionProse(section);
      if (isEmptySection(prose)) continue; // GN301 reports empty sections
      const ownName = nameWords(nameForms(attendee, context.patientOf(attendee)));
      const options = memberProseOptions(context, section);
      const verdict = verdictsFor(ignore).get(prose, options, [...ownName].join('\u0000'), () =>
        vagueVerdict(prose, options, ignore, ownName),
      );
      if (!verdict.phrases.length || verdict.specific) continue;
      // A paragraph off the phrase list that names nothing concrete is quoted whole only when it is short.
      const generic = verdict.phrases[0].entry === GENERIC_PARAGRAPH;
      const listed = [...new Set(verdict.phrases.map((phrase) => `"${shorten(phrase.text.replace(/\s+/g, ' '))}"`))];
      const thin = verdict.words < minWords;
      const words =
        verdict.words === 0
          ? 'no specific words'
          : `only ${verdict.words} specific word${verdict.words === 1 ? '' : 's'}`;
      report({
        message:
          `${attendeeLabel(attendee)}: ${generic ? 'generic text' : 'boilerplate'} (${listed.join(', ')}) with ` +
          `nothing specific about this member` +
          `${thin ? ` (${words})` : ''}; describe what the member did or said: a quote, a named skill, a score, an ` +
          `event, the goal worked on`,
        range: sectionRange(context.note, section, verdict.phrases[0]),
        severity: thin ? 'error' : 'warning',
        attendeeId: attendee.id,
      });
    }
  },
};
