import { createContext } from '../engine/checkNote';
import type { HeldBack, SuppressedError } from '../../../protocol/src/protocol';
import type { Attendee, ParsedNote } from '../model/note';
import { dateText, isRealDate } from '../parse/values';
import { authorizationNumber } from '../billing/authorizations';
import { cptEntries, noteCpt } from '../billing/billingCodes';
import { missingClaimFields, relationshipOf } from '../billing/claimReadiness';
import { diagnosisEntries } from '../billing/diagnosisEntries';
import { attendeeEntryRange, effectivePos } from '../model/headerFields';
import type { Finding } from '../rules/types';
import type { WorkspaceData } from '../workspace/loadWorkspace';
import type { RosterAddress, RosterPatient } from '../workspace/types';
import { gateNote, gateReasons, heldBack } from './gating';
import { parsedNoteSha256 } from './ledger';
import type { PayerRules } from '../billing/payerRules';
import { renderingProvider, type ProviderResult } from './providers';
import type { ClaimAddress, ClaimPayer, ClaimPerson, DraftClaim, Relationship, ServiceLine } from './types';

/**
 * Notes -> claims. One claim per billable attendee (present / late / left-early) of a note that
 * nothing blocks: the note's CPT (90853 or 90849), one unit, the patient's own diagnoses (note
 * `dx`, else the roster's) with pointers, the line's modifiers as written, the place of service
 * (attendee override or header), the facilitator (or supervisor) as rendering provider, the
 * patient's payer and member id, the charge from practice.yaml `fees`, and a second line for an
 * `addOns: [90785]`. Absent / no-show / cancelled attendees never get a claim.
 *
 * Anything a claim would need and lacks holds that claim back with a message naming the patient
 * id and the field (never the patient's name).
 */

export const GROUP_CODES: readonly string[] = ['90853', '90849'];
/** Add-on codes allowed on each group code (90785 interactive complexity goes with 90853 only). */
const ADD_ONS: Record<string, readonly string[]> = { '90853': ['90785'], '90849': [] };
/** Modifiers a telehealth line carries; they go on the add-on line too. */
const TELEHEALTH_MODIFIERS: readonly string[] = ['95', '93', 'GT', 'GQ', 'FQ'];
const MAX_DIAGNOSES = 12;
const MAX_POINTERS = 4;
const MAX_MODIFIERS = 4;

/** SBR09 claim filing indicator by roster `insurance.payer.type` (missing: commercial). */
const FILING_INDICATORS: Record<string, string> = {
  medicare: 'MB',
  medicaid: 'MC',
  commercial: 'CI',
  bcbs: 'BL',
  'blue cross': 'BL',
  tricare: 'CH',
  hmo: 'HM',
  'workers-comp': 'WC',
  va: 'VA',
};

export interface CollectInput {
  note: ParsedNote;
  /** File path of the note (for the ledger) and its URI (for held-back items). */
  path: string;
  uri: string;
  /** `checkNote(note, { mode: 'export', ... })`. */
  findings: readonly Finding[];
  /** Must hold the roster and the practice. */
  workspace: WorkspaceData;
  /** Findings an inline directive silenced (`CheckOptions.suppressed`). */
  suppressed?: readonly Finding[];
}

export interface Collected {
  drafts: DraftClaim[];
  heldBack: HeldBack[];
  /** Silenced errors that concern a drafted claim: about the whole note, or about that patient. */
  suppressed: SuppressedError[];
}

export function collectClaims(input: CollectInput): Collected {
  const { note, uri, workspace } = input;
  const gate = gateNote(uri, input.findings);
  const result: Collected = { drafts: [], heldBack: gateReasons(gate), suppressed: [] };
  const billable = note.attendees.filter((attendee) => attendee.billable);
  if (gate.note.length > 0 || billable.length === 0) return result;

  const roster = workspace.roster;
  const practice = workspace.practice;
  const holdNote = (reason: string, path: (string | number)[]) =>
    result.heldBack.push(heldBack(uri, reason, note.header.rangeOf(path).start));
  if (!roster || !practice) {
    holdNote('roster.yaml and practice.yaml are needed to export claims', []);
    return result;
  }
  const serviceDate = dateText(note.header.value?.date);
  if (!serviceDate || !isRealDate(serviceDate)) {
    holdNote('the note has no valid date of service (date: YYYY-MM-DD)', ['date']);
    return result;
  }
  const cpt = noteCpt(note);
  if (!GROUP_CODES.includes(cpt)) {
    holdNote(`cpt ${cpt} is not a group psychotherapy code (90853 or 90849)`, ['cpt']);
    return result;
  }
  if (practice.fees[cpt] === undefined) {
    holdNote(`practice.yaml fees has no charge for ${cpt}`, ['cpt']);
    return result;
  }

  const context = createContext(note, { workspace, mode: 'export' });
  // The rendering provider depends on the note and the payer only: worked out once per payer, not per attendee.
  const providers = new Map<PayerRules | undefined, ProviderResult>();
  const providerFor = (rules: PayerRules | undefined): ProviderResult => {
    let provider = providers.get(rules);
    if (!provider) providers.set(rules, (provider = renderingProvider(note.header.value, rules)));
    return provider;
  };
  for (const attendee of billable) {
    if (gate.attendees.has(attendee.id)) continue;
    const position = attendeeEntryRange(note, attendee).start;
    const built = buildDraft({
      input,
      attendee,
      patient: attendee.id ? roster.patients.get(attendee.id) : undefined,
      serviceDate,
      cpt,
      fees: practice.fees,
      payers: practice.payers,
      providerFor,
      context,
      position,
    });
    if ('draft' in built) result.drafts.push(built.draft);
    else result.heldBack.push(heldBack(uri, built.reason, position, built.ruleId, attendee.id || undefined));
  }
  const drafted = new Set(result.drafts.map((draft) => draft.patientId));
  for (const finding of input.suppressed ?? []) {
    if (finding.severity !== 'error' || (finding.attendeeId && !drafted.has(finding.attendeeId))) continue;
    if (!result.drafts.length) break;
    result.suppressed.push({
      uri,
      ruleId: finding.ruleId,
      ...(finding.attendeeId ? { attendeeId: finding.attendeeId } : {}),
      message: finding.message,
      line: finding.range.start.line,
      character: finding.range.start.character,
    });
  }
  return result;
}

interface DraftInput {
  input: CollectInput;
  attendee: Attendee;
  patient: RosterPatient | undefined;
  serviceDate: string;
  cpt: string;
  fees: Record<string, number>;
  payers: NonNullable<WorkspaceData['practice']>['payers'];
  providerFor: (payerRules: PayerRules | undefined) => ProviderResult;
  context: ReturnType<typeof createContext>;
  position: { line: number; character: number };
}

type Built = { draft: DraftClaim } | { reason: string; ruleId?: string };

function buildDraft(d: DraftInput): Built {
  const { attendee, patient, cpt, serviceDate, context } = d;
  const note = d.input.note;
  const id = attendee.id;
  if (!id) return { reason: `attendee #${attendee.index + 1} has no id, so no roster record to bill` };
  if (!patient) return { reason: `${id} is not in roster.yaml: no insurance to bill`, ruleId: 'GN901' };
  const missing = missingClaimFields(patient);
  if (missing.length > 0)
    return { reason: `${id}: roster.yaml lacks ${missing.join(', ')} (needed for the claim)`, ruleId: 'GN904' };

  const insurance = patient.insurance!;
  const relationship = relationshipOf(patient) as Relationship;
  const payerType = (insurance.payer?.type ?? 'commercial').trim().toLowerCase();
  const filingIndicator = FILING_INDICATORS[payerType];
  if (!filingIndicator)
    return {
      reason: `${id}: roster.yaml insurance.payer.type "${payerType}" is not one of medicare, medicaid, commercial`,
      ruleId: 'GN904',
    };
  const payer: ClaimPayer = {
    id: insurance.payer!.id!.trim(),
    name: insurance.payer!.name!.trim(),
    type: payerType,
    filingIndicator,
  };

  const patientAddress = claimAddress(patient.address);
  if (!patientAddress.ok)
    return { reason: `${id}: roster.yaml address.${patientAddress.field} ${patientAddress.problem}`, ruleId: 'GN904' };

  const rendering = d.providerFor(d.payers[payer.id]);
  if (!rendering.ok) return { reason: `${id}: ${rendering.problem}` };

  const pos = effectivePos(note, attendee).code;
  if (!pos || !/^\d{2}$/.test(pos))
    return { reason: `${id}: place of service ${pos ? `"${pos}" is not a two-digit code` : 'is missing'} (pos)` };

  const diagnoses: string[] = [];
  for (const entry of diagnosisEntries(context, attendee)) {
    if (!entry.shaped) return { reason: `${id}: diagnosis "${entry.text}" is not an ICD-10-CM code`, ruleId: 'GN401' };
    if (context.icd.lookup(entry.bare).kind === 'header')
      return { reason: `${id}: ${entry.display} is a category, not a billable ICD-10-CM code`, ruleId: 'GN402' };
    if (!diagnoses.includes(entry.bare)) diagnoses.push(entry.bare);
  }
  if (diagnoses.length === 0)
    return { reason: `${id}: no diagnosis (neither dx in the note nor diagnoses in roster.yaml)`, ruleId: 'GN401' };
  if (diagnoses.length > MAX_DIAGNOSES)
    return { reason: `${id}: ${diagnoses.length} diagnoses; a claim carries at most ${MAX_DIAGNOSES}` };
  const pointers = diagnoses.slice(0, MAX_POINTERS).map((_code, index) => index + 1);

  const modifiers: string[] = [];
  for (const modifier of attendee.modifiers.map((value) => value.trim().toUpperCase())) {
    if (!/^[A-Z0-9]{2}$/.test(modifier)) return { reason: `${id}: modifier "${modifier}" is not a two-character code` };
    if (!modifiers.includes(modifier)) modifiers.push(modifier);
  }
  if (modifiers.length > MAX_MODIFIERS)
    return { reason: `${id}: ${modifiers.length} modifiers; a service line carries at most ${MAX_MODIFIERS}` };

  const lines: ServiceLine[] = [{ cpt, modifiers, charge: d.fees[cpt], units: 1, pointers, date: serviceDate }];
  for (const entry of cptEntries(note, attendee, 'addOns')) {
    if (!entry.code || !(ADD_ONS[cpt] ?? []).includes(entry.code))
      return {
        reason:
          `${id}: add-on "${entry.text}" cannot be billed with ` +
          `${cpt}${(ADD_ONS[cpt] ?? []).length ? ` (only ${ADD_ONS[cpt].join(', ')})` : ''}`,
      };
    if (lines.some((line) => line.cpt === entry.code)) continue;
    if (d.fees[entry.code] === undefined)
      return { reason: `${id}: practice.yaml fees has no charge for add-on ${entry.code}` };
    const addOnModifiers = entry.modifiers.length
      ? entry.modifiers
      : modifiers.filter((modifier) => TELEHEALTH_MODIFIERS.includes(modifier));
    if (addOnModifiers.some((modifier) => !/^[A-Z0-9]{2}$/.test(modifier)) || addOnModifiers.length > MAX_MODIFIERS)
      return { reason: `${id}: add-on "${entry.text}" has modifiers that do not fit a service line` };
    lines.push({
      cpt: entry.code,
      modifiers: addOnModifiers,
      charge: d.fees[entry.code],
      units: 1,
      pointers,
      date: serviceDate,
    });
  }

  let subscriber: ClaimPerson | undefined;
  if (relationship !== 'self') {
    const insured = insurance.subscriber!;
    const address = claimAddress(insured.address);
    subscriber = {
      last: insured.name!.last!.trim(),
      first: insured.name!.first!.trim(),
      dob: insured.dob && isRealDate(insured.dob.trim()) ? insured.dob.trim() : undefined,
      sex: insured.sex ? sexCode(insured.sex) : undefined,
      address: address.ok ? address.address : undefined,
    };
  }
  const memberId = (
    relationship === 'self' ? insurance.memberId : (insurance.memberId ?? insurance.subscriber?.memberId)
  )!.trim();

  return {
    draft: {
      key: `${id}|${serviceDate}|${cpt}`,
      notePath: d.input.path,
      noteUri: d.input.uri,
      noteSha256: parsedNoteSha256(d.input.note),
      line: d.position.line,
      character: d.position.character,
      patientId: id,
      serviceDate,
      pos,
      cpt,
      patient: {
        last: patient.name!.last!.trim(),
        first: patient.name!.first!.trim(),
        dob: patient.dob!.trim(),
        sex: sexCode(patient.sex!),
        address: patientAddress.address,
      },
      relationship,
      subscriber,
      memberId,
      groupNumber: insurance.groupNumber?.trim() || undefined,
      authorization: authorizationNumber(patient, cpt, serviceDate),
      payer,
      diagnoses,
      lines,
      rendering: rendering.provider,
      total: lines.reduce((sum, line) => sum + line.charge * line.units, 0),
    },
  };
}

function sexCode(value: string): 'M' | 'F' | 'U' {
  const text = value.trim().toLowerCase();
  if (text === 'f' || text === 'female') return 'F';
  if (text === 'm' || text === 'male') return 'M';
  return 'U';
}

type AddressResult = { ok: true; address: ClaimAddress } | { ok: false; field: string; problem: string };

function claimAddress(address: RosterAddress | undefined): AddressResult {
  const street = address?.street?.trim();
  const city = address?.city?.trim();
  const state = address?.state?.trim().toUpperCase();
  const zip = address?.zip?.replace(/[\s-]/g, '');
  if (!street) return { ok: false, field: 'street', problem: 'is missing' };
  if (!city) return { ok: false, field: 'city', problem: 'is missing' };
  if (!state || !/^[A-Z]{2}$/.test(state))
    return { ok: false, field: 'state', problem: 'must be a two-letter state code' };
  if (!zip || !/^(\d{5}|\d{9})$/.test(zip)) return { ok: false, field: 'zip', problem: 'must be 5 or 9 digits' };
  return { ok: true, address: { street, city, state, zip } };
}
