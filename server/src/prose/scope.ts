/**
 * Scope-of-service detectors: didactic delivery vs. processing (GN701), and activities that are not
 * psychotherapy (GN702).
 */
import { compileLexicon, hasMatch, matchLexicon, mergeOverlapping, someMatch, type Match } from './lexicon';
import { wordAlternation } from './regexParts';

/** Didactic delivery: the facilitator lectures, shows, hands out. */
export const DIDACTIC = compileLexicon([
  wordAlternation([
    'lectur(?:e|es|ed|ing)',
    'didactic(?:ally)?',
    'psycho-?educat(?:ion|ional|ed)',
    'psych\\s+ed',
    'video(?:s)?',
    'film',
    'documentary',
    'handouts?',
    'hand-outs?',
    'slides?',
    'slideshow',
    'power\\s*point',
    'informational\\s+(?:session|presentation|material)',
    'educational\\s+(?:session|presentation|material|video|content)',
    'read(?:ing)?\\s+aloud\\s+from',
    'presentation\\s+(?:on|about|of)',
  ]),
  new RegExp(
    String.raw`\b(?:presented|provided|reviewed|distributed|gave)\s+` +
      String.raw`(?:(?:information|material|materials|slides|a\s+handout|handouts|an?\s+overview|a\s+video|` +
      String.raw`a\s+lecture|a\s+presentation|education)\b)`,
    'i',
  ),
  /\b(?:educated|taught|instructed|informed)\s+(?:the\s+)?(?:group|members|clients|patients|participants)\b/i,
  /\b(?:education|information)\s+(?:on|about|regarding)\b/i,
  /\bwatched\b/i,
]);

/** Processing: members work with the material themselves. */
export const PROCESSING = compileLexicon([
  wordAlternation([
    'explor(?:e|es|ed|ing)',
    'process(?:ed|ing)',
    'practi[sc](?:e|es|ed|ing)',
    'role[- ]?play(?:s|ed|ing)?',
    'rehears(?:e|es|ed|ing|al)',
    'feedback',
    'in[- ]vivo',
    'personali[sz](?:e|ed|ing)',
    'chain\\s+analysis',
    'experiential',
  ]),
  new RegExp(
    String.raw`\b(?:discuss(?:ed|ing)?|talk(?:ed|ing)?\s+about|reflect(?:ed|ing)?\s+on|identif(?:y|ied|ying)|` +
      String.raw`describ(?:e|ed|ing)|explain(?:ed|ing)?|shar(?:e|ed|ing))\s+how\s+` +
      String.raw`(?:it|this|these|that|those|the\s+[\w-]+(?:\s+[\w-]+)?)\s+` +
      String.raw`(?:appl(?:y|ies|ied)|relate[sd]?|fit|fits|show(?:s|ed)?\s+up|affect(?:s|ed)?)\b`,
    'i',
  ),
  /\bappl(?:y|ied|ying)\s+(?:it|this|these|the\s+[\w-]+(?:\s+[\w-]+)?)\s+to\s+(?:their|his|her|a|an|own|my)\b/i,
  /\brelat(?:e|ed|ing)\s+(?:it|this|the\s+[\w-]+(?:\s+[\w-]+)?)\s+to\s+(?:their|his|her|own|my)\b/i,
  new RegExp(
    String.raw`\b(?:completed|led|guided|facilitated)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}` +
      String.raw`(?:exercise|practice|role[- ]?play|exposure|worksheet)\b`,
    'i',
  ),
  /\bskills?\s+practice\b/i,
]);

export function findDidactic(text: string, base = 0): Match[] {
  return matchLexicon(DIDACTIC, text, base);
}

export function findProcessing(text: string, base = 0): Match[] {
  return matchLexicon(PROCESSING, text, base);
}

/** `findProcessing(text).length > 0`, stopping at the first match. */
export function hasProcessing(text: string): boolean {
  return hasMatch(PROCESSING, text);
}

/** `findDidactic(text, base)[0]`, without reading past the first merged match. */
export function firstDidacticMatch(text: string, base = 0): Match | undefined {
  let first: Match | undefined;
  someMatch(DIDACTIC, text, base, (match) => ((first = match), true));
  return first;
}

export type ExcludedKind =
  'socialization' | 'recreation' | 'art/music activity' | 'exercise' | 'meal' | 'outing' | 'games' | 'movie';

/** Always excluded, whatever else the theme says. */
const STRONG_EXCLUDED: { kind: ExcludedKind; pattern: RegExp }[] = [
  {
    kind: 'socialization',
    pattern: wordAlternation([
      'sociali[sz](?:ation|ing|e)',
      'social\\s+(?:hour|time|club|outing|gathering|event|activity|activities)',
      'hang(?:ing)?\\s*-?out',
      'coffee\\s+(?:hour|social|and\\s+conversation)',
      'drop-in\\s+social',
    ]),
  },
  {
    kind: 'recreation',
    pattern: wordAlternation([
      'recreation(?:al)?',
      'leisure',
      'fun\\s+(?:activity|activities|day|time)',
      'party',
      'parties',
      'celebration',
      'karaoke',
      'crafts',
      'arts\\s+and\\s+crafts',
      'craft\\s+(?:activity|project|time|group|hour)',
      'colou?ring',
      'scrapbooking',
      'knitting',
      'gardening',
    ]),
  },
  {
    kind: 'art/music activity',
    pattern: wordAlternation([
      'music\\s+(?:listening|appreciation|hour|time|jam)',
      'listening\\s+to\\s+music',
      'sing-?along',
      'drum(?:ming)?\\s+circle',
      'jam\\s+session',
      'painting\\s+(?:class|session|activity)',
    ]),
  },
  {
    kind: 'games',
    pattern: /\b(?:games?|bingo|trivia|board\s+games?|card\s+games?|playing\s+cards|puzzles|game\s+night)\b/i,
  },
  { kind: 'movie', pattern: /\b(?:movies?|films?|cinema|movie\s+night|film\s+screening)\b/i },
  {
    kind: 'meal',
    pattern: /\b(?:meals?|lunch(?:eon)?|dinner|breakfast|brunch|snacks?|potluck|cooking|baking|pizza|refreshments)\b/i,
  },
  {
    kind: 'outing',
    pattern: /\b(?:outings?|field\s+trips?|excursions?|community\s+trips?|shopping\s+trips?|bowling|picnic)\b/i,
  },
];

/**
 * Excluded unless the theme also names a psychotherapeutic process ("art therapy", "behavioral activation:
 * exercise planning").
 */
const WEAK_EXCLUDED: { kind: ExcludedKind; pattern: RegExp }[] = [
  {
    kind: 'art/music activity',
    pattern: /\b(?:arts?|music(?:al)?|painting|drawing|singing|dance|dancing|drumming|poetry\s+reading)\b/i,
  },
  {
    kind: 'exercise',
    pattern: wordAlternation([
      'exercis(?:e|es|ing)',
      'fitness',
      'workouts?',
      'yoga',
      'walking',
      'walks?',
      'hik(?:e|es|ing)',
      'gym',
      'sports?',
      'basketball',
      'volleyball',
      'softball',
      'stretching',
      'zumba',
      'aerobics',
      'tai\\s+chi',
      'physical\\s+activity',
    ]),
  },
];

/** Words that name a psychotherapeutic process; "therapeutic" alone does not (recreation is often called so). */
const THERAPY_MARKER = wordAlternation([
  'therapy',
  'psychotherapy',
  'psychotherapeutic',
  'processing',
  'process(?:es|ed)?',
  'behaviou?ral\\s+activation',
  'exposure',
  'cognitive',
  'trauma',
  'grief',
  'cop(?:e|ing)',
  'skills?\\s+training',
  'relapse\\s+prevention',
  'motivational',
  'emotion\\s+regulation',
  'distress\\s+tolerance',
  'interpersonal',
  'insight',
  'narratives?',
  'psychodynamic',
]);
const THERAPY_ACRONYM = /\b(?:CBT|DBT|ACT|CPT|MI|EMDR)\b/;

export interface ExcludedActivity extends Match {
  kind: ExcludedKind;
}

/**
 * Excluded activities named in a group type or theme. Decision (documented in docs/rules/GN702.md):
 * socialization, recreation, crafts, music listening, games, movies, meals and outings are excluded
 * whatever else the theme says; art, music, dance and exercise are excluded unless the same text names
 * a psychotherapeutic process ("expressive arts therapy processing trauma narratives", "behavioral
 * activation: planning exercise" pass; "art group", "walking group" fail).
 */
export function findExcludedActivities(text: string, base = 0): ExcludedActivity[] {
  const found: ExcludedActivity[] = [];
  const add = (kind: ExcludedKind, pattern: RegExp) => {
    // Non-global: exec reads from the start, whatever lastIndex says.
    const match = pattern.exec(text);
    if (match)
      found.push({
        start: base + match.index,
        end: base + match.index + match[0].length,
        text: match[0],
        entry: kind,
        kind,
      });
  };
  for (const { kind, pattern } of STRONG_EXCLUDED) add(kind, pattern);
  if (!THERAPY_MARKER.test(text) && !THERAPY_ACRONYM.test(text))
    for (const { kind, pattern } of WEAK_EXCLUDED) add(kind, pattern);
  return mergeOverlapping(found);
}
