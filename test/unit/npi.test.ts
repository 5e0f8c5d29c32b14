import * as assert from 'assert';
import { describeNpiProblem, isValidNpi, npiProblem, passesLuhn } from '../../server/src/billing/npi';

describe('NPI check digit (shared/npi.ts)', () => {
  it('accepts the CMS example 1234567893 and rejects 1234567890', () => {
    assert.strictEqual(isValidNpi('1234567893'), true);
    assert.strictEqual(isValidNpi('1234567890'), false);
  });

  it('accepts the fixture NPIs', () => {
    for (const npi of ['1999999992', '1543219871', '1887766552', '1314159264', '1665544338'])
      assert.strictEqual(isValidNpi(npi), true, npi);
  });

  it('catches a single mistyped digit and adjacent transpositions', () => {
    const valid = '1234567893';
    for (let position = 0; position < 10; position++) {
      for (let digit = 0; digit < 10; digit++) {
        const typo = valid.slice(0, position) + digit + valid.slice(position + 1);
        if (typo !== valid) assert.strictEqual(isValidNpi(typo), false, typo);
      }
    }
    for (let position = 0; position < 9; position++) {
      const swapped = valid.slice(0, position) + valid[position + 1] + valid[position] + valid.slice(position + 2);
      // Luhn misses only the 0<->9 swap; 1234567893 has none.
      if (swapped !== valid) assert.strictEqual(isValidNpi(swapped), false, swapped);
    }
  });

  it('needs exactly 10 digits, no spaces, dashes or letters', () => {
    for (const npi of ['123456789', '12345678930', '123-456-7893', '1234 567893', 'A234567893', '', ' 1234567893'])
      assert.strictEqual(isValidNpi(npi), false, JSON.stringify(npi));
  });

  it('computes Luhn the standard way (credit-card example)', () => {
    assert.strictEqual(passesLuhn('79927398713'), true);
    assert.strictEqual(passesLuhn('79927398710'), false);
  });

  it('explains what is wrong', () => {
    assert.strictEqual(npiProblem('1234567893'), undefined);
    assert.strictEqual(npiProblem(' 1234567893 '), undefined);
    assert.strictEqual(npiProblem(''), 'empty');
    assert.strictEqual(npiProblem('123-456-7893'), 'not-digits');
    assert.strictEqual(npiProblem('123456789'), 'length');
    assert.strictEqual(npiProblem('1234567890'), 'check-digit');
    assert.match(describeNpiProblem('123456789', 'length'), /9 digits/);
    assert.doesNotMatch(
      describeNpiProblem('1234567890', 'check-digit'),
      /1234567893/,
      'never proposes a "corrected" NPI',
    );
  });
});
