#!/usr/bin/env node
// Checks the shape of the labelled corpus (eval/GUIDE.md): required keys, allowed values, unique ids,
// and that every risk cue occurs in its text. It reads labels only; it never runs a detector.
// Usage: node eval/validate-corpus.mjs [dir ...]   (default: eval/corpus/dev and eval/corpus/heldout)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const here = path.dirname(fileURLToPath(import.meta.url));
const dirs = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['dev', 'heldout'].map((s) => path.join(here, 'corpus', s));

const SETTINGS = /^[a-z][a-z0-9-]*$/;
const STYLES = new Set(['terse', 'narrative', 'soap', 'dap', 'birp', 'girp', 'pie', 'labelled', 'checklist']);
const MODALITIES = new Set(['in-person', 'video', 'audio']);
const CATEGORIES = new Set(['suicide', 'self-harm', 'overdose', 'violence', 'substance']);
const STATUSES = new Set(['current', 'negated', 'historical', 'hypothetical', 'other', 'topic', 'figurative']);
const LEVELS = new Set(['wish-dead', 'thoughts', 'method', 'intent', 'plan', 'preparatory', 'attempt']);
const ELEMENTS = ['participation', 'mood', 'progress', 'plan'];

const problems = [];
const ids = new Map();
const counts = { items: 0, narratives: 0, risk: 0, current: 0 };

function occurrences(text, cue) {
  let n = 0;
  for (let i = text.indexOf(cue); i >= 0; i = text.indexOf(cue, i + 1)) n++;
  return n;
}

for (const dir of dirs) {
  if (!fs.existsSync(dir)) continue;
  for (const name of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const file = path.join(dir, name);
    const where = (id, msg) => problems.push(`${path.relative(process.cwd(), file)}${id ? ` ${id}` : ''}: ${msg}`);
    let doc;
    try {
      doc = YAML.parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      where('', `not valid YAML (${error.message.split('\n')[0]})`);
      continue;
    }
    if (!doc || typeof doc !== 'object') {
      where('', 'not a mapping');
      continue;
    }
    if (!SETTINGS.test(String(doc.setting ?? ''))) where('', 'setting missing or not kebab-case');
    if (!doc.author) where('', 'author missing');
    if (!Array.isArray(doc.items) || doc.items.length === 0) {
      where('', 'items missing');
      continue;
    }
    for (const item of doc.items) {
      const id = item?.id;
      if (typeof id !== 'string') {
        where('', 'an item has no id');
        continue;
      }
      if (ids.has(id)) where(id, `duplicate id (also in ${ids.get(id)})`);
      ids.set(id, name);
      if (!STYLES.has(item.style)) where(id, `style "${item.style}" is not one of ${[...STYLES].join(', ')}`);
      if (typeof item.text !== 'string' || item.text.trim().length < 10) where(id, 'text missing');
      const labels = item.labels;
      if (!labels || typeof labels !== 'object') {
        where(id, 'labels missing');
        continue;
      }
      if (item.kind === 'narrative') {
        counts.narratives++;
        if (!Array.isArray(item.attendees) || item.attendees.length < 2)
          where(id, 'narrative needs attendees (2 or more)');
        if (typeof labels.family !== 'boolean') where(id, 'labels.family must be true or false');
        continue;
      }
      counts.items++;
      if (!item.member?.id || !item.member?.name) where(id, 'member { id, name } missing');
      if (!Array.isArray(item.others)) where(id, 'others must be a list (may be empty)');
      if (!Array.isArray(item.goals) || item.goals.some((g) => !g?.id || !g?.text))
        where(id, 'goals must be a list of { id, text }');
      if (!MODALITIES.has(item.modality)) where(id, `modality "${item.modality}" is not in-person, video or audio`);
      for (const e of ELEMENTS)
        if (typeof labels.elements?.[e] !== 'boolean') where(id, `labels.elements.${e} must be true or false`);
      for (const key of ['vague', 'namesOther', 'goalLink'])
        if (typeof labels[key] !== 'boolean') where(id, `labels.${key} must be true or false`);
      const tele = item.modality !== 'in-person';
      if (tele ? typeof labels.location !== 'boolean' : labels.location !== null)
        where(id, `labels.location must be ${tele ? 'true or false' : 'null'} for ${item.modality}`);
      const audio = item.modality === 'audio';
      if (audio ? typeof labels.audioReason !== 'boolean' : labels.audioReason !== null)
        where(id, `labels.audioReason must be ${audio ? 'true or false' : 'null'} for ${item.modality}`);
      if (!Array.isArray(labels.risk)) {
        where(id, 'labels.risk must be a list');
        continue;
      }
      for (const mention of labels.risk) {
        counts.risk++;
        const cue = mention?.cue;
        if (typeof cue !== 'string' || !cue) {
          where(id, 'a risk mention has no cue');
          continue;
        }
        const n = occurrences(item.text ?? '', cue);
        if (n === 0) where(id, `cue "${cue}" does not occur in the text`);
        if (
          mention.occurrence !== undefined &&
          !(Number.isInteger(mention.occurrence) && mention.occurrence >= 1 && mention.occurrence <= n)
        )
          where(id, `cue "${cue}": occurrence ${mention.occurrence} but it occurs ${n} time(s)`);
        if (!CATEGORIES.has(mention.category)) where(id, `cue "${cue}": category "${mention.category}"`);
        if (!STATUSES.has(mention.status)) where(id, `cue "${cue}": status "${mention.status}"`);
        if (mention.level !== undefined && (mention.category !== 'suicide' || !LEVELS.has(mention.level)))
          where(id, `cue "${cue}": level "${mention.level}" (suicide only: ${[...LEVELS].join(', ')})`);
        if (mention.status === 'current') {
          counts.current++;
          if (typeof mention.answered !== 'boolean')
            where(id, `cue "${cue}": a current mention needs answered: true or false`);
        } else if (mention.answered !== undefined) where(id, `cue "${cue}": answered is only for current mentions`);
      }
    }
  }
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} problem(s)`);
  process.exit(1);
}
console.log(
  `corpus ok: ${counts.items} member paragraphs, ${counts.narratives} narratives, ${counts.risk} risk mentions (${counts.current} current)`,
);
