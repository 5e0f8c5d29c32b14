import * as fs from 'fs';
import * as vscode from 'vscode';
import { dateProblem, today } from '../dates';
import { noteTemplate } from '../template';
import { slugify } from '../text';
import { toUri } from '../uris';

/** Arguments for `groupnote.newNote` when run from code (tests, other commands); every field is optional. */
export interface NewNoteOptions {
  /** Date of service, YYYY-MM-DD. Asked for when missing (default today). */
  date?: string;
  /** Group name, e.g. "CBT anxiety group". Asked for when missing. */
  group?: string;
  /** Folder to create the note in (path or URI). Default: the workspace folder. */
  folder?: string | vscode.Uri;
}

const NOTE_SUFFIX = '.group.md';

/**
 * Creates `<date>-<slug>.group.md` from the note template (the "Group note (two layers)" snippet),
 * never overwriting a file, opens it with the template's tab stops active and saves it.
 * Accepts options, or a folder URI (explorer context menu). Returns the new file, or undefined if cancelled.
 */
export async function newNote(
  extensionUri: vscode.Uri,
  arg?: NewNoteOptions | vscode.Uri,
): Promise<vscode.Uri | undefined> {
  const options: NewNoteOptions = arg instanceof vscode.Uri ? { folder: arg } : (arg ?? {});

  const folder = await resolveFolder(options.folder);
  if (!folder) return undefined;

  const date = options.date ?? (await askDate());
  if (date === undefined) return undefined;
  const problem = dateProblem(date);
  if (problem) throw new Error(problem);

  const group = (options.group ?? (await askGroup()))?.trim();
  if (group === undefined) return undefined;
  if (!group) throw new Error('The group name is empty.');

  const template = await noteTemplate(extensionUri, { date: date.trim(), group });
  const uri = await createUniqueFile(folder, `${date.trim()}-${slugify(group)}`);

  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  const inserted = await editor.insertSnippet(new vscode.SnippetString(template), new vscode.Position(0, 0));
  if (!inserted) throw new Error(`could not insert the note template into ${vscode.workspace.asRelativePath(uri)}`);
  await document.save();
  return uri;
}

async function resolveFolder(folder: string | vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
  if (folder instanceof vscode.Uri || (typeof folder === 'string' && folder)) return toUri(folder);
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showWarningMessage(
      'GroupNote: open a folder first; new notes are created in the workspace folder.',
    );
    return undefined;
  }
  if (folders.length === 1) return folders[0].uri;
  const picked = await vscode.window.showWorkspaceFolderPick({
    placeHolder: 'Workspace folder for the new group note',
  });
  return picked?.uri;
}

async function askDate(): Promise<string | undefined> {
  return vscode.window.showInputBox({
    title: 'New Group Note (1/2)',
    prompt: 'Date of service (YYYY-MM-DD)',
    value: today(),
    ignoreFocusOut: true,
    validateInput: (value) => {
      const problem = dateProblem(value);
      if (problem) return problem;
      if (value.trim() > today()) {
        return {
          message: 'This date is in the future: a note documents a session that took place.',
          severity: vscode.InputBoxValidationSeverity.Warning,
        };
      }
      return undefined;
    },
  });
}

async function askGroup(): Promise<string | undefined> {
  return vscode.window.showInputBox({
    title: 'New Group Note (2/2)',
    prompt: 'Group name (the group type), e.g. CBT-based anxiety management group',
    placeHolder: 'Group name',
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() ? undefined : 'Enter the group name; it also names the file.'),
  });
}

/** Creates an empty `<base>.group.md` in `folder`, or `<base>-2.group.md`, ... when taken. Never overwrites. */
async function createUniqueFile(folder: vscode.Uri, base: string): Promise<vscode.Uri> {
  for (let n = 1; n <= 999; n++) {
    const uri = vscode.Uri.joinPath(folder, `${base}${n === 1 ? '' : `-${n}`}${NOTE_SUFFIX}`);
    if (await createExclusive(uri)) return uri;
  }
  throw new Error(`too many notes named ${base}*${NOTE_SUFFIX} in ${folder.fsPath}`);
}

async function createExclusive(uri: vscode.Uri): Promise<boolean> {
  if (uri.scheme === 'file') {
    await fs.promises.mkdir(vscode.Uri.joinPath(uri, '..').fsPath, { recursive: true });
    try {
      await fs.promises.writeFile(uri.fsPath, '', { flag: 'wx' });
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
  }
  try {
    await vscode.workspace.fs.stat(uri);
    return false;
  } catch {
    await vscode.workspace.fs.writeFile(uri, new Uint8Array());
    return true;
  }
}
