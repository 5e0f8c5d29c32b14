import { GROUPNOTE_VERSION } from '../version';
import { runCheck, type CommandIO } from './checkCommand';
import { BatchWorkerError } from '../batch/workerPool';
import { runExport } from './exportCommand';
import { runInit } from './initCommand';
import { DisclosureLogError } from '../disclosures/disclosureLog';
import { LockBusyError } from '../export/lock';
import { USAGE, UsageError } from './usage';

/** Runs the command line; resolves to the exit code. Never throws: every failure is one line on stderr. */
export async function main(argv: string[], io: CommandIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return await runCheck(rest, io);
      case 'export':
        return await runExport(rest, io);
      case 'init':
        return await runInit(rest, io);
      // Chart notes, records and disclosures load the PDF writer and its fonts: only when asked for.
      case 'chart':
        return await (await import('./chartCommand')).runChart(rest, io);
      case 'records':
        return await (await import('./recordsCommand')).runRecords(rest, io);
      case 'disclosures':
        return await (await import('./disclosuresCommand')).runDisclosures(rest, io);
      case '--version':
      case '-v':
        io.stdout(`${GROUPNOTE_VERSION}\n`);
        return 0;
      case '--help':
      case '-h':
      case 'help':
        io.stdout(`${USAGE}\n`);
        return 0;
      default:
        throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
    }
  } catch (error) {
    if (error instanceof UsageError || isArgError(error)) {
      io.stderr(`groupnote: ${(error as Error).message}\nRun "groupnote --help" for usage.\n`);
    } else if (error instanceof DisclosureLogError || error instanceof LockBusyError) {
      io.stderr(`groupnote: ${error.message}\n`); // paths, ids and counts only
    } else if (error instanceof BatchWorkerError) {
      io.stderr(`groupnote: ${error.message}\n`); // written to name no note text
    } else {
      const code = (error as NodeJS.ErrnoException)?.code;
      // Only the error's kind: an unexpected message could quote note text (PHI).
      const kind = code
        ? `I/O error (${code})`
        : `unexpected error (${error instanceof Error ? error.name : 'unknown'})`;
      io.stderr(`groupnote: ${kind}\n`);
    }
    return 2;
  }
}

function isArgError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

/** Entry point for bin/groupnote.js: real process streams, exit code on the process. */
export function runCli(): void {
  const io: CommandIO = {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    color: process.stdout.isTTY === true && !process.env.NO_COLOR,
  };
  void main(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}

if (require.main === module) runCli();
