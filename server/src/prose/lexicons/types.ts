/** The shape of the lexicon data generated from the reviewed YAML files (scripts/build-lexicons.mjs). */

export interface LexiconEntryData {
  pattern: string;
  source: string;
  /**
   * Family-specific fields (category, level, direction, answers, ...). Risk entries may be marked `figurative: true`
   * (a figure of speech: never a disclosure), `someoneElse: true` (a word that names another person by the risk, "a
   * drunk driver": always someone else's), `rhetorical: true` (a question about one's own life that asks nothing, "why
   * am I even alive?": never hypothetical by its question mark) or `topic: true` (a topic or tool compound, "naloxone
   * kit", "urge surfing": the group's or a skill's subject wherever it stands, labelling guide F2.1). An overdose entry
   * marked `afterIngestion: true` ("woke up on the floor", "went limp") is read only after pills or a drug told before
   * it in its sentence (overdoseReadings.ts); one marked `careOfEvent: true` ("poison control") told as a list after
   * someone else's overdose in its sentence ("...swallowed some of his donepezil; poison control, ER overnight") is
   * that person's (riskWhoseAct.ts continueCoordinatedSubject). A suicide entry marked `afterMeans: true` (words of
   * ending: "and that's it, lights out", "be done with it") is read only after a drug, a bag or bundle, or pills told
   * before it in its sentence (riskMeansBefore.ts).
   */
  [field: string]: unknown;
}

export interface LexiconFileData {
  /** The lexicon id ("risk.suicide"): what `.groupnote/config.yaml` names under `lexicons:` to add entries. */
  lexicon: string;
  /**
   * The detectors that read it: risk, response, context, participation, mood, progress, plan, vague, skill, goal,
   * telehealth, family.
   */
  family: string;
  title: string;
  /** The YAML file it comes from, for messages and docs. */
  file: string;
  /** Fields every entry of the file has unless it sets its own (already applied to `entries`). */
  defaults: Record<string, unknown>;
  entries: LexiconEntryData[];
  /** Goal family: concepts that name a setting or a means as often as what a goal is about (goals.yaml). */
  broadConcepts?: string[];
  /** Goal family: groups of words for one person ("mother", "mom", "mami"), lower case (goals.yaml `samePerson:`). */
  samePerson?: string[][];
  /** Goal family: groups of concepts that speak of one subject ("anger", "aggression"; `kindredConcepts:`). */
  kindredConcepts?: string[][];
  /** Goal family: words of the member's dealings with a person, lower case (goals.yaml `relationalWords:`). */
  relationalWords?: string[];
  /**
   * Goal family: words for several relatives, met by the `members` words or, without them, by any relative
   * (goals.yaml `familyWords:`).
   */
  familyWords?: { words: string[]; members?: string[] }[];
}

export interface LexiconData {
  lexicons: LexiconFileData[];
  /** Named word lists used in patterns as `<name>`. */
  macros: Record<string, string[]>;
  /** Behavioral-health shorthand; `expand` ones are read as the words they stand for ("c/o" -> complains of). */
  abbreviations: { abbr: string; means: string; expand: boolean }[];
  /** ConText settings: which categories end which scopes, and the words that may follow a closing post-trigger. */
  context: { terminatedBy: Record<string, string[]>; postFiller: string[] };
}
