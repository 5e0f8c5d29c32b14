import * as vscode from 'vscode';
import { Requests, type SetUpPracticeParams, type SetUpPracticeResult } from '../../../protocol/src/protocol';
import type { GroupNoteServer } from '../server';

/** The questions of "GroupNote: Set Up Practice" (the same as `groupnote init`); the server checks the answers. */
const QUESTIONS: { key: 'name' | 'npi' | 'taxId' | 'taxonomy'; prompt: string; placeHolder: string }[] = [
  { key: 'name', prompt: 'Practice (billing provider) name', placeHolder: 'Riverbend Group Therapy PLLC' },
  { key: 'npi', prompt: 'Billing NPI (10 digits)', placeHolder: '1234567893' },
  { key: 'taxId', prompt: 'Tax id (EIN, 9 digits)', placeHolder: '12-3456789' },
  {
    key: 'taxonomy',
    prompt: 'Taxonomy code',
    placeHolder: '101YM0800X (counselor), 1041C0700X (clinical social worker)',
  },
];

/**
 * Asks a few questions and has the server write `.groupnote/` into a workspace folder, never over an
 * existing file; opens practice.yaml to finish (address, clearinghouse ids). Resolves to the server's answer.
 */
export async function setUpPractice(
  server: GroupNoteServer,
  given: Partial<SetUpPracticeParams> = {},
): Promise<SetUpPracticeResult | undefined> {
  const folder = given.folder ? vscode.Uri.file(given.folder) : await pickFolder();
  if (!folder) return undefined;
  const answers: Partial<SetUpPracticeParams> = { ...given, folder: folder.fsPath };
  for (const question of QUESTIONS) {
    if (answers[question.key] !== undefined) continue;
    const answer = await vscode.window.showInputBox({
      title: 'GroupNote: Set Up Practice',
      prompt: question.prompt,
      placeHolder: question.placeHolder,
      ignoreFocusOut: true,
    });
    if (answer === undefined) return undefined;
    answers[question.key] = answer.trim();
  }
  if (!answers.payers) {
    const payers = await vscode.window.showInputBox({
      title: 'GroupNote: Set Up Practice',
      prompt: 'Payers you bill, as ID=Name separated by commas (optional; you can add them later)',
      placeHolder: '60054=Aetna, MCR01=Medicare',
      ignoreFocusOut: true,
    });
    if (payers === undefined) return undefined;
    answers.payers = payers; // ID=Name, ...: the server reads it (as groupnote init does)
  }
  const result = await server.request<SetUpPracticeResult>(Requests.setUpPractice, answers);
  if (result.problems.length) {
    void vscode.window.showErrorMessage(`GroupNote: nothing was written: ${result.problems.join('; ')}`);
    return result;
  }
  const kept = result.kept.length
    ? ` Kept ${result.kept.length} existing file${result.kept.length === 1 ? '' : 's'} (never overwritten).`
    : '';
  void vscode.window.showInformationMessage(
    `GroupNote: wrote ${result.written.length} settings file${result.written.length === 1 ? '' : 's'} in ` +
      `.groupnote.${kept} ` +
      'Add your patients to roster.yaml and the address and clearinghouse ids to practice.yaml.',
  );
  const practice = vscode.Uri.joinPath(folder, '.groupnote', 'practice.yaml');
  await vscode.window.showTextDocument(practice, { preview: false });
  return result;
}

async function pickFolder(): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 1) return folders[0].uri;
  if (folders.length > 1)
    return (await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Folder for the practice settings' }))?.uri;
  const picked = await vscode.window.showOpenDialog({
    canSelectFolders: true,
    canSelectFiles: false,
    openLabel: 'Set up the practice here',
  });
  return picked?.[0];
}
