import * as path from 'path';
import { parseArgs } from 'util';
import { disclosuresOf, disclosuresPath, readDisclosures } from '../disclosures/disclosureLog';
import { accountingOf, formatDisclosureTable } from '../disclosures/listing';
import { findWorkspaceRoot } from '../workspace/loadWorkspace';
import type { CommandIO } from './checkCommand';
import { UsageError } from './usage';

const FORMATS = ['table', 'json'] as const;

/** `groupnote disclosures --patient ID [--accounting] [--format table|json] [--workspace DIR]`: the exit code. */
export async function runDisclosures(argv: string[], io: CommandIO, now: Date = new Date()): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    allowPositionals: false,
    options: {
      patient: { type: 'string', short: 'p' },
      accounting: { type: 'boolean', default: false },
      format: { type: 'string', short: 'f', default: 'table' },
      workspace: { type: 'string', short: 'w' },
    },
  });
  const patientId = values.patient?.trim();
  if (!patientId) throw new UsageError('--patient ID is required: the member id whose disclosures to list');
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format))
    throw new UsageError(`unknown --format "${values.format}" (use ${FORMATS.join(', ')})`);
  const start = path.resolve(io.cwd, values.workspace ?? '.');
  const root = await findWorkspaceRoot(start);
  if (!root)
    throw new UsageError(`no .groupnote/ folder at or above ${start}: name the workspace with --workspace DIR`);

  const file = disclosuresPath(root);
  const all = disclosuresOf(await readDisclosures(file), patientId);
  const entries = values.accounting ? accountingOf(all, now) : all;
  if (format === 'json') {
    io.stdout(JSON.stringify({ patientId, accounting: values.accounting, entries }, null, 2) + '\n');
    return 0;
  }
  if (!entries.length) {
    io.stdout(
      values.accounting
        ? `No disclosures of ${patientId} to account for in the six years before ${now.toISOString().slice(0, 10)}` +
            `${all.length ? ` (${all.length} exempt or older, listed without --accounting)` : ''}.\n`
        : `No disclosures of ${patientId} are recorded in ${path.relative(io.cwd, file) || file}.\n`,
    );
    return 0;
  }
  io.stdout(formatDisclosureTable(entries));
  if (!values.accounting && entries.some((entry) => entry.exempt))
    io.stdout('Exempt: left out of the accounting given to the patient (45 CFR 164.528(a)(1)); see --accounting.\n');
  return 0;
}
