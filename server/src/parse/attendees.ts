import { BILLABLE_STATUSES, type Attendee, type AttendanceStatus } from '../model/note';
import { asText, asTextList } from './values';

/** Reads `attendees:` into normalised records; entries that are not mappings are skipped (GN106 reports them). */
export function readAttendees(header: Record<string, unknown> | undefined): Attendee[] {
  const list = header?.attendees;
  if (!Array.isArray(list)) return [];
  const attendees: Attendee[] = [];
  list.forEach((entry, index) => {
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return;
    const record = entry as Record<string, unknown>;
    const status = (asText(record.status) ?? '').trim().toLowerCase();
    attendees.push({
      index,
      id: (asText(record.id) ?? '').trim(),
      name: (asText(record.name) ?? '').trim(),
      status,
      billable: BILLABLE_STATUSES.includes(status as AttendanceStatus),
      dx: asTextList(record.dx),
      pos: asText(record.pos)?.trim(),
      modifiers: asTextList(record.modifiers).map((modifier) => modifier.toUpperCase()),
      arrived: asText(record.arrived),
      left: asText(record.left),
      sameDay: asTextList(record.sameDay),
      addOns: asTextList(record.addOns),
    });
  });
  return attendees;
}
