import type { MemberSection } from '../model/note';
import type { LineIndex } from '../model/positions';

const FENCE = /^ {0,3}(```|~~~)/;
const LEVEL2_OPEN = /^ {0,3}##(?!#)/;

// Headings and comments are read with index scans, not backtracking regular expressions: a pasted
// line with long runs of spaces, parentheses or "<!--" must not take polynomial time (ReDoS).

const isBlank = (ch: string) => ch === ' ' || ch === '\t';

/** The title of a level-2 heading line (`## title ##`), without the closing hashes; undefined for other lines. */
export function level2Title(lineText: string): { title: string; start: number } | undefined {
  const open = LEVEL2_OPEN.exec(lineText);
  if (!open) return undefined;
  let start = open[0].length;
  while (start < lineText.length && isBlank(lineText[start])) start++;
  let end = lineText.length;
  while (end > start && isBlank(lineText[end - 1])) end--;
  while (end > start && lineText[end - 1] === '#') end--;
  while (end > start && isBlank(lineText[end - 1])) end--;
  return { title: lineText.slice(start, end), start };
}

/** `Name (ID)`: the name and the id in the final parentheses (no parentheses inside), or undefined. */
export function nameAndId(title: string): { name: string; id: string } | undefined {
  if (!title.endsWith(')')) return undefined;
  const open = title.lastIndexOf('(');
  if (open < 0) return undefined;
  const inner = title.slice(open + 1, -1);
  if (inner.includes(')')) return undefined;
  let from = 0;
  let to = inner.length;
  while (from < to && isBlank(inner[from])) from++;
  while (to > from && isBlank(inner[to - 1])) to--;
  if (from === to) return undefined;
  let nameEnd = open;
  while (nameEnd > 0 && isBlank(title[nameEnd - 1])) nameEnd--;
  return { name: title.slice(0, nameEnd), id: inner.slice(from, to) };
}

export interface BodyStructure {
  narrativeEnd: number;
  sections: MemberSection[];
  /** Member headings in the body: more than `sections.length` when the note is past `maxSections`. */
  headingCount: number;
}

/**
 * Splits the body (from `bodyStart`) into the group narrative and `## <name> (<id>)` member sections;
 * only the first `maxSections` are built (headings past it are counted).
 */
export function parseSections(
  text: string,
  lines: LineIndex,
  bodyStart: number,
  maxSections = Infinity,
): BodyStructure {
  const headings: { line: number; title: string; titleStart: number }[] = [];
  const firstLine = lines.positionAt(bodyStart).line;
  const startsAtLineStart = lines.lineStart(firstLine) === bodyStart || bodyStart === 0;
  let inFence = false;
  for (let line = startsAtLineStart ? firstLine : firstLine + 1; line < lines.lineCount; line++) {
    const lineText = lines.lineText(line);
    if (FENCE.test(lineText)) inFence = !inFence;
    if (inFence) continue;
    const heading = level2Title(lineText);
    if (heading) headings.push({ line, title: heading.title, titleStart: lines.lineStart(line) + heading.start });
  }

  const sections: MemberSection[] = headings.slice(0, maxSections).map((heading, index) => {
    const start = lines.lineStart(heading.line);
    const headingEnd = lines.lineEnd(heading.line);
    const end = index + 1 < headings.length ? lines.lineStart(headings[index + 1].line) : text.length;
    const bodyStartOffset = Math.min(
      heading.line + 1 < lines.lineCount ? lines.lineStart(heading.line + 1) : text.length,
      end,
    );
    const parsed = nameAndId(heading.title);
    const idText = parsed?.id;
    let idRange;
    if (parsed && idText) {
      const idStart = heading.titleStart + heading.title.lastIndexOf(idText);
      idRange = lines.rangeOf(idStart, idStart + idText.length);
    }
    return {
      id: idText,
      name: parsed ? parsed.name.trim() : heading.title.trim(),
      headingRange: lines.rangeOf(start, headingEnd),
      idRange,
      range: lines.rangeOf(start, trimTrailingBreaks(text, start, end)),
      bodyStart: bodyStartOffset,
      bodyEnd: end,
      body: blankComments(text.slice(bodyStartOffset, end)),
    };
  });
  return {
    narrativeEnd: headings.length ? lines.lineStart(headings[0].line) : text.length,
    sections,
    headingCount: headings.length,
  };
}

/** Spans `[start, end)` of the HTML comments `<!-- ... -->` in `text` (an unclosed one is not a comment). */
export function htmlComments(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let from = 0;
  for (;;) {
    const start = text.indexOf('<!--', from);
    if (start < 0) break;
    const close = text.indexOf('-->', start + 4);
    if (close < 0) break;
    spans.push([start, close + 3]);
    from = close + 3;
  }
  return spans;
}

/** Replaces HTML comments with spaces so directives are not read as prose but offsets stay put. */
export function blankComments(text: string): string {
  const spans = htmlComments(text);
  if (!spans.length) return text;
  let result = '';
  let from = 0;
  for (const [start, end] of spans) {
    result += text.slice(from, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ');
    from = end;
  }
  return result + text.slice(from);
}

function trimTrailingBreaks(text: string, start: number, end: number): number {
  let cursor = end;
  while (cursor > start && (text[cursor - 1] === '\n' || text[cursor - 1] === '\r')) cursor--;
  return cursor;
}
