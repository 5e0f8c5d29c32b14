// Generates a realistic, fictional GroupNote workspace for the benchmark: a roster, a practice
// file and group notes whose member sections read like real documentation (participation,
// mood/affect, goal progress, risk, plan), with a share of notes that carry typical problems.
import { promises as fs } from 'fs';
import * as path from 'path';
import { createRandom } from './random.mjs';

export const PATIENT_COUNT = 120;
const FACILITATOR_NPI = '1234567893';

const FIRST = [
  'Sarah',
  'Tom',
  'Ana',
  'David',
  'Maria',
  'James',
  'Priya',
  'Kevin',
  'Lena',
  'Marcus',
  'Aisha',
  'Ben',
  'Carmen',
  'Derek',
  'Elena',
  'Frank',
  'Grace',
  'Hector',
  'Irene',
  'Jamal',
  'Keiko',
  'Luis',
  'Monica',
  'Nate',
  'Olivia',
  'Pedro',
  'Quinn',
  'Rosa',
  'Sam',
  'Tanya',
  'Umar',
  'Vera',
  'Walt',
  'Xiomara',
  'Yusuf',
  'Zoe',
  'Alma',
  'Bruno',
  'Celia',
  'Dmitri',
];
const LAST = [
  'Miller',
  'Reyes',
  'Lopez',
  'Chen',
  'Okafor',
  'Nguyen',
  'Patel',
  'Brooks',
  'Kowalski',
  'Haddad',
  'Silva',
  'Murphy',
  'Tanaka',
  'Jensen',
  'Alvarez',
];
const SEX = {
  Sarah: 'F',
  Ana: 'F',
  Maria: 'F',
  Priya: 'F',
  Lena: 'F',
  Aisha: 'F',
  Carmen: 'F',
  Elena: 'F',
  Grace: 'F',
  Irene: 'F',
  Keiko: 'F',
  Monica: 'F',
  Olivia: 'F',
  Rosa: 'F',
  Tanya: 'F',
  Vera: 'F',
  Xiomara: 'F',
  Zoe: 'F',
  Alma: 'F',
  Celia: 'F',
};

/** Group programmes: type, themes, interventions, diagnoses and goals that fit together. */
const PROGRAMS = [
  {
    type: 'CBT-based anxiety management group',
    themes: [
      'Coping with anticipatory anxiety and avoidance',
      'Challenging catastrophic predictions',
      'Building an exposure hierarchy',
    ],
    interventions: [
      'cognitive restructuring',
      'exposure hierarchy practice',
      'peer feedback',
      'diaphragmatic breathing training',
      'thought record review',
    ],
    dx: [['F41.1'], ['F41.0'], ['F40.11'], ['F40.01', 'F41.1']],
    goals: [
      'Reduce catastrophic thinking about work performance',
      'Attend work meetings without leaving early',
      'Use a thought record when anxious',
      'Drive on the highway twice a week',
    ],
  },
  {
    type: 'DBT skills group',
    themes: [
      'Distress tolerance: TIPP and self-soothe',
      'Emotion regulation: checking the facts',
      'Interpersonal effectiveness: DEAR MAN',
    ],
    interventions: ['DBT skills training', 'chain analysis', 'behavioral rehearsal of DEAR MAN', 'diary card review'],
    dx: [['F60.3'], ['F33.1', 'F60.3'], ['F43.12']],
    goals: [
      'Use TIPP skills when distress is above 7 out of 10',
      'Use DEAR MAN in one difficult conversation per week',
      'Complete the diary card daily',
    ],
  },
  {
    type: 'Relapse prevention group (substance use)',
    themes: [
      'Identifying high-risk situations',
      'Urge surfing and cravings',
      'Repairing relationships in early recovery',
    ],
    interventions: [
      'motivational interviewing',
      'relapse prevention planning',
      'urge surfing practice',
      'decisional balance exercise',
    ],
    dx: [['F10.20'], ['F11.20'], ['F10.20', 'F41.1']],
    goals: [
      'Maintain abstinence from alcohol',
      'Attend three mutual-support meetings per week',
      'Use a coping plan instead of calling old contacts',
    ],
  },
  {
    type: 'Depression process group',
    themes: [
      'Behavioral activation and weekly scheduling',
      'Self-criticism and the inner critic',
      'Reconnecting with valued activities',
    ],
    interventions: [
      'behavioral activation scheduling',
      'cognitive restructuring',
      'values clarification',
      'interpersonal feedback',
    ],
    dx: [['F33.1'], ['F32.1'], ['F33.2'], ['F43.21']],
    goals: [
      'Increase pleasant activities to three per week',
      'Reduce time in bed during the day',
      'Call one friend each week',
    ],
  },
];

const STRUGGLES = [
  'work performance',
  'returning phone calls',
  "her sister's visit",
  'the Monday staff meeting',
  'driving to the clinic',
  'sleeping past noon',
  'an argument with his landlord',
  'the anniversary of the loss',
  'a job interview on Thursday',
  'weekend plans with old friends',
];

const MOOD = [
  'Presented with anxious affect, fidgeting through the first 15 minutes.',
  'Mood described as "flat, a 4 out of 10"; affect constricted but brightened when giving feedback.',
  'Euthymic mood with mildly anxious affect when describing {struggle}.',
  'Appeared tearful when talking about {struggle}; affect congruent with a depressed mood.',
  'Irritable at check-in, rating mood 3/10; affect became calmer after the breathing exercise.',
  'Mood "better than last week, maybe a 6"; affect full range and appropriate to content.',
  'Guarded at first, arms crossed, sparse eye contact; affect constricted.',
  'Reported sleeping poorly since {struggle}; presented fatigued with blunted affect that lifted during the role-play.',
  'Described mood as "wound up" and rated anxiety 7/10 on arrival; restless, tapping a foot, affect anxious.',
  'Calm and well groomed, mood "steady"; affect reactive and appropriate, laughed at a peer\'s example.',
  'Sad affect and soft speech while describing {struggle}, mood rated 3 out of 10.',
];

const OBSERVATION = [
  'Noticed and named the urge to change the subject when {struggle} came up, then stayed with the topic.',
  'Asked a peer how she handled a similar setback and wrote down the answer in the workbook.',
  'Needed two prompts to return to the exercise after drifting into a story about {struggle}.',
  'Linked the physical signs of anxiety (tight chest, shallow breathing) to the thought about {struggle}.',
  'Acknowledged that avoiding {struggle} kept the fear going and agreed to test the prediction.',
  'Offered encouragement to a newer member and described what helped in the first month.',
  'Was quieter than usual in the second half; when asked, said the topic brought up {struggle}.',
];

const PARTICIPATION = [
  'Identified three automatic thoughts about {struggle} ("I will mess it up again") and challenged one with ' +
    'evidence from the past month.',
  'Role-played asking for an extension using DEAR MAN and named the "ask" step as the hardest part.',
  'Built a five-step exposure hierarchy for {struggle} and ranked each step by distress (SUDS 30 to 85).',
  "Completed a chain analysis of Saturday's urge, identifying loneliness after {struggle} as the vulnerability factor.",
  'Gave specific feedback to a peer about avoidance and said hearing it out loud helped her own plan.',
  'Reviewed the diary card: used the TIPP skill on four of seven days and noticed urges dropped within ten minutes.',
  'Scheduled two pleasant activities for the week and described walking to the park on Tuesday despite low energy.',
  'Practised urge surfing for five minutes and rated the craving 7/10 before and 3/10 after.',
  'Spoke first during check-in and described how the decisional balance changed after {struggle}.',
  'Listed the pros and cons of staying home versus going to {struggle} and chose one small step to try.',
  'Practised paced breathing with the group and reported heart rate slowing from 96 to 78 on the watch.',
  'Wrote a coping card for {struggle} with two balanced thoughts and read it aloud to the group.',
  'Described checking the facts about a text message that felt like rejection and found two other explanations.',
  'Rehearsed a refusal line for {struggle} with a peer playing the old friend, and said it twice more firmly.',
];

const PROGRESS = [
  'Progress toward goal {goalId} ({goalText}): rated belief in the thought 80% before and 45% after the exercise.',
  'Partial progress on {goalId} ({goalText}): managed two of three planned steps this week.',
  'Toward {goalId} ({goalText}) reported one setback on Friday and used the plan the next day.',
  'Goal {goalId} ({goalText}): met this week for the first time since intake.',
];

const RISK = [
  'No safety concerns; denies SI/HI.',
  'Denies suicidal ideation, intent or plan.',
  'No risk concerns reported or observed.',
  'Reports no thoughts of harming self or others since last group.',
];

const PLAN = [
  "Plan: practise the thought record twice before next week's group.",
  'Plan: complete the first two hierarchy steps and log SUDS ratings.',
  'Plan: use DEAR MAN with the landlord and report back next session.',
  'Plan: attend three meetings and call a sponsor before the weekend.',
  'Plan: schedule one valued activity each day and track mood 0 to 10.',
  'Plan: try the next step of the hierarchy on Wednesday and bring the SUDS log to group.',
  'Plan: read the coping card each morning and note one situation where it was used.',
  'Plan: practise paced breathing for five minutes at bedtime and before {struggle}.',
];

const VAGUE =
  'Attended group and was appropriate. Participated appropriately and appeared to benefit from the session.';

const NARRATIVE = [
  "The facilitator reviewed last week's homework, then led a structured exercise on the theme. Members practised " +
    'the skill in pairs and gave each other feedback.',
  'Session opened with a mindfulness exercise and check-in ratings. The group then worked through a worksheet on ' +
    'the theme and closed with individual plans for the week.',
  'Members reviewed barriers to practice since the last session; the facilitator modelled the skill and each member' +
    ' rehearsed it with coaching.',
];

export function patientId(n) {
  return `P${String(n).padStart(3, '0')}`;
}

export function patientName(n) {
  const first = FIRST[(n - 1) % FIRST.length];
  const last = LAST[Math.floor((n - 1) / FIRST.length) % LAST.length];
  return { first, last, display: `${first} ${last[0]}.` };
}

function programOf(n) {
  return PROGRAMS[(n - 1) % PROGRAMS.length];
}

export function rosterYaml(count = PATIENT_COUNT) {
  const random = createRandom(7);
  const lines = ['# Fictional patients for the benchmark.', 'patients:'];
  for (let n = 1; n <= count; n++) {
    const { first, last } = patientName(n);
    const program = programOf(n);
    const dx = program.dx[n % program.dx.length];
    const goals = random.sample(program.goals, 2);
    lines.push(
      `  - id: ${patientId(n)}`,
      `    name: { last: ${last}, first: ${first} }`,
      `    dob: ${1950 + (n % 50)}-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 27) + 1).padStart(2, '0')}`,
      `    sex: ${SEX[first] ?? 'M'}`,
      `    address: { street: ${n} Sample Rd, city: Anytown, state: NY, zip: "100019998" }`,
      '    insurance:',
      '      payer: { name: Example Health Plan, id: "99999", type: commercial }',
      `      memberId: ZZM${String(n).padStart(6, '0')}`,
      '      groupNumber: GRP0001',
      '      relationship: self',
      `    diagnoses: [${dx.join(', ')}]`,
      '    plan:',
      '      modalities: [group, individual]',
      '      expires: 2027-12-31',
      '      goals:',
      ...goals.map((text, index) => `        - { id: G${index + 1}, text: ${text} }`),
    );
  }
  return lines.join('\n') + '\n';
}

export function practiceYaml() {
  return [
    '# Fictional practice for the benchmark (NPIs pass the Luhn check).',
    'billing:',
    '  name: Fake Group Therapy PLLC',
    '  npi: "1999999992"',
    '  taxId: "990000001"',
    '  taxonomy: 261QM0801X',
    '  address: { street: 100 Example St, city: Anytown, state: NY, zip: "100019999" }',
    '  phone: "5555550100"',
    'submitter: { id: SUBMIT001, name: Fake Group Therapy PLLC, contact: Billing Desk }',
    'receiver: { id: RECV001, name: Example Clearinghouse }',
    'fees: { "90853": 120, "90849": 130, "90785": 30 }',
    'payers:',
    '  "99999": { maxGroupSize: 12, telehealthModifier: "95" }',
    '',
  ].join('\n');
}

const PROBLEMS = [
  'vague-section',
  'unsigned',
  'count-mismatch',
  'missing-plan',
  'telehealth-no-modifier',
  'late-no-time',
  'unspecified-dx',
  'risk-unassessed',
];

/**
 * One note. `members`: patient numbers (all billable); `problem`: one of PROBLEMS or undefined;
 * `absent`: an extra non-billable attendee (no-show) when given.
 */
export function noteText({ members, date, seed, problem, absent, start = '14:00', end = '15:00' }) {
  const random = createRandom(seed);
  const program = programOf(members[0]);
  const telehealth = problem === 'telehealth-no-modifier' || random.chance(0.15);
  const memberCount = members.length;
  const lines = [
    '---',
    'cpt: "90853"',
    `date: ${date}`,
    `start: "${start}"`,
    `end: "${end}"`,
    `modality: ${telehealth ? 'video' : 'in-person'}`,
    `pos: "${telehealth ? '10' : '11'}"`,
    'facilitator:',
    '  name: Dana Reyes',
    '  credential: LCSW',
    `  npi: "${FACILITATOR_NPI}"`,
    'group:',
    `  type: ${program.type}`,
    `  theme: "${random.pick(program.themes)}"`,
    'interventions:',
    ...random.sample(program.interventions, 3).map((item) => `  - ${item}`),
    'dynamics: Cohesive; members gave each other specific feedback and stayed on task.',
    `count: ${problem === 'count-mismatch' ? memberCount + 1 : memberCount}`,
    'attendees:',
  ];
  members.forEach((n, index) => {
    const { display } = patientName(n);
    const late = problem === 'late-no-time' && index === 1;
    const dx =
      problem === 'unspecified-dx' && index === 0
        ? ', dx: [F41.9]'
        : random.chance(0.5)
          ? `, dx: [${programOf(n).dx[n % programOf(n).dx.length].join(', ')}]`
          : '';
    const modifiers = telehealth && problem !== 'telehealth-no-modifier' ? ', modifiers: ["95"]' : '';
    lines.push(`  - { id: ${patientId(n)}, name: ${display}, status: ${late ? 'late' : 'present'}${dx}${modifiers} }`);
  });
  if (absent !== undefined)
    lines.push(`  - { id: ${patientId(absent)}, name: ${patientName(absent).display}, status: no-show }`);
  if (problem !== 'unsigned') lines.push('signature:', '  by: Dana Reyes, LCSW', `  date: ${date}`);
  lines.push('---', '', random.pick(NARRATIVE), '');

  members.forEach((n, index) => {
    const { display } = patientName(n);
    const struggle = random.pick(STRUGGLES);
    const fill = (template, goal) =>
      template
        .replace('{struggle}', struggle)
        .replace('{goalId}', goal?.id ?? 'G1')
        .replace('{goalText}', goal?.text ?? '');
    const goal = { id: `G${random.int(1, 2)}`, text: random.pick(programOf(n).goals).toLowerCase() };
    lines.push(`## ${display} (${patientId(n)})`);
    if (problem === 'vague-section' && index === 0) {
      lines.push(VAGUE, '');
      return;
    }
    lines.push(fill(random.pick(MOOD)), fill(random.pick(PARTICIPATION)));
    if (random.chance(0.7)) lines.push(fill(random.pick(OBSERVATION)));
    lines.push(fill(random.pick(PROGRESS), goal));
    if (problem === 'risk-unassessed' && index === 0)
      lines.push('Disclosed passive thoughts of not wanting to wake up after the eviction notice.');
    else lines.push(random.pick(RISK));
    if (!(problem === 'missing-plan' && index === 0)) lines.push(fill(random.pick(PLAN)));
    if (telehealth) lines.push('Joined by video from home; location confirmed at the start of the session.');
    lines.push('');
  });
  return lines.join('\n');
}

function isoDate(date) {
  return date.toISOString().slice(0, 10);
}

/** Weekdays counting back from `last` (inclusive), oldest first. */
function weekdaysBefore(last, count) {
  const days = [];
  const cursor = new Date(`${last}T00:00:00Z`);
  while (days.length < count) {
    const weekday = cursor.getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(isoDate(cursor));
    cursor.setUTCDate(cursor.getUTCDate() - 1);
  }
  return days.reverse();
}

/**
 * Writes `<dir>/.groupnote/{roster,practice}.yaml` and `count` notes under `<dir>/notes/<yyyy>/<mm>/`.
 * Four groups meet each weekday with disjoint members (8 billable each), so the only duplicates
 * across the workspace are the ones a problem puts there on purpose. About one note in six has a problem.
 */
export async function writeWorkspace(dir, count, { groupsPerDay = 4, membersPerGroup = 8 } = {}) {
  await fs.mkdir(path.join(dir, '.groupnote'), { recursive: true });
  await fs.writeFile(path.join(dir, '.groupnote', 'roster.yaml'), rosterYaml());
  await fs.writeFile(path.join(dir, '.groupnote', 'practice.yaml'), practiceYaml());
  const random = createRandom(2026);
  const days = weekdaysBefore('2026-11-13', Math.ceil(count / groupsPerDay));
  const patients = Array.from({ length: PATIENT_COUNT }, (_, i) => i + 1);
  let written = 0;
  let problems = 0;
  for (const date of days) {
    const today = random.sample(patients, groupsPerDay * membersPerGroup + groupsPerDay);
    for (let group = 0; group < groupsPerDay && written < count; group++) {
      const members = today.slice(group * membersPerGroup, (group + 1) * membersPerGroup).sort((a, b) => a - b);
      const problem = random.chance(1 / 6) ? random.pick(PROBLEMS) : undefined;
      if (problem) problems++;
      const absent = random.chance(0.3) ? today[groupsPerDay * membersPerGroup + group] : undefined;
      const hour = 9 + group * 2;
      const text = noteText({
        members,
        date,
        seed: written + 1,
        problem,
        absent,
        start: `${String(hour).padStart(2, '0')}:00`,
        end: `${String(hour + 1).padStart(2, '0')}:00`,
      });
      const folder = path.join(dir, 'notes', date.slice(0, 4), date.slice(5, 7));
      await fs.mkdir(folder, { recursive: true });
      await fs.writeFile(path.join(folder, `${date}-group${group + 1}.group.md`), text);
      written++;
    }
  }
  return { notes: written, withProblems: problems, billablePerNote: membersPerGroup };
}

/** The notes edited in the latency runs: not on disk, dated on a day no workspace note uses. */
export function editorNote(memberCount) {
  const members = Array.from({ length: memberCount }, (_, i) => i + 1);
  return noteText({ members, date: memberCount > 12 ? '2026-11-15' : '2026-11-14', seed: 9000 + memberCount });
}
