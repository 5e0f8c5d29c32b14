import * as assert from 'assert';
import { parseNote } from '../../server/src/parse/parseNote';
import { codeActions, complete, disableLineEdit, fixAll } from '../../server/src/service/features';
import type { FixAction } from '../../server/src/service/features/types';
import type { NoteAnalysis } from '../../server/src/service/groupNoteService';
import { analyze, applyEdits, atCursor, cleanNote, edit, refs, ruleIds } from '../support/features';
import { expandSnippet } from '../support/snippets';

function actionsFor(analysis: NoteAnalysis, ruleId: string, only?: string[]): FixAction[] {
  const diagnostics = refs(analysis).filter((ref) => ref.ruleId === ruleId);
  assert.ok(diagnostics.length, `${ruleId} expected, got ${ruleIds(analysis).join(', ')}`);
  return codeActions(analysis, diagnostics, { only });
}

function action(actions: FixAction[], title: string | RegExp): FixAction {
  const found = actions.find((candidate) =>
    typeof title === 'string' ? candidate.title === title : title.test(candidate.title),
  );
  assert.ok(found, `action ${title} among: ${actions.map((candidate) => candidate.title).join(' | ')}`);
  return found;
}

/** Applies an action to the analysed text and checks the result again. */
async function apply(analysis: NoteAnalysis, chosen: FixAction): Promise<NoteAnalysis> {
  assert.ok(chosen.edits?.length, `${chosen.title} has edits`);
  const text = applyEdits(analysis.note.text, chosen.edits);
  const after = await analyze(text, analysis.version + 1);
  assert.ok(
    !after.note.headerProblems.some((problem) => problem.kind === 'yaml'),
    `the header still parses after "${chosen.title}":\n${text.slice(0, 900)}`,
  );
  return after;
}

function count(analysis: NoteAnalysis, ruleId: string, attendeeId?: string): number {
  return analysis.findings.filter(
    (finding) => finding.ruleId === ruleId && (attendeeId === undefined || finding.attendeeId === attendeeId),
  ).length;
}

const clean = cleanNote;
const section = (name: string) => {
  const text = clean();
  const start = text.indexOf(`## ${name}`);
  const next = text.indexOf('\n## ', start + 3);
  return text.slice(start, next < 0 ? text.length : next + 1);
};
const video = () => edit(clean(), 'modality: in-person', 'modality: video');

describe('features: code actions', () => {
  it('the clean fixture is clean (the tests below change one thing each)', async () => {
    assert.deepStrictEqual(ruleIds(await analyze(clean())), []);
  });

  describe('GN206 missing member section', () => {
    it('inserts the skeleton with its prompts: GN206 is gone, every prompt is reported as missing', async () => {
      const before = await analyze(edit(clean(), section('David C.'), ''));
      const fix = action(actionsFor(before, 'GN206'), 'Add a member section for David C. (P004)');
      assert.strictEqual(fix.isPreferred, true);
      const after = await apply(before, fix);
      assert.strictEqual(count(after, 'GN206'), 0);
      const david = after.note.sections.find((candidate) => candidate.id === 'P004');
      assert.ok(david);
      const body = after.note.text.slice(after.note.lines.offsetAt(david.range.start), david.bodyEnd);
      assert.match(body, /^Progress toward G1 \(Attend work meetings without leaving early\): <observed progress>$/m);
      const prompts = after.findings.filter(
        (finding) => finding.ruleId === 'GN108' && finding.range.start.line >= david.range.start.line,
      );
      assert.strictEqual(prompts.length, 5, 'participation, mood/affect, progress, risk and plan are still prompts');
    });

    it('is the completion skeleton, offered as a snippet with the cursor in the first field', async () => {
      const before = await analyze(edit(clean(), section('David C.'), ''));
      const fix = action(actionsFor(before, 'GN206'), 'Add a member section for David C. (P004)');
      const [plain] = fix.edits!;
      assert.ok(fix.snippet, 'the quick fix carries a snippet form');
      assert.deepStrictEqual(fix.snippet.range, plain.range, 'inserted at the same place');
      assert.strictEqual(expandSnippet(fix.snippet.newText), plain.newText, 'untouched, the snippet is the plain text');
      const firstStop = fix.snippet.newText.split('\n').find((line) => /\$\{1[:|]/.test(line));
      assert.strictEqual(firstStop, 'Participation: ${1:<what the member did and said>}');
      // The completion offers the same skeleton (one template): its snippet is the fix's, line breaks aside.
      const { text, offset } = atCursor(`${before.note.text.replace(/\n+$/, '')}\n\n## ‸`);
      const result = complete(await analyze(text), offset, { invoked: true });
      const offered = result.items.find((item) => item.label === '## David C. (P004)');
      assert.ok(offered);
      assert.strictEqual(offered.textEdit.newText.trim(), fix.snippet.newText.trim());
    });

    it("inserts the section in attendee order (before the next attendee's section)", async () => {
      const before = await analyze(edit(clean(), section('Sarah M.'), ''));
      const after = await apply(before, action(actionsFor(before, 'GN206'), /Sarah M\. \(P001\)/));
      assert.deepStrictEqual(
        after.note.sections.map((candidate) => candidate.id),
        ['P001', 'P002', 'P004'],
      );
      assert.strictEqual(count(after, 'GN206'), 0);
      assert.ok(
        after.note.text.includes('<plan until the next session>\n\n## Tom R. (P002)'),
        'a blank line before it',
      );
    });
  });

  describe('GN204 absent attendee with a section or billing data', () => {
    const anaSection = '\n## Ana L. (P003)\nCalled to cancel; no participation.\n';

    it('removes the section of a no-show', async () => {
      const before = await analyze(clean() + anaSection);
      const after = await apply(
        before,
        action(actionsFor(before, 'GN204'), 'Remove the member section of Ana L. (P003)'),
      );
      assert.strictEqual(count(after, 'GN204'), 0);
      assert.deepStrictEqual(
        after.note.sections.map((candidate) => candidate.id),
        ['P001', 'P002', 'P004'],
      );
    });

    it('or changes the status when billing data says the patient attended', async () => {
      const before = await analyze(
        edit(
          clean(),
          '{ id: P003, name: Ana L., status: no-show }',
          '{ id: P003, name: Ana L., status: no-show, dx: [F43.10] }',
        ),
      );
      const after = await apply(
        before,
        action(actionsFor(before, 'GN204'), 'Change the status of Ana L. (P003) to present'),
      );
      assert.strictEqual(count(after, 'GN204'), 0);
      assert.strictEqual(after.note.attendees.find((attendee) => attendee.id === 'P003')?.status, 'present');
    });
  });

  describe('GN501 / GN502 telehealth place of service and modifiers', () => {
    it('sets the POS to 10 or 02 (offered, not preferred: where the patient was decides)', async () => {
      const before = await analyze(video());
      const actions = actionsFor(before, 'GN501');
      const home = action(actions, 'Set pos to "10" (Telehealth Provided in Patient\'s Home)');
      action(actions, 'Set pos to "02" (Telehealth Provided Other than in Patient\'s Home)');
      assert.ok(!home.isPreferred);
      const after = await apply(before, home);
      assert.strictEqual(count(after, 'GN501'), 0);
      assert.strictEqual(after.note.header.value?.pos, '10');
    });

    it('adds 95 on a video line and removes 95 from an in-person line', async () => {
      const telehealth = await analyze(edit(video(), 'pos: "11"', 'pos: "10"'));
      const add = action(actionsFor(telehealth, 'GN502'), 'Add modifier 95 for Sarah M. (P001)');
      assert.strictEqual(add.isPreferred, true);
      const added = await apply(telehealth, add);
      assert.strictEqual(count(added, 'GN502', 'P001'), 0);
      assert.deepStrictEqual(added.note.attendees[0].modifiers, ['95']);

      const inPerson = await analyze(
        edit(
          clean(),
          '{ id: P004, name: David C., status: present }',
          '{ id: P004, name: David C., status: present, modifiers: ["95", "59"] }',
        ),
      );
      const removed = await apply(
        inPerson,
        action(actionsFor(inPerson, 'GN502'), 'Remove modifier 95 for David C. (P004)'),
      );
      assert.strictEqual(count(removed, 'GN502'), 0);
      assert.deepStrictEqual(removed.note.attendees[2].modifiers, ['59']);
    });

    it('removes the whole modifiers field when 95 was its only item (block list too)', async () => {
      const before = await analyze(
        edit(
          clean(),
          '  - { id: P004, name: David C., status: present }\n',
          '  - id: P004\n    name: David C.\n    status: present\n    modifiers:\n      - "95"\n',
        ),
      );
      const after = await apply(before, action(actionsFor(before, 'GN502'), /Remove modifier 95/));
      assert.strictEqual(count(after, 'GN502'), 0);
      assert.ok(!after.note.header.has(['attendees', 2, 'modifiers']));
      assert.deepStrictEqual(ruleIds(after), []);
    });
  });

  describe('GN101 missing header field', () => {
    it('adds the field in its usual place with a visible placeholder', async () => {
      const before = await analyze(
        edit(clean(), 'dynamics: Cohesive; members gave each other specific feedback on avoidance patterns.\n', ''),
      );
      const after = await apply(before, action(actionsFor(before, 'GN101'), /Add dynamics/));
      assert.strictEqual(count(after, 'GN101'), 0);
      const lines = after.note.text.split('\n');
      assert.strictEqual(
        lines[lines.indexOf('  - peer feedback') + 1],
        'dynamics: <how members interacted with each other>',
      );
    });

    it('adds a missing NPI with a placeholder that GN107 still rejects', async () => {
      const before = await analyze(edit(clean(), '  npi: "1234567893"\n', ''));
      const after = await apply(before, action(actionsFor(before, 'GN101'), /Add facilitator\.npi/));
      assert.strictEqual(count(after, 'GN101'), 0);
      assert.ok(count(after, 'GN107') > 0, 'a placeholder is never a valid NPI');
    });

    it('adds a whole missing group block', async () => {
      const before = await analyze(
        edit(
          clean(),
          'group:\n  type: CBT-based anxiety management group\n  theme: Coping with anticipatory anxiety and ' +
            'avoidance\n',
          '',
        ),
      );
      const after = await apply(before, action(actionsFor(before, 'GN101'), /Add group/));
      assert.strictEqual(count(after, 'GN101'), 0);
      assert.deepStrictEqual(after.note.header.value?.group, { type: '<group type>', theme: '<session theme>' });
    });
    it('never guesses whether a patient attended: one explicit action per status', async () => {
      const before = await analyze(
        edit(clean(), '{ id: P004, name: David C., status: present }', '{ id: P004, name: David C. }'),
      );
      const statuses = actionsFor(before, 'GN101').filter((candidate) =>
        candidate.title.startsWith('Add David C. (P004): status: '),
      );
      assert.deepStrictEqual(
        statuses.map((candidate) => candidate.title.slice('Add David C. (P004): status: '.length)),
        ['present', 'late', 'left-early', 'absent', 'no-show', 'cancelled'],
      );
      assert.ok(statuses.every((candidate) => !candidate.isPreferred));
      const after = await apply(before, statuses[4]);
      assert.strictEqual(after.note.attendees[2].status, 'no-show');
      assert.strictEqual(count(after, 'GN101'), 0);
    });

    it('adds missing interventions with a placeholder GN105 still rejects', async () => {
      const before = await analyze(
        edit(
          clean(),
          'interventions:\n  - cognitive restructuring\n  - exposure hierarchy practice\n  - peer feedback\n',
          '',
        ),
      );
      const after = await apply(before, action(actionsFor(before, 'GN101'), /Add interventions/));
      assert.strictEqual(count(after, 'GN101'), 0);
      assert.ok(count(after, 'GN105') > 0);
    });
  });

  describe('other rule hints', () => {
    it('GN104: sets the count', async () => {
      const before = await analyze(edit(clean(), 'count: 3', 'count: 4'));
      const after = await apply(before, action(actionsFor(before, 'GN104'), 'Set count to 3'));
      assert.strictEqual(count(after, 'GN104'), 0);
    });

    it('GN206: corrects a mistyped section id', async () => {
      const before = await analyze(edit(clean(), '## David C. (P004)', '## David C. (P0O4)'));
      const after = await apply(before, action(actionsFor(before, 'GN206'), 'Change the section id P0O4 to P004'));
      assert.deepStrictEqual(ruleIds(after), []);
    });

    it('GN106: renames a misspelt key', async () => {
      const before = await analyze(edit(clean(), 'modality: in-person', 'modaltiy: in-person'));
      const after = await apply(before, action(actionsFor(before, 'GN106'), 'Rename modaltiy to modality'));
      assert.deepStrictEqual(ruleIds(after), []);
    });

    it('GN401: splits "F33.1, F41.1" written as one entry', async () => {
      const before = await analyze(edit(clean(), 'dx: [F33.1, F41.1]', 'dx: ["F33.1, F41.1"]'));
      const after = await apply(
        before,
        action(actionsFor(before, 'GN401'), 'Write F33.1, F41.1 as separate list items'),
      );
      assert.strictEqual(count(after, 'GN401'), 0);
      assert.deepStrictEqual(after.note.attendees[1].dx, ['F33.1', 'F41.1']);
    });

    it('GN402: replaces a category with a billable code', async () => {
      const before = await analyze(edit(clean(), 'dx: [F33.1, F41.1]', 'dx: [F33.1, F41]'));
      const replace = actionsFor(before, 'GN402').filter((candidate) => candidate.title.startsWith('Replace F41 with'));
      assert.ok(replace.length > 1, 'one action per candidate code');
      const after = await apply(before, action(replace, /Replace F41 with F41\.1 \(Generalized anxiety disorder\)/));
      assert.strictEqual(count(after, 'GN402'), 0);
    });

    it('GN301: adds a "Plan:" line whose prompt GN108 reports until the plan is written', async () => {
      const before = await analyze(
        edit(clean(), "Plan: practise the thought record twice before next week's group.\n", ''),
      );
      const fix = action(actionsFor(before, 'GN301'), 'Add "Plan: <…>" to Sarah M. (P001)\'s section');
      const after = await apply(before, fix);
      assert.ok(after.note.text.includes('denies SI/HI.\nPlan: <plan until the next session>\n'));
      assert.ok(count(after, 'GN108', 'P001') > 0, 'a prompt is not documentation');
    });
    it('GN301 on an empty section: adds the four labelled lines with prompts, each one reported by GN108', async () => {
      const before = await analyze(edit(clean(), section('Tom R.'), '## Tom R. (P002)\n\n'));
      const after = await apply(
        before,
        action(
          actionsFor(before, 'GN301'),
          new RegExp(
            '^Add "Participation: <…>", "Mood/affect: <…>", "Progress toward G1 \\(.*\\): <…>", "Plan: <…>" ' +
              "to Tom R\\. \\(P002\\)'s section$",
          ),
        ),
      );
      assert.ok(
        after.note.text.includes(
          '## Tom R. (P002)\nParticipation: <what the member did and said>\nMood/affect: <observed mood and affect>\n' +
            'Progress toward G1 (Increase pleasant activities to three per week): <observed progress>\n' +
            'Plan: <plan until the next session>\n\n## David C.',
        ),
      );
      assert.strictEqual(count(after, 'GN108', 'P002'), 4);
    });
    it('GN306: adds a "Progress toward" line for the member\'s goal, before the "Plan:" line', async () => {
      const before = await analyze(
        edit(
          clean(),
          'scheduling two pleasant activities this week, partial\nprogress on G1 (three per week)',
          'a calmer week, partial progress',
        ),
      );
      const fix = action(
        actionsFor(before, 'GN306'),
        /^Add "Progress toward G1 \(.*\): <…>" to Tom R\. \(P002\)'s section$/,
      );
      const after = await apply(before, fix);
      assert.match(after.note.text, /\nProgress toward G1 \([^)]*\): <observed progress>\nPlan: complete/);
      assert.strictEqual(count(after, 'GN306', 'P002'), 0);
      assert.ok(count(after, 'GN108', 'P002') > 0);
    });
    it("GN503 and GN505: append a sentence whose content is a prompt, at the end of the member's section", async () => {
      const audio = clean().replace('modality: in-person', 'modality: audio').replace('pos: "11"', 'pos: "10"');
      const before = await analyze(audio);
      for (const [ruleId, text] of [
        ['GN503', 'Audio only: <why this member could not or would not use video>.'],
        ['GN505', 'Location: <where this member was during the session, with city and state>.'],
      ]) {
        const fix = action(actionsFor(before, ruleId), /^Add ".*: <…>" to Tom R\. \(P002\)'s section$/);
        const after = await apply(before, fix);
        assert.ok(after.note.text.includes(`log SUDS ratings.\n${text}\n`), ruleId);
        assert.ok(count(after, 'GN108', 'P002') > 0, `${ruleId}: the prompt is reported`);
      }
    });

    it('GN305: adds a "Risk:" line whose only content is a prompt, never a safety response nobody wrote', async () => {
      const before = await analyze(
        edit(
          clean(),
          'Denies suicidal ideation, intent or plan.',
          'Reported passive suicidal ideation earlier this week.',
        ),
      );
      const fix = action(actionsFor(before, 'GN305'), /Add "Risk: <…>"/);
      const inserted = fix.edits!.map((item) => item.newText).join('');
      assert.match(inserted, /^Risk: <[^<>]+>\n$/);
      const after = await apply(before, fix);
      assert.ok(count(after, 'GN305', 'P002') + count(after, 'GN108', 'P002') > 0, 'the member stays held back');
    });
  });

  describe('disable directives and docs', () => {
    it('disables a rule for one body line with an HTML comment above it', async () => {
      const tom = section('Tom R.');
      const before = await analyze(
        edit(
          clean(),
          tom,
          '## Tom R. (P002)\nAttended group and was appropriate. Participated appropriately and appeared to ' +
            'benefit.\n\n',
        ),
      );
      const vague = before.findings.filter((finding) => finding.ruleId === 'GN302');
      assert.ok(vague.length, `GN302 expected: ${ruleIds(before).join(', ')}`);
      const others = ruleIds(before).filter((id) => id !== 'GN302');
      const disable = action(
        codeActions(
          before,
          refs(before).filter((ref) => ref.ruleId === 'GN302'),
        ),
        'Disable GN302 for this line',
      );
      const after = await apply(before, disable);
      assert.strictEqual(count(after, 'GN302'), 0);
      assert.deepStrictEqual(ruleIds(after), others, 'only GN302 is silenced');
      const lines = after.note.text.split('\n');
      assert.strictEqual(lines[vague[0].range.start.line], '<!-- groupnote-disable-next-line GN302 -->');
    });

    it('adds a second rule to an existing next-line directive', () => {
      const text = '---\ndate: 2026-11-20\n---\n<!-- groupnote-disable-next-line GN302 -->\nText.\n';
      const note = parseNote(text);
      const at = text.indexOf(' -->');
      assert.deepStrictEqual(disableLineEdit(note, 'GN301', 4), { start: at, end: at + 1, text: ' GN301 ' });
      assert.strictEqual(disableLineEdit(note, 'GN302', 4), undefined, 'already disabled');
    });

    it('disables a rule for one header line with a YAML comment (values unchanged)', async () => {
      const before = await analyze(edit(clean(), 'count: 3', 'count: 4'));
      const after = await apply(before, action(actionsFor(before, 'GN104'), 'Disable GN104 for this line'));
      assert.strictEqual(count(after, 'GN104'), 0);
      assert.strictEqual(after.note.header.value?.count, 4);
      assert.ok(after.note.text.includes('count: 4  # groupnote-disable-line GN104\n'));
    });

    it('never puts a directive inside a multi-line quoted value', () => {
      const text = '---\ndynamics: "Cohesive;\n  members gave\n  feedback"\ncount: 2\n---\n';
      const note = parseNote(text);
      assert.strictEqual(disableLineEdit(note, 'GN105', 2), undefined, 'inside the string');
      const keyLine = text.indexOf('dynamics');
      assert.deepStrictEqual(
        disableLineEdit(note, 'GN105', 1),
        { start: keyLine, end: keyLine, text: '# groupnote-disable-next-line GN105\n' },
        'above the key line',
      );
      const countEnd = text.indexOf('count: 2') + 'count: 2'.length;
      assert.deepStrictEqual(disableLineEdit(note, 'GN104', 4), {
        start: countEnd,
        end: countEnd,
        text: '  # groupnote-disable-line GN104',
      });
    });

    it(
      'offers no directive for a rule locked by noInlineDisable ' + '(GN206 by default); a written one does nothing',
      async () => {
        const before = await analyze(edit(clean(), section('David C.'), ''));
        const titles = actionsFor(before, 'GN206').map((candidate) => candidate.title);
        assert.ok(!titles.some((title) => title.startsWith('Disable GN206')), titles.join(' | '));
        const written = await analyze(before.note.text.replace('---\n', '---\n# groupnote-disable GN206\n'), 2);
        assert.strictEqual(count(written, 'GN206'), 1, 'the locked rule is still reported');
      },
    );

    it('disables a rule for the file as the first header line, merging rule ids', async () => {
      const before = await analyze(edit(clean(), 'count: 3', 'count: 4'));
      const after = await apply(before, action(actionsFor(before, 'GN104'), 'Disable GN104 for this file'));
      assert.strictEqual(count(after, 'GN104'), 0);
      assert.ok(after.note.text.startsWith('---\n# groupnote-disable GN104\ncpt: "90853"'));
      const second = await analyze(edit(after.note.text, 'end: "15:00"', 'end: "14:30"'));
      const merged = await apply(second, action(actionsFor(second, 'GN103'), 'Disable GN103 for this file'));
      assert.ok(merged.note.text.startsWith('---\n# groupnote-disable GN104 GN103\n'));
      assert.deepStrictEqual(ruleIds(merged), []);
    });

    it('shows the documentation with the client command', async () => {
      const before = await analyze(edit(clean(), 'count: 3', 'count: 4'));
      const docs = action(actionsFor(before, 'GN104'), 'Show documentation for GN104');
      assert.deepStrictEqual(docs.command, {
        title: 'Show documentation for GN104',
        command: 'groupnote.showRuleDocs',
        arguments: ['GN104'],
      });
    });
  });

  describe('fix all safe problems', () => {
    it('inserts every missing skeleton and telehealth modifier in one edit, and nothing else', async () => {
      let text = edit(video(), 'pos: "11"', 'pos: "10"');
      text = edit(text, section('Tom R.'), '');
      text = edit(text, section('David C.'), '');
      text = edit(text, 'count: 3', 'count: 4');
      const before = await analyze(text);
      assert.strictEqual(count(before, 'GN206'), 2);
      assert.strictEqual(count(before, 'GN502'), 3);
      assert.strictEqual(
        codeActions(before, refs(before), {}).some((candidate) => candidate.kind === 'source.fixAll.groupnote'),
        false,
        'not computed for the lightbulb',
      );
      const all = codeActions(before, refs(before), { only: ['source.fixAll'] });
      assert.strictEqual(all.length, 1);
      const after = await apply(before, all[0]);
      assert.strictEqual(count(after, 'GN206'), 0);
      assert.strictEqual(count(after, 'GN502'), 0);
      assert.strictEqual(count(after, 'GN104'), 1, 'not a safe fix: the count or the list may be what is wrong');
      assert.deepStrictEqual(
        after.note.sections.map((candidate) => candidate.id),
        ['P001', 'P002', 'P004'],
      );
      assert.ok(
        after.note.text.includes('<plan until the next session>\n\n## David C. (P004)'),
        'a blank line between appended sections',
      );
    });

    it('leaves modifiers alone while the POS contradicts the modality', async () => {
      const before = await analyze(video());
      assert.ok(count(before, 'GN501') && count(before, 'GN502'));
      assert.strictEqual(fixAll(before), undefined);
      assert.ok(!action(actionsFor(before, 'GN502'), /Add modifier 95 for Sarah/).isPreferred);
    });
  });
});

describe('features: code actions on CRLF notes', () => {
  it('keeps CRLF line breaks in inserted sections and header fields', async () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    const withoutDynamics = edit(
      cleanNote(),
      'dynamics: Cohesive; members gave each other specific feedback on avoidance patterns.\n',
      '',
    );
    const text = crlf(withoutDynamics.slice(0, withoutDynamics.indexOf('## David C.')));
    const before = await analyze(text);
    for (const ruleId of ['GN206', 'GN101']) {
      const fix = codeActions(
        before,
        refs(before).filter((ref) => ref.ruleId === ruleId),
      ).find((candidate) => candidate.edits && !candidate.title.startsWith('Disable'));
      assert.ok(fix?.edits, `${ruleId} fix`);
      const after = applyEdits(text, fix.edits);
      assert.ok(!/[^\r]\n/.test(after), `${ruleId}: no bare LF in\n${JSON.stringify(after.slice(-400))}`);
      assert.strictEqual(count(await analyze(after), ruleId), 0);
    }
  });
});
