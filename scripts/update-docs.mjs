// Regenerates the README's rule table from the rule metadata (run after `tsc -b`).
import { readFileSync, writeFileSync } from 'fs';
import { createRequire } from 'module';

const require = createRequire(import.meta.url);
const { allRules } = require('../out/server/src/rules/index.js');
const { renderRuleTable, replaceRuleTable } = require('../out/server/src/rules/ruleTable.js');

const readme = readFileSync('README.md', 'utf8');
const updated = replaceRuleTable(readme, renderRuleTable(allRules));
if (updated === undefined) {
  console.error('README.md has no rules-table markers');
  process.exit(2);
}
if (updated !== readme) writeFileSync('README.md', updated);
console.log(`README rule table: ${allRules.length} rules${updated === readme ? ' (unchanged)' : ' (updated)'}`);
