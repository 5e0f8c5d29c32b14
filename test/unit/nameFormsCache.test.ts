/**
 * nameForms / nameWords are cached per roster record and attendee id and name: the cache must never mix attendees or
 * records.
 */
import * as assert from 'assert';
import type { Attendee } from '../../server/src/model/note';
import { nameForms, nameWords } from '../../server/src/prose/names';
import type { RosterPatient } from '../../server/src/workspace/types';

const attendee = (id: string, name: string): Attendee =>
  ({ index: 0, id, name, status: 'present', billable: true, dx: [], modifiers: [] }) as unknown as Attendee;

describe('prose: name forms cache', () => {
  it('gives the same forms for the same attendee and record, and others for any change', () => {
    const patient = { id: 'P001', name: { first: 'Sarah', last: 'Miller' }, diagnoses: [] } as unknown as RosterPatient;
    const other = { id: 'P001', name: { first: 'Sara', last: 'Milner' }, diagnoses: [] } as unknown as RosterPatient;
    const forms = nameForms(attendee('P001', 'Sarah M.'), patient);
    assert.strictEqual(nameForms(attendee('P001', 'Sarah M.'), patient), forms);
    assert.deepStrictEqual(
      forms.map((form) => form.text),
      [
        'Sarah M.',
        'Sarah M',
        'Sarah',
        'Sarah Miller',
        'Mr. Miller',
        'Ms. Miller',
        'Mrs. Miller',
        'Mx. Miller',
        'Mr Miller',
        'Ms Miller',
        'Mrs Miller',
        'Mx Miller',
        'Miss Miller',
      ],
    );
    assert.ok(nameForms(attendee('P001', 'Sarah M.'), other).some((form) => form.text === 'Sara Milner'));
    assert.deepStrictEqual(nameForms(attendee('P002', 'Sarah M.'), patient)[0].attendeeId, 'P002');
    assert.deepStrictEqual(
      nameForms(attendee('P001', 'Tom R.')).map((form) => form.text),
      ['Tom R.', 'Tom R', 'Tom'],
    );
    assert.deepStrictEqual([...nameWords(nameForms(attendee('P001', 'Tom R.')))], ['tom', 'r']);
    assert.strictEqual(nameWords(forms), nameWords(forms));
  });
});
