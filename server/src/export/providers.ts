import { asRecord, asText } from '../parse/values';
import { normaliseTitle, readCredential } from '../billing/credentials';
import { describeNpiProblem, npiProblem } from '../billing/npi';
import type { PayerRules } from '../billing/payerRules';
import type { ClaimProvider } from './types';

/**
 * The rendering provider of a group claim: the facilitator, or their supervisor when the
 * facilitator is pre-licensed (LMSW, LPC-A, AMFT, intern ...; see billing/credentials.ts)
 * or when the payer's rules in practice.yaml say `requireSupervisor: true` and a supervisor is named.
 */

export type ProviderResult = { ok: true; provider: ClaimProvider } | { ok: false; field: string; problem: string };

export function renderingProvider(
  header: Record<string, unknown> | undefined,
  payerRules: PayerRules | undefined,
): ProviderResult {
  const facilitator = asRecord(header?.facilitator);
  if (!facilitator) return { ok: false, field: 'facilitator', problem: 'facilitator is missing' };
  const credential = asText(facilitator.credential)?.trim() ?? '';
  const supervisor = asRecord(facilitator.supervisor);
  const preLicensed = readCredential(credential).kind === 'prelicensed';
  if (preLicensed || (payerRules?.requireSupervisor && supervisor)) {
    if (!supervisor)
      return {
        ok: false,
        field: 'facilitator.supervisor',
        problem:
          `facilitator credential ${credential} is pre-licensed: the claim is billed under a supervisor, and ` +
          `none is named`,
      };
    return person(supervisor, 'facilitator.supervisor', 'supervisor');
  }
  return person(facilitator, 'facilitator', 'facilitator');
}

function person(record: Record<string, unknown>, field: string, role: ClaimProvider['role']): ProviderResult {
  const npi = asText(record.npi)?.trim() ?? '';
  const problem = npiProblem(npi);
  if (problem) return { ok: false, field: `${field}.npi`, problem: `${field}.npi ${describeNpiProblem(npi, problem)}` };
  const name = splitName(asText(record.name) ?? '');
  if (!name.last) return { ok: false, field: `${field}.name`, problem: `${field}.name is missing` };
  const credential = asText(record.credential)?.trim() || undefined;
  return {
    ok: true,
    provider: { npi, ...name, credential, taxonomy: credential ? taxonomyFor(credential) : undefined, role },
  };
}

/**
 * "Dana Reyes, LCSW" -> { first: "Dana", last: "Reyes" }; "Dr. Ana de la Cruz" -> { first: "Ana", last: "de la Cruz" }.
 */
export function splitName(text: string): { first: string; last: string } {
  const words = text.split(',')[0].trim().split(/\s+/).filter(Boolean);
  while (words.length > 1 && /^(dr|mr|mrs|ms|mx)\.?$/i.test(words[0])) words.shift();
  if (words.length === 0) return { first: '', last: '' };
  if (words.length === 1) return { first: '', last: words[0] };
  // Lower-case particles belong to the last name ("de la Cruz", "van Dijk").
  let lastStart = words.length - 1;
  while (lastStart > 1 && /^(de|del|la|le|van|von|der|den|da|di|du|dos|das|bin|ibn|al)$/.test(words[lastStart - 1]))
    lastStart--;
  return { first: words.slice(0, lastStart).join(' '), last: words.slice(lastStart).join(' ') };
}

/** NUCC provider taxonomy codes (public) for the credentials GroupNote bills under. */
const TAXONOMY: Record<string, string> = {
  LCSW: '1041C0700X',
  LICSW: '1041C0700X',
  LISW: '1041C0700X',
  LMFT: '106H00000X',
  LCMFT: '106H00000X',
  LPC: '101YP2500X',
  LPCC: '101YP2500X',
  LCPC: '101YP2500X',
  LPCMH: '101YP2500X',
  LCMHC: '101YP2500X',
  LPMHC: '101YP2500X',
  LMHC: '101YM0800X',
  LMHP: '101YM0800X',
  LIMHP: '101YM0800X',
  PHD: '103TC0700X',
  PSYD: '103TC0700X',
  EDD: '103TC0700X',
  LP: '103TC0700X',
  MD: '2084P0800X',
  DO: '2084P0800X',
  PMHNP: '363LP0808X',
  NP: '363L00000X',
  APRN: '363L00000X',
  ARNP: '363L00000X',
  CRNP: '363L00000X',
  FNP: '363LF0000X',
  CNS: '364SP0808X',
  PMHCNS: '364SP0808X',
  PA: '363A00000X',
};

/** The taxonomy of the first title of the credential that has one ("PhD, LCSW" -> psychologist). */
export function taxonomyFor(credential: string): string | undefined {
  for (const title of readCredential(credential).titles) {
    const base = normaliseTitle(title).replace(/[()]/g, '').split('-')[0];
    if (TAXONOMY[base]) return TAXONOMY[base];
  }
  return undefined;
}
