import * as assert from 'assert';
import { codeLenses, exportFindings } from '../../server/src/service/features';
import { analyze, cleanNote, edit } from '../support/features';

async function lenses(text: string) {
  const analysis = await analyze(text);
  return codeLenses(analysis, exportFindings(analysis, undefined)).map(
    (lens) => `${lens.range.start.line}: ${lens.title}`,
  );
}

describe('features: code lens', () => {
  it('summarises billing over the header and readiness over each member section', async () => {
    assert.deepStrictEqual(await lenses(cleanNote()), [
      '0: 3 present · 3 ready to bill · 0 held back · expected $360',
      '35: $(check) ready',
      '43: $(check) ready',
      '50: $(check) ready',
    ]);
  });

  it("counts an attendee's problems and holds back only that attendee", async () => {
    const result = await lenses(edit(cleanNote(), 'dx: [F33.1, F41.1]', 'dx: [F33.1, F41]'));
    assert.strictEqual(result[0], '0: 3 present · 2 ready to bill · 1 held back · expected $240');
    assert.strictEqual(result[1], '35: $(check) ready');
    assert.match(result[2], /^43: \$\(error\) \d+ problems? · held back$/);
  });

  it('keeps an attendee with warnings only ready to bill', async () => {
    const result = await lenses(
      edit(cleanNote(), 'Plan: complete the first two hierarchy steps and log SUDS ratings.\n', ''),
    );
    assert.strictEqual(result[0], '0: 3 present · 3 ready to bill · 0 held back · expected $360');
    assert.strictEqual(result[2], '43: $(warning) 1 problem');
  });

  it('holds back the whole note when it is unsigned (as an export would)', async () => {
    const unsigned = edit(cleanNote(), 'signature:\n  by: Dana Reyes, LCSW\n  date: 2026-11-20\n', '');
    const [header] = await lenses(unsigned);
    assert.strictEqual(header, '0: 3 present · 0 ready to bill · 3 held back · note held back by GN803');
  });

  it('includes add-on charges', async () => {
    // The interactive-complexity documentation rule is silenced here: only the charge is under test.
    let text = edit(
      cleanNote(),
      '{ id: P004, name: David C., status: present }',
      '{ id: P004, name: David C., status: present, addOns: ["90785"] }',
    );
    text = edit(text, '---\ncpt:', '---\n# groupnote-disable GN603\ncpt:');
    const [header] = await lenses(text);
    assert.strictEqual(header, '0: 3 present · 3 ready to bill · 0 held back · expected $390');
  });
});
