/**
 * Prose detectors for telehealth documentation, one sentence at a time (see statementCoverage.ts
 * for which attendees a sentence covers).
 *
 * - `statesVideoNotUsable` (GN503): the patient could not, or would not, use video - the condition
 *   42 CFR 410.78(a)(3) puts on audio-only mental-health services ("declined video", "no camera",
 *   "does not have a device that supports video", "audio-only at patient request", "lacks broadband").
 * - `statesPatientLocation` (GN505): where the patient was during the session ("located at home",
 *   "joined from her car in a parked lot", "Location: home, Anytown NY", "verified location").
 *
 * Both look for a statement, not a keyword: "reported conflict at home" is not a location, "watched a
 * video on panic" is not a reason for audio-only.
 */

const NOT = String.raw`(?:not|n['’]t|never|no)`;
const VIDEO_WORD = String.raw`(?:video|camera|webcam|web\s?cam|face\s?time|zoom|screen)`;
const DEVICE = String.raw`(?:camera|webcam|web\s?cam|smart\s?phone|computer|laptop|tablet|ipad|(?:video[- ]capable|video[- ]enabled|compatible|suitable|capable)\s+(?:device|phone)|device\s+(?:that|which|able\s+to|capable\s+of)\s+(?:supports?|runs?|handles?|can\s+(?:do|run|handle|support))\s+video|broadband|high[- ]speed\s+internet|internet(?:\s+(?:access|connection|service))?|wi-?fi|data\s+plan|bandwidth|video\s+(?:capability|capabilities|access|connection|device))`;

/**
 * One phrasing. `negatable`: does not count right after "did not", "never" ... ("did not decline video").
 * `patientSubject`: does not count when the clinician is the subject ("the facilitator's camera failed",
 * "I joined from the clinic"): only the patient's side matters.
 */
export interface StatementPattern {
  pattern: RegExp;
  negatable?: boolean;
  patientSubject?: boolean;
}

/** Phrasings of "could not or would not use video". */
export const VIDEO_NOT_USABLE_PATTERNS: readonly StatementPattern[] = [
  // declined / refused video, declined to turn on her camera, refuses to be on camera
  {
    pattern: new RegExp(
      String.raw`\b(?:declin|refus)\w*\s+(?:to\s+(?:use|turn\s+on|switch\s+on|enable|join\s+(?:by|via|on|with)|be\s+on|appear\s+on|participate\s+(?:by|via|on))\s+)?(?:the\s+|a\s+|his\s+|her\s+|their\s+)?${VIDEO_WORD}`,
      'i',
    ),
    negatable: true,
  },
  // video declined / video was refused
  {
    pattern: new RegExp(String.raw`\b${VIDEO_WORD}\s+(?:\w+\s+)?(?:was\s+|were\s+)?(?:declined|refused)\b`, 'i'),
    negatable: true,
  },
  // does not have a camera / doesn't own a smartphone / has no device that supports video / lacks broadband
  {
    pattern: new RegExp(
      String.raw`\b(?:(?:does|did|do)\s*${NOT}\s+(?:have|own|possess)|has\s+no|had\s+no|have\s+no|lacks?|lacking|without(?:\s+access\s+to)?|no\s+access\s+to|no)\s+(?:access\s+to\s+)?(?:a\s+|an\s+|any\s+)?(?:working\s+|functioning\s+|functional\s+|reliable\s+|adequate\s+|sufficient\s+|stable\s+|private\s+)?${DEVICE}`,
      'i',
    ),
    patientSubject: true,
  },
  // unable to use video / could not connect by video / can't get her camera to work / not able to join on video
  {
    pattern: new RegExp(
      String.raw`\b(?:unable|not\s+able|could\s*${NOT}|couldn['’]t|cannot|can['’]t|can\s+not|was\s+${NOT}\s+able|were\s+${NOT}\s+able)\s+(?:to\s+)?(?:use|access|connect|join|get|turn\s+on|enable|operate|manage|work|establish|do|participate|log\s+on|set\s+up|make)\b[^.;]{0,40}?\b${VIDEO_WORD}`,
      'i',
    ),
  },
  // audio-only at patient request / phone per member's preference / audio only by client choice
  {
    pattern: new RegExp(
      String.raw`\b(?:audio[- ]?only|audio|phone|telephone)\b[^.;]{0,40}?\b(?:at|per|by|due\s+to|because\s+of)\s+(?:the\s+)?(?:patient|pt|member|client|his|her|their)(?:['’]s?)?\s+(?:own\s+|explicit\s+|stated\s+)?(?:request|preference|choice|wish(?:es)?|decision)`,
      'i',
    ),
    negatable: true,
  },
  // patient requested audio-only / she prefers phone / chose to join by phone / opted for audio
  {
    pattern: new RegExp(
      String.raw`\b(?:requested|requests|asked\s+for|asked\s+to\s+(?:join|participate|attend)\s+(?:by|via|on)|prefer(?:s|red)?|chose|chooses|elected|elects|opted|opts|wanted|wants|insisted\s+on)\s+(?:to\s+(?:join|participate|attend|stay|remain|continue)\s+(?:by|via|on|with)\s+)?(?:an?\s+|the\s+)?(?:for\s+)?(?:audio[- ]?only|audio|phone|telephone|voice[- ]only)\b(?!\s+(?:numbers?|list|contact|call\s+list|tree))`,
      'i',
    ),
    negatable: true,
  },
  // does not consent to video / did not want to be on camera / would not turn on the camera
  {
    pattern: new RegExp(
      String.raw`\b(?:(?:does|did|do|would|will)\s*${NOT}|won['’]t|wouldn['’]t|didn['’]t|doesn['’]t)\s+(?:consent|agree|want|wish|like)\s+(?:to\s+)?(?:use\s+|be\s+on\s+|appear\s+on\s+|join\s+(?:by|via|on|with)\s+|turn\s+on\s+)?(?:the\s+|a\s+|his\s+|her\s+|their\s+)?${VIDEO_WORD}`,
      'i',
    ),
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:would|will)\s*${NOT}\s+(?:use|turn\s+on|switch\s+on|join\s+(?:by|via|on))\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+)?${VIDEO_WORD}`,
      'i',
    ),
  },
  { pattern: new RegExp(String.raw`\bno\s+consent\s+(?:to|for)\s+(?:the\s+)?${VIDEO_WORD}`, 'i') },
  // not comfortable on camera / uncomfortable with video
  {
    pattern: new RegExp(
      String.raw`\b(?:not|un)\s?comfortable\s+(?:on|with|using|being\s+on|appearing\s+on)\s+(?:the\s+|a\s+)?${VIDEO_WORD}`,
      'i',
    ),
  },
  // camera not working / video would not connect / her video failed / webcam is broken
  {
    pattern: new RegExp(
      String.raw`\b${VIDEO_WORD}\s+(?:\w+\s+)?(?:is\s+|was\s+|were\s+|has\s+been\s+)?(?:not\s+working|broken|unavailable|not\s+available|failed|kept\s+(?:freezing|dropping|failing)|would\s*${NOT}\s+(?:connect|work|load|turn\s+on)|wouldn['’]t\s+(?:connect|work|load|turn\s+on)|did\s*${NOT}\s+(?:connect|work|load)|could\s*${NOT}\s+(?:connect|be\s+established)|could\s+not\s+connect)`,
      'i',
    ),
    patientSubject: true,
  },
  // poor connectivity / unstable internet / no cell signal / lives in an area without broadband
  {
    pattern:
      /\b(?:limited|poor|unstable|unreliable|insufficient|inadequate|weak|spotty|intermittent|no)\s+(?:broadband|bandwidth|internet|connectivity|connection|wi-?fi|cell(?:ular)?\s+(?:signal|service|coverage|data)|signal)\b/i,
    patientSubject: true,
  },
  {
    pattern:
      /\b(?:lives?|living|located|resides?)\s+in\s+an?\s+(?:rural\s+)?area\s+(?:without|with\s+no|lacking|with\s+poor|with\s+limited)\s+(?:broadband|internet|coverage|connectivity)/i,
  },
];

/** Phrasings of where the patient was during the session. */
export const PATIENT_LOCATION_PATTERNS: readonly StatementPattern[] = [
  // "patient location: home", "confirmed her location", "physical location verified", "member's location"
  { pattern: /\b(?:patient|pt|member|client|participant)(?:['’]s|s['’])?\s+(?:physical\s+|current\s+)?locations?\b/i },
  { pattern: /\b(?:his|her|their|physical|current|own)\s+locations?\b/i, negatable: true },
  // "Location: home, Anytown NY", "location was verified", "location - home"
  { pattern: /\blocations?\s*(?::|-|–|—|=)\s*\S/i },
  {
    pattern:
      /\blocations?\s+(?:was\s+|were\s+|is\s+|are\s+)?(?:verified|confirmed|documented|noted|obtained|reported|stated|given)\b/i,
    negatable: true,
  },
  // "verified location", "confirmed each member's location and address", "documented the patient's address"
  {
    pattern:
      /\b(?:verified|confirmed|documented|obtained|noted|recorded|asked\s+for)\s+(?:the\s+|each\s+|every\s+|all\s+)?(?:patient(?:['’]s|s['’])?\s+|pt['’]?s?\s+|member(?:['’]s|s['’])?\s+|client(?:['’]s|s['’])?\s+|his\s+|her\s+|their\s+|current\s+|physical\s+)*(?:locations?|address(?:es)?|whereabouts)\b/i,
    negatable: true,
  },
  { pattern: /\b(?:address|whereabouts)\s+(?:was\s+|were\s+)?(?:verified|confirmed|documented)\b/i, negatable: true },
  // "located at home", "located in her office in Albany"
  { pattern: /\blocated\s+(?:at|in|on)\b/i, patientSubject: true, negatable: true },
  // "joined from her car", "participated from home", "called in from work", "connected by video from her office"
  {
    pattern:
      /\b(?:join(?:ed|ing|s)?|participat(?:ed|ing|es)|connect(?:ed|ing|s)?|call(?:ed|ing|s)?(?:\s+in)?|dial(?:l?ed|l?ing|s)?\s+in|log(?:ged|s)?\s+(?:in|on)|attend(?:ed|ing|s)?|phon(?:ed|es)\s+in|was\s+on\s+(?:the\s+)?(?:call|video|line)|appeared)\s+(?:(?:the|this|today['’]s|group|session|meeting|call|by|via|on|video|phone|zoom|telehealth|audio|again|remotely|virtually|tonight|today)\s+){0,4}from\s+(?!(?:the\s+)?(?:start|beginning|outset|first|end)\b|then\b|now\b|\d)[A-Za-z]/i,
    patientSubject: true,
    negatable: true,
  },
  // "is at home", "remained in her car", "pt at home"
  {
    pattern:
      /\b(?:is|are|remained|remains|stayed|stays|currently|presently)\s+(?:at|in)\s+(?:(?:his|her|their|the|a|an|own|patient['’]s|member['’]s|client['’]s)\s+)?(?:(?:own|parked|private|quiet)\s+)?(?:home|house|apartment|residence|car|vehicle|office|workplace|dorm|room|bedroom|kitchen)\b/i,
    patientSubject: true,
    negatable: true,
  },
  // "was at home for the session" (past tense only with the session named: "was at work when the panic started" is not a location)
  {
    pattern:
      /\b(?:was|were)\s+(?:at|in)\s+(?:(?:his|her|their|the|a|an|own)\s+)?(?:(?:own|parked|private|quiet)\s+)?(?:home|house|apartment|residence|car|vehicle|office|workplace|dorm|room|bedroom)\b[^.;]{0,40}?\b(?:for|during|throughout)\s+(?:the\s+|this\s+|today['’]s\s+)?(?:session|group|call|meeting|visit)\b/i,
    patientSubject: true,
    negatable: true,
  },
  {
    pattern:
      /\b(?:patient|pt|member|client)\s+(?:at|in)\s+(?:(?:his|her|their|own)\s+)?(?:home|residence|apartment|car|vehicle|office)\b/i,
  },
  // "in a parked car", "from her parked vehicle"
  {
    pattern: /\b(?:in|from)\s+(?:a|an|her|his|their|the)\s+parked\s+(?:car|vehicle|truck|van)\b/i,
    patientSubject: true,
  },
];

/** The clinician (not the patient) as the subject or owner just before a match: "the facilitator's camera", "I joined from". */
const CLINICIAN_BEFORE =
  /(?:^|\b)(?:(?:the\s+)?(?:co-?)?(?:facilitator|therapist|clinician|provider|leader|writer|counselor|clinic|office|practice)(?:['’]s)?|i|we|my|our)\s+(?:\w+\s+){0,2}$/i;

function negatedBefore(sentence: string, index: number): boolean {
  const before = sentence.slice(Math.max(0, index - 24), index);
  return /\b(?:not|never|n['’]t|no\s+longer|without)\s+(?:\w+\s+){0,2}$/i.test(before);
}

function matches(sentence: string, { pattern, negatable, patientSubject }: StatementPattern): boolean {
  const match = pattern.exec(sentence);
  if (!match) return false;
  if (negatable && negatedBefore(sentence, match.index)) return false;
  if (patientSubject && CLINICIAN_BEFORE.test(sentence.slice(Math.max(0, match.index - 40), match.index))) return false;
  return true;
}

/** Whether the sentence states that the patient could not or would not use video. */
export function statesVideoNotUsable(sentence: string): boolean {
  return VIDEO_NOT_USABLE_PATTERNS.some((entry) => matches(sentence, entry));
}

/** Whether the sentence states where the patient was during the session. */
export function statesPatientLocation(sentence: string): boolean {
  return PATIENT_LOCATION_PATTERNS.some((entry) => matches(sentence, entry));
}
