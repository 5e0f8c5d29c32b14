import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';

/** The file system path of a `file:` URI, or undefined for untitled and other schemes. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function pathToUri(file: string): string {
  return pathToFileURL(path.resolve(file)).href;
}
