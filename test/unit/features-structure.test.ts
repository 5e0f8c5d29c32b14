import * as assert from 'assert';
import type { Range } from '../../server/src/model/positions';
import { parseNote } from '../../server/src/parse/parseNote';
import { documentSymbols, foldingRanges, selectionRanges } from '../../server/src/service/features';
import type { SelectionNode } from '../../server/src/service/features/types';
import { cleanNote } from '../support/features';

function lineOf(text: string, search: string): number {
  return text.slice(0, text.indexOf(search)).split('\n').length - 1;
}

describe('features: structure', () => {
  const text = cleanNote();
  const note = parseNote(text);

  it('outlines the header (key fields), the narrative and each member section with id and status', () => {
    const symbols = documentSymbols(note);
    assert.deepStrictEqual(
      symbols.map((symbol) => symbol.name),
      ['Header', 'Narrative', 'Sarah M.', 'Tom R.', 'David C.'],
    );
    const header = symbols[0];
    assert.deepStrictEqual(
      header.children?.map((child) => child.name),
      [
        'cpt',
        'date',
        'start',
        'end',
        'modality',
        'pos',
        'facilitator',
        'group',
        'interventions',
        'dynamics',
        'count',
        'attendees',
        'signature',
      ],
    );
    const attendees = header.children?.find((child) => child.name === 'attendees');
    assert.deepStrictEqual(
      attendees?.children?.map((child) => `${child.name}: ${child.detail}`),
      ['Sarah M. (P001): present', 'Tom R. (P002): present', 'David C. (P004): present', 'Ana L. (P003): no-show'],
    );
    assert.strictEqual(symbols[2].detail, 'P001 · present');
    assert.strictEqual(symbols[2].selectionRange.start.line, lineOf(text, '## Sarah M.'));
    assert.strictEqual(symbols[4].range.end.line, lineOf(text, 'Plan: stay for the whole Monday'));
  });

  it('folds the header, its multi-line fields, each section and fenced blocks', () => {
    const withFence = `${text.trimEnd()}\n\n\`\`\`\nPHQ-9: 12\nGAD-7: 9\n\`\`\`\n`;
    const ranges = foldingRanges(parseNote(withFence));
    const has = (start: number, end: number) =>
      ranges.some((range) => range.startLine === start && range.endLine === end);
    assert.ok(has(0, lineOf(text, '---\n<!--')), 'header');
    assert.ok(has(lineOf(text, 'facilitator:'), lineOf(text, '  npi:')), 'facilitator block');
    assert.ok(has(lineOf(text, '## Tom R.'), lineOf(text, 'Plan: complete the first two')), 'a member section');
    const fenceStart = withFence.split('\n').indexOf('```');
    assert.ok(has(fenceStart, fenceStart + 3), 'fenced block');
  });

  it('folds multi-line HTML comments in the body, and not an unclosed one', () => {
    const withComments = `${text.trimEnd()}\n\n<!--\nreviewed\n-->\n<!-- one line -->\n<!-- never closed\n<!--\n`;
    const lines = withComments.split('\n');
    const ranges = foldingRanges(parseNote(withComments)).filter((range) => range.kind === 'comment');
    const open = lines.indexOf('<!--');
    assert.ok(
      ranges.some((range) => range.startLine === open && range.endLine === open + 2),
      'the closed comment folds',
    );
    assert.ok(
      !ranges.some((range) => range.startLine >= lines.indexOf('<!-- never closed')),
      'nothing folds from an unclosed comment',
    );
  });

  it('expands the selection word -> line -> section -> document', () => {
    const line = lineOf(text, 'Identified three');
    const character = text.split('\n')[line].indexOf('three') + 2;
    const [selection] = selectionRanges(note, [{ line, character }]);
    const chain: Range[] = [];
    for (let node: SelectionNode | undefined = selection; node; node = node.parent) chain.push(node.range);
    const slice = (range: Range) => text.slice(note.lines.offsetAt(range.start), note.lines.offsetAt(range.end));
    assert.strictEqual(slice(chain[0]), 'three');
    assert.ok(
      slice(chain[1]).startsWith('automatic thoughts') === false && slice(chain[1]).includes('Identified three'),
    );
    assert.ok(slice(chain[2]).startsWith('## Sarah M. (P001)'));
    assert.strictEqual(slice(chain[3]), text);
  });

  it('in the header: word -> line -> field -> header -> document', () => {
    const line = lineOf(text, '  credential: LCSW');
    const [selection] = selectionRanges(note, [{ line, character: 16 }]);
    const chain: string[] = [];
    for (let node: SelectionNode | undefined = selection; node; node = node.parent)
      chain.push(text.slice(note.lines.offsetAt(node.range.start), note.lines.offsetAt(node.range.end)));
    assert.deepStrictEqual(chain.slice(0, 2), ['LCSW', 'credential: LCSW']);
    assert.ok(chain[2].startsWith('facilitator:\n  name: Dana Reyes'));
    assert.ok(chain[3].startsWith('---\ncpt:'));
    assert.strictEqual(chain[4], text);
  });
});
