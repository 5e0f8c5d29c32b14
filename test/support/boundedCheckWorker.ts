/**
 * Worker for boundedCheck.ts: parses and checks one note, one rule at a time, telling the parent
 * which rule is running (so a rule that never finishes can be named) and how long each took.
 */
import { parentPort, workerData } from 'worker_threads';
import { checkNote } from '../../server/src/engine/checkNote';
import { parseNote } from '../../server/src/parse/parseNote';
import { allRules } from '../../server/src/rules';
import type { Finding } from '../../server/src/rules/types';
import { loadWorkspace } from '../../server/src/workspace/loadWorkspace';
import { rangeProblems } from './invariants';

interface Input {
  text: string;
  root: string;
  mode: 'edit' | 'export';
}

async function main(): Promise<void> {
  const { text, root, mode } = workerData as Input;
  const workspace = await loadWorkspace(root);
  const started = performance.now();
  const note = parseNote(text, 'file:///hostile/note.group.md');
  const parseMs = performance.now() - started;
  const findings: Finding[] = [];
  const ruleErrors: string[] = [];
  const ruleMs: Record<string, number> = {};
  for (const rule of allRules) {
    parentPort!.postMessage({ running: rule.id });
    const ruleStarted = performance.now();
    findings.push(
      ...checkNote(note, {
        workspace,
        mode,
        today: '2026-11-22',
        rules: [rule],
        onRuleError: (id, error) =>
          ruleErrors.push(`${id}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`),
      }),
    );
    ruleMs[rule.id] = performance.now() - ruleStarted;
  }
  parentPort!.postMessage({
    done: {
      ms: performance.now() - started,
      parseMs,
      ruleMs,
      ruleIds: findings.map((finding) => finding.ruleId),
      findings: findings.slice(0, 50).map(({ ruleId, message }) => ({ ruleId, message })),
      findingCount: findings.length,
      headerProblems: note.headerProblems.map(({ kind, message }) => ({ kind, message })),
      sections: note.sections.length,
      attendees: note.attendees.length,
      rangeProblems: rangeProblems(text, note, findings).slice(0, 10),
      ruleErrors,
      heapMb: process.memoryUsage().heapUsed / 1024 / 1024,
    },
  });
}

main().catch((error) =>
  parentPort!.postMessage({
    failed: error instanceof Error ? `${error.name}: ${error.message}\n${error.stack}` : String(error),
  }),
);
