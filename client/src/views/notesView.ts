import * as vscode from 'vscode';
import { LANGUAGE_ID, Requests, type NoteReadiness, type NoteSummary } from '../../../protocol/src/protocol';
import { parseNote } from '../../../server/src/parse/parseNote';
import { asText, dateText } from '../../../server/src/parse/values';
import { Debouncer } from '../debounce';
import { CheckedNotes, countDiagnostics, groupNoteDiagnostics } from '../diagnostics';
import { errorMessage, type GroupNoteServer } from '../server';
import { plural } from '../text';

/** The Explorer view "Group Notes" (package.json `contributes.views.explorer`). */
export const NOTES_VIEW_ID = 'groupnote.notes';

export const NotesViewCommands = {
  refresh: 'groupnote.refreshNotes',
  groupByDate: 'groupnote.notesGroupByDate',
  flatList: 'groupnote.notesFlatList',
} as const;

/** Context keys used in package.json `when` clauses. */
const HAS_NOTES_KEY = 'groupnote.hasNotes';
const GROUPED_KEY = 'groupnote.notesGroupedByDate';
/** workspaceState key of the chosen layout. */
const GROUPING_STATE = 'groupnote.notesView.grouping';

const NOTE_GLOB = '**/*.group.md';
/** Files whose change can change every note's findings or readiness: roster, practice, config, the export ledger. */
const SETTINGS_GLOB = '**/.groupnote/{*.yaml,ledger.json}';

/**
 * A listing re-checks every note of the workspace in the language server: it waits for bursts of
 * file events to end. Diagnostics of open notes only re-read what the client already has.
 */
const RELIST_DELAY_MS = 1000;
const DIAGNOSTICS_DELAY_MS = 300;
/** Date groups shown expanded at first: about a week of sessions. */
const EXPANDED_DATES = 7;

export type NotesGrouping = 'date' | 'flat';

export interface DateNode {
  kind: 'date';
  /** YYYY-MM-DD; undefined for the notes without a (valid) date of service. */
  date: string | undefined;
  notes: NoteSummary[];
  /** Position among the date groups, newest first. */
  index: number;
}

export interface NoteNode {
  kind: 'note';
  note: NoteSummary;
  /** Under a date group (the label leaves the date out) or in the flat list. */
  grouped: boolean;
}

export type NotesNode = DateNode | NoteNode;

/** Newest date first, undated notes last; then by group type and file. */
function compareNotes(a: NoteSummary, b: NoteSummary): number {
  if (a.date !== b.date) {
    if (!a.date) return 1;
    if (!b.date) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return (a.group ?? '').localeCompare(b.group ?? '') || a.uri.localeCompare(b.uri);
}

function readinessOf(summary: Pick<NoteSummary, 'errors' | 'warnings'>): NoteReadiness {
  return summary.errors > 0 ? 'errors' : summary.warnings > 0 ? 'warnings' : 'clean';
}

/** "ready to bill", "2 warnings", "3 errors, 1 warning", "exported", "exported · 1 error". */
export function readinessText(note: NoteSummary): string {
  const counts = [
    note.errors ? plural(note.errors, 'error') : '',
    note.warnings ? plural(note.warnings, 'warning') : '',
  ]
    .filter(Boolean)
    .join(', ');
  const copied = note.copiedForward ? ` · ${copiedForwardText(note.copiedForward)}` : '';
  if (note.readiness === 'exported') return (counts ? `exported · ${counts}` : 'exported') + copied;
  return (counts || 'ready to bill') + copied;
}

/** "1 section copied forward" (GN307): how many member sections repeat the same patient's earlier session. */
export function copiedForwardText(sections: number): string {
  return `${plural(sections, 'section')} copied forward`;
}

const READINESS_ICONS: Record<NoteReadiness, vscode.ThemeIcon> = {
  clean: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
  warnings: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  errors: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  exported: new vscode.ThemeIcon('export', new vscode.ThemeColor('charts.blue')),
};

const READINESS_LABELS: Record<NoteReadiness, string> = {
  clean: 'Ready to bill',
  warnings: 'Billable, with warnings (audit risks)',
  errors: 'Errors: claims are held back at export',
  exported: 'Claims exported',
};

/** Date of service and group type as the server's listing reads them (server/src/service/listNotes.ts). */
function headlineOf(text: string): Pick<NoteSummary, 'date' | 'group'> {
  const note = parseNote(text);
  const date = dateText(note.header.value?.date);
  const group =
    asText(note.header.get(['group', 'type']))?.trim() ||
    asText(note.header.get(['group', 'theme']))?.trim() ||
    undefined;
  return { date, group };
}

/**
 * The notes of the workspace with their readiness. The list comes from `groupnote/listNotes`
 * (every note checked by the language server), fetched when the view asks for it after an
 * `invalidate()`: a hidden view costs nothing. Open notes are shown as the editor has them: their
 * date and group type from the current text and, once checked, their counts from the diagnostics.
 * Items show the date, the group type and the readiness, never a patient's name.
 */
export class NotesTreeProvider implements vscode.TreeDataProvider<NotesNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<NotesNode | undefined>();
  private readonly loadedEmitter = new vscode.EventEmitter<{ notes: number; error?: string }>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly staleEmitter = new vscode.EventEmitter<void>();
  /** Fires after each listing from the server, with its size or why it failed. */
  readonly onDidLoad = this.loadedEmitter.event;
  /** Fires when the listing no longer matches the disk (an edited note was closed): list again soon. */
  readonly onDidBecomeStale = this.staleEmitter.event;

  private listing: NoteSummary[] | undefined;
  private requested = 0;
  private loaded = -1;
  private inflight: Promise<void> | undefined;
  private readonly headlines = new Map<string, { version: number; headline: Pick<NoteSummary, 'date' | 'group'> }>();
  /**
   * Open notes whose listed state may differ from the disk once they close: edited or saved since
   * the listing, or unsaved when it was made (the server lists open notes as the editor has them).
   */
  private touched = new Set<string>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly server: Pick<GroupNoteServer, 'request'>,
    private readonly checked: CheckedNotes,
    private groupingMode: NotesGrouping,
  ) {
    const touch = (document: vscode.TextDocument) =>
      document.languageId === LANGUAGE_ID ? this.touched.add(document.uri.toString()) : undefined;
    this.subscriptions = [
      this.changed,
      this.loadedEmitter,
      this.staleEmitter,
      vscode.workspace.onDidChangeTextDocument((event) =>
        event.contentChanges.length ? touch(event.document) : undefined,
      ),
      vscode.workspace.onDidSaveTextDocument(touch),
      vscode.workspace.onDidCloseTextDocument((document) => {
        const key = document.uri.toString();
        this.headlines.delete(key);
        // The view showed the editor's state; the listing may hold another one. (Not listed at once:
        // the language client tells the server about the close after this event.)
        if (
          this.touched.delete(key) &&
          this.listing?.some((summary) => vscode.Uri.parse(summary.uri).toString() === key)
        )
          this.staleEmitter.fire();
      }),
    ];
  }

  get grouping(): NotesGrouping {
    return this.groupingMode;
  }

  set grouping(mode: NotesGrouping) {
    if (mode === this.groupingMode) return;
    this.groupingMode = mode;
    this.changed.fire(undefined);
  }

  /** The listing is out of date (files, roster or ledger changed): the next look at the view lists the notes again. */
  invalidate(): void {
    this.requested++;
    this.changed.fire(undefined);
  }

  /** Open notes' diagnostics or text changed: the view re-reads them, without a new listing. */
  refreshOpenNotes(): void {
    this.changed.fire(undefined);
  }

  /** Lists the notes again now and returns them as the view shows them. */
  async refresh(): Promise<NoteSummary[]> {
    this.invalidate();
    return this.notes();
  }

  /** The notes as the view shows them, newest first. */
  async notes(): Promise<NoteSummary[]> {
    await this.ensureListed();
    const open = new Map(
      vscode.workspace.textDocuments
        .filter((document) => document.languageId === LANGUAGE_ID && !document.isClosed)
        .map((document) => [document.uri.toString(), document]),
    );
    return (this.listing ?? []).map((summary) => this.withEditorState(summary, open)).sort(compareNotes);
  }

  private async ensureListed(): Promise<void> {
    while (this.loaded < this.requested || !this.listing) {
      if (!this.inflight) {
        const generation = this.requested;
        this.inflight = this.list(generation).finally(() => (this.inflight = undefined));
      }
      await this.inflight;
      if (!this.listing) return; // the first listing failed: onDidLoad said why
    }
  }

  private async list(generation: number): Promise<void> {
    this.touched = new Set(
      vscode.workspace.textDocuments
        .filter((document) => document.languageId === LANGUAGE_ID && document.isDirty)
        .map((document) => document.uri.toString()),
    );
    try {
      const notes = await this.server.request<NoteSummary[]>(Requests.listNotes, {});
      this.listing = notes;
      this.loadedEmitter.fire({ notes: notes.length });
    } catch (error) {
      this.loadedEmitter.fire({ notes: this.listing?.length ?? 0, error: errorMessage(error) });
    } finally {
      this.loaded = Math.max(this.loaded, generation);
    }
  }

  /** A listed note, updated from its open editor: current date and group type, and counts once checked. */
  private withEditorState(summary: NoteSummary, open: Map<string, vscode.TextDocument>): NoteSummary {
    const uri = vscode.Uri.parse(summary.uri);
    const document = open.get(uri.toString());
    if (!document) return summary;
    const result: NoteSummary = { ...summary };
    const { date, group } = this.headline(document);
    if (date) result.date = date;
    else delete result.date;
    if (group) result.group = group;
    else delete result.group;
    if (this.checked.isChecked(uri)) {
      const counts = countDiagnostics(groupNoteDiagnostics(uri));
      result.errors = counts.errors;
      result.warnings = counts.warnings;
      if (counts.copiedForward) result.copiedForward = counts.copiedForward;
      else delete result.copiedForward;
    }
    // Exported stays exported until the ledger or the date of service changes (a new listing follows a ledger change).
    result.readiness =
      summary.readiness === 'exported' && result.date === summary.date ? 'exported' : readinessOf(result);
    return result;
  }

  private headline(document: vscode.TextDocument): Pick<NoteSummary, 'date' | 'group'> {
    const key = document.uri.toString();
    const cached = this.headlines.get(key);
    if (cached && cached.version === document.version) return cached.headline;
    const headline = headlineOf(document.getText());
    this.headlines.set(key, { version: document.version, headline });
    return headline;
  }

  async getChildren(element?: NotesNode): Promise<NotesNode[]> {
    if (element?.kind === 'note') return [];
    if (element?.kind === 'date') return element.notes.map((note) => ({ kind: 'note', note, grouped: true }));
    const notes = await this.notes();
    if (this.groupingMode === 'flat') return notes.map((note) => ({ kind: 'note', note, grouped: false }));
    const groups: DateNode[] = [];
    for (const note of notes) {
      const last = groups[groups.length - 1];
      if (last && last.date === note.date) last.notes.push(note);
      else groups.push({ kind: 'date', date: note.date, notes: [note], index: groups.length });
    }
    return groups;
  }

  getTreeItem(element: NotesNode): vscode.TreeItem {
    return element.kind === 'date' ? dateItem(element) : noteItem(element);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

function dateItem(node: DateNode): vscode.TreeItem {
  const state =
    node.index < EXPANDED_DATES ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
  const item = new vscode.TreeItem(node.date ?? 'No date of service', state);
  item.id = `date:${node.date ?? ''}`;
  const withErrors = node.notes.filter((note) => note.errors > 0).length;
  item.description = [plural(node.notes.length, 'note'), withErrors ? `${withErrors} with errors` : '']
    .filter(Boolean)
    .join(' · ');
  item.iconPath = new vscode.ThemeIcon('calendar');
  item.tooltip = node.date
    ? `Sessions on ${node.date}: ${item.description}`
    : `Notes without a valid date of service: ${item.description}`;
  item.contextValue = 'groupnote.date';
  return item;
}

function noteItem(node: NoteNode): vscode.TreeItem {
  const { note } = node;
  const group = note.group ?? 'Group note (no group type)';
  const date = note.date ?? 'no date';
  const item = new vscode.TreeItem(node.grouped ? group : `${date} · ${group}`, vscode.TreeItemCollapsibleState.None);
  const uri = vscode.Uri.parse(note.uri);
  item.id = `note:${note.uri}`;
  item.description = readinessText(note);
  item.iconPath = READINESS_ICONS[note.readiness];
  // Date, group type, readiness and the file: what the Explorer already shows, and never a patient's name.
  item.tooltip =
    `${date} · ${group}\n${READINESS_LABELS[note.readiness]}: ` +
    `${item.description}\n${vscode.workspace.asRelativePath(uri)}` +
    (note.copiedForward
      ? `\n${copiedForwardText(note.copiedForward)} from the same patient's earlier session (GN307)`
      : '');
  item.accessibilityInformation = {
    label: `${date}, ${group}, ${READINESS_LABELS[note.readiness]}, ${item.description}`,
  };
  item.command = { title: 'Open Note', command: 'vscode.open', arguments: [uri] };
  item.contextValue = `groupnote.note.${note.readiness}`;
  return item;
}

/** The notes view for the extension API (tests and other extensions). */
export interface NotesViewApi {
  readonly treeView: vscode.TreeView<NotesNode>;
  readonly provider: NotesTreeProvider;
}

/**
 * Creates the "Group Notes" view with its commands. The listing is redone (debounced) when notes
 * are created or deleted, changed outside the editor, when `.groupnote/` files (roster, practice,
 * config, export ledger) or the `groupnote` settings change; open notes follow their diagnostics.
 */
export function registerNotesView(
  context: vscode.ExtensionContext,
  server: GroupNoteServer,
  checked: CheckedNotes,
): NotesViewApi {
  const grouping = context.workspaceState.get<NotesGrouping>(GROUPING_STATE) === 'flat' ? 'flat' : 'date';
  const provider = new NotesTreeProvider(server, checked, grouping);
  const treeView = vscode.window.createTreeView(NOTES_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const relist = new Debouncer(RELIST_DELAY_MS, () => provider.invalidate());
  const reread = new Debouncer(DIAGNOSTICS_DELAY_MS, () => provider.refreshOpenNotes());
  const notesWatcher = vscode.workspace.createFileSystemWatcher(NOTE_GLOB);
  const settingsWatcher = vscode.workspace.createFileSystemWatcher(SETTINGS_GLOB);

  const setHasNotes = (value: boolean) => void vscode.commands.executeCommand('setContext', HAS_NOTES_KEY, value);
  const findNotes = () =>
    vscode.workspace.findFiles(NOTE_GLOB, undefined, 1).then(
      (found) => setHasNotes(found.length > 0),
      () => undefined,
    );
  const setGrouping = async (mode: NotesGrouping) => {
    provider.grouping = mode;
    await vscode.commands.executeCommand('setContext', GROUPED_KEY, mode === 'date');
    await context.workspaceState.update(GROUPING_STATE, mode);
  };
  const isOpenInEditor = (uri: vscode.Uri) =>
    vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString() && !document.isClosed);

  context.subscriptions.push(
    provider,
    treeView,
    relist,
    reread,
    notesWatcher,
    settingsWatcher,
    notesWatcher.onDidCreate(() => {
      setHasNotes(true);
      relist.schedule();
    }),
    notesWatcher.onDidDelete(() => {
      void findNotes();
      relist.schedule();
    }),
    // Saves from the editor need no new listing: the open note's diagnostics and text are already shown.
    notesWatcher.onDidChange((uri) => (isOpenInEditor(uri) ? undefined : relist.schedule())),
    settingsWatcher.onDidCreate(() => relist.schedule()),
    settingsWatcher.onDidChange(() => relist.schedule()),
    settingsWatcher.onDidDelete(() => relist.schedule()),
    vscode.workspace.onDidChangeConfiguration((event) =>
      event.affectsConfiguration('groupnote') ? relist.schedule() : undefined,
    ),
    vscode.workspace.onDidChangeWorkspaceFolders(() => {
      void findNotes();
      relist.schedule();
    }),
    checked.onDidChange(() => reread.schedule()),
    provider.onDidBecomeStale(() => relist.schedule()),
    provider.onDidLoad(({ notes, error }) => {
      treeView.message = error ? `Could not list the notes: ${error}` : undefined;
      if (notes > 0) setHasNotes(true);
    }),
    vscode.commands.registerCommand(NotesViewCommands.refresh, () => {
      relist.cancel();
      return provider.refresh();
    }),
    vscode.commands.registerCommand(NotesViewCommands.groupByDate, () => setGrouping('date')),
    vscode.commands.registerCommand(NotesViewCommands.flatList, () => setGrouping('flat')),
  );
  void vscode.commands.executeCommand('setContext', GROUPED_KEY, grouping === 'date');
  void findNotes();
  return { treeView, provider };
}
