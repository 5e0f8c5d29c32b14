// Where a check spends its time: parse, and each rule on its own, for the editor notes (with the
// workspace index, as the server runs them). Uses the compiled modules in out/ (npm run build).
import { createRequire } from 'module';
import * as path from 'path';
import { performance } from 'perf_hooks';

const require = createRequire(import.meta.url);

/** The median of `rounds` timings of `fn(setup())`, in ms (setup not timed). */
function timed(fn, rounds, setup = () => undefined) {
  const samples = [];
  for (let i = 0; i < rounds; i++) {
    const input = setup();
    const started = performance.now();
    fn(input);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

export async function profileRules({ repoRoot, workspace, notes, rounds = 30 }) {
  const out = (file) => require(path.join(repoRoot, 'out', 'server', 'src', file));
  const { parseNote } = out('parse/parseNote.js');
  const { checkNote } = out('engine/checkNote.js');
  const { allRules } = out('rules/index.js');
  const { loadWorkspace } = out('workspace/loadWorkspace.js');
  const { indexNote } = out('workspace/noteIndex.js');
  const { findNoteFiles } = out('workspace/findNoteFiles.js');
  const { readNoteFile } = out('workspace/readNoteFile.js');
  const data = await loadWorkspace(workspace);
  const otherNotes = [];
  for (const file of await findNoteFiles(workspace)) {
    const read = await readNoteFile(file);
    if (read.ok) otherNotes.push(indexNote(parseNote(read.text, file)));
  }
  const results = {};
  for (const [label, text] of Object.entries(notes)) {
    // A fresh parse for every timing: prose analysis cached on a parsed note is paid by the first rule that asks.
    const fresh = () => parseNote(text, path.join(workspace, 'editing.group.md'));
    const row = {
      parse: timed(fresh, rounds),
      all: timed((note) => checkNote(note, { workspace: data, otherNotes }), rounds, fresh),
      rules: {},
    };
    for (const rule of allRules)
      row.rules[rule.id] = timed(
        (note) => checkNote(note, { workspace: data, otherNotes, rules: [rule] }),
        rounds,
        fresh,
      );
    results[label] = row;
  }
  return results;
}
