import * as path from 'path';
import { parseArgs } from 'util';
import { relativeTo } from '../batch/batchCheck';
import { isRealDate } from '../parse/values';
import { disclosuresPath } from '../disclosures/disclosureLog';
import { exportRecords } from '../records/exportRecords';
import { renderRecordsPdf } from '../records/renderRecordsPdf';
import { findWorkspaceRoot } from '../workspace/loadWorkspace';
import { uriToPath } from '../workspace/uris';
import type { CommandIO } from './checkCommand';
import { UsageError } from './usage';

/**
 * `groupnote records --patient ID --from DATE --to DATE --recipient NAME --purpose TEXT [--requested-by NAME]
 * [--exempt KIND] [--out DIR] [--workspace DIR]`: the exit code. `--to` is the end of the date range, as in
 * `groupnote export`; to whom the packet goes is `--recipient`.
 */
export async function runRecords(argv: string[], io: CommandIO, now?: Date): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    allowPositionals: false,
    options: {
      patient: { type: 'string', short: 'p' },
      from: { type: 'string' },
      to: { type: 'string' },
      recipient: { type: 'string' },
      purpose: { type: 'string' },
      'requested-by': { type: 'string' },
      exempt: { type: 'string' },
      out: { type: 'string', short: 'o' },
      workspace: { type: 'string', short: 'w' },
    },
  });
  const required: [string, string | undefined, string][] = [
    ['--patient ID', values.patient, 'the roster member id'],
    ['--from YYYY-MM-DD', values.from, 'the first date of service'],
    ['--to YYYY-MM-DD', values.to, 'the last date of service'],
    ['--recipient NAME', values.recipient, 'to whom the records are released'],
    ['--purpose TEXT', values.purpose, 'why (recorded in the accounting of disclosures)'],
  ];
  for (const [flag, value, what] of required) if (!value?.trim()) throw new UsageError(`${flag} is required: ${what}`);
  if (values.to && !isRealDate(values.to))
    throw new UsageError(
      `--to is the last date of service (YYYY-MM-DD), not "${values.to}"; name to whom the records go with --recipient`,
    );
  const start = path.resolve(io.cwd, values.workspace ?? '.');
  const root = await findWorkspaceRoot(start);
  if (!root)
    throw new UsageError(`no .groupnote/ folder at or above ${start}: name the workspace with --workspace DIR`);

  const result = await exportRecords(
    {
      root,
      patientId: (values.patient as string).trim(),
      from: values.from as string,
      to: values.to as string,
      recipient: values.recipient as string,
      purpose: values.purpose as string,
      requestedBy: values['requested-by'],
      exempt: values.exempt,
      outDir: values.out ? path.resolve(io.cwd, values.out) : undefined,
      now,
    },
    renderRecordsPdf,
  );
  const lines: string[] = [];
  if (result.recovered) io.stderr(`groupnote: note: ${result.recovered}\n`);
  const heldBack = result.heldBack ? ` (${result.heldBack} held back from billing)` : '';
  if (result.file) {
    lines.push(
      `Wrote ${relativeTo(io.cwd, result.file)} (${result.pages ?? '?'} pages): ${result.sessions} session` +
        `${result.sessions === 1 ? '' : 's'}${heldBack}, ` +
        `${result.claims} claim${result.claims === 1 ? '' : 's'}.`,
      `Recorded as disclosure ${result.disclosureId} in ${relativeTo(io.cwd, disclosuresPath(root))}.`,
    );
  }
  if (result.leftOut.length) {
    lines.push(
      `Left out, not releasable (${result.leftOut.length}): finish and sign them, then release them separately.`,
    );
    for (const item of result.leftOut)
      lines.push(`  ${item.date}  ${relativeTo(io.cwd, uriToPath(item.uri) ?? item.uri)}  ${item.reasons.join(', ')}`);
  }
  if (lines.length) io.stdout(lines.join('\n') + '\n');
  if (result.error) {
    io.stderr(`groupnote: ${result.error}\n`);
    return 2;
  }
  return 0;
}
