/**
 * The settings files' validators are ajv's standalone code, generated at build time
 * (scripts/build-settings-validators.mjs) instead of compiled when a workspace is first loaded. The generated code
 * must be up to date with the schemas and answer exactly as `ajv.compile` with the same options: the same verdict and
 * the same errors (keyword, paths, params, schema), on every settings file of the repository and on values broken in
 * each way a writer breaks them (wrong type, unknown field, missing field, bad enum or pattern, empty list).
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import Ajv, { type ValidateFunction } from 'ajv';
import YAML from 'yaml';
import * as generated from '../../server/src/schemas/settingsValidators.generated';
import { repoRoot } from '../support/paths';

const NAMES = ['roster', 'practice', 'config'] as const;
type Name = (typeof NAMES)[number];

const GENERATED = generated as unknown as Record<Name, ValidateFunction> & { AJV_OPTIONS: object };

function compiled(): Record<Name, ValidateFunction> {
  const ajv = new Ajv({ ...GENERATED.AJV_OPTIONS });
  const read = (name: Name) =>
    JSON.parse(
      fs.readFileSync(path.join(repoRoot, 'server', 'src', 'schemas', `${name}.schema.json`), 'utf8'),
    ) as object;
  return {
    roster: ajv.compile(read('roster')),
    practice: ajv.compile(read('practice')),
    config: ajv.compile(read('config')),
  };
}

/** Every roster, practice and config file of the repository (examples, fixtures, the test workspace). */
function settingsFiles(dir: string, found: { name: Name; value: unknown }[] = []): { name: Name; value: unknown }[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (['node_modules', 'out', '.git', 'dist', 'eval'].includes(entry.name)) continue;
    const full = path.join(dir, entry.name);
    const match = /^(roster|practice|config)\.yaml$/.exec(entry.name);
    if (entry.isDirectory()) settingsFiles(full, found);
    else if (match && path.basename(dir) === '.groupnote') {
      try {
        found.push({ name: match[1] as Name, value: YAML.parse(fs.readFileSync(full, 'utf8')) as unknown });
      } catch {
        // A fixture that is not YAML at all is the reader's test, not the schema's.
      }
    }
  }
  return found;
}

const BROKEN_VALUES: readonly unknown[] = [42, 'X-SECRET', null, true, [], {}, ['a', 3], { extra: 1 }, '', -1.5];

/** The value with the thing at `steps` replaced (or deleted when `replacement` is the DELETE marker). */
const DELETE = Symbol('delete');
function withChange(value: unknown, steps: readonly (string | number)[], replacement: unknown): unknown {
  if (!steps.length) return replacement === DELETE ? undefined : replacement;
  const copy: unknown = Array.isArray(value) ? [...(value as unknown[])] : { ...(value as Record<string, unknown>) };
  const [step, ...rest] = steps;
  const container = copy as Record<string | number, unknown>;
  if (!rest.length && replacement === DELETE) {
    if (Array.isArray(copy)) copy.splice(step as number, 1);
    else delete container[step];
  } else container[step] = withChange(container[step], rest, replacement);
  return copy;
}

/** Each path into a value (objects and arrays), the root first. */
function pathsOf(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const paths = [at];
  if (Array.isArray(value)) value.forEach((item, index) => paths.push(...pathsOf(item, [...at, index])));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...at, key]));
  return paths;
}

/** The settings values to compare on: each file as written, then broken at every path in every way. */
function cases(): { name: Name; value: unknown }[] {
  const all: { name: Name; value: unknown }[] = [];
  for (const { name, value } of settingsFiles(repoRoot)) {
    all.push({ name, value });
    for (const at of pathsOf(value)) {
      all.push({ name, value: withChange(value, at, DELETE) ?? {} });
      if (at.length) all.push({ name, value: withChange(value, [...at.slice(0, -1), 'unknownField'], 1) });
      for (const broken of BROKEN_VALUES) all.push({ name, value: withChange(value, at, broken) });
    }
  }
  return all;
}

describe('settings validators generated at build time', () => {
  it('the generated module is what the schemas give (run node scripts/build-settings-validators.mjs)', () => {
    const result = spawnSync(
      process.execPath,
      [path.join(repoRoot, 'scripts', 'build-settings-validators.mjs'), '--check'],
      { encoding: 'utf8' },
    );
    assert.strictEqual(result.status, 0, result.stderr);
  });

  it('answers exactly as ajv.compile on every settings file and on each broken form of them', () => {
    const slow = compiled();
    const all = cases();
    const byName = new Map(NAMES.map((name) => [name, all.filter((one) => one.name === name).length]));
    for (const name of NAMES) assert.ok((byName.get(name) ?? 0) > 50, `${name}: too few cases to compare`);
    let rejected = 0;
    for (const { name, value } of all) {
      const fast = GENERATED[name];
      const verdict = fast(value);
      assert.strictEqual(verdict, slow[name](value), `${name}: the same verdict`);
      assert.deepStrictEqual(fast.errors, slow[name].errors, `${name}: the same errors`);
      if (!verdict) rejected++;
    }
    assert.ok(rejected > all.length / 2, 'most broken values are rejected');
  });
});
