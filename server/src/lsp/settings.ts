import type { Connection } from 'vscode-languageserver';
import type { EditorSettings } from '../workspace/loadWorkspace';
import type { SeveritySetting } from '../workspace/types';
import { editorSettingKeys } from '../workspace/editorSettingsContribution';

interface RawSettings {
  rules?: Record<string, SeveritySetting>;
  icd10?: { codesFile?: string; orderFile?: string };
  thresholds?: Record<string, unknown>;
  phrases?: Record<string, unknown>;
  /** Added by the client (client/src/workspaceTrust.ts): false in VS Code Restricted Mode. */
  workspaceTrusted?: boolean;
}

/** Reads `groupnote.*` for one resource through `workspace/configuration` (when the client supports it). */
export function settingsReader(
  connection: Connection,
  supported: () => boolean,
): (uri: string) => Promise<EditorSettings> {
  return async (uri) => {
    if (!supported()) return {};
    const raw = (await connection.workspace.getConfiguration({
      scopeUri: uri,
      section: 'groupnote',
    })) as RawSettings | null;
    if (!raw || typeof raw !== 'object') return {};
    const settings: EditorSettings = {};
    if (raw.rules && typeof raw.rules === 'object' && Object.keys(raw.rules).length) settings.rules = raw.rules;
    const codesFile = raw.icd10?.codesFile?.trim();
    const orderFile = raw.icd10?.orderFile?.trim();
    if (codesFile || orderFile)
      settings.icd10 = { codesFile: codesFile || undefined, orderFile: orderFile || undefined };
    if (raw.workspaceTrusted === false) settings.workspaceTrusted = false;
    // Thresholds and phrase lists (editorSettingsContribution.ts): only values actually set; a bad one is left out.
    const thresholds: Record<string, number> = {};
    for (const key of editorSettingKeys('thresholds')) {
      const value = raw.thresholds?.[key];
      if (typeof value === 'number' && Number.isFinite(value) && value >= 0) thresholds[key] = value;
    }
    if (Object.keys(thresholds).length) settings.thresholds = thresholds;
    const phrases: Record<string, string[]> = {};
    for (const key of editorSettingKeys('phrases')) {
      const value = raw.phrases?.[key];
      const list = Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
      if (list.some((item) => item.trim())) phrases[key] = list.map((item) => item.trim()).filter(Boolean);
    }
    if (Object.keys(phrases).length) settings.phrases = phrases;
    return settings;
  };
}
