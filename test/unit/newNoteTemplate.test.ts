import * as assert from 'assert';
import {
  NOTE_SNIPPET_NAME,
  mapTabStops,
  recentNotesFolder,
  renumberInOrder,
  withAttendees,
  type NewNoteAttendee,
} from '../../client/src/noteTemplateText';
import { newNoteRoster, newNoteSections } from '../../server/src/service/newNote';
import { readRoster } from '../../server/src/workspace/roster';
import type { Roster } from '../../server/src/workspace/types';
import { analyze, fixtureWorkspace, TODAY } from '../support/features';
import { expandSnippet, snippetBody } from '../support/snippets';

/** The fixture roster with a group of three of its patients (P003 is not a member). */
async function rosterWithGroup(): Promise<Roster> {
  const { roster } = await fixtureWorkspace();
  return { ...roster!, groups: [{ id: 'CBT-ANX', name: 'CBT anxiety group', members: ['P001', 'P002', 'P004'] }] };
}

function attendeesOf(roster: Roster, ids: string[]): NewNoteAttendee[] {
  return newNoteSections(roster, ids).sections.map(({ id, name, snippet }) => ({ id, name, section: snippet }));
}

/** The template as New Group Note fills it (date and group type written), then with the attendees. */
function template(): string {
  return snippetBody(NOTE_SNIPPET_NAME)
    .replace(/^date: \$\{2:[^\n]*\}$/m, `date: ${TODAY}`)
    .replace(/^ {2}type: \$\{10:[^}]*\}$/m, '  type: CBT anxiety group');
}

describe('New Group Note: roster groups and the new note', () => {
  it('reads roster groups; a member who is not a patient is reported by id and left out', () => {
    const { roster, problems } = readRoster(
      {
        patients: [{ id: 'P001' }, { id: 'P002' }],
        groups: [
          { id: 'G-A', name: 'Tuesday DBT', members: ['P001', 'P002', 'P099'] },
          { id: 'G-B', members: ['P002'] },
          { name: 'no id', members: ['P001'] },
        ],
      },
      'roster.yaml',
    );
    assert.deepStrictEqual(roster.groups, [
      { id: 'G-A', name: 'Tuesday DBT', members: ['P001', 'P002'] },
      { id: 'G-B', name: 'G-B', members: ['P002'] },
    ]);
    assert.deepStrictEqual(
      problems.map((problem) => problem.message),
      ['roster.yaml: group G-A lists P099, who is not a patient of the roster', 'roster.yaml: group #3 has no id'],
    );
    assert.deepStrictEqual(readRoster({ patients: [{ id: 'P001' }] }, 'roster.yaml').roster.groups, []);
  });

  it('offers the groups and the patients by the names notes use', async () => {
    const result = newNoteRoster(await rosterWithGroup());
    assert.strictEqual(result.found, true);
    assert.deepStrictEqual(result.groups, [
      { id: 'CBT-ANX', name: 'CBT anxiety group', members: ['P001', 'P002', 'P004'] },
    ]);
    assert.deepStrictEqual(result.patients.slice(0, 2), [
      { id: 'P001', name: 'Sarah M.' },
      { id: 'P002', name: 'Tom R.' },
    ]);
    assert.deepStrictEqual(newNoteRoster(undefined), { found: false, groups: [], patients: [] });
  });

  it("writes the group's members as attendees with their sections: a group, not GN201", async () => {
    const roster = await rosterWithGroup();
    const body = withAttendees(template(), attendeesOf(roster, roster.groups![0].members));
    assert.match(body, /^ {2}- \{ id: P001, name: Sarah M\., status: \$\{\d+\|present,late,/m);
    assert.match(body, /^count: \$\{\d+:3\}$/m);
    assert.doesNotMatch(body, /First L\.|\$\{\d+:P001\}/, 'no placeholder attendee left');
    const text = expandSnippet(body);
    const note = await analyze(text);
    assert.deepStrictEqual(
      note.note.attendees.map((attendee) => attendee.id),
      ['P001', 'P002', 'P004'],
    );
    assert.deepStrictEqual(
      note.note.sections.map((section) => section.id),
      ['P001', 'P002', 'P004'],
    );
    const ruleIds = new Set(note.findings.map((finding) => finding.ruleId));
    assert.ok(!ruleIds.has('GN201'), 'three attendees: a group');
    assert.ok(!ruleIds.has('GN206'), 'every attendee has a section');
    assert.ok(ruleIds.has('GN108'), 'the untouched prompts count as missing');
    // Sarah has two goals: the skeleton offers them as a choice, exactly as completion does.
    assert.match(body, /^Progress toward \$\{\d+\|G1 \(Reduce catastrophic thinking/m);
  });

  it('numbers the tab stops down the note: header, attendee statuses, signature, narrative, sections', async () => {
    const roster = await rosterWithGroup();
    const body = withAttendees(template(), attendeesOf(roster, ['P001', 'P002']));
    const stops = [...body.matchAll(/\$\{?(\d+)/g)].map((match) => Number(match[1])).filter((stop) => stop > 0);
    const firsts = stops.filter((stop, index) => stops.indexOf(stop) === index);
    assert.deepStrictEqual(
      firsts,
      firsts.map((_stop, index) => index + 1),
    );
    const statusStop = Number(/status: \$\{(\d+)\|/.exec(body)![1]);
    const participationStop = Number(/^Participation: \$\{(\d+):/m.exec(body)![1]);
    const signatureStop = Number(/^ {2}by: \$\{(\d+)\}/m.exec(body)![1]);
    assert.ok(statusStop < signatureStop && signatureStop < participationStop);
    assert.ok(/\$0\s*$/.test(body), 'the final cursor stays at the end');
  });

  it('leaves the template alone without attendees (no roster)', () => {
    assert.strictEqual(withAttendees(template(), []), template());
  });

  it('maps tab stops, not escapes or variables', () => {
    assert.strictEqual(
      mapTabStops('a \\$1 ${2:x} $3 ${4|a,b|} $CURRENT_YEAR ${5} $0', (n) => n * 10),
      'a \\$1 ${20:x} $30 ${40|a,b|} $CURRENT_YEAR ${50} $0',
    );
    assert.strictEqual(renumberInOrder('${7:a} $3 ${7} $0'), '${1:a} $2 ${1} $0');
  });

  it('finds the folder of the most recent notes by the date in their names, else when they were saved', () => {
    const day = (iso: string) => Date.parse(`${iso}T12:00:00Z`);
    assert.strictEqual(
      recentNotesFolder([
        { path: '/w/2025/2025-12-01-dbt.group.md', modified: day('2026-11-30') },
        { path: '/w/notes/2026-11-18-cbt.group.md', modified: day('2026-11-18') },
        { path: '/w/old/tuesday.group.md', modified: day('2026-10-01') },
      ]),
      '/w/notes',
    );
    assert.strictEqual(
      recentNotesFolder([
        { path: '/w/a/monday.group.md', modified: day('2026-10-01') },
        { path: '/w/b/tuesday.group.md', modified: day('2026-10-02') },
      ]),
      '/w/b',
    );
    assert.strictEqual(recentNotesFolder([]), undefined);
  });
});
