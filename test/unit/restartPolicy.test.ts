import * as assert from 'assert';
import { MAX_RESTARTS, RESTART_WINDOW_MS, RestartPolicy } from '../../client/src/restartPolicy';

describe('language server restart policy', () => {
  it('restarts the server and tells the user once, not on every exit', () => {
    let now = 0;
    const policy = new RestartPolicy(() => now);
    const first = policy.serverExited();
    assert.strictEqual(first.restart, true);
    assert.match(first.notice ?? '', /stopped unexpectedly and was restarted/);
    now += RESTART_WINDOW_MS + 1;
    assert.deepStrictEqual(policy.serverExited(), { restart: true });
  });

  it(`stops after more than ${MAX_RESTARTS} exits within the window, saying so`, () => {
    let now = 0;
    const policy = new RestartPolicy(() => now);
    const decisions = Array.from({ length: MAX_RESTARTS + 1 }, () => {
      now += 1000;
      return policy.serverExited();
    });
    assert.ok(decisions.slice(0, MAX_RESTARTS).every((decision) => decision.restart));
    const last = decisions[MAX_RESTARTS];
    assert.strictEqual(last.restart, false);
    assert.match(last.notice ?? '', /stopped 5 times in 3 minutes and was not restarted again/);
  });

  it('exits spread over more than the window keep being restarted', () => {
    let now = 0;
    const policy = new RestartPolicy(() => now);
    for (let i = 0; i < 20; i++) {
      now += RESTART_WINDOW_MS / 2;
      assert.strictEqual(policy.serverExited().restart, true, `exit ${i + 1}`);
    }
  });
});
