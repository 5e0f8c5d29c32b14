/** Calendar dates as `YYYY-MM-DD` strings in the local time zone (the clinic's day, not UTC). */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function formatDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function today(): string {
  return formatDate(new Date());
}

export function firstOfMonth(date = new Date()): string {
  return formatDate(new Date(date.getFullYear(), date.getMonth(), 1));
}

/** True for a real calendar date written as YYYY-MM-DD (rejects 2026-02-30). */
export function isValidDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
}

/** Why `text` is not an acceptable date, or undefined when it is. */
export function dateProblem(text: string): string | undefined {
  if (!ISO_DATE.test(text.trim())) return 'Enter the date as YYYY-MM-DD, e.g. 2026-11-20.';
  if (!isValidDate(text.trim())) return `${text.trim()} is not a calendar date.`;
  return undefined;
}
