import * as assert from 'assert';
import { missingClaimFields, relationshipOf } from '../../server/src/billing/claimReadiness';
import type { RosterPatient } from '../../server/src/workspace/types';

function complete(): RosterPatient {
  return {
    id: 'P100',
    name: { last: 'Example', first: 'Pat' },
    dob: '1990-01-01',
    sex: 'F',
    address: { street: '1 Sample Rd', city: 'Anytown', state: 'NY', zip: '100019998' },
    insurance: {
      payer: { name: 'Example Health Plan', id: '99999', type: 'commercial' },
      memberId: 'ZZM1',
      groupNumber: 'GRP1',
      relationship: 'self',
    },
    diagnoses: ['F41.1'],
    plan: { modalities: ['group'], expires: '2027-01-01', goals: [] },
  };
}

describe('claim readiness (GN904, export)', () => {
  const cases: [string, (patient: RosterPatient) => void, string[]][] = [
    ['complete self-insured patient', () => {}, []],
    ['no member id', (p) => delete p.insurance!.memberId, ['insurance.memberId']],
    ['blank member id', (p) => (p.insurance!.memberId = '  '), ['insurance.memberId']],
    ['no payer id', (p) => delete p.insurance!.payer!.id, ['insurance.payer.id']],
    ['no payer at all', (p) => delete p.insurance!.payer, ['insurance.payer.name', 'insurance.payer.id']],
    [
      'no insurance block',
      (p) => delete p.insurance,
      ['insurance.payer.name', 'insurance.payer.id', 'insurance.memberId'],
    ],
    ['no dob', (p) => delete p.dob, ['dob']],
    ['impossible dob', (p) => (p.dob = '1990-02-30'), ['dob']],
    ['no sex', (p) => delete p.sex, ['sex']],
    ['no address', (p) => delete p.address, ['address.street', 'address.city', 'address.state', 'address.zip']],
    ['no zip', (p) => delete p.address!.zip, ['address.zip']],
    ['only a last name', (p) => (p.name = { last: 'Example' }), ['name.first']],
    ['no name', (p) => delete p.name, ['name.last', 'name.first']],
    ['missing relationship reads as self', (p) => delete p.insurance!.relationship, []],
    ['unknown relationship', (p) => (p.insurance!.relationship = 'grandparent'), ['insurance.relationship']],
    [
      'spouse without subscriber',
      (p) => (p.insurance!.relationship = 'spouse'),
      ['insurance.subscriber.name.last', 'insurance.subscriber.name.first'],
    ],
    [
      'child with subscriber name and the subscriber member id only',
      (p) => {
        p.insurance!.relationship = 'Child';
        delete p.insurance!.memberId;
        p.insurance!.subscriber = { name: { last: 'Example', first: 'Sam' }, memberId: 'ZZM0' };
      },
      [],
    ],
    [
      'child without any member id',
      (p) => {
        p.insurance!.relationship = 'child';
        delete p.insurance!.memberId;
        p.insurance!.subscriber = { name: { last: 'Example', first: 'Sam' } };
      },
      ['insurance.memberId'],
    ],
  ];
  for (const [title, change, expected] of cases) {
    it(title, () => {
      const patient = complete();
      change(patient);
      assert.deepStrictEqual(missingClaimFields(patient), expected);
    });
  }

  it('reads relationships leniently', () => {
    const patient = complete();
    assert.strictEqual(relationshipOf(patient), 'self');
    patient.insurance!.relationship = ' Spouse ';
    assert.strictEqual(relationshipOf(patient), 'spouse');
    patient.insurance!.relationship = 'parent';
    assert.strictEqual(relationshipOf(patient), undefined);
  });
});
