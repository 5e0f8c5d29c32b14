// Writes the note header's JSON Schema from the header field registry (run after `tsc -b`):
// server/src/schemas/note-header.schema.json, formatted by Prettier like the rest of the repository.
// test/unit/headerJsonSchema.test.ts fails when the committed file and the registry differ.
import { readFileSync, writeFileSync } from 'fs';
import { createRequire } from 'module';
import * as prettier from 'prettier';

const require = createRequire(import.meta.url);
const { noteHeaderJsonSchema } = require('../out/server/src/model/headerJsonSchema.js');

const file = 'server/src/schemas/note-header.schema.json';
const options = { ...(await prettier.resolveConfig(file)), filepath: file };
const text = await prettier.format(JSON.stringify(noteHeaderJsonSchema(), null, 2), options);
let before = '';
try {
  before = readFileSync(file, 'utf8');
} catch {
  // first run: no file yet
}
if (text !== before) writeFileSync(file, text);
console.log(`${file}${text === before ? ' (unchanged)' : ' (updated)'}`);
