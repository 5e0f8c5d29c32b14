import * as assert from 'assert';
import { readCredential, type CredentialClass } from '../../server/src/billing/credentials';

/** GN801 / GN802: reading credentials as clinicians write them. */
describe('credential reading (GN801 / GN802)', () => {
  const table: [string, CredentialClass][] = [
    ['LCSW', 'billable'],
    ['lcsw', 'billable'],
    ['L.C.S.W.', 'billable'],
    ['LCSW-R', 'billable'],
    ['LCSW-C', 'billable'],
    ['LICSW', 'billable'],
    ['Ph.D.', 'billable'],
    ['PhD, LCSW', 'billable'],
    ['Psy.D.', 'billable'],
    ['MD', 'billable'],
    ['D.O.', 'billable'],
    ['PMHNP-BC', 'billable'],
    ['APRN', 'billable'],
    ['PA-C', 'billable'],
    ['LMFT', 'billable'],
    ['LPC', 'billable'],
    ['LCPC', 'billable'],
    ['LMHC', 'billable'],
    ['LPCC', 'billable'],
    ['Licensed Clinical Social Worker', 'billable'],
    ['Licensed Marriage and Family Therapist', 'billable'],
    ['MSW, LCSW', 'billable'],
    ['LMSW', 'prelicensed'],
    ['LPC-A', 'prelicensed'],
    ['LPCA', 'prelicensed'],
    ['AMFT', 'prelicensed'],
    ['LCSW-A', 'prelicensed'],
    ['LGSW', 'prelicensed'],
    ['LMHC-A', 'prelicensed'],
    ['LMFT Associate', 'prelicensed'],
    ['MSW intern', 'prelicensed'],
    ['PhD, psychology resident', 'prelicensed'],
    ['Postdoctoral fellow', 'prelicensed'],
    ['Licensed Master Social Worker', 'prelicensed'],
    ['LMSW (supervisee)', 'prelicensed'],
    ['RN', 'other'],
    ['MSW', 'other'],
    ['MA, CADC', 'other'],
    ['BA', 'other'],
    ['CASAC', 'other'],
    ['Peer specialist', 'other'],
  ];
  for (const [credential, kind] of table)
    it(`${credential} -> ${kind}`, () => assert.strictEqual(readCredential(credential).kind, kind));
});
