/**
 * Long checks in time slices, so that one huge note never holds up the language server (issue 16):
 * the expensive part of a check, the clinical reading of the member prose, runs one sentence per step;
 * after each slice the event loop answers whatever arrived (hover, completion, other documents' edits),
 * and a check whose document has changed since it started stops there (the newer version's check
 * replaces it). The rules then run one per step on the analyses already made (memoised per prose).
 */
import type { ParsedNote } from '../model/note';
import { analyseClinicalSteps, narrativeProse, sectionProse } from '../prose';
import { sectionsToCheck } from '../rules/shared/memberSections';
import { memberProseOptions } from '../prose/memberOptions';
import type { GroupNoteConfig } from '../workspace/types';

/** Thrown by a check that a newer version of its document made pointless. */
export class CheckSuperseded extends Error {
  override name = 'CheckSuperseded';
}

/** Milliseconds of work between two turns of the event loop: well under the 100 ms an editor request may wait. */
export const SLICE_MS = 10;

/** The prose analyses the prose rules will ask for, one sentence per step. */
export function* proseSteps(note: ParsedNote, config: GroupNoteConfig): Generator<void, void, void> {
  const context = { config, note };
  const readings = [
    ...sectionsToCheck(note).map(
      ({ section }) =>
        () =>
          analyseClinicalSteps(sectionProse(section), memberProseOptions(context, section)),
    ),
    () => analyseClinicalSteps(narrativeProse(note), memberProseOptions(context, undefined)),
  ];
  for (const reading of readings) {
    try {
      yield* reading();
    } catch {
      // Only a head start: the rules that read this prose meet the same failure, and checkNote reports it per rule.
    }
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs `steps` to the end, giving the event loop a turn every SLICE_MS; throws CheckSuperseded as soon
 * as `stale()` says the result is no longer wanted.
 */
export async function runSliced<T>(steps: Iterator<void, T>, stale: () => boolean): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart < SLICE_MS) continue;
    await nextTurn();
    if (stale()) throw new CheckSuperseded();
    sliceStart = performance.now();
  }
}
