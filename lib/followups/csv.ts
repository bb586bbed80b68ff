/**
 * Follow-ups as CSV (RFC 4180) for the owner to keep or open in a spreadsheet: a header, one
 * line per follow-up in the order given, CRLF line ends, dates as YYYY-MM-DD (local time).
 *
 * A field a spreadsheet would take for a formula (starting with =, +, -, @, tab or CR: the
 * reviewer's name or a page is not the owner's to trust) gets a leading ' so it shows as text.
 * No byte-order mark is added: whoever saves the file adds one if a spreadsheet needs it.
 */
import { todayISO } from './schedule';
import type { FollowUp } from './types';

export const FOLLOWUPS_CSV_HEADER = ['Due', 'State', 'Kind', 'Platform', 'Reviewer', 'Promise', 'Page', 'Created'] as const;

/** A field that cannot start a formula: "=1+1" → "'=1+1". */
export function defuse(field: string): string {
  return /^[=+\-@\t\r]/.test(field) ? `'${field}` : field;
}

/** One field, quoted when it holds a comma, quote or line break (quotes doubled). */
export function csvField(value: string): string {
  const field = defuse(value);
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

const date = (ms: number) => (Number.isFinite(ms) ? todayISO(new Date(ms)) : '');

export function followUpsCsv(list: readonly FollowUp[]): string {
  const rows: string[][] = [
    [...FOLLOWUPS_CSV_HEADER],
    ...list.map((f) => [f.due, f.state, f.kind, f.platform, f.reviewer ?? '', f.promise, f.url, date(f.createdAt)]),
  ];
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
