/**
 * The note header's JSON Schema is generated from the header field registry (scripts/build-schemas.mjs):
 * the committed file must be what the registry makes now, every clean note must pass it, and a header
 * GN106 or GN101 rejects for an unknown field, a value not allowed or a missing required field must not.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { noteHeaderJsonSchema } from '../../server/src/model/headerJsonSchema';
import { cleanNote, edit } from '../support/features';
import { fixturesDir, repoRoot } from '../support/paths';

const committedFile = path.join(repoRoot, 'server', 'src', 'schemas', 'note-header.schema.json');

function headerOf(note: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(note);
  assert.ok(match, 'the note has a header');
  return parse(match[1]);
}

function validator() {
  return new Ajv({ allErrors: true, strict: false }).compile(noteHeaderJsonSchema());
}

describe('note header JSON Schema', () => {
  it('is committed as the registry makes it (else run `npm run schemas`)', () => {
    const committed: unknown = JSON.parse(fs.readFileSync(committedFile, 'utf8'));
    assert.deepStrictEqual(committed, noteHeaderJsonSchema(), 'note-header.schema.json drifted from the registry');
  });

  it('is shipped in dist/schemas by the build', () => {
    const shipped = path.join(repoRoot, 'dist', 'schemas', 'note-header.schema.json');
    assert.strictEqual(fs.readFileSync(shipped, 'utf8'), fs.readFileSync(committedFile, 'utf8'));
  });

  it('accepts every clean note header', () => {
    const validate = validator();
    const dir = path.join(fixturesDir, 'clean');
    const notes = fs.readdirSync(dir).filter((name) => name.endsWith('.group.md'));
    assert.ok(notes.length >= 3);
    for (const name of notes) {
      const ok = validate(headerOf(fs.readFileSync(path.join(dir, name), 'utf8')));
      assert.ok(ok, `${name}: ${JSON.stringify(validate.errors)}`);
    }
  });

  it('rejects an unknown field, a value not allowed and a missing required field, at their paths', () => {
    const validate = validator();
    const cases: [string, string, string, string][] = [
      ['modality: in-person', 'modality: zoom', '/modality', 'enum'],
      ['pos: "11"', 'pos: "30"', '/pos', 'enum'],
      ['  npi: "1234567893"\n', '  npi: "1234567893"\n  fax: "555"\n', '/facilitator', 'additionalProperties'],
      ['date: 2026-11-20\nstart', 'start', '', 'required'],
      ['{ id: P004, name: David C., status: present }', '{ id: P004, name: David C. }', '/attendees/2', 'required'],
      ['count: 3', 'count: three', '/count', 'pattern'],
    ];
    for (const [search, replacement, where, keyword] of cases) {
      assert.ok(!validate(headerOf(edit(cleanNote(), search, replacement))), replacement);
      assert.ok(
        validate.errors?.some((error) => error.instancePath === where && error.keyword === keyword),
        `${replacement}: ${JSON.stringify(validate.errors)}`,
      );
    }
  });
});
