import * as assert from 'assert';
import { exportClaims } from '../../server/src/export';
import { emptyLedger, type Ledger, type LedgerClaim } from '../../server/src/export/ledger';
import { readLedger } from '../../server/src/export/ledger';
import { collectSessions } from '../../server/src/records/collectSessions';
import { assemblePacket, type PacketInput, type SessionSource } from '../../server/src/records/packet';
import { packetLayout } from '../../server/src/records/layout';
import { loadWorkspace } from '../../server/src/workspace/loadWorkspace';
import type { RosterPatient } from '../../server/src/workspace/types';
import type { ChartNote } from '../../server/src/chart';
import * as path from 'path';
import { makeWorkspace, NOW, removeWorkspaces, TODAY } from './exportWorkspace.test';

const patient: RosterPatient = {
  id: 'E001',
  name: { last: 'Miller', first: 'Sarah' },
  dob: '1985-03-02',
  diagnoses: ['F41.1'],
  plan: { goals: [{ id: 'G1', text: 'Reduce catastrophic thinking' }], expires: '2027-05-01' },
};

function ledgerClaim(overrides: Partial<LedgerClaim>): LedgerClaim {
  return {
    claimId: 'GN261116AAAAAAAAAA',
    patientId: 'E001',
    serviceDate: '2026-11-16',
    cpt: '90853',
    status: 'exported',
    frequency: '1',
    revision: 0,
    interchange: '000000001',
    group: '1',
    exportedAt: '2026-11-22T09:30:00.000Z',
    note: 'a.group.md',
    total: 150,
    files: [],
    ...overrides,
  };
}

function input(sessions: SessionSource[], ledger: Ledger = emptyLedger()): PacketInput {
  return {
    request: { patientId: 'E001', from: '2026-11-01', to: '2026-11-30', recipient: ' Acme Plan ', purpose: 'ADR' },
    patient,
    practiceName: 'Example Counseling',
    sessions,
    ledger,
    preparedAt: new Date('2026-12-04T07:00:00Z'),
  };
}

/** Assembly reads only the chart's patient id; the chart notes themselves are tested in chartNote.test.ts. */
const chartOf = (id: string, date: string) => ({ patient: { id }, session: { date } }) as unknown as ChartNote;
const session = (date: string, overrides: Partial<SessionSource> & { signed?: boolean } = {}): SessionSource => {
  const { signed = true, ...rest } = overrides;
  return {
    date,
    note: `${date}.group.md`,
    ...(signed ? { chart: chartOf('E001', date) } : { notReleasable: ['GN803 unsigned-note'] }),
    heldBack: [],
    ...rest,
  };
};

describe('records packet: assembly', () => {
  it('orders signed sessions by date, marks held-back ones, leaves unsigned ones out', () => {
    const stray = session('2026-11-17', { chart: chartOf('E002', '2026-11-17') });
    const packet = assemblePacket(
      input([
        session('2026-11-20', { heldBack: ['GN402 missing-dx'] }),
        session('2026-11-16'),
        session('2026-11-19', { signed: false }),
        session('2026-10-31'),
        session('2026-12-01'),
        stray,
      ]),
    );
    assert.deepStrictEqual(
      packet.sessions.map(({ chart, ...rest }) => ({ ...rest, chartOf: chart.patient.id })),
      [
        { date: '2026-11-16', note: '2026-11-16.group.md', chartOf: 'E001' },
        { date: '2026-11-20', note: '2026-11-20.group.md', heldBack: ['GN402 missing-dx'], chartOf: 'E001' },
      ],
    );
    assert.deepStrictEqual(packet.leftOut, [
      { date: '2026-11-19', note: '2026-11-19.group.md', reasons: ['GN803 unsigned-note'] },
    ]);
    assert.deepStrictEqual(
      packet.toc.map((entry) => entry.title),
      ['Treatment-plan goals', 'Session 2026-11-16', 'Session 2026-11-20 (held back from billing)', 'Claims billed'],
    );
    assert.deepStrictEqual(packet.cover, {
      patientId: 'E001',
      patientName: 'Miller, Sarah',
      dob: '1985-03-02',
      from: '2026-11-01',
      to: '2026-11-30',
      recipient: 'Acme Plan',
      purpose: 'ADR',
      practice: 'Example Counseling',
      preparedAt: '2026-12-04T07:00:00.000Z',
    });
    assert.deepStrictEqual(packet.goals, patient.plan?.goals);
    assert.strictEqual(packet.planExpires, '2027-05-01');
  });

  it("takes only this patient's current claims for the released sessions from the ledger", () => {
    const ledger = emptyLedger();
    ledger.claims = {
      a: ledgerClaim({
        claimId: 'GN-NEW',
        frequency: '7',
        originalClaimId: 'GN-OLD',
        lines: [{ code: '90853', modifiers: ['95'], charge: 150, units: 1 }],
      }),
      b: ledgerClaim({ claimId: 'GN-OTHER', patientId: 'E002' }),
      c: ledgerClaim({ claimId: 'GN-UNSIGNED', serviceDate: '2026-11-19' }),
      d: ledgerClaim({ claimId: 'GN-OLD', status: 'replaced', serviceDate: '2026-11-16' }),
    };
    const packet = assemblePacket(input([session('2026-11-16'), session('2026-11-19', { signed: false })], ledger));
    assert.deepStrictEqual(packet.claims, [
      {
        date: '2026-11-16',
        claimId: 'GN-NEW',
        lines: [{ code: '90853', modifiers: ['95'], charge: 150, units: 1 }],
        code: '90853',
        total: 150,
        frequency: '7',
        replaces: 'GN-OLD',
        exportedAt: '2026-11-22T09:30:00.000Z',
      },
    ]);
  });

  it('cover: requester, exemption label, and the patient id when the roster has no name', () => {
    const packet = assemblePacket({
      ...input([session('2026-11-16')]),
      patient: { ...patient, name: undefined, plan: undefined },
      request: { ...input([]).request, requestedBy: 'Utilization review', exempt: 'payment' },
    });
    assert.strictEqual(packet.cover.patientName, 'E001');
    assert.strictEqual(packet.cover.requestedBy, 'Utilization review');
    assert.match(packet.cover.exemption ?? '', /^payment/);
    assert.deepStrictEqual(packet.goals, []);
  });
});

describe('records packet: sessions from a real workspace', () => {
  after(removeWorkspaces);

  it('finds the notes the patient attended in range, with the export gates: signed, held back', async function () {
    this.timeout(60000);
    const root = await makeWorkspace();
    const exported = await exportClaims({ root, today: TODAY, now: NOW });
    assert.ok(exported.claims > 0, exported.error);
    const workspace = await loadWorkspace(root);
    const found = async (patientId: string, from = '2026-11-01', to = '2026-11-30') => {
      const result = await collectSessions({ root, workspace, patientId, from, to, today: TODAY });
      assert.ok(result.ok);
      return result.sessions.map(({ date, note, chart, heldBack }) => ({ date, note, signed: !!chart, heldBack }));
    };
    const sessions = await found('E001');
    assert.deepStrictEqual(sessions.map((s) => [s.date, s.signed]).sort(), [
      ['2026-11-16', true],
      ['2026-11-17', true],
      ['2026-11-18', true],
      ['2026-11-19', false],
      ['2026-11-20', true],
    ]);
    assert.deepStrictEqual(await found('E001', '2026-11-17', '2026-11-18').then((s) => s.map((x) => x.date).sort()), [
      '2026-11-17',
      '2026-11-18',
    ]);
    // E006 was a no-show on 2026-11-17: no session to release.
    assert.deepStrictEqual(await found('E006'), []);
    const held = exported.heldBack.filter((item) => item.attendeeId && item.uri.includes('2026-11-20'));
    assert.ok(held.length > 0, 'the fixture holds back an attendee of 2026-11-20');
    const heldId = held[0].attendeeId as string;
    const heldSession = (await found(heldId)).find((s) => s.date === '2026-11-20');
    assert.ok(heldSession?.signed);
    assert.ok(
      heldSession.heldBack.length > 0 && heldSession.heldBack.every((label) => /^GN\d{3} [a-z-]+$/.test(label)),
    );

    const ledger = await readLedger(path.join(root, '.groupnote', 'ledger.json'));
    const collected = await collectSessions({
      root,
      workspace,
      patientId: 'E001',
      from: '2026-11-01',
      to: '2026-11-30',
      today: TODAY,
    });
    assert.ok(collected.ok);
    const packet = assemblePacket({
      request: { patientId: 'E001', from: '2026-11-01', to: '2026-11-30', recipient: 'Plan', purpose: 'ADR' },
      patient: workspace.roster?.patients.get('E001') as RosterPatient,
      sessions: collected.sessions,
      ledger,
      preparedAt: NOW,
    });
    assert.deepStrictEqual(
      packet.claims.map((claim) => claim.date),
      exported.exported.filter((claim) => claim.patientId === 'E001').map((claim) => claim.serviceDate),
    );
    assert.ok(packet.claims.every((claim) => claim.lines?.every((line) => line.charge > 0)));
    assert.deepStrictEqual(
      packet.claims.find((claim) => claim.date === '2026-11-16')?.lines?.map((line) => line.modifiers),
      [['95']],
    );
  });
});

describe('records packet: layout', () => {
  it('cover, parts in table-of-contents order, held-back banner, claims table with a total', () => {
    const ledger = emptyLedger();
    ledger.claims = {
      a: ledgerClaim({ lines: [{ code: '90853', modifiers: ['95', 'GT'], charge: 150, units: 1 }] }),
      b: ledgerClaim({ claimId: 'GN-OLDFORMAT', serviceDate: '2026-11-20', total: 120 }),
    };
    const chart = (date: string) =>
      ({
        practice: {},
        patient: { id: 'E001', name: 'Sarah Miller' },
        session: { date, cpt: '90853', patientLocation: [], memberCount: 3 },
        attendance: { status: 'present' },
        group: {},
        cofacilitators: [],
        diagnoses: [],
        interventions: [],
        goalsAddressed: [],
        signature: { by: 'Dana Reyes, LCSW', date },
      }) as unknown as ChartNote;
    const packet = assemblePacket(
      input(
        [
          session('2026-11-16', { chart: chart('2026-11-16') }),
          session('2026-11-20', { chart: chart('2026-11-20'), heldBack: ['GN402 missing-dx'] }),
        ],
        ledger,
      ),
    );
    packet.cover.disclosureId = 'D000007';
    const layout = packetLayout(packet);
    assert.deepStrictEqual(
      layout.parts.map((part) => part.toc.title),
      ['Treatment-plan goals', 'Session 2026-11-16', 'Session 2026-11-20 (held back from billing)', 'Claims billed'],
    );
    assert.deepStrictEqual(Object.fromEntries(layout.cover).Purpose, 'ADR');
    assert.strictEqual(Object.fromEntries(layout.cover)['Requested by'], 'Acme Plan', 'defaults to the recipient');
    assert.strictEqual(Object.fromEntries(layout.cover)['Disclosure id'], 'D000007');
    assert.match(Object.fromEntries(layout.cover)['Accounting of disclosures'], /listed in the patient's accounting/);
    const [, first, held, claims] = layout.parts;
    assert.ok(first.kind === 'chart' && held.kind === 'chart' && claims.kind === 'blocks');
    assert.strictEqual(first.chart.session.date, '2026-11-16');
    assert.deepStrictEqual(first.after, [
      { kind: 'facts', title: 'Billing', rows: [['Claim', 'GN261116AAAAAAAAAA (90853, $150.00)']] },
    ]);
    assert.deepStrictEqual(held.after, [
      {
        kind: 'facts',
        title: 'Billing',
        rows: [
          ['Status', 'Held back from billing (not claimed as documented)'],
          ['Reasons', 'GN402 missing-dx'],
        ],
      },
    ]);
    const table = claims.blocks[0];
    assert.ok(table.kind === 'table');
    assert.deepStrictEqual(table.rows, [
      ['2026-11-16', '90853', '95, GT', '$150.00', 'GN261116AAAAAAAAAA', ''],
      ['2026-11-20', '90853', 'not recorded', '$120.00', 'GN-OLDFORMAT', 'total only'],
      ['Total', '', '', '$270.00', '', ''],
    ]);
    assert.deepStrictEqual(layout.header, {
      left: 'Records released: Miller, Sarah (E001)',
      right: '2026-11-01 to 2026-11-30 · D000007',
    });
  });
});
