import { copyFileSync, mkdirSync } from 'fs';
// Bundles the extension client, the language server and the command line into dist/.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // ES modules bundled into CommonJS (pdfkit's node build) locate their data files with import.meta.url.
  define: { 'import.meta.url': '__groupnote_import_meta_url' },
  banner: { js: "var __groupnote_import_meta_url = require('url').pathToFileURL(__filename).href;" },
};

// The extension and the server ship in the VSIX: minified (the source maps keep stack traces readable).
await Promise.all([
  build({
    ...common,
    minify: true,
    entryPoints: ['client/src/extension.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
  }),
  build({ ...common, minify: true, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' }),
  // Batch worker threads of the server and the command line (they load it from their own folder).
  build({
    ...common,
    minify: true,
    entryPoints: ['server/src/batch/batchWorker.ts'],
    outfile: 'dist/batchWorker.js',
  }),
  // The language server's workspace scan thread (service/noteIndexStore.ts loads it from its own folder).
  build({ ...common, minify: true, entryPoints: ['server/src/service/scanWorker.ts'], outfile: 'dist/scanWorker.js' }),
]);

// The settings-file schemas ship as files too: the YAML extension reads them (package.json yamlValidation).
// The note header's (generated from the header field registry) is for tools that read notes' front matter.
mkdirSync('dist/schemas', { recursive: true });
for (const name of ['roster', 'practice', 'config', 'note-header'])
  copyFileSync(`server/src/schemas/${name}.schema.json`, `dist/schemas/${name}.schema.json`);

// The fonts embedded in PDFs (server/src/pdf/fonts.ts reads them beside the bundle), with their licence.
mkdirSync('dist/fonts', { recursive: true });
for (const name of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'])
  copyFileSync(`node_modules/dejavu-fonts-ttf/ttf/${name}`, `dist/fonts/${name}`);
copyFileSync('node_modules/dejavu-fonts-ttf/LICENSE', 'dist/fonts/LICENSE');
