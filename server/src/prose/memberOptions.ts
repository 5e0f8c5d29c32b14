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
  // Every rule asks for each section's options: the answer is a function of these four objects, none of which changes.
  const held = section ? bySection.get(section) : undefined;
  if (held) {
    for (const entry of held)
      if (entry.additions === additions && entry.note === context.note && entry.roster === context.roster)
        return entry.options;
  }
  const options = optionsByHeader(context, section, additions);
  if (section) {
    const entry = { additions, note: context.note, roster: context.roster, options };
    if (!held) bySection.set(section, [entry]);
    else if (held.length < 4) held.push(entry);
    else held[held.length - 1] = entry;
  }
  return options;
}

/**
 * The options already given for a section, per config additions, note and roster (compared by identity): the index
 * asks without the note, the rules with it, and the language server keeps a section while the note is open.
 */
const bySection = new WeakMap<
  MemberSection,
  { additions: LexiconAdditions; note: ParsedNote | undefined; roster: Roster | undefined; options: AnalysisOptions }[]
>();

/**
 * The options already given in an earlier version of the document, by the note's header object (the index asks without
 * a note: one shared scope) and the section's id and name: every other thing computeOptions reads comes from the
 * header (the attendees, the session date), the config's additions or the roster, compared by identity. A new version
 * with the header unchanged takes the header object over (parseFrontMatter), so typing in a section recomputes none of
 * its options. What invalidates an entry: another header object (a header edit), other additions, another roster;
 * each header's map is dropped when it holds MAX_SECTION_KEYS keys (a heading typed one character at a time).
 */
const byHeader = new WeakMap<
  object,
  Map<string, { additions: LexiconAdditions; roster: Roster | undefined; options: AnalysisOptions }[]>
>();
const NO_NOTE = {};
const MAX_SECTION_KEYS = 200;

function optionsByHeader(
  context: { config: GroupNoteConfig; note?: ParsedNote; roster?: Roster },
  section: MemberSection | undefined,
  additions: LexiconAdditions,
): AnalysisOptions {
  const scope = context.note ? context.note.header : NO_NOTE;
  let bySection = byHeader.get(scope);
  if (!bySection) {
    bySection = new Map();
    byHeader.set(scope, bySection);
  }
  const key = section ? JSON.stringify([section.id ?? null, section.name]) : '';
  const held = bySection.get(key);
  if (held)
    for (const entry of held)
      if (entry.additions === additions && entry.roster === context.roster) return entry.options;
  const options = computeOptions(context, section, additions);
  const entry = { additions, roster: context.roster, options };
  if (held && held.length < 4) held.push(entry);
  else if (held) held[held.length - 1] = entry;
  else {
    if (bySection.size >= MAX_SECTION_KEYS) bySection.clear();
    bySection.set(key, [entry]);
  }
  return options;
}

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
