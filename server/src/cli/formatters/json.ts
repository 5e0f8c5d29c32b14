import type { Formatter } from './types';

/**
 * `[{file, ruleId, severity, message, range}]` with 0-based LSP positions; an error an inline
 * directive silenced is listed too, with `"suppressed": true` (as export lists them), so a silenced
 * error is never invisible. Exit codes count only the unsuppressed findings.
 */
export const formatJson: Formatter = (results) =>
  JSON.stringify(
    results.flatMap(({ file, findings, suppressed = [] }) => [
      ...findings.map(({ ruleId, severity, message, range }) => ({ file, ruleId, severity, message, range })),
      ...suppressed.map(({ ruleId, severity, message, range }) => ({
        file,
        ruleId,
        severity,
        message,
        range,
        suppressed: true,
      })),
    ]),
    null,
    2,
  ) + '\n';
