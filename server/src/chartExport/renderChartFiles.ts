/** The files of one chart note, one per format, named `<base>.chart.<ext>`. */
import { renderChartMarkdown } from '../chart';
import type { ChartNote } from '../chart/types';
import type { OutputFile } from '../export/writeExport';

export const CHART_FORMATS = ['md'] as const;
export type ChartFormat = (typeof CHART_FORMATS)[number];

export function renderChartFiles(
  chart: ChartNote,
  base: string,
  formats: readonly ChartFormat[],
  now: Date,
): OutputFile[] {
  void now;
  const files: OutputFile[] = [];
  for (const format of formats)
    switch (format) {
      case 'md':
        files.push({ name: `${base}.chart.md`, content: renderChartMarkdown(chart) });
        break;
    }
  return files;
}
