/**
 * The settings files are checked against their JSON Schemas (server/src/schemas): each problem at the
 * line of the field, unknown fields as warnings, messages that never quote a value (a roster is PHI),
 * and every settings file in the repository (examples, fixtures) valid.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { loadWorkspace } from '../../server/src/workspace/loadWorkspace';
import { readYamlFile } from '../../server/src/workspace/readYamlFile';
import { repoRoot } from '../support/paths';
import { TempDirs } from '../support/tempDirs';

const temps = new TempDirs();

function workspaceWith(files: Record<string, string>): string {
  const root = temps.make('gn-schema-');
  fs.mkdirSync(path.join(root, '.groupnote'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(root, '.groupnote', name), text);
  return root;
}

function settingsFilesIn(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'out' || entry.name === '.git') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...settingsFilesIn(full));
    else if (path.basename(dir) === '.groupnote' && /^(roster|practice|config)\.yaml$/.test(entry.name))
      found.push(full);
  }
  return found;
}

describe('settings files against their schemas', () => {
  after(() => temps.removeAll());

  it('reports a wrong roster value at its line, without quoting it', async () => {
    const root = workspaceWith({
      'roster.yaml': [
        'patients:',
        '  - id: P001',
        '    name: { last: Quintero, first: Marisol }',
        '    sex: X-SECRET',
        '    insurance:',
        '      relationship: cousin',
      ].join('\n'),
    });
    const { problems } = await loadWorkspace(root);
    const sex = problems.find((problem) => problem.message.includes('patients[1].sex'));
    assert.ok(sex, 'sex is reported');
    assert.strictEqual(sex.line, 3);
    assert.strictEqual(sex.severity, 'error');
    assert.ok(!sex.message.includes('X-SECRET'), 'the value is never quoted');
    const relationship = problems.find((problem) => problem.message.includes('relationship'));
    assert.strictEqual(relationship?.line, 5);
    assert.ok(problems.every((problem) => !problem.message.includes('Quintero')));
  });

  it('an unknown field is a warning at its key; a bad fee or NPI an error at its line', async () => {
    const root = workspaceWith({
      'roster.yaml': 'patients:\n  - id: P001\n    nickname: JJ\n',
      'practice.yaml': 'billing:\n  npi: "12345"\nfees: { "90853": -3 }\n',
      'config.yaml': 'rules:\n  GN302: loud\nthresholds:\n  cloneWarn: 2\n',
    });
    const { problems } = await loadWorkspace(root);
    const at = (text: string) => problems.find((problem) => problem.message.includes(text));
    assert.deepStrictEqual([at('nickname')?.severity, at('nickname')?.line], ['warning', 2]);
    assert.deepStrictEqual([at('billing.npi')?.severity, at('billing.npi')?.line], ['error', 1]);
    assert.strictEqual(at('fees.90853')?.line, 2);
    assert.strictEqual(at('rules.GN302')?.line, 1);
    assert.strictEqual(at('thresholds.cloneWarn')?.line, 3);
    // The reader still ignores the bad values (defaults stay in force) and says each thing once.
    assert.strictEqual(problems.filter((problem) => problem.message.includes('GN302')).length, 1);
  });

  it('every settings file in the repository is valid', async () => {
    const files = settingsFilesIn(repoRoot);
    assert.ok(files.length >= 3, `found ${files.length} settings files`);
    for (const file of files) {
      const read = await readYamlFile(file);
      if (read.kind !== 'ok') continue; // fixtures of unreadable YAML are tested elsewhere
      assert.deepStrictEqual(
        read.problems.map((problem) => problem.message),
        [],
        path.relative(repoRoot, file),
      );
    }
  });

  it('the schemas ship with the extension for the YAML extension (yamlValidation)', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      contributes: { yamlValidation: { fileMatch: string; url: string }[] };
    };
    const shipped = fs.readFileSync(path.join(repoRoot, '.vscodeignore'), 'utf8');
    assert.match(shipped, /^!dist\/schemas\/\*\.schema\.json$/m);
    for (const name of ['roster', 'practice', 'config']) {
      const entry = manifest.contributes.yamlValidation.find((item) => item.fileMatch.endsWith(`/${name}.yaml`));
      assert.strictEqual(entry?.url, `./dist/schemas/${name}.schema.json`);
      const source = path.join(repoRoot, 'server', 'src', 'schemas', `${name}.schema.json`);
      assert.ok(fs.existsSync(source), `${name} schema exists`);
    }
  });
});
