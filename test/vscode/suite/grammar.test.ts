import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID, type ExtensionManifest } from './helpers';

/**
 * Tokenizes a note with the extension's grammar and VS Code's own YAML and Markdown grammars,
 * using the vscode-textmate and vscode-oniguruma that ship with this VS Code (the same engine the editor uses).
 */

interface Token {
  line: number;
  text: string;
  scopes: string[];
}

interface TextMate {
  Registry: new (options: unknown) => {
    loadGrammar(scope: string): Promise<{
      tokenizeLine(
        line: string,
        state: unknown,
      ): { tokens: { startIndex: number; endIndex: number; scopes: string[] }[]; ruleStack: unknown };
    } | null>;
  };
  INITIAL: unknown;
  parseRawGrammar(content: string, filePath: string): unknown;
}
interface Oniguruma {
  loadWASM(data: ArrayBuffer): Promise<void>;
  OnigScanner: new (sources: string[]) => unknown;
  OnigString: new (text: string) => unknown;
}

/**
 * A package of the editor's own node_modules: a plain folder in code-server, maybe an unpacked asar in desktop builds.
 */
function vscodeModuleDir(name: string): string | undefined {
  for (const folder of ['node_modules', 'node_modules.asar.unpacked', 'node_modules.asar']) {
    const dir = path.join(vscode.env.appRoot, folder, name);
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
  }
  return undefined;
}

const NOTE = [
  '---',
  'cpt: "90853"',
  'count: 3  # groupnote-disable-line GN104',
  'attendees:',
  '  - { id: P001, name: Sarah M., status: present, dx: [F41.1] }',
  '---',
  '<!-- groupnote-disable-next-line GN302 -->',
  '## Sarah M. (P001)',
  'Mood **anxious**; <!-- groupnote-disable GN303 GN304 --> plain <!-- not a directive -->',
].join('\n');

suite('Grammar', () => {
  let tokens: Token[] = [];

  suiteSetup(async function () {
    await activateExtension();
    const textmateDir = vscodeModuleDir('vscode-textmate');
    const onigurumaDir = vscodeModuleDir('vscode-oniguruma');
    if (!textmateDir || !onigurumaDir) {
      // code-server ships both; a desktop build may keep them packed where Node cannot load them.
      console.warn(`vscode-textmate / vscode-oniguruma not found under ${vscode.env.appRoot}: grammar tests skipped`);
      this.skip();
    }
    // VS Code's own copies, loaded by path from its install folder (not dependencies of this project).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const textmate = require(textmateDir) as TextMate;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const oniguruma = require(onigurumaDir) as Oniguruma;
    const wasm = fs.readFileSync(path.join(onigurumaDir, 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));

    const grammarFiles = new Map<string, string>();
    for (const extension of vscode.extensions.all) {
      const grammars = (extension.packageJSON as ExtensionManifest).contributes?.grammars ?? [];
      for (const grammar of grammars) {
        if (grammar.scopeName && grammar.path && !grammarFiles.has(grammar.scopeName))
          grammarFiles.set(grammar.scopeName, path.join(extension.extensionPath, grammar.path));
      }
    }
    const own = grammarFiles.get('text.groupnote');
    assert.ok(
      own && own.startsWith(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath),
      'text.groupnote is not contributed by GroupNote',
    );

    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
        createOnigString: (text: string) => new oniguruma.OnigString(text),
      }),
      loadGrammar: (scope: string) => {
        const file = grammarFiles.get(scope);
        return Promise.resolve(file ? textmate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null);
      },
    });
    const grammar = await registry.loadGrammar('text.groupnote');
    assert.ok(grammar, 'text.groupnote did not load');
    let state = textmate.INITIAL;
    tokens = [];
    NOTE.split('\n').forEach((text, line) => {
      const result = grammar.tokenizeLine(text, state);
      state = result.ruleStack;
      for (const token of result.tokens)
        tokens.push({ line, text: text.slice(token.startIndex, token.endIndex), scopes: token.scopes });
    });
  });

  function scopesOf(line: number, text: string): string[] {
    const token = tokens.find((t) => t.line === line && t.text.trim() === text);
    assert.ok(
      token,
      `no token "${text}" on line ${line + 1}; tokens: ${tokens
        .filter((t) => t.line === line)
        .map((t) => JSON.stringify(t.text))
        .join(' ')}`,
    );
    return token.scopes;
  }

  test('the header is embedded YAML between the --- lines', () => {
    assert.ok(scopesOf(0, '---').some((s) => s.startsWith('punctuation.definition.begin.frontmatter')));
    const key = scopesOf(1, 'cpt');
    assert.ok(key.includes('meta.embedded.block.frontmatter.groupnote'), key.join(' '));
    assert.ok(
      key.some((s) => s.endsWith('.yaml')),
      `not tokenized by the YAML grammar: ${key.join(' ')}`,
    );
    assert.ok(scopesOf(5, '---').some((s) => s.startsWith('punctuation.definition.end.frontmatter')));
  });

  test('# groupnote-disable-line in the header is a directive', () => {
    assert.ok(scopesOf(2, 'groupnote-disable-line').includes('keyword.other.directive.groupnote'));
    assert.ok(scopesOf(2, 'GN104').includes('constant.other.rule-id.groupnote'));
  });

  test('the member heading has the attendee id in its own scope', () => {
    assert.ok(scopesOf(7, 'P001').includes('entity.name.tag.attendee-id.groupnote'));
    assert.ok(scopesOf(7, 'Sarah M.').some((s) => s.startsWith('entity.name.section')));
  });

  test('HTML comment directives are scoped, plain comments and Markdown stay Markdown', () => {
    assert.ok(scopesOf(6, 'groupnote-disable-next-line').includes('keyword.other.directive.groupnote'));
    assert.ok(scopesOf(6, 'GN302').includes('constant.other.rule-id.groupnote'));
    assert.ok(scopesOf(8, 'groupnote-disable').includes('keyword.other.directive.groupnote'));
    assert.ok(scopesOf(8, 'GN304').includes('constant.other.rule-id.groupnote'));
    assert.ok(scopesOf(8, 'anxious').includes('markup.bold.markdown'));
    assert.ok(!scopesOf(8, 'not a directive').some((s) => s.includes('directive')));
  });
});
