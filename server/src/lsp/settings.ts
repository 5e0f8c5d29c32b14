import type { Connection } from 'vscode-languageserver';
import type { EditorSettings } from '../workspace/loadWorkspace';
import type { SeveritySetting } from '../workspace/types';

interface RawSettings {
  rules?: Record<string, SeveritySetting>;
  icd10?: { codesFile?: string; orderFile?: string };
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
    return settings;
  };
}
