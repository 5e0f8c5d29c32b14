import { checkNote } from '../../engine/checkNote';
import { collectClaims, type Collected } from '../../export/collectClaims';
import { checkForExport } from '../../export/gating';
import type { ParsedNote } from '../../model/note';
import { parseNote } from '../../parse/parseNote';
import { asText } from '../../parse/values';
import type { Finding, IndexedNote, WorkspaceNotes } from '../../rules/types';
import type { EditorSettings, WorkspaceData } from '../../workspace/loadWorkspace';
import { indexNote } from '../../workspace/noteIndex';
import { readNoteFile, type NoteFileResult } from '../../workspace/readNoteFile';

/*
 * One share of a batch, the same code on the main thread (small batches) and in a worker thread.
 * Everything that goes in or out is plain data (structured-clone safe); parsed notes stay here.
 */

export interface IndexRequest {
  file: string;
  uri: string;
  /** Text of a document open in the editor: newer than the disk. */
  text?: string;
  /** Keep the parse for the check phase (a note to check), or drop it (a note only indexed). */
  keep: boolean;
}

export type IndexAnswer = { ok: true; indexed: IndexedNote } | { ok: false; message: string };

export interface CheckRequest {
  file: string;
  uri: string;
  root: string | undefined;
  settings: EditorSettings;
  mode: 'edit' | 'export';
  today: string;
  /** `findings` (check) or `claims` (export: the note checked for export, then its claim drafts). */
  output: 'findings' | 'claims';
}

export interface CheckAnswer {
  findings: Finding[];
  /** Rules that threw (rule id and error name, never the message). */
  ruleFailures: { ruleId: string; error: string }[];
  /** The group's label for the notes view (`group.type`, else `group.theme`). */
  group?: string;
  claims?: Collected;
}

/** Files read ahead of the parser. */
const READ_AHEAD = 8;

export type WorkspaceLoader = (root: string | undefined, settings: EditorSettings) => Promise<WorkspaceData>;

export class NoteShard {
  private readonly parsed = new Map<string, ParsedNote>();

  /** `readNote`: the worker threads read synchronously (cheaper, and blocking there stalls nobody). */
  constructor(
    private readonly workspaceOf: WorkspaceLoader,
    private readonly readNote: (file: string) => NoteFileResult | Promise<NoteFileResult> = readNoteFile,
  ) {}

  async index(requests: readonly IndexRequest[]): Promise<IndexAnswer[]> {
    const answers: IndexAnswer[] = [];
    // The next few files are read while one is parsed, so parsing never waits on the disk.
    const reads: (NoteFileResult | Promise<NoteFileResult> | undefined)[] = [];
    const startRead = (at: number) => {
      const request = requests[at];
      if (request) reads[at] = request.text !== undefined ? Promise.resolve({ ok: true, text: request.text }) : this.readNote(request.file);
    };
    for (let at = 0; at < READ_AHEAD; at++) startRead(at);
    for (const [at, request] of requests.entries()) {
      const read = (await reads[at]) as NoteFileResult;
      reads[at] = undefined;
      startRead(at + READ_AHEAD);
      if (!read.ok) {
        answers.push({ ok: false, message: read.message });
        continue;
      }
      const note = parseNote(read.text, request.uri);
      if (request.keep) this.parsed.set(request.uri, note);
      answers.push({ ok: true, indexed: indexNote(note) });
    }
    return answers;
  }

  /** Checks kept notes against their roots' indexes; each parse is let go once checked. */
  async check(requests: readonly CheckRequest[], indexes: ReadonlyMap<string, WorkspaceNotes>): Promise<CheckAnswer[]> {
    const answers: CheckAnswer[] = [];
    for (const request of requests) {
      const note = this.parsed.get(request.uri);
      if (!note) throw new Error('a note to check was not indexed by this shard');
      this.parsed.delete(request.uri);
      answers.push(await this.checkOne(note, request, indexes));
    }
    // Kept notes nobody asked about (export: dates out of range) are not kept any longer either.
    this.parsed.clear();
    return answers;
  }

  private async checkOne(note: ParsedNote, request: CheckRequest, indexes: ReadonlyMap<string, WorkspaceNotes>): Promise<CheckAnswer> {
    const workspace = await this.workspaceOf(request.root, request.settings);
    const ruleFailures: CheckAnswer['ruleFailures'] = [];
    const options = {
      workspace,
      otherNotes: request.root === undefined ? undefined : indexes.get(request.root),
      today: request.today,
      onRuleError: (ruleId: string, error: unknown) => ruleFailures.push({ ruleId, error: error instanceof Error ? error.name : 'error' }),
    };
    if (request.output === 'claims') {
      const findings = checkForExport(note, options);
      return { findings: [], ruleFailures, claims: collectClaims({ note, path: request.file, uri: request.uri, findings, workspace }) };
    }
    const findings = checkNote(note, { ...options, mode: request.mode });
    return { findings, ruleFailures, group: groupLabel(note) };
  }
}

function groupLabel(note: ParsedNote): string | undefined {
  return asText(note.header.get(['group', 'type']))?.trim() || asText(note.header.get(['group', 'theme']))?.trim() || undefined;
}
