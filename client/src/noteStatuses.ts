import * as vscode from 'vscode';
import { LANGUAGE_ID, Notifications, type NoteStatusParams } from '../../protocol/src/protocol';

/** Subscribes to a server notification (GroupNoteServer.onNotification). */
export type NotificationSource = (method: string, handler: (params: NoteStatusParams) => void) => vscode.Disposable;

/**
 * Each open note's status as the language server last sent it (`groupnote/noteStatus`, right after the
 * note's diagnostics): its readiness, date, group label and counts. The client shows these as they come;
 * it never works out readiness or reads a note itself. A note just opened has no status yet: "checking",
 * not "ready". `onDidChange` fires with the note whose status arrived.
 */
export class NoteStatuses implements vscode.Disposable {
  private readonly statuses = new Map<string, NoteStatusParams>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly subscriptions: vscode.Disposable[];
  readonly onDidChange = this.changed.event;

  constructor(subscribe: NotificationSource) {
    this.subscriptions = [
      this.changed,
      subscribe(Notifications.noteStatus, (status) => {
        const uri = vscode.Uri.parse(status.uri);
        const open = vscode.workspace.textDocuments.some(
          (document) => document.languageId === LANGUAGE_ID && document.uri.toString() === uri.toString(),
        );
        // A status that arrives after its note was closed is not kept: the listing describes the disk again.
        if (!open) return;
        this.statuses.set(uri.toString(), status);
        this.changed.fire(uri);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.statuses.delete(document.uri.toString())),
    ];
  }

  /** The open note's last status, or undefined until the server has checked it. */
  get(uri: vscode.Uri): NoteStatusParams | undefined {
    return this.statuses.get(uri.toString());
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.statuses.clear();
  }
}
