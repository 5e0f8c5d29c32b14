import * as assert from 'assert';
import { codeLenses, exportFacts } from '../../server/src/service/features';
import { readinessOf } from '../../server/src/export/noteFacts';
import { noteReadiness } from '../../server/src/billing/noteReadiness';
import { analyze, cleanNote, edit } from '../support/features';

async function lenses(text: string) {
  const analysis = await analyze(text);
  return codeLenses(analysis, readinessOf(exportFacts(analysis, undefined), undefined)).map(
    (lens) => `${lens.range.start.line}: ${lens.title}`,
  );
}

describe('features: code lens', () => {
  it('summarises billing over the header and readiness over each member section', async () => {
    assert.deepStrictEqual(await lenses(cleanNote()), [
      '0: $(check) ready to bill · 3 present · 3 to export · expected $360',
      '35: $(check) ready',
      '43: $(check) ready',
      '50: $(check) ready',
    ]);
  });

  it("counts an attendee's problems and holds back only that attendee", async () => {
    const result = await lenses(edit(cleanNote(), 'dx: [F33.1, F41.1]', 'dx: [F33.1, F41]'));
    assert.strictEqual(
      result[0],
      '0: $(error) held back: GN402 · 3 present · 2 to export · 1 held back · expected $240',
    );
    assert.strictEqual(result[1], '35: $(check) ready');
    assert.match(result[2], /^43: \$\(error\) \d+ problems? · held back$/);
  });

  it('keeps an attendee with warnings only ready to bill', async () => {
    const result = await lenses(
      edit(cleanNote(), 'Plan: complete the first two hierarchy steps and log SUDS ratings.\n', ''),
    );
    assert.strictEqual(result[0], '0: $(check) ready to bill · 3 present · 3 to export · expected $360');
    assert.strictEqual(result[2], '43: $(warning) 1 problem');
  });

  it('calls an unsigned note a draft, over the header and every section (export holds it back)', async () => {
    const unsigned = edit(cleanNote(), 'signature:\n  by: Dana Reyes, LCSW\n  date: 2026-11-20\n', '');
    const [header, ...sections] = await lenses(unsigned);
    assert.strictEqual(header, '0: $(edit) draft (unsigned) · 3 present · 3 held back');
    // No section says "ready" over a draft.
    assert.deepStrictEqual(
      sections.map((lens) => lens.replace(/^\d+: /, '')),
      ['$(edit) draft (unsigned)', '$(edit) draft (unsigned)', '$(edit) draft (unsigned)'],
    );
  });

  it('partly exported: "exported" over a member whose claim is in the ledger, "ready" over the others', async () => {
    const analysis = await analyze(cleanNote());
    const facts = exportFacts(analysis, undefined);
    const readiness = noteReadiness(facts, [
      { patientId: facts.billableIds[0], exportedAt: '2026-11-21T10:00:00Z', noteSha256: facts.noteSha256 },
    ]);
    const [header, ...sections] = codeLenses(analysis, readiness).map((lens) => lens.title);
    assert.strictEqual(header, '$(check) ready to bill · 3 present · 1 exported · 2 to export · expected $240');
    const exportedAt = analysis.note.sections.findIndex((section) => section.id === facts.billableIds[0]);
    assert.ok(exportedAt >= 0);
    sections.forEach((title, index) =>
      assert.strictEqual(title, index === exportedAt ? '$(export) exported' : '$(check) ready', `section ${index}`),
    );
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
    assert.strictEqual(header, '0: $(check) ready to bill · 3 present · 3 to export · expected $390');
  });
});
