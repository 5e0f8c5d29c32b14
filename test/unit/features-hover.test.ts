import * as fs from 'fs';
import { fileURLToPath } from 'url';
import * as assert from 'assert';
import { hover } from '../../server/src/service/features';
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
});
