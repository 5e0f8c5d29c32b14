import * as assert from 'assert';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { buildChartNote } from '../../server/src/chart';
import { emptyLedger, type LedgerClaim } from '../../server/src/export/ledger';
import { parseNote } from '../../server/src/parse/parseNote';
import { packetLayout } from '../../server/src/records/layout';
import { assemblePacket, type SessionSource } from '../../server/src/records/packet';
import type { Roster, RosterPatient } from '../../server/src/workspace/types';

/**
 * Property: whatever the notes say, one patient's records packet (every string its PDF is made of:
 * cover, contents, goals, chart notes, held-back marks, claims table, footer) holds no other
 * attendee's name or id. Names overlap on purpose (Ann / Anna, a peer sharing a last name).
 */

interface Person {
  id: string;
  first: string;
  last: string;
}

const FIRSTS = ['Ann', 'Anna', 'Annabel', 'Jo', 'Joan', 'Will', 'Hope', 'Tom', 'Lee', 'Zoë'];
const LASTS = ['Lee', 'Park', 'Young', 'Ng', "O'Brien", 'Tomlin'];

function noteText(people: Person[], date: string, mention: () => string, signed: boolean): string {
  const header = {
    cpt: '90853',
    date,
    start: '10:00',
    end: '11:00',
    modality: 'in-person',
    pos: '11',
    facilitator: { name: 'Dana Reyes', credential: 'LCSW', npi: '1234567893' },
    group: { type: 'CBT group', theme: `What ${mention()} taught ${mention()}` },
    interventions: [`role play with ${mention()}`],
    dynamics: `${mention()} supported ${mention()}.`,
    count: people.length,
    attendees: people.map((who) => ({
      id: who.id,
      name: `${who.first} ${who.last[0]}.`,
      status: 'present',
      dx: ['F41.1'],
    })),
    ...(signed ? { signature: { by: 'Dana Reyes, LCSW', date } } : {}),
  };
  const sections = people.map(
    (who) =>
      `## ${who.first} ${who.last[0]}. (${who.id})\n${mention()} talked with ${mention()}. Progress toward G1.\n`,
  );
  return `---\n${stringify(header)}---\n\n${mention()} opened the session with ${mention()}.\n\n${sections.join('\n')}`;
}

function mentionOf(who: Person, kind: number): string {
  return [who.first, `${who.first} ${who.last[0]}.`, `${who.first} ${who.last}`, `Mx. ${who.last}`, who.id][kind % 5];
}

function wholeWord(word: string): RegExp {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}${/\.$/.test(word) ? '' : '(?![\\p{L}\\p{N}])'}`, 'u');
}

describe('records packet: property', () => {
  it("no packet holds another attendee's name or id (generated notes, ledgers, held-back sessions)", function () {
    this.timeout(180_000);
    const attendee = fc.record({
      first: fc.constantFrom(...FIRSTS),
      last: fc.constantFrom(...LASTS),
      idNumber: fc.integer({ min: 1, max: 40 }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(attendee, { minLength: 2, maxLength: 5, selector: (a) => a.idNumber }),
        fc.array(fc.nat(), { minLength: 30, maxLength: 30 }),
        fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
        (drawn, choices, signedFlags) => {
          const people: Person[] = drawn.map((entry) => ({
            id: `M${String(entry.idNumber).padStart(3, '0')}`,
            first: entry.first,
            last: entry.last,
          }));
          let pick = 0;
          const next = (count: number) => choices[pick++ % choices.length] % count;
          const mention = () => mentionOf(people[next(people.length)], next(5));
          const dates = ['2026-11-02', '2026-11-09', '2026-11-16'];
          const notes = dates.map((date, index) => parseNote(noteText(people, date, mention, signedFlags[index])));
          const patients = new Map<string, RosterPatient>(
            people.map((who) => [
              who.id,
              {
                id: who.id,
                name: { first: who.first, last: who.last },
                dob: '1980-02-03',
                diagnoses: ['F41.1'],
                plan: { goals: [{ id: 'G1', text: 'Reduce avoidance of social situations' }] },
              },
            ]),
          );
          const roster: Roster = { patients };
          const ledger = emptyLedger();
          for (const who of people)
            for (const date of dates)
              ledger.claims[`${who.id}|${date}|90853`] = {
                claimId: `GN${date.replace(/-/g, '').slice(2)}${who.id}`,
                patientId: who.id,
                serviceDate: date,
                cpt: '90853',
                status: 'exported',
                frequency: '1',
                revision: 0,
                interchange: '000000001',
                group: '1',
                exportedAt: '2026-11-20T10:00:00.000Z',
                note: `${date}.group.md`,
                total: 120,
                lines: [{ code: '90853', modifiers: [], charge: 120, units: 1 }],
                files: [],
              } satisfies LedgerClaim;
          for (const own of people) {
            const sessions: SessionSource[] = notes.map((note, index) => {
              const built = signedFlags[index] ? buildChartNote(note, roster, undefined, own.id) : undefined;
              return {
                date: dates[index],
                note: `${dates[index]}.group.md`,
                ...(built?.ok ? { chart: built.chart } : { notReleasable: ['GN803 unsigned-note'] }),
                heldBack: index === 1 ? ['GN402 missing-dx'] : [],
              };
            });
            const packet = assemblePacket({
              request: { patientId: own.id, from: '2026-11-01', to: '2026-11-30', recipient: 'Plan', purpose: 'ADR' },
              patient: patients.get(own.id) as RosterPatient,
              sessions,
              ledger,
              preparedAt: new Date('2026-12-04T07:00:00Z'),
            });
            const text = JSON.stringify(packetLayout(packet));
            const ownWords = new Set([own.first, own.last, `${own.first} ${own.last[0]}.`]);
            for (const other of people) {
              if (other === own) continue;
              for (const word of [other.first, other.last, `${other.first} ${other.last[0]}.`]) {
                if (ownWords.has(word) || 'Dana Reyes'.includes(word)) continue;
                assert.ok(!wholeWord(word).test(text), `${own.id}'s packet holds "${word}" of ${other.id}`);
              }
              assert.ok(!text.includes(other.id), `${own.id}'s packet holds ${other.id}`);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
