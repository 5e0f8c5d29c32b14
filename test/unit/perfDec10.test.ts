/**
 * perf9 (2026-12-07): readiness reads the export ledger through its exported claims only (export/exportedClaims.ts),
 * which the language server's ledger cache keeps instead of the whole parsed ledger. These tests check that every
 * readiness answer is the one the whole ledger gave, on random ledgers with replaced, damaged and old entries.
 */
import * as assert from 'assert';
import { noteReadiness, type ExportedClaimRecord, type NoteFacts } from '../../server/src/billing/noteReadiness';
import { exportedClaimsIn, exportedClaimsOf } from '../../server/src/export/exportedClaims';
import { emptyLedger, type Ledger, type LedgerClaim } from '../../server/src/export/ledger';
import { readinessOf } from '../../server/src/export/noteFacts';

/** The lookup readiness made in the whole ledger before (export/ledger.ts until perf9). */
function fromWholeLedger(ledger: Ledger | undefined, facts: NoteFacts): ExportedClaimRecord[] {
  if (!ledger || !facts.date) return [];
  return facts.billableIds
    .map((id) => ledger.claims[`${id}|${facts.date}|${facts.cpt}`])
    .filter((entry): entry is LedgerClaim => entry?.status === 'exported');
}

/** A small deterministic generator (the same cases on every run). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const PATIENTS = ['P1', 'P2', 'P3', 'P4', 'P5'];
const DATES = ['2026-11-06', '2026-11-13', '2026-11-20'];
const CPTS = ['90853', '90849'];

function claim(pick: () => number, patientId: string, serviceDate: string, cpt: string): LedgerClaim {
  const entry: LedgerClaim = {
    claimId: `GN${Math.floor(pick() * 1e9)}`,
    patientId,
    serviceDate,
    cpt,
    status: pick() < 0.8 ? 'exported' : 'replaced',
    frequency: '1',
    revision: 0,
    interchange: '000000001',
    group: '1',
    exportedAt: `2026-12-0${1 + Math.floor(pick() * 3)}T10:00:00.000Z`,
    note: 'notes/a.group.md',
    total: 150,
    lines: [{ code: cpt, modifiers: [], charge: 150, units: 1 }],
    files: ['claims-20261120-000000001.837'],
  };
  // Entries written before 2026-12 have no text hash.
  if (pick() < 0.7) entry.noteSha256 = pick() < 0.5 ? 'aaa' : 'bbb';
  return entry;
}

function randomLedger(pick: () => number): Ledger {
  const ledger = emptyLedger();
  for (const patientId of PATIENTS)
    for (const date of DATES)
      for (const cpt of CPTS)
        if (pick() < 0.5) ledger.claims[`${patientId}|${date}|${cpt}`] = claim(pick, patientId, date, cpt);
  // A damaged entry or two: readiness must answer from them as it did.
  if (pick() < 0.2) (ledger.claims as Record<string, unknown>)[`P1|${DATES[0]}|90853`] = null;
  if (pick() < 0.2) (ledger.claims as Record<string, unknown>)[`P2|${DATES[1]}|90853`] = 'exported';
  return ledger;
}

function randomFacts(pick: () => number): NoteFacts {
  const billableIds = PATIENTS.filter(() => pick() < 0.6);
  if (pick() < 0.1 && billableIds.length) billableIds.push(billableIds[0]);
  const facts: NoteFacts = {
    cpt: CPTS[Math.floor(pick() * CPTS.length)],
    noteSha256: pick() < 0.5 ? 'aaa' : 'bbb',
    billableIds,
    blockers: pick() < 0.3 ? [{ ruleId: 'GN803' }] : pick() < 0.3 ? [{ ruleId: 'GN301', attendeeId: 'P2' }] : [],
    drafts: billableIds.filter(() => pick() < 0.8).map((patientId) => ({ patientId, total: 150 })),
    feesKnown: pick() < 0.5,
  };
  if (pick() < 0.9) facts.date = DATES[Math.floor(pick() * DATES.length)];
  return facts;
}

describe('perf9: readiness from the ledger’s exported claims', () => {
  it('answers as the whole ledger did, on 3,000 random ledgers and notes', () => {
    const pick = random(20261207);
    for (let round = 0; round < 3000; round++) {
      const ledger = pick() < 0.05 ? undefined : randomLedger(pick);
      const facts = randomFacts(pick);
      const expected = noteReadiness(facts, fromWholeLedger(ledger, facts));
      assert.deepStrictEqual(readinessOf(facts, exportedClaimsIn(ledger)), expected, `round ${round}`);
    }
  });

  it('finds the same claims, in the order of the patient ids, with the fields readiness reads', () => {
    const pick = random(7);
    for (let round = 0; round < 500; round++) {
      const ledger = randomLedger(pick);
      const facts = randomFacts(pick);
      const found = exportedClaimsOf(exportedClaimsIn(ledger), facts.date, facts.cpt, facts.billableIds);
      const whole = fromWholeLedger(ledger, facts);
      assert.deepStrictEqual(
        found,
        whole.map(({ patientId, exportedAt, noteSha256 }) => ({ patientId, exportedAt, noteSha256 })),
      );
    }
  });

  it('keeps only exported claims, and none of their service lines, files or replaced versions', () => {
    const ledger = emptyLedger();
    const pick = random(1);
    ledger.claims['P1|2026-11-20|90853'] = { ...claim(pick, 'P1', '2026-11-20', '90853'), status: 'exported' };
    ledger.claims['P1|2026-11-20|90853'].history = [{ ...ledger.claims['P1|2026-11-20|90853'], status: 'replaced' }];
    ledger.claims['P2|2026-11-20|90853'] = { ...claim(pick, 'P2', '2026-11-20', '90853'), status: 'replaced' };
    const exported = exportedClaimsIn(ledger);
    assert.deepStrictEqual([...(exported?.keys() ?? [])], ['P1|2026-11-20|90853']);
    assert.deepStrictEqual(Object.keys(exported?.get('P1|2026-11-20|90853') ?? {}).sort(), [
      'exportedAt',
      'noteSha256',
      'patientId',
    ]);
    assert.strictEqual(exportedClaimsIn(undefined), undefined, 'a damaged ledger stays unknown');
    assert.deepStrictEqual(exportedClaimsIn(emptyLedger()), new Map(), 'no ledger yet: nothing exported');
  });
});
