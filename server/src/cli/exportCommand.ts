import type { CommandIO } from './checkCommand';
import { UsageError } from './usage';

/** `groupnote export` — wired to the export engine (server/src/export). */
export async function runExport(_argv: string[], _io: CommandIO): Promise<number> {
  throw new UsageError('export is not available yet');
}
