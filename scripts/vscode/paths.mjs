// Where the code-server used by the in-VS-Code tests lives (outside the repository).
import os from 'node:os';
import path from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';

/** Base cache folder: $GROUPNOTE_CACHE, else ~/.cache/groupnote. */
export function cacheRoot() {
  return process.env.GROUPNOTE_CACHE || path.join(os.homedir(), '.cache', 'groupnote');
}

/** The folder code-server is installed into (an npm prefix with its own package.json). */
export function installDir() {
  return path.join(cacheRoot(), `code-server-${CODE_SERVER_VERSION}`);
}

/** The code-server launcher script. */
export function codeServerBin() {
  return path.join(installDir(), 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

/** Written last by the installer; its presence means the install is complete. */
export function markerFile() {
  return path.join(installDir(), '.groupnote-installed');
}

/** Chromium from Debian's package; GROUPNOTE_CHROMIUM overrides. */
export function chromiumPath() {
  return process.env.GROUPNOTE_CHROMIUM || '/usr/bin/chromium';
}
