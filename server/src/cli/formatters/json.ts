import type { Formatter } from './types';

/** `[{file, ruleId, severity, message, range}]` with 0-based LSP positions. */
export const formatJson: Formatter = (results) =>
  JSON.stringify(
    results.flatMap(({ file, findings }) =>
      findings.map(({ ruleId, severity, message, range }) => ({ file, ruleId, severity, message, range })),
    ),
    null,
    2,
  ) + '\n';
