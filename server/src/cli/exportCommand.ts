import * as path from 'path';
import { parseArgs } from 'util';
import { exportClaims, type ExportResult } from '../export';
import { EXPORT_FORMATS, type ExportFormat } from '../export/types';
import { relativeTo } from '../batch/batchCheck';
import { uriToPath } from '../workspace/uris';
import { codeFileSettings, type CommandIO } from './checkCommand';
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
  const formats = parseFormats(values.format);
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

function parseFormats(value: string | undefined): ExportFormat[] | undefined {
  if (value === undefined) return undefined;
  const formats = value
    .split(',')
    .map((format) => format.trim().toLowerCase())
    .filter(Boolean);
  const unknown = formats.filter((format) => !EXPORT_FORMATS.includes(format as ExportFormat));
  if (unknown.length || !formats.length)
    throw new UsageError(`unknown --format "${value}" (use a comma list of ${EXPORT_FORMATS.join(', ')})`);
  return formats as ExportFormat[];
}

function describeResult(result: ExportResult, cwd: string): string {
  const lines: string[] = [];
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  if (result.claims) {
    lines.push(
      `Exported ${plural(result.claims, 'claim')} (interchange ${result.interchangeControl}), total charges $${result.totalCharges.toFixed(2)}:`,
    );
    for (const file of result.files) lines.push(`  ${relativeTo(cwd, file)}`);
    lines.push(`Recorded in ${relativeTo(cwd, result.ledger)}.`);
  }
  if (result.suppressed.length) {
    lines.push(
      '',
      `Exported despite errors silenced by groupnote-disable (${result.suppressed.length}): check each is justified.`,
    );
    const byNote = new Map<string, typeof result.suppressed>();
    for (const item of result.suppressed) byNote.set(item.uri, [...(byNote.get(item.uri) ?? []), item]);
    for (const [uri, items] of byNote) {
      lines.push(`  ${relativeTo(cwd, toPath(uri))}`);
      for (const item of items)
        lines.push(
          `    ${item.line + 1}:${item.character + 1}  ${item.attendeeId ?? 'whole note'}  ` +
            `${item.ruleId}  ${item.message}`,
        );
    }
  }
  if (result.heldBack.length) {
    lines.push('', `Held back (${result.heldBack.length}): fix these and export again.`);
    const byNote = new Map<string, typeof result.heldBack>();
    for (const item of result.heldBack) byNote.set(item.uri, [...(byNote.get(item.uri) ?? []), item]);
    for (const [uri, items] of byNote) {
      lines.push(`  ${relativeTo(cwd, toPath(uri))}`);
      for (const item of items)
        lines.push(
          `    ${item.line + 1}:${item.character + 1}  ${item.attendeeId ?? 'whole note'}  ${item.ruleId ? `${item.ruleId}  ` : ''}${item.reason}`,
        );
    }
  }
  if (result.duplicates.length) {
    lines.push('', `Already exported (${result.duplicates.length}); use --replace to send corrected claims:`);
    for (const duplicate of result.duplicates)
      lines.push(
        `  ${duplicate.attendeeId} on ${duplicate.date}${duplicate.claimId ? ` (claim ${duplicate.claimId})` : ''}  ${relativeTo(cwd, toPath(duplicate.uri))}`,
      );
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

function toPath(uri: string): string {
  return uriToPath(uri) ?? uri;
}
