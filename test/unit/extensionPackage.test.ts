import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { allRules } from '../../server/src/rules';
import { docsUrl } from '../../server/src/rules/docsLinks';
import { extensionReadme } from '../../server/src/rules/ruleTable';
import { repoRoot } from '../support/paths';
import { fileURLToPath } from 'url';

const readme = () => fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');

/** The files `vsce` puts in the VSIX (the real packager, reading .vscodeignore). */
function packagedFiles(): Set<string> {
  // As `npm run package` packs it: the extension page is dist/README.md (written here first).
  fs.mkdirSync(path.join(repoRoot, 'dist'), { recursive: true });
  fs.writeFileSync(path.join(repoRoot, 'dist', 'README.md'), extensionReadme(readme()));
  const out = execFileSync(
    path.join(repoRoot, 'node_modules', '.bin', 'vsce'),
    ['ls', '--no-dependencies', '--readme-path', 'dist/README.md'],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  return new Set(
    out
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  );
}

describe('the extension package and its page', () => {
  let files: Set<string>;
  before(function () {
    this.timeout(120_000);
    files = packagedFiles();
  });

  it('ships every README image (relative paths, so they load from the installed extension, offline)', () => {
    const images = [...readme().matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((match) => match[1]);
    assert.ok(images.length >= 2, 'the README shows screenshots');
    for (const image of images) {
      assert.doesNotMatch(image, /^[a-z]+:/i, `${image} is a relative path`);
      assert.ok(fs.existsSync(path.join(repoRoot, image)), `${image} exists`);
      assert.ok(files.has(image), `${image} is in the package`);
    }
  });

  it('ships the rule pages, the format reference, the walkthrough and one readme (the extension page)', () => {
    assert.ok(files.has('dist/README.md'));
    assert.ok(!files.has('README.md'), 'one readme: two differing only in case cannot be in a VSIX');
    for (const rule of allRules) assert.ok(files.has(`docs/rules/${rule.id}.md`), rule.id);
    assert.ok(files.has('docs/format.md'));
    assert.ok(files.has('docs/walkthrough/set-up.md'));
  });

  it("the extension page's rule table opens the bundled pages through a command, not a web address", () => {
    const page = extensionReadme(readme());
    assert.doesNotMatch(page, /\]\(docs\/rules\//);
    const opened = [...page.matchAll(/\]\(command:groupnote\.showRuleDocs\?([^)]+)\)/g)].map(
      (match) => (JSON.parse(decodeURIComponent(match[1])) as string[])[0],
    );
    assert.deepStrictEqual([...new Set(opened)].sort(), allRules.map((rule) => rule.id).sort());
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    assert.match(manifest.scripts.package, /--no-rewrite-relative-links/);
    // No web address that may not exist: the manifest names no repository, and vsce is told so.
    assert.strictEqual((manifest as { repository?: unknown }).repository, undefined);
    assert.match(manifest.scripts.package, /--allow-missing-repository/);
    assert.match(manifest.scripts.package, /--readme-path dist\/README\.md/);
  });

  it('the extension page has no relative link that would do nothing there (only images stay relative)', () => {
    const page = extensionReadme(readme());
    const relative = [...page.matchAll(/(!?)\[[^\]]*\]\(([^)\s]+)\)/g)]
      .filter(([, bang, target]) => !bang && !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('#'))
      .map(([link]) => link);
    assert.deepStrictEqual(relative, []);
    assert.match(page, /\]\(command:groupnote\.showFormatReference\)/, 'docs/format.md opens the bundled reference');
    assert.match(page, /\]\(command:groupnote\.showRuleDocs\)/, 'docs/rules opens the rule picker');
    assert.match(extensionReadme('see [CONTRIBUTING.md](CONTRIBUTING.md).'), /^see CONTRIBUTING\.md\.$/);
  });

  it("diagnostics link to the rule's page on this computer", () => {
    for (const rule of allRules) {
      const href = docsUrl(rule.id);
      assert.ok(href?.startsWith('file:'), `${rule.id}: ${href}`);
      assert.ok(href && fs.existsSync(fileURLToPath(href)), `${rule.id}: ${href} exists`);
    }
    assert.strictEqual(docsUrl('not a rule'), undefined);
  });
});
