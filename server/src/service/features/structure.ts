/**
 * Structure of a note for the outline, breadcrumbs, folding and smart selection:
 * Header (with its key fields) -> Narrative -> one symbol per member section.
 */
import type { Node } from 'yaml';
import type { ParsedNote } from '../../model/note';
import { comparePositions, rangeContains, type Position, type Range } from '../../model/positions';
import { asText, dateText } from '../../parse/values';
import { htmlComments } from '../../parse/sections';
import type { FoldRange, SelectionNode, SymbolNode } from './types';
import { isMap, isScalar, isSeq, span } from './yamlAst';
import { HEADER_REGISTRY } from '../../model/headerRegistry';

/** The top-level header fields the outline lists (`outline` in the header field registry). */
function isOutlineField(key: string): boolean {
  return Object.hasOwn(HEADER_REGISTRY.fields, key) && HEADER_REGISTRY.fields[key].outline === true;
}

function headerFieldDetail(note: ParsedNote, key: string): string | undefined {
  const value = note.header.value?.[key];
  switch (key) {
    case 'date':
      return dateText(value);
    case 'facilitator': {
      const name = asText(note.header.get(['facilitator', 'name']));
      const credential = asText(note.header.get(['facilitator', 'credential']));
      return [name, credential].filter(Boolean).join(', ') || undefined;
    }
    case 'group':
      return asText(note.header.get(['group', 'type']));
    case 'attendees':
      return `${note.attendees.filter((attendee) => attendee.billable).length} billable of ${note.attendees.length}`;
    case 'interventions':
      return Array.isArray(value) ? `${value.length}` : asText(value);
    case 'signature': {
      const by = asText(note.header.get(['signature', 'by']));
      const date = dateText(note.header.get(['signature', 'date']));
      return [by, date].filter(Boolean).join(' · ') || undefined;
    }
    default:
      return typeof value === 'object' ? undefined : asText(value);
  }
}

function lineRange(note: ParsedNote, line: number): Range {
  return note.lines.rangeOf(note.lines.lineStart(line), note.lines.lineEnd(line));
}

export function documentSymbols(note: ParsedNote): SymbolNode[] {
  const symbols: SymbolNode[] = [];
  if (!note.headerProblems.some((problem) => problem.kind === 'missing')) {
    const children: SymbolNode[] = [];
    const root = note.header.doc?.contents as Node | undefined;
    if (isMap(root)) {
      for (const pair of root.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (!isOutlineField(key)) continue;
        const keySpan = span(note, pair.key)!;
        const valueSpan = span(note, pair.value as Node) ?? keySpan;
        const range = note.lines.rangeOf(keySpan[0], Math.max(keySpan[1], trimEnd(note, valueSpan[1], keySpan[0])));
        const symbol: SymbolNode = {
          name: key,
          detail: headerFieldDetail(note, key),
          kind: HEADER_REGISTRY.fields[key].kind === 'list' ? 'array' : isMap(pair.value) ? 'object' : 'property',
          range,
          selectionRange: note.lines.rangeOf(keySpan[0], keySpan[1]),
        };
        if (key === 'attendees' && isSeq(pair.value)) {
          symbol.children = note.attendees.flatMap((attendee) => {
            const item =
              pair.value && isSeq(pair.value) ? (pair.value.items[attendee.index] as Node | undefined) : undefined;
            const itemSpan = span(note, item);
            if (!itemSpan) return [];
            const itemRange = note.lines.rangeOf(itemSpan[0], trimEnd(note, itemSpan[1], itemSpan[0]));
            return [
              {
                name: attendee.name ? `${attendee.name} (${attendee.id})` : attendee.id || `#${attendee.index + 1}`,
                detail: attendee.status || undefined,
                kind: 'field' as const,
                range: itemRange,
                selectionRange: itemRange,
              },
            ];
          });
        }
        children.push(symbol);
      }
    }
    const range = note.header.range;
    symbols.push({
      name: 'Header',
      detail: dateText(note.header.value?.date),
      kind: 'namespace',
      range,
      selectionRange: lineRange(note, range.start.line),
      children,
    });
  }
  if (note.narrative.text.trim()) {
    const start = firstNonBlank(note, note.narrative.start, note.narrative.end);
    const end = trimEnd(note, note.narrative.end, start);
    const range = note.lines.rangeOf(start, end);
    symbols.push({
      name: 'Narrative',
      detail: 'group-level',
      kind: 'string',
      range,
      selectionRange: lineRange(note, range.start.line),
    });
  }
  for (const section of note.sections) {
    const attendee = section.id ? note.attendees.find((candidate) => candidate.id === section.id) : undefined;
    const detail = section.id
      ? `${section.id} · ${attendee ? attendee.status || 'no status' : 'not in attendees'}`
      : 'no patient id';
    symbols.push({
      name: section.name || section.id || 'Section',
      detail,
      kind: 'class',
      range: section.range,
      selectionRange: section.headingRange,
    });
  }
  return symbols;
}

function firstNonBlank(note: ParsedNote, start: number, end: number): number {
  let cursor = start;
  while (cursor < end && /\s/.test(note.text[cursor])) cursor++;
  return cursor;
}

function trimEnd(note: ParsedNote, end: number, start: number): number {
  let cursor = end;
  while (cursor > start && /\s/.test(note.text[cursor - 1])) cursor--;
  return cursor;
}

export function foldingRanges(note: ParsedNote): FoldRange[] {
  const ranges: FoldRange[] = [];
  const push = (startLine: number, endLine: number, kind?: FoldRange['kind']) => {
    if (endLine > startLine) ranges.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
  };
  if (!note.headerProblems.some((problem) => problem.kind === 'missing')) {
    push(note.header.range.start.line, note.header.range.end.line);
    // Multi-line header fields (facilitator:, attendees:, ...).
    const root = note.header.doc?.contents as Node | undefined;
    if (isMap(root)) {
      for (const pair of root.items) {
        const keySpan = span(note, pair.key as Node);
        const valueSpan = span(note, pair.value as Node);
        if (!keySpan || !valueSpan) continue;
        push(
          note.lines.positionAt(keySpan[0]).line,
          note.lines.positionAt(trimEnd(note, valueSpan[1], keySpan[0])).line,
        );
      }
    }
  }
  for (const section of note.sections) push(section.range.start.line, section.range.end.line);
  // Fenced blocks and multi-line HTML comments in the body.
  const firstBodyLine = note.lines.positionAt(note.bodyStart).line;
  let fence: { line: number; marker: string } | undefined;
  for (let line = firstBodyLine; line < note.lines.lineCount; line++) {
    const text = note.lines.lineText(line);
    const match = /^ {0,3}(`{3,}|~{3,})/.exec(text);
    if (!match) continue;
    if (!fence) fence = { line, marker: match[1] };
    else if (match[1][0] === fence.marker[0] && match[1].length >= fence.marker.length && text.trim() === match[1]) {
      push(fence.line, line);
      fence = undefined;
    }
  }
  // The parser's linear comment scan (a lazy regex is quadratic on many unclosed "<!--").
  for (const [start, end] of htmlComments(note.text.slice(note.bodyStart))) {
    push(
      note.lines.positionAt(note.bodyStart + start).line,
      note.lines.positionAt(note.bodyStart + end).line,
      'comment',
    );
  }
  return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

/** word -> line -> (header field) -> section (header, narrative or member section) -> document. */
export function selectionRanges(note: ParsedNote, positions: readonly Position[]): SelectionNode[] {
  const documentRange = note.lines.rangeOf(0, note.text.length);
  return positions.map((position) => {
    const offset = note.lines.offsetAt(position);
    const chain: Range[] = [];
    const lineText = note.lines.lineText(position.line);
    const lineStart = note.lines.lineStart(position.line);
    const column = offset - lineStart;
    const left = /[\p{L}\p{N}_.'-]*$/u.exec(lineText.slice(0, column))![0].length;
    const right = /^[\p{L}\p{N}_.'-]*/u.exec(lineText.slice(column))![0].length;
    if (left + right > 0) chain.push(note.lines.rangeOf(offset - left, offset + right));
    const indent = lineText.length - lineText.trimStart().length;
    chain.push(note.lines.rangeOf(lineStart + indent, lineStart + lineText.trimEnd().length));
    const inHeader =
      offset >= note.header.contentStart &&
      offset <= note.header.contentEnd &&
      !note.headerProblems.some((problem) => problem.kind === 'missing');
    if (inHeader) {
      const root = note.header.doc?.contents as Node | undefined;
      if (isMap(root)) {
        const relative = offset - note.header.contentStart;
        const pair = root.items.find((item) => {
          const start = (item.key as Node | null)?.range?.[0];
          const end = (item.value as Node | null)?.range?.[1] ?? (item.key as Node | null)?.range?.[1];
          return start !== undefined && end !== undefined && start <= relative && relative <= end;
        });
        if (pair) {
          const start = span(note, pair.key as Node)![0];
          const end = trimEnd(note, (span(note, pair.value as Node) ?? span(note, pair.key as Node))![1], start);
          chain.push(note.lines.rangeOf(start, end));
        }
      }
      chain.push(note.header.range);
    } else {
      const section = note.sections.find((candidate) =>
        rangeContains(candidate.range, { start: position, end: position }),
      );
      if (section) chain.push(section.range);
      else if (offset >= note.narrative.start && offset <= note.narrative.end) chain.push(note.narrative.range);
    }
    chain.push(documentRange);
    // Keep a strictly growing chain, each range inside the next.
    const clean: Range[] = [];
    for (const range of chain) {
      const previous = clean[clean.length - 1];
      if (previous && (!rangeContains(range, previous) || sameRange(range, previous))) continue;
      clean.push(range);
    }
    let node: SelectionNode | undefined;
    for (let i = clean.length - 1; i >= 0; i--) node = { range: clean[i], parent: node };
    return node!;
  });
}

function sameRange(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.start) === 0 && comparePositions(a.end, b.end) === 0;
}
