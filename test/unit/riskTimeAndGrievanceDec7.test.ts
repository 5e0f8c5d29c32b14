/**
 * Time named by a month alone, a span that starts at a date, and another person's act as a grievance (seventh session,
 * 2026-12-06; GUIDE "Dates": two months or more before the session is `historical`). The tables are read for a
 * session on 2026-11-20 (TEST_SESSION_DATE). Each reading has paraphrases and near-misses:
 *  - a month named without a year after the event it dates is its latest occurrence up to the session: "last used
 *    heroin in August" is past, "relapsed in October" (a month before) is not, and a month with a later year ("in
 *    March 2027") is the future;
 *  - a month after an intention, a schedule, a release or an occasion to come is the next one ("plans to ... in
 *    February", "is up for parole in March", "when the anniversary comes in January"), and hides only the past
 *    reading: the intention still makes the act hypothetical;
 *  - a "since" clause dates where a span to now begins ("most nights since his wife died in September"), and "a year
 *    since" dates the event after it;
 *  - the agent of an event is another person ("the drunk driver who killed her son", "the gunman");
 *  - approach and reckoning told together in the member's own words are the member's, even after another person's
 *    act (the grievance) in the sentence before.
 */
import { riskTable } from '../support/riskTable';

riskTable('a month named alone', [
  ['Quentin last used heroin in August; 14 weeks clean.', 'substance', 'historical', 'used heroin'],
  ["She said she last drank in early July, at her cousin's wedding.", 'substance', 'historical', 'drank'],
  ['He overdosed on oxycodone in May.', 'overdose', 'historical', 'overdosed'],
  ['He relapsed in October after the layoff.', 'substance', 'current', 'relapsed'],
  ['He used heroin in November, twice.', 'substance', 'current', 'used heroin'],
  [
    'Pt says he plans to have "two or three beers, tops" at the wedding in March 2027.',
    'substance',
    'current',
    'two or three beers',
  ],
]);

riskTable('a month to come', [
  [
    'Kwame said he plans to "have a few beers at the Super Bowl party in February, I\'ve earned it."',
    'substance',
    'current',
    'have a few beers',
  ],
  [
    'He worries he will "go back to the bottle" when the anniversary comes in January.',
    'substance',
    'hypothetical',
    'go back to the bottle',
  ],
  [
    'Says the man who carjacked him is up for parole in March and he "keeps picturing running him over."',
    'violence',
    'current',
    'running him',
  ],
]);

riskTable('a span from a date to now', [
  [
    'Walter has been drinking "most of a bottle of Scotch a night" since his wife died in September.',
    'substance',
    'current',
    'most of a bottle of Scotch a night',
  ],
  [
    'Stan reports he has been "having my usual three or four scotches at night" since his wife died in August.',
    'substance',
    'current',
    'three or four scotches at night',
  ],
  ['She has been cutting on and off since early August.', 'self-harm', 'current', 'cutting'],
  ['Said it has been a year since her overdose and that she carries Narcan now.', 'overdose', 'historical', 'overdose'],
]);

riskTable('the agent of an event is another person', [
  ['She talked about the drunk driver who killed her son in 2023.', 'violence', 'other', 'killed her son'],
  ['A drunk driver killed her daughter two years ago.', 'violence', 'other', 'killed her daughter'],
  ['He said the gunman shot his cousin outside the store.', 'violence', 'other', 'shot his cousin'],
  ['She said her attacker hit her again last week.', 'violence', 'other', 'hit her'],
  ['He said he shot his cousin by accident while hunting.', 'violence', 'current', 'shot his cousin'],
]);

riskTable("approach and reckoning in the member's own words after another person's act", [
  [
    'Learned the drunk driver who killed his son may be paroled in January. Said "if they let him out I\'ll be ' +
      'waiting at the gate for him, and that\'ll be the end of it."',
    'violence',
    'current',
    "I'll be waiting at the gate for him",
  ],
  [
    "He talked about the man who killed his son. Said \"I'll be waiting at the gate for him, and that'll be the " +
      'end of it."',
    'violence',
    'current',
    "I'll be waiting at the gate for him",
  ],
  ['He talked about the man who killed his son.', 'violence', 'other', 'killed his son'],
]);

// A screen item answered in its own row: the bare "no" closing the item negates it, and the row's "yes" keeps that
// "no" from reaching back over the item before it; "no joke" and "no question" close nothing.
riskTable('a screen row answered item by item', [
  [
    'C-SSRS screener with writer after group: wish to be dead yes; active thoughts no; suicidal behaviour no.',
    'suicide',
    'negated',
    'active thoughts',
  ],
  [
    'C-SSRS screener with writer after group: wish to be dead yes; active thoughts no; suicidal behaviour no.',
    'suicide',
    'current',
    'wish to be dead',
  ],
  [
    'Writer met with her after group: ASQ wish yes, thoughts of killing herself no, past attempt no.',
    'suicide',
    'negated',
    'thoughts of killing herself',
  ],
  ['C-SSRS: thoughts of killing himself yes, method yes, intent no.', 'suicide', 'current', 'method yes'],
  ['He said he wants to die, no joke.', 'suicide', 'current', 'wants to die'],
  ['Said "if I had my gun that night I would have shot him, no question."', 'violence', 'hypothetical', 'shot him'],
]);
