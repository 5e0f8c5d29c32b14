// The workspace history (issue 14): 5,000 notes, 100 groups of 8 fixed members meeting weekly for 50
// weeks, so each of the 800 patients has 50 earlier sessions. About 5% of member sections are the
// patient's previous section carried forward with its numbers changed (GN307), and about 2% of sessions
// repeat their group's previous group layer (GN708): what a payer's software would find. The other
// sessions' group layers are written for the session (groupLayer.mjs): the theme follows the programme's
// curriculum and the narrative says what happened, so a layer repeats only where it was carried forward.
import { promises as fs } from 'fs';
import * as path from 'path';
import { noteText, practiceYaml, rosterYaml } from './generate.mjs';
import { sessionLayer } from './groupLayer.mjs';
import { performance } from 'perf_hooks';
import { createRandom } from './random.mjs';

export const HISTORY_GROUPS = 100;
export const HISTORY_WEEKS = 50;
const MEMBERS = 8;
const COPY_SECTION = 0.05;
const COPY_LAYER = 0.02;

/** `2026-11-13` minus `weeks` weeks plus `weekday` days. */
function sessionDate(week, weekday) {
  const date = new Date('2026-11-13T00:00:00Z');
  date.setUTCDate(date.getUTCDate() - 7 * (HISTORY_WEEKS - 1 - week) - 4 + weekday);
  return date.toISOString().slice(0, 10);
}

/** The note's parts: header + narrative, and each member section by heading line. */
function split(text) {
  const [head, ...sections] = text.split(/\n(?=## )/);
  return { head, sections };
}

/** The note's header and narrative with the theme and narrative of this week of the group (groupLayer.mjs). */
function withSessionLayer(head, week, group, random) {
  const type = /\n {2}type: ([^\n]*)/.exec(head)[1];
  const { theme, narrative } = sessionLayer({ type, week, offset: group, random });
  return head
    .replace(/\n {2}theme: "[^"\n]*"/, `\n  theme: "${theme}"`)
    .replace(/(\n---\n\n)[^\n]*(\n?)$/, (_, before, after) => `${before}${narrative}${after}`);
}

/** A copied section: the previous week's, with its numbers nudged (masked away, as a clinician's edit would be). */
function carriedForward(section) {
  return section.replace(/\b(\d{1,2})\b/g, (digits) => String((Number(digits) % 9) + 1));
}

export async function writeHistoryWorkspace(dir) {
  await fs.mkdir(path.join(dir, '.groupnote'), { recursive: true });
  await fs.writeFile(path.join(dir, '.groupnote', 'roster.yaml'), rosterYaml(HISTORY_GROUPS * MEMBERS));
  await fs.writeFile(path.join(dir, '.groupnote', 'practice.yaml'), practiceYaml());
  const random = createRandom(1414);
  // Its own generator, so that which sections and layers are carried forward stays as it was.
  const layers = createRandom(708);
  let notes = 0;
  let copiedSections = 0;
  let copiedLayers = 0;
  for (let group = 0; group < HISTORY_GROUPS; group++) {
    const members = Array.from({ length: MEMBERS }, (_, i) => group * MEMBERS + i + 1);
    let previous;
    for (let week = 0; week < HISTORY_WEEKS; week++) {
      const date = sessionDate(week, group % 5);
      const hour = 9 + (group % 4) * 2;
      const text = noteText({
        members,
        date,
        seed: 50_000 + group * HISTORY_WEEKS + week,
        start: `${String(hour).padStart(2, '0')}:00`,
        end: `${String(hour + 1).padStart(2, '0')}:00`,
      });
      let { head, sections } = split(text);
      head = withSessionLayer(head, week, group, layers);
      if (previous) {
        if (random.chance(COPY_LAYER)) {
          // The previous session's theme, interventions and narrative under this session's date and attendees.
          const [, body] = previous.head.split(/\n---\n/);
          const keep = head.split(/\n---\n/)[0];
          const layer = (source) => /\n {2}theme:[^\n]*\ninterventions:\n(?: {2}- [^\n]*\n)+/.exec(source)?.[0];
          const before = layer(keep);
          const after = layer(previous.head);
          if (before && after) {
            head = `${keep.replace(before, after)}\n---\n${body}`;
            copiedLayers++;
          }
        }
        sections = sections.map((section, at) => {
          if (!random.chance(COPY_SECTION)) return section;
          copiedSections++;
          return carriedForward(previous.sections[at]);
        });
      }
      const folder = path.join(dir, 'notes', `group-${String(group + 1).padStart(3, '0')}`);
      await fs.mkdir(folder, { recursive: true });
      await fs.writeFile(path.join(folder, `${date}.group.md`), [head, ...sections].join('\n'));
      previous = { head, sections };
      notes++;
    }
  }
  return { notes, patients: HISTORY_GROUPS * MEMBERS, sessionsPerPatient: HISTORY_WEEKS, copiedSections, copiedLayers };
}

/** Indexing 5,000 notes on a busy machine can take minutes: the bench waits up to this long. */
const INDEX_TIMEOUT_MS = 15 * 60_000;

/**
 * The history rows' measurements on a fresh history workspace in `dir`: the 8-member note's editor
 * latency with every patient's 50 sessions indexed, the server's memory once it has indexed them, and
 * one `groupnote check` over the 5,000 notes (every rule, the history rules included).
 */
export async function measureHistory({
  repoRoot,
  dir,
  edits,
  progress,
  measureGroupNote,
  measureServerMemory,
  editorNote,
}) {
  progress(`history: writing ${HISTORY_GROUPS * HISTORY_WEEKS} notes to ${dir}`);
  const generated = await writeHistoryWorkspace(dir);
  progress('history: editor latency of the 8-member note (members with 50 earlier sessions each)');
  const notes = { '8 members': editorNote(8) };
  const latency = await measureGroupNote({ repoRoot, workspace: dir, notes, edits, indexTimeoutMs: INDEX_TIMEOUT_MS });
  progress('history: server memory with the history indexed');
  const groupOne = path.join(dir, 'notes', 'group-001');
  const first = path.join(groupOne, (await fs.readdir(groupOne)).sort()[0]);
  const memory = await measureServerMemory({
    repoRoot,
    workspace: dir,
    noteFile: first,
    indexTimeoutMs: INDEX_TIMEOUT_MS,
  });
  progress('history: groupnote check over the history workspace');
  const batch = await checkHistory(repoRoot, dir);
  return { generated, latency: latency['8 members'], memory, batch };
}

/** One `groupnote check --format json` run: wall time, peak RSS (GNU time) and the GN307 / GN708 findings it lists. */
async function checkHistory(repoRoot, dir) {
  const { spawn } = await import('child_process');
  const { existsSync } = await import('fs');
  const os = await import('os');
  const cli = [path.join(repoRoot, 'bin', 'groupnote.js'), 'check', '--format', 'json', dir];
  const report = path.join(os.tmpdir(), `groupnote-bench-history-time-${process.pid}.txt`);
  const timed = existsSync('/usr/bin/time');
  const [command, args] = timed
    ? ['/usr/bin/time', ['-v', '-o', report, process.execPath, ...cli]]
    : [process.execPath, cli];
  const started = performance.now();
  const out = await new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    let text = '';
    child.stdout.on('data', (chunk) => (text += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', () => resolve(text));
  });
  const ms = performance.now() - started;
  let maxRssKb = NaN;
  if (timed) {
    const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(await fs.readFile(report, 'utf8'));
    if (match) maxRssKb = Number(match[1]);
    await fs.rm(report, { force: true });
  }
  const findings = { GN307: 0, GN708: 0 };
  for (const match of out.matchAll(/"ruleId":\s*"(GN307|GN708)"/g)) findings[match[1]]++;
  return { ms, maxRssKb, findings };
}
