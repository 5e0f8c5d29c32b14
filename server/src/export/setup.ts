import * as path from 'path';
import { SETTINGS_DIR, type WorkspaceData } from '../workspace/loadWorkspace';
import { exportParties } from './parties';
import type { ExportParties } from './types';

/** The files export cannot do without, and what each gives the claims. */
const REQUIRED_FILES = [
  ['practice', 'practice.yaml', 'the billing provider, submitter, receiver and fees'],
  ['roster', 'roster.yaml', "the patients' insurance and demographics"],
] as const;

export type ExportSetup = { ok: true; parties: ExportParties } | { ok: false; problem: string };

/**
 * Whether a workspace can export claims at all, and if not why: no `.groupnote/`, practice.yaml or
 * roster.yaml missing or with errors, an error in config.yaml (the checks would be weaker than the team
 * set them), a practice that cannot fill a claim's parties. One answer for the export (which stops on
 * it) and for every note's readiness ("cannot export").
 */
export function exportSetup(workspace: WorkspaceData): ExportSetup {
  if (!workspace.root)
    return { ok: false, problem: 'no .groupnote/ folder (practice.yaml, roster.yaml) in this folder or above' };
  const settingsDir = path.join(workspace.root, SETTINGS_DIR);
  // practice.yaml and roster.yaml go into the claims; an error in config.yaml (a code file refused or
  // unreadable, a rule setting that cannot be read) would make the checks weaker than the team set them.
  const fileProblems = workspace.problems.filter(
    (problem) =>
      /(?:^|[\\/])(practice|roster)\.yaml$/.test(problem.file) ||
      (/(?:^|[\\/])config\.yaml$/.test(problem.file) && problem.severity !== 'warning'),
  );
  if (fileProblems.length)
    return {
      ok: false,
      problem:
        `fix ${[...new Set(fileProblems.map((problem) => path.basename(problem.file)))].join(' and ')} before ` +
        `exporting: ${fileProblems.map((problem) => problem.message).join('; ')}`,
    };
  for (const [key, file, what] of REQUIRED_FILES)
    if (!workspace[key])
      return { ok: false, problem: `${path.join(settingsDir, file)} not found: export needs ${what}` };
  const parties = exportParties(workspace.practice!);
  if (!parties.ok)
    return {
      ok: false,
      problem:
        `practice.yaml is not ready for claims: ${parties.problems.join('; ')} ` +
        '(see docs/format.md, practice.yaml)',
    };
  return parties;
}
