import * as assert from 'assert';
import { textDigest } from '../../server/src/batch/noteShard';
import { noteSha256, parsedNoteSha256 } from '../../server/src/export/ledger';
import { noteTextDigest } from '../../server/src/model/noteDigest';
import { parseNote } from '../../server/src/parse/parseNote';
import { readPlainHeader, readSimpleHeader, simpleHeaderNodes } from '../../server/src/parse/simpleHeader';

/*
 * Work a batch did twice and now does once, with the same results: a parsed note's text is hashed once
 * (model/noteDigest.ts), and a plain header is read once for its value and its ranges (simpleHeader.ts
 * readPlainHeader).
 */
const note = (member: string, header = 'cpt: "90853"\ndate: 2026-11-02') =>
  `---\n${header}\n---\n\n## ${member} (P001)\nPracticed paced breathing with the group.\n`;

describe('note digest: one hash per parse', () => {
  it("gives the ledger's hex and the batch's base64 digest of the text", () => {
    const parsed = parseNote(note('Ana R.'), 'file:///notes/a.group.md');
    assert.strictEqual(parsedNoteSha256(parsed), noteSha256(parsed.text));
    assert.strictEqual(noteTextDigest(parsed).toString('base64'), textDigest(parsed.text));
  });

  it('hashes each parse once, and a changed note anew', () => {
    const first = parseNote(note('Ana R.'), 'file:///notes/a.group.md');
    assert.strictEqual(noteTextDigest(first), noteTextDigest(first));
    const edited = parseNote(note('Ana Rivera'), 'file:///notes/a.group.md');
    assert.notStrictEqual(parsedNoteSha256(edited), parsedNoteSha256(first));
    assert.strictEqual(parsedNoteSha256(edited), noteSha256(edited.text));
    // The same text parsed again (the batch's second pass) gives the same digest.
    const again = parseNote(note('Ana R.'), 'file:///notes/a.group.md');
    assert.strictEqual(parsedNoteSha256(again), parsedNoteSha256(first));
  });
});

describe('plain header: value and ranges from one read', () => {
  const headers: [string, string][] = [
    [
      'flow attendees',
      'date: 2026-11-02\nattendees:\n  - { id: P001, name: Ana R., dx: [F41.1, F32.0] }\n  - { id: P002 }',
    ],
    ['block mapping', 'date: 2026-11-02\nfacilitator:\n  name: Dana Reyes\n  npi: "1234567893"'],
    ['scalars only', 'cpt: "90853"\nstart: "09:00"\ncount: 8'],
  ];
  for (const [label, header] of headers)
    it(`reads the value and the nodes of one walk (${label})`, () => {
      const read = readPlainHeader(header);
      assert.ok(read);
      assert.deepStrictEqual(read.value, readSimpleHeader(header));
      assert.deepStrictEqual(read.nodes, simpleHeaderNodes(header));
    });

  it('leaves the ranges of a header with carriage returns to yaml, and what it cannot read to yaml', () => {
    const crlf = 'date: 2026-11-02\r\ncount: 8';
    assert.deepStrictEqual(readPlainHeader(crlf)?.value, readSimpleHeader(crlf));
    assert.strictEqual(readPlainHeader(crlf)?.nodes, undefined);
    assert.strictEqual(readPlainHeader('date: 2026-11-02 # a comment'), undefined);
    assert.strictEqual(readPlainHeader('count: ~'), undefined);
  });

  it('gives a quick parse the ranges the yaml parse gives', () => {
    const header =
      'date: 2026-11-02\nattendees:\n  - { id: P001, name: Ana R., dx: [F41.1] }\n  - { id: P002, name: Bo L. }';
    const quick = parseNote(note('Ana R.', header), 'file:///a.group.md', undefined, { quick: true });
    const full = parseNote(note('Ana R.', header), 'file:///a.group.md');
    for (const path of [['date'], ['attendees', 1, 'name'], ['attendees', 0, 'dx', 0], ['attendees', 3], ['nope']])
      assert.deepStrictEqual(quick.header.rangeOf(path), full.header.rangeOf(path), path.join('.'));
  });
});
