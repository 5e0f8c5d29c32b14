/**
 * Chart notes as PDF (issue 13 item 3), read back with poppler's pdftotext: every field of the model,
 * the running header (patient, id, date of service) and "Page n of m" on every page, several notes in
 * one document, text in names beyond ASCII, embedded fonts.
 */
import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as path from 'path';
import { buildChartNote, type ChartNote } from '../../server/src/chart';
import { chartPageHeader, renderChartPdf } from '../../server/src/chartExport/chartPdf';
import { parseNote } from '../../server/src/parse/parseNote';
import { defaultPdfFonts } from '../../server/src/pdf/fonts';
import { PdfLayout } from '../../server/src/pdf/pdfLayout';
import { loadWorkspace, type WorkspaceData } from '../../server/src/workspace/loadWorkspace';
import { flat, pdfPages, poppler } from '../support/pdfText';
import { fieldTexts } from '../support/chartFields';
import { exportFixtureDir, NOTE } from './exportWorkspace.test';

const CREATED = new Date(Date.UTC(2026, 10, 22, 9, 30));

describe('chart notes: PDF', () => {
  let workspace: WorkspaceData;
  const chartOf = async (name: string, id: string): Promise<ChartNote> => {
    const file = path.join(exportFixtureDir, 'notes', `${name}.note.md`);
    const built = buildChartNote(parseNote(await fs.readFile(file, 'utf8')), workspace.roster, workspace.practice, id);
    assert.ok(built.ok);
    return built.chart;
  };
  before(async () => {
    workspace = await loadWorkspace(exportFixtureDir);
  });

  /** The body text of the pages: running headers and page footers taken out, whitespace collapsed. */
  function bodyText(pages: string[], chart: ChartNote): string {
    const header = chartPageHeader(chart);
    return flat(
      pages
        .map((page) =>
          page
            .split('\n')
            .filter((line) => !line.includes(header.left) && !/^\s*Page \d+ of \d+\s*$/.test(line))
            .join('\n'),
        )
        .join('\n'),
    );
  }

  it('holds every field of the chart note as selectable text', async () => {
    const chart = await chartOf(NOTE.video, 'E002');
    const pages = pdfPages(renderChartPdf([chart], { createdAt: CREATED }));
    const text = bodyText(pages, chart);
    for (const field of fieldTexts(chart)) assert.ok(text.includes(flat(field)), `missing "${field}"`);
    for (const long of [chart.section, chart.narrative, chart.dynamics, ...chart.session.patientLocation])
      assert.ok(long && text.includes(flat(long)), `missing the text "${long?.slice(0, 40)}..."`);
    assert.ok(text.includes('Telehealth, two-way audio-video'));
    assert.ok(text.includes("10 Telehealth Provided in Patient's Home"));
    assert.ok(text.includes('Members attending 3'));
    assert.doesNotMatch(text, /Sarah|Miller|Ana\b|Lopez|E001|E003/, 'no other member');
  });

  it('puts the patient and the date of service at the top and "Page n of m" at the foot of every page', async () => {
    const chart = await chartOf(NOTE.video, 'E001');
    const long = { ...chart, section: Array.from({ length: 40 }, () => chart.section).join('\n\n') };
    const pdf = renderChartPdf([long], { createdAt: CREATED });
    const pages = pdfPages(pdf);
    assert.ok(pages.length >= 3, `a long section runs over pages (${pages.length})`);
    pages.forEach((page, index) => {
      const lines = page.split('\n').filter((line) => line.trim());
      assert.match(lines[0], /Sarah Miller \(E001\), DOB 1990-01-01\s+Date of service 2026-11-16 10:00/);
      assert.match(lines[lines.length - 1], new RegExp(`^\\s*Page ${index + 1} of ${pages.length}\\s*$`));
    });
    assert.match(poppler('pdfinfo', pdf), new RegExp(`Pages:\\s+${pages.length}\\b`));
  });

  it('writes several notes into one document, each from a new page under its own header', async () => {
    const charts = [
      await chartOf(NOTE.video, 'E001'),
      await chartOf(NOTE.addOn, 'E001'),
      await chartOf(NOTE.addOn, 'E003'),
    ];
    const pages = pdfPages(renderChartPdf(charts, { createdAt: CREATED }));
    const firstPages = pages.filter((page) => page.includes('Group psychotherapy progress note\n'));
    assert.strictEqual(firstPages.length, 3);
    for (const page of pages) {
      const header = page.split('\n').find((line) => line.trim()) ?? '';
      const chart = charts.find(
        (candidate) => header.includes(chartPageHeader(candidate).left) && header.includes(candidate.session.date),
      );
      assert.ok(chart, `a page without a chart header: ${header}`);
      assert.ok(flat(page).includes(`Date of service ${chart.session.date}`));
    }
    assert.ok(pages[pages.length - 1].includes(`Page ${pages.length} of ${pages.length}`));
  });

  it('embeds its TrueType fonts, and names beyond ASCII read back as written', async () => {
    const chart = await chartOf(NOTE.video, 'E001');
    const unicode: ChartNote = {
      ...chart,
      patient: { ...chart.patient, name: 'Zoë Łukasiewicz-Ольга' },
      section: 'Said “I’m ready” — rated 7/10; café at 5 °C.',
    };
    const pdf = renderChartPdf([unicode], { createdAt: CREATED });
    const text = flat(pdfPages(pdf).join('\n'));
    assert.ok(text.includes('Zoë Łukasiewicz-Ольга'));
    assert.ok(text.includes('Said “I’m ready” — rated 7/10; café at 5 °C.'));
    const fonts = poppler('pdffonts', pdf);
    assert.match(fonts, /DejaVuSans\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    assert.match(fonts, /DejaVuSans-Bold\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    assert.doesNotMatch(fonts, /Helvetica|Times|Courier/, 'no standard (unembedded) font');
    assert.match(poppler('pdfinfo', pdf), /Title:\s+Group psychotherapy progress note\n/);
  });

  it('the same chart note and date give the same bytes', async () => {
    const chart = await chartOf(NOTE.video, 'E001');
    assert.ok(renderChartPdf([chart], { createdAt: CREATED }).equals(renderChartPdf([chart], { createdAt: CREATED })));
  });

  it(
    'the layout helper: a table over several pages repeats its ' + 'header row, key-value rows and bullets read back',
    () => {
      const layout = new PdfLayout(defaultPdfFonts(), { title: 'Layout test', createdAt: CREATED });
      layout.newPage({ left: 'Patient X (T1)', right: 'Range 2026-01-01 to 2026-12-31' });
      layout.heading('Claims billed', 1);
      layout.keyValues([['Requested by', 'Example Health Plan, records unit']]);
      layout.bullets(['first item', 'second item']);
      const rows = Array.from({ length: 90 }, (_, index) => [
        `2026-01-${String((index % 28) + 1).padStart(2, '0')}`,
        '90853',
        `GN${index}`,
      ]);
      layout.table(
        [
          { title: 'Date', width: 0.3 },
          { title: 'Code', width: 0.2 },
          { title: 'Claim id', width: 0.5 },
        ],
        rows,
      );
      assert.ok(layout.pageNumber() >= 2);
      const pages = pdfPages(layout.finish());
      assert.ok(pages.length >= 2);
      for (const page of pages) {
        assert.match(page, /Date\s+Code\s+Claim id/, 'the header row on every page');
        assert.match(page, /Patient X \(T1\)\s+Range 2026-01-01 to 2026-12-31/);
      }
      const text = flat(pages.join('\n'));
      for (const row of rows) assert.ok(text.includes(row.join(' ')), `row ${row.join(' ')}`);
      assert.ok(text.includes('Requested by Example Health Plan, records unit'));
      assert.ok(text.includes('• first item • second item'));
    },
  );
});
