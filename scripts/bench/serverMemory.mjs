// Server memory with a workspace indexed: open one note of the workspace so the server scans every
// note for the GN605 index, wait until it re-publishes (scan done), then read /proc/<pid>/status.
import { promises as fs } from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { BenchClient, serverExecArgv } from './lspClient.mjs';

async function procStatus(pid) {
  const text = await fs.readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (field) => {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text);
    return match ? Number(match[1]) : NaN;
  };
  return { rssKb: kb('VmRSS'), hwmKb: kb('VmHWM') };
}

export async function measureServerMemory({ repoRoot, workspace, noteFile, indexTimeoutMs = 120000 }) {
  const client = new BenchClient([...serverExecArgv(repoRoot), path.join(repoRoot, 'dist', 'server.js'), '--stdio']);
  try {
    await client.initialize(workspace);
    const uri = pathToFileURL(noteFile).href;
    const reindexed = client
      .nextDiagnostics(uri, 1, indexTimeoutMs)
      .then(() => client.nextDiagnostics(uri, 1, indexTimeoutMs));
    const started = Date.now();
    await client.open(uri, 'groupnote', await fs.readFile(noteFile, 'utf8'));
    await reindexed;
    const indexMs = Date.now() - started;
    // Let the event loop settle (pending publications, a last GC slice) before reading.
    await new Promise((resolve) => setTimeout(resolve, 500));
    return { ...(await procStatus(client.pid)), indexMs };
  } finally {
    await client.shutdown();
  }
}
