import { dateText, isRealDate } from '../../parse/values';
import { groupLayerPrint, type HistoryPrint } from '../../prose/historyPrint';
import { groupKey } from '../../workspace/noteIndex';
import type { Range } from '../../model/positions';
import type { WorkspaceHistory } from '../../workspace/patientHistory';
import type { GroupNoteConfig } from '../../workspace/types';
import type { Report, Rule } from '../types';

/**
 * GN708: the group layer of a session — its theme, its interventions and the group narrative, read as
 * one text with names, pronouns, dates and numbers masked — is identical or near-identical to an
 * earlier session of the same group (`group.type`): the session documented as a copy of an earlier
 * one. Reported from `thresholds.groupRepeat` (0.85) at the `group` key, naming the most similar
 * earlier session's date; information by default (a group's theme and interventions recur by design,
 * so this is a prompt to document what was new).
 */
export const gn708: Rule = {
  id: 'GN708',
  name: 'repeated-group-layer',
  description:
    "The session's theme, interventions and narrative are near-identical to an earlier session of the same group.",
  tags: ['scope', 'documentation', 'cloning', 'workspace'],
  defaultSeverity: 'info',
  source: 'CMS Program Integrity Manual ch. 3 §3.3.2.1.1 (cloned documentation); payer copy-forward audits',
  needs: ['workspace'],
  concerns(note, notes, _roster, config) {
    const history = notes.history;
    if (!note.date || !note.group || !note.groupLayer || !history) return false;
    const threshold = config?.thresholds.groupRepeat ?? 0;
    const query = { before: note.date, exceptUri: note.uri, threshold };
    return history.anySimilarEarlierGroupLayer(note.group, note.groupLayer, query);
  },
  check(context, report) {
    const { note } = context;
    const history = context.workspaceNotes?.history;
    const date = dateText(note.header.value?.date);
    const group = groupKey(note);
    if (!history || !date || !isRealDate(date) || !group) return;
    const print = groupLayerPrint(note);
    if (!print) return;
    const range = note.header.keyRangeOf(['group']);
    reportRepeatedGroupLayer({ uri: note.uri, date, group, print, range }, history, context.config, report);
  },
};

/**
 * GN708's judgement of a note dated `date` (a real date) of `group` from its group layer's fingerprint: what
 * {@link gn708} reports (at `range`, the header's `group` key), without the parsed note (a batch's second pass runs it
 * from what its first pass kept).
 */
export function reportRepeatedGroupLayer(
  facts: { uri: string; date: string; group: string; print: HistoryPrint; range: Range },
  history: WorkspaceHistory,
  config: GroupNoteConfig,
  report: Report,
): void {
  const threshold = config.thresholds.groupRepeat;
  const matches = history.similarEarlierGroupLayers(facts.group, facts.print, {
    before: facts.date,
    exceptUri: facts.uri,
    threshold,
  });
  if (!matches.length) return;
  const [best] = matches;
  const others = matches.length - 1;
  report({
    message:
      `The theme, interventions and narrative are ${Math.floor(best.similarity * 100)}% the same as the ` +
      `session of ${best.session.date} of this group once names, dates and numbers are masked` +
      (others
        ? ` (and at least ${Math.round(threshold * 100)}% the same as ${others} other earlier ` +
          `session${others === 1 ? '' : 's'})`
        : '') +
      '; document what this session covered and how the group worked on it',
    range: facts.range,
    fix: { kind: 'open-note', uri: best.session.uri, date: best.session.date },
  });
}
