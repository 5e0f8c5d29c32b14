import { createHash } from 'crypto';
import type { ParsedNote } from './note';

/** The SHA-256 of each parsed note's text (a parse's text never changes). */
const digests = new WeakMap<ParsedNote, Buffer>();

/**
 * The SHA-256 of a parsed note's text, hashed once per parse: a note's claims and readiness facts each carry it (in
 * hex, export/ledger.ts `noteSha256`) and a batch tells two reads of a note apart by it (in base64,
 * batch/noteShard.ts `textDigest`). Hashed for each claim, an export of 16,000 claims hashed its notes' text some
 * 30,000 times.
 */
export function noteTextDigest(note: ParsedNote): Buffer {
  let digest = digests.get(note);
  if (!digest) {
    digest = createHash('sha256').update(note.text).digest();
    digests.set(note, digest);
  }
  return digest;
}
