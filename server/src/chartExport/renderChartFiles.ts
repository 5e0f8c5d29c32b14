/** The files of one chart note, one per format, named `<base>.chart.<ext>`. */
import { renderChartMarkdown } from '../chart';
import type { ChartNote } from '../chart/types';
import type { OutputFile } from '../export/writeExport';
import { renderChartPdf } from './chartPdf';

export const CHART_FORMATS = ['md', 'pdf'] as const;
export type ChartFormat = (typeof CHART_FORMATS)[number];

export function renderChartFiles(
  chart: ChartNote,
  base: string,
  formats: readonly ChartFormat[],
  now: Date,
): OutputFile[] {
  const files: OutputFile[] = [];
  for (const format of formats)
    switch (format) {
      case 'md':
        files.push({ name: `${base}.chart.md`, content: renderChartMarkdown(chart) });
        break;
      case 'pdf':
        files.push({ name: `${base}.chart.pdf`, content: renderChartPdf([chart], { createdAt: now }) });
        break;
    }
  return files;
}
