import { createHash } from 'crypto';
import { performance } from 'perf_hooks';
import { setImmediate } from 'timers/promises';
import { noteTextDigest } from '../model/noteDigest';
import { checkNote, compareFindings, crossNoteRules } from '../engine/checkNote';
import type { Collected } from '../export/collectClaims';
import type { NoteFacts } from '../billing/noteReadiness';
import { noteFacts } from '../export/noteFacts';
import { rememberHistoryPrints } from '../prose/historyPrint';
import { withExportGates } from '../export/gating';
import { allRules } from '../rules';
import type { ParsedNote } from '../model/note';
import { parseNote } from '../parse/parseNote';
import { asText, isRealDate } from '../parse/values';
import type { Finding, IndexedNote, WorkspaceNotes } from '../rules/types';
import type { CheckOptions } from '../engine/checkNote';
import type { EditorSettings, WorkspaceData } from '../workspace/loadWorkspace';
import { indexNote } from '../workspace/noteIndex';
import { rememberProgress } from '../workspace/sessionProgress';
import { readNoteFile, type NoteFileResult } from '../workspace/readNoteFile';
import { historyFacts, historyFindings, type HistoryFacts } from './historyFacts';

/*
 * One share of a batch, the same code on the main thread (small batches) and in a worker thread.
 * Everything that goes in or out is plain data (structured-clone safe); parsed notes never leave.
 *
 * A batch reads each note once: the read-and-index pass also checks the notes to check, with every
 * rule except those that need the workspace's other notes (GN605), and lets the parse go. Once the
 * index is complete, only the notes such a rule concerns are read again and checked with those rules
 * (in full when the note has a directive: GN110 needs every rule's findings).
 */

export interface NoteRequest {
  file: string;
  uri: string;
  /** Text of a document open in the editor: newer than the disk. */
  text?: string;
}

/** How to check a note. */
export interface CheckSpec {
  root: string | undefined;
  settings: EditorSettings;
  mode: 'edit' | 'export';
  today: string;
  /** `findings` (check) or `claims` (export: the note checked for export, then its claim drafts). */
  output: 'findings' | 'claims';
  /** Check (`findings`): also the facts of the note's readiness (an export-mode check and its claims). */
  readiness?: boolean;
  /** Export: notes dated outside [from, to] are not checked. */
  from?: string;
  to?: string;
}

/** Read and index a note; with `check`, also check it without the cross-note rules. */
export interface IndexRequest extends NoteRequest {
  check?: CheckSpec;
  /**
   * The workspace root of a note indexed without `check`: its config.yaml's lexicon additions decide what counts as
   * progress in the index entry (GN905), as they do when the note is checked.
   */
  root?: string;
}

export type IndexAnswer =
  | {
      ok: true;
      indexed: IndexedNote;
      checked?: CheckAnswer;
      outOfRange?: true;
      /** The digest of the text indexed (see {@link ReadProgress}), when its progress was read in full. */
      digest?: string;
      /** A checked note's facts for the history rules (see historyFacts.ts), when they can be judged from them. */
      history?: HistoryFacts;
    }
  | { ok: false; message: string };

/**
 * The progress the index pass read from a note (`IndexedNote.withoutProgress`) and the digest of the text it read it
 * from: the second pass takes it when it reads the same text again, instead of reading the prose again.
 */
export interface ReadProgress {
  digest: string;
  withoutProgress: string[];
}

/**
 * The history fingerprints the index pass made of a note (`IndexedNote.sections` and `groupLayer`) and the digest of
 * the text it made them from: the second pass takes them when it reads the same text again (GN307, GN708), instead of
 * reading the prose again.
 */
export interface ReadPrints {
  digest: string;
  /** Left out when the index entry has none (fingerprinting may have failed: the rule reads the prose again). */
  sections?: IndexedNote['sections'];
  groupLayer?: IndexedNote['groupLayer'];
}

/** Read and check a note in full, against its workspace's index. */
export interface CheckRequest extends NoteRequest, CheckSpec {
  progress?: ReadProgress;
  prints?: ReadPrints;
  /** The first pass's export-mode check of the same note: the second pass runs only the cross-note rules again. */
  exportCheck?: ExportCheck;
  /**
   * The first pass's facts of a note that only history rules concern (`rules`, ids of historyFacts.ts FACT_RULES):
   * the second pass judges it from them and `prints` without reading it again, unless one of them reports an error
   * where readiness or claims are asked for (an error can hold a claim back: the note is then checked as before).
   */
  history?: { facts: HistoryFacts; rules: string[] };
}

/**
 * What the first pass's export-mode `checkNote` (the check of `facts` and `claims`) found in a note without
 * directives, without the rules that read other notes, and the digest of the text it read (see
 * {@link textDigest}): the second pass runs only those rules again when it reads the same text, instead of every rule
 * and the whole clinical reading of the prose.
 */
export interface ExportCheck {
  digest: string;
  findings: Finding[];
  ruleFailures: CheckAnswer['ruleFailures'];
}

/** A digest of a note's text, to tell the same text read twice (the file may change between the passes). */
export function textDigest(text: string): string {
  return createHash('sha256').update(text).digest('base64');
}

/** {@link textDigest} of a parsed note's text, from its one hash (model/noteDigest.ts). */
function noteDigest(note: ParsedNote): string {
  return noteTextDigest(note).toString('base64');
}

export interface CheckAnswer {
  findings: Finding[];
  /** Error-level findings an inline directive silenced (listed by `groupnote check`, as export lists them). */
  suppressed?: Finding[];
  /** Rules that threw (rule id and error name, never the message). */
  ruleFailures: { ruleId: string; error: string }[];
  /** The group's label for the notes view (`group.type`, else `group.theme`). */
  group?: string;
  claims?: Collected;
  /** What the note's readiness is decided on (export always; check with `readiness`). */
  facts?: NoteFacts;
  /**
   * The second pass's answer for a note without directives: `findings` (and `suppressed`, `ruleFailures`) are those
   * of the rules that read other notes only (`crossNoteRules`); the others stand as the first pass found them
   * (batchCheck.ts `withCrossNoteFindings`). A note with a directive is checked again in full (GN110 judges each
   * directive by what every rule reported).
   */
  crossNoteOnly?: true;
  /** First pass, a note without directives: its export-mode check, for the second pass (batchCheck.ts takes it off). */
  exportCheck?: ExportCheck;
  /**
   * With `crossNoteOnly`: the rules the second pass ran (judged from the first pass's facts); the first pass's findings
   * of the other cross-note rules stand (they concern the note not: they report what they reported without the index).
   * Absent: every cross-note rule ran again.
   */
  reran?: string[];
}

/**
 * A plain header is read by the quick reader (parse/simpleHeader.ts), with the same value, problems and ranges as the
 * yaml library's; a YAML document is made only for a header outside its subset. The yaml library's document was a
 * sixth of a batch's time and nearly half of what it allocated, made twice for most notes (once per pass).
 */
const QUICK = { quick: true } as const;

/** Files read ahead of the parser. */
const READ_AHEAD = 8;

export type WorkspaceLoader = (root: string | undefined, settings: EditorSettings) => Promise<WorkspaceData>;

/** A workspace as a batch loads it: its root and the editor settings it is loaded with. */
export interface WorkspaceKey {
  root: string | undefined;
  settings: EditorSettings;
}

export interface NoteShardOptions {
  /** How notes are read: the worker threads read synchronously (cheaper, and blocking there stalls nobody). */
  readNote?: (file: string) => NoteFileResult | Promise<NoteFileResult>;
  /**
   * A thread that shares a batch with worker threads hands them their next chunks from its event loop:
   * with this set, it lets the loop run about this often (ms) while it checks its own share.
   */
  yieldEveryMs?: number;
}

export class NoteShard {
  private readonly readNote: (file: string) => NoteFileResult | Promise<NoteFileResult>;
  private readonly yieldEveryMs: number | undefined;

  constructor(
    private readonly workspaceOf: WorkspaceLoader,
    options: NoteShardOptions = {},
  ) {
    this.readNote = options.readNote ?? readNoteFile;
    this.yieldEveryMs = options.yieldEveryMs;
  }

  async index(requests: readonly IndexRequest[]): Promise<IndexAnswer[]> {
    return this.eachNote<IndexRequest, IndexAnswer>(
      requests,
      async (note, request) => {
        const root = request.check ? request.check.root : request.root;
        const { config } = await this.workspaceOf(root, request.check?.settings ?? {});
        const indexed = indexNote(note, config);
        if (!request.check) return { ok: true, indexed };
        if (outOfRange(indexed, request.check)) return { ok: true, indexed, outOfRange: true };
        const text = noteDigest(note);
        const checked = await this.checkOne(note, request, request.check, undefined, false, text);
        const digest = indexed.progressUnreadable ? undefined : text;
        const history = digest ? historyFacts(note, indexed) : undefined;
        return { ok: true, indexed, checked, ...(digest ? { digest } : {}), ...(history ? { history } : {}) };
      },
      (message) => ({ ok: false, message }),
    );
  }

  /**
   * Checks each note in full against its root's index; undefined for a note that can no longer be read (its first
   * answer stands).
   */
  async check(
    requests: readonly CheckRequest[],
    indexes: ReadonlyMap<string, WorkspaceNotes>,
  ): Promise<(CheckAnswer | undefined)[]> {
    // Notes judged from the first pass's facts are not read again; the others are, in request order.
    const answers = new Array<CheckAnswer | undefined>(requests.length);
    const toRead: number[] = [];
    for (const [at, request] of requests.entries()) {
      const judged = request.history && (await this.fromFacts(request, indexes));
      if (judged) answers[at] = judged;
      else toRead.push(at);
    }
    if (toRead.length === 0) return answers;
    const read = await this.readAndCheck(
      toRead.length === requests.length ? requests : toRead.map((at) => requests[at]),
      indexes,
    );
    toRead.forEach((at, position) => (answers[at] = read[position]));
    return answers;
  }

  /**
   * The second pass's answer for a note only history rules concern, from the first pass's facts (no read); undefined
   * when the note must be read again (see `CheckRequest.history`).
   */
  private async fromFacts(
    request: CheckRequest,
    indexes: ReadonlyMap<string, WorkspaceNotes>,
  ): Promise<CheckAnswer | undefined> {
    const { history, prints } = request;
    if (!history || !prints) return undefined;
    const { config } = await this.workspaceOf(request.root, request.settings);
    const notes = request.root === undefined ? undefined : indexes.get(request.root);
    const findings = historyFindings(request.uri, history.facts, prints, history.rules, notes, config);
    if (!findings) return undefined;
    if ((request.readiness || request.output === 'claims') && findings.some((finding) => finding.severity === 'error'))
      return undefined;
    return {
      findings: request.output === 'claims' ? [] : findings,
      ruleFailures: [],
      crossNoteOnly: true,
      reran: history.rules,
    };
  }

  private async readAndCheck(
    requests: readonly CheckRequest[],
    indexes: ReadonlyMap<string, WorkspaceNotes>,
  ): Promise<(CheckAnswer | undefined)[]> {
    return this.eachNote<CheckRequest, CheckAnswer | undefined>(
      requests,
      async (note, request) => {
        const { progress, exportCheck, prints } = request;
        const digest = progress || exportCheck || prints ? noteDigest(note) : undefined;
        if (progress && progress.digest === digest) {
          const { config } = await this.workspaceOf(request.root, request.settings);
          rememberProgress(note, config, progress.withoutProgress);
        }
        if (prints && prints.digest === digest) rememberHistoryPrints(note, prints.sections, prints.groupLayer);
        return this.checkOne(
          note,
          request,
          request,
          request.root === undefined ? undefined : indexes.get(request.root),
          note.directives.length === 0,
          undefined,
          exportCheck && exportCheck.digest === digest && note.directives.length === 0 ? exportCheck : undefined,
        );
      },
      () => undefined,
    );
  }

  /** Reads (a few files ahead) and parses each note, answering in request order; each parse is let go once answered. */
  private async eachNote<R extends NoteRequest, A>(
    requests: readonly R[],
    answer: (note: ParsedNote, request: R) => Promise<A>,
    unreadable: (message: string) => A,
  ): Promise<A[]> {
    const answers: A[] = [];
    const reads: (NoteFileResult | Promise<NoteFileResult> | undefined)[] = [];
    const startRead = (at: number) => {
      const request = requests[at];
      if (request)
        reads[at] = request.text !== undefined ? { ok: true, text: request.text } : this.readNote(request.file);
    };
    for (let at = 0; at < READ_AHEAD; at++) startRead(at);
    let yielded = performance.now();
    for (const [at, request] of requests.entries()) {
      const read = (await reads[at]) as NoteFileResult;
      reads[at] = undefined;
      startRead(at + READ_AHEAD);
      answers.push(
        read.ok ? await answer(parseNote(read.text, request.uri, undefined, QUICK), request) : unreadable(read.message),
      );
      if (this.yieldEveryMs !== undefined && performance.now() - yielded >= this.yieldEveryMs) {
        await setImmediate();
        yielded = performance.now();
      }
    }
    return answers;
  }

  /**
   * `notes` undefined: without the rules that need the workspace's other notes. `crossNoteOnly`: only those rules
   * (the export-mode check of `facts` and `claims` too when `firstExport` gives the first pass's, else every rule).
   * `digest`: the first pass keeps its export-mode check of a note without directives, with this digest of its text.
   */
  private async checkOne(
    note: ParsedNote,
    request: NoteRequest,
    spec: CheckSpec,
    notes: WorkspaceNotes | undefined,
    crossNoteOnly = false,
    digest?: string,
    firstExport?: ExportCheck,
  ): Promise<CheckAnswer> {
    const workspace = await this.workspaceOf(spec.root, spec.settings);
    const ruleFailures: CheckAnswer['ruleFailures'] = [];
    const options = {
      workspace,
      otherNotes: notes,
      today: spec.today,
      onRuleError: (ruleId: string, error: unknown) =>
        ruleFailures.push({ ruleId, error: error instanceof Error ? error.name : 'error' }),
    };
    let exportCheck: ExportCheck | undefined;
    // The note as export checks it, its claims, and the facts of its readiness: one code path for both.
    const forExport = () => {
      const suppressed: Finding[] = [];
      const silencedGates: Finding[] = [];
      const failures: CheckAnswer['ruleFailures'] = [];
      const exportOptions = {
        ...options,
        suppressed,
        onRuleError: (ruleId: string, error: unknown) =>
          failures.push({ ruleId, error: error instanceof Error ? error.name : 'error' }),
      };
      const checked = firstExport
        ? withCrossNoteChecks(firstExport, note, exportOptions, failures)
        : checkNote(note, { ...exportOptions, mode: 'export' });
      if (digest !== undefined && note.directives.length === 0)
        exportCheck = { digest, findings: checked, ruleFailures: failures.slice() };
      const findings = withExportGates(note, checked, { ...exportOptions, silencedGates });
      ruleFailures.push(...failures);
      return noteFacts({ note, path: request.file, uri: request.uri, findings, workspace, suppressed, silencedGates });
    };
    if (spec.output === 'claims') {
      const { facts, collected } = forExport();
      return { findings: [], ruleFailures, claims: collected, facts, ...(exportCheck ? { exportCheck } : {}) };
    }
    const silenced: Finding[] = [];
    const rules = crossNoteOnly ? { rules: crossNoteRules } : {};
    const findings = checkNote(note, { ...options, ...rules, mode: spec.mode, suppressed: silenced });
    const suppressed = silenced.filter((finding) => finding.severity === 'error');
    const facts = spec.readiness ? forExport().facts : undefined;
    return {
      findings,
      ruleFailures,
      group: groupLabel(note),
      ...(suppressed.length ? { suppressed } : {}),
      ...(facts ? { facts } : {}),
      ...(crossNoteOnly ? { crossNoteOnly: true } : {}),
      ...(exportCheck ? { exportCheck } : {}),
    };
  }
}

/** Each rule's place in a full check (rule failures are listed in that order). */
const ruleOrder = new Map(allRules.map((rule, position) => [rule.id, position]));
const crossNoteIds: ReadonlySet<string> = new Set(crossNoteRules.map((rule) => rule.id));

/**
 * The export-mode `checkNote` of a note without directives, from the first pass's (`first`, the same text) and the
 * rules that read other notes run now: the findings a full check lists, in its order (findings sorted as it sorts
 * them; a rule's own reports keep their order), and its rule failures pushed to `failures` in rule order.
 */
function withCrossNoteChecks(
  first: ExportCheck,
  note: ParsedNote,
  options: Omit<CheckOptions, 'mode' | 'rules'>,
  failures: CheckAnswer['ruleFailures'],
): Finding[] {
  const failedNow: CheckAnswer['ruleFailures'] = [];
  const cross = checkNote(note, {
    ...options,
    mode: 'export',
    rules: crossNoteRules,
    onRuleError: (ruleId, error) => failedNow.push({ ruleId, error: error instanceof Error ? error.name : 'error' }),
  });
  const kept = <T extends { ruleId: string }>(items: readonly T[]) =>
    items.filter((item) => !crossNoteIds.has(item.ruleId));
  const byRule = (a: { ruleId: string }, b: { ruleId: string }) =>
    (ruleOrder.get(a.ruleId) ?? 0) - (ruleOrder.get(b.ruleId) ?? 0);
  failures.push(...[...kept(first.ruleFailures), ...failedNow].sort(byRule));
  return [...kept(first.findings), ...cross].sort(compareFindings);
}

function outOfRange(indexed: IndexedNote, spec: CheckSpec): boolean {
  const date = indexed.date;
  return !!date && isRealDate(date) && ((!!spec.from && date < spec.from) || (!!spec.to && date > spec.to));
}

/** The group's label for the notes view: `group.type`, else `group.theme`. */
export function groupLabel(note: ParsedNote): string | undefined {
  return (
    asText(note.header.get(['group', 'type']))?.trim() ||
    asText(note.header.get(['group', 'theme']))?.trim() ||
    undefined
  );
}
