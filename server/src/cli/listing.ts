/** Pieces of the command line's text output shared by its commands (check, export, chart). */
import { relativeTo } from '../batch/batchCheck';
import { uriToPath } from '../workspace/uris';
import { UsageError } from './usage';
import { readinessTitle, SET_UP_PRACTICE, type Readiness } from '../../../protocol/src/readiness';

export { plural } from '../model/plural';

/** `--format a,b`: the formats named, each one of `known`; undefined when the flag is absent. */
export function parseFormatList<T extends string>(value: string | undefined, known: readonly T[]): T[] | undefined {
  if (value === undefined) return undefined;
  const formats = value
    .split(',')
    .map((format) => format.trim().toLowerCase())
    .filter(Boolean);
  const unknown = formats.filter((format) => !(known as readonly string[]).includes(format));
  if (unknown.length || !formats.length)
    throw new UsageError(`unknown --format "${value}" (use a comma list of ${known.join(', ')})`);
  return formats as T[];
}

/** A place in a note that a summary lists (held back, silenced): the note, the position, the attendee. */
interface NotePlace {
  uri: string;
  line: number;
  character: number;
  attendeeId?: string;
}

/**
 * Lines listing `items` grouped by note: the note's path (relative to `cwd`), then one line per item with
 * its position, attendee (or "whole note") and `describe(item)`.
 */
export function linesByNote<T extends NotePlace>(items: readonly T[], cwd: string, describe: (item: T) => string) {
  const byNote = new Map<string, T[]>();
  for (const item of items) byNote.set(item.uri, [...(byNote.get(item.uri) ?? []), item]);
  const lines: string[] = [];
  for (const [uri, inNote] of byNote) {
    lines.push(`  ${relativeTo(cwd, uriToPath(uri) ?? uri)}`);
    for (const item of inNote)
      lines.push(`    ${item.line + 1}:${item.character + 1}  ${item.attendeeId ?? 'whole note'}  ${describe(item)}`);
  }
  return lines;
}

/** How a held-back item reads in a listing: the rule that holds it back, then why. */
export const heldBackText = (item: { ruleId?: string; reason: string }): string =>
  `${item.ruleId ? `${item.ruleId}  ` : ''}${item.reason}`;

/**
 * "Readiness:" and one line per note, `<state>  <file>` in the words of protocol/src/readiness.ts (the
 * editor's): `groupnote check` and `groupnote export` print the same.
 */
export function readinessLines(notes: readonly { uri: string; readiness: Readiness }[], cwd: string): string[] {
  if (!notes.length) return [];
  const rows = notes.map(({ uri, readiness }) => [
    readinessTitle(readiness),
    relativeTo(cwd, uriToPath(uri) ?? uri) +
      (readiness.setup ? `  (${readiness.setup}; "${SET_UP_PRACTICE.cli}" sets it up)` : ''),
  ]);
  const width = Math.max(...rows.map(([title]) => title.length));
  return ['Readiness:', ...rows.map(([title, file]) => `  ${title.padEnd(width)}  ${file}`)];
}
