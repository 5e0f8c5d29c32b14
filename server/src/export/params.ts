import * as path from 'path';
import { fileURLToPath } from 'url';
import type { ExportClaimsParams } from '../../../protocol/src/protocol';
import type { ExportOptions } from './exportClaims';

/**
 * `ExportClaimsParams` (the editor's request) -> `ExportOptions` for a workspace root.
 * `uri` must be a `file:` URI (an unsaved note cannot be exported: claims are built from what is on disk).
 */
export function exportOptionsFromParams(
  root: string,
  params: ExportClaimsParams,
): { ok: true; options: ExportOptions } | { ok: false; error: string } {
  let notes: string[] | undefined;
  if (params.uri !== undefined) {
    if (!params.uri.startsWith('file:'))
      return { ok: false, error: 'save the note before exporting it (claims are built from the file on disk)' };
    try {
      notes = [fileURLToPath(params.uri)];
    } catch {
      return { ok: false, error: `not a file URI: ${params.uri}` };
    }
  }
  return {
    ok: true,
    options: {
      root: path.resolve(root),
      notes,
      from: params.from,
      to: params.to,
      formats: params.formats,
      outDir: params.outDir,
      replace: params.replace,
    },
  };
}
