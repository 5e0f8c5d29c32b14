/**
 * The answer to a screening question read from its clause (context.ts readAnswer; the "answers helper" block of
 * lexicons/context.yaml; eval/GUIDE.md F3 and F3.1): after a verb or label of answering, a clear no denies what was
 * asked, anything else said back affirms it, and nothing said leaves the question unanswered (hypothetical).
 * Rows: [sentence, category, expected status of the mention overlapping `cue`, cue].
 */
import { riskTable as table } from '../support/riskTable';

const CSSRS_FORM =
  'Have you wished you were dead or wished you could go to sleep and not wake up? Yes\n' +
  'Have you actually had any thoughts of killing yourself? No';

table('anything said back after a question short of a clear no is a yes', [
  [
    'Asked her directly whether she has had thoughts of killing herself this week; she said "most nights, lately."',
    'suicide',
    'current',
    'thoughts of killing herself',
  ],
  ['Asked about SI; he said it has been a rough stretch since the layoff.', 'suicide', 'current', 'SI'],
  [
    'Screened for HI after the fight. He replied that it crosses his mind when he sees the truck.',
    'violence',
    'current',
    'HI',
  ],
  ['Asked about urges to cut; she stated "here and there, when my dad yells."', 'self-harm', 'current', 'urges to cut'],
  [
    'Asked whether he had been drinking since Friday; he shrugged and said "you know how weekends go."',
    'substance',
    'current',
    'drinking',
  ],
  [
    'Asked if the thoughts of dying had come back - "not like before, but last night, yeah."',
    'suicide',
    'current',
    'thoughts of dying',
  ],
  ['Asked about SI; she said: "some days are worse than others."', 'suicide', 'current', 'SI'],
]);

table('a "not" that concedes part of what was asked is a yes (F3.2)', [
  [
    'Asked directly about suicidal thoughts; she said "not to do anything, just to be with him."',
    'suicide',
    'current',
    'suicidal thoughts',
  ],
]);

table('a refusal to answer is a recorded answer short of a no', [
  [
    'Asked whether she has had urges to cut since Friday; she looked away and said she does not want to talk about it.',
    'self-harm',
    'current',
    'urges to cut',
  ],
  [
    'In the past month, have you had any thoughts of killing yourself? Pt: "I would rather not say."',
    'suicide',
    'current',
    'thoughts of killing yourself',
  ],
]);

table('a clear no in the answer clause denies what was asked', [
  [
    'Asked directly about HI toward his brother; stated he has never once thought about it.',
    'violence',
    'negated',
    'HI',
  ],
  ['Asked about SI; she said no, not since the hospital.', 'suicide', 'negated', 'SI'],
  ['Asked about cravings at work; reports none this week.', 'substance', 'negated', 'cravings'],
  [
    'Asked about urges to cut on the diary card; stated he hasn\'t, "just wondering."',
    'self-harm',
    'negated',
    'urges to cut',
  ],
  [
    'I asked him whether he had meant to hurt himself; he said clearly no, he "just wanted to sleep."',
    'self-harm',
    'negated',
    'hurt himself',
  ],
  [
    'Asked about urges to use; he said they stopped once he started the Sublocade.',
    'substance',
    'negated',
    'urges to use',
  ],
]);

table('a question with nothing said back stays unanswered', [
  ['Q: any thoughts of hurting yourself? A:', 'self-harm', 'hypothetical', 'thoughts of hurting yourself'],
  [
    'Writer began to ask about thoughts of self-harm but pt was called out before answering.',
    'self-harm',
    'hypothetical',
    'thoughts of self-harm',
  ],
  [
    'Role-played asking Fiona "are you thinking about killing yourself?" and then practised listening.',
    'suicide',
    'hypothetical',
    'thinking about killing yourself',
  ],
  // A statement in the next sentence opened by "said" is not an answer (only "replied", "answered", "A:" carry over).
  [
    'Asked whether scratching counts as self-harm. Said she keeps her diary card daily.',
    'self-harm',
    'hypothetical',
    'self-harm',
  ],
]);

table('a question-and-answer or C-SSRS yes/no form is answered by its Y/N or Yes/No', [
  ['1. Wish to be dead? Y', 'suicide', 'current', 'Wish to be dead'],
  ['3. Thoughts with method? N', 'suicide', 'negated', 'Thoughts with method'],
  [CSSRS_FORM, 'suicide', 'current', 'wished you were dead'],
  [CSSRS_FORM, 'suicide', 'negated', 'thoughts of killing yourself'],
  [
    'Q: any thoughts of hurting yourself? A: "sometimes, when my mom yells."',
    'self-harm',
    'current',
    'thoughts of hurting yourself',
  ],
  ['Q: any thoughts of hurting others? A: no.', 'violence', 'negated', 'thoughts of hurting others'],
  ['Wish to be dead? ___', 'suicide', 'hypothetical', 'Wish to be dead'],
]);

table('the answer in a comma clause the member opens, after long asked-about words', [
  [
    'When I asked if he\'d smoked since his mom took the cart, he grinned and said "maybe once."',
    'substance',
    'current',
    "'d smoked",
  ],
  ["When I asked if he'd smoked since his mom took the cart, he said no.", 'substance', 'negated', "'d smoked"],
  ['Asked about SI since the last session with her old therapist, she said "never."', 'suicide', 'negated', 'SI'],
  [
    'When asked about urges to cut since the breakup with her girlfriend, she said "a few times."',
    'self-harm',
    'current',
    'urges to cut',
  ],
  // near-misses: a later clause that someone else opens, or one far from the question, answers nothing
  [
    "When I asked if he'd smoked since his mom took the cart, his mom said he has been grounded.",
    'substance',
    'hypothetical',
    "'d smoked",
  ],
]);
