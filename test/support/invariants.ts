/**
 * Properties every check result must have, whatever the input: no rule throws, every range lies
 * inside the document, messages are sentences for people, and the same text gives the same findings.
 */
import { checkNote } from '../../server/src/engine/checkNote';
import type { ParsedNote } from '../../server/src/model/note';
import type { Range } from '../../server/src/model/positions';
import { parseNote } from '../../server/src/parse/parseNote';
import type { Finding, IndexedNote } from '../../server/src/rules/types';
import type { WorkspaceData } from '../../server/src/workspace/loadWorkspace';

/** Line lengths as an editor counts them (UTF-16 code units; lines end at \r\n, \n or \r). */
export function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.length);
}

/** Why a range is not inside the document, or undefined when it is. */
export function rangeProblem(lengths: readonly number[], range: Range, what: string): string | undefined {
  const { start, end } = range;
  for (const [name, position] of [
    ['start', start],
    ['end', end],
  ] as const) {
    if (!Number.isInteger(position.line) || !Number.isInteger(position.character))
      return `${what}: ${name} is not an integer position (${JSON.stringify(position)})`;
    if (position.line < 0 || position.line >= lengths.length)
      return `${what}: ${name} line ${position.line} outside 0..${lengths.length - 1}`;
    if (position.character < 0 || position.character > lengths[position.line])
      return (
        `${what}: ${name} character ${position.character} past the end of line ${position.line} (length ` +
        `${lengths[position.line]})`
      );
  }
  if (start.line > end.line || (start.line === end.line && start.character > end.character))
    return `${what}: start ${JSON.stringify(start)} after end ${JSON.stringify(end)}`;
  return undefined;
}

/** Problems with the ranges of a parsed note (sections, header problems) and of findings. */
export function rangeProblems(
  text: string,
  note: ParsedNote | undefined,
  findings: readonly { range: Range; ruleId?: string; code?: unknown }[],
): string[] {
  const lengths = lineLengths(text);
  const problems: (string | undefined)[] = [];
  if (note) {
    problems.push(rangeProblem(lengths, note.header.range, 'header.range'));
    for (const problem of note.headerProblems)
      problems.push(rangeProblem(lengths, problem.range, `header problem (${problem.kind})`));
    for (const section of note.sections) {
      problems.push(
        rangeProblem(lengths, section.headingRange, 'section heading'),
        rangeProblem(lengths, section.range, 'section'),
      );
      if (section.idRange) problems.push(rangeProblem(lengths, section.idRange, 'section id'));
    }
    problems.push(rangeProblem(lengths, note.narrative.range, 'narrative'));
  }
  for (const finding of findings)
    problems.push(rangeProblem(lengths, finding.range, String(finding.ruleId ?? finding.code)));
  return problems.filter((problem): problem is string => problem !== undefined);
}

const NOT_FOR_PEOPLE = /\bundefined\b|\bNaN\b|\[object Object\]|\bnull\b/;

/**
 * Messages that read like a program's internals ("undefined", "[object Object]") rather than a
 * sentence; such words are fine when the message quotes them from the note (`text`).
 */
export function messageProblems(
  findings: readonly { message: string; ruleId?: string; code?: unknown }[],
  text: string,
): string[] {
  return findings
    .filter((finding) => {
      if (typeof finding.message !== 'string' || !finding.message.trim()) return true;
      const internal = NOT_FOR_PEOPLE.exec(finding.message);
      return internal !== null && !text.toLowerCase().includes(internal[0].toLowerCase());
    })
    .map((finding) => `${String(finding.ruleId ?? finding.code)}: message ${JSON.stringify(finding.message)}`);
}

export interface CheckRun {
  note: ParsedNote;
  findings: Finding[];
  ruleErrors: string[];
}

export interface InvariantOptions {
  workspace: WorkspaceData;
  otherNotes?: IndexedNote[];
  mode?: 'edit' | 'export';
  today?: string;
  uri?: string;
}

export function runCheck(text: string, options: InvariantOptions): CheckRun {
  const ruleErrors: string[] = [];
  const note = parseNote(text, options.uri ?? 'file:///fuzz/case.group.md');
  const findings = checkNote(note, {
    workspace: options.workspace,
    otherNotes: options.otherNotes,
    mode: options.mode,
    today: options.today ?? '2026-11-22',
    onRuleError: (ruleId, error) =>
      ruleErrors.push(
        `${ruleId} threw ${error instanceof Error ? `${error.name}: ${error.message}\n${error.stack}` : String(error)}`,
      ),
  });
  return { note, findings, ruleErrors };
}

/**
 * Parses and checks `text` twice and returns every broken invariant (empty when all hold).
 * Throwing from parseNote or checkNote is reported as a problem too.
 */
export function invariantProblems(text: string, options: InvariantOptions): string[] {
  let first: CheckRun;
  let second: CheckRun;
  try {
    first = runCheck(text, options);
    second = runCheck(text, options);
  } catch (error) {
    return [`threw ${error instanceof Error ? `${error.name}: ${error.message}\n${error.stack}` : String(error)}`];
  }
  const problems = [
    ...first.ruleErrors,
    ...rangeProblems(text, first.note, first.findings),
    ...messageProblems(first.findings, text),
  ];
  const a = JSON.stringify(first.findings);
  const b = JSON.stringify(second.findings);
  if (a !== b) problems.push(`not deterministic:\n first: ${a}\n second: ${b}`);
  return problems;
}
