/**
 * YAML errors of the note header in plain words, at the line the clinician is on.
 *
 * The yaml library reports a half-typed line (`dyn`) as "Implicit keys need to be on a single line" or
 * "Implicit map keys need to be followed by map values", often at the line after it, and a value with a
 * colon as "Nested mappings are not allowed in compact mappings". Two things happen here instead:
 *
 * - `recoverIncompleteLines`: a line that cannot be a header field yet (a word with no colon where a
 *   field starts) is set aside: the header is parsed again with that line blanked (same offsets, so
 *   every range stays right). When that parse is clean, the note is checked as if the line were not
 *   there yet, and the line gets one problem of its own. GN100 reports it, so the note stays held back.
 * - `plainMessage`: the other errors, reworded and moved to the line that holds their cause
 *   (the unclosed bracket or quote, the duplicate key, the value with a colon).
 */
import type { YAMLError } from 'yaml';

/** A line of the header source: offsets into the header source (not the note). */
export interface SourceLine {
  start: number;
  end: number;
  text: string;
}

export function sourceLines(source: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  for (const match of source.matchAll(/\r\n|\r|\n/g)) {
    lines.push({ start, end: match.index, text: source.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  lines.push({ start, end: source.length, text: source.slice(start) });
  return lines;
}

function indentOf(text: string): number {
  return text.length - text.trimStart().length;
}

/** Where a field (or a list item's first field) starts on a content line: after `- ` on a dash line. */
function keyColumn(text: string): number {
  const indent = indentOf(text);
  const dash = /^-(?:[ \t]+|$)/.exec(text.slice(indent));
  return dash ? indent + dash[0].length : indent;
}

/** Characters that start something other than a field name (list item, flow collection, quote, comment ...). */
const NOT_A_WORD_START = /^[-#[\]{}"'|>?:&*!%@`,]/;
/** `key:` followed by a blank or the line end: the line already has its field separator. */
const HAS_SEPARATOR = /:(?:[ \t]|$)/;
/** `key: |`, `- >-` ...: the lines below, indented further, are the text of a block scalar. */
const BLOCK_SCALAR = /(?:^|[ \t]|:)[|>][-+0-9]*[ \t]*(?:#.*)?$/;

/** Open `[` / `{` minus closed ones on a line, outside quotes and comments. */
function flowBalance(text: string): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = undefined;
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) break;
    if ((c === '"' || c === "'") && (i === 0 || /[\s,[{:]/.test(text[i - 1]))) quote = c;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
  }
  return depth;
}

/**
 * Lines that cannot be a header field yet: a bare word (no `key:` separator) where a field or a list
 * item starts, outside flow collections and block scalars. Plain-scalar continuation lines (indented
 * under the value they continue) are not candidates.
 */
export function incompleteLineCandidates(lines: readonly SourceLine[]): number[] {
  const found: number[] = [];
  let flowDepth = 0;
  let blockScalarIndent: number | undefined;
  let previous: { indent: number; keyCol: number; emptyValue: boolean } | undefined;
  lines.forEach((line, index) => {
    const content = line.text.trim();
    const indent = indentOf(line.text);
    if (blockScalarIndent !== undefined) {
      if (content === '' || indent > blockScalarIndent) return;
      blockScalarIndent = undefined;
    }
    if (content === '' || content.startsWith('#')) return;
    const insideFlow = flowDepth > 0;
    flowDepth = Math.max(0, flowDepth + flowBalance(line.text));
    if (insideFlow) return;
    const keyCol = keyColumn(line.text);
    const rest = line.text.slice(keyCol).replace(/[ \t]+#.*$/, '');
    const bareWord = rest.trim() !== '' && !NOT_A_WORD_START.test(rest.trim()) && !HAS_SEPARATOR.test(rest);
    // A bare word is a field being typed where it sits at or left of the previous line's field column,
    // or right under a `key:` with no value yet (where the key's first child field would go).
    const atFieldColumn = !previous || keyCol <= previous.keyCol || previous.emptyValue;
    if (bareWord && keyCol === indent && atFieldColumn) found.push(index);
    if (BLOCK_SCALAR.test(line.text)) blockScalarIndent = indent;
    const separator = HAS_SEPARATOR.exec(rest);
    const emptyValue = !!separator && rest.slice(separator.index + 1).trim() === '';
    previous = { indent, keyCol, emptyValue };
  });
  return found;
}

/** The source with the given lines replaced by blanks (offsets unchanged). */
export function blankLines(source: string, lines: readonly SourceLine[], indexes: readonly number[]): string {
  let out = source;
  for (const index of indexes) {
    const line = lines[index];
    out = out.slice(0, line.start) + ' '.repeat(line.end - line.start) + out.slice(line.end);
  }
  return out;
}

/**
 * The smallest set of candidate lines whose blanking makes `parses` succeed: first each candidate
 * alone (nearest to the first error first), then all of them together. Undefined when none does.
 */
export function recoverIncompleteLines(
  source: string,
  errorOffset: number,
  parses: (text: string) => boolean,
): number[] | undefined {
  const lines = sourceLines(source);
  const candidates = incompleteLineCandidates(lines);
  if (!candidates.length) return undefined;
  const errorLine = lineIndexAt(lines, errorOffset);
  const byDistance = [...candidates].sort((a, b) => distance(a, errorLine) - distance(b, errorLine) || a - b);
  for (const index of byDistance.slice(0, 4)) if (parses(blankLines(source, lines, [index]))) return [index];
  if (candidates.length > 1 && parses(blankLines(source, lines, candidates))) return candidates;
  return undefined;
}

/** How far a candidate line is from the error: lines before the error count as nearer than lines after it. */
function distance(line: number, errorLine: number): number {
  return line <= errorLine ? 2 * (errorLine - line) : 2 * (line - errorLine) + 1;
}

export function lineIndexAt(lines: readonly SourceLine[], offset: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lines[mid].start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The message for a line set aside by `recoverIncompleteLines`, naming the fields it may be the start of. */
export function incompleteLineMessage(word: string, knownFields: readonly string[]): string {
  const typed = word.trim();
  const noSpace = /^([A-Za-z][\w-]*):(?=\S)/.exec(typed);
  if (noSpace) return `Put a space after the colon: "${noSpace[1]}: …".`;
  const matches = knownFields.filter((field) => field.toLowerCase().startsWith(typed.toLowerCase()));
  const example = matches.length
    ? matches
        .slice(0, 3)
        .map((field) => `"${field}: …"`)
        .join(' or ')
    : '"name: value"';
  // Several words look like text that belongs to the field above.
  const text = /\s/.test(typed) ? ' To continue the text of the field above, indent this line.' : '';
  return (
    `"${shorten(typed)}" is not a header field yet: a field is its name, a colon and its value ` +
    `(${example}).${text}`
  );
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

export interface PlainError {
  message: string;
  /** Reworded (false: yaml's own message, kept as it is). */
  explained: boolean;
  /** Offsets in the header source. */
  start: number;
  end: number;
}

/** A yaml error in plain words, at the line that holds its cause. */
export function plainMessage(error: YAMLError, source: string, lines: readonly SourceLine[]): PlainError {
  const [start, end] = error.pos;
  const at = { start, end: Math.max(end, start + 1) };
  const line = lines[lineIndexAt(lines, start)];
  const raw = error.message.split(/\r?\n/)[0].trim();
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const key = /^\s*(?:-\s+)?("[^"]*"|'[^']*'|[^:#]+?)\s*:/.exec(source.slice(start, line.end))?.[1];
      return {
        ...at,
        explained: true,
        message: key
          ? `The field "${key.replace(/^["']|["']$/g, '')}" is written twice at this level of the header: keep one.`
          : 'This field is written twice at this level of the header: keep one.',
      };
    }
    case 'TAB_AS_INDENT':
      return { ...at, explained: true, message: 'This line is indented with a tab: indent header lines with spaces.' };
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (/compact mappings/i.test(raw)) {
        const pair = /^(\s*(?:-\s+)?)([^:#\s][^:#]*?)\s*:\s/.exec(line.text);
        const key = pair?.[2];
        const next = lines[lineIndexAt(lines, start) + 1];
        if (pair && !/:\s/.test(line.text.slice(pair[0].length)) && next && indentOf(next.text) > pair[1].length)
          return {
            start: next.start + indentOf(next.text),
            end: Math.max(next.end, next.start + 1),
            explained: true,
            message:
              `This line is indented further than "${key}" above it: fields of the same level start in the ` +
              `same column.`,
          };
        return {
          start: line.start + indentOf(line.text),
          end: Math.max(line.end, line.start + 1),
          explained: true,
          message:
            `This value contains ": ", which YAML reads as another field: put the value in double ` +
            `quotes${key ? ` (${key}: "…")` : ''}.`,
        };
      }
      break;
    case 'MULTILINE_IMPLICIT_KEY':
    case 'MISSING_CHAR': {
      const quote = /Missing closing ("|')quote/.exec(raw)?.[1];
      if (quote) return unclosed(lines, start, quote, `The quote ${quote} opened on this line is never closed.`);
      const noSpace = /^(\s*(?:-\s+)?)([A-Za-z][\w-]*):(?=[^\s:])/.exec(line.text);
      if (noSpace)
        return {
          start: line.start + noSpace[1].length,
          end: line.start + noSpace[0].length + 1,
          explained: true,
          message: `Put a space after the colon: "${noSpace[2]}: …".`,
        };
      break;
    }
    case 'BAD_INDENT':
      break;
  }
  const bracket = /end with an? ([\]}])/.exec(raw)?.[1];
  if (bracket) {
    const open = bracket === ']' ? '[' : '{';
    return unclosed(lines, start, open, `The "${open}" opened on this line is never closed: end it with "${bracket}".`);
  }
  return { ...at, message: `YAML error: ${raw}`, explained: false };
}

/** The last line at or before `offset` that leaves `opener` unclosed, else the error's own position. */
function unclosed(lines: readonly SourceLine[], offset: number, opener: string, message: string): PlainError {
  const last = lineIndexAt(lines, offset);
  for (let index = last; index >= 0; index--) {
    const text = lines[index].text;
    const column = unclosedColumn(text, opener);
    if (column !== undefined)
      return { start: lines[index].start + column, end: lines[index].start + column + 1, message, explained: true };
  }
  return { start: offset, end: offset + 1, message, explained: true };
}

/** Column of an opener (`[`, `{`, `"`, `'`) left open at the end of the line, outside comments and other quotes. */
function unclosedColumn(text: string, opener: string): number | undefined {
  const open: number[] = [];
  let quote: { char: string; at: number } | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote.char && !(quote.char === '"' && text[i - 1] === '\\')) quote = undefined;
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) break;
    if ((c === '"' || c === "'") && (i === 0 || /[\s,[{:]/.test(text[i - 1]))) quote = { char: c, at: i };
    else if (c === '[' || c === '{') open.push(i);
    else if ((c === ']' || c === '}') && open.length) open.pop();
  }
  if (opener === '"' || opener === "'") return quote?.char === opener ? quote.at : undefined;
  const mine = open.filter((at) => text[at] === opener);
  return mine.length ? mine[mine.length - 1] : undefined;
}
