import * as path from 'path';
import * as vscode from 'vscode';
import { ExportClaimsResult, HeldBack } from '../../../protocol/src/protocol';
import { money, plural } from '../text';

const SHOW_HELD_BACK = 'Show held-back';
const SHOW_SILENCED = 'Show silenced errors';
const CHECK_EACH = 'check each is justified';
const REVEAL = 'Reveal';
const REPLACE = 'Replace Claims…';

/**
 * Shows what an export did, with actions to review held-back attendees, reveal the files and, when
 * every claim had been exported before, send them again as replacements (`replace`). Does not wait for the user.
 */
export function showExportSummary(result: ExportClaimsResult, replace?: () => Promise<unknown>): void {
  const actions: string[] = [];
  if (result.heldBack.length > 0) actions.push(SHOW_HELD_BACK);
  // Errors a groupnote-disable directive hid in exported notes: billed, so the biller must see them.
  const silenced = result.suppressed ?? [];
  if (silenced.length > 0) actions.push(SHOW_SILENCED);
  // Only when nothing new went out: a rerun with `replace` would otherwise also replace the claims just sent.
  if (result.duplicates.length > 0 && result.claims === 0 && replace) actions.push(REPLACE);
  // An earlier export stopped midway was finished or undone first: the biller should know either way.
  if (result.recovered) void vscode.window.showWarningMessage(`GroupNote: ${result.recovered}.`);
  let shown: Thenable<string | undefined>;
  if (result.error) {
    // Also "nothing to export": the held-back reasons are still listed.
    shown = vscode.window.showErrorMessage(`GroupNote: ${result.error}`, ...actions);
  } else {
    let message = `GroupNote: exported ${plural(result.claims, 'claim')}, total charges ${money(result.totalCharges)}.`;
    if (silenced.length > 0)
      message += ` Exported despite ${plural(silenced.length, 'error')} silenced by groupnote-disable: ${CHECK_EACH}.`;
    if (result.heldBack.length > 0) message += ` Held back: ${describeHeldBack(result.heldBack)}.`;
    if (result.duplicates.length > 0)
      message += ` ${plural(result.duplicates.length, 'claim')} already exported, not sent again.`;
    if (result.files.length > 0) actions.push(REVEAL);
    const warn = result.heldBack.length > 0 || silenced.length > 0 || result.claims === 0;
    shown = warn
      ? vscode.window.showWarningMessage(message, ...actions)
      : vscode.window.showInformationMessage(message, ...actions);
  }
  void shown.then(async (choice) => {
    if (choice === SHOW_HELD_BACK) await pickHeldBack(result.heldBack);
    else if (choice === SHOW_SILENCED)
      await pickHeldBack(
        silenced.map((item) => ({ ...item, reason: item.message })),
        'Exported despite errors silenced by groupnote-disable',
      );
    else if (choice === REVEAL) await reveal(result);
    else if (choice === REPLACE && replace && (await confirmReplace(result.duplicates.length))) await replace();
  });
}

/**
 * "2 attendees (3 reasons)", "1 note and 1 attendee (4 reasons)": a reason without an attendee holds back its whole
 * note.
 */
export function describeHeldBack(heldBack: HeldBack[]): string {
  const notes = new Set(heldBack.filter((h) => !h.attendeeId).map((h) => h.uri));
  const attendees = new Set(
    heldBack.filter((h) => h.attendeeId && !notes.has(h.uri)).map((h) => `${h.uri}#${h.attendeeId}`),
  );
  const parts = [
    notes.size ? plural(notes.size, 'note') : '',
    attendees.size ? plural(attendees.size, 'attendee') : '',
  ].filter(Boolean);
  return `${parts.join(' and ')} (${plural(heldBack.length, 'reason')})`;
}

async function confirmReplace(count: number): Promise<boolean> {
  const send = 'Send Replacements';
  const choice = await vscode.window.showWarningMessage(
    `Send ${plural(count, 'corrected claim')} replacing the ${count === 1 ? 'one' : 'ones'} already exported?`,
    {
      modal: true,
      detail:
        'Replacement claims (frequency code 7) refer to the original claim ids in .groupnote/ledger.json. Send them' +
        ' only when the original claims need correcting.',
    },
    send,
  );
  return choice === send;
}

interface HeldBackItem extends vscode.QuickPickItem {
  heldBack: HeldBack;
}

/** Quick pick of the held-back attendees; choosing one opens its note at the problem. */
export async function pickHeldBack(heldBack: HeldBack[], title = 'Held back from the export'): Promise<void> {
  const items: HeldBackItem[] = heldBack.map((h) => {
    const uri = vscode.Uri.parse(h.uri);
    return {
      heldBack: h,
      label: `$(warning) ${h.attendeeId ?? 'whole note'}${h.ruleId ? ` · ${h.ruleId}` : ''}`,
      description: `${vscode.workspace.asRelativePath(uri)}:${h.line + 1}`,
      detail: h.reason,
    };
  });
  const picked = await vscode.window.showQuickPick(items, {
    title,
    placeHolder: 'Choose one to open the note at the problem',
    matchOnDetail: true,
  });
  if (picked) await openAt(picked.heldBack);
}

export async function openAt(h: Pick<HeldBack, 'uri' | 'line' | 'character'>): Promise<vscode.TextEditor> {
  const position = new vscode.Position(Math.max(0, h.line), Math.max(0, h.character));
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(h.uri), {
    selection: new vscode.Range(position, position),
    preview: false,
  });
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** Shows the exported files: in the OS file manager on a desktop, else in the Explorer or a new window. */
export async function reveal(result: Pick<ExportClaimsResult, 'files' | 'outDir'>): Promise<void> {
  const target = vscode.Uri.file(result.files[0] ?? result.outDir);
  if (vscode.env.uiKind === vscode.UIKind.Desktop && !vscode.env.remoteName) {
    await vscode.commands.executeCommand('revealFileInOS', target);
  } else if (vscode.workspace.getWorkspaceFolder(target)) {
    await vscode.commands.executeCommand('revealInExplorer', target);
  } else {
    await vscode.commands.executeCommand(
      'vscode.openFolder',
      vscode.Uri.file(result.outDir || path.dirname(target.fsPath)),
      { forceNewWindow: true },
    );
  }
}
