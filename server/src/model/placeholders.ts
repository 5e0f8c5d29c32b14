/**
 * Template prompts ("placeholders"): text the project writes for the clinician to type over.
 * A prompt left in a note is not documentation and is never billed (GN108, GN803).
 *
 * The convention (docs/format.md, "Prompts"): a prompt is written inside angle brackets,
 * `<what the member did and said>`, in snippets, completion skeletons, quick fixes and the New
 * Group Note template alike, so this one detector covers every template, present and future.
 * Prompts written before the convention (plain text such as "Facilitator Name") stay recognised
 * through LEGACY_PROMPTS.
 */

/** One prompt found in a text: offsets relative to that text, and the prompt's words. */
export interface PromptMatch {
  start: number;
  end: number;
  /** The prompt as written, brackets included ("<observed progress>"). */
  text: string;
}

/**
 * Angle-bracketed text that is not a prompt: HTML tags (`<br>`, `<b>`, `</span>`) and Markdown
 * autolinks (`<https://…>`, `<name@example.org>`). `<!-- … -->` never matches (a prompt starts with a letter).
 */
const HTML_TAGS = new Set(
  'a abbr b br code del div em hr i img ins kbd li mark ol p pre s small span strong sub sup table td th tr u ul'.split(
    ' ',
  ),
);

/** `<` + a letter, up to 120 characters without brackets or a line break, `>`. */
const BRACKETED = /<([\p{L}][^<>\r\n]{0,120})>/gu;

function isPromptContent(content: string): boolean {
  if (/:\/\/|@/.test(content)) return false; // autolink or e-mail
  const tag = /^\/?([a-z][a-z0-9]*)(\s[^>]*)?\/?$/i.exec(content.trim());
  if (tag && HTML_TAGS.has(tag[1].toLowerCase()) && (!tag[2] || /=/.test(tag[2]))) return false;
  return true;
}

/**
 * Prompts that templates wrote as plain text before the marker convention (snippets, completion
 * skeletons and the New Group Note template of earlier versions). Lower case, compared without case.
 */
export const LEGACY_PROMPTS: readonly string[] = [
  'what the member did and said',
  'observed mood and affect',
  'observed progress',
  'goal in the treatment plan',
  'risk assessment (si/hi, self-harm, substance use) and response',
  'plan until the next session',
  'facilitator name',
  'session theme',
  'how members interacted with each other',
  'group type, e.g. cbt-based anxiety management group',
  'named technique, e.g. cognitive restructuring',
  'named technique, e.g. peer feedback',
  'npi (10 digits)',
  'group-level narrative: what the group worked on and how.',
  'office, city, state',
  'home, city, state',
];

const LEGACY_LENGTHS: ReadonlySet<number> = new Set(LEGACY_PROMPTS.map((prompt) => prompt.length));

/** Header values: a prompt anywhere in the value, or the whole value a legacy prompt. */
export function promptInValue(value: string): PromptMatch | undefined {
  // A prompt in brackets needs a "<" (most values have none: matchAll would copy the expression for each).
  const bracketed = value.includes('<') ? firstBracketed(value) : undefined;
  if (bracketed) return bracketed;
  const trimmed = value.trim();
  // The legacy prompts are ASCII: a value whose lower case is one has its length.
  if (LEGACY_LENGTHS.has(trimmed.length) && LEGACY_PROMPTS.includes(trimmed.toLowerCase())) {
    const start = value.indexOf(trimmed);
    return { start, end: start + trimmed.length, text: trimmed };
  }
  return undefined;
}

function firstBracketed(text: string): PromptMatch | undefined {
  for (const match of text.matchAll(BRACKETED)) {
    if (isPromptContent(match[1])) return { start: match.index, end: match.index + match[0].length, text: match[0] };
  }
  return undefined;
}

/**
 * Prompts in prose (member sections, the group narrative): every bracketed prompt, and legacy
 * prompts where a template put them, i.e. after a label or an opening parenthesis and up to the
 * end of the line, a closing parenthesis or a colon ("Plan: plan until the next session",
 * "(goal in the treatment plan):"). The same words inside a sentence ("she observed progress
 * in…") are the clinician's and do not match.
 */
export function promptsInProse(text: string): PromptMatch[] {
  const found: PromptMatch[] = [];
  // A prompt in brackets needs a "<": most prose has none.
  if (text.includes('<'))
    for (const match of text.matchAll(BRACKETED)) {
      if (isPromptContent(match[1]))
        found.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
    }
  const lower = text.toLowerCase();
  // A legacy prompt starts with a letter where a template put it (see `opensPrompt`): only there is each one looked
  // for, instead of searching the whole text once per prompt. No legacy prompt holds another, so the order they are
  // found in changes nothing.
  for (let at = 0; at < lower.length; at = nextPromptStart(lower, at)) {
    if (!opensPrompt(lower, at)) continue;
    for (const prompt of LEGACY_PROMPTS) {
      if (!lower.startsWith(prompt, at)) continue;
      const end = at + prompt.length;
      const after = lower.slice(end, end + 2);
      const closes = end === lower.length || /^(\r?\n|\)|:|\.\s|\.$|\s*$)/.test(after);
      if (closes && !found.some((other) => other.start <= at && other.end >= end))
        found.push({ start: at, end, text: text.slice(at, end) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The next offset after `from` where a legacy prompt may open: after a line break (and the spaces after it), ": " or
 * "(" that starts at `from` or later (every legacy prompt starts with a letter, so never on a space); the text's
 * length when there is none.
 */
function nextPromptStart(lower: string, from: number): number {
  OPENING.lastIndex = from;
  const match = OPENING.exec(lower);
  return match ? match.index + match[0].length : lower.length;
}

/** What may stand right before a legacy prompt (`opensPrompt`), to skip to the next place one may open. */
const OPENING = /\n\s*|: |\(/g;

/**
 * Whether a legacy prompt may open at `at`: the text's start, after a line break, ": " or "(", or after a line break
 * and spaces only.
 */
function opensPrompt(lower: string, at: number): boolean {
  if (at === 0) return true;
  const before = lower.slice(Math.max(0, at - 2), at);
  return /(^|\n|: |\()$/.test(before) || /\n\s*$/.test(lower.slice(0, at));
}
