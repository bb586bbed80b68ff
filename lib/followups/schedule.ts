/**
 * When follow-ups are due and what their reminders say: pure functions over a list and `now`,
 * in the owner's local time. Due dates are local calendar dates (YYYY-MM-DD); day arithmetic is
 * done on the calendar, never by adding 24 hours, so a daylight-saving change cannot shift a day.
 */
import type { FollowUp } from './types';

const MINUTE = 60 * 1000;
/** Reminders come at this local hour on the due date. */
export const REMINDER_HOUR = 9;

const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The local calendar date of `now`, YYYY-MM-DD. */
export function todayISO(now: Date): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** [year, month 1–12, day] of a real calendar date written YYYY-MM-DD, else undefined. */
function parts(iso: string): [number, number, number] | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const check = new Date(Date.UTC(2000, mo - 1, d));
  check.setUTCFullYear(y);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return undefined;
  return [y, mo, d];
}

/** True for a real calendar date written YYYY-MM-DD ("2026-02-30" is not one). */
export function isISODate(s: unknown): s is string {
  return typeof s === 'string' && parts(s) !== undefined;
}

/** Days since 1970-01-01 of a calendar date (no time zone involved). */
function dayNumber(iso: string): number {
  const p = parts(iso);
  if (!p) throw new RangeError(`Not a date: ${JSON.stringify(iso)}`);
  const d = new Date(Date.UTC(2000, p[1] - 1, p[2]));
  d.setUTCFullYear(p[0]);
  return Math.round(d.getTime() / (24 * 60 * MINUTE));
}

/** The calendar date `days` after (or before, when negative) `iso`. */
export function addDays(iso: string, days: number): string {
  const d = new Date(dayNumber(iso) * 24 * 60 * MINUTE);
  d.setUTCDate(d.getUTCDate() + days);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Whole days from today to `due`: 0 today, 1 tomorrow, -3 three days overdue. */
export function daysUntil(due: string, now: Date): number {
  return dayNumber(due) - dayNumber(todayISO(now));
}

/** Open follow-ups due today or earlier: the most overdue first, then today's (oldest first within a day). */
export function dueFollowUps(list: readonly FollowUp[], now: Date): FollowUp[] {
  const today = todayISO(now);
  return list
    .filter((f) => f.state === 'open' && isISODate(f.due) && f.due <= today)
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.createdAt - b.createdAt));
}

/**
 * When to remind of a follow-up due on `due`: 09:00 local time that day, or a minute from now
 * when that moment has passed (a reminder missed while the browser was closed comes at once).
 * Throws on a malformed date.
 */
export function reminderTime(due: string, now: Date): number {
  const p = parts(due);
  if (!p) throw new RangeError(`Not a date: ${JSON.stringify(due)}`);
  const at = new Date(p[0], p[1] - 1, p[2], REMINDER_HOUR, 0, 0, 0);
  at.setFullYear(p[0]); // years 0–99 are not taken as 1900–1999
  const t = at.getTime();
  return t >= now.getTime() ? t : now.getTime() + MINUTE;
}

/** The next reminder to set: the earliest among open follow-ups not yet reminded of, if any. */
export function nextAlarm(list: readonly FollowUp[], now: Date): number | undefined {
  let next: number | undefined;
  for (const f of list) {
    if (f.state !== 'open' || f.notifiedAt !== undefined || !isISODate(f.due)) continue;
    const t = reminderTime(f.due, now);
    if (next === undefined || t < next) next = t;
  }
  return next;
}

/** "Fri 4 Dec" (en-GB, short), with the year when it is not this year's: "Mon 4 Jan 2027". */
export function shortDate(iso: string, now: Date): string {
  const p = parts(iso);
  if (!p) throw new RangeError(`Not a date: ${JSON.stringify(iso)}`);
  const weekday = DAY_NAMES[new Date(dayNumber(iso) * 24 * 60 * MINUTE).getUTCDay()]!;
  const date = `${weekday} ${p[2]} ${MONTH_NAMES[p[1] - 1]!}`;
  return p[0] === now.getFullYear() ? date : `${date} ${p[0]}`;
}

/** "Due today", "Due tomorrow", "Overdue by 3 days", "Due Fri 4 Dec". */
export function dueLabel(due: string, now: Date): string {
  const days = daysUntil(due, now);
  if (days === 0) return 'Due today';
  if (days === 1) return 'Due tomorrow';
  if (days < 0) return `Overdue by ${-days} ${days === -1 ? 'day' : 'days'}`;
  return `Due ${shortDate(due, now)}`;
}

/** The characters as a reader sees them: an emoji with its skin tone or joiners is one. */
function graphemes(s: string): string[] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    return Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s), (g) => g.segment);
  }
  return Array.from(s);
}

/** At most `max` characters (an emoji is never split), with "…" when cut. */
function clip(s: string, max: number): string {
  const chars = graphemes(s.replace(/\s+/g, ' ').trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/** The promise as few words as a notification shows. */
const PROMISE_CHARS = 100;
const NAME_CHARS = 40;

/**
 * A reminder's notification, in the reply's own words:
 * title "Follow up with Dana" (or "Follow up on your reply" with no name; "Check in with Dana"
 * for a check-in), body "Promised: refund the charge by Friday (due today)".
 */
export function reminderText(f: FollowUp, now: Date): { title: string; body: string } {
  const name = f.reviewer ? clip(f.reviewer, NAME_CHARS) : '';
  const checkIn = f.kind === 'check-in';
  const verb = checkIn ? 'Check in' : 'Follow up';
  const title = name ? `${verb} with ${name}` : `${verb} on your reply`;
  const label = isISODate(f.due) ? dueLabel(f.due, now) : '';
  const due = label ? ` (${label.charAt(0).toLowerCase()}${label.slice(1)})` : '';
  let what: string;
  if (checkIn) {
    // Stored as "check in: refund the charge".
    const promise = clip(f.promise, PROMISE_CHARS);
    what = promise.charAt(0).toUpperCase() + promise.slice(1);
  } else {
    const when = f.when ? ` ${f.when.trim()}` : '';
    what = `Promised: ${clip(`${f.promise}${when}`, PROMISE_CHARS)}`;
  }
  return { title, body: `${what}${due}` };
}
