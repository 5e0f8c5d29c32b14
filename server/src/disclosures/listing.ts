import type { DisclosureEntry } from './disclosureLog';
import { ACCOUNTING_YEARS } from './exemptions';

/**
 * The patient's accounting (45 CFR 164.528(a)): the disclosures of the six years before `asOf` that
 * the rule does not exempt. Exempt entries stay in the log; they are only left out here.
 */
export function accountingOf(entries: readonly DisclosureEntry[], asOf: Date): DisclosureEntry[] {
  const since = new Date(asOf);
  since.setUTCFullYear(since.getUTCFullYear() - ACCOUNTING_YEARS);
  return entries.filter((entry) => !entry.exempt && Date.parse(entry.disclosedAt) >= since.getTime());
}

const COLUMNS: { title: string; cell: (entry: DisclosureEntry) => string }[] = [
  { title: 'ID', cell: (entry) => entry.id },
  { title: 'Disclosed (UTC)', cell: (entry) => entry.disclosedAt.slice(0, 16).replace('T', ' ') },
  { title: 'To', cell: (entry) => entry.recipient },
  { title: 'Purpose', cell: (entry) => entry.purpose },
  { title: 'What', cell: (entry) => `${entry.kind}: ${sessionSummary(entry)}` },
  { title: 'Exempt', cell: (entry) => entry.exempt ?? '' },
];

/** A plain-text table, one disclosure a row, oldest first. */
export function formatDisclosureTable(entries: readonly DisclosureEntry[]): string {
  const rows = [COLUMNS.map((column) => column.title), ...entries.map((entry) => COLUMNS.map((c) => c.cell(entry)))];
  const widths = COLUMNS.map((_, index) => Math.max(...rows.map((row) => row[index].length)));
  const line = (row: string[]) =>
    row
      .map((cell, index) => cell.padEnd(widths[index]))
      .join('  ')
      .trimEnd();
  return [line(rows[0]), line(widths.map((width) => '-'.repeat(width))), ...rows.slice(1).map(line)].join('\n') + '\n';
}

function sessionSummary(entry: DisclosureEntry): string {
  const dates = [...new Set(entry.sessions.map((session) => session.date))].sort();
  const count = `${dates.length} session${dates.length === 1 ? '' : 's'}`;
  if (dates.length <= 3) return `${count} (${dates.join(', ')})`;
  return `${count} (${dates[0]} to ${dates[dates.length - 1]})`;
}
