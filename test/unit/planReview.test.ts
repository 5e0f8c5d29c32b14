/**
 * GN905 treatment-plan review: the review interval (roster plan.reviewed, payer and practice settings) and the
 * patient's last sessions without documented progress (read from the workspace index), the same in the command
 * line and the language service.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkNote } from '../../server/src/engine/checkNote';
import { parseNote } from '../../server/src/parse/parseNote';
import { NoteShard, textDigest, type CheckRequest } from '../../server/src/batch/noteShard';
import { gn905 } from '../../server/src/rules/plan/GN905-treatment-plan-review';
import { GroupNoteService } from '../../server/src/service/groupNoteService';
import { loadWorkspace, type WorkspaceData } from '../../server/src/workspace/loadWorkspace';
import { indexNote } from '../../server/src/workspace/noteIndex';
import { NotesByDate } from '../../server/src/workspace/notesByDate';
import { pathToUri } from '../../server/src/workspace/uris';
import { fixturesDir } from '../support/paths';
import { runCli } from '../support/runCli';
import { tempWorkspace } from '../support/tempWorkspace';

const fixtures = path.join(fixturesDir, 'rules', 'GN905');
const read = (name: string) => fs.readFileSync(path.join(fixtures, name), 'utf8');
const sessionFiles = fs.readdirSync(path.join(fixtures, 'workspace-no-progress')).sort();
const lastSession = read(path.join('workspace-no-progress', sessionFiles[sessionFiles.length - 1]));

const WITHOUT_PROGRESS =
  'Anxious affect, rated mood 5 out of 10. Practised the breathing drill with a peer and described a panic ' +
  'episode at the bank ("I had to walk out"). Denies SI/HI.\nPlan: practise the drill twice a day.';
const WITH_PROGRESS =
  'Anxious affect, rated mood 5 out of 10. Toward G1: used the breathing drill in two of three panic episodes ' +
  'this week, up from none. Denies SI/HI.\nPlan: practise the drill twice a day.';

/** The last no-progress session with its date and Rita H.'s (P082) section replaced. */
function session(date: string, section = WITHOUT_PROGRESS): string {
  return lastSession
    .replace(/^date: 2026-11-20$/m, `date: ${date}`)
    .replace(/## Rita H\. \(P082\)\n[\s\S]*$/, `## Rita H. (P082)\n${section}\n`);
}

type Overrides = { thresholds?: Partial<WorkspaceData['config']['thresholds']>; payerDays?: number };

async function workspaceWith(overrides: Overrides = {}): Promise<WorkspaceData> {
  const workspace = await loadWorkspace(fixturesDir);
  const config = { ...workspace.config, thresholds: { ...workspace.config.thresholds, ...overrides.thresholds } };
  const practice = workspace.practice && {
    ...workspace.practice,
    payers: overrides.payerDays
      ? { ...workspace.practice.payers, '99999': { planReviewDays: overrides.payerDays } }
      : workspace.practice.payers,
  };
  return { ...workspace, config, practice };
}

/** GN905's findings on `text`, with earlier sessions (date and P082 section) in the index. */
async function gn905On(
  text: string,
  others: { date: string; section?: string }[] | undefined,
  overrides: Overrides = {},
): Promise<{ severity: string; message: string; line: number }[]> {
  const workspace = await workspaceWith(overrides);
  const index =
    others &&
    new NotesByDate(
      others.map(({ date, section }, at) =>
        indexNote(parseNote(session(date, section), `file:///w/s${at}.group.md`), workspace.config),
      ),
    );
  const note = parseNote(text, 'file:///w/this.group.md');
  return checkNote(note, { workspace, otherNotes: index, today: '2027-12-31', rules: [gn905] }).map((finding) => ({
    severity: finding.severity,
    message: finding.message,
    line: finding.range.start.line + 1,
  }));
}

const weekly = (count: number, section?: string) =>
  Array.from({ length: count }, (_, at) => ({
    date: new Date(Date.UTC(2026, 10, 13) - at * 7 * 86_400_000).toISOString().slice(0, 10),
    section,
  }));

describe('GN905 treatment-plan review', () => {
  describe('the review interval', () => {
    const clean = read('pass-reviewed.group.md');
    const dated = (date: string) => clean.replace(/^date: 2026-11-20$/m, `date: ${date}`);

    it('a review more than 90 days before the session is a warning naming the date, days and due date', async () => {
      // P001, P002 and P004 were reviewed on 2026-10-01: 2026-12-30 is day 90, 2026-12-31 day 91.
      assert.deepStrictEqual(await gn905On(dated('2026-12-30'), undefined), []);
      const late = await gn905On(dated('2026-12-31'), undefined);
      assert.deepStrictEqual(
        late.map((finding) => finding.severity),
        ['warning', 'warning', 'warning'],
      );
      assert.match(
        late[0].message,
        new RegExp(
          String.raw`^Sarah M\. \(P001\): the treatment plan was last reviewed on 2026-10-01, 91 days before this ` +
            String.raw`session; the review interval is 90 days \(thresholds\.planReviewDays\), ` +
            String.raw`so a review was due by 2026-12-30\.`,
        ),
      );
      assert.strictEqual(late[0].line, 22, 'at the attendee entry');
    });

    it('within the interval, or reviewed after the session, there is nothing to report', async () => {
      assert.deepStrictEqual(await gn905On(clean, undefined), []);
      assert.deepStrictEqual(await gn905On(dated('2026-09-15'), undefined), []);
    });

    it("the payer's planReviewDays wins over the practice's thresholds.planReviewDays", async () => {
      const payer = await gn905On(clean, undefined, { payerDays: 30, thresholds: { planReviewDays: 365 } });
      assert.strictEqual(payer.length, 3);
      assert.match(payer[0].message, /50 days before this session; the review interval is 30 days \(payer 99999/);
      const practice = await gn905On(clean, undefined, { thresholds: { planReviewDays: 45 } });
      assert.match(practice[0].message, /the review interval is 45 days \(thresholds\.planReviewDays\)/);
    });

    it('an overdue review is a warning, a plan without a review date information', async () => {
      const findings = await gn905On(read('fail-review-overdue.group.md'), undefined);
      assert.deepStrictEqual(findings, [
        {
          severity: 'warning',
          message:
            'Nora F. (P080): the treatment plan was last reviewed on 2026-06-01, 172 days before this session; the ' +
            'review interval is 90 days (thresholds.planReviewDays), so a review was due by 2026-08-30. Review the ' +
            'plan with the member and record the date in roster plan.reviewed.',
          line: 23,
        },
        {
          severity: 'info',
          message:
            'Owen G. (P081): no treatment-plan review date recorded (roster plan.reviewed), so whether the plan was ' +
            'reviewed within 90 days (thresholds.planReviewDays) cannot be checked.',
          line: 24,
        },
      ]);
    });
  });

  describe('no progress over the last sessions', () => {
    const rita = <T extends { message: string }>(findings: T[]) =>
      findings.filter((finding) => /P082/.test(finding.message));

    it('six sessions in a row without progress: a warning at the heading that says since when', async () => {
      const findings = rita(await gn905On(session('2026-11-20'), weekly(5)));
      assert.strictEqual(findings.length, 1);
      assert.match(
        findings[0].message,
        new RegExp(
          String.raw`^Rita H\. \(P082\): no progress toward the member’s goals documented in the last 6 sessions ` +
            String.raw`\(since 2026-10-16\)`,
        ),
      );
      assert.strictEqual(findings[0].line, lastSession.split('\n').indexOf('## Rita H. (P082)') + 1);
    });

    it('progress in one of the six, or in this note, is enough', async () => {
      const sessions = weekly(5);
      sessions[3] = { ...sessions[3], section: WITH_PROGRESS };
      assert.deepStrictEqual(rita(await gn905On(session('2026-11-20'), sessions)), []);
      assert.deepStrictEqual(rita(await gn905On(session('2026-11-20', WITH_PROGRESS), weekly(5))), []);
    });

    it('fewer than six sessions on file, later sessions and undated ones do not count', async () => {
      assert.deepStrictEqual(rita(await gn905On(session('2026-11-20'), weekly(4))), []);
      const later = [...weekly(4), { date: '2026-11-27' }, { date: '2026-12-04' }];
      assert.deepStrictEqual(rita(await gn905On(session('2026-11-20'), later)), []);
      // Without the index (the editor before the workspace is scanned) only the review is checked.
      assert.deepStrictEqual(rita(await gn905On(session('2026-11-20'), undefined)), []);
    });

    it('thresholds.progressSessions sets how many sessions are read', async () => {
      const findings = rita(await gn905On(session('2026-11-20'), weekly(2), { thresholds: { progressSessions: 3 } }));
      assert.strictEqual(findings.length, 1);
      assert.match(findings[0].message, /in the last 3 sessions \(since 2026-11-06\)/);
      const eight = await gn905On(session('2026-11-20'), weekly(6), { thresholds: { progressSessions: 8 } });
      assert.deepStrictEqual(rita(eight), [], 'seven sessions on file');
    });

    it('the index records per note the billable patients without progress; a batch re-checks only those', async () => {
      const workspace = await loadWorkspace(fixturesDir);
      const without = indexNote(parseNote(session('2026-11-20'), 'file:///w/a.group.md'), workspace.config);
      const withProgress = indexNote(
        parseNote(session('2026-11-20', WITH_PROGRESS), 'file:///w/b.group.md'),
        workspace.config,
      );
      assert.deepStrictEqual(without.withoutProgress, ['P082']);
      assert.deepStrictEqual(withProgress.withoutProgress, []);
      const index = new NotesByDate([without, withProgress]);
      assert.strictEqual(gn905.concerns?.(without, index, workspace.roster), true);
      assert.strictEqual(gn905.concerns?.(withProgress, index, workspace.roster), false);
    });
  });

  describe("the batch's second pass", () => {
    const text = session('2026-11-20');
    /** GN905's messages for P082 when the second pass is told `withoutProgress` was read from `readFrom`. */
    async function secondPass(readFrom: string, withoutProgress: string[]): Promise<string[]> {
      const workspace = await workspaceWith();
      const index = new NotesByDate(
        weekly(5).map(({ date }, at) =>
          indexNote(parseNote(session(date), `file:///w/s${at}.group.md`), workspace.config),
        ),
      );
      const shard = new NoteShard(() => Promise.resolve(workspace));
      const request: CheckRequest = {
        file: '/w/this.group.md',
        uri: 'file:///w/this.group.md',
        text,
        root: '/w',
        settings: {},
        mode: 'edit',
        today: '2027-12-31',
        output: 'findings',
        progress: { digest: textDigest(readFrom), withoutProgress },
      };
      const [answer] = await shard.check([request], new Map([['/w', index]]));
      return (answer?.findings ?? [])
        .filter((finding) => finding.ruleId === 'GN905' && finding.attendeeId === 'P082')
        .map((finding) => finding.message);
    }

    it('takes the progress the first pass read from the same text; reads it when the text changed', async () => {
      const read = await secondPass(text, ['P082']);
      assert.strictEqual(read.length, 1, 'no progress in six sessions: one warning');
      // Told (untruly, to see which answer is used) that the same text documents progress: nothing is read again.
      assert.deepStrictEqual(await secondPass(text, []), []);
      // The file changed between the passes: what the first pass read is not used.
      assert.deepStrictEqual(await secondPass(`${text}\n`, []), read);
    });
  });

  describe('the command line and the language service agree', function () {
    this.timeout(60000);
    const notes: Record<string, string> = { 'review.group.md': read('fail-review-overdue.group.md') };
    for (const file of sessionFiles) notes[file] = read(path.join('workspace-no-progress', file));
    let dir: string;
    before(() => (dir = tempWorkspace(notes)));
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('the same GN905 findings, in the same places', async () => {
      const run = runCli(['check', '--format', 'json', dir]);
      assert.ok(run.status === 1, `exit ${run.status}: ${run.stderr}`);
      type Found = {
        file: string;
        ruleId: string;
        message: string;
        range: { start: { line: number } };
        severity: string;
      };
      const cli = (JSON.parse(run.stdout) as Found[]).filter((finding) => finding.ruleId === 'GN905');
      assert.strictEqual(cli.length, 3, JSON.stringify(cli.map((finding) => finding.message)));

      let indexed!: () => void;
      const done = new Promise<void>((resolve) => (indexed = resolve));
      const service = new GroupNoteService({
        settingsFor: () => Promise.resolve({}),
        log: () => undefined,
        onWorkspaceIndexed: () => indexed(),
      });
      const first = Object.keys(notes)[0];
      await service.analyze(pathToUri(path.join(dir, first)), 1, notes[first]);
      await done;
      for (const [name, text] of Object.entries(notes)) {
        const analysis = await service.analyze(pathToUri(path.join(dir, name)), 2, text);
        const server = analysis.findings
          .filter((finding) => finding.ruleId === 'GN905')
          .map((finding) => `${finding.range.start.line + 1} ${finding.severity} ${finding.message}`);
        const fromCli = cli
          .filter((finding) => path.basename(finding.file) === name)
          .map((finding) => `${finding.range.start.line + 1} ${finding.severity} ${finding.message}`);
        assert.deepStrictEqual(server, fromCli, name);
      }
    });

    it('the scan reads no prose; the last session, checked first, reads its window and finds the same', async () => {
      const cli = runCli(['check', '--format', 'json', dir]);
      const last = sessionFiles[sessionFiles.length - 1];
      const expected = (JSON.parse(cli.stdout) as { file: string; ruleId: string; message: string }[])
        .filter((finding) => finding.ruleId === 'GN905' && path.basename(finding.file) === last)
        .map((finding) => finding.message);
      assert.ok(
        expected.some((message) => message.includes('no progress')),
        JSON.stringify(expected),
      );

      let indexed!: () => void;
      const done = new Promise<void>((resolve) => (indexed = resolve));
      const service = new GroupNoteService({
        settingsFor: () => Promise.resolve({}),
        log: () => undefined,
        onWorkspaceIndexed: () => indexed(),
      });
      const uri = pathToUri(path.join(dir, last));
      await service.analyze(uri, 1, notes[last]);
      await done;
      const root = path.resolve(dir);
      const earlier = pathToUri(path.join(dir, sessionFiles[0]));
      assert.strictEqual(service.index.get(root, earlier)?.withoutProgress, undefined, 'the scan read no progress');
      const analysis = await service.analyze(uri, 2, notes[last]);
      const found = analysis.findings.filter((finding) => finding.ruleId === 'GN905').map((finding) => finding.message);
      assert.deepStrictEqual(found, expected);
      assert.deepStrictEqual(service.index.get(root, earlier)?.withoutProgress, ['P082'], 'read when GN905 asked');

      // The heading's hover lists the last sessions with their progress, read for it.
      const heading = analysis.note.sections.find((section) => section.id === 'P082')!;
      const notesForHover = await service.hoverNotes(
        analysis,
        analysis.note.lines.offsetAt(heading.headingRange.start),
      );
      const listed = sessionFiles.slice(0, -1).map((file) => notesForHover?.get(pathToUri(path.join(dir, file))));
      assert.ok(listed.every((entry) => entry?.withoutProgress !== undefined));
    });
  });
});
