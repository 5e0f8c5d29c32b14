/**
 * Entry of the workspace scan's worker thread (bundled as dist/scanWorker.js; compiled next to noteIndexStore.js):
 * reads, parses and indexes the files it is given, in order, and posts their index entries in chunks. Reading a large
 * history makes hundreds of megabytes of short-lived objects; here they fill a small heap of their own, given back
 * when the thread ends, instead of the language server's (whose heap V8 does not shrink after the scan).
 */
import { parentPort, workerData } from 'worker_threads';
import type { IndexedNote } from '../rules/types';
import { readNoteFileSync } from '../workspace/readNoteFile';
import { scanEntry, type ScanChunk, type ScanTask } from './scanEntry';

/** Entries per message: few enough messages, and a chunk's entries are a small part of the worker's heap. */
const CHUNK = 50;

const port = parentPort;
if (port) {
  const { files } = workerData as ScanTask;
  let entries: IndexedNote[] = [];
  for (let at = 0; at < files.length; at++) {
    const read = readNoteFileSync(files[at]);
    if (read.ok) entries.push(scanEntry(read.text, files[at]));
    if (entries.length >= CHUNK || at === files.length - 1) {
      port.postMessage({ entries, through: at + 1 } satisfies ScanChunk);
      entries = [];
    }
  }
}
