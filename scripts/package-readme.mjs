// Writes dist/README.md, the README as the extension's page (vsce package --readme-path): rule links
// open the bundled rule pages through a command; images stay relative (run after `tsc -b`).
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { createRequire } from 'module';

const require = createRequire(import.meta.url);
const { extensionReadme } = require('../out/server/src/rules/ruleTable.js');

mkdirSync('dist', { recursive: true });
writeFileSync('dist/README.md', extensionReadme(readFileSync('README.md', 'utf8')));
console.log('dist/README.md (the extension page)');
