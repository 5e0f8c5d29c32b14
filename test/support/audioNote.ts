/**
 * An audio-only note built from the clean CBT fixture with three member paragraphs of the test's own, and the attendees
 * a rule flags in it: the GN503/GN505 tests that read whole notes (telehealthRulesDec8, telehealthDec14) share them.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkNote } from '../../server/src/engine/checkNote';
import { builtinCodeSet } from '../../server/src/icd10/codeSet';
import { parseNote } from '../../server/src/parse/parseNote';
import { ruleById } from '../../server/src/rules';
import { defaultConfig } from '../../server/src/workspace/config';
import { fixturesDir } from './paths';

/** The clean fixture's header made audio-only (POS 10, every line billed with 93) and the three members' paragraphs. */
export function audioNote(sarah: string, tom: string, david: string): string {
  const clean = fs.readFileSync(path.join(fixturesDir, 'clean', 'cbt-anxiety.group.md'), 'utf8');
  const sectionStart = clean.indexOf('## Sarah M. (P001)');
  return (
    clean
      .slice(0, sectionStart)
      .replace('modality: in-person', 'modality: audio')
      .replace('pos: "11"', 'pos: "10"')
      .replace(/status: present(?=,| })/g, 'status: present, modifiers: ["93"]') +
    `## Sarah M. (P001)\n${sarah}\nPlan: practise the thought record.\n\n` +
    `## Tom R. (P002)\n${tom}\nPlan: log SUDS ratings.\n\n` +
    `## David C. (P004)\n${david}\nPlan: stay for the whole meeting.\n`
  );
}

/** The attendee ids the rule `id` reports in the note `text`. */
export function flaggedAttendees(text: string, id: string): (string | undefined)[] {
  return checkNote(parseNote(text), {
    workspace: { root: undefined, config: defaultConfig(), icd: builtinCodeSet(), problems: [] },
    rules: [ruleById(id)!],
    today: '2026-11-22',
  }).map((finding) => finding.attendeeId);
}
