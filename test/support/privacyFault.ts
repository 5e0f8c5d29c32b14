/**
 * Preloaded into the language server and the CLI (NODE_OPTIONS=--require) by the privacy tests:
 * makes rules fail on notes that contain FAULT_MARKER, with an error whose message carries a
 * member's name and a note sentence, so the tests can check that a failing rule never puts them in a log.
 *
 * Rules lower-case the words of member prose; the parser never lower-cases the body. The privacy
 * test checks that a rule failure was really logged, so a change in how rules read prose shows up as
 * a failed precondition, not as a silently weaker test.
 * Never import this module from a test: it patches the process it runs in.
 */
import { FAULT_MARKER } from './privacyFaultMarker';

const LEAK = 'Sarah Miller told the group that she stopped taking her medication last week.';

function trap(name: 'toLowerCase' | 'toLocaleLowerCase'): void {
  // Called below with apply and the right `this`.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const original = String.prototype[name];
  Object.defineProperty(String.prototype, name, {
    configurable: true,
    writable: true,
    value: function (this: string, ...args: unknown[]) {
      if (String(this).includes(FAULT_MARKER))
        throw new Error(`injected failure for ${LEAK} in ${String(this).slice(0, 2000)}`);
      return (original as (...a: unknown[]) => string).apply(this, args);
    },
  });
}

trap('toLowerCase');
trap('toLocaleLowerCase');
