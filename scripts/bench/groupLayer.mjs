// The group layer of a weekly session in the history workspace (issue 14): the theme follows the programme's
// curriculum week by week (and comes round again), and the narrative is written for the session: how it opened,
// what homework was reviewed, the main exercise on the theme, how the group worked, how it closed. Two sessions
// of a group share a theme, an intervention or a sentence now and then, as real notes do, but a whole layer only
// when it was carried forward (GN708's finding).

/** Twelve-week curricula by programme (the `group.type` of generate.mjs's PROGRAMS). */
const CURRICULA = {
  'CBT-based anxiety management group': [
    'Coping with anticipatory anxiety and avoidance',
    'Challenging catastrophic predictions',
    'Building an exposure hierarchy',
    'The anxiety cycle: thoughts, body, behaviour',
    'Worry time and postponing worry',
    'Safety behaviours and why they keep fear going',
    'Interoceptive exposure to body sensations',
    'Tolerating uncertainty',
    'Assertive communication when anxious',
    'Sleep and anxiety',
    'Self-compassion after setbacks',
    'Relapse prevention and maintaining gains',
  ],
  'DBT skills group': [
    'Distress tolerance: TIPP and self-soothe',
    'Emotion regulation: checking the facts',
    'Interpersonal effectiveness: DEAR MAN',
    'Wise mind and observing without judgement',
    'Radical acceptance',
    'Opposite action',
    'Building positive experiences and the PLEASE skills',
    'GIVE and FAST: keeping relationships and self-respect',
    'Pros and cons before acting on urges',
    'Mindfulness of current emotion',
    'Validation of self and others',
    'Problem solving and the chain of events',
  ],
  'Relapse prevention group (substance use)': [
    'Identifying high-risk situations',
    'Urge surfing and cravings',
    'Repairing relationships in early recovery',
    'Managing boredom and unstructured time',
    'Refusal skills with old contacts',
    'Lapse versus relapse',
    'Stress and the HALT check',
    'Building a sober support network',
    'Holidays and celebrations in recovery',
    'Money, work and recovery',
    'Shame, guilt and making amends',
    'Writing a personal relapse prevention plan',
  ],
  'Depression process group': [
    'Behavioral activation and weekly scheduling',
    'Self-criticism and the inner critic',
    'Reconnecting with valued activities',
    'Rumination and getting unstuck',
    'Sleep, energy and daily routine',
    'Loneliness and reaching out',
    'Grief and loss',
    'Anger turned inward',
    'Small goals and noticing progress',
    'Family expectations',
    'Hopelessness and reasons to keep going',
    'Looking back on the work of the group',
  ],
};

const OPENINGS = [
  'Session opened with a brief mindfulness exercise and check-in ratings of mood and stress.',
  'The group began with a round of check-ins in which each member named one high and one low point of the week.',
  'Members arrived on time; the facilitator opened with a two-minute grounding exercise.',
  'The session started ten minutes late after a fire drill, so check-in was shortened to one sentence each.',
  'Opened by revisiting the group agreements after phones had been a distraction the week before.',
  'Check-in began with each member rating urges and distress on a 0 to 10 scale.',
];

const REVIEWS = [
  'Homework review: {done} of {all} members completed the practice log; the barriers named were time and forgetting.',
  "Reviewed last week's practice assignment; most members had tried it at least once and said what got in the way.",
  'Members shared examples of using the previous skill during the week; the facilitator asked for specific situations.',
  'No homework was reviewed this week because the previous session had been cancelled for the holiday.',
  'The facilitator followed up with the members who had reported a hard week at the last session.',
  'Two members brought written examples from their workbooks and read them aloud for feedback.',
];

const MAIN = [
  'The main exercise focused on {theme}, worked through on {example}; members then practised in pairs.',
  'Members worked through a worksheet on {theme}, starting from {example} that one member brought.',
  "The facilitator modelled the skill for {theme} on a volunteer's situation, {example}, and each member rehearsed it.",
  'A role-play on {theme} took most of the session, built around {example}, with members rotating roles.',
  'The group discussed {theme} using {example} as the example, then members named where it applied to them.',
  'Psychoeducation on {theme} was brief; most of the time went to {example} and what members would do in it.',
];

/** The worked example of the main exercise: what a member brought that week. */
const EXAMPLES = [
  'a missed deadline at work',
  'an argument with a partner over money',
  'a family dinner that went badly',
  'a job interview',
  'a phone call to a doctor that kept being put off',
  'a neighbour playing loud music late at night',
  'a friend who stopped answering texts',
  'a crowded bus ride',
  'a performance review',
  'an unexpected bill',
  'a child refusing to go to school',
  'a weekend alone',
  'a wedding invitation',
  'a relapse dream',
  'an apology that was not accepted',
  'a visit from a parent',
  'a court date',
  'a first day at a new job',
  'a cancelled plan with a sibling',
  'a landlord asking for the rent early',
];

const DYNAMICS = [
  "One member challenged another's all-or-nothing thinking, and the exchange was processed as a group.",
  'The group was quieter than usual; the facilitator used direct invitations to bring everyone in.',
  'A newer member asked for help, and two longer-standing members described what had worked for them.',
  'Tension arose about lateness; members agreed to raise it at the start of the next session.',
  'Members laughed together while sharing failed attempts, which eased the discussion of setbacks.',
  'Cross-talk was high in the first half, and the facilitator redirected the group to one speaker at a time.',
  'Members gave each other specific, warm feedback and stayed on task throughout.',
];

const CLOSINGS = [
  'The session closed with each member naming one step for the coming week.',
  'Closed with a summary of the skill and a handout for home practice.',
  'Members set individual practice goals and rated their confidence from 0 to 10.',
  "Ended with a brief relaxation exercise and a reminder of next week's topic.",
  'The facilitator assigned the next worksheet and asked members to bring one example to group.',
];

/**
 * The theme and the narrative of week `week` of a group of the programme `type`; `offset` places the group in its
 * curriculum (groups of one programme started at different times). `random`: random.mjs's generator.
 */
export function sessionLayer({ type, week, offset, random }) {
  const curriculum = CURRICULA[type];
  if (!curriculum) throw new Error(`no curriculum for ${type}`);
  const theme = curriculum[(week + offset) % curriculum.length];
  const all = 8;
  const sentences = [
    random.pick(OPENINGS),
    random
      .pick(REVIEWS)
      .replace('{done}', String(random.int(2, all)))
      .replace('{all}', String(all)),
    random
      .pick(MAIN)
      .replace('{theme}', theme.charAt(0).toLowerCase() + theme.slice(1))
      .replace('{example}', random.pick(EXAMPLES)),
  ];
  const [first, second] = random.sample(EXAMPLES, 2);
  sentences.push(`Other situations members raised were ${first} and ${second}.`);
  if (random.chance(0.8)) sentences.push(random.pick(DYNAMICS));
  sentences.push(random.pick(CLOSINGS));
  return { theme, narrative: sentences.join(' ') };
}
