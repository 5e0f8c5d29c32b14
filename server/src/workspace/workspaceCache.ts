import * as path from 'path';
import { findWorkspaceRoot, loadWorkspace, type EditorSettings, type WorkspaceData } from './loadWorkspace';

/**
 * Memoises workspace roots (per folder) and loaded workspace data (per root and settings),
 * so a keystroke never waits on the file system once a workspace is known.
 */
export class WorkspaceCache {
  private readonly rootsByDir = new Map<string, Promise<string | undefined>>();
  private readonly dataByKey = new Map<string, Promise<WorkspaceData>>();

  rootOf(file: string | undefined): Promise<string | undefined> {
    if (!file) return Promise.resolve(undefined);
    const dir = path.dirname(file);
    let root = this.rootsByDir.get(dir);
    if (!root) {
      root = findWorkspaceRoot(dir);
      this.rootsByDir.set(dir, root);
    }
    return root;
  }

  data(root: string | undefined, settings: EditorSettings): Promise<WorkspaceData> {
    const key = workspaceKey(root, settings);
    let data = this.dataByKey.get(key);
    if (!data) {
      data = loadWorkspace(root, settings);
      this.dataByKey.set(key, data);
    }
    return data;
  }

  /** Forget loaded files under `root` (or everything), e.g. when `.groupnote/*.yaml` changes. */
  invalidate(root?: string): void {
    if (!root) {
      this.dataByKey.clear();
      this.rootsByDir.clear();
      return;
    }
    for (const key of [...this.dataByKey.keys()]) if (key.startsWith(`${root}\u0000`)) this.dataByKey.delete(key);
    // A new or deleted .groupnote folder can change which root a folder belongs to.
    this.rootsByDir.clear();
  }
}

/** One key per workspace root and editor settings: the data loaded for them is the same. */
export function workspaceKey(root: string | undefined, settings: EditorSettings): string {
  return `${root ?? ''}\u0000${JSON.stringify(settings)}`;
}
