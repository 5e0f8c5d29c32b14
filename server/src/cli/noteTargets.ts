import * as path from 'path';
import { findNoteFiles } from '../workspace/findNoteFiles';
import { findWorkspaceRoot } from '../workspace/loadWorkspace';
import { UsageError } from './usage';
import { READINESS_WORDING, SET_UP_PRACTICE } from '../../../protocol/src/readiness';

/**
 * The notes named on a command line (files, or folders searched for `*.group.md`) and the one workspace
 * they belong to (the folder holding `.groupnote/`). Throws a UsageError naming what is wrong.
 */
export async function workspaceNotes(
  positionals: string[],
  cwd: string,
  action: string,
): Promise<{ root: string; notes: string[] }> {
  const targets = positionals.map((target) => path.resolve(cwd, target));
  const roots = new Set<string | undefined>();
  const notes: string[] = [];
  for (const target of targets) {
    try {
      for (const note of await findNoteFiles(target)) notes.push(note);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(
        `${target}: ${code === 'ENOENT' ? 'no such file or folder' : `cannot read (${code ?? 'I/O error'})`}`,
      );
    }
  }
  for (const note of notes) roots.add(await findWorkspaceRoot(path.dirname(note)));
  if (!notes.length) throw new UsageError('no *.group.md notes found');
  if (roots.has(undefined))
    throw new UsageError(
      // Export says it in the words of the notes' readiness ("cannot export"), as `groupnote check` does.
      `${action === 'export' ? `${READINESS_WORDING['cannot-export'].label}:` : `${action} needs a workspace:`} ` +
        `no .groupnote/ folder (practice.yaml, roster.yaml) above the notes; "${SET_UP_PRACTICE.cli}" sets one up`,
    );
  if (roots.size > 1)
    throw new UsageError(
      `the notes belong to ${roots.size} workspaces (${[...roots].join(', ')}): ${action} one workspace at a time`,
    );
  return { root: [...roots][0] as string, notes };
}
