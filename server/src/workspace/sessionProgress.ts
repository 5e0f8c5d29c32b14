/**
 * Which billable patients of a note have no progress toward their goals documented (GN905 reads this for each
 * patient's last sessions). Computed once per note, when it is indexed, from the clinical analysis GN301 reads
 * (memoised per section and lexicons), so that checking one note never reads the prose of another.
 */
import type { MemberSection, ParsedNote } from '../model/note';
import { hasGoalReference, hasProgress, isEmptySection, sectionProse } from '../prose';
import { memberProseOptions } from '../prose/memberOptions';
import { dateText, isRealDate } from '../parse/values';
import type { IndexedNote, WorkspaceNotes } from '../rules/types';
import { defaultConfig } from './config';
import { sessionsBefore } from './patientSessions';
import type { GroupNoteConfig, Roster } from './types';

let fallbackConfig: GroupNoteConfig | undefined;

/** Progress read already from a note's text elsewhere (see {@link rememberProgress}), per parse and config. */
const remembered = new WeakMap<ParsedNote, { config: GroupNoteConfig; withoutProgress: readonly string[] }>();

/**
 * Tells {@link patientsWithoutProgress} the answer for `note` under `config`, read already from the same text with the
 * same workspace settings: the batch's index pass reads every note's progress, and its second pass (the cross-note
 * rules, GN905 among them) parses the note again, often in another thread. Reading the prose again would double
 * the batch's largest cost.
 */
export function rememberProgress(note: ParsedNote, config: GroupNoteConfig, withoutProgress: readonly string[]): void {
  remembered.set(note, { config, withoutProgress });
}

/**
 * The billable attendees (by id, each once) whose member section documents no progress: no section, an empty one,
 * or one without a progress statement ("up from 0", "no change this week") or a goal reference ("G1", "goal 2").
 * A goal named only by its words (GN301 also reads the roster's goal texts) does not count here: the index must
 * not change when the roster does. `config` gives the practice's lexicon additions (the workspace's config.yaml).
 *
 * `whenUnreadable`: what a section the analysis fails on counts as. A rule lets the failure through (the engine
 * reports it per rule); an index entry, which must be made whatever the prose holds, counts it as documented, so
 * GN905 reports nothing from it.
 */
export function patientsWithoutProgress(
  note: ParsedNote,
  config?: GroupNoteConfig,
  whenUnreadable: 'throw' | 'documented' = 'throw',
  /** Told when a section the analysis failed on was counted as documented (`whenUnreadable: 'documented'`). */
  onUnreadable?: () => void,
): string[] {
  const context = { config: config ?? (fallbackConfig ??= defaultConfig()) };
  const known = remembered.get(note);
  if (known && known.config === context.config) return [...known.withoutProgress];
  const missing: string[] = [];
  const seen = new Set<string>();
  for (const attendee of note.attendees) {
    if (!attendee.billable || !attendee.id || seen.has(attendee.id)) continue;
    seen.add(attendee.id);
    // The first section with the id, as the rules read it (a duplicate is GN206's).
    const section = note.sections.find((candidate) => candidate.id === attendee.id);
    if (!section || !documentsProgress(section, context, whenUnreadable, onUnreadable)) missing.push(attendee.id);
  }
  return missing;
}

function documentsProgress(
  section: MemberSection,
  context: { config: GroupNoteConfig },
  whenUnreadable: 'throw' | 'documented',
  onUnreadable: (() => void) | undefined,
): boolean {
  try {
    const prose = sectionProse(section);
    if (isEmptySection(prose)) return false;
    const options = memberProseOptions(context, section);
    return hasProgress(prose, [], options) || hasGoalReference(prose, [], options);
  } catch (error) {
    if (whenUnreadable === 'throw') throw error;
    onUnreadable?.();
    return true;
  }
}

/** How many sessions GN905 reads for progress, this one included (`thresholds.progressSessions`, at least 1). */
export function progressSessionCount(config: GroupNoteConfig): number {
  return Math.max(1, Math.floor(config.thresholds.progressSessions));
}

/** The patient's earlier sessions GN905 reads the progress of: the last `progressSessionCount - 1` before the note. */
export function progressWindow(
  notes: WorkspaceNotes,
  patientId: string,
  note: Pick<IndexedNote, 'uri' | 'date'>,
  config: GroupNoteConfig,
): IndexedNote[] {
  return sessionsBefore(notes, patientId, note, progressSessionCount(config) - 1);
}

/**
 * The index entries whose progress GN905 will read when it checks `note` and that were indexed without reading it
 * (`IndexedNote.withoutProgress` undefined): the progress windows of the roster patients whose section in this note
 * documents no progress. The language service reads these before the check (NoteIndexStore.readProgress).
 */
export function progressToRead(
  note: ParsedNote,
  notes: WorkspaceNotes,
  config: GroupNoteConfig,
  roster: Roster | undefined,
): IndexedNote[] {
  const date = dateText(note.header.value?.date);
  if (!roster || config.rules.GN905 === 'off' || !date || !isRealDate(date)) return [];
  let missing: string[];
  try {
    missing = patientsWithoutProgress(note, config);
  } catch {
    return []; // GN905 reports the failure when it reads the same prose.
  }
  const unread = new Map<string, IndexedNote>();
  for (const patientId of missing) {
    if (!roster.patients.has(patientId)) continue;
    for (const entry of progressWindow(notes, patientId, { uri: note.uri, date }, config))
      if (entry.withoutProgress === undefined) unread.set(entry.uri, entry);
  }
  return [...unread.values()];
}
