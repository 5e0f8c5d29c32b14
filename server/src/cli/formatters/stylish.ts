import type { Severity } from '../../rules/types';
import type { FileFindings } from './types';

const COLORS = {
  error: '\u001b[31m',
  warning: '\u001b[33m',
  info: '\u001b[36m',
  dim: '\u001b[2m',
  underline: '\u001b[4m',
  reset: '\u001b[0m',
};

/** eslint-style output: a block per file with `line:col  severity  message  ruleId`, then totals. */
export function formatStylish(results: FileFindings[], color: boolean): string {
  const paint = (code: keyof typeof COLORS, text: string) => (color ? `${COLORS[code]}${text}${COLORS.reset}` : text);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const out: string[] = [];
  for (const { file, findings } of results) {
    if (!findings.length) continue;
    out.push(paint('underline', file));
    const rows = findings.map((finding) => {
      counts[finding.severity]++;
      return [
        `${finding.range.start.line + 1}:${finding.range.start.character + 1}`,
        finding.severity,
        finding.message.replace(/\s+/g, ' '),
        finding.ruleId,
      ];
    });
    const widths = [0, 1].map((column) => rows.reduce((widest, row) => Math.max(widest, row[column].length), 0));
    for (const [position, severity, message, ruleId] of rows) {
      out.push(
        `  ${paint('dim', position.padEnd(widths[0]))}  ${paint(severity as Severity, severity.padEnd(widths[1]))}  ` +
          `${message}  ${paint('dim', ruleId)}`,
      );
    }
    out.push('');
  }
  const total = counts.error + counts.warning + counts.info;
  const checked = results.length;
  const noun = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  if (total === 0) out.push(`${noun(checked, 'note')} checked: no problems.`);
  else {
    const summary =
      `${noun(total, 'problem')} (${noun(counts.error, 'error')}, ${noun(counts.warning, 'warning')}, ` +
      `${counts.info} info) in ${noun(checked, 'note')}`;
    out.push(paint(counts.error ? 'error' : counts.warning ? 'warning' : 'info', `✖ ${summary}`));
  }
  const silenced = results.reduce((sum, result) => sum + (result.suppressed?.length ?? 0), 0);
  // A silenced error is never invisible (issue 12): counted here, listed by --format json and at export.
  if (silenced)
    out.push(paint('warning', `${noun(silenced, 'error')} silenced by groupnote-disable (--format json lists them).`));
  return out.join('\n') + '\n';
}
