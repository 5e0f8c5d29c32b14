import * as path from 'path';
import { parseArgs } from 'util';
import { relativeTo } from '../batch/batchCheck';
import { exportChartNotes, type ChartExportResult } from '../chartExport/exportChartNotes';
import { CHART_FORMATS } from '../chartExport/renderChartFiles';
import type { CommandIO } from './checkCommand';
import { heldBackText, linesByNote, parseFormatList, plural } from './listing';
import { workspaceNotes } from './noteTargets';
import { UsageError } from './usage';

/** `groupnote chart <paths> --out DIR [--from] [--to] [--format md,pdf,fhir]`: returns the exit code. */
export async function runChart(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string', short: 'f' },
    },
  });
  if (!positionals.length) throw new UsageError('name the notes or folders to write chart notes for');
  if (!values.out) throw new UsageError('--out DIR is required: the folder for the chart notes');
  const formats = parseFormatList(values.format, CHART_FORMATS);
  const { root, notes } = await workspaceNotes(positionals, io.cwd, 'chart');
  const result = await exportChartNotes({
    root,
    notes,
    from: values.from,
    to: values.to,
    formats,
    outDir: path.resolve(io.cwd, values.out),
  });
  io.stdout(describeChartResult(result, io.cwd));
  if (result.error) {
    io.stderr(`groupnote: ${result.error}\n`);
    return 2;
  }
  return result.heldBack.length ? 1 : 0;
}

/** What was written (per patient and session: ids and dates only) and what was held back and why. */
export function describeChartResult(result: ChartExportResult, cwd: string): string {
  const lines: string[] = [];
  if (result.written.length) {
    lines.push(
      `Wrote ${plural(result.written.length, 'chart note')} (${plural(result.files.length, 'file')}) ` +
        `from ${plural(result.notes, 'note')} to ${relativeTo(cwd, result.outDir)}:`,
    );
    for (const set of result.written)
      lines.push(`  ${set.patientId}  ${set.date}  ${set.files.map((file) => path.basename(file)).join(', ')}`);
  } else if (!result.error) lines.push(`No chart notes written (${plural(result.notes, 'note')} read).`);
  if (result.heldBack.length) {
    lines.push('', `Held back (${result.heldBack.length}):`);
    lines.push(...linesByNote(result.heldBack, cwd, heldBackText));
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
