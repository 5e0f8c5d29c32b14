/**
 * Where the cursor is in the YAML header, read from the lines around it rather than from the
 * YAML AST: while a clinician types, the header is often not valid YAML (`modality: vi`, an
 * unclosed `dx: [F4`), yet completion must still know it is at a value of `modality` or inside the
 * `dx` list of the third attendee.
 *
 * Paths use `'*'` for "an item of a list" (`['attendees', '*', 'dx']`).
 */
import type { ParsedNote } from '../../model/note';

/** Keys from the root; `'*'` stands for any item of a list. */
export type PathPattern = readonly string[];

export interface HeaderKeyCursor {
  kind: 'key';
  /** The mapping the new key goes into. */
  container: PathPattern;
  prefix: string;
  /** Offsets in the note text that a completion replaces. */
  start: number;
  end: number;
  /** Keys already in that mapping (the one being typed excluded). */
  siblings: string[];
  /** Inside `{ ... }` on one line. */
  flow: boolean;
  /** Column of the keys of the mapping (block style). */
  indent: number;
  /** The line holds only `- ` and the prefix: a new item of a list of mappings. */
  newItem: boolean;
  /** A colon already follows the word (renaming an existing key): insert the key name only. */
  keyOnly: boolean;
  /** Text of the enclosing list item (to find its `id:`), when in one. */
  itemText?: string;
}

export interface HeaderValueCursor {
  kind: 'value';
  /** The key whose value is typed; for list items, the list's key (`['attendees', '*', 'dx']`). */
  path: PathPattern;
  prefix: string;
  start: number;
  end: number;
  /** The value is inside quotes (the completion inserts without quotes). */
  quoted: boolean;
  flow: boolean;
  /** An item of a list (`- x` or `[a, x]`) rather than the key's whole value. */
  listItem: boolean;
  /** Items already in that list (for list items). */
  siblings: string[];
  itemText?: string;
}

export type HeaderCursor = HeaderKeyCursor | HeaderValueCursor;

interface LineInfo {
  indent: number;
  dash: boolean;
  dashCol: number;
  /** Column of the key (after `- ` on a dash line). */
  keyCol: number;
  key?: string;
  valueEmpty: boolean;
}

const KEY = /^("[^"]*"|'[^']*'|[^\s#:'"{}[\],&*!|>%@`-][^:#{}[\],]*?|-[^\s:#{}[\],][^:#{}[\],]*?)[ \t]*:(?=[ \t]|$)/;

function unquote(text: string): string {
  const trimmed = text.trim();
  return /^(["']).*\1$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
}

function lineInfo(text: string): LineInfo | undefined {
  const indent = text.length - text.trimStart().length;
  const rest = text.slice(indent);
  if (rest === '' || rest.startsWith('#')) return undefined;
  const dash = /^-(\s|$)/.test(rest);
  let content = rest;
  let keyCol = indent;
  if (dash) {
    content = rest.slice(1).trimStart();
    keyCol = indent + (rest.length - content.length);
  }
  const match = KEY.exec(content);
  const valueEmpty = match
    ? content
        .slice(match[0].length)
        .replace(/(^|\s)#.*$/, '')
        .trim() === ''
    : false;
  return { indent, dash, dashCol: indent, keyCol, key: match ? unquote(match[1]) : undefined, valueEmpty };
}

/** Reads the header lines once per request. */
class HeaderLines {
  readonly infos = new Map<number, LineInfo | undefined>();

  constructor(
    private readonly note: ParsedNote,
    readonly first: number,
    readonly last: number,
  ) {}

  text(line: number): string {
    return this.note.lines.lineText(line);
  }

  info(line: number): LineInfo | undefined {
    if (!this.infos.has(line)) this.infos.set(line, lineInfo(this.text(line)));
    return this.infos.get(line);
  }

  /** Path of the block mapping whose keys are at column `col`, for a position on `line`. */
  mapPath(line: number, col: number): string[] | undefined {
    for (let l = line - 1; l >= this.first; l--) {
      const info = this.info(l);
      if (!info) continue;
      if (info.dash) {
        if (info.keyCol === col) return this.seqItem(l, info.dashCol);
        if (info.dashCol >= col) continue;
        const item = this.seqItem(l, info.dashCol);
        if (!item) return undefined;
        return info.key && info.keyCol < col ? [...item, info.key] : item;
      }
      if (info.indent >= col) continue;
      if (!info.key) return undefined;
      const parent = this.mapPath(l, info.indent);
      return parent && [...parent, info.key];
    }
    return col === 0 ? [] : undefined;
  }

  private seqItem(line: number, dashCol: number): string[] | undefined {
    const seq = this.seqPath(line, dashCol);
    return seq && [...seq, '*'];
  }

  /** Path of the block sequence whose dashes are at `dashCol`, for an item on `line`. */
  seqPath(line: number, dashCol: number): string[] | undefined {
    for (let l = line - 1; l >= this.first; l--) {
      const info = this.info(l);
      if (!info) continue;
      if (info.dash) {
        if (info.dashCol >= dashCol) continue;
        const item = this.seqItem(l, info.dashCol);
        if (!item) return undefined;
        return info.key && info.keyCol <= dashCol ? [...item, info.key] : item;
      }
      if (info.indent > dashCol) continue;
      if (!info.key) return undefined;
      if (info.indent === dashCol && !info.valueEmpty) return undefined;
      const parent = this.mapPath(l, info.indent);
      return parent && [...parent, info.key];
    }
    return undefined;
  }

  /** Keys of the block mapping at `col` around `line` (the line itself excluded). */
  siblingKeys(line: number, col: number): string[] {
    const keys: string[] = [];
    for (let l = line - 1; l >= this.first; l--) {
      const info = this.info(l);
      if (!info) continue;
      if (info.dash) {
        if (info.keyCol === col && info.key) keys.push(info.key);
        if (info.dashCol < col) break;
        continue;
      }
      if (info.indent < col) break;
      if (info.indent === col && info.key) keys.push(info.key);
    }
    for (let l = line + 1; l <= this.last; l++) {
      const info = this.info(l);
      if (!info) continue;
      if (info.dash ? info.dashCol < col : info.indent < col) break;
      if (!info.dash && info.indent === col && info.key) keys.push(info.key);
    }
    return keys;
  }

  /** Scalar items of the block sequence at `dashCol` around `line` (the line itself excluded). */
  siblingItems(line: number, dashCol: number): string[] {
    const items: string[] = [];
    const take = (l: number): boolean => {
      const info = this.info(l);
      if (!info) return true;
      if (info.dash && info.dashCol === dashCol) {
        const value = unquote(
          this.text(l)
            .slice(info.keyCol)
            .replace(/(^|\s)#.*$/, ''),
        );
        if (value) items.push(value);
        return true;
      }
      return info.indent > dashCol;
    };
    for (let l = line - 1; l >= this.first && take(l); l--);
    for (let l = line + 1; l <= this.last && take(l); l++);
    return items;
  }

  /** Text of the block list item that holds `line` (from its dash line to the next line at or left of the dash). */
  blockItemText(line: number, dashCol: number): string {
    let start = line;
    for (let l = line; l >= this.first; l--) {
      const info = this.info(l);
      if (!info) continue;
      if (info.dash && info.dashCol === dashCol) {
        start = l;
        break;
      }
      if (info.indent <= dashCol) break;
    }
    const parts = [this.text(start)];
    for (let l = start + 1; l <= this.last; l++) {
      const info = this.info(l);
      if (info && info.indent <= dashCol) break;
      parts.push(this.text(l));
    }
    return parts.join('\n');
  }
}

interface FlowFrame {
  char: '{' | '[';
  at: number;
  /** Start of the current entry inside this collection. */
  entryStart: number;
}

interface FlowScan {
  frames: FlowFrame[];
  quote: { char: '"' | "'"; at: number } | undefined;
  comment: boolean;
}

/** Scans `text` (the line before the cursor) for open flow collections, quotes and comments. */
function scanLine(text: string): FlowScan {
  const frames: FlowFrame[] = [];
  let quote: FlowScan['quote'];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (quote.char === "'" && c === "'" && text[i + 1] === "'") i++;
      else if (quote.char === '"' && c === '\\') i++;
      else if (c === quote.char) quote = undefined;
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) return { frames, quote, comment: true };
    if ((c === '"' || c === "'") && (i === 0 || /[\s,[{:]/.test(text[i - 1]))) quote = { char: c, at: i };
    else if (c === '{' || c === '[') frames.push({ char: c, at: i, entryStart: i + 1 });
    else if ((c === '}' || c === ']') && frames.length) frames.pop();
    else if (c === ',' && frames.length) frames[frames.length - 1].entryStart = i + 1;
  }
  return { frames, quote, comment: false };
}

/** The key of a `key: value` entry text (`' id: P0'` -> id), if a colon separates them. */
function entryKey(entry: string): { key: string; valueAt: number } | undefined {
  const match = /^\s*("[^"]*"|'[^']*'|[^\s:'"{}[\],][^:{}[\],]*?)\s*:(\s+|$)/.exec(entry);
  return match ? { key: unquote(match[1]), valueAt: match[0].length } : undefined;
}

/** Keys (depth 0) of the flow mapping text after `{`, up to its closing brace. */
function flowKeys(text: string): string[] {
  const keys: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let entry = '';
  const flush = () => {
    const found = entryKey(entry);
    if (found) keys.push(found.key);
    entry = '';
  };
  for (const c of text) {
    if (quote) {
      if (c === quote) quote = undefined;
      if (depth === 0) entry += c;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    if (c === '{' || c === '[') depth++;
    if (c === '}' || c === ']') {
      if (depth === 0) break;
      depth--;
    }
    if (c === ',' && depth === 0) flush();
    else if (depth === 0) entry += c;
  }
  flush();
  return keys;
}

/** Items (depth 0) of the flow sequence text after `[`, up to its closing bracket. */
function flowItems(text: string): string[] {
  const end = text.indexOf(']');
  return (end >= 0 ? text.slice(0, end) : text).split(',').map(unquote).filter(Boolean);
}

/** End of the scalar token at `from` (flow: before `,` `]` `}`; block: before ` #` or the line end), trimmed. */
function tokenEnd(lineText: string, from: number, flow: boolean, quote: string | undefined): number {
  if (quote) {
    const close = lineText.indexOf(quote, from);
    return close >= 0 ? close : lineText.length;
  }
  let end = from;
  while (end < lineText.length) {
    const c = lineText[end];
    if (flow && (c === ',' || c === ']' || c === '}')) break;
    if (c === '#' && /\s/.test(lineText[end - 1] ?? ' ')) break;
    end++;
  }
  while (end > from && /\s/.test(lineText[end - 1])) end--;
  return end;
}

/** What the cursor at `offset` is on in the header, or undefined outside the header content / in a comment. */
export function headerCursorAt(note: ParsedNote, offset: number): HeaderCursor | undefined {
  const { header } = note;
  if (note.headerProblems.some((problem) => problem.kind === 'missing')) return undefined;
  const closed = !note.headerProblems.some((problem) => problem.kind === 'unclosed');
  const inContent =
    offset >= header.contentStart && (offset < header.contentEnd || (!closed && offset === header.contentEnd));
  if (!inContent) return undefined;
  const position = note.lines.positionAt(offset);
  const line = position.line;
  const lineStart = note.lines.lineStart(line);
  const lineText = note.lines.lineText(line);
  const before = lineText.slice(0, position.character);
  const firstLine = note.lines.positionAt(header.contentStart).line;
  const lastLine = Math.max(firstLine, note.lines.positionAt(header.contentEnd).line - (closed ? 1 : 0));
  const lines = new HeaderLines(note, firstLine, lastLine);

  const scan = scanLine(before);
  if (scan.comment) return undefined;
  const indent = before.length - before.trimStart().length;
  const rest = before.slice(indent);
  const dash = /^-(\s|$)/.test(rest);
  const contentCol = dash ? indent + (rest.length - rest.slice(1).trimStart().length) : indent;

  // The block path of the line's own mapping (or of the list, for a dash line).
  const blockMap = (): string[] | undefined =>
    dash ? lines.seqPath(line, indent)?.concat('*') : lines.mapPath(line, indent);

  if (scan.frames.length) {
    // Inside `{ ... }` / `[ ... ]` opened on this line.
    const outerStart = scan.frames[0].at;
    const lead = before.slice(0, outerStart);
    const leadKey = entryKey(lead.replace(/^\s*-\s+/, ''));
    const leadIsDash = /^\s*-\s*$/.test(lead);
    const base = leadIsDash
      ? lines.seqPath(line, indent)?.concat('*')
      : dash
        ? lines.seqPath(line, indent)?.concat('*')
        : lines.mapPath(line, indent);
    if (!base) return undefined;
    const path: string[] = leadKey ? [...base, leadKey.key] : [...base];
    if (!leadKey && !leadIsDash) return undefined;
    // Walk the frames: each nested collection is the value of a key (in a map) or an item (in a list).
    for (let i = 1; i < scan.frames.length; i++) {
      const parent = scan.frames[i - 1];
      const entry = before.slice(parent.entryStart, scan.frames[i].at);
      if (parent.char === '[') path.push('*');
      else {
        const found = entryKey(entry);
        if (!found) return undefined;
        path.push(found.key);
      }
    }
    const frame = scan.frames[scan.frames.length - 1];
    const entry = before.slice(frame.entryStart);
    const itemText = lineText;
    if (frame.char === '[') {
      const valueStart = frame.entryStart + (entry.length - entry.trimStart().length);
      return valueCursor(
        path,
        lineStart,
        lineText,
        valueStart,
        position.character,
        true,
        true,
        flowItems(lineText.slice(frame.at + 1)).filter((item) => item !== unquote(entry)),
        itemText,
        scan,
      );
    }
    const found = entryKey(entry);
    const siblings = flowKeys(lineText.slice(frame.at + 1));
    if (found) {
      const valueStart = frame.entryStart + found.valueAt;
      return valueCursor(
        [...path, found.key],
        lineStart,
        lineText,
        valueStart,
        position.character,
        true,
        false,
        [],
        itemText,
        scan,
      );
    }
    if (scan.quote) return undefined;
    const prefix = entry.trim();
    const start = frame.entryStart + (entry.length - entry.trimStart().length);
    const end = start + /^[\w-]*/.exec(lineText.slice(start))![0].length;
    return {
      kind: 'key',
      container: path,
      prefix,
      start: lineStart + start,
      end: lineStart + Math.max(end, position.character),
      siblings: siblings.filter((key) => key !== prefix),
      flow: true,
      indent: 0,
      newItem: false,
      keyOnly: /^\s*:/.test(lineText.slice(Math.max(end, position.character))),
      itemText,
    };
  }

  const content = before.slice(contentCol);
  const found = entryKey(content);
  const container = blockMap();
  if (!container) return undefined;
  if (found) {
    // `key: value|` (possibly on a `- key: value` line: the key of a list item's mapping).
    const valueStart = contentCol + found.valueAt;
    const itemText = itemTextFor(lines, line, container, dash ? indent : undefined);
    return valueCursor(
      [...container, found.key],
      lineStart,
      lineText,
      valueStart,
      position.character,
      false,
      false,
      [],
      itemText,
      scan,
    );
  }
  if (dash) {
    // `- |`: a new list item; a scalar value, or the first key of an item mapping.
    const listPath = container.slice(0, -1);
    const itemText = lines.blockItemText(line, indent);
    if (isMapList(listPath)) {
      if (scan.quote) return undefined;
      const end = contentCol + /^[\w-]*/.exec(lineText.slice(contentCol))![0].length;
      return {
        kind: 'key',
        container,
        prefix: content.trim(),
        start: lineStart + contentCol,
        end: lineStart + Math.max(end, position.character),
        siblings: lines.siblingKeys(line, contentCol),
        flow: false,
        indent: contentCol,
        newItem: !lineText.slice(contentCol).includes(':'),
        keyOnly: /^\s*:/.test(lineText.slice(Math.max(end, position.character))),
        itemText,
      };
    }
    return valueCursor(
      listPath,
      lineStart,
      lineText,
      contentCol,
      position.character,
      false,
      true,
      lines.siblingItems(line, indent),
      itemText,
      scan,
    );
  }
  if (scan.quote || /[:{}[\]]/.test(content)) return undefined;
  const end = indent + /^[\w-]*/.exec(lineText.slice(indent))![0].length;
  return {
    kind: 'key',
    container,
    prefix: content.trim(),
    start: lineStart + indent,
    end: lineStart + Math.max(end, position.character),
    siblings: lines.siblingKeys(line, indent),
    flow: false,
    indent,
    newItem: false,
    keyOnly: /^\s*:/.test(lineText.slice(Math.max(end, position.character))),
    itemText: itemTextFor(lines, line, container, undefined),
  };
}

/** Lists whose items are mappings. */
function isMapList(path: PathPattern): boolean {
  const key = path.join('.');
  return key === 'attendees' || key === 'cofacilitators';
}

function itemTextFor(
  lines: HeaderLines,
  line: number,
  container: PathPattern,
  dashCol: number | undefined,
): string | undefined {
  if (container[container.length - 1] !== '*') return undefined;
  if (dashCol !== undefined) return lines.blockItemText(line, dashCol);
  // A key line inside a block item: find the item's dash line above.
  const col = lines.text(line).length - lines.text(line).trimStart().length;
  for (let l = line - 1; l >= lines.first; l--) {
    const info = lines.info(l);
    if (info?.dash && info.dashCol < col) return lines.blockItemText(l, info.dashCol);
  }
  return undefined;
}

function valueCursor(
  path: PathPattern,
  lineStart: number,
  lineText: string,
  valueStart: number,
  cursor: number,
  flow: boolean,
  listItem: boolean,
  siblings: string[],
  itemText: string | undefined,
  scan: FlowScan,
): HeaderValueCursor | undefined {
  let start = valueStart;
  let quoted = false;
  const quoteChar = lineText[valueStart] === '"' || lineText[valueStart] === "'" ? lineText[valueStart] : undefined;
  if (quoteChar) {
    // Only while the cursor is inside the quotes.
    if (!scan.quote || scan.quote.at !== valueStart) return undefined;
    quoted = true;
    start = valueStart + 1;
  } else if (scan.quote) return undefined;
  if (cursor < start) return undefined;
  const end = Math.max(cursor, tokenEnd(lineText, start, flow, quoteChar));
  const prefix = lineText.slice(start, cursor);
  if (!flow && !quoted && /^[[{]/.test(prefix)) return undefined;
  return {
    kind: 'value',
    path,
    prefix,
    start: lineStart + start,
    end: lineStart + end,
    quoted,
    flow,
    listItem,
    siblings,
    itemText,
  };
}

/** The `id:` written in an attendee item's text, if any. */
export function itemId(itemText: string | undefined): string | undefined {
  const match = itemText ? /(?:^|[\s{,])id\s*:\s*["']?([\w.-]+)/.exec(itemText.replace(/^\s*-\s*/, ' ')) : null;
  return match?.[1];
}
