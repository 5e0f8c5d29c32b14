// `import = require` makes the bundler take pdfkit's CommonJS build (its ES build needs import.meta.url).
// eslint-disable-next-line @typescript-eslint/no-require-imports
import PDFDocument = require('pdfkit');
import { FONT_FILES, fontFile } from '../pdf/fonts';
import { packetLayout, type PacketBlock, type PacketLayout } from './layout';
import type { RecordsPacket } from './packet';

/**
 * The records packet as a PDF (pdfkit, DejaVu Sans embedded): the cover, the table of contents with
 * the page each part starts on, one part per entry starting on a new page, and "Page n of N" with the
 * packet's ids (never a name) in every footer. Pages are buffered so the contents and the footers are
 * written once every part has been laid out.
 */

const PAGE = { size: 'LETTER' as const, margin: 54 };
const FOOTER_GAP = 24;
const TOC_LINE = 18;
const LABEL_WIDTH = 150;
const SIZE = { title: 20, heading: 16, subheading: 11.5, body: 10, small: 8.5 };

export async function renderRecordsPdf(packet: RecordsPacket): Promise<{ bytes: Uint8Array; pages: number }> {
  const layout = packetLayout(packet);
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: { top: PAGE.margin, bottom: PAGE.margin + FOOTER_GAP, left: PAGE.margin, right: PAGE.margin },
    bufferPages: true,
    font: fontFile(FONT_FILES.regular),
    info: {
      // Ids and dates only: the file's properties are visible without opening it.
      Title: `Records released: ${packet.cover.patientId}, ${packet.cover.from} to ${packet.cover.to}`,
      Creator: 'GroupNote',
      CreationDate: new Date(packet.cover.preparedAt),
    },
  });
  doc.registerFont('body', fontFile(FONT_FILES.regular));
  doc.registerFont('bold', fontFile(FONT_FILES.bold));
  const bytes = collect(doc);

  drawCover(doc, layout);
  const tocPages = Math.max(1, Math.ceil(layout.parts.length / tocLinesPerPage(doc)));
  for (let page = 0; page < tocPages; page++) doc.addPage();
  const startPages: number[] = [];
  for (const part of layout.parts) {
    doc.addPage();
    startPages.push(currentPage(doc));
    heading(doc, part.toc.title, SIZE.heading);
    if (part.banner) banner(doc, part.banner);
    for (const block of part.blocks) drawBlock(doc, block);
  }
  drawContents(doc, layout, startPages, tocPages);
  const total = doc.bufferedPageRange().count;
  drawFooters(doc, layout.footer, total);
  doc.end();
  return { bytes: await bytes, pages: total };
}

type Doc = PDFKit.PDFDocument;

function collect(doc: Doc): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

function currentPage(doc: Doc): number {
  const range = doc.bufferedPageRange();
  return range.start + range.count; // 1-based number of the page being written
}

function width(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function bottom(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page when fewer than `height` points are left. */
function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

function heading(doc: Doc, text: string, size: number): void {
  ensureRoom(doc, size * 3);
  doc
    .font('bold')
    .fontSize(size)
    .text(text, doc.page.margins.left, doc.y, { width: width(doc) });
  doc.moveDown(0.4);
  doc.font('body').fontSize(SIZE.body);
}

function banner(doc: Doc, text: string): void {
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

function drawCover(doc: Doc, layout: PacketLayout): void {
  doc
    .font('bold')
    .fontSize(SIZE.title)
    .text(layout.title, { width: width(doc) });
  doc.moveDown(1);
  factRows(doc, layout.cover);
  doc.moveDown(1);
  doc
    .font('body')
    .fontSize(SIZE.body)
    .text(layout.coverNote, doc.page.margins.left, doc.y, { width: width(doc) });
  doc.moveDown(1);
  doc
    .fontSize(SIZE.small)
    .text(
      'Confidential: this packet holds protected health information released for the purpose stated above. ' +
        'Redisclosure may be prohibited by federal or state law (45 CFR 164; 42 CFR Part 2 where it applies).',
      { width: width(doc) },
    );
}

function factRows(doc: Doc, rows: readonly [string, string][]): void {
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

function drawBlock(doc: Doc, block: PacketBlock): void {
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
      drawTable(doc, block.columns, block.rows);
      break;
  }
}

/** Column widths as fractions of the text width: date, code, modifiers, charge, claim id, note. */
const TABLE_SHARES = [0.14, 0.09, 0.14, 0.12, 0.27, 0.24];

function drawTable(doc: Doc, columns: readonly string[], rows: readonly string[][]): void {
  const left = doc.page.margins.left;
  const widths = TABLE_SHARES.map((share) => share * width(doc));
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

function tocLinesPerPage(doc: Doc): number {
  return Math.floor((bottom(doc) - doc.page.margins.top - SIZE.heading * 3) / TOC_LINE);
}

function drawContents(doc: Doc, layout: PacketLayout, startPages: readonly number[], tocPages: number): void {
  const perPage = tocLinesPerPage(doc);
  const left = doc.page.margins.left;
  const right = left + width(doc);
  layout.parts.forEach((part, index) => {
    if (index % perPage === 0) {
      doc.switchToPage(1 + index / perPage); // 0-based: the cover is page 0
      doc.y = doc.page.margins.top;
      heading(doc, index === 0 ? 'Contents' : 'Contents (continued)', SIZE.heading);
    }
    const page = String(startPages[index]);
    doc.font('body').fontSize(SIZE.body);
    const pageWidth = doc.widthOfString(page);
    const title = part.toc.title;
    const titleWidth = doc.widthOfString(title);
    const dotWidth = doc.widthOfString('.');
    const dots = '.'.repeat(Math.max(3, Math.floor((right - left - titleWidth - pageWidth - 12) / dotWidth)));
    const top = doc.y;
    doc.text(`${title} ${dots}`, left, top, { width: right - left - pageWidth - 4, lineBreak: false });
    doc.text(page, right - pageWidth, top, { lineBreak: false });
    doc.y = top + TOC_LINE;
  });
  void tocPages;
}

function drawFooters(doc: Doc, footer: string, total: number): void {
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
