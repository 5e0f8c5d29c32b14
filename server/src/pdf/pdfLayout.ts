/**
 * A small page-layout helper over pdfkit for GroupNote's documents (chart notes, records packets):
 * US Letter pages with a running header (whose document and which patient, on every page), a footer
 * "Page n of m", and blocks that flow from page to page: headings, key-value rows, paragraphs, bullet
 * lists and tables with a repeated header row. Text is real text in an embedded TrueType font
 * (pdf/fonts.ts), so it can be selected, searched and read by a screen reader or `pdftotext`.
 *
 * pdfkit rather than pdf-lib: it breaks lines and pages itself (clinical prose runs for pages), measures
 * wrapped text (`heightOfString`) for rows and tables, embeds a subset of a TrueType font, and buffers
 * pages so that "Page n of m" can be written once m is known.
 */
import PDFDocument from 'pdfkit';
import type { PdfFonts } from './fonts';

export interface PdfDocumentInfo {
  title: string;
  author?: string;
  subject?: string;
  /** Written as the creation date (fixed in tests). */
  createdAt: Date;
}

/** What the running header says on a page: left (e.g. patient and id) and right (e.g. date of service). */
export interface RunningHeader {
  left: string;
  right: string;
}

const REGULAR = 'GroupNote-Regular';
const BOLD = 'GroupNote-Bold';
const MARGIN = 54;
const HEADER_TOP = 28;
const FOOTER_FROM_BOTTOM = 34;
const BODY_SIZE = 10;
const SMALL_SIZE = 8;
const KEY_WIDTH = 150;
const GAP = 6;

export class PdfLayout {
  private readonly doc: PDFKit.PDFDocument;
  private readonly headers: RunningHeader[] = [];
  private header: RunningHeader = { left: '', right: '' };

  constructor(fonts: PdfFonts, info: PdfDocumentInfo) {
    this.doc = new PDFDocument({
      size: 'LETTER',
      margins: { top: MARGIN + 10, bottom: MARGIN, left: MARGIN, right: MARGIN },
      bufferPages: true,
      autoFirstPage: false,
      // No standard font: every glyph comes from the embedded TrueType fonts.
      font: null as unknown as string,
      lang: 'en-US',
      displayTitle: true,
      info: {
        Title: info.title,
        ...(info.author ? { Author: info.author } : {}),
        ...(info.subject ? { Subject: info.subject } : {}),
        Creator: 'GroupNote',
        Producer: 'GroupNote (pdfkit)',
        CreationDate: info.createdAt,
        ModDate: info.createdAt,
      },
    });
    this.doc.registerFont(REGULAR, Buffer.from(fonts.regular));
    this.doc.registerFont(BOLD, Buffer.from(fonts.bold));
    // Pages added by a line or page break inherit the running header of the page they continue.
    this.doc.on('pageAdded', () => {
      this.headers.push(this.header);
      this.doc.font(REGULAR).fontSize(BODY_SIZE);
    });
  }

  /** Starts a new page with this running header (a new document part, such as the next patient's note). */
  newPage(header: RunningHeader): void {
    this.header = header;
    this.doc.addPage();
  }

  /** The page being written, counting from 1 (0 before the first page): for a table of contents. */
  pageNumber(): number {
    // Pages are only added at the end while building, so the current page is the last one.
    return this.doc.bufferedPageRange().count;
  }

  /** A heading: level 1 is the document's title, level 2 a section. */
  heading(text: string, level: 1 | 2 = 2): void {
    const size = level === 1 ? 16 : 12;
    this.doc.font(BOLD).fontSize(size);
    this.keepTogether(this.doc.heightOfString(clean(text), { width: this.width }) + 3 * BODY_SIZE);
    if (level === 2) this.doc.moveDown(0.6);
    this.doc.text(clean(text), this.left, this.doc.y, { width: this.width });
    this.doc.moveDown(0.3);
    this.doc.font(REGULAR).fontSize(BODY_SIZE);
  }

  /** Label-value rows: the label in bold on the left, the value wrapped on the right. */
  keyValues(rows: readonly (readonly [string, string])[]): void {
    const valueWidth = this.width - KEY_WIDTH - GAP;
    for (const [key, value] of rows) {
      this.doc.font(BOLD).fontSize(BODY_SIZE);
      const keyHeight = this.doc.heightOfString(clean(key), { width: KEY_WIDTH });
      this.doc.font(REGULAR);
      const valueHeight = this.doc.heightOfString(clean(value), { width: valueWidth });
      this.keepTogether(Math.max(keyHeight, valueHeight));
      const top = this.doc.y;
      this.doc.font(BOLD).text(clean(key), this.left, top, { width: KEY_WIDTH });
      this.doc.font(REGULAR).text(clean(value), this.left + KEY_WIDTH + GAP, top, { width: valueWidth });
      this.doc.y = top + Math.max(keyHeight, valueHeight) + 2;
    }
    this.doc.x = this.left;
  }

  /**
   * Prose: paragraphs separated by blank lines. A single line break is the editor's wrapping and joins
   * the lines, unless the next line starts a list item or a label ("Plan: ..."). Flows over pages.
   */
  paragraph(text: string): void {
    this.doc.font(REGULAR).fontSize(BODY_SIZE);
    for (const block of clean(text, true)
      .split(/\n{2,}/)
      .map(unwrap)) {
      this.keepTogether(2 * BODY_SIZE);
      this.doc.text(block, this.left, this.doc.y, { width: this.width, lineGap: 1.5 });
      this.doc.moveDown(0.5);
    }
  }

  bullets(items: readonly string[]): void {
    this.doc.font(REGULAR).fontSize(BODY_SIZE);
    for (const item of items) {
      const height = this.doc.heightOfString(clean(item), { width: this.width - 14 });
      this.keepTogether(Math.min(height, 3 * BODY_SIZE));
      const top = this.doc.y;
      this.doc.text('\u2022', this.left + 2, top, { width: 10 });
      this.doc.text(clean(item), this.left + 14, top, { width: this.width - 14 });
    }
    this.doc.x = this.left;
    this.doc.moveDown(0.3);
  }

  /** A table: `widths` are fractions of the text width; the header row is repeated on each new page. */
  table(columns: readonly { title: string; width: number }[], rows: readonly (readonly string[])[]): void {
    const widths = columns.map((column) => column.width * this.width);
    const drawRow = (cells: readonly string[], bold: boolean) => {
      this.doc.font(bold ? BOLD : REGULAR).fontSize(BODY_SIZE);
      const height = Math.max(
        ...cells.map((cell, index) => this.doc.heightOfString(clean(cell), { width: widths[index] - GAP })),
      );
      const newPage = this.keepTogether(height + 4);
      const top = this.doc.y;
      let x = this.left;
      cells.forEach((cell, index) => {
        this.doc.text(clean(cell), x, top, { width: widths[index] - GAP });
        x += widths[index];
      });
      this.doc.y = top + height + 2;
      this.rule();
      return newPage;
    };
    const titles = columns.map((column) => column.title);
    drawRow(titles, true);
    for (const row of rows) if (drawRow(row, false)) drawRow(titles, true);
    this.doc.x = this.left;
    this.doc.moveDown(0.5);
  }

  /** Writes the running headers and "Page n of m" on every page and returns the finished PDF. */
  finish(): Buffer {
    const { start, count } = this.doc.bufferedPageRange();
    for (let index = start; index < start + count; index++) {
      this.doc.switchToPage(index);
      const page = this.doc.page;
      const bottom = page.margins.bottom;
      // Text in the margins must not start a new page.
      page.margins.bottom = 0;
      const header = this.headers[index] ?? { left: '', right: '' };
      this.doc.font(REGULAR).fontSize(SMALL_SIZE);
      this.doc.text(clean(header.left), this.left, HEADER_TOP, { width: this.width * 0.65, lineBreak: false });
      this.doc.text(clean(header.right), this.left + this.width * 0.65, HEADER_TOP, {
        width: this.width * 0.35,
        align: 'right',
        lineBreak: false,
      });
      this.doc
        .moveTo(this.left, HEADER_TOP + 12)
        .lineTo(this.left + this.width, HEADER_TOP + 12)
        .lineWidth(0.5)
        .stroke('#888888');
      this.doc.text(`Page ${index - start + 1} of ${count}`, this.left, page.height - FOOTER_FROM_BOTTOM, {
        width: this.width,
        align: 'center',
        lineBreak: false,
      });
      page.margins.bottom = bottom;
    }
    this.doc.end();
    // pdfkit writes the whole file synchronously on end(); its stream then holds every chunk.
    const chunks: Buffer[] = [];
    for (let chunk = this.doc.read() as Buffer | null; chunk !== null; chunk = this.doc.read() as Buffer | null)
      chunks.push(chunk);
    return Buffer.concat(chunks);
  }

  private get left(): number {
    return this.doc.page.margins.left;
  }

  private get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  /** Starts a new page when `height` does not fit below the current position; says whether it did. */
  private keepTogether(height: number): boolean {
    const bottom = this.doc.page.height - this.doc.page.margins.bottom;
    if (this.doc.y + height <= bottom || this.doc.y <= this.doc.page.margins.top + 1) return false;
    this.doc.addPage();
    return true;
  }

  private rule(): void {
    this.doc
      .moveTo(this.left, this.doc.y)
      .lineTo(this.left + this.width, this.doc.y)
      .lineWidth(0.25)
      .stroke('#bbbbbb');
    this.doc.y += 3;
  }
}

/** Text pdfkit can set: no control characters, tabs as spaces; `keepLines` keeps line breaks. */
function clean(text: string, keepLines = false): string {
  const flat = text.replace(/\r\n?/g, '\n').replace(/\t/g, '    ');
  // eslint-disable-next-line no-control-regex
  const visible = flat.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, '');
  return keepLines ? visible.replace(/[ \u00a0]+\n/g, '\n').trim() : visible.replace(/\s*\n\s*/g, ' ').trim();
}

/** A line that starts something of its own: a list item, a heading, or a short label and a colon. */
const OWN_LINE = /^(?:[-*+•]\s|\d+[.)]\s|#{1,6}\s|[\p{L}][\p{L}\p{N} /&'’-]{0,30}:(?:\s|$))/u;

function unwrap(block: string): string {
  return block
    .split('\n')
    .map((line) => line.trim())
    .reduce((joined, line) => (!joined ? line : OWN_LINE.test(line) ? `${joined}\n${line}` : `${joined} ${line}`), '');
}
