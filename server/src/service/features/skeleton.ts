/**
 * The member-section skeleton: a `## Name (ID)` heading and one labelled line per element GN301
 * looks for (participation, mood/affect, progress toward the member's own goals, risk, plan), each
 * with a prompt to type over (docs/format.md, "Prompts").
 *
 * One template (`skeletonLines`), two renderings, so completion and the GN206 quick fix are the same
 * experience:
 * - `sectionSnippet`: the fields as tab stops (completion; the quick fix in clients that insert
 *   snippets), the cursor on the first one;
 * - `sectionText`: the same lines with the prompts as text (fix-all, other clients).
 * Either way a prompt left untouched is a prompt in the note: GN108 reports it as missing and the
 * note is held back, so a skeleton never counts as documentation.
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

/**
 * A field the clinician fills in: a prompt (`<…>`), or one of several choices (the member's goals)
 * with the prompt that stands for it where a choice cannot be offered.
 */
export type SkeletonField = { prompt: string; choices?: string[] };
/** One part of a skeleton line: literal text or a field. */
export type SkeletonPart = string | SkeletonField;

/** A labelled line whose content is the element's prompt. */
function promptedLine(element: 'participation' | 'mood' | 'risk' | 'plan'): SkeletonPart[] {
  const { label, prompt } = ELEMENT_LINES[element];
  return [`${label}: `, { prompt }];
}

/** The skeleton: heading first, then one line per element, fields in the order the clinician fills them. */
export function skeletonLines(
  attendee: Pick<Attendee, 'name' | 'id'>,
  patient: RosterPatient | undefined,
): SkeletonPart[][] {
  const goals = patient?.plan?.goals ?? [];
  const observed = { prompt: ELEMENT_LINES.progress.prompt };
  let progress: SkeletonPart[];
  if (goals.length === 1) progress = [`Progress toward ${goalText(goals[0])}: `, observed];
  else if (goals.length > 1) {
    const which = { prompt: `<${goals.map((goal) => goal.id).join(' or ')}>`, choices: goals.map(goalText) };
    progress = ['Progress toward ', which, ': ', observed];
  } else
    progress = [
      'Progress toward goal ',
      { prompt: '<goal id>' },
      ' (',
      { prompt: '<goal in the treatment plan>' },
      '): ',
      observed,
    ];
  return [
    [sectionHeading(attendee, patient)],
    promptedLine('participation'),
    promptedLine('mood'),
    progress,
    promptedLine('risk'),
    promptedLine('plan'),
  ];
}

/** The skeleton as a snippet (tab stops, the first on the participation prompt), ending with a line break. */
export function sectionSnippet(
  attendee: Pick<Attendee, 'name' | 'id'>,
  patient: RosterPatient | undefined,
  newline = '\n',
): string {
  let stop = 0;
  const render = (part: SkeletonPart): string => {
    if (typeof part === 'string') return escapeSnippet(part);
    stop++;
    if (part.choices) return `\${${stop}|${part.choices.map(escapeChoice).join(',')}|}`;
    return `\${${stop}:${escapeSnippet(part.prompt)}}`;
  };
  return skeletonLines(attendee, patient)
    .map((line) => line.map(render).join(''))
    .concat('')
    .join(newline);
}

/** The skeleton as plain text, each field as its prompt (`<G1 or G2>` for a choice), ending with a line break. */
export function sectionText(
  attendee: Pick<Attendee, 'name' | 'id'>,
  patient: RosterPatient | undefined,
  newline = '\n',
): string {
  return skeletonLines(attendee, patient)
    .map((line) => line.map((part) => (typeof part === 'string' ? part : part.prompt)).join(''))
    .concat('')
    .join(newline);
}
