/**
 * The JSON Schema (draft-07) of the note header, made from the header field registry. scripts/build-schemas.mjs
 * writes it to server/src/schemas/note-header.schema.json (shipped in dist/schemas for tools and editors);
 * test/unit/headerJsonSchema.test.ts fails when the committed file and the registry differ.
 *
 * The schema states the canonical form: enumerations in their written case, `required` as GN101 requires
 * (recommended fields are not required). GroupNote itself reads more leniently (GN106: case, a single value
 * for a list) and checks more (GN102 dates, GN107 NPIs): the rules stay the authority on a note.
 */
import { HEADER_REGISTRY, requiredKeys, type FieldSpec } from './headerRegistry';

type JsonSchema = Record<string, unknown>;

/** Text or a number that reads the same (`npi: 1234567893`, `pos: 11`). */
const TEXT_TYPES = ['string', 'number'];

/** Codes written as digits may reach the schema as numbers when unquoted (`cpt: 90853`, `pos: 11`). */
function codeEnum(values: Iterable<string>): unknown[] {
  const codes = [...values];
  const numbers = codes.filter((code) => /^[1-9]\d*$/.test(code)).map(Number);
  return [...codes, ...numbers];
}

function schemaOf(spec: FieldSpec): JsonSchema {
  const described: JsonSchema = spec.doc === undefined ? {} : { description: spec.doc };
  switch (spec.kind) {
    case 'text':
    case 'scalar':
      return { ...described, type: TEXT_TYPES };
    case 'enum':
      return { ...described, enum: codeEnum(spec.values) };
    case 'pos':
      return { ...described, enum: codeEnum([...spec.values].sort()) };
    case 'integer':
      return { ...described, type: ['integer', 'string'], minimum: 0, pattern: '^\\s*\\d+\\s*$' };
    case 'modifier':
      return { ...described, type: TEXT_TYPES, pattern: '^[A-Za-z0-9]{2}$' };
    case 'cpt-code':
      return { ...described, type: TEXT_TYPES, pattern: '^\\d{4}[0-9A-Za-z](?![0-9A-Za-z])' };
    case 'list': {
      const list: JsonSchema = { type: 'array', items: schemaOf(spec.item) };
      // A single value where a list is expected is read as a list of one (docs/format.md), except for entries.
      if (spec.item.kind === 'map') return { ...described, ...list };
      return { ...described, anyOf: [list, schemaOf(spec.item)] };
    }
    case 'map': {
      const properties: Record<string, JsonSchema> = {};
      for (const [key, child] of Object.entries(spec.fields)) properties[key] = schemaOf(child);
      const required = requiredKeys(spec);
      return {
        ...described,
        type: 'object',
        additionalProperties: false,
        ...(required.length ? { required } : {}),
        properties,
      };
    }
  }
}

export function noteHeaderJsonSchema(): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://groupnote.invalid/schemas/note-header.schema.json',
    title: 'GroupNote note header (the YAML front matter of a .group.md note)',
    description:
      'Generated from server/src/model/headerRegistry.ts by scripts/build-schemas.mjs; do not edit. ' +
      'See docs/format.md.',
    ...schemaOf(HEADER_REGISTRY),
  };
}
