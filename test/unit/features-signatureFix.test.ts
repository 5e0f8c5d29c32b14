import * as assert from 'assert';
import { codeActions } from '../../server/src/service/features';
import { analyze, applyEdits, cleanNote, edit, refs, ruleIds, TODAY } from '../support/features';

const SIGNED = 'signature:\n  by: Dana Reyes, LCSW\n  date: 2026-11-20\n';

/** GN803's quick fixes sign as completion offers: the facilitator's name and credential, today's date. */
describe('features: signing a note (GN803 quick fixes, prompts in signature.by)', () => {
  async function signFix(text: string) {
    const analysis = await analyze(text);
    const diagnostics = refs(analysis).filter((ref) => ref.ruleId === 'GN803');
    assert.ok(diagnostics.length, `GN803 expected, got ${ruleIds(analysis).join(', ')}`);
    const actions = codeActions(analysis, diagnostics, { today: TODAY });
    const sign = actions.find((action) => /^Sign as |^Date the signature/.test(action.title));
    assert.ok(sign?.edits, `a signing fix among: ${actions.map((action) => action.title).join(' | ')}`);
    assert.notStrictEqual(sign.isPreferred, true, 'signing is offered, never preferred');
    const after = await analyze(applyEdits(text, sign.edits), 2);
    return { title: sign.title, text: after.note.text, after };
  }

  it('an unsigned note: signs with the facilitator name, credential and today, and GN803 is gone', async () => {
    const { title, text, after } = await signFix(edit(cleanNote(), SIGNED, ''));
    assert.strictEqual(title, `Sign as Dana Reyes, LCSW, dated ${TODAY}`);
    const signed = ['signature:\\s*', '\\s+by: Dana Reyes, LCSW\\s*', `\\s+date: ${TODAY}`].join('\\n');
    assert.match(text, new RegExp(signed));
    assert.ok(!ruleIds(after).includes('GN803'), ruleIds(after).join(', '));
  });

  it('the prompt <name, credential> in signature.by is no signer (GN803); the fix writes the signer', async () => {
    const prompted = edit(cleanNote(), 'by: Dana Reyes, LCSW', 'by: <name, credential>');
    const analysis = await analyze(prompted);
    const finding = analysis.findings.find((candidate) => candidate.ruleId === 'GN803');
    assert.ok(finding, 'GN803 reported');
    assert.match(finding.message, /signature\.by still holds the template prompt "<name, credential>"/);
    const { text, after } = await signFix(prompted);
    assert.match(text, /by: Dana Reyes, LCSW/);
    assert.ok(!ruleIds(after).includes('GN803'));
  });

  it('without a facilitator name the fix writes a prompt, which GN803 still reports', async () => {
    const text = edit(edit(cleanNote(), SIGNED, ''), 'name: Dana Reyes', 'name: <Facilitator Name>');
    const { after } = await signFix(text);
    assert.ok(ruleIds(after).includes('GN803'));
    assert.ok(ruleIds(after).includes('GN108'));
  });

  it("signing removes the earlier template's comment 'unsigned notes are drafts' (untrue once signed)", async () => {
    const old = 'signature:  # unsigned notes are drafts: sign when the note is complete\n  by:\n  date:\n';
    const { text } = await signFix(edit(cleanNote(), SIGNED, old));
    assert.doesNotMatch(text, /unsigned notes are drafts/);
    assert.match(text, /^signature:\n/m);
  });
});
