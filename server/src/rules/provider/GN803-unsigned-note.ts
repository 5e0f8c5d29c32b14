import { dateText, isRealDate } from '../../parse/values';
import { hasYamlErrors, headerStartRange, textAt } from '../../model/headerFields';
import { promptInValue } from '../../model/placeholders';
import type { Rule } from '../types';

/**
 * GN803: the note is not signed: no `signature`, no `signature.by` or `signature.date`, a signature date
 * that is not a real date, dated before the session (signed before it happened), or after today.
 * Severity depends on the mode: `info` while drafting (`context.mode === 'edit'`: unsigned drafts are
 * normal), `error` at export (an unsigned note cannot be billed; CMS PIM 3.3.2.4). A configured severity
 * in config.yaml still wins. No attendeeId: it holds back the whole note.
 *
 * A template prompt in `signature.by` (`<name, credential>`, docs/format.md "Prompts") is no signer.
 *
 * Fix: `{kind: 'sign', field: 'signature' | 'by' | 'date'}`: the quick fix writes the facilitator's
 * name and credential and today's date (never applied by fix-all: signing is an attestation).
 */
export const gn803: Rule = {
  id: 'GN803',
  name: 'unsigned-note',
  description: 'The note is not signed (no signature by and date), or the signature is dated before the session.',
  tags: ['provider', 'signature'],
  defaultSeverity: 'error',
  source: 'PIM 3.3.2.4',
  check({ note, mode, today }, report) {
    if (!note.header.value || hasYamlErrors(note)) return;
    const severity = mode === 'edit' ? 'info' : 'error';
    const signature = note.header.get(['signature']);
    const sessionDate = dateText(note.header.value.date);
    if (signature === undefined || signature === null || signature === '') {
      report({
        message:
          `The note is unsigned${mode === 'edit' ? ' (a draft)' : ' and cannot be billed'}: add signature: { ` +
          `by: <name, credential>, date: <YYYY-MM-DD> } once the note is complete.`,
        range: note.header.has(['signature']) ? note.header.keyRangeOf(['signature']) : headerStartRange(note),
        severity,
        fix: { kind: 'sign', field: 'signature' },
      });
      return;
    }
    const by = typeof signature === 'string' ? signature.trim() : textAt(note, ['signature', 'by']);
    const date =
      typeof signature === 'object' && !Array.isArray(signature)
        ? dateText(note.header.get(['signature', 'date']))
        : undefined;
    const at = (key: string) =>
      note.header.has(['signature', key])
        ? note.header.rangeOf(['signature', key])
        : note.header.keyRangeOf(['signature']);
    const byPrompt = by ? promptInValue(by) : undefined;
    if (byPrompt) {
      report({
        message:
          `signature.by still holds the template prompt "${byPrompt.text}": ` +
          "the note is unsigned until the clinician's name and credential are written there.",
        range: at('by'),
        severity,
        fix: { kind: 'sign', field: 'by' },
      });
    } else if (!by) {
      report({
        message: "The signature has no signer: add signature.by with the clinician's name and credential.",
        range: at('by'),
        severity,
        fix: { kind: 'sign', field: 'by' },
      });
    }
    if (!date) {
      report({
        message: 'The signature has no date: add signature.date (YYYY-MM-DD), the day the note was signed.',
        range: at('date'),
        severity,
        fix: { kind: 'sign', field: 'date' },
      });
      return;
    }
    if (!isRealDate(date)) {
      report({
        message: `signature.date "${date}" is not a real YYYY-MM-DD date.`,
        range: at('date'),
        severity,
        fix: { kind: 'sign', field: 'date' },
      });
    } else if (sessionDate && isRealDate(sessionDate) && date < sessionDate) {
      report({
        message:
          `signature.date ${date} is before the session date ${sessionDate}: a note cannot be signed before ` +
          `the session took place.`,
        range: at('date'),
        severity,
        fix: { kind: 'sign', field: 'date' },
      });
    } else if (date > today) {
      report({
        message:
          `signature.date ${date} is in the future (today is ${today}): ` + 'date the signature the day it is signed.',
        range: at('date'),
        severity,
        fix: { kind: 'sign', field: 'date' },
      });
    }
  },
};
