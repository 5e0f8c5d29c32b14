import * as assert from 'assert';
import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import * as path from 'path';
import { exportClaims, type ExportResult } from '../../server/src/export';
import { readDisclosures, disclosuresPath } from '../../server/src/disclosures/disclosureLog';
import { runCli } from '../support/runCli';
import { makeWorkspace, NOW, removeWorkspaces, TODAY } from './exportWorkspace.test';

/** poppler's text extractor (poppler-utils), as a reader of the PDF would see the text. */
function pdftotext(file: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  try {
    return execFileSync('pdftotext', ['-layout', ...range, file, '-'], { encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error('pdftotext is not installed: apt-get install -y poppler-utils', { cause: error });
    throw error;
  }
}

function pageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

interface Released {
  root: string;
  file: string;
  text: string;
  pages: string[];
  exported: ExportResult;
}

/** Exports the fixture workspace's claims, then asks the real command line for one patient's packet. */
async function release(patientId: string, extra: string[] = []): Promise<Released & { stdout: string }> {
  const root = await makeWorkspace();
  const exported = await exportClaims({ root, today: TODAY, now: NOW });
  assert.strictEqual(exported.error, undefined, exported.error);
  const run = runCli(
    [
      'records',
      '--patient',
      patientId,
      '--from',
      '2026-11-01',
      '--to',
      '2026-11-30',
      '--recipient',
      'Example Health Plan, Medical Review',
      '--purpose',
      'Additional documentation request 4471',
      '--requested-by',
      'Utilization Review Unit',
      ...extra,
    ],
    root,
  );
  assert.strictEqual(run.status, 0, run.stderr);
  const file = path.join(root, /^Wrote (\S+)/m.exec(run.stdout)?.[1] ?? 'missing');
  const count = pageCount(file);
  const pages = Array.from({ length: count }, (_, index) => pdftotext(file, index + 1));
  return { root, file, text: pdftotext(file), pages, exported, stdout: run.stdout };
}

describe('records packet: the PDF read back with pdftotext', function () {
  this.timeout(120000);
  let sarah: Released & { stdout: string };
  before(async () => {
    sarah = await release('E001', ['--exempt', 'payment']);
  });
  after(removeWorkspaces);

  it('the command line says what it wrote and where, and lists the unsigned note it left out', async () => {
    assert.match(
      sarah.stdout,
      /^Wrote records[\\/]records-E001-20261101-20261130-D000001\.pdf \(\d+ pages\): 4 sessions/m,
    );
    assert.match(sarah.stdout, /Recorded as disclosure D000001 in \.groupnote[\\/]disclosures\.json\./);
    assert.match(
      sarah.stdout,
      /Left out, not releasable \(1\)[^\n]*\n\s+2026-11-19\s+2026-11-19-unsigned\.group\.md\s+GN803/,
    );
    assert.strictEqual((await fs.stat(sarah.file)).mode & 0o777, 0o600);
    const [entry] = (await readDisclosures(disclosuresPath(sarah.root))).entries;
    assert.deepStrictEqual(
      [entry.patientId, entry.recipient, entry.purpose, entry.requestedBy, entry.exempt, entry.files],
      [
        'E001',
        'Example Health Plan, Medical Review',
        'Additional documentation request 4471',
        'Utilization Review Unit',
        'payment',
        ['records-E001-20261101-20261130-D000001.pdf'],
      ],
    );
  });

  it('cover page: patient, range, released to, requested by, purpose, disclosure id', () => {
    const cover = squash(sarah.pages[0]);
    for (const expected of [
      'Records released',
      'Patient Miller, Sarah',
      'Member id E001',
      'Date of birth',
      'Dates of service 2026-11-01 to 2026-11-30',
      'Released to Example Health Plan, Medical Review',
      'Requested by Utilization Review Unit',
      'Purpose Additional documentation request 4471',
      'Disclosure id D000001',
    ])
      assert.ok(cover.includes(expected), `cover lacks "${expected}":\n${sarah.pages[0]}`);
    assert.match(cover, /exempt from the patient's accounting: payment/);
  });

  it('table of contents: every part with the page it starts on, which is where it is', () => {
    const toc = sarah.pages.findIndex((page) => /Contents/.test(page));
    assert.ok(toc >= 0, 'a contents page');
    const line = /^\s*(Treatment-plan goals|Session \d{4}-\d{2}-\d{2}[^\n]*?|Claims billed)\s{2,}(\d+)\s*$/gm;
    const entries = [...sarah.pages[toc].matchAll(line)].map((match) => ({ title: match[1].trim(), page: +match[2] }));
    assert.deepStrictEqual(
      entries.map((entry) => entry.title),
      [
        'Treatment-plan goals',
        'Session 2026-11-16',
        'Session 2026-11-17',
        'Session 2026-11-18',
        'Session 2026-11-20',
        'Claims billed',
      ],
    );
    for (const entry of entries) {
      const page = squash(sarah.pages[entry.page - 1]);
      const date = /^Session (\S+)/.exec(entry.title)?.[1];
      // A session starts with the chart note's title, its date of service in the running header.
      const expected = date ? `Group psychotherapy progress note` : entry.title;
      assert.ok(page.includes(expected), `"${entry.title}" does not start on page ${entry.page}`);
      if (date) assert.ok(page.includes(`Date of service ${date}`), `page ${entry.page} is not the ${date} session`);
      if (date) assert.ok(!squash(sarah.pages[entry.page - 2]).includes(`Date of service ${date}`), 'it starts there');
    }
    assert.deepStrictEqual(
      entries.map((entry) => entry.page),
      [...entries.map((entry) => entry.page)].sort((a, b) => a - b),
      'parts in order',
    );
  });

  it('page numbers on every page', () => {
    const total = sarah.pages.length;
    assert.ok(total >= 6, `a cover, contents, goals, four sessions and claims: ${total} pages`);
    sarah.pages.forEach((page, index) =>
      assert.match(page, new RegExp(`Page ${index + 1} of ${total}`), `page ${index + 1} is not numbered`),
    );
  });

  it("each signed session's chart note, in date order, with the patient's own section and the signature", () => {
    const text = squash(sarah.text);
    const dates = [...new Set([...text.matchAll(/Date of service (\d{4}-\d{2}-\d{2})/g)].map((match) => match[1]))];
    assert.deepStrictEqual(dates, ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-20']);
    assert.ok(text.includes('my manager will criticise the report'), "Sarah's own paragraph of 2026-11-16");
    assert.ok(text.includes('Signed by Dana Reyes, LCSW'));
    assert.ok(text.includes('Reduce catastrophic thinking about work performance'), 'the treatment-plan goal');
    assert.ok(!text.includes('2026-11-19'), 'the unsigned session is not in the packet');
  });

  it("the claims table: date, code, modifiers, charge and claim id of the patient's ledger claims", () => {
    const claimsPage = sarah.pages.find((page) => /Claims billed \(from the claims ledger\)/.test(page)) ?? '';
    const own = sarah.exported.exported.filter((claim) => claim.patientId === 'E001');
    assert.ok(own.length >= 3);
    for (const claim of own) {
      const row = claimsPage.split('\n').find((line) => line.includes(claim.claimId)) ?? '';
      assert.match(row, new RegExp(`${claim.serviceDate}\\s+${claim.cpt}\\b`), `row of ${claim.claimId}: ${row}`);
      assert.ok(row.includes(`$${claim.total.toFixed(2)}`) || claim.total > 0, row);
    }
    const video = claimsPage.split('\n').find((line) => line.includes('2026-11-16')) ?? '';
    assert.match(video, /90853\s+95\s+\$\d+\.\d{2}\s+GN/);
  });

  it("no other patient's name or id appears anywhere in the packet", () => {
    const text = sarah.text;
    for (const forbidden of ['E002', 'E003', 'E004', 'E006', 'E007', 'Tom', 'Ana', 'David', 'Priya', 'Peter']) {
      assert.ok(!new RegExp(`\\b${forbidden}\\b`).test(text), `"${forbidden}" appears in E001's packet`);
    }
    for (const last of ['Lopez', 'Chen', 'Singh', 'Novak'])
      assert.ok(!text.includes(last), `"${last}" appears in E001's packet`);
    assert.ok(/\ba peer\b/.test(text), 'peers are referred to neutrally');
  });

  it('the font is embedded and the text selectable', () => {
    const fonts = execFileSync('pdffonts', [sarah.file], { encoding: 'utf8' });
    const rows = fonts.split('\n').slice(2).filter(Boolean);
    assert.ok(rows.length > 0, fonts);
    // Columns: name, type, encoding, emb, sub, uni, object id. Embedded, subset, with a Unicode map (selectable).
    assert.ok(
      rows.every((row) => /DejaVuSans\S*\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes\b/.test(row)),
      fonts,
    );
  });

  it('a session held back from billing is in the packet, marked as such', async () => {
    const priya = await release('E007');
    const text = squash(priya.text);
    assert.match(text, /Session 2026-11-20 \(held back from billing\)/);
    assert.match(text, /Billing Status Held back from billing \(not claimed as documented\) Reasons GN\d{3} [a-z-]+/);
    assert.match(text, /No claim for these sessions is recorded in the claims ledger\./);
    for (const forbidden of ['E001', 'E002', 'Sarah', 'Tom', 'Miller'])
      assert.ok(!new RegExp(`\\b${forbidden}\\b`).test(priya.text), `"${forbidden}" appears in E007's packet`);
  });

  it('usage errors: one line, exit 2, nothing written; --to is the end date, the recipient --recipient', async () => {
    const root = await makeWorkspace();
    const base = ['records', '--patient', 'E001', '--from', '2026-11-01'];
    const cases: [string[], RegExp][] = [
      [
        [...base, '--to', 'Example Health Plan', '--recipient', 'X', '--purpose', 'Y'],
        /--to is the last date of service/,
      ],
      [[...base, '--to', '2026-11-30', '--purpose', 'Y'], /--recipient NAME is required/],
      [[...base, '--to', '2026-11-30', '--recipient', 'X'], /--purpose TEXT is required/],
      [[...base, '--to', '2026-11-30', '--recipient', 'X', '--purpose', 'Y', '--exempt', 'x'], /unknown exemption "x"/],
    ];
    for (const [args, message] of cases) {
      const run = runCli(args, root);
      assert.strictEqual(run.status, 2, run.stderr);
      assert.match(run.stderr, message);
      assert.strictEqual(run.stderr.split('\n').filter(Boolean).length <= 2, true, run.stderr);
    }
    await assert.rejects(fs.stat(path.join(root, 'records')));
    await assert.rejects(fs.stat(disclosuresPath(root)));
  });
});
