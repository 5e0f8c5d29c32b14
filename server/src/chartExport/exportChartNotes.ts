/**
 * Chart notes to files (issue 13): shared by `groupnote chart` and the editor command. For each signed
 * note, one file per format per billable attendee (chart/chartNotes.ts decides who), named by the
 * patient's id, the date and the start time, never a name. Files are written by the claims writer
 * (export/writeExport.ts): temp file, fsync, hard link to a name that must not exist, mode 0600, all
 * or nothing. A chart file that already exists is left alone and reported, the others are written.
 */
import { dateRangeProblem } from '../export/dateRange';
import { describeIoFailure } from '../export/ioFailure';
import { promises as fs } from 'fs';
import * as path from 'path';
import type { ExportChartNotesResult } from '../../../protocol/src/protocol';
import { chartNotesOf } from '../chart';
import type { ChartNote } from '../chart/types';
import { todayIso } from '../engine/checkNote';
import { heldBack } from '../export/gating';
import { exists, ExportWriteError, writeExport, type OutputFile, type WriteHooks } from '../export/writeExport';
import { parseNote } from '../parse/parseNote';
import { dateText, isRealDate } from '../parse/values';
import { attendeeEntryRange } from '../model/headerFields';
import { findNoteFiles } from '../workspace/findNoteFiles';
import { loadWorkspace, SETTINGS_DIR, type WorkspaceData } from '../workspace/loadWorkspace';
import { readNoteFile } from '../workspace/readNoteFile';
import { pathToUri } from '../workspace/uris';
import { CHART_FORMATS, renderChartFiles, type ChartFormat } from './renderChartFiles';

export interface ChartExportOptions {
  /** Workspace root: the folder that holds `.groupnote/` (roster.yaml, practice.yaml). */
  root: string;
  /** Notes (absolute, or relative to `root`); default every `*.group.md` under `root`. */
  notes?: string[];
  /** Only notes whose date of service is within [from, to] (YYYY-MM-DD, inclusive). */
  from?: string;
  to?: string;
  /** Default: every format. */
  formats?: ChartFormat[];
  /** Output folder; default `<root>/charts`. Created (0700) when missing. */
  outDir?: string;
  /** The workspace already loaded (the language server passes its own); default `loadWorkspace(root)`. */
  workspace?: WorkspaceData;
  /** "Today" for the signature check; default the local date. */
  today?: string;
  /** Creation time written into the files (PDF metadata, FHIR `date`); default now. */
  now?: Date;
  hooks?: WriteHooks;
}

/** The protocol's result: the editor command gets exactly what the command line prints from. */
export type ChartExportResult = ExportChartNotesResult;

const FILE_NAME_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** Never throws: a failure is a result with `error` set, and then nothing was written. */
export async function exportChartNotes(options: ChartExportOptions): Promise<ChartExportResult> {
  const root = path.resolve(options.root);
  const outDir = path.resolve(root, options.outDir ?? 'charts');
  const result: ChartExportResult = { outDir, written: [], files: [], heldBack: [], notes: 0 };
  try {
    return await run(options, root, outDir, result);
  } catch (error) {
    return { ...result, written: [], files: [], error: describeError(error) };
  }
}

async function run(
  options: ChartExportOptions,
  root: string,
  outDir: string,
  result: ChartExportResult,
): Promise<ChartExportResult> {
  const stop = (message: string): ChartExportResult => ({ ...result, error: message });
  const formats = options.formats?.length ? [...new Set(options.formats)] : [...CHART_FORMATS];
  const unknown = formats.filter((format) => !CHART_FORMATS.includes(format));
  if (unknown.length) return stop(`unknown chart format ${unknown.join(', ')} (known: ${CHART_FORMATS.join(', ')})`);
  const rangeProblem = dateRangeProblem(options.from, options.to);
  if (rangeProblem) return stop(rangeProblem);

  const settingsDir = path.join(root, SETTINGS_DIR);
  for (const [file, what] of [
    ['roster.yaml', "the patients' names and dates of birth"],
    ['practice.yaml', "the practice's name and address"],
  ] as const)
    if (!(await isFile(path.join(settingsDir, file))))
      return stop(`${path.join(settingsDir, file)} not found: chart notes need ${what}`);
  const workspace = options.workspace ?? (await loadWorkspace(root));
  const fileProblems = workspace.problems.filter((problem) => /(?:^|[\\/])(practice|roster)\.yaml$/.test(problem.file));
  if (fileProblems.length || !workspace.roster || !workspace.practice)
    return stop(
      `fix ${
        [...new Set(fileProblems.map((problem) => path.basename(problem.file)))].join(' and ') ||
        'roster.yaml and practice.yaml'
      } before writing chart notes`,
    );

  const targets = options.notes
    ? [...new Set(options.notes.map((note) => path.resolve(root, note)))]
    : await findNoteFiles(root);
  if (!targets.length) return stop(`no *.group.md notes under ${root}`);
  const today = options.today ?? todayIso();
  const now = options.now ?? new Date();

  const planned: { chart: ChartNote; uri: string; base: string; files: OutputFile[] }[] = [];
  const taken = new Map<string, string>();
  for (const file of targets.sort()) {
    const read = await readNoteFile(file);
    if (!read.ok) return stop(read.message);
    const uri = pathToUri(file);
    const note = parseNote(read.text, uri);
    const date = dateText(note.header.value?.date);
    if ((options.from || options.to) && (!date || !isRealDate(date))) continue;
    if (date && ((options.from && date < options.from) || (options.to && date > options.to))) continue;
    const charts = chartNotesOf(note, uri, workspace, { today });
    result.notes++;
    result.heldBack.push(...charts.heldBack);
    for (const chart of charts.charts) {
      const id = chart.patient.id;
      const attendee = note.attendees.find((candidate) => candidate.id === id);
      const at = attendee ? attendeeEntryRange(note, attendee).start : note.header.range.start;
      if (!FILE_NAME_ID.test(id)) {
        result.heldBack.push(heldBack(uri, `${JSON.stringify(id)} cannot be part of a file name`, at, undefined, id));
        continue;
      }
      const time = chart.session.start ? `-${chart.session.start.replace(':', '')}` : '';
      const base = `${id}-${chart.session.date}${time}`;
      const other = taken.get(base);
      if (other) {
        result.heldBack.push(
          heldBack(
            uri,
            `${id} has another session at the same date and time (${other}): not charted twice`,
            at,
            undefined,
            id,
          ),
        );
        continue;
      }
      taken.set(base, file);
      const files = renderChartFiles(chart, base, formats, now);
      const existing = [];
      for (const output of files) if (await exists(path.join(outDir, output.name))) existing.push(output.name);
      if (existing.length) {
        result.heldBack.push(
          heldBack(
            uri,
            `${id}: ${existing.join(', ')} already exists in the output folder; not overwritten`,
            at,
            undefined,
            id,
          ),
        );
        continue;
      }
      planned.push({ chart, uri, base, files });
    }
  }
  result.heldBack.sort((a, b) => a.uri.localeCompare(b.uri) || a.line - b.line || a.character - b.character);
  if (!result.notes)
    return stop(
      `no note has a date of service${options.from ? ` from ${options.from}` : ''}` +
        (options.to ? ` to ${options.to}` : ''),
    );
  if (!planned.length) return result;

  const written = await writeExport(
    outDir,
    planned.flatMap((plan) => plan.files),
    { commit: () => Promise.resolve(), noun: 'chart files' },
    options.hooks,
  );
  const byName = new Map(written.map((file) => [file.name, file.path]));
  result.written = planned.map((plan) => ({
    patientId: plan.chart.patient.id,
    date: plan.chart.session.date,
    uri: plan.uri,
    files: plan.files.map((file) => byName.get(file.name) as string),
  }));
  result.files = written.map((file) => file.path);
  return result;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}

/** Ours as written; anything else by its code or kind only (a message could quote note text). */
function describeError(error: unknown): string {
  if (error instanceof ExportWriteError) return error.message;
  const failure = describeIoFailure(error);
  if (failure) return `writing chart notes failed${failure.at}: ${failure.why}; nothing was written`;
  const kind = error instanceof Error ? error.name : 'error';
  return `writing chart notes failed (unexpected ${kind}); nothing was written`;
}
