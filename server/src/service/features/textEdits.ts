/**
 * Minimal text edits on a note: header values through the YAML AST (keeping the author's layout,
 * flow or block style, comments and quoting elsewhere untouched) and whole member sections.
 * Every function returns offsets-based edits computed on the note's current text.
 */
import type { Node } from 'yaml';
import type { Attendee, ParsedNote, YamlPath } from '../../model/note';
import { fieldSpecAt } from '../../model/headerRegistry';
import type { TextEdit } from './types';
import { isEmptyValue, isMap, isScalar, isSeq, locate, span } from './yamlAst';

/** An edit by offsets; `toTextEdits` turns them into ranges. */
export interface OffsetEdit {
  start: number;
  end: number;
  text: string;
}

/** Edits as ranges; inserted line breaks follow the note's own (CRLF notes stay CRLF). */
export function toTextEdits(note: ParsedNote, edits: readonly OffsetEdit[]): TextEdit[] {
  const crlf = note.text.includes('\r\n');
  return edits.map((edit) => ({
    range: note.lines.rangeOf(edit.start, edit.end),
    newText: crlf ? edit.text.replace(/\r?\n/g, '\r\n') : edit.text,
  }));
}

/** Applies edits (by offsets) to `text`; overlapping edits are a programming error. */
export function applyOffsetEdits(text: string, edits: readonly OffsetEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor) throw new Error('overlapping edits');
    out += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return out + text.slice(cursor);
}

/** A YAML value to write: plain text is written as a scalar (quoted when needed), `raw` as is. */
export type YamlValue = string | { raw: string } | { list: string[] } | { map: [string, YamlValue][] };

const NEEDS_QUOTES_BLOCK = /^[\s\-?:,[\]{}#&*!|>'"%@`]|: |\s#|\s$|^$/;
const NEEDS_QUOTES_FLOW = /[,[\]{}]|^[\s\-?:#&*!|>'"%@`]|: |\s#|\s$|^$/;

/**
 * A scalar as YAML source: digits-only codes are quoted so they stay text ("02", "95"); anything ambiguous is
 * double-quoted.
 */
export function yamlScalar(value: string, flow: boolean): string {
  if (/^\d+$/.test(value) || /^(true|false|null|yes|no|on|off|~)$/i.test(value)) return JSON.stringify(value);
  return (flow ? NEEDS_QUOTES_FLOW : NEEDS_QUOTES_BLOCK).test(value) ? JSON.stringify(value) : value;
}

function renderFlow(value: YamlValue): string {
  if (typeof value === 'string') return yamlScalar(value, true);
  if ('raw' in value) return value.raw;
  if ('list' in value) return `[${value.list.map((item) => yamlScalar(item, true)).join(', ')}]`;
  return `{ ${value.map.map(([key, item]) => `${key}: ${renderFlow(item)}`).join(', ')} }`;
}

/** `key: value` in block style at `indent` (maps become nested blocks; lists stay flow). */
function renderBlockPair(key: string, value: YamlValue, indent: number): string {
  if (typeof value === 'object' && 'map' in value) {
    const pad = ' '.repeat(indent + 2);
    return `${key}:` + value.map.map(([child, item]) => `\n${pad}${renderBlockPair(child, item, indent + 2)}`).join('');
  }
  return `${key}: ${typeof value === 'string' ? yamlScalar(value, false) : renderFlow(value)}`;
}

/** Canonical field order (the header field registry's) for the mapping at `path`, or of a list's items. */
function fieldOrder(path: YamlPath): string[] {
  let spec = fieldSpecAt(path);
  if (spec?.kind === 'list') spec = spec.item;
  return spec?.kind === 'map' ? Object.keys(spec.fields) : [];
}

function lineIndentAt(note: ParsedNote, offset: number): number {
  const line = note.lines.positionAt(offset).line;
  const text = note.lines.lineText(line);
  return text.length - text.trimStart().length;
}

/** Offset just past the last non-blank character of a block node (its range ends after the line break). */
function blockEnd(note: ParsedNote, node: Node): number {
  const [start, end] = span(note, node)!;
  let cursor = end;
  while (cursor > start && /\s/.test(note.text[cursor - 1])) cursor--;
  return note.lines.lineEnd(note.lines.positionAt(cursor).line);
}

/** Position of the closing bracket of a flow collection and of the last non-blank character before it. */
function flowClose(note: ParsedNote, node: Node, close: '}' | ']'): { close: number; lastChar: number } | undefined {
  const [start, end] = span(note, node)!;
  let at = end - 1;
  while (at > start && note.text[at] !== close) at--;
  if (note.text[at] !== close) return undefined;
  let last = at - 1;
  while (last > start && /\s/.test(note.text[last])) last--;
  return { close: at, lastChar: last };
}

/** Adds `key: value` to the mapping at `parentPath` (creating missing parents), in canonical field order. */
export function addField(note: ParsedNote, path: YamlPath, value: YamlValue): OffsetEdit[] | undefined {
  const key = String(path[path.length - 1]);
  const parentPath = path.slice(0, -1);
  const located = locate(note, parentPath);
  if (!located || (!located.node && parentPath.length > 0)) {
    // The parent is missing too: add it with this field inside.
    if (parentPath.length === 0 || typeof parentPath[parentPath.length - 1] === 'number') return undefined;
    return addField(note, parentPath, { map: [[key, value]] });
  }
  const parent = located.node;
  if (!parent) {
    // An empty header: the field becomes its first line.
    return [
      { start: note.header.contentStart, end: note.header.contentStart, text: renderBlockPair(key, value, 0) + '\n' },
    ];
  }
  if (isEmptyValue(parent) && located.pair) {
    // `facilitator:` with nothing after it: add the field on the next line, indented.
    const keySpan = span(note, located.pair.key as Node)!;
    const indent = lineIndentAt(note, keySpan[0]) + 2;
    const lineEnd = note.lines.lineEnd(note.lines.positionAt(keySpan[0]).line);
    return [{ start: lineEnd, end: lineEnd, text: `\n${' '.repeat(indent)}${renderBlockPair(key, value, indent)}` }];
  }
  if (!isMap(parent)) return undefined;
  if (parent.items.some((item) => isScalar(item.key) && String(item.key.value) === key)) return undefined;
  if (parent.flow) {
    const found = flowClose(note, parent, '}');
    if (!found) return undefined;
    const entry = `${key}: ${renderFlow(value)}`;
    if (note.text[found.lastChar] === '{') return [{ start: found.lastChar + 1, end: found.close, text: ` ${entry} ` }];
    return [{ start: found.lastChar + 1, end: found.lastChar + 1, text: `, ${entry}` }];
  }
  const order = fieldOrder(parentPath);
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  const items = parent.items.filter((item) => isScalar(item.key));
  if (items.length === 0) return undefined;
  const indent = note.lines.positionAt(span(note, items[0].key as Node)![0]).character;
  let after: (typeof items)[number] | undefined;
  for (const item of items) if (rank(String((item.key as { value: unknown }).value)) <= rank(key)) after = item;
  const pad = ' '.repeat(indent);
  if (!after) {
    const firstStart = span(note, items[0].key as Node)![0];
    if (parentPath.length > 0 && note.lines.positionAt(firstStart).character !== indent) return undefined;
    const lineStart = note.lines.lineStart(note.lines.positionAt(firstStart).line);
    // A first key right after `- ` cannot get a line above it; add it after the item's keys instead.
    if (note.text.slice(lineStart, firstStart).trim() !== '') after = items[items.length - 1];
    else return [{ start: lineStart, end: lineStart, text: `${pad}${renderBlockPair(key, value, indent)}\n` }];
  }
  const afterNode = (after.value ?? after.key) as Node;
  const end = isEmptyValue(afterNode)
    ? note.lines.lineEnd(note.lines.positionAt(span(note, after.key as Node)![0]).line)
    : blockEnd(note, afterNode);
  return [{ start: end, end, text: `\n${pad}${renderBlockPair(key, value, indent)}` }];
}

/** Sets the value at `path` (replacing a scalar or an empty value; adding the field when missing). */
export function setValue(note: ParsedNote, path: YamlPath, value: YamlValue): OffsetEdit[] | undefined {
  const located = locate(note, path);
  if (!located) return addField(note, path, value);
  const { node, pair, parent } = located;
  const flow = !!(parent && (isMap(parent) || isSeq(parent)) && parent.flow);
  if (isEmptyValue(node)) {
    if (!pair) return undefined;
    const keyEnd = span(note, pair.key as Node)![1];
    const colon = note.text.indexOf(':', keyEnd);
    if (colon < 0) return undefined;
    return [
      {
        start: colon + 1,
        end: colon + 1,
        text:
          ' ' + (flow || (typeof value === 'object' && 'map' in value) ? renderFlow(value) : renderValue(value, false)),
      },
    ];
  }
  const [start, end] = span(note, node)!;
  if (isScalar(node) || (isSeq(node) && node.flow) || (isMap(node) && node.flow))
    return [{ start, end, text: renderValue(value, flow) }];
  if ((isSeq(node) || isMap(node)) && pair && typeof value === 'object' && !('map' in value)) {
    // A block list or mapping becomes a flow value on the key's line.
    const keyEnd = span(note, pair.key as Node)![1];
    const colon = note.text.indexOf(':', keyEnd);
    if (colon < 0 || colon > start) return undefined;
    return [{ start: colon + 1, end: blockEnd(note, node), text: ` ${renderFlow(value)}` }];
  }
  return undefined;
}

function renderValue(value: YamlValue, flow: boolean): string {
  return typeof value === 'string' ? yamlScalar(value, flow) : renderFlow(value);
}

/** Appends an item to the list at `path` (flow or block); creates `key: [item]` when the list is missing or empty. */
export function addListItem(note: ParsedNote, path: YamlPath, item: string): OffsetEdit[] | undefined {
  const located = locate(note, path);
  if (!located || isEmptyValue(located.node)) return setValue(note, path, { list: [item] });
  const node = located.node!;
  if (isScalar(node)) {
    // A single value written where a list is expected: make it a list of both.
    const raw: unknown = node.value;
    const existing = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
    return setValue(note, path, { list: existing ? [existing, item] : [item] });
  }
  if (!isSeq(node)) return undefined;
  if (node.flow) {
    const found = flowClose(note, node, ']');
    if (!found) return undefined;
    const text = yamlScalar(item, true);
    if (note.text[found.lastChar] === '[') return [{ start: found.lastChar + 1, end: found.close, text }];
    return [{ start: found.lastChar + 1, end: found.lastChar + 1, text: `, ${text}` }];
  }
  const first = node.items[0] as Node | undefined;
  if (!first) return undefined;
  const firstLine = note.lines.positionAt(span(note, first)![0]).line;
  const dashCol = note.lines.lineText(firstLine).indexOf('-');
  const end = blockEnd(note, node);
  return [{ start: end, end, text: `\n${' '.repeat(Math.max(0, dashCol))}- ${yamlScalar(item, false)}` }];
}

/** Removes the list item at `path` (`[..., 'modifiers', 1]`); an emptied list loses its key too. */
export function removeListItem(note: ParsedNote, path: YamlPath): OffsetEdit[] | undefined {
  const index = path[path.length - 1];
  const listPath = path.slice(0, -1);
  const list = locate(note, listPath)?.node;
  if (typeof index !== 'number') return undefined;
  if (isScalar(list) && index === 0) return removeField(note, listPath);
  if (!isSeq(list) || index >= list.items.length) return undefined;
  if (list.items.length === 1) return removeField(note, listPath);
  const item = list.items[index] as Node;
  const [start, end] = span(note, item)!;
  if (list.flow) {
    if (index + 1 < list.items.length) return [{ start, end: span(note, list.items[index + 1] as Node)![0], text: '' }];
    const previousEnd = span(note, list.items[index - 1] as Node)![1];
    return [{ start: previousEnd, end, text: '' }];
  }
  return [wholeLines(note, start, end)];
}

/** Removes `key: value` at `path` from its mapping (flow: with one comma; block: its lines). */
export function removeField(note: ParsedNote, path: YamlPath): OffsetEdit[] | undefined {
  const located = locate(note, path);
  if (!located?.pair || !isMap(located.parent)) return undefined;
  const map = located.parent;
  const index = map.items.indexOf(located.pair);
  const keyStart = span(note, located.pair.key as Node)![0];
  const valueNode = located.pair.value as Node | undefined;
  const end =
    valueNode && !isEmptyValue(valueNode) ? span(note, valueNode)![1] : span(note, located.pair.key as Node)![1] + 1;
  if (map.flow) {
    if (index + 1 < map.items.length)
      return [{ start: keyStart, end: span(note, map.items[index + 1].key as Node)![0], text: '' }];
    if (index > 0) {
      const previous = map.items[index - 1];
      const previousEnd = span(note, (previous.value ?? previous.key) as Node)![1];
      return [{ start: previousEnd, end, text: '' }];
    }
    return [{ start: keyStart, end, text: '' }];
  }
  if (map.items.length === 1 && path.length > 1 && typeof path[path.length - 2] !== 'number')
    return removeField(note, path.slice(0, -1));
  const lineStart = note.lines.lineStart(note.lines.positionAt(keyStart).line);
  // The first key of a `- key: value` item shares its line with the dash: keep the dash line, move the next key up.
  if (note.text.slice(lineStart, keyStart).trim() !== '') {
    if (index + 1 >= map.items.length) return undefined;
    return [{ start: keyStart, end: span(note, map.items[index + 1].key as Node)![0], text: '' }];
  }
  const blockEnding = valueNode && !isEmptyValue(valueNode) && !isScalar(valueNode) ? blockEnd(note, valueNode) : end;
  return [wholeLines(note, keyStart, blockEnding)];
}

/** The lines from `start` to `end`, with the line break after them. */
function wholeLines(note: ParsedNote, start: number, end: number): OffsetEdit {
  const firstLine = note.lines.positionAt(start).line;
  const lastLine = note.lines.positionAt(Math.max(start, end - (note.text[end - 1] === '\n' ? 1 : 0))).line;
  const from = note.lines.lineStart(firstLine);
  const to = lastLine + 1 < note.lines.lineCount ? note.lines.lineStart(lastLine + 1) : note.text.length;
  return { start: from, end: to, text: '' };
}

/**
 * Inserts a member section for `attendee`: before the section of the next attendee (header order) that has one, else at
 * the end.
 */
export function insertSection(note: ParsedNote, attendee: Attendee, sectionText: string): OffsetEdit {
  const text = note.text;
  const later = note.attendees.filter((other) => other.index > attendee.index && other.id);
  const next = later
    .map((other) => note.sections.find((section) => section.id === other.id))
    .find((section) => section !== undefined);
  const body = sectionText.endsWith('\n') ? sectionText : `${sectionText}\n`;
  if (next) {
    const at = note.lines.offsetAt(next.headingRange.start);
    const blankBefore =
      at === 0 ||
      (text[at - 1] === '\n' && (at < 2 || text[at - 2] === '\n' || (text[at - 2] === '\r' && text[at - 3] === '\n')));
    return { start: at, end: at, text: `${blankBefore ? '' : '\n'}${body}\n` };
  }
  const end = text.length;
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  let lead = '';
  if (!text.endsWith('\n')) lead = newline + newline;
  else if (!/\n\s*\n$/.test(text) && end > note.bodyStart) lead = newline;
  return { start: end, end, text: lead + body };
}

/** Removes the member section(s) with `id`, heading included, up to the next section. */
export function removeSections(note: ParsedNote, id: string): OffsetEdit[] {
  return note.sections
    .filter((section) => section.id === id)
    .map((section) => ({ start: note.lines.offsetAt(section.headingRange.start), end: section.bodyEnd, text: '' }));
}
