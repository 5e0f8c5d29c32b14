import { isRealDate } from '../parse/values';
import type { IndexedNote, WorkspaceNotes } from '../rules/types';

/**
 * The patient's sessions before the session of `note` (its uri and date), most recent first, at most `count`:
 * the indexed notes billing them, dated before it, or on the same date with a uri that sorts first (so that two
 * notes of one day agree on which came first, as GN906 counts units). Notes without a real date are left out.
 */
export function sessionsBefore(
  notes: WorkspaceNotes,
  patientId: string,
  note: Pick<IndexedNote, 'uri' | 'date'>,
  count: number,
): IndexedNote[] {
  const date = note.date;
  if (!date || !isRealDate(date) || count <= 0) return [];
  const earlier = notes
    .ofPatient(patientId)
    .filter(
      (other) =>
        other.uri !== note.uri &&
        !!other.date &&
        isRealDate(other.date) &&
        (other.date < date || (other.date === date && other.uri < note.uri)),
    );
  earlier.sort(laterFirst);
  return earlier.slice(0, count);
}

function laterFirst(a: IndexedNote, b: IndexedNote): number {
  const byDate = (b.date ?? '').localeCompare(a.date ?? '');
  return byDate || (a.uri < b.uri ? 1 : a.uri > b.uri ? -1 : 0);
}
