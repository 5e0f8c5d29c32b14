/**
 * Group note + roster + practice -> one patient's chart note (issue 13). Pure: no file system, no LSP.
 * Which notes and attendees may be charted at all (signed, billable, no template prompts) is decided by
 * `chartableAttendees` (chartNotes.ts) with the claims export's own gate; this builds the content.
 */
import { createContext } from '../engine/checkNote';
import type { CheckContext } from '../rules/types';
import { diagnosisEntries } from '../billing/diagnosisEntries';
import { noteCpt } from '../billing/billingCodes';
import { builtinCodeSet } from '../icd10/codeSet';
import type { IcdCodeSet } from '../icd10/types';
import { billableAttendees, effectivePos, isTelehealthModality, modalityOf, textAt } from '../model/headerFields';
import type { Attendee, MemberSection, ParsedNote } from '../model/note';
import { blankComments } from '../parse/sections';
import { asRecord, asText, asTextList, dateText, isRealDate, minutesOf } from '../parse/values';
import { findGoalReferences, sectionProse, statementsAbout } from '../prose';
// The member-section analysis options every prose rule uses (config lexicons, the member's own name).
import { memberProseOptions } from '../prose/memberOptions';
import { POS_CODES } from '../service/features/catalog';
import { defaultConfig } from '../workspace/config';
import type { GroupNoteConfig, PracticeFile, Roster, RosterAddress } from '../workspace/types';
import { peerMasker, type Masker } from './maskPeers';
import type { ChartDiagnosis, ChartGoal, ChartNote, ChartPerson } from './types';

export interface ChartOptions {
  /** The workspace's ICD-10-CM code set, for titles; default the built-in table. */
  icd?: IcdCodeSet;
  /** The workspace's config (lexicon additions for the location and goal readings); default the defaults. */
  config?: GroupNoteConfig;
  /**
   * An attendance-only entry for an attendee who did not attend (config.yaml `chartNotes.absentMembers`):
   * the group's content (interventions, dynamics, narrative, sections) is left out, diagnoses too.
   */
  attendanceOnly?: boolean;
}

export type ChartResult = { ok: true; chart: ChartNote } | { ok: false; reason: string };

export function buildChartNote(
  note: ParsedNote,
  roster: Roster | undefined,
  practice: PracticeFile | undefined,
  memberId: string,
  options: ChartOptions = {},
): ChartResult {
  const attendee = note.attendees.find((candidate) => candidate.id === memberId);
  if (!memberId || !attendee)
    return { ok: false, reason: `${memberId || 'the patient'} is not an attendee of the note` };
  if (!attendee.billable && !options.attendanceOnly)
    return { ok: false, reason: `${memberId} did not attend (status ${attendee.status || 'missing'})` };
  const date = dateText(note.header.value?.date);
  if (!date || !isRealDate(date))
    return { ok: false, reason: 'the note has no valid date of service (date: YYYY-MM-DD)' };

  const config = options.config ?? defaultConfig();
  const icd = options.icd ?? builtinCodeSet();
  const context = createContext(note, { workspace: { root: undefined, config, roster, practice, icd, problems: [] } });
  const patient = context.patientOf(attendee);
  const mask = peerMasker(note, memberId, roster);
  const section = context.sectionOf(attendee);
  const header = note.header.value ?? {};
  const modality = modalityOf(note);
  const start = textAt(note, ['start']);
  const end = textAt(note, ['end']);
  const startMinutes = minutesOf(start);
  const endMinutes = minutesOf(end);
  const pos = effectivePos(note, attendee).code;
  const facilitator = asRecord(header.facilitator);
  const rosterName = [patient?.name?.first?.trim(), patient?.name?.last?.trim()].filter(Boolean).join(' ');
  const optionsFor = (of: MemberSection | undefined) => memberProseOptions(context, of);

  const chart: ChartNote = {
    practice: {
      name: asText(practice?.billing?.name)?.trim() || undefined,
      npi: asText(practice?.billing?.npi)?.trim() || undefined,
      address: oneLineAddress(practice?.billing?.address),
      phone: asText(practice?.billing?.phone)?.trim() || undefined,
    },
    patient: {
      id: memberId,
      name: rosterName || attendee.name.trim(),
      dob: asText(patient?.dob)?.trim() || undefined,
      insuranceMemberId: asText(patient?.insurance?.memberId)?.trim() || undefined,
    },
    session: {
      date,
      start,
      end,
      durationMinutes:
        startMinutes !== undefined && endMinutes !== undefined && endMinutes > startMinutes
          ? endMinutes - startMinutes
          : undefined,
      cpt: noteCpt(note),
      modality,
      pos: pos ? { code: pos, name: POS_CODES.find((entry) => entry.code === pos)?.name } : undefined,
      patientLocation: isTelehealthModality(modality)
        ? statementsAbout(note, attendee, 'location', optionsFor).map((sentence) => mask(sentence.text.trim()))
        : [],
      memberCount: billableAttendees(note).length,
    },
    attendance: {
      status: attendee.status,
      ...(attendee.arrived ? { arrived: attendee.arrived } : {}),
      ...(attendee.left ? { left: attendee.left } : {}),
    },
    facilitator: person(facilitator),
    supervisor: person(asRecord(facilitator?.supervisor)),
    cofacilitators: (Array.isArray(header.cofacilitators) ? header.cofacilitators : [])
      .map((entry) => person(asRecord(entry)))
      .filter((entry): entry is ChartPerson => entry !== undefined),
    group: { type: maskedText(note, ['group', 'type'], mask), theme: maskedText(note, ['group', 'theme'], mask) },
    interventions: asTextList(header.interventions).map(mask),
    dynamics: maskedText(note, ['dynamics'], mask),
    narrative: prose(blankComments(note.narrative.text), mask),
    section: section ? prose(section.body, mask) : undefined,
    diagnoses: diagnoses(context, attendee),
    goalsAddressed: section ? goalsAddressed(context, attendee, section) : [],
    signature: {
      by: textAt(note, ['signature', 'by']),
      date: dateText(asRecord(header.signature)?.date) || undefined,
    },
  };
  if (options.attendanceOnly) return { ok: true, chart: attendanceEntry(chart) };
  return { ok: true, chart };
}

/** The parts of a chart note that stay in an attendance-only entry (see ChartOptions.attendanceOnly). */
function attendanceEntry(chart: ChartNote): ChartNote {
  return {
    ...chart,
    session: { ...chart.session, patientLocation: [] },
    interventions: [],
    dynamics: undefined,
    narrative: undefined,
    section: undefined,
    diagnoses: [],
    goalsAddressed: [],
    attendanceOnly: true,
  };
}

function person(value: Record<string, unknown> | undefined): ChartPerson | undefined {
  const name = asText(value?.name)?.trim();
  if (!name) return undefined;
  const credential = asText(value?.credential)?.trim();
  const npi = asText(value?.npi)?.trim();
  return { name, ...(credential ? { credential } : {}), ...(npi ? { npi } : {}) };
}

function maskedText(note: ParsedNote, path: string[], mask: Masker): string | undefined {
  const text = textAt(note, path);
  return text ? mask(text) : undefined;
}

/** Prose as the clinician wrote it (blank lines kept as paragraph breaks), masked; undefined when empty. */
function prose(text: string, mask: Masker): string | undefined {
  const cleaned = text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return cleaned ? mask(cleaned) : undefined;
}

function oneLineAddress(address: RosterAddress | undefined): string | undefined {
  if (!address) return undefined;
  const street = asText(address.street)?.trim();
  const city = asText(address.city)?.trim();
  const stateZip = [asText(address.state)?.trim(), asText(address.zip)?.trim()].filter(Boolean).join(' ');
  const text = [street, city, stateZip].filter(Boolean).join(', ');
  return text || undefined;
}

function diagnoses(context: CheckContext, attendee: Attendee): ChartDiagnosis[] {
  const found: ChartDiagnosis[] = [];
  for (const entry of diagnosisEntries(context, attendee)) {
    if (found.some((known) => known.code === entry.display)) continue;
    const lookup = entry.shaped ? context.icd.lookup(entry.bare) : undefined;
    const title = lookup && lookup.kind !== 'unknown' ? lookup.title : undefined;
    found.push({ code: entry.display, ...(title ? { title } : {}), fromRoster: entry.fromRoster });
  }
  return found;
}

/** The plan goals the section links to (GN306's reading): by id, or by the goal's own words. */
function goalsAddressed(context: CheckContext, attendee: Attendee, section: MemberSection): ChartGoal[] {
  const goals = (context.patientOf(attendee)?.plan?.goals ?? []).filter((goal) => goal.id && goal.text);
  if (!goals.length) return [];
  const evidence = findGoalReferences(sectionProse(section), goals, memberProseOptions(context, section));
  const ids = new Set([...evidence.ids.map((match) => match.goalId), ...evidence.words.map((entry) => entry.goalId)]);
  return goals.filter((goal) => ids.has(goal.id)).map((goal) => ({ id: goal.id.trim(), text: goal.text.trim() }));
}
