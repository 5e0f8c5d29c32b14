import * as path from 'path';
import { checkSteps } from '../engine/checkNote';
import type { ParsedNote } from '../model/note';
import { parseNote } from '../parse/parseNote';
import { reuseProse } from '../prose';
import type { Finding } from '../rules/types';
import { SETTINGS_DIR, type EditorSettings, type WorkspaceData } from '../workspace/loadWorkspace';
import { indexNote } from '../workspace/noteIndex';
import { progressToRead } from '../workspace/sessionProgress';
import { readNoteFile } from '../workspace/readNoteFile';
import { proseSteps, runSliced } from './slicedWork';
import { carryFindings, headerReadable, headerUnreadable, type CheckedVersion } from './carryFindings';
import { NoteIndexStore } from './noteIndexStore';
import { uriToPath } from '../workspace/uris';
import { SETTINGS_FILE_NAMES } from '../workspace/settingsSchema';
import type { GroupNoteConfig, WorkspaceFileProblem } from '../workspace/types';
import { WorkspaceCache } from '../workspace/workspaceCache';
import type { NoteSummary } from '../../../protocol/src/protocol';
import type { Readiness } from '../../../protocol/src/readiness';
import { readinessOf } from '../export/noteFacts';
import { groupLabel } from '../batch/noteShard';
import { dateText } from '../parse/values';
import { exportFacts } from './features/exportCheck';
import { memberHeadingAt } from './features/hover';
import { HOVER_SESSIONS } from './features/memberHistory';
import type { NotesByDate } from '../workspace/notesByDate';
import { sessionsBefore } from '../workspace/patientSessions';
import { LedgerCache } from './ledgerCache';

export { CheckSuperseded } from './slicedWork';

const QUICK = { quick: true } as const;

/** The problems of one settings file (`.groupnote/roster.yaml`, ...). */
export interface SettingsFileProblems {
  file: string;
  problems: readonly WorkspaceFileProblem[];
}

export interface ServiceHost {
  /** Editor settings for one resource (read per resource, cached per document until settings change). */
  settingsFor(uri: string): Promise<EditorSettings>;
  /** Operational log: rule ids, counts and timings only — never note text or names. */
  log(message: string): void;
  /** A workspace's notes were indexed: cross-note rules (GN605) can now run, so open notes should be re-checked. */
  onWorkspaceIndexed?(root: string): void;
}

export interface NoteAnalysis {
  uri: string;
  version: number;
  note: ParsedNote;
  findings: Finding[];
  workspace: WorkspaceData;
}

/**
 * The language service, free of LSP types: parse, check and cache per URI and version.
 * The LSP layer (lsp/) and the command line are thin shells around it.
 */
export class GroupNoteService {
  private readonly settingsProblems = new WeakMap<WorkspaceData, SettingsFileProblems[]>();
  readonly workspaces = new WorkspaceCache();
  readonly index = new NoteIndexStore();
  readonly ledgers = new LedgerCache();
  private readonly analyses = new Map<string, NoteAnalysis>();
  /**
   * Checks in progress, so a completion arriving with its didChange waits for that check instead of running another.
   */
  private readonly pending = new Map<string, { version: number; promise: Promise<NoteAnalysis> }>();
  /** The newest version asked for per document: an older check still running is superseded (CheckSuperseded). */
  private readonly requested = new Map<string, number>();
  private readonly settings = new Map<string, Promise<EditorSettings>>();
  /**
   * The parse of each open document's latest version, shared by the check and by features that need no findings
   * (completion).
   */
  private readonly parses = new Map<string, { version: number; note: ParsedNote }>();

  /** Per open document: the last version whose header was readable, with its findings (see withReadableFindings). */
  private readonly readable = new Map<string, CheckedVersion>();

  /** Bumped whenever cached analyses become stale; a check that started under an older generation is not cached. */
  private generation = 0;

  constructor(private readonly host: ServiceHost) {}

  /** Checks a document; the same uri and version answer from the cache (or share the check in progress). */
  analyze(uri: string, version: number, text: string): Promise<NoteAnalysis> {
    if (version > (this.requested.get(uri) ?? -Infinity)) this.requested.set(uri, version);
    const cached = this.analyses.get(uri);
    if (cached && cached.version === version) return Promise.resolve(cached);
    const pending = this.pending.get(uri);
    if (pending && pending.version === version) return pending.promise;
    const promise = this.check(uri, version, text);
    this.pending.set(uri, { version, promise });
    const settle = () => {
      if (this.pending.get(uri)?.promise === promise) this.pending.delete(uri);
    };
    promise.then(settle, settle);
    return promise;
  }

  private async check(uri: string, version: number, text: string): Promise<NoteAnalysis> {
    const generation = this.generation;
    const file = uriToPath(uri);
    const [root, settings] = await Promise.all([this.workspaces.rootOf(file), this.settingsFor(uri)]);
    const workspace = await this.workspaces.data(root, settings);
    const note = this.parse(uri, version, text);
    // The clinical reading of the prose, in time slices; a newer version of the document stops it.
    await runSliced(proseSteps(note, workspace.config), () => this.superseded(uri, version));
    let otherNotes;
    if (root) {
      this.index.update(root, indexNote(note, workspace.config));
      otherNotes = this.index.peek(root, workspace.config, (scanned) => this.workspaceIndexed(scanned));
      // The scan read no prose: GN905 needs the progress of the sessions it will look at.
      if (otherNotes) {
        const unread = progressToRead(note, otherNotes, workspace.config, workspace.roster);
        if (unread.length) await this.index.readProgress(root, unread, workspace.config);
      }
    }
    const checked = await runSliced(
      checkSteps(note, {
        workspace,
        otherNotes,
        onRuleError: (ruleId, error) =>
          this.host.log(`rule ${ruleId} failed: ${error instanceof Error ? error.name : 'error'}`),
      }),
      () => this.superseded(uri, version),
    );
    const findings = this.withReadableFindings(uri, note, checked);
    const analysis: NoteAnalysis = { uri, version, note, findings, workspace };
    if (generation === this.generation) this.analyses.set(uri, analysis);
    return analysis;
  }

  /** Whether a newer version of the document has been asked for since `version`'s check started. */
  private superseded(uri: string, version: number): boolean {
    return (this.requested.get(uri) ?? version) > version;
  }

  /**
   * While the header has a YAML syntax error, the findings of the last version whose header was read
   * are kept (moved to the current text) beside GN100, which stays and holds the note back.
   */
  private withReadableFindings(uri: string, note: ParsedNote, findings: Finding[]): Finding[] {
    if (headerReadable(note)) {
      this.readable.set(uri, { note, findings });
      return findings;
    }
    const readable = this.readable.get(uri);
    return readable && headerUnreadable(note) ? carryFindings(readable, { note, findings }) : findings;
  }

  /** Analyses made before the index existed lack the cross-note rules: forget them, then let the host re-check. */
  private workspaceIndexed(root: string): void {
    this.generation++;
    for (const [uri, analysis] of this.analyses) if (analysis.workspace.root === root) this.analyses.delete(uri);
    // A check started before the scan finished would be shared by the re-check: let the re-check run its own.
    this.pending.clear();
    this.host.onWorkspaceIndexed?.(root);
  }

  /**
   * The parsed note of a document version: parsed once per version, whoever asks first, reusing what the last version
   * left.
   */
  parse(uri: string, version: number, text: string): ParsedNote {
    const cached = this.parses.get(uri);
    if (cached && cached.version === version) return cached.note;
    // The previous version's unchanged header and section analyses carry over: a keystroke re-analyses only what it
    // touched.
    // The quick header reader (parse/simpleHeader.ts) reads a plain header as `yaml` does, ranges included, so the
    // diagnostics are the same; the YAML document is parsed only when a feature asks for it (outline, code actions).
    const note = parseNote(text, uri, cached?.note, QUICK);
    if (cached) reuseProse(cached.note, note);
    this.parses.set(uri, { version, note });
    return note;
  }

  /** Workspace data (config, roster, practice, code set) for a document, without checking it. */
  async workspaceFor(uri: string): Promise<WorkspaceData> {
    const [root, settings] = await Promise.all([this.workspaces.rootOf(uriToPath(uri)), this.settingsFor(uri)]);
    return this.workspaces.data(root, settings);
  }

  /**
   * The problems of the settings files (`.groupnote/roster.yaml`, `practice.yaml`, `config.yaml`) of a
   * document's workspace, per file: every file is listed, so an empty list clears what was shown before.
   */
  async settingsFileProblems(uri: string): Promise<SettingsFileProblems[]> {
    const root = await this.workspaces.rootOf(uriToPath(uri));
    if (!root) return [];
    const workspace = await this.workspaceFor(uri);
    // Once per loaded workspace: the same lists (by identity) until a settings file changes.
    let perFile = this.settingsProblems.get(workspace);
    if (!perFile) {
      perFile = SETTINGS_FILE_NAMES.map((name) => {
        const file = path.join(root, SETTINGS_DIR, name);
        return { file, problems: workspace.problems.filter((problem) => problem.file === file) };
      });
      this.settingsProblems.set(workspace, perFile);
    }
    return perFile;
  }

  /**
   * The note's readiness (billing/noteReadiness.ts): the export-mode facts of this version (cached with the
   * analysis) against the workspace's export ledger as it is now.
   */
  async readiness(analysis: NoteAnalysis): Promise<Readiness> {
    const root = analysis.workspace.root;
    const facts = exportFacts(analysis, root ? this.index.notesOf(root) : undefined);
    return readinessOf(facts, root ? await this.ledgers.read(root) : undefined);
  }

  /**
   * The workspace's notes for the hover at `offset`, undefined before the workspace is indexed. On a member heading
   * the hover lists the patient's last sessions and which documented no progress: their progress is read first
   * (the scan reads none, see NoteIndexStore.readProgress).
   */
  async hoverNotes(analysis: NoteAnalysis, offset: number): Promise<NotesByDate | undefined> {
    const root = analysis.workspace.root;
    const notes = root ? this.index.notesOf(root) : undefined;
    const patientId = memberHeadingAt(analysis, offset)?.id;
    if (!root || !notes || !patientId) return notes;
    const note = { uri: analysis.uri, date: dateText(analysis.note.header.value?.date) };
    const listed = sessionsBefore(notes, patientId, note, HOVER_SESSIONS);
    await this.index.readProgress(root, listed, analysis.workspace.config);
    return notes;
  }

  /** What the status bar and the notes view show for an open note: its readiness, headline and counts. */
  async summary(analysis: NoteAnalysis): Promise<NoteSummary> {
    const summary: NoteSummary = {
      uri: analysis.uri,
      readiness: await this.readiness(analysis),
      errors: analysis.findings.filter((finding) => finding.severity === 'error').length,
      warnings: analysis.findings.filter((finding) => finding.severity === 'warning').length,
    };
    const date = dateText(analysis.note.header.value?.date);
    const group = groupLabel(analysis.note);
    const copiedForward = analysis.findings.filter((finding) => finding.ruleId === 'GN307').length;
    if (copiedForward) summary.copiedForward = copiedForward;
    if (date) summary.date = date;
    if (group) summary.group = group;
    return summary;
  }

  /** The last analysis of an open document, if any (for hovers, code actions, lenses). */
  latest(uri: string): NoteAnalysis | undefined {
    return this.analyses.get(uri);
  }

  closed(uri: string): void {
    const config = this.analyses.get(uri)?.workspace.config;
    this.requested.delete(uri);
    this.analyses.delete(uri);
    this.pending.delete(uri);
    this.parses.delete(uri);
    this.readable.delete(uri);
    this.settings.delete(uri);
    void this.revertToDisk(uri, config);
  }

  /**
   * A closed document's entry in the cross-note index goes back to what is on disk, or away for a
   * note that was never saved (else its attendees would stay "billed" for GN605); open notes are then re-checked.
   */
  private async revertToDisk(uri: string, config: GroupNoteConfig | undefined): Promise<void> {
    const file = uriToPath(uri);
    const root = await this.workspaces.rootOf(file);
    const before = root ? this.index.get(root, uri) : undefined;
    if (!root || !file || !before) return;
    const [read, workspaceConfig] = await Promise.all([
      readNoteFile(file),
      config ?? this.workspaces.data(root, {}).then((data) => data.config),
    ]);
    if (this.parses.has(uri)) return; // opened again meanwhile: the editor's text wins
    const after = read.ok ? indexNote(parseNote(read.text, uri), workspaceConfig) : undefined;
    if (after) this.index.update(root, after);
    else this.index.remove(root, uri);
    // Saved as it was edited (the usual case): nothing changed for the other notes.
    if (JSON.stringify(after) !== JSON.stringify(before)) this.workspaceIndexed(root);
  }

  /**
   * Notes changed on disk (created, saved from elsewhere, deleted): their entries in the cross-note index and the
   * workspace history follow the disk, unless the note is open (the editor's text wins). Open notes are re-checked
   * when an entry changed.
   */
  async notesChangedOnDisk(uris: readonly string[]): Promise<void> {
    const changed = new Set<string>();
    for (const uri of uris) {
      const file = uriToPath(uri);
      if (!file || this.parses.has(uri)) continue;
      const root = await this.workspaces.rootOf(file);
      // Not scanned yet: the scan will read the disk as it is.
      if (!root || !this.index.notesOf(root)) continue;
      const before = this.index.get(root, uri);
      const [read, workspace] = await Promise.all([readNoteFile(file), this.workspaces.data(root, {})]);
      if (this.parses.has(uri)) continue; // opened meanwhile
      // Progress is read again only for an entry that had it read (see NoteIndexStore.scan).
      const progress = before?.withoutProgress !== undefined;
      const after = read.ok ? indexNote(parseNote(read.text, uri), workspace.config, { progress }) : undefined;
      if (after) this.index.update(root, after);
      else this.index.remove(root, uri);
      if (JSON.stringify(after) !== JSON.stringify(before)) changed.add(root);
    }
    for (const root of changed) this.workspaceIndexed(root);
  }

  /** Settings changed: re-read per resource, reload workspace data. */
  settingsChanged(): void {
    this.generation++;
    this.settings.clear();
    this.analyses.clear();
    this.pending.clear();
    this.workspaces.invalidate();
  }

  /** A `.groupnote/*.yaml` file changed under `root` (or anywhere when unknown). */
  workspaceFilesChanged(root?: string): void {
    this.generation++;
    this.workspaces.invalidate(root);
    this.analyses.clear();
    this.pending.clear();
  }

  settingsFor(uri: string): Promise<EditorSettings> {
    let settings = this.settings.get(uri);
    if (!settings) {
      settings = this.host.settingsFor(uri).catch(() => ({}));
      this.settings.set(uri, settings);
    }
    return settings;
  }
}
