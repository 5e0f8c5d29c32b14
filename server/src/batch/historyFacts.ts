import { clampRange, compareFindings } from '../engine/checkNote';
import type { ParsedNote } from '../model/note';
import type { Range } from '../model/positions';
import { dateText, isRealDate } from '../parse/values';
import { groupLayerPrint, memberHistoryPrints, type HistoryPrint } from '../prose/historyPrint';
import {
  copyForwardSections,
  gn307,
  reportCopiedForward,
  type CopyForwardSection,
} from '../rules/members/GN307-copied-forward';
import { gn708, reportRepeatedGroupLayer } from '../rules/scope/GN708-repeated-group-layer';
import type { Finding, IndexedNote, Report, Rule, WorkspaceNotes } from '../rules/types';
import { groupKey } from '../workspace/noteIndex';
import type { GroupNoteConfig } from '../workspace/types';

/*
 * The history rules (GN307, GN708) compare a note with the workspace's earlier sessions, so a batch runs them in its
 * second pass, once the index is complete. What they read of the note itself is small: its date, its billable
 * member sections' headings and labels, its group and the range of its `group` key, and the fingerprints the index
 * entry holds already. The first pass keeps that (plain data, a few hundred bytes a note) for the notes it checks, and
 * the second pass judges a note only these rules concern from it, instead of reading and parsing the note again and
 * rebuilding its readiness (which the rules' findings leave as it was unless one is an error).
 */

/** What GN307 and GN708 read of a checked note (no directives, no limits, a real date), gathered in the first pass. */
export interface HistoryFacts {
  date: string;
  /** GN307's sections, each with a fingerprint in the index entry; ranges already kept inside the document. */
  sections: CopyForwardSection[];
  /** GN708: the group key and the range of the header's `group` key, when the group layer has a fingerprint. */
  group?: { key: string; range: Range };
}

/** The rules a batch's second pass can run from {@link HistoryFacts}. */
export const FACT_RULES: readonly Rule[] = [gn307, gn708];

/**
 * {@link HistoryFacts} of a parsed note, or undefined where the second pass must read the note again: a directive
 * (GN110 judges directives by every rule's findings), a limit (rules skipped), no real date, or prose the fingerprints
 * fail on (the rule reports the failure).
 */
export function historyFacts(note: ParsedNote, indexed?: IndexedNote): HistoryFacts | undefined {
  if (note.directives.length || note.limits.length) return undefined;
  const date = dateText(note.header.value?.date);
  if (!date || !isRealDate(date)) return undefined;
  try {
    // The index entry of the same parse has the fingerprints; without them (none, or the prose failed) they are made
    // again here, so that a failure leaves the note to be read again.
    const prints = indexed?.sections
      ? new Map(indexed.sections.map(({ patientId, print }) => [patientId, print]))
      : memberHistoryPrints(note);
    const sections = copyForwardSections(note, (attendeeId) => prints.get(attendeeId)).map(
      ({ attendeeId, label, headingRange }) => ({ attendeeId, label, headingRange: clampRange(note, headingRange) }),
    );
    const key = groupKey(note);
    const layer = key ? (indexed?.groupLayer ?? groupLayerPrint(note)) : undefined;
    const facts: HistoryFacts = { date, sections };
    if (key && layer) facts.group = { key, range: clampRange(note, note.header.keyRangeOf(['group'])) };
    return facts;
  } catch {
    return undefined;
  }
}

/**
 * The findings `rules` (of {@link FACT_RULES}) report on the note `uri` from its facts and its index entry's
 * fingerprints, as `checkNote` would list them (severity as configured, sorted); undefined when a fingerprint the facts
 * name is missing or a rule throws (the caller checks the note in full).
 */
export function historyFindings(
  uri: string,
  facts: HistoryFacts,
  prints: { sections?: readonly { patientId: string; print: HistoryPrint }[]; groupLayer?: HistoryPrint },
  rules: readonly string[],
  notes: WorkspaceNotes | undefined,
  config: GroupNoteConfig,
): Finding[] | undefined {
  const history = notes?.history;
  const findings: Finding[] = [];
  const printOf = new Map((prints.sections ?? []).map(({ patientId, print }) => [patientId, print]));
  const sections: (CopyForwardSection & { print: HistoryPrint })[] = [];
  for (const section of facts.sections) {
    const print = printOf.get(section.attendeeId);
    if (!print) return undefined;
    sections.push({ ...section, print });
  }
  if (facts.group && !prints.groupLayer) return undefined;
  try {
    for (const rule of FACT_RULES) {
      if (!rules.includes(rule.id) || !history) continue;
      const setting = config.rules[rule.id];
      if (setting === 'off') continue;
      // As checkNote's report: the configured severity, the rule's, or its default.
      const report: Report = (reported) =>
        findings.push({
          ruleId: rule.id,
          severity: setting ?? reported.severity ?? rule.defaultSeverity,
          message: reported.message,
          range: reported.range,
          attendeeId: reported.attendeeId,
          fix: reported.fix,
        });
      if (rule === gn307) reportCopiedForward({ uri, date: facts.date, sections }, history, config, report);
      else if (facts.group && prints.groupLayer)
        reportRepeatedGroupLayer(
          { uri, date: facts.date, group: facts.group.key, print: prints.groupLayer, range: facts.group.range },
          history,
          config,
          report,
        );
    }
  } catch {
    return undefined;
  }
  return findings.sort(compareFindings);
}
