/**
 * The member-section skeleton: a `## Name (ID)` heading and prompts for what GN301 looks for
 * (participation, mood/affect, progress toward the member's own goals, risk, plan).
 *
 * Two forms:
 * - `snippet` (completion): labelled lines with tab stops the clinician types over;
 * - `prompts` (quick fix, fix-all): the prompts as HTML comments. Comments are not prose to the
 *   rules, so an inserted skeleton fixes the missing section (GN206) without ever counting as
 *   documentation: GN301 then names exactly what is still to be written.
 */
import type { Attendee } from '../../model/note';
import type { RosterPatient } from '../../workspace/types';
import { displayName } from './catalog';
import { ELEMENT_LINES, goalText } from '../../model/sectionPrompts';

/** Escapes text for a snippet body (outside placeholders). */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** Escapes one option of a snippet choice `${1|a,b|}`. */
function escapeChoice(text: string): string {
  return text.replace(/[\\$}|,]/g, (c) => `\\${c}`);
}

export function headingName(attendee: Pick<Attendee, 'name' | 'id'>, patient: RosterPatient | undefined): string {
  return attendee.name || displayName(patient?.name) || attendee.id;
}

export function sectionHeading(attendee: Pick<Attendee, 'name' | 'id'>, patient: RosterPatient | undefined): string {
  return `## ${headingName(attendee, patient)} (${attendee.id})`;
}

/** Tab-stop texts are prompts (docs/format.md, "Prompts"): left untouched, GN108 reports them as missing. */
const PROGRESS_PROMPT = ELEMENT_LINES.progress.prompt;

/** A labelled line whose prompt is tab stop `stop`. */
function promptedLine(element: 'participation' | 'mood' | 'risk' | 'plan', stop: number): string {
  const { label, prompt } = ELEMENT_LINES[element];
  return `${label}: \${${stop}:${escapeSnippet(prompt)}}`;
}

/** The skeleton as a snippet (tab stops), heading included, ending with a line break. */
export function sectionSnippet(attendee: Pick<Attendee, 'name' | 'id'>, patient: RosterPatient | undefined): string {
  const goals = patient?.plan?.goals ?? [];
  let progress: string;
  let next = 3;
  if (goals.length === 1) {
    progress = `Progress toward ${escapeSnippet(goalText(goals[0]))}: \${${next++}:${PROGRESS_PROMPT}}`;
  } else if (goals.length > 1) {
    const choice = goals.map((goal) => escapeChoice(goalText(goal))).join(',');
    progress = `Progress toward \${${next++}|${choice}|}: \${${next++}:${PROGRESS_PROMPT}}`;
  } else {
    const goal = `\${${next++}:G1} (\${${next++}:<goal in the treatment plan>})`;
    progress = `Progress toward goal ${goal}: \${${next++}:${PROGRESS_PROMPT}}`;
  }
  return [
    escapeSnippet(sectionHeading(attendee, patient)),
    promptedLine('participation', 1),
    promptedLine('mood', 2),
    progress,
    promptedLine('risk', next++),
    promptedLine('plan', next),
    '$0',
  ].join('\n');
}

/** The skeleton with its prompts as HTML comments (for quick fixes): nothing in it reads as documentation. */
export function sectionPrompts(
  attendee: Pick<Attendee, 'name' | 'id'>,
  patient: RosterPatient | undefined,
  newline = '\n',
): string {
  const goals = patient?.plan?.goals ?? [];
  const progress = goals.length
    ? goals.map((goal) => `<!-- Progress toward ${commentSafe(goalText(goal))}: observed progress -->`)
    : ["<!-- Progress toward the member's treatment-plan goal (goal id and words): observed progress -->"];
  return [
    sectionHeading(attendee, patient),
    '<!-- Participation: what the member did and said -->',
    '<!-- Mood/affect: observed mood and affect -->',
    ...progress,
    '<!-- Risk: risk assessment (SI/HI, self-harm, substance use) and response -->',
    '<!-- Plan: plan until the next session -->',
    '',
  ].join(newline);
}

/** Text that cannot close an HTML comment early. */
function commentSafe(text: string): string {
  return text.replace(/--+>?/g, '-');
}
