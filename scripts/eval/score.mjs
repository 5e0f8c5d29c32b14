// Scores GroupNote's member-prose detectors and rules against the labelled corpus (eval/GUIDE.md).
// Each detector is read on its own (the prose layer's functions), and each rule as it runs on a note
// (checkNote on a note written for the item, with a roster holding the member's goals).
import { createRequire } from 'module';
import * as path from 'path';
import { CATEGORIES, cueOffset, ELEMENTS, STATUSES } from '../../eval/corpus.mjs';
import { paragraphCause } from './causes.mjs';

const require = createRequire(import.meta.url);

/** Counts of one detector: true and false positives, false negatives, and the misses for --show. */
export class Tally {
  constructor() {
    this.tp = 0;
    this.fp = 0;
    this.fn = 0;
    this.misses = [];
  }

  add(expected, predicted, where) {
    if (expected && predicted) this.tp++;
    else if (predicted) {
      this.fp++;
      this.misses.push(`FP ${where}`);
    } else if (expected) {
      this.fn++;
      this.misses.push(`FN ${where}`);
    }
  }

  get precision() {
    return this.tp + this.fp ? this.tp / (this.tp + this.fp) : undefined;
  }

  get recall() {
    return this.tp + this.fn ? this.tp / (this.tp + this.fn) : undefined;
  }

  get f1() {
    const { precision, recall } = this;
    if (precision === undefined || recall === undefined) return undefined;
    return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  }
}

export function loadProse(repoRoot) {
  const out = (file) => require(path.join(repoRoot, 'out', 'server', 'src', file));
  return {
    prose: out('prose/index.js'),
    parseNote: out('parse/parseNote.js').parseNote,
    checkNote: out('engine/checkNote.js').checkNote,
    defaultConfig: out('workspace/config.js').defaultConfig,
    builtinCodeSet: out('icd10/codeSet.js').builtinCodeSet,
  };
}

const firstName = (name) => name.trim().split(/\s+/)[0];
const lastName = (name) => {
  const words = name.trim().split(/\s+/);
  return words.length > 1 ? words[words.length - 1].replace(/\.$/, '') : undefined;
};
/**
 * The session date an item is read for: its `date:` (eval/GUIDE.md), else the date of the notes the rules run on
 * (DEFAULT_SESSION_DATE), so that a year in the text is compared with one session date everywhere.
 */
export const DEFAULT_SESSION_DATE = '2026-11-20';
const sessionDateOf = (item) =>
  item.date instanceof Date
    ? item.date.toISOString().slice(0, 10)
    : item.date
      ? String(item.date)
      : DEFAULT_SESSION_DATE;
const quote = (text) => JSON.stringify(text.replace(/\s+/g, ' ').slice(0, 140));

/** Detector and rule tallies for one split. */
export function scoreSplit(items, narratives, lib) {
  const { prose: p } = lib;
  const tallies = new Map();
  const tally = (name) => {
    let found = tallies.get(name);
    if (!found) tallies.set(name, (found = new Tally()));
    return found;
  };
  const levels = { agree: 0, total: 0 };
  /** Paragraph-level risk errors by cause, per category (causes.mjs). */
  const causes = new Map();

  for (const item of items) {
    const prose = p.analyzeProse(item.text);
    const goals = item.goals.map((goal) => ({ id: String(goal.id), text: String(goal.text) }));
    // As memberProseOptions reads them from the note and the roster: the other attendees' names are other people, and
    // a tobacco or nicotine goal makes nicotine use a disclosure.
    const selfNames = p.memberNameWords(item.member.name);
    const otherNames = p.otherNameWords(item.others.map(String), selfNames);
    const options = {
      selfNames,
      ...(otherNames.length ? { otherNames } : {}),
      sessionDate: sessionDateOf(item),
      ...(p.targetsNicotine(goals) ? { nicotineGoal: true } : {}),
    };
    const labels = item.labels;
    const at = `${item.id}`;

    // ---- risk mentions, per category and per context attribute
    const predicted = p.riskMentions(prose, options);
    const gold = labels.risk.map((mention) => {
      const start = cueOffset(item.text, mention.cue, mention.occurrence ?? 1);
      return { ...mention, start, end: start + mention.cue.length };
    });
    const overlaps = (a, b) => a.start < b.end && b.start < a.end;
    for (const category of CATEGORIES) {
      const goldCurrent = gold.filter((g) => g.category === category && g.status === 'current');
      const predCurrent = predicted.filter((m) => m.category === category && m.status === 'current');
      const t = tally(`risk: ${category} disclosure`);
      for (const g of goldCurrent)
        t.add(
          true,
          predCurrent.some((m) => overlaps(m, g)),
          `${at} "${g.cue}"`,
        );
      for (const m of predCurrent)
        if (!gold.some((g) => g.category === category && g.status === 'current' && overlaps(m, g)))
          t.add(false, true, `${at} "${m.text}" (${describeGold(gold, m, overlaps)})`);
    }
    // Paragraph level, as GN305 acts on a section: does the paragraph hold a current disclosure of the category?
    // A disclosure mentioned twice is one event for the clinician; mention level (above) counts each cue.
    for (const category of [...CATEGORIES, 'any']) {
      const of = (m) => m.status === 'current' && (category === 'any' || m.category === category);
      const expected = gold.some(of);
      const found = predicted.some(of);
      if (expected || found) tally(`risk: ${category} in paragraph`).add(expected, found, `${at} ${category}`);
      const cause = category === 'any' ? undefined : paragraphCause(category, gold, predicted);
      if (cause) causes.set(`${cause}\t${category}`, (causes.get(`${cause}\t${category}`) ?? 0) + 1);
    }
    const anyTally = tally('risk: any disclosure');
    for (const g of gold.filter((g) => g.status === 'current'))
      anyTally.add(
        true,
        predicted.some((m) => m.status === 'current' && overlaps(m, g)),
        `${at} "${g.cue}"`,
      );
    for (const m of predicted.filter((m) => m.status === 'current'))
      if (!gold.some((g) => g.status === 'current' && overlaps(m, g)))
        anyTally.add(false, true, `${at} "${m.text}" (${describeGold(gold, m, overlaps)})`);
    // Attributes: every labelled mention, against the status of the detection that overlaps it (none = missed).
    for (const g of gold) {
      const match =
        predicted.find((m) => overlaps(m, g) && m.category === g.category) ?? predicted.find((m) => overlaps(m, g));
      for (const status of STATUSES) {
        if (status === 'current') continue;
        tally(`context: ${status}`).add(
          g.status === status,
          match?.status === status,
          `${at} "${g.cue}" labelled ${g.status}, read ${match?.status ?? 'nothing'}`,
        );
      }
      if (g.level && match?.category === 'suicide' && match.level) {
        levels.total++;
        if (match.level === g.level) levels.agree++;
      }
    }
    // Detections that overlap no labelled mention and are not current still count against the attribute read.
    for (const m of predicted)
      if (m.status !== 'current' && !gold.some((g) => overlaps(m, g)))
        tally(`context: ${m.status}`).add(false, true, `${at} "${m.text}" read ${m.status}, not labelled`);

    // ---- GN305 as a detector: the categories left unanswered
    const unanswered = new Set(p.unansweredDisclosures(prose, options).map((m) => m.category));
    for (const category of CATEGORIES) {
      const expected = gold.some((g) => g.category === category && g.status === 'current' && g.answered === false);
      const answeredOnly =
        !expected && gold.some((g) => g.category === category && g.status === 'current' && g.answered === true);
      if (expected || unanswered.has(category) || answeredOnly)
        tally(`risk: ${category} unanswered`).add(expected, unanswered.has(category), `${at} ${category}`);
    }

    // ---- GN301 elements
    const found = {
      participation: p.hasParticipation(prose, options),
      mood: p.hasMood(prose, options),
      // as GN301 reads it: a progress statement or the member's report on a goal's subject, not a goal id alone
      progress: p.hasProgress(prose, p.goalProgress(prose, goals, options), options),
      plan: p.hasPlan(prose, options),
    };
    for (const element of ELEMENTS)
      tally(`element: ${element}`).add(labels.elements[element], found[element], `${at} ${element}`);

    // ---- GN302 vague
    const nameWords = new Set(
      item.member.name
        .toLowerCase()
        .split(/[\s.]+/)
        .filter(Boolean),
    );
    const verdict = p.vagueVerdict(prose, options, new Set(), nameWords);
    tally('vague (GN302)').add(
      labels.vague,
      verdict.phrases.length > 0 && !verdict.specific,
      `${at} phrases ${verdict.phrases.map((m) => `"${m.text}"`).join(', ') || '-'}; specific: ` +
        `${verdict.specific ?? '-'}`,
    );

    // ---- GN304 names of other members
    const others = item.others.map((name, index) => ({
      attendee: attendeeFor(`X${index + 1}`, name),
      patient: { name: { first: firstName(name), last: lastName(name) } },
    }));
    const forms = others.flatMap(({ attendee, patient }) => p.nameForms(attendee, patient));
    const own = new Set(p.nameForms(attendeeFor(item.member.id, item.member.name)).map((form) => form.text));
    const mentions = p.findNameMentions(
      prose,
      forms.filter((form) => !own.has(form.text)),
    );
    tally('names other member (GN304)').add(
      labels.namesOther,
      mentions.length > 0,
      `${at} ${mentions.map((m) => `"${m.text}"`).join(', ') || '-'}`,
    );

    // ---- GN306 goal link
    const evidence = p.findGoalReferences(prose, goals, options);
    tally('goal link (GN306)').add(
      labels.goalLink,
      p.linksToPlan(evidence, goals.length > 0),
      `${at} ${goalEvidenceText(evidence) || '-'} / goals ${goals.map((g) => g.text).join(' | ')}`,
    );

    // ---- GN505 / GN503
    if (labels.location !== null)
      tally('patient location (GN505)').add(
        labels.location,
        p.telehealthStatements(prose, 'location', options).length > 0,
        `${at} ${quote(item.text)}`,
      );
    if (labels.audioReason !== null)
      tally('audio-only reason (GN503)').add(
        labels.audioReason,
        p.telehealthStatements(prose, 'audio-reason', options).length > 0,
        `${at} ${quote(item.text)}`,
      );

    // ---- the rules on a note written for the item
    const findings = ruleFindings(item, lib);
    const fired = (ruleId) => findings.some((f) => f.ruleId === ruleId);
    tally('rule GN301').add(
      ELEMENTS.some((e) => !labels.elements[e]),
      fired('GN301'),
      `${at} ${
        findings
          .filter((f) => f.ruleId === 'GN301')
          .map((f) => f.message.replace(/^.*?: no /, '').split(' (')[0])
          .join(', ') || '-'
      }`,
    );
    tally('rule GN302').add(labels.vague, fired('GN302'), at);
    tally('rule GN304').add(labels.namesOther, fired('GN304'), at);
    tally('rule GN305').add(
      gold.some((g) => g.status === 'current' && g.answered === false),
      fired('GN305'),
      `${at} ${
        findings
          .filter((f) => f.ruleId === 'GN305')
          .map((f) => f.message.split(' with no')[0])
          .join('; ') || '-'
      }`,
    );
    tally('rule GN306').add(!labels.goalLink, fired('GN306'), at);
    if (labels.location !== null) tally('rule GN505').add(!labels.location, fired('GN505'), at);
    if (labels.audioReason !== null) tally('rule GN503').add(!labels.audioReason, fired('GN503'), at);
  }

  for (const item of narratives) {
    const attendees = item.attendees.map((name, index) => ({
      key: String(index),
      first: firstName(name),
      last: lastName(name),
    }));
    const ties = p.familyTies(p.analyzeProse(item.text), attendees);
    tally('family ties (GN606)').add(item.labels.family, ties.length > 0, `${item.id} ${quote(item.text)}`);
    const findings = narrativeFindings(item, lib);
    tally('rule GN606').add(
      item.labels.family && String(item.cpt ?? '90853') === '90853',
      findings.some((f) => f.ruleId === 'GN606'),
      item.id,
    );
  }
  return { tallies, levels, causes };
}

function describeGold(gold, mention, overlaps) {
  const hit = gold.find((g) => overlaps(mention, g));
  return hit ? `labelled ${hit.category} ${hit.status}` : 'not labelled';
}

function attendeeFor(id, name) {
  return { index: 0, id, name, status: 'present', billable: true, dx: [], modifiers: [], sameDay: [], addOns: [] };
}

const yamlText = (text) => JSON.stringify(String(text));

/** The rules' findings about the item's member, on a note with the item as the member's section. */
function ruleFindings(item, lib) {
  const members = [
    { id: String(item.member.id), name: String(item.member.name) },
    ...item.others.map((name, index) => ({ id: `X${index + 1}`, name: String(name) })),
  ];
  const pos = item.modality === 'in-person' ? '11' : '10';
  const date = sessionDateOf(item);
  const header = [
    '---',
    'cpt: "90853"',
    `date: ${date}`,
    'start: "14:00"',
    'end: "15:00"',
    `modality: ${item.modality}`,
    `pos: "${pos}"`,
    'facilitator: { name: Dana Reyes, credential: LCSW, npi: "1234567893" }',
    'group: { type: Outpatient psychotherapy group, theme: Weekly session }',
    'interventions: [group psychotherapy]',
    'dynamics: Members gave each other feedback.',
    `count: ${members.length}`,
    'attendees:',
    ...members.map((m) => `  - { id: ${m.id}, name: ${yamlText(m.name)}, status: present, dx: [F41.1] }`),
    `signature: { by: "Dana Reyes, LCSW", date: ${date} }`,
    '---',
    '',
    'The group met for its weekly session.',
    '',
    `## ${members[0].name} (${members[0].id})`,
    item.text.trimEnd(),
    '',
  ].join('\n');
  const note = lib.parseNote(header, `${item.id}.group.md`);
  const patients = new Map(
    members.map((m, index) => [
      m.id,
      {
        id: m.id,
        name: { first: firstName(m.name), last: lastName(m.name) },
        diagnoses: ['F41.1'],
        plan:
          index === 0 ? { goals: item.goals.map((g) => ({ id: String(g.id), text: String(g.text) })) } : { goals: [] },
      },
    ]),
  );
  const workspace = {
    root: undefined,
    config: lib.defaultConfig(),
    roster: { patients },
    icd: lib.builtinCodeSet(),
    problems: [],
  };
  const today = date > '2026-11-22' ? date : '2026-11-22';
  return lib.checkNote(note, { workspace, today }).filter((finding) => finding.attendeeId === members[0].id);
}

function narrativeFindings(item, lib) {
  const members = item.attendees.map((name, index) => ({ id: `N${index + 1}`, name: String(name) }));
  const text = [
    '---',
    `cpt: ${yamlText(item.cpt ?? '90853')}`,
    'date: 2026-11-20',
    'start: "14:00"',
    'end: "15:00"',
    'modality: in-person',
    'pos: "11"',
    'facilitator: { name: Dana Reyes, credential: LCSW, npi: "1234567893" }',
    'group: { type: Outpatient psychotherapy group, theme: Weekly session }',
    'interventions: [group psychotherapy]',
    'dynamics: Members gave each other feedback.',
    `count: ${members.length}`,
    'attendees:',
    ...members.map((m) => `  - { id: ${m.id}, name: ${yamlText(m.name)}, status: present, dx: [F41.1] }`),
    'signature: { by: "Dana Reyes, LCSW", date: 2026-11-20 }',
    '---',
    '',
    item.text.trimEnd(),
    '',
  ].join('\n');
  const note = lib.parseNote(text, `${item.id}.group.md`);
  const patients = new Map(
    members.map((m) => [m.id, { id: m.id, name: { first: firstName(m.name), last: lastName(m.name) }, diagnoses: [] }]),
  );
  const workspace = {
    root: undefined,
    config: lib.defaultConfig(),
    roster: { patients },
    icd: lib.builtinCodeSet(),
    problems: [],
  };
  return lib.checkNote(note, { workspace, today: '2026-11-22' });
}

/** The goal words a GN306 decision rests on, for --show: `G1: "sleep" "nights"; G2: ...`. */
function goalEvidenceText(evidence) {
  return evidence.words
    .map((word) => `${word.goalId}: ${word.matches.map((match) => `"${match.text}"`).join(' ')}`)
    .join('; ');
}
