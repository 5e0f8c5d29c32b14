import { asRecord, asTextList } from '../parse/values';
import { compileAdditions } from '../prose/clinicalLexicons';
import {
  DEFAULT_THRESHOLDS,
  type GroupNoteConfig,
  type LexiconAdditions,
  type SeveritySetting,
  type Thresholds,
  type WorkspaceFileProblem,
} from './types';

const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];

/**
 * The claim-blocking rules no clinician's reason can overrule, so no inline directive silences them
 * (docs/format.md, config.yaml): required header fields, NPI, template prompts, a note past a limit,
 * not a group / too large, absent patient billed, missing member section, the member's documented
 * participation and progress, missing or non-billable diagnosis, unsigned note. A team changes the list with
 * `noInlineDisable:` in config.yaml (`[]` allows every directive).
 */
export const DEFAULT_NO_INLINE_DISABLE: readonly string[] = [
  'GN101',
  'GN107',
  'GN108',
  'GN109',
  'GN201',
  'GN202',
  'GN204',
  'GN206',
  'GN301',
  'GN401',
  'GN402',
  'GN803',
];

export function defaultConfig(): GroupNoteConfig {
  return {
    rules: {},
    noInlineDisable: [...DEFAULT_NO_INLINE_DISABLE],
    thresholds: { ...DEFAULT_THRESHOLDS },
    phrases: { vague: [], vagueIgnore: [], genericInterventions: [] },
    icd10: {},
    lexicons: {},
    chartNotes: { absentMembers: false },
  };
}

/** Reads `.groupnote/config.yaml` content; unknown or wrong values are reported and skipped. */
export function readConfig(
  value: unknown,
  file: string,
): { config: GroupNoteConfig; problems: WorkspaceFileProblem[] } {
  const config = defaultConfig();
  const problems: WorkspaceFileProblem[] = [];
  const root = asRecord(value);
  if (value !== null && value !== undefined && !root) {
    problems.push({ file, message: `${file}: expected a mapping with rules:, thresholds:, phrases:, icd10:` });
    return { config, problems };
  }
  // Bad severities and rule ids in the file are reported by the schema (settingsSchema.ts), at their line.
  applySeverities(config.rules, root?.rules, file, []);
  if (root && 'noInlineDisable' in root) config.noInlineDisable = readRuleIds(root.noInlineDisable, file, problems);
  // A wrong type is reported by the schema at its line; only a real `true` turns the entries on.
  config.chartNotes.absentMembers = asRecord(root?.chartNotes)?.absentMembers === true;

  const thresholds = asRecord(root?.thresholds) ?? {};
  for (const [key, raw] of Object.entries(thresholds)) {
    // Unknown keys and bad values are reported by the schema (settingsSchema.ts), at their line.
    if (key in DEFAULT_THRESHOLDS && typeof raw === 'number' && Number.isFinite(raw) && raw >= 0)
      config.thresholds[key as keyof Thresholds] = raw;
  }

  const phrases = asRecord(root?.phrases) ?? {};
  config.phrases.vague = asTextList(phrases.vague);
  config.phrases.vagueIgnore = asTextList(phrases.vagueIgnore);
  config.phrases.genericInterventions = asTextList(phrases.genericInterventions);

  config.lexicons = readLexiconAdditions(root?.lexicons, file, problems);

  const icd = asRecord(root?.icd10) ?? {};
  if (typeof icd.codesFile === 'string') config.icd10.codesFile = icd.codesFile;
  if (typeof icd.orderFile === 'string') config.icd10.orderFile = icd.orderFile;
  return { config, problems };
}

/**
 * `lexicons:` additions: a mapping from lexicon id to a list of entries (a pattern string, or a mapping with
 * `pattern:` and the family's fields). Each entry is compiled here, so a mistake is reported when the file
 * is read, with the entry named; entries with a problem are left out.
 */
function readLexiconAdditions(raw: unknown, file: string, problems: WorkspaceFileProblem[]): LexiconAdditions {
  if (raw === undefined || raw === null) return {};
  const record = asRecord(raw);
  if (!record) {
    problems.push({ file, message: `${file}: lexicons must be a mapping from lexicon id to a list of entries` });
    return {};
  }
  const additions: Record<string, (string | Record<string, unknown>)[]> = {};
  for (const [lexicon, list] of Object.entries(record)) {
    if (!Array.isArray(list)) {
      problems.push({ file, message: `${file}: lexicons.${lexicon} must be a list of entries` });
      continue;
    }
    additions[lexicon] = list.flatMap((item: unknown): (string | Record<string, unknown>)[] => {
      if (typeof item === 'string') return [item];
      const entry = asRecord(item);
      if (entry) return [entry];
      problems.push({ file, message: `${file}: lexicons.${lexicon}: an entry must be a pattern or a mapping` });
      return [];
    });
  }
  const { problems: lexiconProblems } = compileAdditions(additions);
  const rejected = new Set<string>();
  for (const problem of lexiconProblems) {
    problems.push({ file, message: `${file}: ${problem.message}` });
    rejected.add(problem.lexicon);
  }
  // Keep the additions that compile: recompile per lexicon so one bad entry does not drop the others.
  const kept: Record<string, (string | Record<string, unknown>)[]> = {};
  for (const [lexicon, entries] of Object.entries(additions)) {
    if (!rejected.has(lexicon)) {
      kept[lexicon] = entries;
      continue;
    }
    const good = entries.filter((entry) => compileAdditions({ [lexicon]: [entry] }).problems.length === 0);
    if (good.length) kept[lexicon] = good;
  }
  return kept;
}

/** `noInlineDisable: [GN301, GN302]`: rule ids; anything else is reported and skipped. */
function readRuleIds(raw: unknown, file: string, problems: WorkspaceFileProblem[]): string[] {
  if (raw === null || raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push({ file, message: `${file}: noInlineDisable must be a list of rule ids, e.g. [GN301, GN302]` });
    return [...DEFAULT_NO_INLINE_DISABLE];
  }
  const ids: string[] = [];
  for (const item of raw) {
    if (typeof item === 'string' && /^GN\d{3}$/i.test(item.trim())) ids.push(item.trim().toUpperCase());
    else problems.push({ file, message: `${file}: noInlineDisable: "${String(item)}" is not a rule id (GNnnn)` });
  }
  return ids;
}

/** Copies `{GN302: warning}` style overrides into `target`, reporting bad values. */
export function applySeverities(
  target: Record<string, SeveritySetting>,
  raw: unknown,
  file: string,
  problems: WorkspaceFileProblem[],
): void {
  const rules = asRecord(raw);
  if (!rules) return;
  for (const [id, setting] of Object.entries(rules)) {
    const normalised =
      typeof setting === 'string' ? setting.trim().toLowerCase() : setting === false ? 'off' : undefined;
    if (!/^GN\d{3}$/i.test(id)) problems.push({ file, message: `${file}: "${id}" is not a rule id (GNnnn)` });
    else if (!SEVERITY_SETTINGS.includes(normalised as SeveritySetting))
      problems.push({ file, message: `${file}: rule ${id}: severity must be one of off, info, warning, error` });
    else target[id.toUpperCase()] = normalised as SeveritySetting;
  }
}
