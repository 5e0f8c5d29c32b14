import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ASSIGNED_POS_CODES, GROUP_CPT_CODES } from '../../server/src/billing/codeSets';
import {
  HEADER_REGISTRY,
  fieldSpecAt,
  headerFieldEntries,
  type FieldSpec,
  type MapSpec,
} from '../../server/src/model/headerRegistry';
import { ATTENDANCE_STATUSES, MODALITIES } from '../../server/src/model/note';
import { promptInValue } from '../../server/src/model/placeholders';
import { codeActions, complete, documentSymbols, hover } from '../../server/src/service/features';
import type { CompletionResult } from '../../server/src/service/features/types';
import type { NoteAnalysis } from '../../server/src/service/groupNoteService';
import { repoRoot } from '../support/paths';
import { analyze, applyEdits, atCursor, cleanNote, edit, refs, TODAY } from '../support/features';

async function completeAt(textWithCursor: string): Promise<CompletionResult> {
  const { text, offset } = atCursor(textWithCursor);
  return complete(await analyze(text), offset, { invoked: true, today: TODAY });
}

async function hoverOn(text: string, target: string, into = 1): Promise<string> {
  const at = text.indexOf(target);
  assert.ok(at >= 0, `"${target}" in the note`);
  return hover(await analyze(text), at + into)?.markdown ?? '';
}

function messages(analysis: NoteAnalysis, ruleId: string): string[] {
  return analysis.findings.filter((finding) => finding.ruleId === ruleId).map((finding) => finding.message);
}

/** The clean note's header with `line` added after `after` (a line of the header, written in full). */
function withLine(after: string, line: string): string {
  return edit(cleanNote(), `${after}\n`, `${after}\n${line}\n`);
}

const attendeeSpec = (): MapSpec => {
  const spec = fieldSpecAt(['attendees', '*']);
  assert.ok(spec?.kind === 'map');
  return spec;
};

describe('header field registry', () => {
  it('documents every field; what GN101 checks has its words; placeholders are prompts', () => {
    for (const entry of headerFieldEntries()) {
      assert.ok(entry.doc.length > 10, `${entry.pattern} has a doc`);
      // A required map is asked for by naming its required fields; any other checked field by its `need`.
      if (entry.checked && entry.spec.kind !== 'map') assert.ok(entry.spec.need, `${entry.pattern}: GN101's words`);
      const placeholder = entry.spec.kind === 'list' ? entry.spec.item.placeholder : entry.spec.placeholder;
      if (placeholder !== undefined) assert.ok(promptInValue(placeholder), `${entry.pattern}: ${placeholder}`);
      if (entry.spec.outline) assert.strictEqual(entry.path.length, 1, `${entry.pattern}: only top-level outline`);
    }
  });

  it('refers to the code-set tables for allowed values instead of copying them', () => {
    const values = (path: string[]) => {
      const spec = fieldSpecAt(path);
      assert.ok(spec?.kind === 'enum' || spec?.kind === 'pos', path.join('.'));
      return spec.values;
    };
    assert.strictEqual(values(['modality']), MODALITIES);
    assert.strictEqual(values(['cpt']), GROUP_CPT_CODES);
    assert.strictEqual(values(['pos']), ASSIGNED_POS_CODES);
    assert.strictEqual(values(['attendees', '*', 'pos']), ASSIGNED_POS_CODES);
    assert.strictEqual(values(['attendees', '*', 'status']), ATTENDANCE_STATUSES);
  });

  it('completion offers and documents every field of the registry, by container', async () => {
    const containers: [string[], string][] = [
      [[], '---\n‸\n---\n'],
      [['facilitator'], '---\nfacilitator:\n  ‸\n---\n'],
      [['facilitator', 'supervisor'], '---\nfacilitator:\n  supervisor:\n    ‸\n---\n'],
      [['group'], '---\ngroup:\n  ‸\n---\n'],
      [['signature'], '---\nsignature:\n  ‸\n---\n'],
      [['attendees', '*'], '---\nattendees:\n  - id: P001\n    ‸\n---\n'],
      [['cofacilitators', '*'], '---\ncofacilitators:\n  - name: Lee Park\n    ‸\n---\n'],
    ];
    for (const [path, text] of containers) {
      const result = await completeAt(text);
      const wanted = headerFieldEntries().filter(
        (entry) => entry.path.slice(0, -1).join('.') === path.join('.') && !/^(id|name)$/.test(entry.key),
      );
      assert.ok(wanted.length, path.join('.'));
      for (const entry of wanted) {
        const item = result.items.find((candidate) => candidate.label === entry.key);
        assert.ok(item, `completion offers ${entry.pattern}`);
        assert.strictEqual(item.documentation, entry.doc, entry.pattern);
        assert.strictEqual(item.detail === 'required', entry.spec.presence === 'required', entry.pattern);
      }
    }
  });

  it('hover shows the registry doc on every top-level key of a note', async () => {
    const note = cleanNote();
    for (const [key, spec] of Object.entries(HEADER_REGISTRY.fields)) {
      if (!note.includes(`\n${key}:`)) continue;
      // Inside the key: its first character also ends the previous block value.
      const markdown = await hoverOn(note, `\n${key}:`, 2);
      assert.ok(markdown.includes(spec.doc ?? '?'), key);
      assert.strictEqual(/\(required\)/.test(markdown), spec.presence === 'required', key);
    }
  });

  it('the whole-note snippets (the New Group Note template) write every field GN101 asks for', async () => {
    // The snippets are hand-written JSON, not generated: this keeps them in step with the registry.
    const file = path.join(repoRoot, 'snippets', 'groupnote.code-snippets');
    const snippets = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, { body: string[] }>;
    let notes = 0;
    for (const [name, snippet] of Object.entries(snippets)) {
      if (snippet.body[0] !== '---') continue;
      notes++;
      const text = snippet.body
        .join('\n')
        .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1')
        .replace(/\$\{\d+:([^}]*)\}/g, '$1')
        .replace(/\$[A-Z_]+/g, '01')
        .replace(/\$\{?\d+\}?/g, 'x');
      const analysis = await analyze(text);
      assert.deepStrictEqual(messages(analysis, 'GN101').concat(messages(analysis, 'GN106')), [], name);
    }
    assert.ok(notes >= 2, 'whole-note snippets found');
  });

  describe('a field added to the registry only', () => {
    const room: FieldSpec = {
      kind: 'text',
      doc: 'The room where the group met (a test field).',
      presence: 'required',
      need: 'the room where the group met',
      placeholder: '<room>',
      outline: true,
    };
    const consent: FieldSpec = {
      kind: 'enum',
      values: ['yes', 'no'],
      doc: 'Whether the member consented to recording (a test field).',
      presence: 'required',
      need: 'the recording consent (yes or no)',
    };
    before(() => {
      HEADER_REGISTRY.fields.room = room;
      attendeeSpec().fields.consent = consent;
    });
    after(() => {
      delete HEADER_REGISTRY.fields.room;
      delete attendeeSpec().fields.consent;
    });

    it('is required by GN101, with a quick fix writing its prompt, which GN108 then reports', async () => {
      const before = await analyze(cleanNote());
      assert.ok(messages(before, 'GN101').includes('room is missing: add the room where the group met.'));
      assert.ok(
        messages(before, 'GN101').includes(
          'Sarah M. (P001): the attendee entry has no consent: add the recording consent (yes or no).',
        ),
      );
      const diagnostics = refs(before).filter((ref) => ref.ruleId === 'GN101' && /room/.test(ref.message));
      const fix = codeActions(before, diagnostics, {}).find((action) => /Add room/.test(action.title));
      assert.ok(fix?.edits, 'a quick fix adds the room');
      const text = applyEdits(before.note.text, fix.edits);
      assert.match(text, /\nroom: <room>\n/);
      const after = await analyze(text);
      assert.deepStrictEqual(
        messages(after, 'GN101').filter((message) => message.startsWith('room')),
        [],
      );
      assert.ok(messages(after, 'GN108').some((message) => /room/.test(message)));
    });

    it('offers the missing consent values as quick fixes, since it has no placeholder', async () => {
      const before = await analyze(cleanNote());
      const diagnostics = refs(before).filter(
        (ref) => ref.ruleId === 'GN101' && /consent/.test(ref.message) && ref.attendeeId === 'P001',
      );
      const titles = codeActions(before, diagnostics, {}).map((action) => action.title);
      assert.ok(titles.includes('Add Sarah M. (P001): consent: yes'), titles.join(' | '));
      assert.ok(titles.includes('Add Sarah M. (P001): consent: no'), titles.join(' | '));
    });

    it('is known to GN106 (typed, values checked), completion, hover and the outline', async () => {
      const written = withLine('pos: "11"', 'room: B12');
      const analysis = await analyze(
        edit(
          written,
          '{ id: P001, name: Sarah M., status: present,',
          '{ id: P001, name: Sarah M., status: present, consent: maybe,',
        ),
      );
      assert.deepStrictEqual(messages(analysis, 'GN106'), [
        'Sarah M. (P001): consent "maybe" is not allowed: consent must be one of yes, no.',
      ]);
      assert.match(await hoverOn(written, 'room:'), /\*\*room\*\* \(required\)[\s\S]*room where the group met/);
      const keys = await completeAt('---\n‸\n---\n');
      assert.strictEqual(keys.items.find((item) => item.label === 'room')?.documentation, room.doc);
      const values = await completeAt('---\nattendees:\n  - id: P001\n    consent: ‸\n---\n');
      assert.deepStrictEqual(
        values.items.map((item) => item.label),
        ['yes', 'no'],
      );
      const header = documentSymbols(analysis.note).find((symbol) => symbol.name === 'Header');
      assert.ok(
        header?.children?.some((symbol) => symbol.name === 'room'),
        'the outline lists room',
      );
    });
  });
});
