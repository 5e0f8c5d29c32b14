/**
 * Code actions for GroupNote diagnostics: each rule's fixes (ruleFixes.ts), plus for every
 * diagnostic: disable it for the line or the file (disableDirectives.ts) and show its
 * documentation. `fixAll` applies only the safe fixes.
 */
import { toTextEdits, type OffsetEdit } from './textEdits';
import { FIX_ALL_KIND, type DiagnosticRef, type FixAction } from './types';
import { fixesFor, type Analysis } from './ruleFixes';
import { disableFileEdit, disableLineEdit } from './disableDirectives';
import { ruleById } from '../../rules';
import type { FixHint } from '../../rules/types';
import { Commands, type OpenNoteBesideArgs } from '../../../../protocol/src/protocol';

export { fixesFor, type Fix } from './ruleFixes';
export { disableFileEdit, disableLineEdit } from './disableDirectives';

export const SHOW_DOCS_COMMAND = 'groupnote.showRuleDocs';

export interface CodeActionOptions {
  /** `context.only` of the request (e.g. ['quickfix'] or ['source.fixAll']). */
  only?: readonly string[];
  /** Today's date (YYYY-MM-DD) for the signature fix; the local date when omitted (injected by tests). */
  today?: string;
}

function judgesDirectives(ruleId: string): boolean {
  return !!ruleById(ruleId)?.checkDirectives;
}

function wants(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.length === 0 || only.some((prefix) => kind === prefix || kind.startsWith(`${prefix}.`));
}

/** Code actions for the diagnostics of a request (GroupNote's only). */
export function codeActions(
  analysis: Analysis,
  diagnostics: readonly DiagnosticRef[],
  options: CodeActionOptions = {},
): FixAction[] {
  const { note } = analysis;
  const actions: FixAction[] = [];
  if (wants(options.only, 'quickfix')) {
    const fixes: FixAction[] = [];
    const lineDisables = new Map<string, FixAction>();
    const fileDisables = new Map<string, FixAction>();
    const docs = new Map<string, FixAction>();
    diagnostics.forEach((diagnostic, index) => {
      if (!/^GN\d{3}$/.test(diagnostic.ruleId)) return;
      if (diagnostic.fix?.kind === 'open-note') fixes.push(openNoteAction(diagnostic.fix, index));
      for (const fix of fixesFor(analysis, diagnostic, options.today)) {
        fixes.push({
          title: fix.title,
          kind: 'quickfix',
          diagnostics: [index],
          edits: toTextEdits(note, fix.edits),
          snippet: fix.snippet ? toTextEdits(note, [fix.snippet])[0] : undefined,
          isPreferred: fix.preferred || undefined,
        });
      }
      // A rule the team locked (config.yaml noInlineDisable) cannot be silenced, nor can GN110, which
      // judges the directives themselves: no directive is offered.
      const locked =
        analysis.workspace.config.noInlineDisable.includes(diagnostic.ruleId) || judgesDirectives(diagnostic.ruleId);
      const line = diagnostic.range.start.line;
      const lineKey = `${diagnostic.ruleId}:${line}`;
      const existingLine = lineDisables.get(lineKey);
      if (existingLine) existingLine.diagnostics.push(index);
      else if (!locked) {
        const edit = disableLineEdit(note, diagnostic.ruleId, line);
        if (edit)
          lineDisables.set(lineKey, {
            title: `Disable ${diagnostic.ruleId} for this line`,
            kind: 'quickfix',
            diagnostics: [index],
            edits: toTextEdits(note, [edit]),
          });
      }
      const existingFile = fileDisables.get(diagnostic.ruleId);
      if (existingFile) existingFile.diagnostics.push(index);
      else if (!locked) {
        const edit = disableFileEdit(note, diagnostic.ruleId);
        if (edit)
          fileDisables.set(diagnostic.ruleId, {
            title: `Disable ${diagnostic.ruleId} for this file`,
            kind: 'quickfix',
            diagnostics: [index],
            edits: toTextEdits(note, [edit]),
          });
      }
      const existingDocs = docs.get(diagnostic.ruleId);
      if (existingDocs) existingDocs.diagnostics.push(index);
      else {
        docs.set(diagnostic.ruleId, {
          title: `Show documentation for ${diagnostic.ruleId}`,
          kind: 'quickfix',
          diagnostics: [index],
          command: {
            title: `Show documentation for ${diagnostic.ruleId}`,
            command: SHOW_DOCS_COMMAND,
            arguments: [diagnostic.ruleId],
          },
        });
      }
    });
    fixes.sort((a, b) => Number(!!b.isPreferred) - Number(!!a.isPreferred));
    actions.push(...fixes, ...lineDisables.values(), ...fileDisables.values(), ...docs.values());
  }
  // Only when asked for (on save, or the Source Action menu): never computed for the lightbulb.
  if (options.only?.length && wants(options.only, FIX_ALL_KIND)) {
    const all = fixAll(analysis);
    if (all) actions.push(all);
  }
  return actions;
}

/**
 * "Open the session of <date> beside": the earlier note a GN307 / GN708 finding names, in the editor
 * group beside this one, so the clinician sees what was carried forward while rewriting it.
 */
function openNoteAction(hint: Extract<FixHint, { kind: 'open-note' }>, index: number): FixAction {
  const title = `Open the session of ${hint.date} beside this note`;
  const args: OpenNoteBesideArgs = { uri: hint.uri };
  return {
    title,
    kind: 'quickfix',
    diagnostics: [index],
    command: { title, command: Commands.openNoteBeside, arguments: [args] },
  };
}

/** "Fix all safe GroupNote problems": every safe fix of the note's current findings, merged into one edit. */
export function fixAll(analysis: Analysis): FixAction | undefined {
  const { note, findings } = analysis;
  const chosen: OffsetEdit[] = [];
  const fixed: number[] = [];
  const seen = new Set<string>();
  findings.forEach((finding, index) => {
    const fix = fixesFor(analysis, {
      range: finding.range,
      ruleId: finding.ruleId,
      attendeeId: finding.attendeeId,
      fix: finding.fix,
    }).find((candidate) => candidate.safe);
    if (!fix) return;
    const key = JSON.stringify(fix.edits);
    if (seen.has(key)) {
      fixed.push(index);
      return;
    }
    // Insertions at the same point are kept (in order); anything else overlapping an earlier fix waits for the next
    // run.
    const conflicts = fix.edits.some((edit) =>
      chosen.some((other) => edit.start < other.end && other.start < edit.end),
    );
    if (conflicts) return;
    seen.add(key);
    chosen.push(...fix.edits);
    fixed.push(index);
  });
  if (!chosen.length) return undefined;
  return {
    title: 'Fix all safe GroupNote problems',
    kind: FIX_ALL_KIND,
    diagnostics: fixed,
    edits: toTextEdits(note, mergeInsertions(chosen)),
  };
}

/** Edits at the same offset become one (in the order chosen), so clients apply them predictably. */
function mergeInsertions(edits: OffsetEdit[]): OffsetEdit[] {
  const merged: OffsetEdit[] = [];
  for (const edit of edits) {
    const same = merged.find(
      (other) => other.start === edit.start && other.end === edit.start && edit.end === edit.start,
    );
    if (same) {
      // Two sections appended at the same point: keep a blank line between them.
      const blank =
        /\n\r?\n$/.test(same.text) || !/\n$/.test(same.text) || !edit.text.startsWith('#')
          ? ''
          : same.text.endsWith('\r\n')
            ? '\r\n'
            : '\n';
      same.text += blank + edit.text;
    } else merged.push({ ...edit });
  }
  return merged.sort((a, b) => a.start - b.start);
}
