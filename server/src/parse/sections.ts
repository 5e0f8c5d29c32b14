import type { MemberSection } from '../model/note';
import type { LineIndex } from '../model/positions';

const FENCE = /^ {0,3}(```|~~~)/;
const LEVEL2 = /^ {0,3}##(?!#)[ \t]*(.*?)[ \t]*#*[ \t]*$/;
const NAME_AND_ID = /^(.*?)[ \t]*\([ \t]*([^()]+?)[ \t]*\)$/;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;

export interface BodyStructure {
  narrativeEnd: number;
  sections: MemberSection[];
}

/** Splits the body (from `bodyStart`) into the group narrative and `## <name> (<id>)` member sections. */
export function parseSections(text: string, lines: LineIndex, bodyStart: number): BodyStructure {
  const headings: { line: number; title: string; titleStart: number }[] = [];
  const firstLine = lines.positionAt(bodyStart).line;
  const startsAtLineStart = lines.lineStart(firstLine) === bodyStart || bodyStart === 0;
  let inFence = false;
  for (let line = startsAtLineStart ? firstLine : firstLine + 1; line < lines.lineCount; line++) {
    const lineText = lines.lineText(line);
    if (FENCE.test(lineText)) inFence = !inFence;
    if (inFence) continue;
    const match = LEVEL2.exec(lineText);
    if (match) headings.push({ line, title: match[1], titleStart: lines.lineStart(line) + lineText.indexOf(match[1], lineText.indexOf('##') + 2) });
  }

  const sections: MemberSection[] = headings.map((heading, index) => {
    const start = lines.lineStart(heading.line);
    const headingEnd = lines.lineEnd(heading.line);
    const end = index + 1 < headings.length ? lines.lineStart(headings[index + 1].line) : text.length;
    const bodyStartOffset = Math.min(heading.line + 1 < lines.lineCount ? lines.lineStart(heading.line + 1) : text.length, end);
    const parsed = NAME_AND_ID.exec(heading.title);
    const idText = parsed?.[2];
    let idRange;
    if (parsed && idText) {
      const idStart = heading.titleStart + heading.title.lastIndexOf(idText);
      idRange = lines.rangeOf(idStart, idStart + idText.length);
    }
    return {
      id: idText,
      name: parsed ? parsed[1].trim() : heading.title.trim(),
      headingRange: lines.rangeOf(start, headingEnd),
      idRange,
      range: lines.rangeOf(start, trimTrailingBreaks(text, start, end)),
      bodyStart: bodyStartOffset,
      bodyEnd: end,
      body: blankComments(text.slice(bodyStartOffset, end)),
    };
  });
  return { narrativeEnd: headings.length ? lines.lineStart(headings[0].line) : text.length, sections };
}

/** Replaces HTML comments with spaces so directives are not read as prose but offsets stay put. */
export function blankComments(text: string): string {
  return text.replace(HTML_COMMENT, (comment) => comment.replace(/[^\r\n]/g, ' '));
}

function trimTrailingBreaks(text: string, start: number, end: number): number {
  let cursor = end;
  while (cursor > start && (text[cursor - 1] === '\n' || text[cursor - 1] === '\r')) cursor--;
  return cursor;
}
