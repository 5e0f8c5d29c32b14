/**
 * What the extension does when its language server process ends on its own (issue 16): restart it, and
 * tell the clinician once per session, not on every restart (a stream of error pop-ups helps nobody).
 * After too many exits in a short time it stops restarting and says so, once. Free of VS Code types so
 * that it is tested on its own; server.ts adapts it to vscode-languageclient's ErrorHandler.
 */

/** Restarts allowed within RESTART_WINDOW_MS before the extension gives up. */
export const MAX_RESTARTS = 4;
export const RESTART_WINDOW_MS = 3 * 60 * 1000;

export type ServerExitDecision = { restart: true; notice?: string } | { restart: false; notice: string };

export class RestartPolicy {
  private readonly exits: number[] = [];
  private told = false;

  constructor(private readonly now: () => number = Date.now) {}

  /** Called when the server process has ended without being asked to. */
  serverExited(): ServerExitDecision {
    const at = this.now();
    this.exits.push(at);
    while (this.exits.length && at - this.exits[0] > RESTART_WINDOW_MS) this.exits.shift();
    if (this.exits.length > MAX_RESTARTS)
      return {
        restart: false,
        notice:
          `GroupNote's language server stopped ${this.exits.length} times in ${RESTART_WINDOW_MS / 60000} minutes ` +
          'and was not restarted again. Reload the window to start it; the "GroupNote" output shows what happened.',
      };
    if (this.told) return { restart: true };
    this.told = true;
    return {
      restart: true,
      notice:
        "GroupNote's language server stopped unexpectedly and was restarted; its checks are back. " +
        'The "GroupNote" output shows what happened.',
    };
  }
}
