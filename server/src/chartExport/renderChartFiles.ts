/** The files of one chart note, one per format, named `<base>.chart.<ext>`. */
import { renderChartMarkdown } from '../chart';
import type { ChartNote } from '../chart/types';
import type { OutputFile } from '../export/writeExport';
import { buildChartDocumentReference } from './chartFhir';
import { renderChartPdf } from './chartPdf';

import type { ChartFormat } from '../../../protocol/src/protocol';

export type { ChartFormat };
export const CHART_FORMATS: readonly ChartFormat[] = ['md', 'pdf', 'fhir'];

export function renderChartFiles(
  chart: ChartNote,
  base: string,
  formats: readonly ChartFormat[],
  now: Date,
): OutputFile[] {
  const files: OutputFile[] = [];
  // The FHIR DocumentReference carries the PDF: rendered once for both.
  let pdf: Buffer | undefined;
  const pdfOf = () => (pdf ??= renderChartPdf([chart], { createdAt: now }));
  for (const format of formats)
    switch (format) {
      case 'md':
        files.push({ name: `${base}.chart.md`, content: renderChartMarkdown(chart) });
        break;
      case 'pdf':
        files.push({ name: `${base}.chart.pdf`, content: pdfOf() });
        break;
      case 'fhir':
        files.push({
          name: `${base}.chart.fhir.json`,
          content: JSON.stringify(buildChartDocumentReference(chart, pdfOf(), now), null, 2) + '\n',
        });
        break;
    }
  return files;
}
