import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../../protocol/src/protocol';

/** `source` of the language server's diagnostics (server/src/lsp/diagnostics.ts, DIAGNOSTIC_SOURCE). */
export const DIAGNOSTIC_SOURCE = 'groupnote';

/** GroupNote's findings in one note, by severity, and what an export would hold back because of the errors. */
export interface NoteCounts {
  errors: number;
  warnings: number;
  infos: number;
  /** Attendees that errors concern (each once): export holds back these attendees' claims. */
  heldBackAttendees: number;
  /** An error concerns no single attendee: export holds back the whole note. */
  wholeNoteHeldBack: boolean;
  /** Member sections copied forward from an earlier session (GN307 findings, any severity). */
  copiedForward: number;
}

/** The rule whose findings the notes view shows as "copied forward". */
const COPIED_FORWARD_RULE = 'GN307';

/** The rule id of a diagnostic (`code` is the id, or `{ value, target }` with a link to its page). */
function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  const value = typeof code === 'object' && code !== null ? code.value : code;
  return value === undefined ? undefined : String(value);
}

/** The attendee a diagnostic concerns: the language client keeps the server's `data` on the diagnostic. */
function attendeeIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  const data = (diagnostic as vscode.Diagnostic & { data?: unknown }).data;
  if (!data || typeof data !== 'object') return undefined;
  const id = (data as { attendeeId?: unknown }).attendeeId;
  return typeof id === 'string' && id ? id : undefined;
}

export function groupNoteDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE);
}

export function countDiagnostics(diagnostics: readonly vscode.Diagnostic[]): NoteCounts {
  const counts: NoteCounts = {
    errors: 0,
    warnings: 0,
    infos: 0,
    heldBackAttendees: 0,
    wholeNoteHeldBack: false,
    copiedForward: 0,
  };
  const attendees = new Set<string>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
    if (ruleIdOf(diagnostic) === COPIED_FORWARD_RULE) counts.copiedForward++;
    switch (diagnostic.severity) {
      case vscode.DiagnosticSeverity.Error: {
        counts.errors++;
        const attendeeId = attendeeIdOf(diagnostic);
        if (attendeeId) attendees.add(attendeeId);
        else counts.wholeNoteHeldBack = true;
        break;
      }
      case vscode.DiagnosticSeverity.Warning:
        counts.warnings++;
        break;
      default:
        counts.infos++;
    }
  }
  counts.heldBackAttendees = attendees.size;
  return counts;
}

/**
 * Which open notes the language server has checked: a note just opened has no diagnostics yet,
 * which must not read as "no problems". A note counts as checked from the first diagnostics
 * update for it (an empty one included) until it is closed. `onDidChange` fires with the open
 * notes whose diagnostics changed.
 */
export class CheckedNotes implements vscode.Disposable {
  private readonly checked = new Set<string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri[]>();
  private readonly subscriptions: vscode.Disposable[];
  readonly onDidChange = this.changed.event;

  constructor() {
    this.subscriptions = [
      this.changed,
      vscode.languages.onDidChangeDiagnostics((event) => {
        const open = new Set(
          vscode.workspace.textDocuments
            .filter((document) => document.languageId === LANGUAGE_ID)
            .map((document) => document.uri.toString()),
        );
        const notes = event.uris.filter((uri) => open.has(uri.toString()));
        if (notes.length === 0) return;
        for (const uri of notes) this.checked.add(uri.toString());
        this.changed.fire(notes);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.checked.delete(document.uri.toString())),
    ];
  }

  /** True once diagnostics were published for the open note (any GroupNote diagnostic also proves it). */
  isChecked(uri: vscode.Uri): boolean {
    return this.checked.has(uri.toString()) || groupNoteDiagnostics(uri).length > 0;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.checked.clear();
  }
}
