import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseNote } from '../../server/src/parse/parseNote';
import {
  historyPrint,
  historySimilarity,
  memberHistoryPrints,
  nameForms,
  nameWords,
  proseSimilarity,
  sectionProse,
} from '../../server/src/prose';
import type { IndexedNote } from '../../server/src/rules/types';
import { indexNote } from '../../server/src/workspace/noteIndex';
import { NotesByDate } from '../../server/src/workspace/notesByDate';
import { similarityAtLeast, WorkspaceHistory } from '../../server/src/workspace/patientHistory';
import { listFixtures } from '../support/fixtures';
import { fixturesDir } from '../support/paths';

const copiedDir = path.join(fixturesDir, 'rules', 'GN307', 'workspace-copied');
const earlierText = fs.readFileSync(path.join(copiedDir, 'pass-1-earlier.group.md'), 'utf8');
const laterText = fs.readFileSync(path.join(copiedDir, 'fail-2-later.group.md'), 'utf8');

/** The earlier fixture note under another uri and date (a weekly series of copies). */
function session(uri: string, date: string, text = earlierText): IndexedNote {
  return indexNote(parseNote(text.replace(/2026-11-02/g, date), uri));
}

describe('workspace history (patientHistory.ts)', () => {
  it('lists each patient’s and each group’s dated sessions in date order, with their fingerprints', () => {
    const history = new WorkspaceHistory([
      session('/w/c.group.md', '2026-11-16'),
      session('/w/a.group.md', '2026-11-02'),
      indexNote(parseNote(laterText, '/w/b.group.md')),
    ]);
    assert.deepStrictEqual(
      history.sessionsOf('P001').map((entry) => [entry.uri, entry.date]),
      [
        ['/w/a.group.md', '2026-11-02'],
        ['/w/b.group.md', '2026-11-09'],
        ['/w/c.group.md', '2026-11-16'],
      ],
    );
    assert.ok(history.sessionsOf('P001').every((entry) => entry.print && entry.print.length > 10));
    assert.strictEqual(history.sessionsOf('P001')[0].group, 'cbt-based anxiety management group');
    assert.deepStrictEqual(
      history.earlierSessionsOf('P002', '2026-11-09').map((entry) => entry.uri),
      ['/w/a.group.md'],
    );
    assert.strictEqual(history.sessionsOfGroup('cbt-based anxiety management group').length, 3);
    assert.deepStrictEqual(history.sessionsOf('P003'), [], 'a no-show is not in the history');
  });

  it('an edit replaces only that note’s entries; unchanged sections keep theirs', () => {
    const index = new NotesByDate([session('/w/a.group.md', '2026-11-02'), session('/w/b.group.md', '2026-11-09')]);
    const before = index.history.sessionsOf('P001').slice();
    const tomBefore = index.history.sessionsOf('P002').slice();
    // b's Sarah section rewritten: only b's P001 entry changes.
    const edited = earlierText
      .replace(/2026-11-02/g, '2026-11-09')
      .replace('Presented with anxious affect', 'Arrived calm, then grew restless; presented with anxious affect');
    index.set(indexNote(parseNote(edited, '/w/b.group.md')));
    const after = index.history.sessionsOf('P001');
    assert.strictEqual(after[0], before[0], "the other note's session is the same object");
    assert.notStrictEqual(after[1], before[1], "the edited note's session is replaced");
    assert.notDeepStrictEqual(after[1].print, before[1].print);
    assert.deepStrictEqual(index.history.sessionsOf('P002'), tomBefore, "Tom's sessions are untouched (same objects)");
    assert.strictEqual(index.history.sessionsOf('P002')[1], tomBefore[1]);
  });

  it('the fingerprint cache hands an unchanged section the same fingerprint (only the edited one is redone)', () => {
    const first = memberHistoryPrints(parseNote(laterText, '/w/b.group.md'));
    const edited = laterText.replace('Quieter than usual', 'Much quieter than usual');
    const second = memberHistoryPrints(parseNote(edited, '/w/b.group.md'));
    assert.strictEqual(second.get('P001'), first.get('P001'));
    assert.strictEqual(second.get('P004'), first.get('P004'));
    assert.notStrictEqual(second.get('P002'), first.get('P002'));
  });

  it('a deleted note leaves the history; the other notes stay', () => {
    const index = new NotesByDate([session('/w/a.group.md', '2026-11-02'), session('/w/b.group.md', '2026-11-09')]);
    index.delete('/w/a.group.md');
    assert.deepStrictEqual(
      index.history.sessionsOf('P001').map((entry) => entry.uri),
      ['/w/b.group.md'],
    );
    assert.strictEqual(index.history.sessionsOfGroup('cbt-based anxiety management group').length, 1);
    index.delete('/w/b.group.md');
    assert.deepStrictEqual(index.history.sessionsOf('P001'), []);
    assert.strictEqual(index.history.noteCount, 0);
  });

  it('a note that loses its date, a patient or its group leaves those histories', () => {
    const history = new WorkspaceHistory([session('/w/a.group.md', '2026-11-02')]);
    const withoutTom = earlierText.replace('status: present, dx: [F33.1, F41.1]', 'status: absent');
    history.set(indexNote(parseNote(withoutTom, '/w/a.group.md')));
    assert.deepStrictEqual(history.sessionsOf('P002'), []);
    assert.strictEqual(history.sessionsOf('P001').length, 1);
    history.set(indexNote(parseNote(earlierText.replace('type: CBT-based', 'type: DBT-based'), '/w/a.group.md')));
    assert.deepStrictEqual(history.sessionsOfGroup('cbt-based anxiety management group'), []);
    assert.strictEqual(history.sessionsOfGroup('dbt-based anxiety management group').length, 1);
    history.set(indexNote(parseNote(earlierText.replace(/^date: .*$/m, 'date:'), '/w/a.group.md')));
    assert.deepStrictEqual(history.sessionsOf('P001'), []);
  });

  it('finds only earlier sessions of the same patient that reach the threshold, most similar first', () => {
    const history = new WorkspaceHistory([
      session('/w/a.group.md', '2026-11-02'),
      indexNote(parseNote(laterText, '/w/b.group.md')),
      session('/w/c.group.md', '2026-11-30'),
    ]);
    const current = memberHistoryPrints(parseNote(laterText, '/w/b.group.md'));
    const query = { before: '2026-11-09', exceptUri: '/w/b.group.md', threshold: 0.6 };
    const sarah = history.similarEarlierSections('P001', current.get('P001')!, query);
    assert.deepStrictEqual(
      sarah.map((match) => match.session.uri),
      ['/w/a.group.md'],
    );
    assert.ok(sarah[0].similarity > 0.95);
    assert.deepStrictEqual(history.similarEarlierSections('P002', current.get('P002')!, query), [], 'rewritten');
    assert.deepStrictEqual(
      history.similarEarlierSections('P001', current.get('P001')!, { ...query, before: '2026-11-02' }),
      [],
      'nothing before the first session',
    );
  });

  it('a repeated lookup is answered from the last one until the list changes (check, then export check)', () => {
    const history = new WorkspaceHistory([
      session('/w/a.group.md', '2026-11-02'),
      indexNote(parseNote(laterText, '/w/b.group.md')),
    ]);
    const print = memberHistoryPrints(parseNote(laterText, '/w/b.group.md')).get('P001')!;
    const query = { before: '2026-11-09', exceptUri: '/w/b.group.md', threshold: 0.6 };
    const first = history.similarEarlierSections('P001', print, query);
    assert.strictEqual(first.length, 1);
    assert.strictEqual(history.similarEarlierSections('P001', Uint32Array.from(print), { ...query }), first, 'same');
    assert.deepStrictEqual(
      history.similarEarlierSections('P001', print, { ...query, before: '2026-11-02' }),
      [],
      'another date is another question',
    );
    // A new earlier copy in the list: the next lookup sees it.
    history.set(session('/w/z.group.md', '2026-10-26'));
    const after = history.similarEarlierSections('P001', print, query);
    assert.deepStrictEqual(
      after.map((match) => match.session.uri),
      ['/w/a.group.md', '/w/z.group.md'],
    );
    history.delete('/w/a.group.md');
    assert.deepStrictEqual(
      history.similarEarlierSections('P001', print, query).map((match) => match.session.uri),
      ['/w/z.group.md'],
      'and a removed one is gone',
    );
  });

  it('anySimilarEarlier… (the batch asks which notes GN307 and GN708 concern) is whether the lookup finds any', () => {
    let seed = 11;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    // Shingle hashes over the whole 32-bit range, drawn from a small vocabulary so that many fingerprints are alike.
    const vocabulary = Array.from({ length: 90 }, () => Math.floor(random() * 2 ** 32));
    const print = () =>
      Uint32Array.from(
        new Set(
          Array.from({ length: 5 + Math.floor(random() * 60) }, () => vocabulary[Math.floor(random() ** 2 * 90)]),
        ),
      ).sort();
    const day = () => `2026-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-1${Math.floor(random() * 9)}`;
    const notes: IndexedNote[] = Array.from({ length: 300 }, (_, at) => {
      const patients = ['P1', 'P2', 'P3', 'P4'].filter(() => random() < 0.6);
      return {
        uri: `/w/${at}.group.md`,
        date: day(),
        cpt: '90853',
        billablePatientIds: patients,
        group: random() < 0.5 ? 'a' : 'b',
        sections: patients.filter(() => random() < 0.9).map((patientId) => ({ patientId, print: print() })),
        ...(random() < 0.9 ? { groupLayer: print() } : {}),
      };
    });
    const history = new WorkspaceHistory(notes);
    let found = 0;
    for (let round = 0; round < 600; round++) {
      const note = notes[Math.floor(random() * notes.length)];
      const query = {
        before: day(),
        exceptUri: random() < 0.5 ? note.uri : undefined,
        threshold: 0.3 + random() * 0.6,
      };
      const probe = random() < 0.5 ? print() : (note.sections?.[0]?.print ?? print());
      const patient = ['P1', 'P2', 'P3', 'P4', 'P9'][Math.floor(random() * 5)];
      const group = ['a', 'b', 'c'][Math.floor(random() * 3)];
      // Asked first, then after the full lookup (answered from the last lookup kept).
      const section = history.anySimilarEarlierSection(patient, probe, query);
      const layer = history.anySimilarEarlierGroupLayer(group, probe, query);
      const lookup = history.similarEarlierSections(patient, probe, query);
      const sections = lookup.length > 0;
      assert.strictEqual(section, sections, `round ${round}: sections`);
      // The signature prefilter drops no session that reaches the threshold: every earlier session, merged in full.
      const expected = notes
        .filter((other) => other.date! < query.before && other.uri !== query.exceptUri)
        .flatMap((other) => other.sections?.filter((entry) => entry.patientId === patient) ?? [])
        .map((entry) => similarityAtLeast(probe, entry.print, query.threshold))
        .filter((similarity) => similarity !== undefined)
        .sort((a, b) => b - a);
      assert.deepStrictEqual(
        lookup.map((match) => match.similarity),
        expected,
        `round ${round}: every session that reaches it`,
      );
      assert.strictEqual(history.anySimilarEarlierSection(patient, probe, query), sections, `round ${round}: again`);
      assert.strictEqual(layer, history.similarEarlierGroupLayers(group, probe, query).length > 0, `round ${round}`);
      if (sections) found++;
    }
    assert.ok(found > 50 && found < 550, `${found} of 600 lookups found a session`);
  });

  it('the member-heading hover gets the most similar earlier section of the patient (NotesByDate)', () => {
    const index = new NotesByDate([
      session('/w/a.group.md', '2026-11-02'),
      indexNote(parseNote(laterText, '/w/b.group.md')),
    ]);
    const sarah = index.mostSimilarEarlierSection('P001', '/w/b.group.md');
    assert.strictEqual(sarah?.uri, '/w/a.group.md');
    assert.strictEqual(sarah?.date, '2026-11-02');
    assert.ok(sarah.similarity > 0.95);
    const tom = index.mostSimilarEarlierSection('P002', '/w/b.group.md');
    assert.ok(tom && tom.similarity < 0.3, 'rewritten: still the most similar, with a low score');
    assert.strictEqual(index.mostSimilarEarlierSection('P001', '/w/a.group.md'), undefined, 'no earlier session');
  });

  it('similarityAtLeast is the exact Dice value when it reaches the threshold, undefined otherwise', () => {
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const set = (size: number, range: number) =>
      Uint32Array.from(new Set(Array.from({ length: size }, () => Math.floor(random() * range)))).sort();
    for (let round = 0; round < 500; round++) {
      const a = set(1 + Math.floor(random() * 60), 80);
      const b = set(1 + Math.floor(random() * 60), 80);
      const exact = historySimilarity(a, b);
      const threshold = random();
      const filtered = similarityAtLeast(a, b, threshold);
      if (exact >= threshold) assert.strictEqual(filtered, exact);
      else assert.strictEqual(filtered, undefined);
    }
  });

  it('measures what GN303 measures: the same similarity over every pair of fixture sections', () => {
    const sections = listFixtures(fixturesDir)
      .slice(0, 60)
      .flatMap((file) => {
        const note = parseNote(fs.readFileSync(file, 'utf8'), file);
        const words = new Set<string>();
        for (const attendee of note.attendees) for (const word of nameWords(nameForms(attendee))) words.add(word);
        return note.sections.map((section) => ({ prose: sectionProse(section), words }));
      });
    let compared = 0;
    for (let i = 0; i < sections.length; i += 3) {
      for (let j = i + 1; j < sections.length; j += 5) {
        const words = new Set([...sections[i].words, ...sections[j].words]);
        const expected = proseSimilarity(sections[i].prose, sections[j].prose, words);
        const actual = historySimilarity(
          historyPrint(sections[i].prose, words),
          historyPrint(sections[j].prose, words),
        );
        assert.ok(Math.abs(actual - expected) < 1e-12, `pair ${i}/${j}: ${actual} vs ${expected}`);
        compared++;
      }
    }
    assert.ok(compared > 500, `compared ${compared} pairs`);
  });
});
