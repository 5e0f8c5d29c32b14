import * as vscode from 'vscode';
import {
  LANGUAGE_ID,
  READINESS_WORDING,
  readinessDetail,
  readinessTitle,
  SET_UP_PRACTICE,
  type NoteSummary,
} from '../../../protocol/src/protocol';
import type { NoteStatuses } from '../noteStatuses';
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

/**
 * Status bar text, tooltip and click for a note's status, in the words of protocol/src/readiness.ts (the
 * CodeLens, the notes view and the command line use the same). Ids and counts only: never note text or names.
 */
export function describeStatus(status: NoteSummary): { text: string; tooltip: string; command: string } {
  const { readiness } = status;
  const counts = [plural(status.errors, 'error'), plural(status.warnings, 'warning')].join(', ');
  const setUp = readiness.state === 'cannot-export';
  return {
    text: `$(${READINESS_WORDING[readiness.state].icon}) GroupNote: ${readinessTitle(readiness)}`,
    tooltip:
      `GroupNote: ${READINESS_WORDING[readiness.state].label}. ${readinessDetail(readiness)} ` +
      `This note: ${counts}. Click to ${setUp ? `run "${SET_UP_PRACTICE.title}"` : 'open the Problems panel'}.`,
    command: setUp ? SET_UP_PRACTICE.command : STATUS_COMMAND,
  };
}

/**
 * The readiness of the note in the active editor, as the language server sent it with the note's
 * diagnostics; hidden when the active editor is not a group note. Updates when the active editor changes
 * or a new status for its note arrives.
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
    private readonly statuses: NoteStatuses,
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
      statuses.onDidChange((uri) => {
        if (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) this.update();
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
    let shown: { text: string; tooltip: string; command: string };
    const status = this.statuses.get(document.uri);
    if (this.serverProblem) {
      shown = {
        text: '$(circle-slash) GroupNote: not checked',
        tooltip: `GroupNote: ${this.serverProblem.replace(/\.?$/, '.')} See the GroupNote output.`,
        command: STATUS_COMMAND,
      };
    } else if (!status) {
      shown = {
        text: '$(sync~spin) GroupNote: checking…',
        tooltip: 'GroupNote is checking this note.',
        command: STATUS_COMMAND,
      };
    } else {
      shown = describeStatus(status);
    }
    this.item.text = shown.text;
    this.item.tooltip = shown.tooltip;
    this.item.accessibilityInformation = { label: shown.text.replace(/\$\([^)]*\)\s*/g, ''), role: 'button' };
    this.item.command = {
      title: shown.command === STATUS_COMMAND ? 'Show Problems' : SET_UP_PRACTICE.title,
      command: shown.command,
    };
    this.item.show();
    this.current = { visible: true, text: shown.text, tooltip: shown.tooltip, command: shown.command };
    this.updated.fire(this.state);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
