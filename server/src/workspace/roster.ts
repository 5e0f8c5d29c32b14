import { asRecord, asText, asTextList, dateText } from '../parse/values';
import type {
  Roster,
  RosterAddress,
  RosterAuthorization,
  RosterGoal,
  RosterGroup,
  RosterPatient,
  WorkspaceFileProblem,
} from './types';

function address(value: unknown): RosterAddress | undefined {
  const record = asRecord(value);
  if (!record) return undefined;
  return {
    street: asText(record.street),
    city: asText(record.city),
    state: asText(record.state),
    zip: asText(record.zip),
  };
}

function personName(value: unknown): { last?: string; first?: string } | undefined {
  const record = asRecord(value);
  if (record) return { last: asText(record.last), first: asText(record.first) };
  const text = asText(value);
  return text ? { last: text } : undefined;
}

function goals(value: unknown): RosterGoal[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry, index) => {
    const record = asRecord(entry);
    const text = asText(record?.text ?? entry);
    return text ? [{ id: asText(record?.id) ?? `G${index + 1}`, text }] : [];
  });
}

/**
 * `authorizations:` entries. An entry without a number is kept (with an empty number) so that GN906
 * still counts its units; the schema reports the missing field at its line.
 */
function authorizations(value: unknown): RosterAuthorization[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry, index) => {
    const record = asRecord(entry);
    if (!record) return [];
    const units = typeof record.units === 'number' ? record.units : Number(asText(record.units));
    return [
      {
        number: asText(record.number)?.trim() ?? '',
        codes: asTextList(record.codes).map((code) => code.trim().toUpperCase()),
        units: Number.isInteger(units) && units >= 0 ? units : undefined,
        from: dateText(record.from),
        to: dateText(record.to),
        index,
      },
    ];
  });
}

/** Reads `.groupnote/roster.yaml` content into patients by id. */
export function readRoster(value: unknown, file: string): { roster: Roster; problems: WorkspaceFileProblem[] } {
  const problems: WorkspaceFileProblem[] = [];
  const patients = new Map<string, RosterPatient>();
  const list = asRecord(value)?.patients;
  if (!Array.isArray(list)) {
    problems.push({ file, message: `${file}: expected "patients:" with a list of patients` });
    return { roster: { patients, groups: [] }, problems };
  }
  list.forEach((entry, index) => {
    const record = asRecord(entry);
    const id = asText(record?.id)?.trim();
    if (!record || !id) {
      problems.push({ file, message: `${file}: patient #${index + 1} has no id` });
      return;
    }
    if (patients.has(id)) problems.push({ file, message: `${file}: patient id ${id} appears more than once` });
    const insurance = asRecord(record.insurance);
    const payer = asRecord(insurance?.payer);
    const subscriber = asRecord(insurance?.subscriber);
    const plan = asRecord(record.plan);
    patients.set(id, {
      id,
      name: personName(record.name),
      dob: dateText(record.dob),
      sex: asText(record.sex),
      address: address(record.address),
      insurance: insurance && {
        payer: payer && { name: asText(payer.name), id: asText(payer.id), type: asText(payer.type) },
        memberId: asText(insurance.memberId),
        groupNumber: asText(insurance.groupNumber),
        relationship: asText(insurance.relationship),
        subscriber: subscriber && {
          name: personName(subscriber.name),
          dob: dateText(subscriber.dob),
          sex: asText(subscriber.sex),
          address: address(subscriber.address),
          memberId: asText(subscriber.memberId),
        },
      },
      diagnoses: asTextList(record.diagnoses),
      plan: plan && {
        modalities: asTextList(plan.modalities),
        expires: dateText(plan.expires),
        reviewed: dateText(plan.reviewed),
        goals: goals(plan.goals),
      },
      authorizations: authorizations(record.authorizations),
      family: asText(record.family),
      household: asText(record.household),
    });
  });
  return { roster: { patients, groups: groups(asRecord(value)?.groups, patients, file, problems) }, problems };
}

/**
 * `groups:` entries (id, name, members). Members that are not roster patients are reported and left
 * out: a new note must not list an attendee nothing is known about. The messages name ids, never names.
 */
function groups(
  value: unknown,
  patients: Map<string, RosterPatient>,
  file: string,
  problems: WorkspaceFileProblem[],
): RosterGroup[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  return value.flatMap((entry, index) => {
    const record = asRecord(entry);
    const id = asText(record?.id)?.trim();
    if (!record || !id) {
      problems.push({ file, message: `${file}: group #${index + 1} has no id` });
      return [];
    }
    if (seen.has(id)) problems.push({ file, message: `${file}: group id ${id} appears more than once` });
    seen.add(id);
    const members = asTextList(record.members).map((member) => member.trim());
    for (const member of members.filter((member) => !patients.has(member)))
      problems.push({ file, message: `${file}: group ${id} lists ${member}, who is not a patient of the roster` });
    return [{ id, name: asText(record.name)?.trim() || id, members: members.filter((member) => patients.has(member)) }];
  });
}
