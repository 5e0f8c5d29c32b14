import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair } from 'yaml';
import type { HeaderProblem, NoteHeader, YamlPath } from '../model/note';
import type { LineIndex, Range } from '../model/positions';

/** Limits that keep hostile YAML (alias bombs, huge documents) bounded. */
const MAX_ALIAS_COUNT = 100;

interface FrontMatterBounds {
  /** Offset of the opening `---` line. */
  open: number;
  /** First offset of the YAML content. */
  contentStart: number;
  /** Offset just past the YAML content (start of the closing line). */
  contentEnd: number;
  /** Offset just past the closing line (where the body starts). */
  end: number;
  closed: boolean;
}

const DELIMITER = /^---[ \t]*$/;
const CLOSER = /^(---|\.\.\.)[ \t]*$/;
const MEMBER_HEADING = /^ {0,3}##[ \t]/;

/** Finds the `---` fenced header at the top of the note (after an optional BOM). */
export function findFrontMatter(text: string, lines: LineIndex): FrontMatterBounds | undefined {
  const first = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const firstLine = lines.lineText(0).slice(first);
  if (!DELIMITER.test(firstLine)) return undefined;
  const contentStart = lines.lineCount > 1 ? lines.lineStart(1) : text.length;
  for (let line = 1; line < lines.lineCount; line++) {
    const lineText = lines.lineText(line);
    if (CLOSER.test(lineText)) {
      const end = line + 1 < lines.lineCount ? lines.lineStart(line + 1) : text.length;
      return { open: first, contentStart, contentEnd: lines.lineStart(line), end, closed: true };
    }
    // An unclosed header most likely ends where the member sections begin.
    if (MEMBER_HEADING.test(lineText)) {
      return { open: first, contentStart, contentEnd: lines.lineStart(line), end: lines.lineStart(line), closed: false };
    }
  }
  return { open: first, contentStart, contentEnd: text.length, end: text.length, closed: false };
}

interface Located {
  node: Node | undefined;
  pair: Pair | undefined;
  /** How many path steps resolved. */
  depth: number;
}

/** Walks the YAML AST along `path`, stopping at the deepest existing node. */
function locate(doc: Document, path: YamlPath): Located {
  let node: Node | undefined = (doc.contents ?? undefined) as Node | undefined;
  let pair: Pair | undefined;
  let depth = 0;
  for (const step of path) {
    if (isMap(node)) {
      const found = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(step));
      if (!found) break;
      pair = found;
      node = (found.value ?? undefined) as Node | undefined;
    } else if (isSeq(node) && typeof step === 'number' && step < node.items.length) {
      pair = undefined;
      node = node.items[step] as Node | undefined;
    } else break;
    depth++;
    if (!node) break;
  }
  return { node, pair, depth };
}

function nodeRange(node: Node | Pair | undefined): [number, number] | undefined {
  if (!node) return undefined;
  if (isPair(node)) {
    const key = nodeRange(node.key as Node | undefined);
    const value = nodeRange(node.value as Node | undefined);
    if (key && value) return [key[0], value[1]];
    return key ?? value;
  }
  const range = node.range;
  return range ? [range[0], range[1]] : undefined;
}

export interface ParsedFrontMatter {
  header: NoteHeader;
  problems: HeaderProblem[];
  bodyStart: number;
}

/** Parses the header into a `NoteHeader` whose ranges come from the YAML AST. */
export function parseFrontMatter(text: string, lines: LineIndex): ParsedFrontMatter {
  const bounds = findFrontMatter(text, lines);
  const problems: HeaderProblem[] = [];
  if (!bounds) {
    const range = lines.rangeOf(0, lines.lineEnd(0));
    problems.push({ kind: 'missing', range, message: 'The note has no YAML header: it must start with a line "---", the header fields, and a closing "---".' });
    return { header: emptyHeader(lines, range, 0), problems, bodyStart: text.charCodeAt(0) === 0xfeff ? 1 : 0 };
  }
  const headerRange = lines.rangeOf(bounds.open, bounds.closed ? lines.lineEnd(lines.positionAt(bounds.end - 1).line) : bounds.contentEnd);
  if (!bounds.closed) {
    problems.push({
      kind: 'unclosed',
      range: lines.rangeOf(bounds.open, bounds.open + 3),
      message: 'The YAML header is never closed: add a line "---" after the last header field.',
    });
  }
  const source = text.slice(bounds.contentStart, bounds.contentEnd);
  const lineCounter = new LineCounter();
  // logLevel 'error': the yaml library would otherwise print warnings (which quote header text) to stderr.
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true, logLevel: 'error' });
  const shift = bounds.contentStart;
  const toRange = (span: [number, number]): Range => lines.rangeOf(span[0] + shift, Math.max(span[0], span[1]) + shift);

  for (const error of doc.errors) {
    const [start, end] = error.pos;
    problems.push({ kind: 'yaml', range: toRange([start, Math.max(end, start + 1)]), message: `YAML error: ${firstLine(error.message)}` });
  }

  let value: Record<string, unknown> | undefined;
  if (doc.errors.length === 0) {
    try {
      const js: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      if (js && typeof js === 'object' && !Array.isArray(js)) value = js as Record<string, unknown>;
      else if (js !== null && js !== undefined) {
        problems.push({ kind: 'not-mapping', range: headerRange, message: 'The YAML header must be a mapping of fields (date:, start:, attendees: ...).' });
      }
    } catch (error) {
      const reason = error instanceof Error ? firstLine(error.message) : 'unreadable YAML';
      problems.push({ kind: 'yaml', range: headerRange, message: `YAML error: ${reason}` });
    }
  } else {
    // Keep what can be read so the other rules still see the good fields.
    value = salvage(doc);
  }

  const header: NoteHeader = {
    value,
    doc,
    range: headerRange,
    contentStart: bounds.contentStart,
    contentEnd: bounds.contentEnd,
    rangeOf(path) {
      const found = locate(doc, path);
      const span = nodeRange(found.node) ?? nodeRange(found.pair);
      return span ? toRange(span) : headerRange;
    },
    keyRangeOf(path) {
      const found = locate(doc, path);
      if (found.depth === path.length && found.pair?.key) {
        const span = nodeRange(found.pair.key as Node);
        if (span) return toRange(span);
      }
      return header.rangeOf(path);
    },
    has(path) {
      return locate(doc, path).depth === path.length;
    },
    get(path) {
      let current: unknown = value;
      for (const step of path) {
        if (current === null || typeof current !== 'object') return undefined;
        current = (current as Record<string | number, unknown>)[step];
      }
      return current;
    },
  };
  return { header, problems, bodyStart: bounds.end };
}

function salvage(doc: Document): Record<string, unknown> | undefined {
  try {
    const js: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return js && typeof js === 'object' && !Array.isArray(js) ? (js as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function emptyHeader(lines: LineIndex, range: Range, at: number): NoteHeader {
  return {
    value: undefined,
    doc: undefined,
    range,
    contentStart: at,
    contentEnd: at,
    rangeOf: () => range,
    keyRangeOf: () => range,
    has: () => false,
    get: () => undefined,
  };
}

function firstLine(message: string): string {
  return message.split(/\r?\n/)[0].trim();
}
