/**
 * A chart note as Markdown: a title, the facts as two-column tables, lists, and the prose as the
 * clinician wrote it. Table cells are kept on one line with pipes escaped.
 */
import { chartBlocks } from './layout';
import type { ChartNote } from './types';

export function renderChartMarkdown(chart: ChartNote): string {
  const lines: string[] = [
    '# Group psychotherapy progress note',
    '',
    `**${inline(chart.patient.name)}** (${inline(chart.patient.id)}), ${chart.session.date}`,
    '',
  ];
  for (const block of chartBlocks(chart)) {
    lines.push(`## ${inline(block.title)}`, '');
    if (block.kind === 'facts') {
      lines.push('| | |', '|---|---|');
      for (const [key, value] of block.rows) lines.push(`| ${cell(key)} | ${cell(value)} |`);
    } else if (block.kind === 'list') for (const item of block.items) lines.push(`- ${inline(item)}`);
    else lines.push(block.text);
    lines.push('');
  }
  return lines.join('\n').replace(/\n+$/, '\n');
}

function cell(text: string): string {
  return inline(text).replace(/\|/g, '\\|');
}

function inline(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
