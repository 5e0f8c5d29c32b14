import * as fs from 'fs';
import { fileURLToPath } from 'url';
import * as assert from 'assert';
import { parseNote } from '../../server/src/parse/parseNote';
import { hover, type MemberHistory } from '../../server/src/service/features';
import { indexNote } from '../../server/src/workspace/noteIndex';
import { NotesByDate } from '../../server/src/workspace/notesByDate';
import { analyze, cleanNote, edit } from '../support/features';

/** Hover at the first character of `target` (the `nth` occurrence) in `text`. */
async function hoverOn(text: string, target: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(target, at + 1);
  assert.ok(at >= 0, `"${target}" in the note`);
  return hover(await analyze(text), at + 1)?.markdown ?? '';
}

describe('features: hover', () => {
  it('shows the ICD-10-CM title of a dx code, and says when a code is a category', async () => {
    assert.match(await hoverOn(cleanNote(), 'F33.1'), /\*\*F33\.1\*\* Major depressive disorder, recurrent, moderate/);
    assert.match(
      await hoverOn(edit(cleanNote(), 'dx: [F33.1, F41.1]', 'dx: [F33.1, F41]'), 'F41]'),
      /Category, not a billable code/,
    );
  });

  it('names the place of service, the modifier and the CPT code', async () => {
    assert.match(await hoverOn(cleanNote(), '"11"'), /POS 11\*\* Office/);
    const telehealth = edit(
      edit(cleanNote(), 'pos: "11"', 'pos: "02"'),
      '{ id: P004, name: David C., status: present }',
      '{ id: P004, name: David C., status: present, modifiers: ["95", XE] }',
    );
    assert.match(await hoverOn(telehealth, '"02"'), /Telehealth Provided Other than in Patient's Home/);
    assert.match(await hoverOn(telehealth, '"95"'), /Modifier 95\*\* Telehealth: synchronous audio-video/);
    assert.match(await hoverOn(telehealth, 'XE'), /Separate encounter/);
    assert.match(await hoverOn(cleanNote(), '90853'), /Group psychotherapy \(other than multiple-family group\)/);
  });

  it('documents header keys', async () => {
    assert.match(await hoverOn(cleanNote(), 'interventions:'), /\*\*interventions\*\* \(required\)[\s\S]*GN105/);
  });

  it('shows the roster goals and plan expiry on a member heading and on an attendee id', async () => {
    const heading = await hoverOn(cleanNote(), '## Sarah M.');
    assert.match(heading, /\*\*Sarah M\. \(P001\)\*\* — present/);
    assert.match(heading, /\*\*G1\*\* Reduce catastrophic thinking about work performance/);
    assert.match(heading, /\*\*G2\*\* Use a thought record when anxious/);
    assert.match(heading, /Plan expires 2027-03-01/);
    assert.match(await hoverOn(cleanNote(), 'P004'), /Attend work meetings without leaving early/);
  });

  it('flags a plan that has expired on the date of service', async () => {
    const late = edit(
      edit(cleanNote(), 'date: 2026-11-20\nstart', 'date: 2027-04-01\nstart'),
      '  date: 2026-11-20\n---',
      '  date: 2027-04-01\n---',
    );
    assert.match(await hoverOn(late, '## Tom R.'), /expired\*\* on the date of service/);
  });

  it('explains the rule behind a diagnostic, with its documentation link', async () => {
    const text = edit(cleanNote(), 'count: 3', 'count: 4');
    const markdown = await hoverOn(text, ' 4\nattendees');
    assert.match(markdown, /\*\*GN104\*\* count-mismatch — /);
    // The page bundled with GroupNote, on this computer (no web address that may not exist).
    const link = /\[Documentation\]\((file:[^)]+)\)/.exec(markdown)?.[1];
    assert.ok(link && link.endsWith('/docs/rules/GN104.md'), markdown);
    assert.ok(fs.existsSync(fileURLToPath(link)), link);
  });

  it('is silent on plain prose', async () => {
    const text = cleanNote();
    assert.strictEqual(hover(await analyze(text), text.indexOf('fidgeting')), undefined);
  });

  describe("the patient's earlier sessions on a member heading", () => {
    /** The clean note on `date` at `file:///w/<date>.group.md`, indexed. */
    const session = (date: string, text = cleanNote()) =>
      indexNote(parseNote(text.replace(/2026-11-20/g, date), `file:///w/${date}.group.md`));
    const weekly = ['2026-10-02', '2026-10-09', '2026-10-16', '2026-10-23', '2026-10-30', '2026-11-06', '2026-11-13'];

    async function headingHover(history: MemberHistory | undefined, heading = '## Sarah M.') {
      const text = cleanNote();
      return hover(await analyze(text), text.indexOf(heading) + 1, history)?.markdown ?? '';
    }

    it('lists the 5 most recent sessions before this note, newest first, with links; not later ones', async () => {
      const notes = new NotesByDate([...weekly, '2026-11-27'].map((date) => session(date)));
      const markdown = await headingHover({ notes });
      assert.match(markdown, /Earlier sessions \(5 most recent of 7\):/);
      const links = [...markdown.matchAll(/- \[(\d{4}-\d{2}-\d{2})\]\((file:[^)]+)\)/g)];
      assert.deepStrictEqual(
        links.map((link) => link[1]),
        ['2026-11-13', '2026-11-06', '2026-10-30', '2026-10-23', '2026-10-16'],
      );
      assert.strictEqual(links[0][2], 'file:///w/2026-11-13.group.md');
      assert.doesNotMatch(markdown, /2026-11-27/);
    });

    it('marks the sessions that document no progress for this patient, and only for them', async () => {
      const withoutProgress = cleanNote().replace(
        /Progress toward goal G1 \(reduce\ncatastrophic thinking\): rated belief [^.]*\./,
        'Described the thought at length.',
      );
      assert.notStrictEqual(withoutProgress, cleanNote());
      const notes = new NotesByDate([session('2026-11-06'), session('2026-11-13', withoutProgress)]);
      const sarah = await headingHover({ notes });
      assert.match(sarah, /- \[2026-11-13\]\(file:\/\/\/w\/2026-11-13\.group\.md\) — no progress documented\n/);
      assert.doesNotMatch(sarah, /2026-11-06\]\([^)]+\) — no progress/);
      assert.doesNotMatch(await headingHover({ notes }, '## Tom R.'), /no progress documented/);
    });

    it('says when there is no earlier session, and shows nothing of the history without the index', async () => {
      assert.match(await headingHover({ notes: new NotesByDate() }), /No earlier session of this patient/);
      const alone = await headingHover(undefined);
      assert.match(alone, /\*\*G1\*\*/);
      assert.doesNotMatch(alone, /session of this patient|Earlier sessions/);
    });

    it('shows the most similar earlier section when the history index can tell (GN307 hook)', async () => {
      const notes = new NotesByDate([session('2026-11-13')]);
      const asked: string[] = [];
      const markdown = await headingHover({
        notes,
        mostSimilarEarlierSection: (patientId, uri) => {
          asked.push(`${patientId} ${uri.split('/').pop()}`);
          return { uri: 'file:///w/2026-11-13.group.md', date: '2026-11-13', similarity: 0.874 };
        },
      });
      assert.deepStrictEqual(asked, ['P001 note.group.md']);
      assert.match(
        markdown,
        /Most similar earlier section: 87% like \[2026-11-13\]\(file:\/\/\/w\/2026-11-13\.group\.md\)/,
      );
    });
  });
});
