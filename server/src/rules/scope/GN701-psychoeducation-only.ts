import type { Range } from '../../model/positions';
import {
  firstDidacticMatch,
  hasParticipation,
  hasProcessing,
  narrativeProse,
  type Prose,
  ProseMemo,
  sectionProse,
} from '../../prose';
import { asText } from '../../parse/values';
import { headerListItems } from '../../model/headerLists';
import { billableSections } from '../shared/memberSections';
import type { Rule } from '../types';

/**
 * GN701: the session reads as psychoeducation only. The group content — `group.type`, `group.theme`,
 * `interventions`, the narrative and the member sections (`sectionsToCheck`) — describes didactic delivery
 * (lecture, video, handout, slides, "psychoeducation", "educated the group") and nowhere describes
 * processing: explored, processed, practised, role-played, rehearsed, feedback, in vivo, or members
 * discussing how the material applies to them (prose/scope.ts). Education alone is not psychotherapy.
 *
 * Severity: warning; error when, in addition, no member section shows a member-level
 * response (participation as GN301 reads it: what the member did or said).
 * Reported at the first didactic mention (header value or prose). No fix hint.
 */
/** Whether a section's prose describes processing, kept across checks while the section is unchanged. */
const processingMemo = new ProseMemo<boolean>();

export const gn701: Rule = {
  id: 'GN701',
  name: 'psychoeducation-only',
  description:
    'The session is psychoeducation only (lecture, video, handout) with no processing by the members (explored, ' +
    'processed, practised, role-played, feedback).',
  tags: ['scope', 'medical-necessity'],
  defaultSeverity: 'warning',
  source: 'Seed',
  check(context, report) {
    const { note } = context;
    // Each place: its text, where that text starts in the note (header values carry their own range), and its memo key.
    const places: { text: string; base: number; range?: Range; prose?: Prose }[] = [];
    for (const path of [
      ['group', 'type'],
      ['group', 'theme'],
    ]) {
      const text = asText(note.header.get(path));
      if (text) places.push({ text, base: 0, range: note.header.rangeOf(path) });
    }
    for (const item of headerListItems(note.header, ['interventions']))
      places.push({ text: item.text, base: 0, range: item.range });
    const narrative = narrativeProse(note);
    places.push({ text: narrative.source, base: note.narrative.start, prose: narrative });
    const members = billableSections(context);
    for (const { section } of members) {
      const prose = sectionProse(section);
      places.push({ text: prose.source, base: section.bodyStart, prose });
    }

    let firstDidactic: { range: Range; text: string } | undefined;
    for (const place of places) {
      const processing = place.prose
        ? processingMemo.get(place.prose, undefined, () => hasProcessing(place.text))
        : hasProcessing(place.text);
      if (processing) return;
      if (firstDidactic) continue;
      const didactic = firstDidacticMatch(place.text, place.base);
      if (didactic)
        firstDidactic = { range: place.range ?? note.lines.rangeOf(didactic.start, didactic.end), text: didactic.text };
    }
    if (!firstDidactic) return;

    const anyResponse = members.some(({ section }) => hasParticipation(sectionProse(section)));
    report({
      message: anyResponse
        ? `Psychoeducation only: the note describes didactic content ("${firstDidactic.text}") but no processing; ` +
          `document how members explored, practised, role-played or applied it to their own situations, and the ` +
          `feedback exchanged`
        : `Psychoeducation only: the note describes didactic content ("${firstDidactic.text}"), no processing, and ` +
          `no member section shows what any member did or said in response; this reads as education, not group ` +
          `psychotherapy`,
      range: firstDidactic.range,
      severity: anyResponse ? 'warning' : 'error',
    });
  },
};
