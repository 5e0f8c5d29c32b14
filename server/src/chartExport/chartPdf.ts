/**
 * Chart notes as PDF (issue 13): `renderChartPdf` writes one or more chart notes into one document,
 * each starting on a new page, with the patient, id, date of birth and date of service in the header of
 * every page and "Page n of m" at the foot. `writeChartNotePages` adds one chart note to a layout
 * someone else is building (a records packet with its own cover page and contents).
 */
import { chartBlocks } from '../chart/layout';
import type { ChartNote } from '../chart/types';
import { defaultPdfFonts, type PdfFonts } from '../pdf/fonts';
import { PdfLayout } from '../pdf/pdfLayout';

export interface ChartPdfOptions {
  /** Creation date in the PDF's metadata; default now. */
  createdAt?: Date;
  /** Document title; default "Group psychotherapy progress note(s)". */
  title?: string;
  /** Fonts to embed; default DejaVu Sans (pdf/fonts.ts). */
  fonts?: PdfFonts;
}

export const CHART_TITLE = 'Group psychotherapy progress note';

export function renderChartPdf(charts: readonly ChartNote[], options: ChartPdfOptions = {}): Buffer {
  if (!charts.length) throw new Error('renderChartPdf needs at least one chart note');
  const practice = charts[0].practice.name;
  const layout = new PdfLayout(options.fonts ?? defaultPdfFonts(), {
    title: options.title ?? (charts.length === 1 ? CHART_TITLE : `${CHART_TITLE}s`),
    ...(practice ? { author: practice } : {}),
    subject: 'Clinical record: protected health information',
    createdAt: options.createdAt ?? new Date(),
  });
  for (const chart of charts) writeChartNotePages(layout, chart);
  return layout.finish();
}

/** One chart note, from a new page on. */
export function writeChartNotePages(layout: PdfLayout, chart: ChartNote): void {
  layout.newPage(chartPageHeader(chart));
  layout.heading(CHART_TITLE, 1);
  for (const block of chartBlocks(chart)) {
    layout.heading(block.title);
    if (block.kind === 'facts') layout.keyValues(block.rows);
    else if (block.kind === 'list') layout.bullets(block.items);
    else layout.paragraph(block.text);
  }
}

/** The running header of a chart note's pages: who (name, id, date of birth) and which session. */
export function chartPageHeader(chart: ChartNote): { left: string; right: string } {
  const { patient, session } = chart;
  return {
    left: `${patient.name} (${patient.id})${patient.dob ? `, DOB ${patient.dob}` : ''}`,
    right: `Date of service ${session.date}${session.start ? ` ${session.start}` : ''}`,
  };
}
