import * as assert from 'assert';
import { parseNote } from '../../server/src/parse/parseNote';
import { complete, hover } from '../../server/src/service/features';
import type { CompletionEntry, CompletionResult } from '../../server/src/service/features/types';
import { analyze, applyEdits, atCursor, cleanNote, edit, fixtureWorkspace, TODAY } from '../support/features';

/** Completes at the cursor marker of `textWithCursor`. */
async function completeAt(textWithCursor: string, invoked = true): Promise<{ result: CompletionResult; text: string }> {
  const { text, offset } = atCursor(textWithCursor);
  const analysis = await analyze(text);
  return { result: complete(analysis, offset, { invoked, today: TODAY }), text };
}

function labels(result: CompletionResult): string[] {
  return result.items.map((item) => item.label);
}

function find(result: CompletionResult, label: string): CompletionEntry {
  const item = result.items.find((candidate) => candidate.label === label);
  assert.ok(item, `expected "${label}" among ${labels(result).join(', ')}`);
  return item;
}

/** The text a snippet inserts when every placeholder keeps its default (choices: the first option). */
function snippetText(snippet: string): string {
  return snippet
    .replace(/\$\{\d+\|([^|]*?)(?:,[^|]*)?\|\}/g, (_all, first: string) => first.replace(/\\(.)/g, '$1'))
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{?\d+\}?/g, '')
    .replace(/\\([$}\\])/g, '$1');
}

function insert(text: string, item: CompletionEntry): string {
  return applyEdits(text, [
    { range: item.textEdit.range, newText: item.snippet ? snippetText(item.textEdit.newText) : item.textEdit.newText },
    ...(item.additionalTextEdits ?? []),
  ]);
}

describe('features: completion', () => {
  describe('header keys', () => {
    it('offers only the top-level keys not already present, with documentation', async () => {
      const { result } = await completeAt(edit(cleanNote(), 'count: 3\n', '‸\n'));
      assert.deepStrictEqual(labels(result).sort(), ['cofacilitators', 'count']);
      assert.match(find(result, 'count').documentation ?? '', /present/);
    });

    it('offers a required key that is missing, as a structured snippet that parses', async () => {
      const note = edit(
        cleanNote(),
        'group:\n  type: CBT-based anxiety management group\n  theme: Coping with anticipatory anxiety and avoidance\n',
        'gr‸\n',
      );
      const { result, text } = await completeAt(note);
      const group = find(result, 'group');
      assert.strictEqual(group.detail, 'required');
      assert.match(group.textEdit.newText, /^group:\n {2}type: \$1\n {2}theme: \$2$/);
      const inserted = insert(text, group);
      assert.ok(parseNote(inserted).header.has(['group', 'type']));
    });

    it('offers keys of a nested mapping (facilitator) and of an attendee entry', async () => {
      const nested = await completeAt(edit(cleanNote(), '  npi: "1234567893"\n', '  npi: "1234567893"\n  ‸\n'));
      assert.deepStrictEqual(labels(nested.result), ['supervisor']);
      const flow = await completeAt(
        edit(
          cleanNote(),
          '{ id: P004, name: David C., status: present }',
          '{ id: P004, name: David C., status: present, ‸ }',
        ),
      );
      assert.ok(labels(flow.result).includes('dx') && labels(flow.result).includes('modifiers'));
      assert.ok(
        !labels(flow.result).includes('id') && !labels(flow.result).includes('status'),
        'keys already in the entry are not offered',
      );
      assert.strictEqual(find(flow.result, 'modifiers').textEdit.newText, 'modifiers: ["$1"]');
    });

    it('inserts only the key name when renaming an existing key', async () => {
      const { result } = await completeAt(edit(cleanNote(), 'dynamics: Cohesive', 'dyn‸amics: Cohesive'));
      assert.strictEqual(find(result, 'dynamics').textEdit.newText, 'dynamics');
    });

    it('offers whole attendee entries from the roster on a new list item', async () => {
      const { result, text } = await completeAt(
        edit(
          cleanNote(),
          '  - { id: P003, name: Ana L., status: no-show }\n',
          '  - { id: P003, name: Ana L., status: no-show }\n  - ‸\n',
        ),
      );
      const grace = find(result, 'P005 Grace O.');
      assert.ok(!labels(result).some((label) => label.startsWith('P001 ')), 'patients already listed are not offered');
      const inserted = parseNote(insert(text, grace));
      assert.deepStrictEqual(
        inserted.attendees.map((attendee) => attendee.id),
        ['P001', 'P002', 'P004', 'P003', 'P005'],
      );
      assert.strictEqual(inserted.attendees[4].name, 'Grace O.');
      assert.strictEqual(inserted.attendees[4].status, 'present');
      // The roster's patients come first on a new attendee line, ahead of the entry's keys.
      const order = [...result.items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
      assert.strictEqual(order[0].kind, 'reference', `first: ${order[0].label}`);
      assert.ok(order.findIndex((item) => item.kind === 'property') > order.indexOf(grace));
      assert.strictEqual(order[0].preselect, true);
    });
  });

  describe('header values', () => {
    it('offers the modalities, replacing what is typed', async () => {
      const { result, text } = await completeAt(edit(cleanNote(), 'modality: in-person', 'modality: vi‸'));
      assert.deepStrictEqual(labels(result), ['in-person', 'video', 'audio']);
      assert.strictEqual(parseNote(insert(text, find(result, 'video'))).header.value?.modality, 'video');
    });

    it('offers place-of-service codes with their CMS names, quoted unless typed inside quotes', async () => {
      const inside = await completeAt(edit(cleanNote(), 'pos: "11"', 'pos: "1‸"'));
      const office = find(inside.result, '11');
      assert.strictEqual(office.detail, 'Office');
      assert.strictEqual(office.textEdit.newText, '11');
      assert.strictEqual(find(inside.result, '10').detail, "Telehealth Provided in Patient's Home");
      assert.strictEqual(find(inside.result, '53').detail, 'Community Mental Health Center');
      assert.strictEqual(parseNote(insert(inside.text, find(inside.result, '10'))).header.value?.pos, '10');

      const bare = await completeAt(
        edit(edit(cleanNote(), 'modality: in-person', 'modality: video'), 'pos: "11"', 'pos: ‸'),
      );
      assert.deepStrictEqual(labels(bare.result).slice(0, 2), ['10', '02'], 'telehealth codes first for a video note');
      assert.strictEqual(find(bare.result, '02').textEdit.newText, '"02"');
      assert.strictEqual(parseNote(insert(bare.text, find(bare.result, '02'))).header.value?.pos, '02');
    });

    it('offers statuses and cpt codes (without AMA descriptor text)', async () => {
      const status = await completeAt(
        edit(cleanNote(), '{ id: P001, name: Sarah M., status: present,', '{ id: P001, name: Sarah M., status: pr‸,'),
      );
      assert.deepStrictEqual(labels(status.result), [
        'present',
        'late',
        'left-early',
        'absent',
        'no-show',
        'cancelled',
      ]);
      const cpt = await completeAt(edit(cleanNote(), 'cpt: "90853"', 'cpt: ‸'));
      assert.deepStrictEqual(labels(cpt.result), ['90853', '90849']);
      assert.strictEqual(find(cpt.result, '90853').textEdit.newText, '"90853"');
      assert.match(find(cpt.result, '90849').detail ?? '', /multiple-family/i);
    });

    it('finds ICD-10-CM codes by words and by code in a dx list', async () => {
      const words = await completeAt(edit(cleanNote(), 'dx: [F33.1, F41.1]', 'dx: [F33.1, F41.1, panic dis‸]'));
      const panic = find(words.result, 'F41.0');
      assert.match(panic.detail ?? '', /Panic disorder/);
      assert.strictEqual(words.result.isIncomplete, true);
      assert.deepStrictEqual(parseNote(insert(words.text, panic)).attendees[1].dx, ['F33.1', 'F41.1', 'F41.0']);
      const code = await completeAt(edit(cleanNote(), 'dx: [F41.1] }', 'dx: [F41.1, F43.1‸] }'));
      assert.ok(
        ['F43.10', 'F43.11', 'F43.12'].every((label) => labels(code.result).includes(label)),
        labels(code.result).join(','),
      );
      assert.ok(!labels(code.result).includes('F41.1'), 'codes already in the list are not offered');
    });

    it('puts the roster diagnoses of the attendee first, and works in an unclosed list', async () => {
      const { result } = await completeAt(
        edit(
          cleanNote(),
          '{ id: P004, name: David C., status: present }',
          '{ id: P004, name: David C., status: present, dx: [‸',
        ),
      );
      assert.strictEqual(result.items[0].label, 'F41.1');
      assert.match(result.items[0].detail ?? '', /roster diagnosis/);
      assert.strictEqual(result.items[0].preselect, true);
    });

    it('offers roster ids not yet listed, and the roster name for an id', async () => {
      const ids = await completeAt(edit(cleanNote(), '{ id: P004, name: David C.', '{ id: P0‸, name: David C.'));
      assert.ok(!labels(ids.result).includes('P001'));
      assert.strictEqual(find(ids.result, 'P005').detail, 'Grace O.');
      assert.match(find(ids.result, 'P005').documentation ?? '', /G1/);
      const names = await completeAt(edit(cleanNote(), '{ id: P004, name: David C.,', '{ id: P004, name: ‸,'));
      assert.deepStrictEqual(labels(names.result), ['David C.']);
    });

    it('choosing a patient id writes the name, and a patient chosen by name gets the id', async () => {
      const byId = await completeAt(edit(cleanNote(), '{ id: P004, name: David C.', '{ id: P0‸, name: David C.'));
      const flow = parseNote(insert(byId.text, find(byId.result, 'P005')));
      assert.deepStrictEqual([flow.attendees[2].id, flow.attendees[2].name], ['P005', 'Grace O.']);
      const noName = await completeAt(edit(cleanNote(), '{ id: P004, name: David C., status', '{ id: P0‸, status'));
      const added = parseNote(insert(noName.text, find(noName.result, 'P005')));
      assert.deepStrictEqual([added.attendees[2].id, added.attendees[2].name], ['P005', 'Grace O.']);
      const block = edit(
        cleanNote(),
        '  - { id: P003, name: Ana L., status: no-show }\n',
        '  - { id: P003, name: Ana L., status: no-show }\n  - id: P0‸\n    name:\n    status: present\n',
      );
      const blockResult = await completeAt(block);
      const written = parseNote(insert(blockResult.text, find(blockResult.result, 'P005')));
      assert.deepStrictEqual([written.attendees[4].id, written.attendees[4].name], ['P005', 'Grace O.']);
      const byName = await completeAt(edit(cleanNote(), '{ id: P004, name: David C.,', '{ id: , name: Gr‸,'));
      const named = parseNote(insert(byName.text, find(byName.result, 'Grace O.')));
      assert.deepStrictEqual([named.attendees[2].id, named.attendees[2].name], ['P005', 'Grace O.']);
    });

    it('offers modifiers (95 first for video) without repeating those present', async () => {
      const video = edit(cleanNote(), 'modality: in-person', 'modality: video');
      const { result, text } = await completeAt(
        edit(
          video,
          '{ id: P004, name: David C., status: present }',
          '{ id: P004, name: David C., status: present, modifiers: ["59", ‸] }',
        ),
      );
      assert.strictEqual(result.items[0].label, '95');
      assert.ok(!labels(result).includes('59'));
      assert.match(find(result, 'XE').detail ?? '', /Separate encounter/);
      assert.deepStrictEqual(parseNote(insert(text, find(result, '95'))).attendees[2].modifiers, ['59', '95']);
    });

    it('offers named interventions in the block list, and credentials', async () => {
      const { result, text } = await completeAt(
        edit(cleanNote(), '  - peer feedback\n', '  - peer feedback\n  - beh‸\n'),
      );
      assert.ok(!labels(result).includes('peer feedback'), 'interventions already listed are not offered');
      const activation = find(result, 'behavioral activation (activity scheduling)');
      assert.deepStrictEqual(parseNote(insert(text, activation)).header.value?.interventions, [
        'cognitive restructuring',
        'exposure hierarchy practice',
        'peer feedback',
        'behavioral activation (activity scheduling)',
      ]);
      const credentials = await completeAt(edit(cleanNote(), '  credential: LCSW', '  credential: L‸'));
      assert.ok(labels(credentials.result).includes('LMFT'));
      assert.match(find(credentials.result, 'LMSW').documentation ?? '', /supervisor/);
    });

    it('offers nothing in a YAML comment', async () => {
      const { result } = await completeAt(edit(cleanNote(), 'modality: in-person', 'modality: in-person # mo‸'));
      assert.deepStrictEqual(result.items, []);
    });
  });

  describe('body', () => {
    const withoutDavid = () => cleanNote().slice(0, cleanNote().indexOf('## David C.'));

    it('offers a member-section skeleton for each billable attendee without a section', async () => {
      const { result, text } = await completeAt(withoutDavid() + '## ‸');
      assert.deepStrictEqual(
        labels(result),
        ['## David C. (P004)'],
        'not for attendees with a section, nor for the no-show',
      );
      const skeleton = result.items[0];
      assert.strictEqual(skeleton.snippet, true);
      for (const part of [
        'Participation:',
        'Mood/affect:',
        'Progress toward G1 (Attend work meetings without leaving early)',
        'Risk:',
        'Plan:',
      ]) {
        assert.ok(skeleton.textEdit.newText.includes(part), `${part} in ${skeleton.textEdit.newText}`);
      }
      const inserted = parseNote(insert(text, skeleton));
      assert.deepStrictEqual(
        inserted.sections.map((section) => section.id),
        ['P001', 'P002', 'P004'],
      );
    });

    it('offers a choice of goals when the roster has several', async () => {
      const note = edit(
        cleanNote(),
        cleanNote().slice(cleanNote().indexOf('## Sarah M.'), cleanNote().indexOf('## Tom R.')),
        '',
      );
      const { result } = await completeAt(note + '\n#‸');
      const sarah = find(result, '## Sarah M. (P001)');
      const goalChoice =
        '${3|G1 (Reduce catastrophic thinking about work performance),G2 (Use a thought record when anxious)|}';
      assert.ok(sarah.textEdit.newText.includes(goalChoice), sarah.textEdit.newText);
    });

    it('does not offer headings in prose, or on an empty line unless asked', async () => {
      assert.deepStrictEqual((await completeAt(withoutDavid() + 'Members discussed ‸', true)).result.items, []);
      assert.deepStrictEqual((await completeAt(withoutDavid() + '‸', false)).result.items, []);
      assert.strictEqual((await completeAt(withoutDavid() + '‸', true)).result.items.length, 1);
    });

    it("offers the member's own goal ids inside a member section", async () => {
      const { result } = await completeAt(
        edit(cleanNote(), 'Progress toward goal G1 (reduce', 'Progress toward goal G‸ (reduce'),
      );
      assert.deepStrictEqual(labels(result), ['G1', 'G2']);
      assert.strictEqual(result.items[1].detail, 'Use a thought record when anxious');
    });
  });

  it('answers completion and hover in a few milliseconds on a 12-member note (cached analysis)', async () => {
    const roster = (await fixtureWorkspace()).roster!;
    const patients = [...roster.patients.values()].slice(0, 12);
    const header = cleanNote().slice(0, cleanNote().indexOf('attendees:'));
    const attendees = patients
      .map(
        (patient) =>
          `  - { id: ${patient.id}, name: ${patient.name?.first} ${patient.name?.last?.[0]}., status: present }`,
      )
      .join('\n');
    const sections = patients
      .map(
        (patient) =>
          `## ${patient.name?.first} ${patient.name?.last?.[0]}. (${patient.id})\nPractised the thought record and ` +
          `named two automatic thoughts; anxious affect. Progress toward G1: ${patient.plan?.goals[0].text}. ` +
          `Denies SI/HI.\nPlan: practise twice before next group.\n`,
      )
      .join('\n');
    const text =
      `${header}count: 12\nattendees:\n${attendees}\nsignature:\n  by: Dana Reyes, LCSW\n  date: ` +
      `2026-11-20\n---\n\nNarrative.\n\n${sections}`;
    const analysis = await analyze(text);
    assert.strictEqual(analysis.note.sections.length, 12);
    const probes = [
      text.indexOf('pos: "11"') + 6,
      text.indexOf('status: present') + 10,
      text.indexOf('P007') + 1,
      text.indexOf('## Ken I.') + 3,
      text.indexOf('Narrative.') + 10,
    ];
    const rounds = 100;
    const start = process.hrtime.bigint();
    for (let i = 0; i < rounds; i++)
      for (const offset of probes) {
        complete(analysis, offset, { invoked: true });
        hover(analysis, offset);
      }
    const average = Number(process.hrtime.bigint() - start) / 1e6 / (rounds * probes.length * 2);
    assert.ok(average < 2, `average ${average.toFixed(3)} ms per request`);
  });
});
