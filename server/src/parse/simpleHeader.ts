/**
 * A quick reader for the plain headers nearly every note has, for the language server's scan of a workspace
 * (NoteIndexStore): the `yaml` library makes about a megabyte of short-lived objects per note header, and over a
 * large history those objects are what fills the server's memory; and for a batch's checks (`groupnote check`,
 * export), where making them was a sixth of the time. The editor's parse of a document keeps the `yaml` library
 * (frontMatter.ts). {@link simpleHeaderNodes} gives the ranges of what the reader reads.
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
  try {
    return readMapping(source.split(/\r?\n/));
  } catch (error) {
    if (error instanceof OutsideSubset) return undefined;
    throw error;
  }
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

function readMapping(lines: string[]): Record<string, unknown> {
  const header: Record<string, unknown> = {};
  let keys = 0;
  let at = 0;
  while (at < lines.length) {
    const line = lines[at];
    if (isBlank(line)) {
      at++;
      continue;
    }
    const match = KEY_LINE.exec(line.trimEnd());
    if (!match) return giveUp();
    keys++;
    const rest = match[2];
    at++;
    if (rest !== undefined && rest !== '') {
      setKey(header, match[1], readInline(rest, false));
      continue;
    }
    // `key:` alone: an indented block, or null.
    let next = at;
    while (next < lines.length && isBlank(lines[next])) next++;
    const indent = next < lines.length ? indentOf(lines[next]) : 0;
    if (indent === 0) {
      // A sequence at the key's own indentation (`key:` then `- item`) is valid YAML the reader leaves to yaml.
      if (next < lines.length && lines[next].startsWith('-')) giveUp();
      setKey(header, match[1], null);
      continue;
    }
    if (indent > MAX_INDENT) giveUp();
    const block: string[] = [];
    while (at < lines.length && (isBlank(lines[at]) || indentOf(lines[at]) > 0)) {
      const text = lines[at];
      if (!isBlank(text)) {
        if (indentOf(text) !== indent) giveUp();
        block.push(text.slice(indent).trimEnd());
      }
      at++;
    }
    setKey(header, match[1], block[0].startsWith('-') ? readSequenceBlock(block) : readMappingBlock(block));
  }
  // An empty header is not a mapping for `yaml` (null): the caller reads it.
  if (keys === 0) giveUp();
  return header;
}

function readSequenceBlock(block: string[]): unknown[] {
  return block.map((line) => {
    if (!line.startsWith('- ')) return giveUp();
    return readInline(line.slice(2).trimStart(), false);
  });
}

function readMappingBlock(block: string[]): Record<string, unknown> {
  const map: Record<string, unknown> = {};
  for (const line of block) {
    const match = KEY_LINE.exec(line);
    if (!match || match[2] === undefined || match[2] === '') return giveUp();
    setKey(map, match[1], readInline(match[2], false));
  }
  return map;
}

/** A whole value written on one line (trailing spaces already trimmed). */
function readInline(text: string, flow: boolean): unknown {
  const first = text.charAt(0);
  if (first === '{' || first === '[') {
    const cursor = { text, at: 0 };
    const value = first === '{' ? readFlowMap(cursor) : readFlowSequence(cursor);
    if (cursor.at !== text.length) giveUp();
    return value;
  }
  if (first === '"' || first === "'") {
    const end = text.indexOf(first, 1);
    if (end !== text.length - 1) giveUp();
    return text.slice(1, end);
  }
  return readPlain(text, flow);
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

/** `{ key: value, ... }`: values are scalars or flow sequences of scalars. */
function readFlowMap(cursor: Cursor): Record<string, unknown> {
  const map: Record<string, unknown> = {};
  expect(cursor, '{');
  skipSpaces(cursor);
  if (cursor.text.charAt(cursor.at) === '}') {
    cursor.at++;
    return map;
  }
  for (;;) {
    const colon = cursor.text.indexOf(':', cursor.at);
    if (colon < 0) giveUp();
    const key = cursor.text.slice(cursor.at, colon);
    if (!KEY.test(key)) giveUp();
    cursor.at = colon + 1;
    if (cursor.text.charAt(cursor.at) !== ' ') giveUp();
    skipSpaces(cursor);
    setKey(map, key, cursor.text.charAt(cursor.at) === '[' ? readFlowSequence(cursor) : readFlowScalar(cursor));
    skipSpaces(cursor);
    const separator = cursor.text.charAt(cursor.at++);
    if (separator === '}') return map;
    if (separator !== ',') giveUp();
    skipSpaces(cursor);
  }
}

/** `[a, b, ...]` of scalars. */
function readFlowSequence(cursor: Cursor): unknown[] {
  const list: unknown[] = [];
  expect(cursor, '[');
  skipSpaces(cursor);
  if (cursor.text.charAt(cursor.at) === ']') {
    cursor.at++;
    return list;
  }
  for (;;) {
    list.push(readFlowScalar(cursor));
    skipSpaces(cursor);
    const separator = cursor.text.charAt(cursor.at++);
    if (separator === ']') return list;
    if (separator !== ',') giveUp();
    skipSpaces(cursor);
  }
}

/** A quoted or plain scalar inside `{ }` or `[ ]`, up to the next `,` `}` or `]`. */
function readFlowScalar(cursor: Cursor): unknown {
  const { text } = cursor;
  const first = text.charAt(cursor.at);
  if (first === '"' || first === "'") {
    const end = text.indexOf(first, cursor.at + 1);
    if (end < 0) giveUp();
    const after = text.charAt(end + 1);
    if (after !== ' ' && after !== ',' && after !== '}' && after !== ']') giveUp();
    const value = text.slice(cursor.at + 1, end);
    cursor.at = end + 1;
    return value;
  }
  let end = cursor.at;
  while (end < text.length && !',}]'.includes(text.charAt(end))) end++;
  const plain = text.slice(cursor.at, end).trimEnd();
  if (!plain) giveUp();
  cursor.at = end;
  return readPlain(plain, true);
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
  return readSimpleHeader(source) ? plainHeaderNodes(source) : undefined;
}

/** {@link simpleHeaderNodes} of a header {@link readSimpleHeader} has read already (frontMatter.ts). */
export function plainHeaderNodes(source: string): SimpleNode | undefined {
  if (source.includes('\r')) return undefined;
  try {
    return nodesOfMapping(source);
  } catch (error) {
    if (error instanceof OutsideSubset) return undefined;
    throw error;
  }
}

function nodesOfMapping(source: string): SimpleNode {
  const lines = source.split('\n');
  const starts: number[] = [];
  for (let at = 0, offset = 0; at < lines.length; at++) {
    starts.push(offset);
    offset += lines[at].length + 1;
  }
  // Where a line's node ends (`range[2]`): past its newline, or the end of the source.
  const lineEnd = (at: number) => Math.min(starts[at] + lines[at].length + 1, source.length);
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
    const keyRange: [number, number] = [starts[at], starts[at] + match[1].length];
    const rest = match[2];
    const row = at;
    at++;
    if (rest !== undefined && rest !== '') {
      const from = starts[row] + line.trimEnd().length - rest.length;
      pairs.push({ key: match[1], keyRange, value: inlineNode(rest, from, lineEnd(row)) });
      continue;
    }
    let next = at;
    while (next < lines.length && isBlank(lines[next])) next++;
    const indent = next < lines.length ? indentOf(lines[next]) : 0;
    if (indent === 0) {
      // `key:` alone: null, at the end of the key's line.
      const end = starts[row] + line.length;
      pairs.push({ key: match[1], keyRange, value: { kind: 'scalar', range: [end, end], end } });
      continue;
    }
    const rows: number[] = [];
    while (at < lines.length && (isBlank(lines[at]) || indentOf(lines[at]) > 0)) {
      if (!isBlank(lines[at])) rows.push(at);
      at++;
    }
    const children = rows.map((row): { node: SimpleNode; key?: string; keyRange?: [number, number] } => {
      const text = lines[row].slice(indent).trimEnd();
      const base = starts[row] + indent;
      if (text.startsWith('- ')) {
        const value = text.slice(2).trimStart();
        return { node: inlineNode(value, base + text.length - value.length, lineEnd(row)) };
      }
      const inner = KEY_LINE.exec(text);
      if (!inner || !inner[2]) return giveUp();
      return {
        key: inner[1],
        keyRange: [base, base + inner[1].length],
        node: inlineNode(inner[2], base + text.length - inner[2].length, lineEnd(row)),
      };
    });
    const first = starts[rows[0]] + indent;
    const end = children[children.length - 1].node.end;
    const value: SimpleNode = lines[rows[0]].slice(indent).startsWith('-')
      ? { kind: 'seq', range: [first, end], end, items: children.map((child) => child.node) }
      : {
          kind: 'map',
          range: [first, end],
          end,
          pairs: children.map((child) => ({
            key: child.key as string,
            keyRange: child.keyRange as [number, number],
            value: child.node,
          })),
        };
    pairs.push({ key: match[1], keyRange, value });
  }
  const first = pairs[0].keyRange[0];
  const end = pairs[pairs.length - 1].value.end;
  return { kind: 'map', range: [first, end], end, pairs };
}

/** A value written on one line from offset `from` (trailing spaces trimmed), its line ending at `lineEnd`. */
function inlineNode(text: string, from: number, lineEnd: number): SimpleNode {
  const first = text.charAt(0);
  if (first === '{' || first === '[') {
    const cursor = { text, at: 0 };
    const node = flowNode(cursor, from);
    if (cursor.at !== text.length) giveUp();
    return { ...node, end: lineEnd };
  }
  return { kind: 'scalar', range: [from, from + text.length], end: lineEnd };
}

/** A flow collection or scalar at `cursor` (offsets from `from`); `end` as `range[1]` (not used inside flows). */
function flowNode(cursor: Cursor, from: number): SimpleNode {
  const { text } = cursor;
  const start = cursor.at;
  const first = text.charAt(start);
  if (first === '{' || first === '[') {
    cursor.at++;
    skipSpaces(cursor);
    const close = first === '{' ? '}' : ']';
    const items: SimpleNode[] = [];
    const pairs: SimplePair[] = [];
    if (text.charAt(cursor.at) === close) cursor.at++;
    else
      for (;;) {
        if (first === '{') {
          const colon = text.indexOf(':', cursor.at);
          if (colon < 0) giveUp();
          const key = text.slice(cursor.at, colon);
          const keyRange: [number, number] = [from + cursor.at, from + colon];
          cursor.at = colon + 1;
          skipSpaces(cursor);
          pairs.push({ key, keyRange, value: flowNode(cursor, from) });
        } else items.push(flowNode(cursor, from));
        skipSpaces(cursor);
        const separator = text.charAt(cursor.at++);
        if (separator === close) break;
        if (separator !== ',') giveUp();
        skipSpaces(cursor);
      }
    const range: [number, number] = [from + start, from + cursor.at];
    return first === '{' ? { kind: 'map', range, end: range[1], pairs } : { kind: 'seq', range, end: range[1], items };
  }
  let end: number;
  if (first === '"' || first === "'") {
    end = text.indexOf(first, start + 1) + 1;
    if (end <= 0) giveUp();
    cursor.at = end;
  } else {
    end = start;
    while (end < text.length && !',}]'.includes(text.charAt(end))) end++;
    cursor.at = end;
    while (end > start && text.charCodeAt(end - 1) === 32) end--;
  }
  return { kind: 'scalar', range: [from + start, from + end], end: from + end };
}
