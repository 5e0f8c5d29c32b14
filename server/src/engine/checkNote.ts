import type { Attendee, ParsedNote } from '../model/note';
import type { Range } from '../model/positions';
import { isSuppressed } from '../parse/directives';
import { allRules } from '../rules';
import type { CheckContext, Finding, IndexedNote, Rule, Severity, WorkspaceNotes } from '../rules/types';
import type { WorkspaceData } from '../workspace/loadWorkspace';
import { asWorkspaceNotes } from '../workspace/notesByDate';

export interface CheckOptions {
  workspace: WorkspaceData;
  /**
   * The workspace's notes for cross-note rules (GN605): an index by date (`NotesByDate`), or a plain
   * list. Either may hold the checked note itself (rules skip its uri). Undefined: such rules are skipped.
   */
  otherNotes?: readonly IndexedNote[] | WorkspaceNotes;
  mode?: 'edit' | 'export';
  today?: string;
  rules?: readonly Rule[];
  /**
   * When given, receives the findings an inline `groupnote-disable` directive silenced (with the
   * severity they would have had), so that export can list the errors a directive hid (issue 12).
   */
  suppressed?: Finding[];
  /** Told (with the rule id only, never note text) when a rule throws; the other rules still run. */
  onRuleError?: (ruleId: string, error: unknown) => void;
}

export function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function createContext(note: ParsedNote, options: CheckOptions): CheckContext {
  const { workspace } = options;
  const roster = workspace.roster;
  return {
    note,
    config: workspace.config,
    icd: workspace.icd,
    roster,
    practice: workspace.practice,
    workspaceNotes: asWorkspaceNotes(options.otherNotes),
    mode: options.mode ?? 'edit',
    today: options.today ?? todayIso(),
    patientOf: (attendee: Attendee) => (attendee.id ? roster?.patients.get(attendee.id) : undefined),
    diagnosesOf(attendee: Attendee) {
      return attendee.dx.length ? attendee.dx : (roster?.patients.get(attendee.id)?.diagnoses ?? []);
    },
    sectionOf: (attendee: Attendee) =>
      note.sections.find((section) => section.id !== undefined && section.id === attendee.id),
  };
}

/** Runs every enabled rule on a parsed note; applies severity overrides and inline directives. */
export function checkNote(note: ParsedNote, options: CheckOptions): Finding[] {
  const steps = checkSteps(note, options);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * The same check one rule per step, for the language server, which runs the steps in time slices
 * between other requests (service/slicedWork.ts).
 */
export function* checkSteps(note: ParsedNote, options: CheckOptions): Generator<void, Finding[], void> {
  const context = createContext(note, options);
  const overrides = context.config.rules;
  const findings: Finding[] = [];
  // Past the file-size or header limit nothing was read: only GN109 (which says so) has anything to check.
  const unread = note.limits.some((limit) => limit.kind === 'bytes' || limit.kind === 'header');
  const partial = note.limits.length > 0;
  for (const rule of options.rules ?? allRules) {
    const setting = overrides[rule.id];
    if (setting === 'off') continue;
    if (unread && rule.id !== 'GN109') continue;
    if (rule.needs?.includes('roster') && !context.roster) continue;
    if (rule.needs?.includes('workspace') && !context.workspaceNotes) continue;
    if (rule.needs?.includes('complete-note') && partial) continue;
    try {
      rule.check(context, (reported) => {
        const severity: Severity = setting ?? reported.severity ?? rule.defaultSeverity;
        const range = clampRange(note, reported.range);
        const finding: Finding = {
          ruleId: rule.id,
          severity,
          message: reported.message,
          range,
          attendeeId: reported.attendeeId,
          fix: reported.fix,
        };
        // A rule the team locked (config.yaml noInlineDisable) is reported whatever a directive says.
        const locked = context.config.noInlineDisable.includes(rule.id);
        if (!locked && isSuppressed(note.directives, rule.id, range.start.line)) options.suppressed?.push(finding);
        else findings.push(finding);
      });
    } catch (error) {
      options.onRuleError?.(rule.id, error);
    }
    yield;
  }
  return findings.sort(compareFindings);
}

/**
 * Whether a rule that needs the workspace's other notes could report on `note` (see `Rule.concerns`):
 * a batch checks in full only the notes this holds for, the others without those rules.
 */
export function crossNoteRulesConcern(
  note: IndexedNote,
  notes: WorkspaceNotes,
  rules: readonly Rule[] = allRules,
): boolean {
  return rules.some((rule) => rule.needs?.includes('workspace') && (!rule.concerns || rule.concerns(note, notes)));
}

/** Keeps every reported range inside the document, whatever a rule computed. */
function clampRange(note: ParsedNote, range: Range): Range {
  const start = note.lines.positionAt(note.lines.offsetAt(range.start));
  const end = note.lines.positionAt(Math.max(note.lines.offsetAt(range.end), note.lines.offsetAt(start)));
  return { start, end };
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    a.ruleId.localeCompare(b.ruleId)
  );
}
