import * as path from 'path';
import { parseArgs } from 'util';
import { checkFiles, relativeTo } from '../batch/batchCheck';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { formatStylish } from './formatters/stylish';
import type { FileFindings } from './formatters/types';
import type { EditorSettings } from '../workspace/loadWorkspace';
import { UsageError } from './usage';
import { readinessLines } from './listing';
import { readinessOf } from '../export/noteFacts';
import { LedgerCache } from '../service/ledgerCache';

export interface CommandIO {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  color: boolean;
}

const FORMATS = ['stylish', 'json', 'sarif'] as const;

/** `groupnote check`: returns the exit code. */
export async function runCheck(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'stylish' },
      'no-color': { type: 'boolean', default: false },
      'codes-file': { type: 'string' },
    },
  });
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format))
    throw new UsageError(`unknown --format "${values.format}" (use ${FORMATS.join(', ')})`);
  if (!positionals.length) throw new UsageError('name at least one note file or folder to check');

  const settings = codeFileSettings(values['codes-file'], io.cwd);
  // The readiness of each note (stylish output only: the JSON and SARIF shapes are findings).
  const readiness = format === 'stylish';
  const batch = await checkFiles(
    positionals.map((target) => path.resolve(io.cwd, target)),
    { ...(settings ? { settingsFor: () => Promise.resolve(settings) } : {}), readiness },
  );
  const results: FileFindings[] = batch.notes.map((checked) => ({
    file: relativeTo(io.cwd, checked.file),
    findings: checked.findings,
    suppressed: checked.suppressed,
  }));
  if (format === 'json') io.stdout(formatJson(results));
  else if (format === 'sarif') io.stdout(formatSarif(results));
  else {
    io.stdout(formatStylish(results, io.color && !values['no-color']));
    const ledgers = new LedgerCache();
    const states = [];
    for (const checked of batch.notes)
      if (checked.facts)
        states.push({
          uri: checked.uri,
          readiness: readinessOf(checked.facts, checked.root ? await ledgers.read(checked.root) : undefined),
        });
    if (states.length) io.stdout(['', ...readinessLines(states, io.cwd)].join('\n') + '\n');
  }

  const unreadable = batch.problems.filter((problem) => !problem.file.includes('.groupnote'));
  for (const problem of batch.problems) io.stderr(`groupnote: ${problem.message}\n`);
  for (const failure of batch.ruleFailures)
    io.stderr(
      `groupnote: ${relativeTo(io.cwd, failure.file)}: rule ${failure.ruleId} failed (${failure.error}); its ` +
        `findings for this note are missing\n`,
    );
  if (unreadable.length) return 2;
  if (!batch.notes.length) {
    io.stderr('groupnote: no *.group.md notes found\n');
    return 2;
  }
  return results.some((result) => result.findings.some((finding) => finding.severity === 'error')) ? 1 : 0;
}

/**
 * `--codes-file PATH`: an ICD-10-CM code file the user names on the command line (relative to the current
 * folder) is read wherever it is, like one in their editor settings, and overrides config.yaml's.
 */
export function codeFileSettings(value: string | undefined, cwd: string): EditorSettings | undefined {
  if (value === undefined) return undefined;
  if (!value.trim()) throw new UsageError('--codes-file needs a file path');
  return { icd10: { codesFile: path.resolve(cwd, value) } };
}
