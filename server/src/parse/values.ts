/**
 * Tolerant readers for user-written YAML values (numbers where strings are expected, single values where lists are).
 */

export function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

export function asTextList(value: unknown): string[] {
  if (Array.isArray(value))
    return value
      .map(asText)
      .filter((item): item is string => item !== undefined && item.trim() !== '')
      .map((item) => item.trim());
  const single = asText(value);
  return single && single.trim() ? [single.trim()] : [];
}

export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** A two-digit place-of-service code; `11` written as a number becomes "11", `2` becomes "02". */
export function posCode(value: unknown): string | undefined {
  const text = asText(value)?.trim();
  if (!text) return undefined;
  return /^\d$/.test(text) ? `0${text}` : text;
}

/** Minutes since midnight for "HH:MM" (24 h), or undefined when not valid. */
export function minutesOf(value: unknown): number | undefined {
  const text = asText(value)?.trim();
  const match = text ? /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text) : null;
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/** Whether `YYYY-MM-DD` names a real calendar date. */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** `YYYY-MM-DD` text of a YAML date value (string, or Date when a YAML 1.1 schema produced one). */
export function dateText(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return asText(value)?.trim();
}
