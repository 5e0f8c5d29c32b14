import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Connection } from 'vscode-languageserver';
import { settingsReader } from '../../server/src/lsp/settings';
import {
  EDITOR_SETTING_GROUPS,
  editorSettingKeys,
  editorSettingsProperties,
  renderSettingsTable,
  SETTINGS_TABLE_END,
  SETTINGS_TABLE_START,
} from '../../server/src/workspace/editorSettingsContribution';
import { loadWorkspace } from '../../server/src/workspace/loadWorkspace';
import { DEFAULT_THRESHOLDS } from '../../server/src/workspace/types';
import { fixturesDir, repoRoot } from '../support/paths';

interface Manifest {
  contributes: { configuration: { properties: Record<string, unknown> } };
}

/** What the client would answer to `workspace/configuration` for section "groupnote". */
function readerAnswering(raw: unknown) {
  const connection = { workspace: { getConfiguration: () => Promise.resolve(raw) } } as unknown as Connection;
  return settingsReader(connection, () => true);
}

describe('editor settings for thresholds and phrase lists (Settings UI)', () => {
  it('package.json declares exactly the settings generated from config.schema.json (run `npm run schemas`)', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Manifest;
    const declared = Object.fromEntries(
      Object.entries(manifest.contributes.configuration.properties).filter(([key]) =>
        EDITOR_SETTING_GROUPS.some((group) => key.startsWith(`groupnote.${group}.`)),
      ),
    );
    assert.deepStrictEqual(declared, editorSettingsProperties());
  });

  it('covers every threshold GroupNote has and every phrase list', () => {
    assert.deepStrictEqual(editorSettingKeys('thresholds').sort(), Object.keys(DEFAULT_THRESHOLDS).sort());
    assert.deepStrictEqual(editorSettingKeys('phrases').sort(), ['genericInterventions', 'vague', 'vagueIgnore']);
    // Unset thresholds must not replace config.yaml's value with a default: their default is null.
    for (const [key, spec] of Object.entries(editorSettingsProperties()))
      if (key.startsWith('groupnote.thresholds.')) assert.strictEqual(spec.default, null, key);
  });

  it('reads only the values set, and leaves out bad ones', async () => {
    const settings = await readerAnswering({
      thresholds: { minMinutes: 30, maxMinutes: null, maxGroupSize: -1, cloneWarn: 'high', unknown: 3 },
      phrases: { vague: [' did fine ', '', 7], vagueIgnore: [] },
    })('file:///notes/a.group.md');
    assert.deepStrictEqual(settings.thresholds, { minMinutes: 30 });
    assert.deepStrictEqual(settings.phrases, { vague: ['did fine'] });
    const none = await readerAnswering({ thresholds: {}, phrases: { vague: [] } })('file:///notes/a.group.md');
    assert.strictEqual(none.thresholds, undefined);
    assert.strictEqual(none.phrases, undefined);
  });

  it("replace config.yaml's thresholds and add to its phrase lists", async () => {
    const team = await loadWorkspace(fixturesDir);
    const mine = await loadWorkspace(fixturesDir, {
      thresholds: { maxMinutes: 95 },
      phrases: { vague: ['went fine'], genericInterventions: team.config.phrases.genericInterventions.slice(0, 1) },
    });
    assert.strictEqual(mine.config.thresholds.maxMinutes, 95);
    assert.strictEqual(mine.config.thresholds.minMinutes, team.config.thresholds.minMinutes);
    assert.deepStrictEqual(mine.config.phrases.vague, [...team.config.phrases.vague, 'went fine']);
    assert.deepStrictEqual(mine.config.phrases.genericInterventions, team.config.phrases.genericInterventions);
  });
});

describe('README settings table', () => {
  it('is generated from package.json (run `npm run docs`)', () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      contributes: {
        configuration: { properties: Record<string, { default?: unknown; markdownDescription?: string }> };
      };
    };
    const start = readme.indexOf(SETTINGS_TABLE_START);
    const end = readme.indexOf(SETTINGS_TABLE_END);
    assert.ok(start >= 0 && end > start, 'README has the settings table markers');
    assert.strictEqual(
      readme.slice(start, end + SETTINGS_TABLE_END.length),
      renderSettingsTable(manifest.contributes.configuration.properties),
    );
  });
});
