import { writeChartNotePages } from '../chartExport/chartPdf';
import { defaultPdfFonts, type PdfFonts } from '../pdf/fonts';
import { PdfLayout } from '../pdf/pdfLayout';
import { packetLayout, type PacketBlock, type PacketLayout } from './layout';
import type { RecordsPacket } from './packet';

/**
 * The records packet as a PDF, on the chart export's page layout (pdf/pdfLayout.ts: embedded DejaVu
 * Sans, running header, "Page n of m"): the cover, the contents with the page each part starts on,
 * then each part from a new page, the sessions drawn by writeChartNotePages. The page numbers of the
 * contents are those of a first rendering: the layout is deterministic and the contents take the same
 * room whatever numbers they hold, so the second rendering puts every part on the page it names.
 */
export function renderRecordsPdf(
  packet: RecordsPacket,
  fonts: PdfFonts = defaultPdfFonts(),
): Promise<{ bytes: Uint8Array; pages: number }> {
  const layout = packetLayout(packet);
  const first = render(
    layout,
    packet,
    fonts,
    layout.parts.map(() => 0),
  );
  const second = render(layout, packet, fonts, first.starts);
  if (second.starts.some((page, index) => page !== first.starts[index]))
    throw new Error('internal: the records packet did not lay out the same way twice');
  return Promise.resolve({ bytes: second.bytes, pages: second.pages });
}

function render(
  layout: PacketLayout,
  packet: RecordsPacket,
  fonts: PdfFonts,
  pageNumbers: readonly number[],
): { bytes: Buffer; starts: number[]; pages: number } {
  const pdf = new PdfLayout(fonts, {
    // Ids and dates only in the metadata: a file's properties are shown without opening it.
    title: `${layout.title}: ${packet.cover.patientId}, ${packet.cover.from} to ${packet.cover.to}`,
    ...(packet.cover.practice ? { author: packet.cover.practice } : {}),
    subject: 'Clinical record: protected health information',
    createdAt: new Date(packet.cover.preparedAt),
  });
  pdf.newPage(layout.header);
  pdf.heading(layout.title, 1);
  pdf.keyValues(layout.cover);
  for (const note of layout.coverNotes) pdf.paragraph(note);

  pdf.newPage(layout.header);
  pdf.heading('Contents', 1);
  pdf.table(
    [
      { title: 'Part', width: 0.85 },
      { title: 'Page', width: 0.15 },
    ],
    layout.parts.map((part, index) => [part.toc.title, String(pageNumbers[index] || '')]),
  );

  const starts: number[] = [];
  for (const part of layout.parts) {
    if (part.kind === 'chart') {
      starts.push(pdf.pageNumber() + 1); // writeChartNotePages starts a new page
      writeChartNotePages(pdf, part.chart);
      for (const block of part.after) drawBlock(pdf, block);
    } else {
      pdf.newPage(layout.header);
      starts.push(pdf.pageNumber());
      pdf.heading(part.toc.title, 1);
      for (const block of part.blocks) drawBlock(pdf, block);
    }
  }
  const pages = pdf.pageNumber();
  return { bytes: pdf.finish(), starts, pages };
}

function drawBlock(pdf: PdfLayout, block: PacketBlock): void {
  pdf.heading(block.title);
  if (block.kind === 'facts') pdf.keyValues(block.rows);
  else if (block.kind === 'list') pdf.bullets(block.items);
  else if (block.kind === 'text') pdf.paragraph(block.text);
  else pdf.table(block.columns, block.rows);
}
