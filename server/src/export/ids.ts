import { createHash } from 'crypto';

const BASE32 = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no I, O, 0, 1: easy to read over the phone

/**
 * CLM01 / CMS-1500 box 26 (patient account number): `GN` + service date YYMMDD + 10 characters of
 * a SHA-256 over billing NPI, patient id, date, CPT and revision — 18 characters, deterministic,
 * no names, no patient id in clear. Revision 0 is the original claim, 1.. its replacements.
 */
export function claimIdFor(input: {
  billingNpi: string;
  patientId: string;
  serviceDate: string;
  cpt: string;
  revision: number;
}): string {
  const digest = createHash('sha256')
    .update([input.billingNpi, input.patientId, input.serviceDate, input.cpt, String(input.revision)].join('\u0000'))
    .digest();
  let code = '';
  for (let i = 0; i < 10; i++) code += BASE32[digest[i] % 32];
  return `GN${input.serviceDate.replace(/-/g, '').slice(2)}${code}`;
}

/** Namespace of GroupNote's name-based (v5) UUIDs. */
const NAMESPACE = Buffer.from('6f1b7f7e4d0a5c3e9b2a1c4d5e6f7a8b', 'hex');

/** RFC 4122 version 5 UUID (SHA-1, name-based): the same name always gives the same UUID. */
export function uuidFor(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function sha256Hex(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}
