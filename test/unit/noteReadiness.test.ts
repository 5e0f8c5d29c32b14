import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { noteReadiness, type NoteFacts } from '../../server/src/billing/noteReadiness';
import { exportClaims } from '../../server/src/export';
import { GroupNoteService } from '../../server/src/service/groupNoteService';
import { listNotes } from '../../server/src/service/listNotes';
import { pathToUri } from '../../server/src/workspace/uris';
import type { Readiness } from '../../protocol/src/readiness';
import { edit } from '../support/features';
import { TempDirs } from '../support/tempDirs';
import { cleanNoteText, tempWorkspace } from '../support/tempWorkspace';

const NOTE = 'notes/2026-11-20-cbt.group.md';
const SIGNATURE = 'signature:\n  by: Dana Reyes, LCSW\n  date: 2026-11-20\n';

/** The one readiness answer as the editor gets it: the language service, on the text as the editor has it. */
async function readinessIn(root: string, text: string, version = 1): Promise<Readiness> {
  const service = new GroupNoteService({ settingsFor: () => Promise.resolve({}), log: () => undefined });
  const uri = pathToUri(path.join(root, NOTE));
  return service.readiness(await service.analyze(uri, version, text));
}

/** The state and reasons only (the counts are asserted where they matter). */
function stateOf(readiness: Readiness): [string, string[]] {
  return [readiness.state, readiness.reasons.map((reason) => `${reason.ruleId}:${reason.count}`)];
}

describe('note readiness: one answer (service)', () => {
  const temps = new TempDirs();
  after(() => temps.removeAll());

  it('ready: a signed, complete note in a set-up practice, with its claims and charges', async () => {
    const root = tempWorkspace({ [NOTE]: cleanNoteText() }, { temps });
    const readiness = await readinessIn(root, cleanNoteText());
    assert.deepStrictEqual(readiness, {
      state: 'ready',
      reasons: [],
      billable: 3,
      ready: 3,
      heldBack: 0,
      exported: 0,
      exportedPatients: [],
      expected: 360,
    });
  });

  it('draft: an unsigned note, whatever else it has; no claim is ready', async () => {
    const unsigned = edit(cleanNoteText(), SIGNATURE, '');
    const root = tempWorkspace({ [NOTE]: unsigned }, { temps });
    const readiness = await readinessIn(root, unsigned);
    assert.deepStrictEqual(stateOf(readiness), ['draft', ['GN803:1']]);
    assert.deepStrictEqual([readiness.ready, readiness.heldBack, readiness.expected], [0, 3, undefined]);
  });

  it('draft even when a directive silences GN803 in the editor: the reason says it was silenced', async () => {
    const text = edit(edit(cleanNoteText(), SIGNATURE, ''), '---\ncpt:', '---\n# groupnote-disable GN803\ncpt:');
    const root = tempWorkspace({ [NOTE]: text }, { temps });
    // A team that lets directives silence every rule (the default locks GN803).
    fs.writeFileSync(path.join(root, '.groupnote', 'config.yaml'), 'noInlineDisable: []\n');
    const readiness = await readinessIn(root, text);
    assert.deepStrictEqual(readiness.reasons, [{ ruleId: 'GN803', count: 1, silenced: 1 }]);
    assert.strictEqual(readiness.state, 'draft');
  });

  it('held back by a template prompt that config.yaml turned off: still blocks, counted as silenced', async () => {
    const text = edit(cleanNoteText(), 'Plan: practise the thought record', 'Plan: <plan until the next session>');
    const root = tempWorkspace({ [NOTE]: text }, { temps });
    fs.writeFileSync(path.join(root, '.groupnote', 'config.yaml'), 'rules:\n  GN108: off\n');
    const readiness = await readinessIn(root, text);
    assert.deepStrictEqual(stateOf(readiness), ['held-back', ['GN108:1']]);
    assert.strictEqual(readiness.reasons[0].silenced, 1);
    assert.deepStrictEqual([readiness.ready, readiness.heldBack], [2, 1]);
  });

  it('held back: the rule ids and counts; only the attendee concerned is held back', async () => {
    const text = edit(cleanNoteText(), 'dx: [F33.1, F41.1]', 'dx: [F33.1, F41]');
    const root = tempWorkspace({ [NOTE]: text }, { temps });
    const readiness = await readinessIn(root, text);
    assert.deepStrictEqual(stateOf(readiness), ['held-back', ['GN402:1']]);
    assert.deepStrictEqual([readiness.ready, readiness.heldBack, readiness.expected], [2, 1, 240]);
  });

  it('exported once every claim is in the ledger; changed since export once the note is edited', async () => {
    const root = tempWorkspace({ [NOTE]: cleanNoteText() }, { temps });
    const result = await exportClaims({ root, notes: [NOTE], outDir: path.join(root, 'claims'), parallel: false });
    assert.strictEqual(result.error, undefined, result.error);
    assert.strictEqual(result.claims, 3);
    // The export reports the same answer for the note it exported.
    assert.deepStrictEqual(
      result.notes?.map((note) => [note.uri, note.readiness.state]),
      [[pathToUri(path.join(root, NOTE)), 'exported']],
    );

    const exported = await readinessIn(root, cleanNoteText());
    assert.deepStrictEqual(stateOf(exported), ['exported', []]);
    assert.deepStrictEqual([exported.exported, exported.ready, exported.heldBack], [3, 0, 0]);

    // A prose edit after export: the claims are the same, the note is not.
    const edited = edit(cleanNoteText(), 'Plan: practise the thought record', 'Plan: practise the thought diary');
    assert.strictEqual((await readinessIn(root, edited, 2)).state, 'changed-since-export');
    // Unsigned after export is still a change to what was billed, not a draft.
    assert.strictEqual(
      (await readinessIn(root, edit(cleanNoteText(), SIGNATURE, ''), 3)).state,
      'changed-since-export',
    );
    // Undone: as exported again.
    assert.strictEqual((await readinessIn(root, cleanNoteText(), 4)).state, 'exported');
  });

  it('cannot export: a note in a folder without .groupnote/, with the command that sets one up', async () => {
    const root = tempWorkspace({ [NOTE]: cleanNoteText() }, { bare: true, temps });
    const readiness = await readinessIn(root, cleanNoteText());
    assert.strictEqual(readiness.state, 'cannot-export');
    assert.match(readiness.setup ?? '', /no \.groupnote\/ folder/);
    assert.strictEqual(readiness.ready, 0);
    // The export refuses the same note for the same reason.
    const result = await exportClaims({ root, notes: [NOTE], parallel: false });
    assert.match(result.error ?? '', /practice\.yaml not found/);
  });

  it('cannot export: .groupnote/ without practice.yaml', async () => {
    const root = tempWorkspace({ [NOTE]: cleanNoteText() }, { temps });
    fs.rmSync(path.join(root, '.groupnote', 'practice.yaml'));
    const readiness = await readinessIn(root, cleanNoteText());
    assert.strictEqual(readiness.state, 'cannot-export');
    assert.match(readiness.setup ?? '', /practice\.yaml not found: export needs the billing provider/);
  });

  it('the notes view listing gives each note the same answer as the service', async () => {
    const unsigned = edit(cleanNoteText(), SIGNATURE, '').replace(/2026-11-20/g, '2026-11-13');
    const root = tempWorkspace({ [NOTE]: cleanNoteText(), 'notes/2026-11-13-cbt.group.md': unsigned }, { temps });
    // Two copies of one note: GN307 (copied forward) is not under test here.
    fs.writeFileSync(path.join(root, '.groupnote', 'config.yaml'), 'rules:\n  GN307: off\n');
    const listed = await listNotes([root], { parallel: false });
    const byName = Object.fromEntries(listed.map((note) => [path.basename(note.uri), note.readiness.state]));
    assert.deepStrictEqual(byName, { '2026-11-20-cbt.group.md': 'ready', '2026-11-13-cbt.group.md': 'draft' });
  });
});

describe('note readiness: the pure answer', () => {
  const facts = (overrides: Partial<NoteFacts> = {}): NoteFacts => ({
    date: '2026-11-20',
    cpt: '90853',
    noteSha256: 'now',
    billableIds: ['P001', 'P002'],
    blockers: [],
    drafts: [
      { patientId: 'P001', total: 120 },
      { patientId: 'P002', total: 120 },
    ],
    feesKnown: true,
    ...overrides,
  });
  const claim = (patientId: string, noteSha256?: string, exportedAt = '2026-11-21T10:00:00.000Z') => ({
    patientId,
    exportedAt,
    ...(noteSha256 ? { noteSha256 } : {}),
  });

  it('partly exported: the rest is ready (only its charges are expected)', () => {
    const readiness = noteReadiness(facts(), [claim('P001', 'now')]);
    assert.deepStrictEqual(
      [readiness.state, readiness.exported, readiness.ready, readiness.expected],
      ['ready', 1, 1, 120],
    );
  });

  it('a held-back attendee whose claim was exported no longer holds the note back', () => {
    const blocked = facts({
      blockers: [{ ruleId: 'GN402', attendeeId: 'P001' }],
      drafts: [{ patientId: 'P002', total: 1 }],
    });
    assert.strictEqual(noteReadiness(blocked, [claim('P001', 'now')]).state, 'ready');
    assert.strictEqual(noteReadiness(blocked, []).state, 'held-back');
  });

  it('changed since export compares with the latest export of the note; ledgers without hashes stay exported', () => {
    const earlier = claim('P001', 'before', '2026-11-21T10:00:00.000Z');
    const later = claim('P002', 'now', '2026-11-22T10:00:00.000Z');
    assert.strictEqual(noteReadiness(facts(), [earlier, later]).state, 'exported');
    assert.strictEqual(noteReadiness(facts({ noteSha256: 'edited' }), [earlier, later]).state, 'changed-since-export');
    assert.strictEqual(noteReadiness(facts(), [claim('P001'), claim('P002')]).state, 'exported');
  });

  it('nobody billable: held back, and says why', () => {
    const readiness = noteReadiness(facts({ billableIds: [], drafts: [] }), []);
    assert.deepStrictEqual(stateOf(readiness), ['held-back', ['no-billable-attendee:1']]);
  });

  it('cannot export comes first, with what is missing', () => {
    const readiness = noteReadiness(facts({ setup: 'no .groupnote/ folder', blockers: [{ ruleId: 'GN803' }] }), []);
    assert.deepStrictEqual(
      [readiness.state, readiness.setup, readiness.ready],
      ['cannot-export', 'no .groupnote/ folder', 0],
    );
  });
});
