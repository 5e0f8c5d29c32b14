/**
 * Chart notes as FHIR R4 DocumentReference (issue 13 item 4), validated with @medplum/core against the
 * R4 definitions as the claims are; the attachment is the chart note's PDF, byte for byte.
 */
import * as assert from 'assert';
import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';
import { buildChartNote, type ChartNote } from '../../server/src/chart';
import { buildChartDocumentReference, localDateTime } from '../../server/src/chartExport/chartFhir';
import { renderChartPdf } from '../../server/src/chartExport/chartPdf';
import { parseNote } from '../../server/src/parse/parseNote';
import { loadWorkspace } from '../../server/src/workspace/loadWorkspace';
import { flat, pdfPages } from '../support/pdfText';
import { exportFixtureDir, NOTE, validateFhir } from './exportWorkspace.test';

const CREATED = new Date(Date.UTC(2026, 10, 22, 9, 30));

describe('chart notes: FHIR DocumentReference', () => {
  let chart: ChartNote;
  let pdf: Buffer;
  before(async () => {
    const workspace = await loadWorkspace(exportFixtureDir);
    const file = path.join(exportFixtureDir, 'notes', `${NOTE.addOn}.note.md`);
    const built = buildChartNote(
      parseNote(await fs.readFile(file, 'utf8')),
      workspace.roster,
      workspace.practice,
      'E003',
    );
    assert.ok(built.ok);
    chart = built.chart;
    pdf = renderChartPdf([chart], { createdAt: CREATED });
  });

  it('validates as an R4 DocumentReference (medplum), and a broken one does not', () => {
    const resource = buildChartDocumentReference(chart, pdf, CREATED);
    validateFhir(resource);
    // What medplum checks: cardinality, types and formats (an instant with a zone, a dateTime with one).
    assert.throws(() => validateFhir({ ...resource, content: [] }), /DocumentReference\.content/);
    assert.throws(() => validateFhir({ ...resource, date: '2026-11-18' }), /Invalid instant/);
    assert.throws(
      () => validateFhir({ ...resource, context: { period: { start: '2026-11-18T16:00' } } }),
      /Invalid dateTime/,
    );
  });

  it('carries the PDF with its type, size and SHA-1 hash, a LOINC progress-note type and the session', () => {
    const resource = buildChartDocumentReference(chart, pdf, CREATED);
    assert.deepStrictEqual(resource.type?.coding, [
      { system: 'http://loinc.org', code: '11506-3', display: 'Progress note' },
    ]);
    const attachment = resource.content[0].attachment;
    assert.strictEqual(attachment.contentType, 'application/pdf');
    const data = Buffer.from(attachment.data ?? '', 'base64');
    assert.ok(data.equals(pdf), 'the attachment is the PDF');
    assert.strictEqual(attachment.size, pdf.length);
    assert.strictEqual(attachment.hash, createHash('sha1').update(pdf).digest('base64'));
    assert.ok(flat(pdfPages(data).join('\n')).includes('Ana Lopez (E003), DOB 1979-09-30'));

    assert.deepStrictEqual(resource.subject, {
      identifier: { system: 'urn:groupnote:patient-id', value: 'E003' },
      display: 'Ana Lopez',
    });
    assert.strictEqual(resource.date, CREATED.toISOString());
    assert.ok(resource.author?.length, 'an author');
    assert.strictEqual(resource.author[0].identifier?.value, chart.facilitator?.npi);
    assert.strictEqual(resource.authenticator?.display, chart.signature.by);
    assert.strictEqual(resource.custodian?.identifier?.value, '1999999992');
    assert.deepStrictEqual(resource.context?.period, {
      start: localDateTime('2026-11-18', '16:00'),
      end: localDateTime('2026-11-18', chart.session.end),
    });
    assert.match(resource.context?.period?.start ?? '', /^2026-11-18T16:00:00[+-]\d{2}:\d{2}$/);
    assert.strictEqual(resource.docStatus, 'final');
    assert.strictEqual(resource.securityLabel?.[0].coding?.[0].code, 'R');
  });

  it('names no other attendee and has a stable identifier per patient and session', () => {
    const resource = buildChartDocumentReference(chart, pdf, CREATED);
    const json = JSON.stringify({ ...resource, content: [] });
    assert.doesNotMatch(json, /Sarah|Miller|E001/);
    const again = buildChartDocumentReference(chart, pdf, new Date(CREATED.getTime() + 60_000));
    assert.strictEqual(again.masterIdentifier?.value, resource.masterIdentifier?.value);
    const other = buildChartDocumentReference({ ...chart, patient: { ...chart.patient, id: 'E001' } }, pdf, CREATED);
    assert.notStrictEqual(other.masterIdentifier?.value, resource.masterIdentifier?.value);
  });
});
