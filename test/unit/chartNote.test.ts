/**
 * Chart notes (issue 13 item 1): the model built from a real fixture note, the peer masking, the
 * Markdown renderer, and a property test over generated notes that no patient's chart note holds any
 * other attendee's name or id.
 */
import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { buildChartNote, chartNotesOf, peerMasker, renderChartMarkdown } from '../../server/src/chart';
import { builtinCodeSet } from '../../server/src/icd10/codeSet';
import { parseNote } from '../../server/src/parse/parseNote';
import { defaultConfig } from '../../server/src/workspace/config';
import { loadWorkspace, type WorkspaceData } from '../../server/src/workspace/loadWorkspace';
import type { Roster, RosterPatient } from '../../server/src/workspace/types';
import { fieldTexts } from '../support/chartFields';
import { exportFixtureDir, NOTE, TODAY } from './exportWorkspace.test';

async function fixtureNote(name: string) {
  const file = path.join(exportFixtureDir, 'notes', `${name}.note.md`);
  return parseNote(await fs.readFile(file, 'utf8'), `file://${file}`);
}

describe('chart notes: the model', () => {
  let workspace: WorkspaceData;
  before(async () => {
    workspace = await loadWorkspace(exportFixtureDir);
  });

  it('builds every field of one patient\u2019s note from the group note, roster and practice', async () => {
    const note = await fixtureNote(NOTE.video);
    const built = buildChartNote(note, workspace.roster, workspace.practice, 'E001');
    assert.ok(built.ok);
    const chart = built.chart;
    assert.deepStrictEqual(chart.practice, {
      name: 'Fake Group Therapy PLLC',
      npi: '1999999992',
      address: '100 Example St, Anytown, NY 100019999',
      phone: '5555550100',
    });
    assert.deepStrictEqual(chart.patient, {
      id: 'E001',
      name: 'Sarah Miller',
      dob: '1990-01-01',
      insuranceMemberId: 'ZZM000001',
    });
    assert.strictEqual(chart.session.date, '2026-11-16');
    assert.strictEqual(chart.session.start, '10:00');
    assert.strictEqual(chart.session.end, '11:00');
    assert.strictEqual(chart.session.durationMinutes, 60);
    assert.strictEqual(chart.session.cpt, '90853');
    assert.strictEqual(chart.session.modality, 'video');
    assert.deepStrictEqual(chart.session.pos, { code: '10', name: "Telehealth Provided in Patient's Home" });
    assert.strictEqual(chart.session.memberCount, 3);
    assert.ok(
      chart.session.patientLocation.some((sentence) => sentence.includes('at home in Anytown, NY')),
      'the location stated in her own section',
    );
    assert.deepStrictEqual(chart.facilitator, { name: 'Dana Reyes', credential: 'LCSW', npi: '1234567893' });
    assert.deepStrictEqual(chart.group, {
      type: 'CBT-based anxiety management group',
      theme: 'Catching and testing anxious predictions',
    });
    assert.deepStrictEqual(chart.interventions, [
      'cognitive restructuring',
      'behavioral experiment planning',
      'peer feedback',
    ]);
    assert.match(chart.dynamics ?? '', /concrete feedback on predictions/);
    assert.match(chart.narrative ?? '', /behavioral experiment on\s+anxious predictions/);
    assert.match(chart.section ?? '', /^Patient location: at home in Anytown/);
    assert.match(chart.section ?? '', /run the experiment and record the outcome/);
    assert.doesNotMatch(chart.section ?? '', /driving|pleasant activities/, 'no other member\u2019s section');
    assert.deepStrictEqual(chart.diagnoses, [
      { code: 'F41.1', title: 'Generalized anxiety disorder', fromRoster: false },
    ]);
    assert.deepStrictEqual(chart.goalsAddressed, [
      { id: 'G1', text: 'Reduce catastrophic thinking about work performance' },
    ]);
    assert.deepStrictEqual(chart.signature, { by: 'Dana Reyes, LCSW', date: '2026-11-16' });
    assert.deepStrictEqual(chart.attendance, { status: 'present' });
  });

  it('refuses an attendee who did not attend, and one who is not in the note', async () => {
    const note = await fixtureNote(NOTE.attendance);
    const absent = note.attendees.find((attendee) => !attendee.billable);
    assert.ok(absent, 'the fixture has a no-show');
    const refused = buildChartNote(note, workspace.roster, workspace.practice, absent.id);
    assert.ok(!refused.ok && /did not attend/.test(refused.reason));
    const stranger = buildChartNote(note, workspace.roster, workspace.practice, 'E999');
    assert.ok(!stranger.ok && /not an attendee/.test(stranger.reason));
  });

  it(
    'charts every billable attendee of a signed note, and holds back ' +
      'an unsigned note with the export\u2019s reason',
    async () => {
      const signed = chartNotesOf(await fixtureNote(NOTE.attendance), 'file:///a', workspace, { today: TODAY });
      const note = await fixtureNote(NOTE.attendance);
      assert.deepStrictEqual(
        signed.charts.map((chart) => chart.patient.id),
        note.attendees.filter((attendee) => attendee.billable).map((attendee) => attendee.id),
      );
      const unsigned = chartNotesOf(await fixtureNote(NOTE.unsigned), 'file:///b', workspace, { today: TODAY });
      assert.deepStrictEqual(unsigned.charts, []);
      assert.ok(unsigned.heldBack.some((item) => item.ruleId === 'GN803' && item.attendeeId === undefined));
    },
  );

  it('gives a patient who did not attend an attendance-only entry only when config.yaml asks for it', async () => {
    const note = await fixtureNote(NOTE.attendance);
    const absent = note.attendees.find((attendee) => !attendee.billable);
    assert.ok(absent, 'the fixture has a no-show');
    const byDefault = chartNotesOf(note, 'file:///a', workspace, { today: TODAY });
    assert.ok(!byDefault.charts.some((chart) => chart.patient.id === absent.id), 'no entry by default');

    const asked = { ...workspace, config: { ...workspace.config, chartNotes: { absentMembers: true } } };
    const charts = chartNotesOf(note, 'file:///a', asked, { today: TODAY }).charts;
    const entry = charts.find((chart) => chart.patient.id === absent.id);
    assert.ok(entry?.attendanceOnly, 'an attendance-only entry');
    assert.deepStrictEqual(
      [entry.narrative, entry.dynamics, entry.section, entry.interventions, entry.diagnoses, entry.goalsAddressed],
      [undefined, undefined, undefined, [], [], []],
    );
    const markdown = renderChartMarkdown(entry);
    assert.match(markdown, new RegExp(`Did not attend this group session \\(${absent.status}\\)`));
    assert.match(markdown, /Signed by/);
    for (const other of note.attendees.filter((attendee) => attendee.id !== absent.id)) {
      assert.ok(!markdown.includes(other.id), `no ${other.id}`);
      assert.ok(!markdown.includes(other.name), `no ${other.name}`);
    }
    // The billable attendees' chart notes are the same with or without the setting.
    assert.deepStrictEqual(
      charts.filter((chart) => !chart.attendanceOnly).map((chart) => chart.patient.id),
      byDefault.charts.map((chart) => chart.patient.id),
    );
  });

  it('holds back a note read only up to a resource limit (GN109), whatever the config says', () => {
    const people = Array.from({ length: 201 }, (_, index) => person(`A${index}`, 'Ann', 'Lee'));
    const text = generatedNote(people, {});
    const workspace = workspaceOf(text);
    workspace.config.rules.GN109 = 'off';
    const charts = chartNotesOf(parseNote(text), 'file:///e', workspace, { today: TODAY });
    assert.deepStrictEqual(charts.charts, []);
    assert.ok(charts.heldBack.some((item) => item.ruleId === 'GN109' && /201 attendees/.test(item.reason)));
  });

  it('holds back an attendee who is not in the roster (no name or date of birth to chart under)', () => {
    const text = generatedNote([person('A1', 'Ann', 'Lee'), person('A2', 'Bo', 'Kim')], {});
    const workspace = workspaceOf(text);
    workspace.roster?.patients.delete('A2');
    const charts = chartNotesOf(parseNote(text), 'file:///d', workspace, { today: TODAY });
    assert.deepStrictEqual(
      charts.charts.map((chart) => chart.patient.id),
      ['A1'],
    );
    assert.ok(charts.heldBack.some((item) => item.attendeeId === 'A2' && item.ruleId === 'GN901'));
  });

  it('holds back only the attendee whose section still holds a template prompt', () => {
    const text = generatedNote([person('A1', 'Ann', 'Lee'), person('A2', 'Bo', 'Kim')], {
      sections: ['Ann practised the skill toward G1.', '<what the member did and said>'],
    });
    const charts = chartNotesOf(parseNote(text), 'file:///c', workspaceOf(text), { today: TODAY });
    assert.deepStrictEqual(
      charts.charts.map((chart) => chart.patient.id),
      ['A1'],
    );
    assert.ok(charts.heldBack.some((item) => item.attendeeId === 'A2' && item.ruleId === 'GN108'));
  });
});

describe('chart notes: masking other attendees', () => {
  const people = [person('P1', 'Ann', 'Reyes'), person('P2', 'Anna', 'Lopez'), person('P3', 'Tom', 'Reyes')];
  const noteText = generatedNote(people, { facilitator: 'Dana Reyes' });
  const note = parseNote(noteText);
  const roster = rosterOf(people);
  const mask = (id: string, text: string) => peerMasker(note, id, roster)(text);

  it('masks first names, display names, full names, honorifics, possessives and ids', () => {
    assert.strictEqual(
      mask('P1', "Ann thanked Anna. Anna's feedback helped Tom R. and Ms. Lopez; Anna Lopez and P3 agreed."),
      "Ann thanked a peer. A peer's feedback helped a peer and a peer; a peer and a peer agreed.",
    );
    assert.strictEqual(mask('P2', 'ANNA heard ANN and p1.'), 'ANNA heard a peer and a peer.');
  });

  it(
    'keeps the staff\u2019s full names and the patient\u2019s own ' + 'name, even when a peer shares a word of them',
    () => {
      assert.strictEqual(
        mask('P2', 'Dana Reyes, LCSW asked Anna; Reyes and Tom answered.'),
        'Dana Reyes, LCSW asked Anna; a peer and a peer answered.',
      );
      // Ann and Tom share the last name Reyes: it is Ann's own, so it stays in her chart.
      assert.strictEqual(mask('P1', 'Ann Reyes spoke with Tom Reyes.'), 'Ann Reyes spoke with a peer.');
    },
  );

  it('capitalises at the start of a sentence or line and keeps the dot that ends a sentence', () => {
    assert.strictEqual(
      mask('P1', 'Tom R. left early.\n- Tom stayed. Then Tom R.'),
      'A peer left early.\n- A peer stayed. Then a peer.',
    );
  });
});

describe('chart notes: Markdown', () => {
  it('writes every field of the model', async () => {
    const workspace = await loadWorkspace(exportFixtureDir);
    const built = buildChartNote(await fixtureNote(NOTE.video), workspace.roster, workspace.practice, 'E003');
    assert.ok(built.ok);
    const markdown = renderChartMarkdown(built.chart);
    for (const field of fieldTexts(built.chart)) assert.ok(markdown.includes(field), `missing "${field}"`);
    assert.doesNotMatch(markdown, /Sarah|Miller|Tom\b|E001|E002/, 'no other member');
  });
});

describe('chart notes: property', () => {
  it('no chart note holds another attendee\u2019s name or id (generated notes, overlapping names)', function () {
    this.timeout(180_000);
    const firsts = ['Ann', 'Anna', 'Annabel', 'Jo', 'Joan', 'Will', 'Hope', 'Tom', 'Tomas', 'Lee', 'Zoë', 'Élodie'];
    const lasts = ['Lee', 'Reyes', 'Park', 'Young', 'Ng', "O'Brien", 'Annaby', 'Tomlin'];
    const attendee = fc.record({
      first: fc.constantFrom(...firsts),
      last: fc.constantFrom(...lasts),
      idNumber: fc.integer({ min: 1, max: 40 }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(attendee, { minLength: 2, maxLength: 6, selector: (a) => a.idNumber }),
        fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
        (drawn, choices) => {
          const people = drawn.map((entry) =>
            person(`M${String(entry.idNumber).padStart(3, '0')}`, entry.first, entry.last),
          );
          let pick = 0;
          const next = (count: number) => choices[pick++ % choices.length] % count;
          const mention = () => mentionOf(people[next(people.length)], next(7));
          const sentence = () => `${mention()} talked with ${mention()} about ${mention()}'s plan.`;
          const text = generatedNote(people, {
            narrative: `${sentence()} ${sentence()}\n\n${mention()} opened the session.`,
            dynamics: `${sentence()}`,
            theme: `What ${mention()} taught ${mention()}`,
            interventions: [`role play with ${mention()}`],
            sections: people.map(() => `${sentence()} Progress toward G1. Plan: ${mention()} will practise.`),
          });
          const note = parseNote(text);
          const roster = rosterOf(people);
          for (const own of people) {
            const built = buildChartNote(note, roster, undefined, own.id);
            assert.ok(built.ok);
            const markdown = renderChartMarkdown(built.chart);
            const ownWords = new Set([own.first, own.last, own.display, ...own.display.split(' ')]);
            for (const other of people) {
              if (other === own) continue;
              for (const word of [other.first, other.last, other.display]) {
                if (ownWords.has(word)) continue;
                assert.ok(!wholeWord(word).test(markdown), `${own.id}'s chart holds "${word}" of ${other.id}`);
              }
              assert.ok(!new RegExp(`\\b${other.id}\\b`, 'i').test(markdown), `${own.id}'s chart holds ${other.id}`);
            }
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

// ---------------------------------------------------------------------------------------------

interface Person {
  id: string;
  first: string;
  last: string;
  display: string;
}

function person(id: string, first: string, last: string): Person {
  return { id, first, last, display: `${first} ${last[0]}.` };
}

/** One way of naming a person in prose. */
function mentionOf(who: Person, kind: number): string {
  switch (kind) {
    case 0:
      return who.first;
    case 1:
      return who.display;
    case 2:
      return `${who.first} ${who.last}`;
    case 3:
      return `Mx. ${who.last}`;
    case 4:
      return who.id;
    case 5:
      return who.first.toUpperCase();
    default:
      return `${who.first}'s friend`;
  }
}

function wholeWord(word: string): RegExp {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}${/\.$/.test(word) ? '' : '(?![\\p{L}\\p{N}])'}`, 'u');
}

function rosterOf(people: Person[]): Roster {
  const patients = new Map<string, RosterPatient>();
  for (const who of people)
    patients.set(who.id, {
      id: who.id,
      name: { first: who.first, last: who.last },
      dob: '1980-02-03',
      diagnoses: ['F41.1'],
      plan: { goals: [{ id: 'G1', text: 'Reduce avoidance of social situations' }] },
    });
  return { patients };
}

function workspaceOf(text: string): WorkspaceData {
  const note = parseNote(text);
  const people = note.attendees.map((attendee) => {
    const [first, last] = attendee.name.split(' ');
    return person(attendee.id, first, last.replace('.', ''));
  });
  return {
    root: undefined,
    config: defaultConfig(),
    roster: rosterOf(people),
    icd: builtinCodeSet(),
    problems: [],
  };
}

function generatedNote(
  people: Person[],
  parts: {
    facilitator?: string;
    narrative?: string;
    dynamics?: string;
    theme?: string;
    interventions?: string[];
    sections?: string[];
  },
): string {
  const yamlText = (value: string) => JSON.stringify(value);
  return [
    '---',
    'cpt: "90853"',
    'date: 2026-11-16',
    'start: "10:00"',
    'end: "11:00"',
    'modality: in-person',
    'pos: "11"',
    `facilitator: { name: ${parts.facilitator ?? 'Casey Quinn'}, credential: LCSW, npi: "1234567893" }`,
    `group: { type: Skills group, theme: ${yamlText(parts.theme ?? 'Coping skills')} }`,
    `interventions: [${(parts.interventions ?? ['cognitive restructuring']).map(yamlText).join(', ')}]`,
    `dynamics: ${yamlText(parts.dynamics ?? 'Members gave feedback.')}`,
    'attendees:',
    ...people.map((who) => `  - { id: ${who.id}, name: ${yamlText(who.display)}, status: present, dx: [F41.1] }`),
    `signature: { by: "${parts.facilitator ?? 'Casey Quinn'}, LCSW", date: 2026-11-16 }`,
    '---',
    '',
    parts.narrative ?? 'The group practised a skill.',
    '',
    ...people.flatMap((who, index) => [
      `## ${who.display} (${who.id})`,
      parts.sections?.[index] ?? `${who.first} practised the skill toward G1. Plan: practise daily.`,
      '',
    ]),
  ].join('\n');
}
