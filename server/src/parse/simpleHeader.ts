/**
 * A quick reader for the plain headers nearly every note has, for the language server's scan of a workspace
 * (NoteIndexStore): the `yaml` library makes about a megabyte of short-lived objects per note header, and over a
 * large history those objects are what fills the server's memory; for a batch's checks (`groupnote check`,
 * export), where making them was a sixth of the time; and for the editor's parse of each version of a document
 * (GroupNoteService.parse), where a changed header's YAML parse was most of a header edit's check. The `yaml` document
 * is parsed only when a feature asks for it (`header.doc`). {@link simpleHeaderNodes} gives the ranges of what the
 * reader reads.
 *
 * The reader knows one strict subset of YAML and gives up on anything else: it returns the header as
 * `parseDocument(source).toJS()` would, or undefined, and then the caller parses with `yaml`. The subset:
 * - top-level `key: value` lines, keys plain words (letters, digits, `_`, `-`), each key once;
 * - a value on the key's line: a plain scalar, a single- or double-quoted one (no escapes), or a one-line flow map
 *   `{ key: value, ... }` or flow sequence `[a, b]` of such scalars (a flow map may hold flow sequences);
 * - or, after `key:`, an indented block (one indentation throughout, at most MAX_INDENT) of `key: value` lines or
 *   `- value` items, values as above; or nothing (null);
 * - plain scalars read as yaml's core schema would: `YYYY-MM-DD` and `HH:MM` as text, `0` and whole numbers without
 *   a leading zero (up to 15 digits) as numbers, anything starting with a letter but null/true/false as text;
 *   anything else (other numbers, `~`, `null`, `.inf`, anchors, aliases, tags, block scalars) makes it give up.
 * It also gives up on any `#` (comments), tab, backslash, lone carriage return, byte-order mark, a line that
 * continues a value (multi-line scalars), a plain scalar holding `: ` or ending in `:`, or a flow scalar holding
 * `:`. What it accepts `yaml` parses without an error or warning (strict, unique keys) to the same value:
 * test/unit/simpleHeader.test.ts checks it on every note of the benchmark workspace and of the fixtures.
 */

/** Deeper indentation than any real header's is left to `yaml`. */
const MAX_INDENT = 40;
const KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
const RESERVED = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CLOCK = /^\d{1,2}:\d{2}$/;
const WHOLE = /^(?:0|[1-9]\d{0,14})$/;
/** Comments, tabs, escapes, lone CRs, control characters, BOMs, surrogates (even paired) and non-characters. */
// eslint-disable-next-line no-control-regex
const GIVE_UP = /[#\t\\\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800-\udfff\ufeff\ufffe\uffff]|\r(?!\n)/;

/** Thrown inside the reader when the header leaves the subset; never escapes it. */
class OutsideSubset extends Error {}

const giveUp = (): never => {
  throw new OutsideSubset();
};

/** The header as `yaml` would read it, or undefined when it is not in the subset (then parse it with `yaml`). */
export function readSimpleHeader(source: string): Record<string, unknown> | undefined {
  if (GIVE_UP.test(source)) return undefined;
  return readHeader(source)?.value as Record<string, unknown> | undefined;
}

function indentOf(line: string): number {
  let indent = 0;
  while (line.charCodeAt(indent) === 32) indent++;
  return indent;
}

const isBlank = (line: string) => indentOf(line) === line.length;

/** A fresh object whose keys are set as `yaml` sets them (own, enumerable, in order); `__proto__` is left out. */
function setKey(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__' || RESERVED.test(key) || Object.prototype.hasOwnProperty.call(target, key)) giveUp();
  target[key] = value;
}

/**
 * A node of a plain header with the ranges the `yaml` library gives it (offsets in the header source): `range` is its
 * `[start, valueEnd]` and `end` its `range[2]` (what follows on its line, newline included, for a block value). A null
 * value is a scalar at the end of its key's line, as in `yaml`.
 */
export type SimpleNode =
  | { kind: 'scalar'; range: [number, number]; end: number }
  | { kind: 'seq'; range: [number, number]; end: number; items: SimpleNode[] }
  | { kind: 'map'; range: [number, number]; end: number; pairs: SimplePair[] };

export interface SimplePair {
  key: string;
  keyRange: [number, number];
  value: SimpleNode;
}

/**
 * The nodes of a header the quick reader reads ({@link readSimpleHeader}), with the ranges `parseDocument` gives them,
 * so that a plain header's ranges need no `yaml` document; undefined when the header is not read by the quick reader
 * or has a carriage return (then parse it with `yaml`). test/unit/simpleHeader.test.ts checks every path's range on
 * the benchmark workspace's notes and the fixtures.
 */
export function simpleHeaderNodes(source: string): SimpleNode | undefined {
  return GIVE_UP.test(source) ? undefined : plainHeaderNodes(source);
}

/** {@link simpleHeaderNodes} of a header {@link readSimpleHeader} has read already. */
export function plainHeaderNodes(source: string): SimpleNode | undefined {
  return source.includes('\r') ? undefined : readHeader(source)?.node;
}

/**
 * {@link readSimpleHeader} and {@link simpleHeaderNodes} from one walk (frontMatter.ts): the walk makes both, and a
 * plain header read for its value was read a second time for its nodes at the first range asked of it, as nearly every
 * check asks (a tenth of what a batch allocated). `nodes` is undefined when the header has a carriage return.
 */
export function readPlainHeader(
  source: string,
): { value: Record<string, unknown>; nodes: SimpleNode | undefined } | undefined {
  if (GIVE_UP.test(source)) return undefined;
  const read = readHeader(source);
  if (!read) return undefined;
  return { value: read.value as Record<string, unknown>, nodes: source.includes('\r') ? undefined : read.node };
}

/**
 * One walk reads both: each value as `yaml` reads it ({@link readSimpleHeader}) and its node with the ranges `yaml`
 * gives it ({@link simpleHeaderNodes}). A value's node and its value are read at the same place, so the two cannot
 * come to disagree on what the subset is. The ranges are right only for a source without carriage returns (the lines
 * are split at `\r\n` too, for the values); with one, only the value is used.
 */
interface Read {
  node: SimpleNode;
  value: unknown;
}

/** The whole header read, or undefined when it leaves the subset (the caller has tested {@link GIVE_UP}). */
function readHeader(source: string): Read | undefined {
  try {
    return readMapping(source);
  } catch (error) {
    if (error instanceof OutsideSubset) return undefined;
    throw error;
  }
}

/**
 * One line of an indented block: its text past the indentation (trailing spaces trimmed), the offset where that text
 * starts, and where the line's node ends.
 */
interface BlockLine {
  text: string;
  from: number;
  lineEnd: number;
}

function readMapping(source: string): Read {
  const lines = source.split(/\r?\n/);
  const starts: number[] = [];
  for (let at = 0, offset = 0; at < lines.length; at++) {
    starts.push(offset);
    offset += lines[at].length + 1;
  }
  // Where a line's node ends (`range[2]`): past its newline, or the end of the source.
  const lineEnd = (at: number) => Math.min(starts[at] + lines[at].length + 1, source.length);
  const header: Record<string, unknown> = {};
  const pairs: SimplePair[] = [];
  let at = 0;
  while (at < lines.length) {
    const line = lines[at];
    if (isBlank(line)) {
      at++;
      continue;
    }
    const match = KEY_LINE.exec(line.trimEnd());
    if (!match) return giveUp();
    const key = match[1];
    const keyRange: [number, number] = [starts[at], starts[at] + key.length];
    const rest = match[2];
    const row = at;
    at++;
    let read: Read;
    if (rest !== undefined && rest !== '') {
      read = readInline(rest, starts[row] + line.trimEnd().length - rest.length, lineEnd(row));
    } else {
      // `key:` alone: an indented block, or null.
      let next = at;
      while (next < lines.length && isBlank(lines[next])) next++;
      const indent = next < lines.length ? indentOf(lines[next]) : 0;
      if (indent === 0) {
        // A sequence at the key's own indentation (`key:` then `- item`) is valid YAML the reader leaves to yaml.
        if (next < lines.length && lines[next].startsWith('-')) giveUp();
        // Null, at the end of the key's line.
        const end = starts[row] + line.length;
        read = { node: { kind: 'scalar', range: [end, end], end }, value: null };
      } else {
        if (indent > MAX_INDENT) giveUp();
        const block: BlockLine[] = [];
        while (at < lines.length && (isBlank(lines[at]) || indentOf(lines[at]) > 0)) {
          const text = lines[at];
          if (!isBlank(text)) {
            if (indentOf(text) !== indent) giveUp();
            block.push({ text: text.slice(indent).trimEnd(), from: starts[at] + indent, lineEnd: lineEnd(at) });
          }
          at++;
        }
        read = block[0].text.startsWith('-') ? readSequenceBlock(block) : readMappingBlock(block);
      }
    }
    setKey(header, key, read.value);
    pairs.push({ key, keyRange, value: read.node });
  }
  // An empty header is not a mapping for `yaml` (null): the caller reads it.
  if (pairs.length === 0) giveUp();
  const first = pairs[0].keyRange[0];
  const end = pairs[pairs.length - 1].value.end;
  return { node: { kind: 'map', range: [first, end], end, pairs }, value: header };
}

function readSequenceBlock(block: BlockLine[]): Read {
  const items: SimpleNode[] = [];
  const list = block.map(({ text, from, lineEnd }) => {
    if (!text.startsWith('- ')) return giveUp();
    const value = text.slice(2).trimStart();
    const read = readInline(value, from + text.length - value.length, lineEnd);
    items.push(read.node);
    return read.value;
  });
  const end = items[items.length - 1].end;
  return { node: { kind: 'seq', range: [block[0].from, end], end, items }, value: list };
}

function readMappingBlock(block: BlockLine[]): Read {
  const map: Record<string, unknown> = {};
  const pairs: SimplePair[] = [];
  for (const { text, from, lineEnd } of block) {
    const match = KEY_LINE.exec(text);
    if (!match || match[2] === undefined || match[2] === '') return giveUp();
    const read = readInline(match[2], from + text.length - match[2].length, lineEnd);
    setKey(map, match[1], read.value);
    pairs.push({ key: match[1], keyRange: [from, from + match[1].length], value: read.node });
  }
  const end = pairs[pairs.length - 1].value.end;
  return { node: { kind: 'map', range: [block[0].from, end], end, pairs }, value: map };
}

/** A value written on one line from offset `from` (trailing spaces trimmed), its line's node ending at `lineEnd`. */
function readInline(text: string, from: number, lineEnd: number): Read {
  const first = text.charAt(0);
  if (first === '{' || first === '[') {
    const cursor = { text, at: 0 };
    const read = first === '{' ? readFlowMap(cursor, from) : readFlowSequence(cursor, from);
    if (cursor.at !== text.length) giveUp();
    return { node: { ...read.node, end: lineEnd }, value: read.value };
  }
  const node: SimpleNode = { kind: 'scalar', range: [from, from + text.length], end: lineEnd };
  if (first === '"' || first === "'") {
    const end = text.indexOf(first, 1);
    if (end !== text.length - 1) giveUp();
    return { node, value: text.slice(1, end) };
  }
  return { node, value: readPlain(text, false) };
}

/** A plain scalar as yaml's core schema reads it, or give up. */
function readPlain(text: string, flow: boolean): string | number {
  if (WHOLE.test(text)) return Number(text);
  if (ISO_DATE.test(text) || CLOCK.test(text)) return text;
  const first = text.charCodeAt(0) | 0x20;
  if (first < 0x61 || first > 0x7a || RESERVED.test(text)) return giveUp();
  if (flow ? /[:{}[\],]/.test(text) : text.includes(': ') || text.endsWith(':')) return giveUp();
  return text;
}

interface Cursor {
  text: string;
  at: number;
}

function skipSpaces(cursor: Cursor): void {
  while (cursor.text.charCodeAt(cursor.at) === 32) cursor.at++;
}

function expect(cursor: Cursor, char: string): void {
  if (cursor.text.charAt(cursor.at) !== char) giveUp();
  cursor.at++;
}

/**
 * `{ key: value, ... }`: values are scalars or flow sequences of scalars. Offsets from `from`; the node's `end` is
 * its `range[1]` (not used inside flows; a whole line's flow gets its line's end).
 */
function readFlowMap(cursor: Cursor, from: number): Read {
  const start = cursor.at;
  const map: Record<string, unknown> = {};
  const pairs: SimplePair[] = [];
  expect(cursor, '{');
  skipSpaces(cursor);
  if (cursor.text.charAt(cursor.at) === '}') cursor.at++;
  else
    for (;;) {
      const colon = cursor.text.indexOf(':', cursor.at);
      if (colon < 0) giveUp();
      const key = cursor.text.slice(cursor.at, colon);
      if (!KEY.test(key)) giveUp();
      const keyRange: [number, number] = [from + cursor.at, from + colon];
      cursor.at = colon + 1;
      if (cursor.text.charAt(cursor.at) !== ' ') giveUp();
      skipSpaces(cursor);
      const read =
        cursor.text.charAt(cursor.at) === '[' ? readFlowSequence(cursor, from) : readFlowScalar(cursor, from);
      setKey(map, key, read.value);
      pairs.push({ key, keyRange, value: read.node });
      skipSpaces(cursor);
      const separator = cursor.text.charAt(cursor.at++);
      if (separator === '}') break;
      if (separator !== ',') giveUp();
      skipSpaces(cursor);
    }
  const range: [number, number] = [from + start, from + cursor.at];
  return { node: { kind: 'map', range, end: range[1], pairs }, value: map };
}

/** `[a, b, ...]` of scalars, as {@link readFlowMap}. */
function readFlowSequence(cursor: Cursor, from: number): Read {
  const start = cursor.at;
  const list: unknown[] = [];
  const items: SimpleNode[] = [];
  expect(cursor, '[');
  skipSpaces(cursor);
  if (cursor.text.charAt(cursor.at) === ']') cursor.at++;
  else
    for (;;) {
      const read = readFlowScalar(cursor, from);
      list.push(read.value);
      items.push(read.node);
      skipSpaces(cursor);
      const separator = cursor.text.charAt(cursor.at++);
      if (separator === ']') break;
      if (separator !== ',') giveUp();
      skipSpaces(cursor);
    }
  const range: [number, number] = [from + start, from + cursor.at];
  return { node: { kind: 'seq', range, end: range[1], items }, value: list };
}

/**
 * A quoted or plain scalar inside `{ }` or `[ ]`, up to the next `,` `}` or `]`. A plain scalar's value is trimmed as
 * `trimEnd` trims, its range only of trailing spaces, as the two separate walks did before.
 */
function readFlowScalar(cursor: Cursor, from: number): Read {
  const { text } = cursor;
  const start = cursor.at;
  const first = text.charAt(start);
  if (first === '"' || first === "'") {
    const end = text.indexOf(first, start + 1);
    if (end < 0) giveUp();
    const after = text.charAt(end + 1);
    if (after !== ' ' && after !== ',' && after !== '}' && after !== ']') giveUp();
    cursor.at = end + 1;
    const range: [number, number] = [from + start, from + end + 1];
    return { node: { kind: 'scalar', range, end: range[1] }, value: text.slice(start + 1, end) };
  }
  let end = start;
  while (end < text.length && !',}]'.includes(text.charAt(end))) end++;
  const plain = text.slice(start, end).trimEnd();
  if (!plain) giveUp();
  cursor.at = end;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  const range: [number, number] = [from + start, from + end];
  return { node: { kind: 'scalar', range, end: range[1] }, value: readPlain(plain, true) };
}
