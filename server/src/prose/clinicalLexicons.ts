/**
 * The reviewed lexicons compiled for matching: every entry of every lexicon file (lexicons/*.yaml), plus
 * the entries a practice adds in `.groupnote/config.yaml` under `lexicons:`, in one token matcher.
 *
 * A config addition names a lexicon by id and gives entries as a pattern string or a mapping with the
 * family's fields:
 *
 *   lexicons:
 *     risk.suicide: ["talks about checking out for good"]
 *     response: [{ pattern: "called the mobile crisis unit", answers: [suicide, self-harm] }]
 *
 * Compiled once per distinct set of additions (cached by the config object), so the analyses of
 * unchanged sections stay valid while a clinician types.
 */
import type { ContextCategory, ContextSettings } from './contextTypes';
import { CONTEXT_DATA, LEXICON_FILES, MACROS } from './lexicons/loaded';
import { compilePattern, PatternError } from './patterns';
import { TokenMatcher, type CompiledEntry } from './tokenMatcher';
import { CONTEXT_CATEGORIES, DIRECTIONS, RISK_CATEGORIES, SUICIDE_LEVELS } from './vocabulary';

import type { LexiconAdditions } from '../workspace/types';

export type { LexiconAdditions };

/** Defaults of the context family, applied to added context entries as to the file's own. */
const DEFAULT_MAX_SCOPE = 8;

export class ClinicalLexicons {
  private static nextId = 1;
  /** Distinguishes compilations in caches keyed by string. */
  readonly id = ClinicalLexicons.nextId++;
  readonly matcher: TokenMatcher;
  readonly context: ContextSettings;
  /** Lexicon ids by family ("risk" -> risk.suicide, risk.self-harm, ...). */
  readonly families: ReadonlyMap<string, readonly string[]>;

  /**
   * Substance entries read only inside an overdose event's sentence (field `withOverdose`: alcohol taken with the
   * pills, someone else's controlled medication, use slang): risk.ts reads them there, so they never compete with the
   * overdose.
   */
  readonly overdoseUse: readonly CompiledEntry[];

  constructor(readonly entries: readonly CompiledEntry[]) {
    this.overdoseUse = entries.filter((entry) => entry.fields.withOverdose === true);
    this.matcher = new TokenMatcher(
      this.overdoseUse.length ? entries.filter((entry) => entry.fields.withOverdose !== true) : entries,
    );
    const terminatedBy = new Map<ContextCategory, ReadonlySet<ContextCategory>>();
    for (const [category, by] of Object.entries(CONTEXT_DATA.terminatedBy))
      terminatedBy.set(category as ContextCategory, new Set(by as ContextCategory[]));
    this.context = { terminatedBy, postFiller: new Set(CONTEXT_DATA.postFiller.map((word) => word.toLowerCase())) };
    const families = new Map<string, string[]>();
    for (const file of LEXICON_FILES) {
      const list = families.get(file.family) ?? [];
      list.push(file.lexicon);
      families.set(file.family, list);
    }
    this.families = families;
  }
}

/**
 * The family of each lexicon id, and the fields its entries may carry (the generator checks the files; this checks
 * additions).
 */
const FAMILY_OF = new Map(LEXICON_FILES.map((file) => [file.lexicon, file.family]));

function compileEntry(
  index: number,
  lexicon: string,
  family: string,
  raw: Readonly<Record<string, unknown>>,
): CompiledEntry {
  const pattern = compilePattern(String(raw.pattern), MACROS);
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) if (key !== 'pattern' && key !== 'source') fields[key] = value;
  if (family === 'context') {
    fields.maxScope ??= DEFAULT_MAX_SCOPE;
    fields.terminates ??= [];
    fields.appliesTo ??= [];
    fields.closesClause ??= false;
  }
  return { index, lexicon, family, pattern, source: typeof raw.source === 'string' ? raw.source : '', fields, seen: 0 };
}

let defaults: ClinicalLexicons | undefined;

/** The lexicons as reviewed, without additions. */
export function defaultLexicons(): ClinicalLexicons {
  if (!defaults) {
    const entries: CompiledEntry[] = [];
    for (const file of LEXICON_FILES)
      for (const entry of file.entries) entries.push(compileEntry(entries.length, file.lexicon, file.family, entry));
    defaults = new ClinicalLexicons(entries);
  }
  return defaults;
}

/** A problem with an entry a practice added (reported with the config file's other problems). */
export interface LexiconProblem {
  lexicon: string;
  message: string;
}

/** A check that a value is one of a closed set of words. */
const oneOf =
  (values: readonly string[]) =>
  (value: unknown): boolean =>
    values.includes(String(value));

const ADDITION_FIELDS: Record<string, Record<string, (value: unknown) => boolean>> = {
  risk: {
    category: oneOf(RISK_CATEGORIES),
    level: oneOf(SUICIDE_LEVELS),
    figurative: (value) => typeof value === 'boolean',
    topic: (value) => typeof value === 'boolean',
    pseudo: (value) => typeof value === 'boolean',
    otherSense: (value) => typeof value === 'boolean',
    anaphoric: (value) => typeof value === 'boolean',
    intent: (value) => typeof value === 'boolean',
    targetSubject: (value) => typeof value === 'boolean',
    subjectRequired: (value) => typeof value === 'boolean',
    useSetting: (value) => typeof value === 'boolean',
    otherRelapse: (value) => typeof value === 'boolean',
    voices: (value) => typeof value === 'boolean',
    nicotine: (value) => typeof value === 'boolean',
    denies: (value) => typeof value === 'boolean',
  },
  response: {
    answers: (value) => Array.isArray(value) && value.every(oneOf(RISK_CATEGORIES)),
  },
  context: {
    category: oneOf(CONTEXT_CATEGORIES),
    direction: oneOf(DIRECTIONS),
    maxScope: (value) => Number.isInteger(value) && Number(value) >= 0,
  },
  goal: { concept: (value) => typeof value === 'string' && value.trim() !== '' },
  vague: { phrase: (value) => typeof value === 'string' },
};

/** Checks and compiles the additions; entries with a problem are left out and reported. */
export function compileAdditions(additions: LexiconAdditions): {
  lexicons: ClinicalLexicons;
  problems: LexiconProblem[];
} {
  const base = defaultLexicons();
  const problems: LexiconProblem[] = [];
  const entries: CompiledEntry[] = base.entries.map((entry) => ({ ...entry, seen: 0 }));
  const defaultsOf = new Map(LEXICON_FILES.map((file) => [file.lexicon, file.defaults]));
  for (const [lexicon, list] of Object.entries(additions)) {
    const family = FAMILY_OF.get(lexicon);
    if (!family) {
      problems.push({
        lexicon,
        message: `lexicons: "${lexicon}" is not a lexicon (known: ${[...FAMILY_OF.keys()].join(', ')})`,
      });
      continue;
    }
    for (const item of list) {
      const raw: Record<string, unknown> = typeof item === 'string' ? { pattern: item } : { ...item };
      // A risk entry added to risk.suicide is a suicide entry unless it says otherwise.
      if (family === 'risk' && raw.category === undefined) raw.category = defaultsOf.get(lexicon)?.category;
      raw.source ??= '.groupnote/config.yaml';
      const allowed = ADDITION_FIELDS[family] ?? {};
      const bad = Object.keys(raw).find(
        (key) => !['pattern', 'source', 'note'].includes(key) && (!allowed[key] || !allowed[key](raw[key])),
      );
      if (typeof raw.pattern !== 'string' || !raw.pattern.trim()) {
        problems.push({ lexicon, message: `lexicons.${lexicon}: an entry has no pattern` });
        continue;
      }
      if (bad) {
        problems.push({
          lexicon,
          message: `lexicons.${lexicon}: "${raw.pattern}": field "${bad}" is not allowed here`,
        });
        continue;
      }
      if (family === 'response' && raw.answers === undefined) {
        problems.push({
          lexicon,
          message: `lexicons.${lexicon}: "${raw.pattern}": say which risks it answers (answers:)`,
        });
        continue;
      }
      if (family === 'context' && raw.direction === undefined) {
        problems.push({ lexicon, message: `lexicons.${lexicon}: "${raw.pattern}": a context entry needs a direction` });
        continue;
      }
      try {
        entries.push(compileEntry(entries.length, lexicon, family, raw));
      } catch (error) {
        if (!(error instanceof PatternError)) throw error;
        problems.push({ lexicon, message: `lexicons.${lexicon}: ${error.message}` });
      }
    }
  }
  return { lexicons: entries.length === base.entries.length ? base : new ClinicalLexicons(entries), problems };
}

const compiledByAdditions = new WeakMap<object, ClinicalLexicons>();

/** The lexicons for a config's additions (compiled once per additions object; the defaults when there are none). */
export function lexiconsFor(additions: LexiconAdditions | undefined): ClinicalLexicons {
  if (!additions || Object.keys(additions).length === 0) return defaultLexicons();
  let lexicons = compiledByAdditions.get(additions);
  if (!lexicons) {
    lexicons = compileAdditions(additions).lexicons;
    compiledByAdditions.set(additions, lexicons);
  }
  return lexicons;
}
