/**
 * A separate process that records disclosures, forked by test/unit/disclosures.test.ts:
 * `node disclosureAppender.js <log file> <tag> <count> [append|kill-before-rename|kill-in-release]`.
 * Each entry's purpose is `<tag> #<n>` so the test can tell that none was lost. The kill modes stop
 * the process with SIGKILL (no cleanup runs) in the middle of the first write.
 */
import { recordDisclosure } from '../../server/src/disclosures/disclosureLog';

async function run(): Promise<void> {
  const [file, tag, countText, mode = 'append'] = process.argv.slice(2);
  const kill = (): void => {
    process.kill(process.pid, 'SIGKILL');
  };
  for (let n = 1; n <= Number(countText); n++) {
    await recordDisclosure(
      file,
      {
        patientId: 'P001',
        recipient: `Recipient ${tag}`,
        purpose: `${tag} #${n}`,
        kind: 'records-packet',
        sessions: [{ date: '2026-11-16', note: 'notes/2026-11-16.group.md' }],
        files: [],
      },
      {
        ...(mode === 'kill-before-rename' ? { beforeRename: kill } : {}),
        ...(mode === 'kill-in-release'
          ? {
              release: () => {
                kill();
                return Promise.resolve();
              },
            }
          : {}),
      },
    );
  }
}

run().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
