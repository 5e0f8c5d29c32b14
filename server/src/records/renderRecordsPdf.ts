import {
  banner,
  currentPage,
  drawBlock,
  drawFooters,
  factRows,
  heading,
  openPdf,
  SIZE,
  width,
  bottom,
  type Doc,
} from '../pdf/pdfDocument';
import { packetLayout, type PacketLayout } from './layout';
import type { RecordsPacket } from './packet';

/**
 * The records packet as a PDF: the cover, the table of contents with the page each part starts on,
 * one part per entry starting on a new page, and "Page n of N" with the packet's ids (never a name)
 * in every footer (the drawing itself is pdf/pdfDocument.ts).
 */

const TOC_LINE = 18;

export async function renderRecordsPdf(packet: RecordsPacket): Promise<{ bytes: Uint8Array; pages: number }> {
  const layout = packetLayout(packet);
  const { doc, bytes } = openPdf({
    title: `Records released: ${packet.cover.patientId}, ${packet.cover.from} to ${packet.cover.to}`,
    created: new Date(packet.cover.preparedAt),
  });
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
  drawContents(doc, layout, startPages);
  const total = doc.bufferedPageRange().count;
  drawFooters(doc, layout.footer, total);
  doc.end();
  return { bytes: await bytes, pages: total };
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

function tocLinesPerPage(doc: Doc): number {
  return Math.floor((bottom(doc) - doc.page.margins.top - SIZE.heading * 3) / TOC_LINE);
}

function drawContents(doc: Doc, layout: PacketLayout, startPages: readonly number[]): void {
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
}
