/** Small helpers over the header's YAML AST (offsets converted to note-text offsets). */
import { isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { ParsedNote, YamlPath } from '../../model/note';

export interface Located {
  node: Node | undefined;
  /** The pair holding `node` when its parent is a mapping. */
  pair: Pair | undefined;
  /** The collection holding `node`. */
  parent: Node | undefined;
}

/** The node at exactly `path`, or undefined when some step does not exist. */
export function locate(note: ParsedNote, path: YamlPath): Located | undefined {
  let node = note.header.doc?.contents ?? undefined;
  let pair: Pair | undefined;
  let parent: Node | undefined;
  for (const step of path) {
    if (isMap(node)) {
      const found = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(step));
      if (!found) return undefined;
      parent = node;
      pair = found;
      node = (found.value ?? undefined) as Node | undefined;
    } else if (isSeq(node) && typeof step === 'number' && step < node.items.length) {
      parent = node;
      pair = undefined;
      node = node.items[step] as Node | undefined;
    } else return undefined;
  }
  return { node, pair, parent };
}

/** [start, end) of a node in the note text (value end, without trailing comments / line breaks). */
export function span(note: ParsedNote, node: Node | undefined): [number, number] | undefined {
  const range = node?.range;
  return range ? [range[0] + note.header.contentStart, range[1] + note.header.contentStart] : undefined;
}

/** A `key:` with nothing after it (YAML null written as nothing). */
export function isEmptyValue(node: Node | undefined): boolean {
  return node === undefined || node === null || (isScalar(node) && node.value === null && !(node.source ?? '').trim());
}

export interface NodeAtOffset {
  path: (string | number)[];
  node: Node;
  /** The offset is on the key of the pair at `path`. */
  onKey: boolean;
  /** [start, end) in the note text. */
  start: number;
  end: number;
}

/** The deepest node (or key) at `offset` in the header, with its path. */
export function nodeAtOffset(note: ParsedNote, offset: number): NodeAtOffset | undefined {
  const root = note.header.doc?.contents as Node | undefined;
  const relative = offset - note.header.contentStart;
  if (!root || relative < 0) return undefined;
  const inside = (node: Node | null | undefined): boolean =>
    !!node?.range && node.range[0] <= relative && relative <= node.range[1];
  let node: Node = root;
  const path: (string | number)[] = [];
  let result: NodeAtOffset | undefined;
  for (;;) {
    if (isMap(node)) {
      const item = node.items.find((pair) => inside(pair.key as Node) || inside(pair.value as Node));
      if (!item || !isScalar(item.key)) return result;
      path.push(String(item.key.value));
      if (inside(item.key)) {
        const [start, end] = span(note, item.key)!;
        return { path: [...path], node: item.key as Node, onKey: true, start, end };
      }
      node = item.value as Node;
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => inside(item as Node));
      if (index < 0) return result;
      path.push(index);
      node = node.items[index] as Node;
    } else if (isScalar(node)) {
      const [start, end] = span(note, node)!;
      return { path: [...path], node, onKey: false, start, end };
    } else return result;
    const [start, end] = span(note, node) ?? [offset, offset];
    result = { path: [...path], node, onKey: false, start, end };
  }
}

export { isMap, isPair, isScalar, isSeq };
