import { isRealDate } from '../parse/values';

/**
 * What is wrong with a date-of-service range given to export, chart or records (either end may be
 * left open), or undefined: one wording for every command that takes `--from` and `--to`.
 */
export function dateRangeProblem(from: string | undefined, to: string | undefined): string | undefined {
  for (const [name, value] of [
    ['from', from],
    ['to', to],
  ] as const)
    if (value !== undefined && !isRealDate(value)) return `${name} must be a date written YYYY-MM-DD, not "${value}"`;
  if (from && to && from > to) return `from (${from}) is after to (${to})`;
  return undefined;
}
