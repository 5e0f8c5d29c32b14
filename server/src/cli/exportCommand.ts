import * as path from 'path';
import { parseArgs } from 'util';
import { exportClaims, type ExportResult } from '../export';
import { EXPORT_FORMATS } from '../export/types';
import { relativeTo } from '../batch/batchCheck';
import { uriToPath } from '../workspace/uris';
import { codeFileSettings, type CommandIO } from './checkCommand';
import { heldBackText, linesByNote, parseFormatList, plural, readinessLines } from './listing';
import { workspaceNotes } from './noteTargets';
import { UsageError } from './usage';

/**
 * `groupnote export <paths> --out DIR [--from] [--to] [--format 837p,csv,fhir] [--replace] [--json]`:
 * returns the exit code.
 */
export async function runExport(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string', short: 'f' },
      replace: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      'codes-file': { type: 'string' },
    },
  });
  if (!positionals.length) throw new UsageError('name the notes or folders to export');
  if (!values.out) throw new UsageError('--out DIR is required: the folder for the claim files');
  const formats = parseFormatList(values.format, EXPORT_FORMATS);
  const { root, notes } = await workspaceNotes(positionals, io.cwd, 'export');

  const result = await exportClaims({
    root,
    notes,
    from: values.from,
    to: values.to,
    formats,
    outDir: path.resolve(io.cwd, values.out),
    replace: values.replace,
    settings: codeFileSettings(values['codes-file'], io.cwd),
  });
  if (values.json) io.stdout(JSON.stringify(result, null, 2) + '\n');
  else {
    if (result.recovered) io.stderr(`groupnote: note: ${result.recovered}\n`);
    io.stdout(describeResult(result, io.cwd));
  }
  if (result.error) {
    io.stderr(`groupnote: ${result.error}\n`);
    // Held-back or duplicate notes are the user's findings (1); anything else stopped the export (2).
    return result.heldBack.length || result.duplicates.length ? 1 : 2;
  }
  return result.heldBack.length || result.duplicates.length ? 1 : 0;
}

function describeResult(result: ExportResult, cwd: string): string {
  const lines: string[] = [];
  if (result.claims) {
    lines.push(
      `Exported ${plural(result.claims, 'claim')} (interchange ${result.interchangeControl}), total charges ` +
        `$${result.totalCharges.toFixed(2)}:`,
    );
    for (const file of result.files) lines.push(`  ${relativeTo(cwd, file)}`);
    lines.push(`Recorded in ${relativeTo(cwd, result.ledger)}.`);
  }
  if (result.suppressed.length) {
    lines.push(
      '',
      `Exported despite errors silenced by groupnote-disable (${result.suppressed.length}): check each is justified.`,
    );
    lines.push(...linesByNote(result.suppressed, cwd, (item) => `${item.ruleId}  ${item.message}`));
  }
  if (result.heldBack.length) {
    lines.push('', `Held back (${result.heldBack.length}): fix these and export again.`);
    lines.push(...linesByNote(result.heldBack, cwd, heldBackText));
  }
  if (result.duplicates.length) {
    lines.push('', `Already exported (${result.duplicates.length}); use --replace to send corrected claims:`);
    for (const duplicate of result.duplicates)
      lines.push(
        `  ${duplicate.attendeeId} on ${duplicate.date}${duplicate.claimId ? ` (claim ${duplicate.claimId})` : ''}  ` +
          `${relativeTo(cwd, toPath(duplicate.uri))}`,
      );
  }
  if (result.notes?.length) lines.push('', ...readinessLines(result.notes, cwd));
  return lines.length ? lines.join('\n') + '\n' : '';
}

function toPath(uri: string): string {
  return uriToPath(uri) ?? uri;
}
