/**
 * The labelled lines of a member section as templates write them: a label and a prompt
 * (docs/format.md, "Prompts"). One source for the completion skeleton (service/features/skeleton.ts)
 * and the quick fixes that add a missing element (service/features/ruleFixes.ts): left untouched,
 * GN108 reports each prompt as missing, so none is ever billed.
 */
export type PromptedElement = 'participation' | 'mood' | 'progress' | 'risk' | 'plan';

export interface ElementLine {
  label: string;
  prompt: string;
}

/** In the order a section is written (and the skeleton lists them). */
export const ELEMENT_LINES: Record<PromptedElement, ElementLine> = {
  participation: { label: 'Participation', prompt: '<what the member did and said>' },
  mood: { label: 'Mood/affect', prompt: '<observed mood and affect>' },
  progress: { label: 'Progress', prompt: '<observed progress>' },
  risk: { label: 'Risk', prompt: '<risk assessment (SI/HI, self-harm, substance use) and response>' },
  plan: { label: 'Plan', prompt: '<plan until the next session>' },
};

export const ELEMENT_ORDER = Object.keys(ELEMENT_LINES) as PromptedElement[];

/** A goal as the progress label names it: "G1 (Reduce catastrophic thinking)", or the id alone. */
export function goalText(goal: { id: string; text: string }): string {
  return goal.text ? `${goal.id} (${goal.text})` : goal.id;
}

/** The progress label for a goal of the member's plan: "Progress toward G1 (…)". */
export function progressLabel(goal: { id: string; text: string }): string {
  return `Progress toward ${goalText(goal)}`;
}

/** The progress label when the plan's goals are not known: both the id and the goal are prompts. */
export const UNKNOWN_GOAL_LABEL = 'Progress toward goal <goal id> (<goal in the treatment plan>)';
