import { headerListItems } from '../../model/headerLists';
import { interventionClassifier } from '../../billing/interventions';
import type { Rule } from '../types';

/**
 * GN105: every listed intervention is generic wording ("support", "group discussion", "processing
 * feelings", "psychoeducation") with no named technique. One specific item is enough to pass: an item
 * is specific when it names a technique or has a content word beyond the generic vocabulary
 * ("psychoeducation on sleep hygiene", "DBT distress tolerance", "role-play of assertive requests").
 * The generic vocabulary is in shared/interventions.ts; `phrases.genericInterventions` in
 * `.groupnote/config.yaml` adds words or phrases. Reported at the `interventions` key.
 *
 * No fix hint: only the clinician knows which techniques were used.
 */
export const gn105: Rule = {
  id: 'GN105',
  name: 'generic-interventions',
  description:
    'The interventions are only generic words ("support", "discussion", "group", "processing") with no named ' +
    'technique.',
  tags: ['header', 'documentation', 'medical-necessity'],
  defaultSeverity: 'warning',
  source: 'Novitas',
  check({ note, config }, report) {
    const items = headerListItems(note.header, ['interventions']);
    if (!items.length) return; // missing or empty: GN101
    const classifier = interventionClassifier(config.phrases.genericInterventions);
    if (items.some((item) => classifier.isSpecific(item.text))) return;
    const listed = items.map((item) => `"${item.text}"`).join(', ');
    report({
      message:
        `The interventions (${listed}) name no technique: auditors read them as boilerplate. ` +
        'Name what the facilitator did, e.g. "cognitive restructuring of catastrophic thoughts", "DBT ' +
        'distress-tolerance skills (TIPP)", "psychoeducation on the panic cycle", "role-play of assertive ' +
        'requests".',
      range: note.header.keyRangeOf(['interventions']),
    });
  },
};
