/**
 * The quick header reader's parse of a note (parse/simpleHeader.ts) against the full parse with the `yaml` library:
 * shared by the reader's own tests and by the editor's (which parses every version of a document with it).
 */
import * as assert from 'assert';
import type { ParsedNote, YamlPath } from '../../server/src/model/note';
import { parseNote } from '../../server/src/parse/parseNote';
import { indexNote } from '../../server/src/workspace/noteIndex';

/** The quick and the full parse of a note agree on everything the index and the rules read. */
export function assertSameParse(text: string, label: string): void {
  const full = parseNote(text, 'file:///n.group.md');
  const quick = parseNote(text, 'file:///n.group.md', undefined, { quick: true });
  assert.deepStrictEqual(quick.header.value, full.header.value, `${label}: header value`);
  assert.deepStrictEqual(quick.headerProblems, full.headerProblems, `${label}: header problems`);
  assert.deepStrictEqual(quick.attendees, full.attendees, `${label}: attendees`);
  assert.deepStrictEqual(quick.limits, full.limits, `${label}: limits`);
  assert.deepStrictEqual(
    indexNote(quick, undefined, { progress: false }),
    indexNote(full, undefined, { progress: false }),
    `${label}: index entry`,
  );
  assertSameRanges(quick, full, label);
}

/**
 * Every path of the header (each field, item and the fields of each item), and paths that stop part way (a missing
 * key, an index past the end or below 0, a string index, a number on a mapping): the quick parse's ranges (from the
 * quick reader's nodes, simpleHeader.ts) and `has` answers equal the full parse's (from the yaml document).
 */
export function assertSameRanges(quick: ParsedNote, full: ParsedNote, label: string): void {
  const paths: YamlPath[] = [[]];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value)) {
      paths.push([...path, value.length], [...path, -1], [...path, '0'], [...path, 0, 'nothing']);
      value.forEach((item, index) => {
        paths.push([...path, index]);
        walk(item, [...path, index]);
      });
    } else if (value !== null && typeof value === 'object') {
      paths.push([...path, 'nothing'], [...path, 0], [...path, 'nothing', 'deeper']);
      for (const [key, item] of Object.entries(value)) {
        paths.push([...path, key], [...path, key, 'nothing'], [...path, key, 0]);
        walk(item, [...path, key]);
      }
    }
  };
  walk(full.header.value, []);
  for (const path of paths) {
    const where = `${label}: ${JSON.stringify(path)}`;
    assert.deepStrictEqual(quick.header.rangeOf(path), full.header.rangeOf(path), `${where} range`);
    assert.deepStrictEqual(quick.header.keyRangeOf(path), full.header.keyRangeOf(path), `${where} key range`);
    assert.strictEqual(quick.header.has(path), full.header.has(path), `${where} has`);
  }
}
