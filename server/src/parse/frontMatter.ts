import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair } from 'yaml';
import type { HeaderProblem, NoteHeader, YamlPath } from '../model/note';
import type { LineIndex, Range } from '../model/positions';
import { headerFieldEntries } from '../model/headerRegistry';
import { MAX_HEADER_CHARS } from '../model/limits';
import { readPlainHeader, type SimpleNode, type SimplePair } from './simpleHeader';
import { blankLines, incompleteLineMessage, plainMessage, recoverIncompleteLines, sourceLines } from './headerErrors';

/** Limits that keep hostile YAML (alias bombs, huge documents) bounded. */
const MAX_ALIAS_COUNT = 100;
/**
 * Deeper headers are not given to the yaml library, which recurses once per level (its stack
 * overflows near 1,000 levels): a note header needs three or four.
 */
const MAX_FLOW_DEPTH = 100;
const MAX_INDENT = 400;
/** YAML errors reported one by one; the rest are summed up in one more problem. */
const MAX_YAML_ERRORS = 20;

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
      return {
        open: first,
        contentStart,
        contentEnd: lines.lineStart(line),
        end: lines.lineStart(line),
        closed: false,
      };
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
  let node: Node | undefined = doc.contents ?? undefined;
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

/** What a path finds in a header: how many steps resolved, and the spans of the deepest node, its pair and key. */
interface LocatedSpans {
  depth: number;
  node: [number, number] | undefined;
  pair: [number, number] | undefined;
  key: [number, number] | undefined;
}

function locatedSpans(doc: Document, path: YamlPath): LocatedSpans {
  const found = locate(doc, path);
  return {
    depth: found.depth,
    node: nodeRange(found.node),
    pair: nodeRange(found.pair),
    key: found.pair?.key ? nodeRange(found.pair.key as Node) : undefined,
  };
}

/** {@link locate} in the quick reader's nodes of a plain header (simpleHeader.ts), spans as `nodeRange` gives them. */
function locateSimple(root: SimpleNode, path: YamlPath): LocatedSpans {
  let node: SimpleNode | undefined = root;
  let pair: SimplePair | undefined;
  let depth = 0;
  for (const step of path) {
    if (node.kind === 'map') {
      const found: SimplePair | undefined = node.pairs.find((item) => item.key === String(step));
      if (!found) break;
      pair = found;
      node = found.value;
    } else if (node.kind === 'seq' && typeof step === 'number' && step < node.items.length) {
      pair = undefined;
      node = node.items[step];
    } else break;
    depth++;
    if (!node) break;
  }
  return {
    depth,
    node: node ? [node.range[0], node.range[1]] : undefined,
    pair: pair ? [pair.keyRange[0], pair.value.range[1]] : undefined,
    key: pair ? [pair.keyRange[0], pair.keyRange[1]] : undefined,
  };
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
  /** Characters of YAML content, when past MAX_HEADER_CHARS: the header was not read (GN109 says so). */
  oversized?: number;
}

/** What a previous parse of the same document left that a new version can reuse. */
export interface PreviousParse {
  text: string;
  bodyStart: number;
  header: NoteHeader;
  headerProblems: HeaderProblem[];
}

/**
 * Parses the header into a `NoteHeader` whose ranges come from the YAML AST. With `previous` (the
 * last parse of the same document), an unchanged header is taken over as it is: the same text from
 * the top of the note sits at the same offsets, so its parse, ranges included, is the same, and
 * typing in the body costs no YAML parse.
 */
export function parseFrontMatter(
  text: string,
  lines: LineIndex,
  previous?: PreviousParse,
  { quick = false }: { quick?: boolean } = {},
): ParsedFrontMatter {
  const bounds = findFrontMatter(text, lines);
  if (
    bounds &&
    previous &&
    previous.bodyStart === bounds.end &&
    readHeaders.has(previous.header) &&
    text.startsWith(previous.text.slice(0, bounds.end))
  ) {
    // A fresh problems array: callers own the list they are given.
    return { header: previous.header, problems: [...previous.headerProblems], bodyStart: bounds.end };
  }
  return parseBoundedFrontMatter(text, lines, bounds, quick);
}

/**
 * The headers {@link parseBoundedFrontMatter} read (each with a YAML document, parsed or parsed when asked for): only
 * these are taken over by the next version. Asking `header.doc` instead would parse the document of a quick read.
 */
const readHeaders = new WeakSet<NoteHeader>();

function parseBoundedFrontMatter(
  text: string,
  lines: LineIndex,
  bounds: FrontMatterBounds | undefined,
  quick: boolean,
): ParsedFrontMatter {
  const problems: HeaderProblem[] = [];
  if (!bounds) {
    const range = lines.rangeOf(0, lines.lineEnd(0));
    problems.push({
      kind: 'missing',
      range,
      message: 'The note has no YAML header: it must start with a line "---", the header fields, and a closing "---".',
    });
    return { header: emptyHeader(lines, range, 0), problems, bodyStart: text.charCodeAt(0) === 0xfeff ? 1 : 0 };
  }
  const headerRange = lines.rangeOf(
    bounds.open,
    bounds.closed ? lines.lineEnd(lines.positionAt(bounds.end - 1).line) : bounds.contentEnd,
  );
  if (!bounds.closed) {
    problems.push({
      kind: 'unclosed',
      range: lines.rangeOf(bounds.open, bounds.open + 3),
      message: 'The YAML header is never closed: add a line "---" after the last header field.',
    });
  }
  const { contentStart, contentEnd } = bounds;
  const source = text.slice(contentStart, contentEnd);
  const shift = contentStart;
  const toRange = (span: [number, number]): Range => lines.rangeOf(span[0] + shift, Math.max(span[0], span[1]) + shift);
  const unread = () => ({
    header: emptyHeader(lines, headerRange, bounds.contentStart, bounds.contentEnd),
    problems,
    bodyStart: bounds.end,
  });

  if (source.length > MAX_HEADER_CHARS) return { ...unread(), oversized: source.length };

  const deep = nestingProblem(source);
  if (deep) {
    problems.push({
      kind: 'yaml',
      range: toRange([deep.offset, deep.offset + 1]),
      message: `YAML error: ${deep.message}`,
    });
    return unread();
  }
  // The workspace scan's reading (simpleHeader.ts): the same value without the yaml library's objects; the document
  // is parsed only if someone asks for it (ranges, `has`). A header it does not read goes on to yaml below.
  const simple = quick ? readPlainHeader(source) : undefined;
  if (simple) {
    let parsed: Document | undefined;
    // Its ranges too: the quick reader's nodes carry the ranges the yaml library gives (a carriage return leaves them
    // to yaml), so that a batch's check of a plain header needs no YAML document at all.
    const { nodes } = simple;
    const docOf = () => (parsed ??= parseYaml(source));
    const locator = (path: YamlPath) => (nodes ? locateSimple(nodes, path) : locatedSpans(docOf(), path));
    return { header: headerOf(simple.value, docOf, locator), problems, bodyStart: bounds.end };
  }

  let doc: Document;
  try {
    doc = parseYaml(source);
    if (doc.errors.length) {
      // A line being typed (`dyn`) is set aside when the rest of the header reads cleanly without it.
      const set = recoverIncompleteLines(source, doc.errors[0].pos[0], (text) => parseYaml(text).errors.length === 0);
      if (set) {
        const header = sourceLines(source);
        doc = parseYaml(blankLines(source, header, set));
        for (const index of set) {
          const line = header[index];
          const indent = line.text.length - line.text.trimStart().length;
          problems.push({
            kind: 'incomplete',
            range: toRange([line.start + indent, line.end]),
            message: incompleteLineMessage(line.text, knownHeaderFields()),
          });
        }
      }
    }
  } catch (error) {
    // Last resort (the depth check above should make this unreachable): never let the parser throw.
    problems.push({
      kind: 'yaml',
      range: headerRange,
      message: `YAML error: the header could not be read (${error instanceof Error ? error.name : 'error'})`,
    });
    return unread();
  }

  const sourceLineList = doc.errors.length ? sourceLines(source) : [];
  const explained: Range[] = [];
  for (const error of doc.errors.slice(0, MAX_YAML_ERRORS)) {
    const plain = plainMessage(error, source, sourceLineList);
    const range = toRange([plain.start, plain.end]);
    // yaml often reports one cause twice; the raw second report next to an explained one adds nothing.
    if (!plain.explained && explained.some((other) => Math.abs(other.start.line - range.start.line) <= 1)) continue;
    if (plain.explained) explained.push(range);
    problems.push({ kind: 'yaml', range, message: plain.message });
  }
  if (doc.errors.length > MAX_YAML_ERRORS) {
    const [start] = doc.errors[MAX_YAML_ERRORS].pos;
    problems.push({
      kind: 'yaml',
      range: toRange([start, start + 1]),
      message:
        `YAML error: ${doc.errors.length - MAX_YAML_ERRORS} more YAML errors from here on; fix the ones ` +
        `above first.`,
    });
  }

  let value: Record<string, unknown> | undefined;
  if (doc.errors.length === 0) {
    try {
      const js: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      if (js && typeof js === 'object' && !Array.isArray(js)) value = js as Record<string, unknown>;
      else if (js !== null && js !== undefined) {
        problems.push({
          kind: 'not-mapping',
          range: headerRange,
          message: 'The YAML header must be a mapping of fields (date:, start:, attendees: ...).',
        });
      }
    } catch (error) {
      const reason = error instanceof Error ? firstLine(error.message) : 'unreadable YAML';
      const message = /excessive alias count/i.test(reason)
        ? 'YAML error: the header repeats aliases (*name) so often that it would expand without bound (an "alias ' +
          'bomb"); write the values out instead.'
        : `YAML error: ${reason}`;
      problems.push({ kind: 'yaml', range: headerRange, message });
    }
  } else {
    // Keep what can be read so the other rules still see the good fields.
    value = salvage(doc);
  }

  const parsed = doc;
  return {
    header: headerOf(
      value,
      () => parsed,
      (path) => locatedSpans(parsed, path),
    ),
    problems,
    bodyStart: bounds.end,
  };

  /**
   * The header whose value is `value`, whose document `docOf()` gives and whose ranges `locator` finds (in that
   * document, or in the quick reader's nodes of a plain header).
   */
  function headerOf(
    value: Record<string, unknown> | undefined,
    docOf: () => Document,
    locator: (path: YamlPath) => LocatedSpans,
  ): NoteHeader {
    const header: NoteHeader = {
      value,
      get doc() {
        return docOf();
      },
      range: headerRange,
      contentStart,
      contentEnd,
      rangeOf(path) {
        const found = locator(path);
        const span = found.node ?? found.pair;
        return span ? toRange(span) : headerRange;
      },
      keyRangeOf(path) {
        const found = locator(path);
        if (found.depth === path.length && found.key) return toRange(found.key);
        return header.rangeOf(path);
      },
      has(path) {
        return locator(path).depth === path.length;
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
    readHeaders.add(header);
    return header;
  }
}

function parseYaml(source: string): Document {
  // logLevel 'error': the yaml library would otherwise print warnings (which quote header text) to stderr.
  return parseDocument(source, {
    lineCounter: new LineCounter(),
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
    logLevel: 'error',
  });
}

let fieldNames: string[] | undefined;

/** Every field name of the header format, for the message about a half-typed line. */
function knownHeaderFields(): string[] {
  fieldNames ??= [...new Set(headerFieldEntries().map((entry) => entry.key))];
  return fieldNames;
}

function salvage(doc: Document): Record<string, unknown> | undefined {
  try {
    const js: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return js && typeof js === 'object' && !Array.isArray(js) ? (js as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where the header nests deeper than the limits, with a message; undefined when it does not.
 * Flow depth: `[` / `{` inside each other. Block depth of a line: its indentation plus its longest run
 * of `- ` / `? ` / `: ` indicators with only blanks between them (`- - - x` nests three sequences).
 * Counts generously (brackets in comments and quoted text too): only absurd headers reach the limits.
 */
export function nestingProblem(source: string): { offset: number; message: string } | undefined {
  let depth = 0;
  let indent = 0;
  let atLineStart = true;
  let run = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source.charCodeAt(i);
    if (ch === 10 || ch === 13) {
      atLineStart = true;
      indent = 0;
      run = 0;
      continue;
    }
    const blank = ch === 32 || ch === 9;
    if (atLineStart && blank) indent++;
    else atLineStart = false;
    if (!blank) {
      const next = source.charCodeAt(i + 1);
      const indicator =
        (ch === 45 || ch === 63 || ch === 58) &&
        (next === 32 || next === 9 || next === 10 || next === 13 || Number.isNaN(next));
      run = indicator ? run + 1 : 0;
    }
    if (indent + run > MAX_INDENT)
      return {
        offset: i,
        message:
          `a header line is indented or nested more than ${MAX_INDENT} levels deep; a note header needs only ` +
          `a few levels.`,
      };
    if (ch === 91 || ch === 123) {
      if (++depth > MAX_FLOW_DEPTH)
        return {
          offset: i,
          message:
            `the header nests [ ] or { } more than ${MAX_FLOW_DEPTH} levels deep; a note header needs only a ` +
            `few levels.`,
        };
    } else if ((ch === 93 || ch === 125) && depth > 0) depth--;
  }
  return undefined;
}

function emptyHeader(lines: LineIndex, range: Range, at: number, contentEnd = at): NoteHeader {
  return {
    value: undefined,
    doc: undefined,
    range,
    contentStart: at,
    contentEnd,
    rangeOf: () => range,
    keyRangeOf: () => range,
    has: () => false,
    get: () => undefined,
  };
}

function firstLine(message: string): string {
  return message.split(/\r?\n/)[0].trim();
}
