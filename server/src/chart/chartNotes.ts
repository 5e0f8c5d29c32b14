/**
 * Which chart notes a group note yields: one per billable attendee (present, late, left-early) of a
 * signed note. "Signed" and "no template prompts left" are the claims export's own gates
 * (export/gating.ts: GN803 and GN108 run directly, so no config or inline directive can switch them off);
 * anything they hold back, for the whole note or for one attendee, is held back here too, with the same
 * reason. Other documentation errors do not hold back a chart note: the signed note is the record,
 * whatever a payer would make of it.
 */
import type { HeldBack } from '../../../protocol/src/protocol';
import { attendeeMayBill, checkForExport, gateNote, gateReasons, heldBack } from '../export/gating';
import { attendeeEntryRange, billableAttendees, hasYamlErrors } from '../model/headerFields';
import type { ParsedNote } from '../model/note';
import { limitMessage } from '../rules/header/GN109-note-over-limits';
import type { WorkspaceData } from '../workspace/loadWorkspace';
import { buildChartNote } from './buildChartNote';
import type { ChartNote } from './types';

export interface NoteCharts {
  charts: ChartNote[];
  heldBack: HeldBack[];
}

export interface ChartNotesOptions {
  /** "Today" for the signature check (a signature dated in the future does not count); default the local date. */
  today?: string;
}

export function chartNotesOf(
  note: ParsedNote,
  uri: string,
  workspace: WorkspaceData,
  options: ChartNotesOptions = {},
): NoteCharts {
  if (!note.header.value || hasYamlErrors(note))
    return {
      charts: [],
      heldBack: [heldBack(uri, 'the header could not be read (fix the YAML first)', note.header.range.start, 'GN100')],
    };
  // A note read only up to a resource limit (model/limits.ts) would give a chart note missing parts.
  if (note.limits.length)
    return {
      charts: [],
      heldBack: note.limits.map((limit) => heldBack(uri, limitMessage(limit), note.header.range.start, 'GN109')),
    };
  if (!workspace.roster)
    return {
      charts: [],
      heldBack: [
        heldBack(
          uri,
          "roster.yaml is needed: a chart note carries the patient's name and date of birth",
          note.header.range.start,
        ),
      ],
    };
  // Only the gate rules: `rules: []` leaves checkForExport with exactly the export's unsigned and prompt gates.
  const gate = gateNote(uri, checkForExport(note, { workspace, today: options.today, rules: [] }));
  const result: NoteCharts = { charts: [], heldBack: gateReasons(gate) };
  if (gate.note.length) return result;
  for (const attendee of billableAttendees(note)) {
    if (!attendeeMayBill(gate, attendee.id)) continue;
    const position = attendeeEntryRange(note, attendee).start;
    if (!attendee.id) {
      result.heldBack.push(
        heldBack(uri, `attendee #${attendee.index + 1} has no id, so no chart to file it in`, position),
      );
      continue;
    }
    if (workspace.roster && !workspace.roster.patients.has(attendee.id)) {
      result.heldBack.push(
        heldBack(uri, `${attendee.id} is not in roster.yaml: no chart to file it in`, position, 'GN901', attendee.id),
      );
      continue;
    }
    const built = buildChartNote(note, workspace.roster, workspace.practice, attendee.id, {
      icd: workspace.icd,
      config: workspace.config,
    });
    if (built.ok) result.charts.push(built.chart);
    else result.heldBack.push(heldBack(uri, `${attendee.id}: ${built.reason}`, position, undefined, attendee.id));
  }
  if (workspace.config.chartNotes.absentMembers) result.charts.push(...attendanceEntries(note, workspace));
  return result;
}

/** Attendance-only chart entries for the roster patients marked absent, no-show or cancelled. */
function attendanceEntries(note: ParsedNote, workspace: WorkspaceData): ChartNote[] {
  const entries: ChartNote[] = [];
  for (const attendee of note.attendees) {
    if (attendee.billable || !attendee.id || !workspace.roster?.patients.has(attendee.id)) continue;
    const built = buildChartNote(note, workspace.roster, workspace.practice, attendee.id, {
      icd: workspace.icd,
      config: workspace.config,
      attendanceOnly: true,
    });
    if (built.ok) entries.push(built.chart);
  }
  return entries;
}
