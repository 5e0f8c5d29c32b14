/** Hostile and very large inputs for test/unit/hostile.test.ts (fictional content only). */
import { cleanNoteText } from './tempWorkspace';

const PROSE = [
  'Presented with anxious affect and rated mood 4/10 at check-in.',
  'Practised the thought record with a peer and rated belief 70% before and 40% after.',
  'Toward G1 stayed for two of three staff meetings this week.',
  'Gave specific feedback to another member about avoidance.',
  'Denies SI/HI; no safety concerns observed.',
  'Plan: repeat the exposure step twice before next group.',
  'Described "the escape alarm" when the meeting ran long and stayed anyway.',
];

/** Deterministic pseudo-random numbers (xorshift32). */
export function seeded(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

/** The clean fixture with `bytes` of varied prose appended to its last member section. */
export function hugeNote(bytes: number): string {
  const random = seeded(5);
  const parts: string[] = [cleanNoteText(), '\n'];
  let size = parts[0].length;
  while (size < bytes) {
    const sentence =
      PROSE[Math.floor(random() * PROSE.length)] + (random() < 0.2 ? '\n\n' : random() < 0.5 ? '\n' : ' ');
    parts.push(sentence);
    size += sentence.length;
  }
  return parts.join('');
}

/** A header dated the day before the fixtures' notes, so its attendees never duplicate theirs (GN605). */
function header(extra: string[], attendees: string[]): string {
  return [
    '---',
    'cpt: "90853"',
    'date: 2026-11-19',
    'start: "14:00"',
    'end: "15:00"',
    'modality: in-person',
    'pos: "11"',
    'facilitator:',
    '  name: Dana Reyes',
    '  credential: LCSW',
    '  npi: "1234567893"',
    'group:',
    '  type: CBT-based anxiety management group',
    '  theme: Coping with anticipatory anxiety and avoidance',
    'interventions:',
    '  - cognitive restructuring',
    ...extra,
    'attendees:',
    ...attendees,
    'signature:',
    '  by: Dana Reyes, LCSW',
    '  date: 2026-11-19',
    '---',
    '',
  ].join('\n');
}

const patientId = (i: number) => `P${String(i + 1).padStart(5, '0')}`;

/** `count` present attendees; with `sections`, each has a short member section. */
export function manyAttendees(count: number, sections: boolean): string {
  const attendees = Array.from(
    { length: count },
    (_, i) => `  - { id: ${patientId(i)}, name: Member ${i + 1}., status: present, dx: [F41.1] }`,
  );
  const body = sections
    ? Array.from(
        { length: count },
        (_, i) =>
          `## Member ${i + 1}. (${patientId(i)})\n${PROSE[i % PROSE.length]} ${PROSE[(i * 3 + 1) % PROSE.length]}\n`,
      ).join('\n')
    : '';
  return header([`count: ${count}`], attendees) + body;
}

/** A three-member header, then `count` short member sections (about 30 bytes each, as pasted). */
export function manySections(count: number): string {
  const attendees = [0, 1, 2].map(
    (i) => `  - { id: ${patientId(i)}, name: Member ${i + 1}., status: present, dx: [F41.1] }`,
  );
  const body = Array.from({ length: count }, (_, i) => `## Member ${i + 1}. (${patientId(i)})\nStayed.\n`).join('');
  return header(['count: 3'], attendees) + body;
}

/** `count` present members (as many as the attendee limit allows) with a section of `chars` varied prose each. */
export function longSections(count: number, chars: number): string {
  const random = seeded(11);
  const attendees = Array.from(
    { length: count },
    (_, i) => `  - { id: ${patientId(i)}, name: Member ${i + 1}., status: present, dx: [F41.1] }`,
  );
  const sections = Array.from({ length: count }, (_, i) => {
    const parts = [`## Member ${i + 1}. (${patientId(i)})\n`];
    for (let size = 0; size < chars;) {
      const sentence = PROSE[Math.floor(random() * PROSE.length)] + (random() < 0.2 ? '\n\n' : ' ');
      parts.push(sentence);
      size += sentence.length;
    }
    return parts.join('') + '\n';
  });
  return header([`count: ${count}`], attendees) + sections.join('\n');
}

/** A header value nested `levels` deep in flow brackets (`[[[...]]]`), then a normal body. */
export function deepNesting(levels: number, open = '[', close = ']'): string {
  return (
    header(
      [`extra: ${open.repeat(levels)}${close.repeat(levels)}`],
      ['  - { id: P001, name: Sarah M., status: present }'],
    ) + '## Sarah M. (P001)\nPractised the thought record.\n'
  );
}

/** The same, with block indentation: each level one space deeper. */
export function deepBlockNesting(levels: number): string {
  const nested = Array.from({ length: levels }, (_, i) => `${' '.repeat(i + 1)}k${i}:`).join('\n');
  return header([`extra:\n${nested} end`], ['  - { id: P001, name: Sarah M., status: present }']);
}

/** "Billion laughs": 9 levels of 9 aliases each. */
export function aliasBomb(): string {
  const lines = ['lol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let level = 1; level <= 9; level++)
    lines.push(
      `lol${level}: &a${level} [${Array(9)
        .fill(`*a${level - 1}`)
        .join(', ')}]`,
    );
  return (
    header(lines, ['  - { id: P001, name: Sarah M., status: present }']) +
    '## Sarah M. (P001)\nPractised the thought record.\n'
  );
}

/** Random bytes (decoded as UTF-8 the way the CLI and the editor do: invalid sequences become U+FFFD). */
export function binaryJunk(bytes: number, seed = 9): Buffer {
  const random = seeded(seed);
  const buffer = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i++) buffer[i] = Math.floor(random() * 256);
  return buffer;
}

/** The clean note as bytes with invalid UTF-8 in header values and member prose. */
export function invalidUtf8Note(): Buffer {
  const text = cleanNoteText();
  const invalid = [
    Buffer.from([0xc3, 0x28]),
    Buffer.from([0xff, 0xfe]),
    Buffer.from([0x80]),
    Buffer.from([0xc0, 0xaf]),
    Buffer.from([0xed, 0xa0, 0x80]),
    Buffer.from([0xf0, 0x9f, 0x98]),
  ];
  const marks = ['Dana Reyes', 'Sarah M.', 'anxious affect', 'SUDS', 'escape alarm', 'Plan:'];
  let buffer = Buffer.from(text, 'utf8');
  marks.forEach((mark, index) => {
    const at = buffer.indexOf(mark);
    if (at >= 0) buffer = Buffer.concat([buffer.subarray(0, at + 2), invalid[index], buffer.subarray(at + 2)]);
  });
  return buffer;
}

/** The clean note with one line of about `bytes` characters, placed `where`. */
export function oneLongLine(bytes: number, where: 'body' | 'header' | 'heading' | 'comments' | 'spaces'): string {
  const clean = cleanNoteText();
  const words = Array.from(
    { length: Math.ceil(bytes / 8) },
    (_, i) => ['practised', 'the', 'skill', '(G1)', 'with', '"peer"', 'and', 'rated'][i % 8],
  )
    .join(' ')
    .slice(0, bytes);
  switch (where) {
    case 'body':
      return clean.replace('Plan: practise the thought record', `${words} Plan: practise the thought record`);
    case 'header':
      return clean.replace(/^dynamics: .*$/m, `dynamics: ${words}`);
    case 'heading':
      return `${clean}\n## ${words} (P001\n`;
    case 'comments':
      return `${clean}\n${'<!-- groupnote-disable '.repeat(Math.ceil(bytes / 23))}\n`;
    case 'spaces':
      return `${clean}\n## Sarah M.${' '.repeat(bytes)}x (P001)  ${'\t '.repeat(1000)}##\n`;
  }
}
