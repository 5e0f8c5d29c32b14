import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { Requests, type NewNoteRosterResult, type NewNoteSectionsResult } from '../../../protocol/src/protocol';
import { dateProblem, today } from '../dates';
import { recentNotesFolder, withAttendees, type NoteFile } from '../noteTemplateText';
import type { GroupNoteServer } from '../server';
import { noteTemplate } from '../template';
import { slugify } from '../text';
import { toUri } from '../uris';

/** Arguments for `groupnote.newNote` when run from code (tests, other commands); every field is optional. */
export interface NewNoteOptions {
  /** Date of service, YYYY-MM-DD. Asked for when missing (default today). */
  date?: string;
  /** Group name, e.g. "CBT anxiety group". Asked for when missing. */
  group?: string;
  /**
   * Folder to create the note in (path or URI). Default: the setting `groupnote.newNote.folder` of the
   * workspace folder, else the folder of its most recent notes, else its `notes/` folder.
   */
  folder?: string | vscode.Uri;
  /** Roster group id whose members are the attendees (instead of asking). */
  rosterGroup?: string;
  /** Roster patient ids of the attendees (instead of asking). */
  attendees?: string[];
}

/** The folder of new notes when nothing says otherwise (relative to the workspace folder). */
export const DEFAULT_NOTES_FOLDER = 'notes';

const NOTE_SUFFIX = '.group.md';

/**
 * Creates `<date>-<slug>.group.md` from the note template (the "Group note (two layers)" snippet)
 * where the practice keeps its notes, with the attendees picked from the roster (a group's usual
 * members, or patients chosen one by one) and a member section for each; never overwriting a file.
 * Opens it with the template's tab stops active and saves it. Accepts options, or a folder URI
 * (explorer context menu). Returns the new file, or undefined if cancelled.
 */
export async function newNote(
  extensionUri: vscode.Uri,
  server: GroupNoteServer,
  arg?: NewNoteOptions | vscode.Uri,
): Promise<vscode.Uri | undefined> {
  const options: NewNoteOptions = arg instanceof vscode.Uri ? { folder: arg } : (arg ?? {});

  const folder = await resolveFolder(options.folder);
  if (!folder) return undefined;

  const date = options.date ?? (await askDate());
  if (date === undefined) return undefined;
  const problem = dateProblem(date);
  if (problem) throw new Error(problem);

  const roster = await server.request<NewNoteRosterResult>(Requests.newNoteRoster, { folder: folder.fsPath });
  const picked = await pickAttendees(roster, options);
  if (picked === undefined) return undefined;

  const group = (options.group ?? (await askGroup(picked.groupName)))?.trim();
  if (group === undefined) return undefined;
  if (!group) throw new Error('The group name is empty.');

  let template = await noteTemplate(extensionUri, { date: date.trim(), group });
  if (picked.ids.length) {
    const { sections } = await server.request<NewNoteSectionsResult>(Requests.newNoteSections, {
      folder: folder.fsPath,
      ids: picked.ids,
    });
    template = withAttendees(
      template,
      sections.map(({ id, name, snippet }) => ({ id, name, section: snippet })),
    );
  }
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
  const workspaceFolder =
    folders.length === 1
      ? folders[0]
      : await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Workspace folder for the new group note' });
  return workspaceFolder && notesFolder(workspaceFolder);
}

/**
 * Where the practice keeps its notes in a workspace folder: the setting `groupnote.newNote.folder`
 * (read for that folder; relative to it, or absolute), else the folder of the most recent notes,
 * else `notes/`.
 */
export async function notesFolder(workspaceFolder: vscode.WorkspaceFolder): Promise<vscode.Uri> {
  const configured = vscode.workspace
    .getConfiguration('groupnote', workspaceFolder.uri)
    .get<string>('newNote.folder', '')
    .trim();
  if (configured)
    return path.isAbsolute(configured)
      ? vscode.Uri.file(configured)
      : vscode.Uri.joinPath(workspaceFolder.uri, configured);
  const found = await vscode.workspace.findFiles(
    new vscode.RelativePattern(workspaceFolder, '**/*.group.md'),
    '**/{node_modules,.git}/**',
    2000,
  );
  const files: NoteFile[] = [];
  for (const uri of found) {
    try {
      files.push({ path: uri.fsPath, modified: (await vscode.workspace.fs.stat(uri)).mtime });
    } catch {
      // deleted meanwhile: not a note any more
    }
  }
  const recent = recentNotesFolder(files);
  return recent ? vscode.Uri.file(recent) : vscode.Uri.joinPath(workspaceFolder.uri, DEFAULT_NOTES_FOLDER);
}

interface PickedAttendees {
  ids: string[];
  /** The roster group's name, offered as the group type. */
  groupName?: string;
}

interface GroupItem extends vscode.QuickPickItem {
  group?: NewNoteRosterResult['groups'][number];
}

/** The attendees of the new note: from the options, a roster group, or patients picked one by one. */
async function pickAttendees(
  roster: NewNoteRosterResult,
  options: NewNoteOptions,
): Promise<PickedAttendees | undefined> {
  if (options.attendees) return { ids: options.attendees };
  if (options.rosterGroup !== undefined) {
    const group = roster.groups.find((candidate) => candidate.id === options.rosterGroup);
    if (!group) throw new Error(`the roster has no group "${options.rosterGroup}"`);
    return { ids: group.members, groupName: group.name };
  }
  // No roster (or an empty one): the template's placeholder attendee, as before a roster exists.
  if (!roster.found || roster.patients.length === 0) return { ids: [] };
  const names = new Map(roster.patients.map((patient) => [patient.id, patient.name]));
  if (roster.groups.length) {
    const items: GroupItem[] = [
      ...roster.groups.map((group) => ({
        label: group.name,
        description: `${group.members.length} member${group.members.length === 1 ? '' : 's'}`,
        detail: group.members.map((id) => `${names.get(id) ?? id} (${id})`).join(', '),
        group,
      })),
      { label: '', kind: vscode.QuickPickItemKind.Separator },
      { label: 'Choose the attendees from the roster…' },
    ];
    const chosen = await vscode.window.showQuickPick(items, {
      title: 'New Group Note: which group met?',
      placeHolder: "The group's members become the attendees (set each one's status in the note)",
      ignoreFocusOut: true,
    });
    if (!chosen) return undefined;
    if (chosen.group) return { ids: chosen.group.members, groupName: chosen.group.name };
  }
  const patients = await vscode.window.showQuickPick(
    roster.patients.map((patient) => ({ label: patient.name, description: patient.id, id: patient.id })),
    {
      title: 'New Group Note: attendees',
      placeHolder: 'The members on the roster of this session (a group has two or more)',
      canPickMany: true,
      ignoreFocusOut: true,
    },
  );
  if (!patients) return undefined;
  return { ids: patients.map((patient) => patient.id) };
}

async function askDate(): Promise<string | undefined> {
  return vscode.window.showInputBox({
    title: 'New Group Note: date of service',
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

async function askGroup(suggested?: string): Promise<string | undefined> {
  return vscode.window.showInputBox({
    title: 'New Group Note: group',
    prompt: 'Group name (the group type), e.g. CBT-based anxiety management group',
    placeHolder: 'Group name',
    value: suggested,
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
