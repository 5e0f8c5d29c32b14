import { runToEnd } from '../model/steps';
import type { Attendee, ParsedNote } from '../model/note';
import type { Range } from '../model/positions';
import { suppressingRegion } from '../parse/directives';
import type { Directive } from '../model/note';
import { allRules } from '../rules';
import type { CheckContext, Finding, IndexedNote, Report, Rule, Severity, WorkspaceNotes } from '../rules/types';
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
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

export function createContext(note: ParsedNote, options: CheckOptions): CheckContext {
  return createWatchedContext(note, options).context;
}

/** A check context that tells whether a rule read `mode` (see {@link RuleReplay}). */
function createWatchedContext(note: ParsedNote, options: CheckOptions) {
  const { workspace } = options;
  const roster = workspace.roster;
  const mode = options.mode ?? 'edit';
  const watch = { modeRead: false };
  const context: CheckContext = {
    note,
    config: workspace.config,
    icd: workspace.icd,
    roster,
    practice: workspace.practice,
    workspaceNotes: asWorkspaceNotes(options.otherNotes),
    get mode() {
      watch.modeRead = true;
      return mode;
    },
    today: options.today ?? todayIso(),
    patientOf: (attendee: Attendee) => (attendee.id ? roster?.patients.get(attendee.id) : undefined),
    diagnosesOf(attendee: Attendee) {
      return attendee.dx.length ? attendee.dx : (roster?.patients.get(attendee.id)?.diagnoses ?? []);
    },
    sectionOf: (attendee: Attendee) =>
      note.sections.find((section) => section.id !== undefined && section.id === attendee.id),
  };
  return { context, watch };
}

type Reported = Parameters<Report>[0];

/**
 * What each rule reported on a parsed note, kept for a second check of the same note with the same workspace, notes
 * index (at the same revision) and date in the other mode: the editor checks a version for its diagnostics, then in
 * export mode for the status bar's readiness. Only GN803 and GN904 depend on the mode; a rule that read `mode` is run
 * again, every other rule's reports are replayed (then given severity and directives as in any check).
 */
interface RuleReplay {
  workspace: WorkspaceData;
  otherNotes: CheckOptions['otherNotes'];
  revision: number | undefined;
  today: string;
  byRule: Map<Rule, readonly Reported[]>;
}

const replays = new WeakMap<ParsedNote, RuleReplay>();

function replayFor(note: ParsedNote, options: CheckOptions, context: CheckContext): RuleReplay {
  const revision = context.workspaceNotes?.revision;
  const known = replays.get(note);
  if (
    known &&
    known.workspace === options.workspace &&
    known.otherNotes === options.otherNotes &&
    known.revision === revision &&
    known.today === context.today
  )
    return known;
  const replay: RuleReplay = {
    workspace: options.workspace,
    otherNotes: options.otherNotes,
    revision,
    today: context.today,
    byRule: new Map(),
  };
  replays.set(note, replay);
  return replay;
}

/**
 * What `rule` reported on `note` in a check made with the same workspace, notes index (at the same revision) and date,
 * when that check kept it for replay (the rule read neither `mode` nor threw); undefined otherwise. The export gates
 * (export/gating.ts) run GN108 again right after the export-mode check of the same parsed note: this saves the run.
 */
export function replayedReports(note: ParsedNote, options: CheckOptions, rule: Rule): readonly Reported[] | undefined {
  const known = replays.get(note);
  if (
    !known ||
    known.workspace !== options.workspace ||
    known.otherNotes !== options.otherNotes ||
    known.today !== (options.today ?? todayIso()) ||
    known.revision !== asWorkspaceNotes(options.otherNotes)?.revision
  )
    return undefined;
  return known.byRule.get(rule);
}

/** Runs every enabled rule on a parsed note; applies severity overrides and inline directives. */
export function checkNote(note: ParsedNote, options: CheckOptions): Finding[] {
  return runToEnd(checkSteps(note, options));
}

/**
 * The same check one rule per step, for the language server, which runs the steps in time slices
 * between other requests (service/slicedWork.ts).
 */
export function* checkSteps(note: ParsedNote, options: CheckOptions): Generator<void, Finding[], void> {
  const { context, watch } = createWatchedContext(note, options);
  const replay = replayFor(note, options, context);
  const overrides = context.config.rules;
  const findings: Finding[] = [];
  /** The rule ids each directive silenced (GN110). */
  const used = new Map<Directive, Set<string>>();
  const rules = options.rules ?? allRules;
  // Past the file-size or header limit nothing was read: only GN109 (which says so) has anything to check.
  const unread = note.limits.some((limit) => limit.kind === 'bytes' || limit.kind === 'header');
  const partial = note.limits.length > 0;
  for (const rule of rules) {
    const setting = overrides[rule.id];
    if (setting === 'off') continue;
    if (unread && rule.id !== 'GN109') continue;
    if (rule.needs?.includes('roster') && !context.roster) continue;
    if (rule.needs?.includes('workspace') && !context.workspaceNotes) continue;
    if (rule.needs?.includes('complete-note') && partial) continue;
    try {
      const report: Report = (reported) => {
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
        const region = locked ? undefined : suppressingRegion(note.directives, rule.id, range.start.line);
        if (region) {
          options.suppressed?.push(finding);
          const silenced = used.get(region.directive) ?? new Set<string>();
          used.set(region.directive, silenced.add(rule.id));
        } else findings.push(finding);
      };
      const replayed = replay.byRule.get(rule);
      if (replayed) replayed.forEach(report);
      else {
        const reports: Reported[] = [];
        watch.modeRead = false;
        rule.check(context, (reported) => {
          reports.push(reported);
          report(reported);
        });
        // A rule that throws is not remembered (its error is reported again); nor is one whose reports depend on mode.
        if (!watch.modeRead) replay.byRule.set(rule, reports);
      }
    } catch (error) {
      options.onRuleError?.(rule.id, error);
    }
    yield;
  }
  // A note read in part ran only some rules: a directive may look unused when it is not.
  if (note.directives.length && !partial) checkDirectives(rules, context, used, findings, options);
  return findings.sort(compareFindings);
}

/** Rules that judge the directives themselves (GN110), once every other rule has run; never silenced. */
function checkDirectives(
  rules: readonly Rule[],
  context: CheckContext,
  used: ReadonlyMap<Directive, ReadonlySet<string>>,
  findings: Finding[],
  options: CheckOptions,
): void {
  for (const rule of rules) {
    const setting = context.config.rules[rule.id];
    if (!rule.checkDirectives || setting === 'off') continue;
    try {
      rule.checkDirectives(context, used, (reported) =>
        findings.push({
          ruleId: rule.id,
          severity: setting ?? reported.severity ?? rule.defaultSeverity,
          message: reported.message,
          range: clampRange(context.note, reported.range),
          attendeeId: reported.attendeeId,
          fix: reported.fix,
        }),
      );
    } catch (error) {
      options.onRuleError?.(rule.id, error);
    }
  }
}

/**
 * Whether a rule reads the workspace's other notes: it needs them (GN605, GN307, GN708, GN906) or says when (GN905).
 */
export function readsOtherNotes(rule: Rule): boolean {
  return rule.concerns !== undefined || rule.needs?.includes('workspace') === true;
}

/** The rules a batch runs again once the workspace's index is complete ({@link readsOtherNotes}). */
export const crossNoteRules: readonly Rule[] = allRules.filter(readsOtherNotes);

/**
 * Whether a rule that needs (or reads, when given) the workspace's other notes could report on `note` (see
 * `Rule.concerns`):
 * a batch checks in full only the notes this holds for, the others without those rules.
 */
export function crossNoteRulesConcern(
  note: IndexedNote,
  notes: WorkspaceNotes,
  rules: readonly Rule[] = allRules,
  workspace?: Pick<WorkspaceData, 'roster' | 'config'>,
): boolean {
  // A rule that reads other notes only when it has them (GN905) says so with `concerns` alone; a rule switched off
  // concerns no note.
  return rules.some((rule) => ruleConcerns(rule, note, notes, workspace));
}

/** The rules of `rules` that could report on `note` ({@link crossNoteRulesConcern}, rule by rule), in their order. */
export function concernedRules(
  note: IndexedNote,
  notes: WorkspaceNotes,
  rules: readonly Rule[],
  workspace?: Pick<WorkspaceData, 'roster' | 'config'>,
): Rule[] {
  return rules.filter((rule) => ruleConcerns(rule, note, notes, workspace));
}

function ruleConcerns(
  rule: Rule,
  note: IndexedNote,
  notes: WorkspaceNotes,
  workspace: Pick<WorkspaceData, 'roster' | 'config'> | undefined,
): boolean {
  return workspace?.config.rules[rule.id] === 'off'
    ? false
    : rule.concerns
      ? rule.concerns(note, notes, workspace?.roster, workspace?.config)
      : rule.needs?.includes('workspace') === true;
}

/** Keeps every reported range inside the document, whatever a rule computed. */
export function clampRange(note: ParsedNote, range: Range): Range {
  const start = note.lines.positionAt(note.lines.offsetAt(range.start));
  const end = note.lines.positionAt(Math.max(note.lines.offsetAt(range.end), note.lines.offsetAt(start)));
  return { start, end };
}

/** The order findings are listed in: by position, then rule id (a stable sort keeps one rule's own order). */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    a.ruleId.localeCompare(b.ruleId)
  );
}
