import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkNote } from '../../server/src/engine/checkNote';
import { parseNote } from '../../server/src/parse/parseNote';
import { membersRules } from '../../server/src/rules/members';
import { scopeRules } from '../../server/src/rules/scope';
import type { Finding } from '../../server/src/rules/types';
import { loadWorkspace, type WorkspaceData } from '../../server/src/workspace/loadWorkspace';
import { fixturesDir } from '../support/paths';

const RULES = [...membersRules, ...scopeRules];
const CLEAN = fs.readFileSync(path.join(fixturesDir, 'clean', 'cbt-anxiety.group.md'), 'utf8');

let workspace: WorkspaceData;
before(async () => {
  workspace = await loadWorkspace(fixturesDir);
});

function check(
  text: string,
  options: { roster?: boolean; configure?: (ws: WorkspaceData) => WorkspaceData } = {},
): Finding[] {
  let ws: WorkspaceData = options.roster === false ? { ...workspace, roster: undefined } : workspace;
  if (options.configure) ws = options.configure(ws);
  return checkNote(parseNote(text), {
    workspace: ws,
    rules: RULES,
    today: '2026-11-22',
    onRuleError: (id, error) => assert.fail(`${id} threw: ${String(error)}`),
  });
}

function withConfig(ws: WorkspaceData, change: (config: WorkspaceData['config']) => void): WorkspaceData {
  const config = {
    ...ws.config,
    thresholds: { ...ws.config.thresholds },
    phrases: { ...ws.config.phrases },
    rules: { ...ws.config.rules },
  };
  change(config);
  return { ...ws, config };
}

/** Replaces the body of one member section of the clean note. */
function withSection(name: string, body: string, text = CLEAN): string {
  const pattern = new RegExp(`(## ${name.replace(/[.()]/g, '\\$&')} \\(P\\d+\\)\\n)[\\s\\S]*?(?=\\n## |$)`);
  assert.ok(pattern.test(text), `section ${name}`);
  return text.replace(pattern, (_, heading: string) => `${heading}${body.trim()}\n`);
}

const ids = (findings: Finding[]) => findings.map((finding) => `${finding.ruleId}:${finding.severity}`).sort();

describe('members and scope rules on whole notes', () => {
  it('the three clean fixtures stay clean', () => {
    for (const file of fs.readdirSync(path.join(fixturesDir, 'clean'))) {
      assert.deepStrictEqual(
        check(fs.readFileSync(path.join(fixturesDir, 'clean', file), 'utf8')).map((finding) => finding.message),
        [],
        file,
      );
    }
  });

  it('the format contract example note is clean once its elided section is written out', () => {
    const example = fs.readFileSync(path.join(fixturesDir, 'contract', 'format-example.note'), 'utf8');
    const tom = /## Tom R\. \(P002\)\n([\s\S]*?)(?=\n## |$)/.exec(CLEAN)?.[1] ?? '';
    const completed = example.replace(/## Tom R\. \(P002\)\n\.\.\.\n/, `## Tom R. (P002)\n${tom}\n`);
    assert.notStrictEqual(completed, example, 'Tom section replaced');
    assert.deepStrictEqual(
      check(completed).map((finding) => finding.message),
      [],
    );
    // As printed, the elided "..." section is reported as empty (a real note with "..." is unfinished).
    assert.deepStrictEqual(ids(check(example)), ['GN301:error']);
  });

  it('GN301 reports each missing element with its own severity, at the heading', () => {
    const findings = check(withSection('Tom R.', 'Reported calling his brother back on Sunday.'), { roster: false });
    const gn301 = findings.filter((finding) => finding.ruleId === 'GN301');
    assert.deepStrictEqual(
      gn301.map((finding) => [finding.severity, /no (.*?) described/.exec(finding.message)?.[1]]),
      [
        ['warning', 'mood/affect'],
        ['error', 'progress toward the member\u2019s goal'],
        ['warning', 'plan'],
      ],
    );
    assert.ok(
      gn301.every(
        (finding) =>
          finding.attendeeId === 'P002' &&
          finding.range.start.character === 0 &&
          finding.message.startsWith('Tom R. (P002): '),
      ),
    );
    assert.deepStrictEqual(
      gn301.map((finding) => (finding.fix?.kind === 'insert-element' ? finding.fix.element : undefined)),
      ['mood', 'progress', 'plan'],
    );
  });

  it('GN301 says a section is empty once, and GN306/GN303 leave it alone', () => {
    const text = withSection('Tom R.', '\n\n').replace(/## David C\. \(P004\)\n[\s\S]*$/, '## David C. (P004)\nTBD\n');
    const findings = check(text);
    assert.deepStrictEqual(ids(findings), ['GN301:error', 'GN301:error']);
    assert.ok(findings.every((finding) => /member section is empty/.test(finding.message)));
  });

  it(
    'GN302 reports once per section, listing the phrases; error when thin; honours vagueMinWords, phrases.vague ' +
      'and vagueIgnore',
    () => {
      const text = withSection(
        'Tom R.',
        'Mood good. Participated appropriately and called his landlord back. Plan: continue current plan.',
      );
      const thin = check(text).filter((finding) => finding.ruleId === 'GN302');
      assert.deepStrictEqual(
        thin.map((finding) => finding.severity),
        ['error'],
      );
      assert.match(thin[0].message, /"Mood good", "Participated appropriately", "continue current plan"/);
      const lenient = check(text, {
        configure: (ws) => withConfig(ws, (config) => (config.thresholds.vagueMinWords = 3)),
      }).filter((finding) => finding.ruleId === 'GN302');
      assert.deepStrictEqual(
        lenient.map((finding) => finding.severity),
        ['warning'],
      );
      const ignored = check(text, {
        configure: (ws) =>
          withConfig(ws, (config) => (config.phrases.vagueIgnore = ['mood good', 'Continue current plan'])),
      }).filter((finding) => finding.ruleId === 'GN302');
      assert.deepStrictEqual(
        ignored.map((finding) => /\("(.*?)"\)/.exec(finding.message)?.[1]),
        ['Participated appropriately'],
      );
      const extra = check(withSection('Tom R.', 'Showed up as usual and was pleasant to be around. Plan: same.'), {
        configure: (ws) => withConfig(ws, (config) => (config.phrases.vague = ['was pleasant to be around'])),
      }).filter((finding) => finding.ruleId === 'GN302');
      assert.deepStrictEqual(
        extra.map((finding) => /\("(.*?)"\)/.exec(finding.message)?.[1]),
        ['was pleasant to be around'],
      );
    },
  );

  it('GN302 leaves a stock phrase next to real specifics alone', () => {
    const text = withSection(
      'Tom R.',
      'Arrived late and sat by the door. Was engaged. Called his landlord back on Monday after avoiding it. Built a' +
        ' five-step hierarchy, partial progress on G1; affect constricted. Plan: first two hierarchy steps.',
    );
    assert.deepStrictEqual(
      check(text).filter((candidate) => candidate.ruleId === 'GN302'),
      [],
    );
  });

  it('GN302 points at the first stock phrase', () => {
    const text = withSection('Tom R.', 'Arrived late. Was engaged. Plan: continue.');
    const finding = check(text).find((candidate) => candidate.ruleId === 'GN302');
    assert.ok(finding);
    const note = parseNote(text);
    assert.strictEqual(
      note.text.slice(note.lines.offsetAt(finding.range.start), note.lines.offsetAt(finding.range.end)),
      'Was engaged',
    );
  });

  it('GN303 follows cloneWarn / cloneError and names the other member', () => {
    const sarah = /## Sarah M\. \(P001\)\n([\s\S]*?)(?=\n## )/.exec(CLEAN)?.[1] ?? '';
    const cloned = withSection('Tom R.', sarah.replace(/\bher\b/g, 'his').replace('15 minutes', '20 minutes'));
    const [finding] = check(cloned).filter((candidate) => candidate.ruleId === 'GN303');
    assert.strictEqual(finding.severity, 'error');
    assert.match(
      finding.message,
      /^Tom R\. \(P002\): (9\d|100)% the same as Sarah M\. \(P001\) once names, pronouns, dates and numbers are masked/,
    );
    const strict = check(cloned, {
      configure: (ws) => withConfig(ws, (config) => (config.thresholds.cloneError = 1.01)),
    }).filter((candidate) => candidate.ruleId === 'GN303');
    assert.deepStrictEqual(
      strict.map((candidate) => candidate.severity),
      ['warning'],
    );
    const off = check(cloned, {
      configure: (ws) => withConfig(ws, (config) => (config.thresholds.cloneWarn = 1.01)),
    }).filter((candidate) => candidate.ruleId === 'GN303');
    assert.deepStrictEqual(off, []);
  });

  it('GN304 reports each mention of another member with a replace fix, never the member\u2019s own name', () => {
    const text = withSection(
      'Tom R.',
      'Tom thanked Sarah M. for her example and told David about his week. Built a five-step hierarchy, partial ' +
        'progress on G1; affect constricted. Plan: first two steps.',
    );
    const findings = check(text).filter((finding) => finding.ruleId === 'GN304');
    assert.deepStrictEqual(
      findings.map((finding) => /\((P\d+)\)\);/.exec(finding.message)?.[1]),
      ['P001', 'P004'],
    );
    assert.deepStrictEqual(
      findings.map((finding) => finding.fix?.kind),
      ['replace-text', 'replace-text'],
    );
  });

  it(
    'GN305 reports one error per risk category at the disclosure, ' + 'and accepts a response anywhere in the section',
    () => {
      const body =
        'Reported passive SI this week and cravings for alcohol after payday. Built a five-step hierarchy, partial ' +
        'progress on G1; affect constricted. Plan: first two steps.';
      const findings = check(withSection('Tom R.', body)).filter((finding) => finding.ruleId === 'GN305');
      assert.deepStrictEqual(
        findings.map((finding) => /: (.*?) disclosed \("(.*?)"\)/.exec(finding.message)?.slice(1)),
        [
          ['suicidal ideation or behaviour', 'passive SI'],
          ['substance use, craving or intent to use', 'cravings'],
        ],
      );
      assert.ok(findings.every((finding) => finding.severity === 'error' && finding.attendeeId === 'P002'));
      const handled = check(
        withSection(
          'Tom R.',
          `${body} Denied intent or plan; safety plan reviewed and 988 given. Craving rated 5/10; will call his ` +
            `sponsor tonight.`,
        ),
      ).filter((finding) => finding.ruleId === 'GN305');
      assert.deepStrictEqual(handled, []);
      const safetyOnly = check(withSection('Tom R.', `${body} Will call his sponsor tonight.`)).filter(
        (finding) => finding.ruleId === 'GN305',
      );
      assert.deepStrictEqual(
        safetyOnly.map((finding) => /\("(.*?)"\)/.exec(finding.message)?.[1]),
        ['passive SI'],
      );
    },
  );

  it('GN306 uses roster goals when there is a roster, and any goal reference without one', () => {
    const body =
      'Built a five-step hierarchy for calls and reported progress on his treatment goal; affect constricted. Plan:' +
      ' first two steps.';
    assert.deepStrictEqual(ids(check(withSection('Tom R.', body)).filter((finding) => finding.ruleId === 'GN306')), [
      'GN306:warning',
    ]);
    assert.deepStrictEqual(
      check(withSection('Tom R.', body), { roster: false }).filter((finding) => finding.ruleId === 'GN306'),
      [],
    );
  });

  it('GN701 is quiet when the didactic content is processed, and GN702 reads type and theme', () => {
    const lecture = CLEAN.replace(
      'The facilitator reviewed last week',
      'The facilitator showed a short video on avoidance, reviewed last week',
    );
    assert.deepStrictEqual(
      check(lecture).filter((finding) => finding.ruleId === 'GN701'),
      [],
    );
    const games = CLEAN.replace(
      'theme: Coping with anticipatory anxiety and avoidance',
      'theme: Board games and pizza',
    );
    const gn702 = check(games).filter((finding) => finding.ruleId === 'GN702');
    assert.deepStrictEqual(
      gn702.map((finding) => finding.range.start.line + 1),
      [14],
    );
  });

  // Its speed is measured by `npm run bench` (editor latency of 8- and 50-member notes), not asserted here:
  // a timed test fails on a loaded CI machine without saying anything about the code.
  it('checks a 12-member note made of three repeated sections: GN303 sees the clones', () => {
    const bodies = [...CLEAN.matchAll(/## .*\n([\s\S]*?)(?=\n## |$)/g)].map((match) => match[1].trim());
    const attendees = Array.from(
      { length: 12 },
      (_, i) => `  - { id: P${String(i + 1).padStart(3, '0')}, name: Member${i} X., status: present }`,
    ).join('\n');
    const header =
      CLEAN.slice(0, CLEAN.indexOf('count:')) +
      'attendees:\n' +
      attendees +
      '\n' +
      CLEAN.slice(CLEAN.indexOf('signature:'), CLEAN.indexOf('<!--'));
    const text =
      header +
      Array.from(
        { length: 12 },
        (_, i) => `\n## Member${i} X. (P${String(i + 1).padStart(3, '0')})\n${bodies[i % bodies.length]}\n`,
      ).join('');
    // Every rule runs without throwing (check fails on a rule error); the twelve sections repeat three
    // bodies, which GN303 must see as cloned.
    const cloned = new Set(
      check(text)
        .filter((f) => f.ruleId === 'GN303')
        .map((f) => f.attendeeId),
    );
    assert.ok(cloned.size >= 9, `GN303 on ${cloned.size} members`);
  });
});
