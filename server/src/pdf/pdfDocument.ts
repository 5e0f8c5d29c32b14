// `import = require` makes the bundler take pdfkit's CommonJS build (its ES build needs import.meta.url).
// eslint-disable-next-line @typescript-eslint/no-require-imports
import PDFDocument = require('pdfkit');
import type { ChartBlock } from '../chart';
import { FONT_FILES, fontFile } from './fonts';

/**
 * Drawing on a pdfkit document for every PDF GroupNote writes: US Letter, DejaVu Sans embedded (subset:
 * selectable text), pages buffered so that contents and "Page n of N" footers are written last, and
 * the blocks chart notes and packets are made of (facts, lists, text, tables), breaking pages between
 * rows rather than inside them.
 */

export type Doc = PDFKit.PDFDocument;
/** A table's `shares` are its columns' fractions of the text width (default equal). */
export type PdfBlock =
  ChartBlock | { kind: 'table'; title: string; columns: string[]; rows: string[][]; shares?: number[] };

export const PAGE = { size: 'LETTER' as const, margin: 54 };
const FOOTER_GAP = 24;
const LABEL_WIDTH = 150;
export const SIZE = { title: 20, heading: 16, subheading: 11.5, body: 10, small: 8.5 };

/** A new document with the embedded fonts registered as `body` and `bold`, and a promise of its bytes. */
export function openPdf(info: { title: string; created: Date }): { doc: Doc; bytes: Promise<Uint8Array> } {
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: { top: PAGE.margin, bottom: PAGE.margin + FOOTER_GAP, left: PAGE.margin, right: PAGE.margin },
    bufferPages: true,
    font: fontFile(FONT_FILES.regular),
    // Ids and dates only in the title: the file's properties are visible without opening it.
    info: { Title: info.title, Creator: 'GroupNote', CreationDate: info.created },
  });
  doc.registerFont('body', fontFile(FONT_FILES.regular));
  doc.registerFont('bold', fontFile(FONT_FILES.bold));
  return { doc, bytes: collect(doc) };
}

export function collect(doc: Doc): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

export function currentPage(doc: Doc): number {
  const range = doc.bufferedPageRange();
  return range.start + range.count; // 1-based number of the page being written
}

export function width(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

export function bottom(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page when fewer than `height` points are left. */
export function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

export function heading(doc: Doc, text: string, size: number): void {
  ensureRoom(doc, size * 3);
  doc
    .font('bold')
    .fontSize(size)
    .text(text, doc.page.margins.left, doc.y, { width: width(doc) });
  doc.moveDown(0.4);
  doc.font('body').fontSize(SIZE.body);
}

export function banner(doc: Doc, text: string): void {
  doc.font('bold').fontSize(SIZE.body);
  const innerWidth = width(doc) - 16;
  const height = doc.heightOfString(text, { width: innerWidth }) + 12;
  ensureRoom(doc, height);
  const top = doc.y;
  doc.save().lineWidth(1.2).rect(doc.page.margins.left, top, width(doc), height).stroke().restore();
  doc.text(text, doc.page.margins.left + 8, top + 6, { width: innerWidth });
  doc.y = top + height + 8;
  doc.font('body');
}

export function factRows(doc: Doc, rows: readonly [string, string][]): void {
  const left = doc.page.margins.left;
  const valueWidth = width(doc) - LABEL_WIDTH;
  for (const [label, value] of rows) {
    doc.fontSize(SIZE.body);
    const height = Math.max(
      doc.font('bold').heightOfString(label, { width: LABEL_WIDTH - 8 }),
      doc.font('body').heightOfString(value, { width: valueWidth }),
    );
    ensureRoom(doc, height + 4);
    const top = doc.y;
    doc.font('bold').text(label, left, top, { width: LABEL_WIDTH - 8 });
    doc.font('body').text(value, left + LABEL_WIDTH, top, { width: valueWidth });
    doc.y = top + height + 4;
  }
  doc.x = left;
}

export function drawBlock(doc: Doc, block: PdfBlock): void {
  doc.moveDown(0.6);
  heading(doc, block.title, SIZE.subheading);
  const left = doc.page.margins.left;
  switch (block.kind) {
    case 'facts':
      factRows(doc, block.rows);
      break;
    case 'list':
      for (const item of block.items) {
        ensureRoom(doc, SIZE.body * 2);
        doc.text(`•  ${item}`, left + 8, doc.y, { width: width(doc) - 8 });
      }
      doc.x = left;
      break;
    case 'text':
      doc.text(block.text, left, doc.y, { width: width(doc) });
      break;
    case 'table':
      drawTable(doc, block.columns, block.rows, block.shares);
      break;
  }
}

export function drawTable(
  doc: Doc,
  columns: readonly string[],
  rows: readonly string[][],
  shares: readonly number[] = columns.map(() => 1 / columns.length),
): void {
  const left = doc.page.margins.left;
  const widths = shares.map((share) => share * width(doc));
  const row = (cells: readonly string[], font: 'bold' | 'body') => {
    doc.font(font).fontSize(SIZE.body);
    const height = Math.max(
      ...cells.map((cell, index) => doc.heightOfString(cell || ' ', { width: widths[index] - 6 })),
    );
    ensureRoom(doc, height + 4);
    const top = doc.y;
    let x = left;
    cells.forEach((cell, index) => {
      doc.text(cell, x, top, { width: widths[index] - 6 });
      x += widths[index];
    });
    doc.y = top + height + 4;
  };
  row(columns, 'bold');
  doc
    .save()
    .moveTo(left, doc.y - 2)
    .lineTo(left + width(doc), doc.y - 2)
    .stroke()
    .restore();
  for (const cells of rows) row(cells, cells[0] === 'Total' ? 'bold' : 'body');
  doc.font('body');
  doc.x = left;
}

export function drawFooters(doc: Doc, footer: string, total: number): void {
  for (let index = 0; index < total; index++) {
    doc.switchToPage(index);
    // Writing below the bottom margin would start a new page: lift it while the footer is drawn.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - PAGE.margin - SIZE.small;
    const label = `Page ${index + 1} of ${total}`;
    doc.font('body').fontSize(SIZE.small);
    doc.text(footer, PAGE.margin, y, { lineBreak: false });
    doc.text(label, doc.page.width - PAGE.margin - doc.widthOfString(label), y, { lineBreak: false });
    doc.page.margins.bottom = margin;
  }
}
