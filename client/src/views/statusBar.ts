import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../../../protocol/src/protocol';
import { CheckedNotes, countDiagnostics, groupNoteDiagnostics, type NoteCounts } from '../diagnostics';
import { plural } from '../text';

/** Opens the Problems panel, where the findings of the note are listed. */
export const STATUS_COMMAND = 'workbench.actions.view.problems';

/** What the status bar item shows now (the extension API exposes it for tests). */
export interface StatusBarState {
  visible: boolean;
  text: string;
  tooltip: string;
  command: string | undefined;
}

/** Status bar text and tooltip for a checked note. Counts only: never note text or names. */
export function describeCounts(counts: NoteCounts): { text: string; tooltip: string } {
  const found = [
    plural(counts.errors, 'error'),
    plural(counts.warnings, 'warning'),
    plural(counts.infos, 'suggestion'),
  ].join(', ');
  if (counts.errors > 0) {
    const heldBack = counts.wholeNoteHeldBack
      ? 'note held back'
      : counts.heldBackAttendees > 0
        ? `${counts.heldBackAttendees} held back`
        : '';
    const consequence = counts.wholeNoteHeldBack
      ? 'Export holds back every claim of this note until the errors are fixed.'
      : `Export holds back the claims of ${plural(counts.heldBackAttendees, 'attendee')} until the errors are fixed.`;
    return {
      text: `$(error) GroupNote: ${plural(counts.errors, 'error')}${heldBack ? ` · ${heldBack}` : ''}`,
      tooltip: `GroupNote: ${found}. ${consequence} Click to open the Problems panel.`,
    };
  }
  if (counts.warnings > 0) {
    return {
      text: `$(warning) GroupNote: ${plural(counts.warnings, 'warning')}`,
      tooltip: `GroupNote: ${found}. Billable, but warnings are audit risks. Click to open the Problems panel.`,
    };
  }
  return {
    text: '$(check) GroupNote: ready to bill',
    tooltip:
      `GroupNote: no errors or warnings${counts.infos ? ` (${plural(counts.infos, 'suggestion')})` : ''}. ` +
      `Click to open the Problems panel.`,
  };
}

/**
 * The readiness of the note in the active editor, from its GroupNote diagnostics; hidden when the
 * active editor is not a group note. Updates when the active editor or the note's diagnostics change.
 */
export class NoteStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('groupnote.status', vscode.StatusBarAlignment.Left, 50);
  private readonly updated = new vscode.EventEmitter<StatusBarState>();
  private readonly subscriptions: vscode.Disposable[];
  private serverProblem: string | undefined;
  private current: StatusBarState = { visible: false, text: '', tooltip: '', command: undefined };
  /** Fires after every update of the item, with what it shows. */
  readonly onDidUpdate = this.updated.event;

  constructor(
    private readonly checked: CheckedNotes,
    serverReady: Promise<void>,
  ) {
    this.item.name = 'GroupNote';
    this.subscriptions = [
      this.item,
      this.updated,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      // A language change reopens the document: the active editor stays, its language does not.
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (document === vscode.window.activeTextEditor?.document) this.update();
      }),
      checked.onDidChange((uris) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && uris.some((uri) => uri.toString() === active)) this.update();
      }),
    ];
    serverReady.then(
      () => undefined,
      (error: unknown) => {
        this.serverProblem = error instanceof Error ? error.message : String(error);
        this.update();
      },
    );
    this.update();
  }

  get state(): StatusBarState {
    return { ...this.current };
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== LANGUAGE_ID) {
      this.item.hide();
      this.current = { visible: false, text: '', tooltip: '', command: undefined };
      this.updated.fire(this.state);
      return;
    }
    let shown: { text: string; tooltip: string };
    if (this.serverProblem) {
      shown = {
        text: '$(circle-slash) GroupNote: not checked',
        tooltip: `GroupNote: ${this.serverProblem.replace(/\.?$/, '.')} See the GroupNote output.`,
      };
    } else if (!this.checked.isChecked(document.uri)) {
      shown = { text: '$(sync~spin) GroupNote: checking…', tooltip: 'GroupNote is checking this note.' };
    } else {
      shown = describeCounts(countDiagnostics(groupNoteDiagnostics(document.uri)));
    }
    this.item.text = shown.text;
    this.item.tooltip = shown.tooltip;
    this.item.accessibilityInformation = { label: shown.text.replace(/\$\([^)]*\)\s*/g, ''), role: 'button' };
    this.item.command = { title: 'Show Problems', command: STATUS_COMMAND };
    this.item.show();
    this.current = { visible: true, text: shown.text, tooltip: shown.tooltip, command: STATUS_COMMAND };
    this.updated.fire(this.state);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
