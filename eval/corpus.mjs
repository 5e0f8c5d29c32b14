// Reads the labelled corpus (eval/GUIDE.md) and checks its shape: required keys, allowed values, unique
// ids, and that every risk cue occurs in its text. Labels only; it never runs a detector. Used by
// eval/validate-corpus.mjs (the check on its own) and scripts/eval.mjs (the accuracy benchmark).
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

const SETTINGS = /^[a-z][a-z0-9-]*$/;
export const STYLES = new Set(['terse', 'narrative', 'soap', 'dap', 'birp', 'girp', 'pie', 'labelled', 'checklist']);
const MODALITIES = new Set(['in-person', 'video', 'audio']);
export const CATEGORIES = ['suicide', 'self-harm', 'overdose', 'violence', 'substance'];
export const STATUSES = ['current', 'negated', 'historical', 'hypothetical', 'other', 'topic', 'figurative'];
const LEVELS = new Set(['wish-dead', 'thoughts', 'method', 'intent', 'plan', 'preparatory', 'attempt']);
export const ELEMENTS = ['participation', 'mood', 'progress', 'plan'];

function occurrences(text, cue) {
  let n = 0;
  for (let i = text.indexOf(cue); i >= 0; i = text.indexOf(cue, i + 1)) n++;
  return n;
}

/** Offset of the `occurrence`-th (1-based) occurrence of `cue` in `text`, or -1. */
export function cueOffset(text, cue, occurrence = 1) {
  let at = -1;
  for (let n = 0; n < occurrence; n++) {
    at = text.indexOf(cue, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/**
 * Reads every `*.yaml` of the given folders (missing folders are skipped). Returns the items (each with
 * `split` = the folder's name and `setting` from its file), the narratives (GN606 items) apart, shape
 * problems as messages, and counts.
 */
export function readCorpus(dirs) {
  const problems = [];
  const ids = new Map();
  const items = [];
  const narratives = [];
  const counts = { items: 0, narratives: 0, risk: 0, current: 0, files: 0 };
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) continue;
    const split = path.basename(dir);
    for (const name of fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .sort()) {
      const file = path.join(dir, name);
      counts.files++;
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
        // <setting>-<d|h>-<nnn>: the letter says the split, so an item moved between splits is seen.
        const letter = { dev: 'd', heldout: 'h' }[split];
        if (letter && !new RegExp(`^${doc.setting}-${letter}-\\d{3,}$`).test(id))
          where(id, `id must be ${doc.setting}-${letter}-<nnn> in the ${split} split (eval/GUIDE.md)`);
        ids.set(id, name);
        if (
          item.date !== undefined &&
          !/^\d{4}-\d{2}-\d{2}$/.test(
            item.date instanceof Date ? item.date.toISOString().slice(0, 10) : String(item.date),
          )
        )
          where(id, `date "${item.date}" must be YYYY-MM-DD (the session date; eval/GUIDE.md)`);
        if (!STYLES.has(item.style)) where(id, `style "${item.style}" is not one of ${[...STYLES].join(', ')}`);
        if (typeof item.text !== 'string' || item.text.trim().length < 10) where(id, 'text missing');
        const labels = item.labels;
        if (!labels || typeof labels !== 'object') {
          where(id, 'labels missing');
          continue;
        }
        const entry = { ...item, split, setting: doc.setting, file: name, author: String(doc.author ?? '') };
        if (item.kind === 'narrative') {
          counts.narratives++;
          if (!Array.isArray(item.attendees) || item.attendees.length < 2)
            where(id, 'narrative needs attendees (2 or more)');
          if (typeof labels.family !== 'boolean') where(id, 'labels.family must be true or false');
          narratives.push(entry);
          continue;
        }
        counts.items++;
        let ok = true;
        const bad = (msg) => {
          ok = false;
          where(id, msg);
        };
        if (!item.member?.id || !item.member?.name) bad('member { id, name } missing');
        if (!Array.isArray(item.others)) bad('others must be a list (may be empty)');
        if (!Array.isArray(item.goals) || item.goals.some((g) => !g?.id || !g?.text))
          bad('goals must be a list of { id, text }');
        if (!MODALITIES.has(item.modality)) bad(`modality "${item.modality}" is not in-person, video or audio`);
        for (const e of ELEMENTS)
          if (typeof labels.elements?.[e] !== 'boolean') bad(`labels.elements.${e} must be true or false`);
        for (const key of ['vague', 'namesOther', 'goalLink'])
          if (typeof labels[key] !== 'boolean') bad(`labels.${key} must be true or false`);
        const tele = item.modality !== 'in-person';
        if (tele ? typeof labels.location !== 'boolean' : labels.location !== null)
          bad(`labels.location must be ${tele ? 'true or false' : 'null'} for ${item.modality}`);
        const audio = item.modality === 'audio';
        if (audio ? typeof labels.audioReason !== 'boolean' : labels.audioReason !== null)
          bad(`labels.audioReason must be ${audio ? 'true or false' : 'null'} for ${item.modality}`);
        if (!Array.isArray(labels.risk)) {
          bad('labels.risk must be a list');
          continue;
        }
        for (const mention of labels.risk) {
          counts.risk++;
          const cue = mention?.cue;
          if (typeof cue !== 'string' || !cue) {
            bad('a risk mention has no cue');
            continue;
          }
          const n = occurrences(item.text ?? '', cue);
          if (n === 0) bad(`cue "${cue}" does not occur in the text`);
          if (
            mention.occurrence !== undefined &&
            !(Number.isInteger(mention.occurrence) && mention.occurrence >= 1 && mention.occurrence <= n)
          )
            bad(`cue "${cue}": occurrence ${mention.occurrence} but it occurs ${n} time(s)`);
          if (!CATEGORIES.includes(mention.category)) bad(`cue "${cue}": category "${mention.category}"`);
          if (!STATUSES.includes(mention.status)) bad(`cue "${cue}": status "${mention.status}"`);
          if (mention.level !== undefined && (mention.category !== 'suicide' || !LEVELS.has(mention.level)))
            bad(`cue "${cue}": level "${mention.level}" (suicide only: ${[...LEVELS].join(', ')})`);
          if (mention.status === 'current') {
            counts.current++;
            if (typeof mention.answered !== 'boolean')
              bad(`cue "${cue}": a current mention needs answered: true or false`);
          } else if (mention.answered !== undefined) bad(`cue "${cue}": answered is only for current mentions`);
        }
        if (ok) items.push(entry);
      }
    }
  }
  return { items, narratives, problems, counts };
}
