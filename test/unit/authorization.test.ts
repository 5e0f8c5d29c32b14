import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkNote } from '../../server/src/engine/checkNote';
import { parseNote } from '../../server/src/parse/parseNote';
import { gn906 } from '../../server/src/rules/plan/GN906-authorization';
import { loadWorkspace } from '../../server/src/workspace/loadWorkspace';
import { indexNote } from '../../server/src/workspace/noteIndex';
import { NotesByDate } from '../../server/src/workspace/notesByDate';
import { readRoster } from '../../server/src/workspace/roster';
import { fixturesDir } from '../support/paths';

const passing = fs.readFileSync(path.join(fixturesDir, 'rules', 'GN906', 'pass-authorized.group.md'), 'utf8');

/** GN906's findings on the passing fixture with its date, code and other notes changed. */
async function gn906On(
  edit: { date?: string; cpt?: string },
  others: { date: string; uri: string }[] = [],
): Promise<{ severity: string; message: string }[]> {
  const workspace = await loadWorkspace(fixturesDir);
  let text = passing.replace(/^date: 2026-11-20$/m, `date: ${edit.date ?? '2026-11-20'}`);
  if (edit.cpt) text = text.replace(/^cpt: "90853"$/m, `cpt: "${edit.cpt}"`);
  const index = new NotesByDate(
    others.map(({ date, uri }) => indexNote(parseNote(text.replace(/^date: .*$/m, `date: ${date}`), uri))),
  );
  const note = parseNote(text, 'file:///w/this.group.md');
  return checkNote(note, { workspace, otherNotes: index, today: '2027-12-31', rules: [gn906] }).map((finding) => ({
    severity: finding.severity,
    message: finding.message,
  }));
}

describe('GN906 authorization', () => {
  it('reads authorizations from the roster, codes upper-cased, units only as whole numbers', () => {
    const { roster } = readRoster(
      {
        patients: [
          { id: 'A1', authorizations: [{ number: 'X1', codes: ['90853', 'g0410'], units: '6', from: '2026-01-01' }] },
          { id: 'A2', authorizations: [{ codes: [90853], units: 2.5 }] },
        ],
      },
      'roster.yaml',
    );
    assert.deepStrictEqual(roster.patients.get('A1')?.authorizations, [
      { number: 'X1', codes: ['90853', 'G0410'], units: 6, from: '2026-01-01', to: undefined, index: 0 },
    ]);
    assert.deepStrictEqual(roster.patients.get('A2')?.authorizations?.[0].number, '');
    assert.strictEqual(roster.patients.get('A2')?.authorizations?.[0].units, undefined);
  });

  it('a code the authorization does not cover is an error that names the code', async () => {
    const findings = await gn906On({ cpt: '90849' });
    assert.strictEqual(findings.length, 1);
    assert.strictEqual(findings[0].severity, 'error');
    assert.match(findings[0].message, /90849 is not a code the authorization on file for 2026-11-20 covers/);
  });

  it('a date before the authorization starts is an error', async () => {
    const findings = await gn906On({ date: '2026-08-31' });
    assert.deepStrictEqual(
      findings.map((finding) => finding.severity),
      ['error'],
    );
    assert.match(findings[0].message, /2026-08-31 is outside the dates/);
  });

  it('units are counted over the earlier notes of the patient, in date order, not the later ones', async () => {
    const earlier = Array.from({ length: 21 }, (_, at) => ({
      date: `2026-10-${String(at + 1).padStart(2, '0')}`,
      uri: `file:///w/e${at}.group.md`,
    }));
    // 21 earlier sessions + this one = 22 of 24: 2 left is information.
    const few = await gn906On({}, [...earlier, { date: '2026-12-01', uri: 'file:///w/later.group.md' }]);
    assert.deepStrictEqual(
      few.map((finding) => finding.severity),
      ['info'],
    );
    assert.match(few[0].message, /2 units left after this session/);
    // The same date: the note whose uri sorts first comes first.
    const sameDay = [
      ...earlier,
      ...['a', 'b', 'c'].map((name) => ({ date: '2026-11-20', uri: `file:///w/${name}.group.md` })),
    ];
    const past = await gn906On({}, sameDay);
    assert.deepStrictEqual(
      past.map((finding) => finding.severity),
      ['error'],
    );
    assert.match(past[0].message, /number 25 under PA-72-001 .*past the 24 units allowed/);
  });

  it('an authorization ending within 14 days is information; a patient with none on file gets nothing', async () => {
    const ending = await gn906On({ date: '2027-06-20' });
    assert.deepStrictEqual(
      ending.map((finding) => finding.severity),
      ['info'],
    );
    assert.match(ending[0].message, /ends 2027-06-30 \(10 days after this session\)/);
    assert.deepStrictEqual(await gn906On({ date: '2027-06-10' }), []);
  });
});
