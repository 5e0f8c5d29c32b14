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

// The editor settings for config.yaml's thresholds and phrase lists (Settings UI), generated from
// config.schema.json into package.json `contributes.configuration` (test/unit/editorSettings.test.ts).
const {
  editorSettingsProperties,
  EDITOR_SETTING_GROUPS,
} = require('../out/server/src/workspace/editorSettingsContribution.js');
const manifestFile = 'package.json';
const manifestBefore = readFileSync(manifestFile, 'utf8');
const manifest = JSON.parse(manifestBefore);
const generated = editorSettingsProperties();
const isGenerated = (key) => EDITOR_SETTING_GROUPS.some((group) => key.startsWith(`groupnote.${group}.`));
const properties = {};
let placed = false;
for (const [key, value] of Object.entries(manifest.contributes.configuration.properties)) {
  if (isGenerated(key)) continue;
  // The generated settings go before the trace setting (kept last: it is for troubleshooting).
  if (key === 'groupnote.trace.server' && !placed) {
    Object.assign(properties, generated);
    placed = true;
  }
  properties[key] = value;
}
if (!placed) Object.assign(properties, generated);
manifest.contributes.configuration.properties = properties;
const manifestText = await prettier.format(JSON.stringify(manifest, null, 2), {
  ...(await prettier.resolveConfig(manifestFile)),
  filepath: manifestFile,
});
if (manifestText !== manifestBefore) writeFileSync(manifestFile, manifestText);
console.log(
  `${manifestFile} contributes.configuration${manifestText === manifestBefore ? ' (unchanged)' : ' (updated)'}`,
);
