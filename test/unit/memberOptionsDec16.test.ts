/**
 * memberProseOptions' caches (record6, 2026-12-07): one map by header object and section id and name, in front of one
 * options object per name key. What each keeps: the rules and the index get one options object per section; the
 * editor's next version (a body edit) keeps it, and so does a header edit that changes neither the attendees nor the
 * date (what is memoised by options object carries over); a change the options depend on gives other options.
 */
import * as assert from 'assert';
import { memberProseOptions } from '../../server/src/prose/memberOptions';
import { GroupNoteService } from '../../server/src/service/groupNoteService';
import { defaultConfig } from '../../server/src/workspace/config';

const noHost = { settingsFor: () => Promise.resolve({}), log: () => undefined };

function noteText({ end = '15:00', ann = 'Ann Lee', body = '' } = {}): string {
  return [
    '---',
    'date: 2026-11-13',
    'start: "14:00"',
    `end: "${end}"`,
    'attendees:',
    `  - { id: P001, name: ${ann}, status: present }`,
    '  - { id: P002, name: Tom Reyes, status: present }',
    '---',
    '',
    `## ${ann} (P001)`,
    `Ann practised the breathing skill.${body}`,
    '',
    '## Tom Reyes (P002)',
    'Tom said Ann helped him.',
    '',
    '## Guest',
    'A visitor sat in.',
    '',
  ].join('\n');
}

describe('record6: memberProseOptions gives one options object per section, across versions', () => {
  const config = defaultConfig();
  const uri = 'untitled:record6-options.group.md';

  it('asked again for a section, by the rules or the index, gives the same object', () => {
    const service = new GroupNoteService(noHost);
    const note = service.parse(uri, 1, noteText());
    for (const section of note.sections) {
      const options = memberProseOptions({ config, note }, section);
      assert.strictEqual(memberProseOptions({ config, note }, section), options);
      const indexed = memberProseOptions({ config }, section);
      assert.strictEqual(memberProseOptions({ config }, section), indexed);
      assert.deepStrictEqual(indexed.selfNames, options.selfNames);
    }
    const [ann, tom, guest] = note.sections.map((section) => memberProseOptions({ config, note }, section));
    assert.notStrictEqual(ann, tom);
    assert.deepStrictEqual(ann.otherNames, ['Tom', 'Reyes']);
    assert.deepStrictEqual(tom.otherNames, ['Ann', 'Lee']);
    assert.deepStrictEqual(guest.selfNames, ['Guest']);
  });

  it('keeps the options over a body edit and a header edit that leaves the attendees and the date', () => {
    const service = new GroupNoteService(noHost);
    const first = service.parse(uri, 1, noteText());
    const before = first.sections.map((section) => memberProseOptions({ config, note: first }, section));
    const typed = service.parse(uri, 2, noteText({ body: ' Rated worry 4/10.' }));
    assert.notStrictEqual(typed.sections[0], first.sections[0], 'a new version has new section objects');
    assert.strictEqual(typed.header, first.header, 'and the same header object');
    typed.sections.forEach((section, index) =>
      assert.strictEqual(memberProseOptions({ config, note: typed }, section), before[index], `section ${index}`),
    );
    const retimed = service.parse(uri, 3, noteText({ end: '15:30', body: ' Rated worry 4/10.' }));
    assert.notStrictEqual(retimed.header, first.header, 'a header edit makes a new header object');
    retimed.sections.forEach((section, index) =>
      assert.strictEqual(memberProseOptions({ config, note: retimed }, section), before[index], `section ${index}`),
    );
  });

  it('gives other options when an attendee is renamed', () => {
    const service = new GroupNoteService(noHost);
    const first = service.parse(uri, 1, noteText());
    const tom = memberProseOptions({ config, note: first }, first.sections[1]);
    const renamed = service.parse(uri, 2, noteText({ ann: 'Ana Lee' }));
    const after = memberProseOptions({ config, note: renamed }, renamed.sections[1]);
    assert.notStrictEqual(after, tom);
    assert.deepStrictEqual(after.otherNames, ['Ana', 'Lee']);
    assert.deepStrictEqual(memberProseOptions({ config, note: renamed }, renamed.sections[0]).selfNames, [
      'Ana',
      'Lee',
    ]);
  });
});
