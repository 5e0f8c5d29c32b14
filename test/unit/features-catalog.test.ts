import * as assert from 'assert';
import { readCredential } from '../../server/src/billing/credentials';
import { ASSIGNED_POS_CODES } from '../../server/src/billing/codeSets';
import { interventionClassifier } from '../../server/src/billing/interventions';
import { CREDENTIALS, INTERVENTIONS, MODIFIERS, POS_CODES } from '../../server/src/service/features/catalog';

describe('features: catalog', () => {
  it('lists only assigned CMS place-of-service codes, each once', () => {
    const codes = POS_CODES.map((entry) => entry.code);
    assert.deepStrictEqual(
      codes.filter((code) => !ASSIGNED_POS_CODES.has(code)),
      [],
    );
    assert.strictEqual(new Set(codes).size, codes.length);
    assert.deepStrictEqual(
      POS_CODES.filter((entry) => entry.telehealth)
        .map((entry) => entry.code)
        .sort(),
      ['02', '10'],
    );
  });

  it('lists two-character modifiers, each once, with GT/GQ marked legacy', () => {
    assert.ok(MODIFIERS.every((entry) => /^[A-Z0-9]{2}$/.test(entry.code)));
    assert.strictEqual(new Set(MODIFIERS.map((entry) => entry.code)).size, MODIFIERS.length);
    assert.deepStrictEqual(
      MODIFIERS.filter((entry) => entry.legacy).map((entry) => entry.code),
      ['GT', 'GQ'],
    );
  });

  it('offers only interventions that GN105 reads as named techniques', () => {
    const classifier = interventionClassifier();
    assert.deepStrictEqual(
      INTERVENTIONS.filter((entry) => !classifier.isSpecific(entry.name)).map((entry) => entry.name),
      [],
    );
  });

  it('classifies credentials the way GN801/GN802 do', () => {
    for (const credential of CREDENTIALS)
      assert.strictEqual(readCredential(credential.code).kind === 'billable', credential.billable, credential.code);
    assert.deepStrictEqual(
      CREDENTIALS.filter((credential) => !credential.billable).map((credential) => credential.code),
      ['LMSW', 'LPC-A', 'AMFT', 'LCSW-A'],
    );
  });
});
