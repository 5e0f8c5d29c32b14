// Regenerates the README's rule table from the rule metadata and its settings table from package.json
// (run after `tsc -b`). test/unit/docs.test.ts and editorSettings.test.ts fail when they are out of date.
import { readFileSync, writeFileSync } from 'fs';
import { createRequire } from 'module';

const require = createRequire(import.meta.url);
const { allRules } = require('../out/server/src/rules/index.js');
const { renderRuleTable, replaceRuleTable } = require('../out/server/src/rules/ruleTable.js');
const {
  renderSettingsTable,
  SETTINGS_TABLE_START,
  SETTINGS_TABLE_END,
} = require('../out/server/src/workspace/editorSettingsContribution.js');

const readme = readFileSync('README.md', 'utf8');
let updated = replaceRuleTable(readme, renderRuleTable(allRules));
if (updated === undefined) {
  console.error('README.md has no rules-table markers');
  process.exit(2);
}
const settings = JSON.parse(readFileSync('package.json', 'utf8')).contributes.configuration.properties;
const start = updated.indexOf(SETTINGS_TABLE_START);
const end = updated.indexOf(SETTINGS_TABLE_END);
if (start < 0 || end < start) {
  console.error('README.md has no settings-table markers');
  process.exit(2);
}
updated = updated.slice(0, start) + renderSettingsTable(settings) + updated.slice(end + SETTINGS_TABLE_END.length);
if (updated !== readme) writeFileSync('README.md', updated);
console.log(
  `README rule table: ${allRules.length} rules, settings table: ${Object.keys(settings).length} settings` +
    (updated === readme ? ' (unchanged)' : ' (updated)'),
);
