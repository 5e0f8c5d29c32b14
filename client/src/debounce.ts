import * as vscode from 'vscode';

/**
 * Runs `action` once, `delayMs` after the last `schedule()`: bursts of events (a diagnostics
 * update per keystroke, a folder of files written at once) cost one run.
 */
export class Debouncer implements vscode.Disposable {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly delayMs: number,
    private readonly action: () => void,
  ) {}

  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.action();
    }, this.delayMs);
  }

  /** Drops a scheduled run (the caller does the work now). */
  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  dispose(): void {
    this.cancel();
  }
}
