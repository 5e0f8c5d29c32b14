/**
 * The options of the clinical analysis for a member section: the practice's lexicon additions, the member's own
 * name, the other attendees' names and whether the member's plan targets nicotine.
 */
import type { Attendee, MemberSection, ParsedNote } from '../model/note';
import { dateText } from '../parse/values';
import type { GroupNoteConfig, LexiconAdditions, Roster } from '../workspace/types';
import type { AnalysisOptions } from './analysis';
import { lexiconsFor } from './clinicalLexicons';
import { targetsNicotine } from './goals';
import { memberNameWords, otherNameWords } from './names';

const additionsCache = new WeakMap<GroupNoteConfig, LexiconAdditions>();

/**
 * The config's `lexicons:` additions, with `phrases.vague` (the older setting for GN302's phrases) added to
 * the `vague` lexicon; one object per config, so the compiled lexicons are cached with it.
 */
function lexiconAdditions(config: GroupNoteConfig): LexiconAdditions {
  let additions = additionsCache.get(config);
  if (!additions) {
    const vague = config.phrases.vague.filter((phrase) => phrase.trim());
    additions = vague.length
      ? { ...config.lexicons, vague: [...(config.lexicons.vague ?? []), ...vague] }
      : config.lexicons;
    additionsCache.set(config, additions);
  }
  return additions;
}

/**
 * One options object per lexicon additions and what computeOptions reads (name words, other attendees' words, session
 * date, nicotine goal): a header edit makes a new header object and byHeader asks again, and the sections get the
 * options objects they had, so what is memoised by options object (SectionMemo: GN302's verdicts, GN305's answers)
 * carries over. Measured (record6, 2026-12-07, 200 edits, two rounds): without it an edit takes 15% (8 members) and
 * 18% (50 members) more CPU on average. In a batch, where every note is read once, it answers nothing (the dev eval's
 * checks: 0 of 11,908 computeOptions runs, each note with a config of its own).
 */
const cache = new WeakMap<object, Map<string, AnalysisOptions>>();

/**
 * Options for `analyseClinical` of one member section: the lexicons compiled with `.groupnote/config.yaml`'s
 * `lexicons:` additions, the words of the section heading's name (memberNameWords: the member as a subject ends
 * another person's scope, "Mom reported that Jayden has been drinking"), the words of the other attendees' names (the
 * header's `attendees` but the section's own member, by id, else by name: `otherNames`, "Keisha said she relapsed" in
 * Marco's section is Keisha's), the note's session date (its header
 * `date`, against which a year in the prose is read: "her 2022 overdose"), and whether the roster's plan for the
 * section's member has a tobacco or nicotine goal (`nicotineGoal`). Shared objects, so analyses are memoised across
 * rules.
 */
export function memberProseOptions(
  context: { config: GroupNoteConfig; note?: ParsedNote; roster?: Roster },
  section: MemberSection | undefined,
): AnalysisOptions {
  const additions = lexiconAdditions(context.config);
  const scope = context.note ? context.note.header : NO_NOTE;
  let sections = byHeader.get(scope);
  if (!sections) {
    sections = new Map();
    byHeader.set(scope, sections);
  }
  const key = section ? `${section.id ?? '\u0001'}\u0000${section.name}` : '';
  const held = sections.get(key);
  if (held)
    for (const entry of held)
      if (entry.additions === additions && entry.roster === context.roster) return entry.options;
  const options = computeOptions(context, section, additions);
  const entry = { additions, roster: context.roster, options };
  if (held && held.length < 4) held.push(entry);
  else if (held) held[held.length - 1] = entry;
  else {
    if (sections.size >= MAX_SECTION_KEYS) sections.clear();
    sections.set(key, [entry]);
  }
  return options;
}

/**
 * The options already given, by the note's header object (the index asks without a note: one shared scope) and the
 * section's id and name: every other thing computeOptions reads comes from the header (the attendees, the session
 * date), the config's additions or the roster, compared by identity. Every rule and the index ask for each section's
 * options in a check; the editor's next version of a document takes the header object over when the header is
 * unchanged (parseNote with the previous parse, per URI and version), so typing in a section recomputes none of them.
 * What invalidates an entry: another header object (a header edit), other additions, another roster; each header's
 * map is dropped when it holds MAX_SECTION_KEYS keys (a heading typed one character at a time).
 *
 * Measured (record6, 2026-12-07, the bench's editor notes, 200 edits, a header edit every fourth): 58 calls per edit
 * for 8 members, 403 for 50; this map answers all but 4.5 and 25.5 of them on average (after header edits), at
 * 0.12 us a call, where computeOptions takes 1 us (8 members) to 3.7 us (50) even when `cache` has the options. A
 * cache per section object in front of this map (until 2026-12-07) answered 55% and 62% of the calls about 0.1 us
 * sooner: 3 and 24 us an edit, under 0.4% of an edit's CPU; in the dev eval's checks, 58.7% of 31,635 calls, 2 ms of
 * a 71 s run. Removed, and with it the JSON key this map used (0.3 us a call).
 */
const byHeader = new WeakMap<
  object,
  Map<string, { additions: LexiconAdditions; roster: Roster | undefined; options: AnalysisOptions }[]>
>();
const NO_NOTE = {};
const MAX_SECTION_KEYS = 200;

function computeOptions(
  context: { config: GroupNoteConfig; note?: ParsedNote; roster?: Roster },
  section: MemberSection | undefined,
  additions: LexiconAdditions,
): AnalysisOptions {
  const lexicons = lexiconsFor(additions);
  const names = section ? memberNameWords(section.name) : [];
  const others = section && context.note ? otherAttendeeWords(context.note, section, names) : [];
  const sessionDate = context.note ? dateText(context.note.header.value?.date) : undefined;
  const goals = section?.id ? context.roster?.patients.get(section.id)?.plan?.goals : undefined;
  const nicotineGoal = goals ? targetsNicotine(goals, { lexicons }) : false;
  const key = `${names.join(' ')}\u0000${others.join(' ')}\u0000${sessionDate ?? ''}\u0000${nicotineGoal ? 'N' : ''}`;
  let byName = cache.get(additions);
  if (!byName) {
    byName = new Map();
    cache.set(additions, byName);
  }
  let options = byName.get(key);
  if (!options) {
    options = {
      lexicons,
      selfNames: names,
      ...(others.length ? { otherNames: others } : {}),
      sessionDate,
      ...(nicotineGoal ? { nicotineGoal } : {}),
    };
    if (byName.size > 5_000) byName.clear();
    byName.set(key, options);
  }
  return options;
}

/**
 * The words of the names of the note's other attendees: every attendee of the header but the section's member (the
 * attendee with the section's id; for a heading without one, the attendee with its name), without the member's own
 * name words.
 */
function otherAttendeeWords(note: ParsedNote, section: MemberSection, names: readonly string[]): string[] {
  const isMember = (attendee: Attendee) =>
    section.id !== undefined ? attendee.id === section.id : attendee.name.trim() === section.name.trim();
  const others = note.attendees.filter((attendee) => !isMember(attendee)).map((attendee) => attendee.name);
  return others.length ? otherNameWords(others, names) : [];
}
