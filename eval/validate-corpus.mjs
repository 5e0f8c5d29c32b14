#!/usr/bin/env node
// Checks the shape of the labelled corpus (eval/GUIDE.md): required keys, allowed values, unique ids,
// and that every risk cue occurs in its text. It reads labels only; it never runs a detector.
// Usage: node eval/validate-corpus.mjs [dir ...]   (default: eval/corpus/dev and eval/corpus/heldout)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCorpus } from './corpus.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const dirs = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['dev', 'heldout'].map((s) => path.join(here, 'corpus', s));

const { problems, counts } = readCorpus(dirs);
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} problem(s)`);
  process.exit(1);
}
console.log(
  `corpus ok: ${counts.items} member paragraphs, ${counts.narratives} narratives, ${counts.risk} risk mentions ` +
    `(${counts.current} current)`,
);
