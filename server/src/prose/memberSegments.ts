/**
 * Which sentences of a member section are the clinician's intervention (BIRP/GIRP/PIE "I:"), for the
 * element and goal detectors: text there says what the facilitator did, not what the member did, how
 * they stand or what happens next.
 *
 * The segmenter (segment.ts, labels.ts) reads a segment up to the next label it knows. PIE's "E:"
 * (evaluation) and GIRP's "G:" (goal) are not among them yet, so an "E:" line after "I:" would be read
 * as more intervention and the member's evaluation lost. Until the segmenter knows those letters, a
 * line that starts with one of them ends the intervention segment here. (When it does, this check
 * finds nothing left to do: the sentence is no longer in an intervention segment.)
 */
import type { Prose, Sentence } from './segment';

/** A line starting with a PIE/GIRP letter label the segmenter does not know ("E:", "G:", "Evaluation:"). */
const UNREAD_LABEL = /(?:^|\n)[ \t]*(?:[-*+][ \t]+)?(?:\*\*)?(?:E|G|Eval|Evaluation|Goal|Goals)(?:\*\*)?[ \t]*:/g;

const cache = new WeakMap<Prose, ReadonlySet<number>>();

/** Indexes of the sentences that are the clinician's intervention. */
function interventionSentences(prose: Prose): ReadonlySet<number> {
  let found = cache.get(prose);
  if (found) return found;
  const ends: number[] = [];
  UNREAD_LABEL.lastIndex = 0;
  for (let match = UNREAD_LABEL.exec(prose.source); match; match = UNREAD_LABEL.exec(prose.source))
    ends.push(prose.base + match.index + match[0].length - 1);
  const set = new Set<number>();
  let ended = false;
  let next = 0;
  for (const sentence of prose.sentences) {
    if (sentence.label) ended = false;
    // An unread label inside or before this sentence (and after the last label) ends the segment.
    while (next < ends.length && ends[next] < sentence.end) {
      if (!sentence.label || ends[next] > sentence.label.start) ended = true;
      next++;
    }
    if (sentence.segment === 'intervention' && !ended) set.add(sentence.index);
  }
  found = set;
  cache.set(prose, found);
  return found;
}

/** Whether a sentence is the clinician's intervention segment ("I: Writer led ..."). */
export function isInterventionSentence(prose: Prose, sentence: Sentence): boolean {
  return sentence.segment === 'intervention' && interventionSentences(prose).has(sentence.index);
}
