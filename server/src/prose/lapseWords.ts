/**
 * What tells a lapse from the urge before it, for the progress readings of a lapse (goalLapses.ts on a named day,
 * elements.ts over the interval since the last session).
 */

/**
 * A mention that tells an urge, a craving or a thought, not the act ("urge to cut like a 7 Tuesday", "strong cravings
 * Saturday", "thoughts of harming others since last group", "white-knuckled it" through one): a neighbouring state,
 * not the behaviour the goal counts (eval/GUIDE.md, "Goal links": cravings do not link a use goal; GN301: "suicidal
 * thoughts against a safety goal: a thought is not a behaviour the goal counts").
 */
const ONLY_AN_URGE =
  /\b(?:crav\w*|urges?|itch|want\w*|tempt\w*|thoughts?|thinking|ideation|feel\s+like|white[\s-]*knuckl\w*)\b/i;
/** Words of the act itself beside an urge ("craved it and drank anyway"). */
const THE_ACT = new RegExp(
  String.raw`\b(?:drank|drunk|used|using|relapsed?|lapsed?|slipped|smoked|shot\s+up|picked\s+up|burned|scratched|` +
    String.raw`punched|shoved)\b`,
  'i',
);

/** Whether a risk mention's words tell only the urge or thought, with no act beside it. */
export function onlyAnUrge(text: string): boolean {
  return ONLY_AN_URGE.test(text) && !THE_ACT.test(text);
}
