/**
 * fast-check arbitraries for fuzzing the parser, the rules and the language server:
 * structured notes (headers with random, missing and wrong-type fields; attendees; member sections
 * written from clinical phrase pools) and mutations of real notes (text-level and YAML-only).
 * All names and identifiers are fictional.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { seeded } from './hostileNotes';

// ---------------------------------------------------------------------------------------------
// Phrase pools

const NAMES = [
  'Sarah M.',
  'Tom R.',
  'Ana L.',
  'David C.',
  'Maria O.',
  'James N.',
  'Priya P.',
  'Kevin B.',
  'Will S.',
  'Grace T.',
  'José Á.',
  '李 明',
  "O'Brien K.",
  'Zoë-Ann D.',
];
const IDS = [
  'P001',
  'P002',
  'P003',
  'P004',
  'P005',
  'P006',
  'P007',
  'P008',
  'P009',
  'P010',
  'P011',
  'P012',
  'P013',
  'P014',
  'P099',
  'X1',
  '',
];
const STATUSES = ['present', 'late', 'left-early', 'absent', 'no-show', 'cancelled', 'Present', 'excused', ''];
const CODES = [
  'F41.1',
  'F33.1',
  'F43.10',
  'F32.9',
  'F411',
  'F10.20',
  'F60.3',
  'Z63.0',
  'R45.851',
  'F32',
  'F43.1',
  'F99',
  'XYZ',
  '41.1',
  'f41.1',
];
const CPTS = ['90853', '90849', '90834', '90832', '90837', '90839', '90785', '99213'];
const MODIFIERS = ['95', '93', '59', 'XE', 'GT', 'GQ', 'HQ', '25'];
const CREDENTIALS = ['LCSW', 'PhD', 'PsyD', 'LMFT', 'LPC', 'LMSW', 'LPC-A', 'intern', 'MD', 'RN', 'CADC'];
const NPIS = ['1234567893', '1234567890', '123', '1999999992', 'abcdefghij', '12345678931'];
const INTERVENTIONS = [
  'cognitive restructuring',
  'exposure hierarchy practice',
  'peer feedback',
  'support',
  'discussion',
  'group',
  'DBT skills training',
  'psychoeducation',
  'chain analysis',
  'motivational interviewing',
];
const THEMES = [
  'Coping with anticipatory anxiety',
  'Socialization and recreation',
  'Art and music',
  'Relapse prevention',
  'Lecture on sleep hygiene',
  'Distress tolerance: TIPP',
];
const GROUP_TYPES = [
  'CBT-based anxiety management group',
  'Multiple-family group',
  'DBT skills group',
  'Relapse prevention group',
  'Psychoeducation group',
];

const SENTENCES = [
  'Presented with anxious affect, fidgeting through the first 15 minutes.',
  'Mood described as "flat, a 4 out of 10"; affect constricted but brightened when giving feedback.',
  'Identified three automatic thoughts about work performance and challenged one with evidence.',
  'Progress toward goal G1 (reduce catastrophic thinking): belief rated 80% before and 45% after.',
  'Built a five-step exposure hierarchy and ranked each step by distress (SUDS 30 to 85).',
  'Role-played asking for an extension using DEAR MAN.',
  'No safety concerns; denies SI/HI.',
  'Denies suicidal ideation, intent or plan.',
  'Reported passive SI this week without plan or intent; C-SSRS screen completed and safety plan reviewed.',
  'Disclosed thoughts of not wanting to wake up.',
  'Reported cravings after the weekend party.',
  'Endorsed HI toward a coworker.',
  'Attended group and was appropriate.',
  'Participated appropriately and appeared to benefit.',
  'Tolerated session well. Doing well. Continue current plan.',
  'Sarah M. told Tom R. about her week.',
  'The facilitator presented a lecture and showed a video on sleep hygiene.',
  'Members processed feelings and practised the skill in pairs.',
  "Plan: practise the thought record twice before next week's group.",
  'Plan: continue.',
  'Patient located at home in New York during the video session; consented to telehealth.',
  'Audio only: the patient could not use video because of no camera.',
  'Interpreter used; caregiver interfered with the session and a mandated report was filed.',
  'B: quiet. I: CBT. R: engaged. P: continue.',
  'Mood: 5/10. Affect: congruent. Risk: denies. Progress: G2 met.',
  'Toward G1 she stayed for two of three meetings this week.',
  '"I will be fired if the report is late," she said.',
  'WNL. Stable. Cooperative. Receptive to feedback. Gained insight.',
  '',
];

const ODD_TEXT = [
  '\t',
  '\r\n',
  '\r',
  '\u0000',
  '\uFEFF',
  '\u200B',
  '\u202E',
  '\u00A0',
  '😀',
  'e\u0301',
  '\uD800',
  '\uDC00',
  '---',
  '...',
  '## ',
  '### ',
  '<!--',
  '-->',
  '```',
  '~~~',
  '&a ',
  '*a',
  '{',
  '}',
  '[',
  ']',
  ': ',
  '- ',
  '#',
  '\\',
  '"',
  "'",
  '|',
  '>',
  '%',
  '@',
  '`',
  '!!str ',
  '? ',
  '<<: ',
];

// ---------------------------------------------------------------------------------------------
// Generated notes

/** A value of a random, usually wrong, type: for "wrong-type" header fields. */
const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -100000, max: 100000 }),
  fc.double({ noNaN: false }),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('a', 'name', 'id', 'by', 'date'), fc.string({ maxLength: 6 }), { maxKeys: 3 }),
);

/** `valid` most of the time, else missing (undefined) or a value of a random type. */
function field<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: valid },
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: junkValue },
  );
}

const dateText = fc.oneof(
  fc.constantFrom(
    '2026-11-20',
    '2026-11-19',
    '2026-02-30',
    '2027-01-01',
    '2026-13-01',
    '11/20/2026',
    '2026-11-20T10:00:00Z',
    '0000-00-00',
  ),
  fc
    .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
);
const timeText = fc.oneof(
  fc.constantFrom('14:00', '15:00', '9:30', '24:00', '14:60', '2pm', '13:45', '00:00'),
  fc
    .tuple(fc.integer({ min: 0, max: 26 }), fc.integer({ min: 0, max: 61 }))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
);

const attendeeArb = fc.record(
  {
    id: field(fc.constantFrom(...IDS)),
    name: field(fc.constantFrom(...NAMES)),
    status: field(fc.constantFrom(...STATUSES)),
    dx: field(fc.array(fc.constantFrom(...CODES), { maxLength: 4 })),
    pos: field(fc.constantFrom('11', '02', '10', '52', '53', 11, 2)),
    modifiers: field(fc.array(fc.constantFrom(...MODIFIERS), { maxLength: 5 })),
    arrived: field(timeText),
    left: field(timeText),
    sameDay: field(fc.array(fc.constantFrom(...CPTS), { maxLength: 2 })),
    addOns: field(fc.array(fc.constantFrom('90785', '90840', '99354'), { maxLength: 2 })),
  },
  { requiredKeys: [] },
);

const providerArb = fc.record(
  {
    name: field(fc.constantFrom('Dana Reyes', 'Lee Park', '')),
    credential: field(fc.constantFrom(...CREDENTIALS)),
    npi: field(fc.constantFrom(...NPIS)),
    supervisor: field(fc.record({ name: fc.constantFrom('Ann Supervisor'), npi: fc.constantFrom(...NPIS) })),
  },
  { requiredKeys: [] },
);

export interface GeneratedNote {
  header: Record<string, unknown>;
  text: string;
}

const headerArb = fc.record(
  {
    cpt: field(fc.constantFrom('90853', '90849', 90853, '90834')),
    date: field(dateText),
    start: field(timeText),
    end: field(timeText),
    modality: field(fc.constantFrom('in-person', 'video', 'audio', 'zoom', 'phone')),
    pos: field(fc.constantFrom('11', '02', '10', '52', 11)),
    facilitator: field(providerArb),
    cofacilitators: field(fc.array(providerArb, { maxLength: 2 })),
    group: field(
      fc.record(
        { type: field(fc.constantFrom(...GROUP_TYPES)), theme: field(fc.constantFrom(...THEMES)) },
        { requiredKeys: [] },
      ),
    ),
    interventions: field(fc.array(fc.constantFrom(...INTERVENTIONS), { maxLength: 4 })),
    dynamics: field(fc.constantFrom('Cohesive; members gave each other feedback.', 'Good.', '')),
    count: field(fc.integer({ min: 0, max: 15 })),
    attendees: field(
      fc.array(fc.oneof({ weight: 8, arbitrary: attendeeArb }, { weight: 1, arbitrary: junkValue }), { maxLength: 14 }),
    ),
    signature: field(
      fc.record({ by: field(fc.constantFrom('Dana Reyes, LCSW', '')), date: field(dateText) }, { requiredKeys: [] }),
    ),
    unknownField: field(fc.string({ maxLength: 10 })),
  },
  { requiredKeys: [] },
);

const proseArb = fc
  .array(
    fc.oneof(
      { weight: 10, arbitrary: fc.constantFrom(...SENTENCES) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
      { weight: 1, arbitrary: fc.constantFrom(...ODD_TEXT) },
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(' '));

const directiveArb = fc.oneof(
  fc.constantFrom(
    '<!-- groupnote-disable GN302 -->',
    '<!-- groupnote-enable GN302 -->',
    '<!-- groupnote-disable -->',
    '<!-- groupnote-disable-next-line GN301 GN306 -->',
    '<!-- groupnote-enable -->',
    '<!-- unclosed comment',
    '```',
    '~~~',
  ),
  fc.constant(''),
);

/** A heading for an attendee (usually well-formed) or a stray one. */
function headingFor(attendee: unknown, style: number): string {
  const record = (attendee && typeof attendee === 'object' && !Array.isArray(attendee) ? attendee : {}) as Record<
    string,
    unknown
  >;
  const name = typeof record.name === 'string' ? record.name : 'Someone';
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : 'P0';
  switch (style) {
    case 0:
      return `## ${name}`;
    case 1:
      return `##${name} (${id})`;
    case 2:
      return `## (${id})`;
    case 3:
      return `### ${name} (${id})`;
    case 4:
      return `  ## ${name} ( ${id} ) ##`;
    default:
      return `## ${name} (${id})`;
  }
}

/** A whole note: YAML header (block or flow style) and a body with member sections. */
export const generatedNote: fc.Arbitrary<GeneratedNote> = fc
  .record({
    header: headerArb,
    flow: fc.constantFrom<'block' | 'flow' | 'mixed'>('block', 'block', 'mixed', 'flow'),
    narrative: proseArb,
    sections: fc.array(
      fc.record({ style: fc.nat({ max: 12 }), prose: proseArb, directive: directiveArb, duplicate: fc.boolean() }),
      { maxLength: 16 },
    ),
    extraSections: fc.array(fc.record({ heading: fc.string({ unit: 'grapheme', maxLength: 20 }), prose: proseArb }), {
      maxLength: 2,
    }),
    lineEnding: fc.constantFrom('\n', '\n', '\n', '\r\n', '\r'),
    closed: fc.constantFrom(true, true, true, true, false),
    bom: fc.constantFrom(false, false, false, true),
  })
  .map(({ header, flow, narrative, sections, extraSections, lineEnding, closed, bom }) => {
    const clean: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(header)) if (value !== undefined) clean[key] = value;
    const yamlText =
      flow === 'flow'
        ? stringify(clean, { collectionStyle: 'flow' })
        : stringify(clean, {
            collectionStyle: flow === 'mixed' ? 'any' : 'block',
            flowCollectionPadding: true,
            lineWidth: 0,
          });
    const attendees: unknown[] = Array.isArray(clean.attendees) ? clean.attendees : [];
    const body: string[] = ['', narrative, ''];
    sections.forEach((section, index) => {
      const attendee = attendees[index % Math.max(1, attendees.length)];
      const lines = [headingFor(attendee, section.style), section.directive, section.prose, ''];
      body.push(...lines);
      if (section.duplicate && index % 5 === 0) body.push(...lines);
    });
    for (const extra of extraSections) body.push(`## ${extra.heading}`, extra.prose, '');
    const text = [`${bom ? '\uFEFF' : ''}---`, yamlText.trimEnd(), ...(closed ? ['---'] : []), ...body]
      .join('\n')
      .replace(/\n/g, lineEnding);
    return { header: clean, text };
  });

// ---------------------------------------------------------------------------------------------
// Text mutations of real notes

export type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number; to: number }
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'swapLines'; a: number; b: number }
  | { kind: 'shuffleLines'; at: number; count: number; seed: number }
  | { kind: 'lineEndings'; style: '\r\n' | '\r' | 'mixed'; seed: number }
  | { kind: 'tabs'; seed: number };

/** Positions are fractions of the text (0..1), so a mutation applies to any text. */
const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

const insertedText = fc.oneof(
  fc.constantFrom(...ODD_TEXT),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom(...SENTENCES),
);

export const mutation: fc.Arbitrary<{
  kind: Mutation['kind'];
  a: number;
  b: number;
  c: number;
  text: string;
  bit: number;
  seed: number;
}> = fc.record({
  kind: fc.constantFrom<Mutation['kind']>(
    'insert',
    'insert',
    'delete',
    'duplicate',
    'flip',
    'swapLines',
    'shuffleLines',
    'lineEndings',
    'tabs',
  ),
  a: fraction,
  b: fraction,
  c: fraction,
  text: insertedText,
  bit: fc.integer({ min: 0, max: 15 }),
  seed: fc.nat(),
});

function splitLines(text: string): string[] {
  return text.split('\n');
}

/** Applies one generated mutation to a text. */
export function applyMutation(
  text: string,
  m: { kind: Mutation['kind']; a: number; b: number; c: number; text: string; bit: number; seed: number },
): string {
  const at = Math.floor(m.a * (text.length + 1));
  switch (m.kind) {
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'delete': {
      const length = Math.floor(m.b * Math.min(200, text.length - at));
      return text.slice(0, at) + text.slice(at + length);
    }
    case 'duplicate': {
      const length = Math.floor(m.b * Math.min(400, text.length - at));
      const to = Math.floor(m.c * (text.length + 1));
      return text.slice(0, to) + text.slice(at, at + length) + text.slice(to);
    }
    case 'flip': {
      if (!text.length) return text;
      const index = Math.min(at, text.length - 1);
      return text.slice(0, index) + String.fromCharCode(text.charCodeAt(index) ^ (1 << m.bit)) + text.slice(index + 1);
    }
    case 'swapLines': {
      const lines = splitLines(text);
      const a = Math.floor(m.a * lines.length);
      const b = Math.floor(m.b * lines.length);
      [lines[a], lines[b]] = [lines[b], lines[a]];
      return lines.join('\n');
    }
    case 'shuffleLines': {
      const lines = splitLines(text);
      const start = Math.floor(m.a * lines.length);
      const count = Math.min(lines.length - start, 2 + Math.floor(m.b * 8));
      const random = seeded(m.seed);
      const slice = lines.slice(start, start + count);
      for (let i = slice.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [slice[i], slice[j]] = [slice[j], slice[i]];
      }
      lines.splice(start, count, ...slice);
      return lines.join('\n');
    }
    case 'lineEndings': {
      const random = seeded(m.seed);
      const style = m.b < 0.4 ? '\r\n' : m.b < 0.6 ? '\r' : 'mixed';
      return text.replace(/\n/g, () => (style === 'mixed' ? ['\n', '\r\n', '\r'][Math.floor(random() * 3)] : style));
    }
    case 'tabs': {
      const random = seeded(m.seed);
      return splitLines(text)
        .map((line) =>
          random() < 0.3
            ? line.replace(/^( +)/, (spaces) => '\t'.repeat(Math.max(1, Math.floor(spaces.length / 2))))
            : random() < 0.1
              ? `\t${line}`
              : line,
        )
        .join('\n');
    }
  }
}

/** A real note (one of `texts`) with 1–6 random text mutations. */
export function mutatedNote(texts: readonly string[]): fc.Arbitrary<{ source: number; text: string }> {
  return fc
    .record({
      source: fc.nat({ max: texts.length - 1 }),
      mutations: fc.array(mutation, { minLength: 1, maxLength: 6 }),
    })
    .map(({ source, mutations }) => ({
      source,
      text: mutations.reduce(applyMutation, texts[source]),
    }));
}

// ---------------------------------------------------------------------------------------------
// YAML-only mutations of the header

const UNICODE_SNIPPETS = [
  '\u00A0',
  '\u200B',
  '\u202E',
  '\u2028',
  '\u0085',
  '\uFEFF',
  '：',
  'Ｐ００１',
  'e\u0301',
  '😀',
  '𝔽41.1',
  'İ',
  'ß',
  '\u3000',
  '\uFFFD',
];

export const yamlMutation = fc.record({
  kind: fc.constantFrom(
    'indent',
    'dedent',
    'anchor-alias',
    'unknown-alias',
    'merge-key',
    'to-flow',
    'to-block',
    'unicode',
    'tag',
    'comment',
    'quote',
    'duplicate-key',
    'alias-bomb',
    'nest',
  ),
  line: fraction,
  other: fraction,
  depth: fc.integer({ min: 1, max: 6 }),
  snippet: fc.constantFrom(...UNICODE_SNIPPETS),
});

type YamlMutation = typeof yamlMutation extends fc.Arbitrary<infer T> ? T : never;

/** Splits a note into header lines (between the `---` lines) and the rest; undefined when there is no closed header. */
function headerParts(text: string): { before: string; lines: string[]; after: string } | undefined {
  const match = /^(\uFEFF?---[ \t]*\r?\n)([\s\S]*?\r?\n)((?:---|\.\.\.)[ \t]*(?:\r?\n[\s\S]*)?)$/.exec(text);
  if (!match) return undefined;
  return { before: match[1], lines: match[2].replace(/\r?\n$/, '').split(/\r?\n/), after: match[3] };
}

/** Applies one YAML-only mutation to the header of a note (the body is left alone). */
export function applyYamlMutation(text: string, m: YamlMutation): string {
  const parts = headerParts(text);
  if (!parts || !parts.lines.length) return text;
  const lines = [...parts.lines];
  const i = Math.floor(m.line * lines.length);
  const j = Math.floor(m.other * lines.length);
  const keyOf = (line: string) => /^(\s*(?:-\s+)?)([A-Za-z][\w-]*):(\s*)(.*)$/.exec(line);
  switch (m.kind) {
    case 'indent':
      lines[i] = ' '.repeat(m.depth) + lines[i];
      break;
    case 'dedent':
      lines[i] = lines[i].replace(new RegExp(`^ {1,${m.depth}}`), '');
      break;
    case 'anchor-alias': {
      const a = keyOf(lines[i]);
      const b = keyOf(lines[j]);
      if (a && a[4] && b && i !== j) {
        lines[i] = `${a[1]}${a[2]}:${a[3] || ' '}&anchor${m.depth} ${a[4]}`;
        lines[j] = `${b[1]}${b[2]}: *anchor${m.depth}`;
      }
      break;
    }
    case 'unknown-alias': {
      const a = keyOf(lines[i]);
      if (a) lines[i] = `${a[1]}${a[2]}: *nowhere`;
      break;
    }
    case 'merge-key':
      lines.splice(i, 0, 'base: &base { status: present, pos: "11" }', `extra: { <<: *base, id: P00${m.depth} }`);
      break;
    case 'to-flow': {
      // A block list under a key becomes a flow list.
      const a = keyOf(lines[i]);
      if (a && !a[4]) {
        const items: string[] = [];
        let k = i + 1;
        for (; k < lines.length && /^\s+-\s/.test(lines[k]); k++) items.push(lines[k].replace(/^\s+-\s+/, ''));
        if (items.length) lines.splice(i, k - i, `${a[1]}${a[2]}: [${items.join(', ')}]`);
      }
      break;
    }
    case 'to-block': {
      // A flow mapping item `- { a: 1, b: 2 }` becomes a block mapping.
      const flowItem = /^(\s*)-\s*\{(.*)\}\s*$/.exec(lines[i]);
      if (flowItem) {
        const entries = flowItem[2]
          .split(/,(?![^[]*\])/)
          .map((entry) => entry.trim())
          .filter(Boolean);
        lines.splice(i, 1, ...entries.map((entry, index) => `${flowItem[1]}${index === 0 ? '- ' : '  '}${entry}`));
      }
      break;
    }
    case 'unicode': {
      const at = Math.floor(m.other * (lines[i].length + 1));
      lines[i] = lines[i].slice(0, at) + m.snippet + lines[i].slice(at);
      break;
    }
    case 'tag': {
      const a = keyOf(lines[i]);
      if (a && a[4])
        lines[i] =
          `${a[1]}${a[2]}: ${['!!str', '!!int', '!!binary', '!!timestamp', '!custom', '!!map', '!!seq'][m.depth]} ` +
          `${a[4]}`;
      break;
    }
    case 'comment':
      lines[i] = `${lines[i]} # groupnote-disable-line ${m.depth % 2 ? 'GN101' : ''}`;
      break;
    case 'quote': {
      const a = keyOf(lines[i]);
      if (a && a[4]) lines[i] = `${a[1]}${a[2]}: ${m.depth % 2 ? `'${a[4].replace(/'/g, "''")}'` : `"${a[4]}`}`;
      break;
    }
    case 'duplicate-key':
      lines.splice(j, 0, lines[i]);
      break;
    case 'alias-bomb': {
      const bomb = ['bomb0: &b0 [x, x, x, x, x, x, x, x, x]'];
      for (let level = 1; level <= 3 + m.depth; level++)
        bomb.push(
          `bomb${level}: &b${level} [${Array(9)
            .fill(`*b${level - 1}`)
            .join(', ')}]`,
        );
      lines.splice(i, 0, ...bomb);
      break;
    }
    case 'nest':
      lines.splice(i, 0, `deep: ${'['.repeat(m.depth * 20)}${']'.repeat(m.depth * 20 - (m.depth % 2))}`);
      break;
  }
  return parts.before + lines.join('\n') + '\n' + parts.after;
}

/** A real note with 1–4 mutations of its YAML header only. */
export function yamlMutatedNote(texts: readonly string[]): fc.Arbitrary<{ source: number; text: string }> {
  return fc
    .record({
      source: fc.nat({ max: texts.length - 1 }),
      mutations: fc.array(yamlMutation, { minLength: 1, maxLength: 4 }),
    })
    .map(({ source, mutations }) => ({
      source,
      text: mutations.reduce(applyYamlMutation, texts[source]),
    }));
}
