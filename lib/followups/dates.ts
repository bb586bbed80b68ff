/**
 * Dates for follow-ups: when a review was posted (from what the page showed), how long ago that
 * was in words, and the date a reply promises to do something by ("we will refund the charge by
 * Friday"). Pure: no browser APIs, and every function is given the moment it should count from.
 *
 * All calendar dates are LOCAL calendar dates written YYYY-MM-DD: the owner's day, not UTC's.
 */
import * as chrono from 'chrono-node';
import { splitSentences } from '../analysis/split';

// ---------------------------------------------------------------------------------------------
// Calendar helpers (local time; day arithmetic through the Date constructor, so DST never shifts
// a day)

/** The local calendar date of `d` as YYYY-MM-DD. */
export function localISO(d: Date): string {
  const y = d.getFullYear();
  const m = d.getMonth() + 1;
  const day = d.getDate();
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${day}`;
}

/** Local midnight of `d`'s day plus `n` days. */
function addDays(d: Date, n: number): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);
}

/** `n` calendar months after (or before) `d`'s day, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
function addMonths(d: Date, n: number): Date {
  const first = new Date(d.getFullYear(), d.getMonth() + n, 1);
  const last = new Date(first.getFullYear(), first.getMonth() + 1, 0).getDate();
  return new Date(first.getFullYear(), first.getMonth(), Math.min(d.getDate(), last));
}

/** Local midnight of a real calendar date, or undefined for 31 February and the like. */
function makeDate(y: number, m: number, d: number): Date | undefined {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return undefined;
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const out = new Date(y, m - 1, d);
  return out.getFullYear() === y && out.getMonth() === m - 1 && out.getDate() === d ? out : undefined;
}

/** Whole days from local midnight of `a` to local midnight of `b` (calendar days, DST-proof). */
function dayDiff(a: Date, b: Date): number {
  const ua = Date.UTC(a.getFullYear(), a.getMonth(), a.getDate());
  const ub = Date.UTC(b.getFullYear(), b.getMonth(), b.getDate());
  return Math.round((ub - ua) / 86_400_000);
}

function valid(d: Date): boolean {
  return d instanceof Date && !Number.isNaN(d.getTime());
}

const WORD_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fourteen: 14, twenty: 20, thirty: 30, few: 3, 'a few': 3, couple: 2, 'a couple of': 2, 'couple of': 2,
};
const NUMBER_WORD = '(?:\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|thirty|(?:a\\s+)?few|(?:a\\s+)?couple(?:\\s+of)?)';

function toNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d+$/.test(w)) return Number(w);
  return WORD_NUMBERS[w];
}

// Text pages and replies can be anything: long, full of markup, in another script. Dates sit near
// the start of a review's date line; a reply's promise can be anywhere, but a reply is never a book.
const MAX_DATE_TEXT = 400;
const MAX_REPLY_TEXT = 20_000;
const MAX_CLAUSE = 300;
const MAX_PROMISES_PER_SENTENCE = 20;

function plain(raw: string, max: number): string {
  return raw
    .slice(0, max * 4)
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;|&#160;/gi, ' ')
    .replace(/&amp;/gi, '&')
    .replace(/[\u00a0\u2009\u202f\u3000]/g, ' ')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '') // bidi marks around dates on RTL pages
    .slice(0, max);
}

// ---------------------------------------------------------------------------------------------
// 1. When was the review posted?

interface Found {
  index: number;
  date: Date;
}

/**
 * The review's local calendar date, YYYY-MM-DD, from what the page showed: a `datetime` attribute
 * ("2026-11-20T14:03:00Z", "2026-11-20") or visible text with words around it ("Reviewed 20
 * November 2026", "Posted on Nov 20, 2026", "Edited 2 days ago", "3w"). Undefined when the text
 * holds no complete date (no day, no year: "Date of stay: November 2026"), when the first complete
 * date is after `now`, or when the text is not a date at all. Never a guess, never throws.
 */
export function parseReviewDate(raw: string | undefined, now: Date): string | undefined {
  try {
    if (typeof raw !== 'string' || !valid(now)) return undefined;
    // markup passed whole: its datetime attribute is the page's own machine-readable date
    const attribute = /\bdatetime\s*=\s*["']([^"'<>]{1,64})["']/i.exec(raw.slice(0, MAX_DATE_TEXT * 4))?.[1];
    const fromAttribute = attribute === undefined ? undefined : firstDate(attribute, now);
    const first = fromAttribute ?? firstDate(plain(raw, MAX_DATE_TEXT), now);
    if (!first) return undefined;
    const iso = localISO(first);
    return iso > localISO(now) ? undefined : iso;
  } catch {
    return undefined;
  }
}

/** The first complete date in the text, wherever it starts; ties go to the stricter readers. */
function firstDate(text: string, now: Date): Date | undefined {
  if (!/[0-9a-z]/i.test(text)) return undefined;
  const found = [...isoDates(text), ...numericDates(text), ...shortRelative(text, now), ...chronoDates(text, now)];
  // a stable sort: at one index, ISO and numeric readings (exact rules) beat chrono's
  found.sort((a, b) => a.index - b.index);
  return found[0]?.date;
}

/** 2026-11-20, and 2026-11-20T14:03:00Z (an instant: its local day) */
function isoDates(text: string): Found[] {
  const out: Found[] = [];
  const re = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?(?![\d])/g;
  for (const m of text.matchAll(re)) {
    const day = makeDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (!day) continue;
    let date = day;
    if (m[4] !== undefined && m[7] !== undefined) {
      // an instant with a zone: the review's day is the day it was where the owner is
      const zone = m[7] === 'Z' ? 'Z' : m[7].replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
      const instant = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${zone}`);
      if (!valid(instant)) continue;
      date = instant;
    }
    out.push({ index: m.index, date });
  }
  return out;
}

/** 11/20/2026 (US order), 20/11/2026 (first number over 12: day first), 20.11.2026 */
function numericDates(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(/(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/])/g)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = Number(m[4]);
    const date = a > 12 ? makeDate(y, b, a) : makeDate(y, a, b);
    if (date) out.push({ index: m.index, date });
  }
  return out;
}

/** "2d", "3w", "5h", "10m" (minutes), "1y", as social sites write them; and "just now". */
function shortRelative(text: string, now: Date): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}.,/:-])(\d{1,4})\s?([mhdwy])(?![\p{L}\p{N}])/giu)) {
    const n = Number(m[1]);
    const unit = m[2]!.toLowerCase();
    const date =
      unit === 'm'
        ? new Date(now.getTime() - n * 60_000)
        : unit === 'h'
          ? new Date(now.getTime() - n * 3_600_000)
          : unit === 'y'
            ? addMonths(now, -12 * n)
            : addDays(now, unit === 'd' ? -n : -7 * n);
    out.push({ index: m.index, date });
  }
  for (const m of text.matchAll(/\b(just now|moments? ago|a moment ago|seconds ago)\b/gi)) out.push({ index: m.index, date: now });
  return out;
}

/**
 * What chrono finds: month names in either order ("20 Nov 2026", "November 20, 2026"), "today",
 * "yesterday", "2 days ago", "a month ago". A date counts only when its day is known: written
 * with day, month and year, or counted back from now ("ago", "yesterday").
 */
function chronoDates(text: string, now: Date): Found[] {
  const out: Found[] = [];
  for (const r of chrono.en.parse(text, now)) {
    const s = r.start;
    const relative = /\b(ago|yesterday|today|now|tonight|this morning|this afternoon|this evening|last night)\b/i.test(r.text);
    let date: Date | undefined;
    if (relative) {
      // "a month ago" on 31 March is the last day of February, not 3 March
      date = agoDate(r.text, now) ?? (s.isCertain('day') ? makeDate(s.get('year') ?? 0, s.get('month') ?? 0, s.get('day') ?? 0) : undefined);
    } else if (s.isCertain('day') && s.isCertain('month') && s.isCertain('year')) {
      // chrono reads "11/20/2026" too; numericDates answers for those (exact rule, and invalid stays invalid)
      if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/.test(r.text)) continue;
      date = makeDate(s.get('year') ?? 0, s.get('month') ?? 0, s.get('day') ?? 0);
    }
    if (date) out.push({ index: r.index, date });
  }
  return out;
}

/** "3 months ago", "a year ago", "2 weeks ago": counted back in calendar units from `now`'s day. */
function agoDate(text: string, now: Date): Date | undefined {
  const m = new RegExp(`\\b${NUMBER_WORD}\\s+(minute|hour|day|week|month|year)s?\\s+ago\\b`, 'i').exec(text);
  if (!m) return undefined;
  const n = toNumber(m[0].replace(/\s+(minute|hour|day|week|month|year)s?\s+ago$/i, ''));
  if (n === undefined) return undefined;
  switch (m[1]!.toLowerCase()) {
    case 'minute':
      return new Date(now.getTime() - n * 60_000);
    case 'hour':
      return new Date(now.getTime() - n * 3_600_000);
    case 'day':
      return addDays(now, -n);
    case 'week':
      return addDays(now, -7 * n);
    case 'month':
      return addMonths(now, -n);
    default:
      return addMonths(now, -12 * n);
  }
}

// ---------------------------------------------------------------------------------------------
// 2. How long ago, in words

/** Whole local calendar days from `fromISO` (YYYY-MM-DD) to `now`'s day; 0 when later or malformed. */
export function daysBetween(fromISO: string, now: Date): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(typeof fromISO === 'string' ? fromISO : '');
  if (!m || !valid(now)) return 0;
  const from = makeDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!from) return 0;
  return Math.max(0, dayDiff(from, now));
}

/** "Posted today", "Posted yesterday", "Posted 9 days ago", "Posted 2 weeks ago", "Posted 3 months ago", "Posted over a year ago". */
export function postedLabel(days: number): string {
  const d = Number.isFinite(days) ? Math.max(0, Math.floor(days)) : 0;
  if (d === 0) return 'Posted today';
  if (d === 1) return 'Posted yesterday';
  if (d <= 13) return `Posted ${d} days ago`;
  if (d <= 55) return `Posted ${Math.floor(d / 7)} weeks ago`;
  if (d <= 364) return `Posted ${Math.min(12, Math.max(2, Math.round(d / 30)))} months ago`;
  return 'Posted over a year ago';
}

// ---------------------------------------------------------------------------------------------
// 3. What date does a reply promise?

export interface Promised {
  /** Local calendar date to follow up, YYYY-MM-DD. */
  due: string;
  /** The action in a few words ("refund the charge"). */
  promise: string;
  /** The words that set the date, as written ("by Friday"). */
  when: string;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';

// Who makes the promise: us. "you", "they", "it" do not promise for the business.
const STAFF =
  '(?:team|teams|manager|managers|owner|owners|staff|colleague|colleagues|engineer|engineers|technician|technicians|chef|director|supervisor|office|reception|receptionist|desk|crew|rep|representative|specialist|agent|department|partner|boss|host|hosts|people|head|lead)';
const SUBJECT =
  `(?:\\b(?:we|i)|\\b(?:our|my)\\s+(?:[\\p{L}-]+\\s+){0,3}?${STAFF}(?:,\\s*\\p{L}[\\p{L}' -]{0,30},)?|\\b(?:someone|somebody|one of (?:us|our \\p{L}+|my \\p{L}+)|a member of (?:our|my|the) (?:\\p{L}+ )?${STAFF}|(?:the|a) (?:\\p{L}+ )?${STAFF})|\\b(?:he|she))`;
const MODAL =
  "(?:\\s*['’]ll|\\s+(?:will|shall)|\\s+(?:am|are|is)\\s+(?:going|aiming|planning)\\s+to|\\s*['’](?:re|m|s)\\s+(?:going|aiming|planning)\\s+to|\\s+(?:aim|plan|intend|promise|expect|undertake)\\s+to)";
// "we have already refunded you and will send a voucher": the subject carried over "and"
const CARRIED = '\\b(?:and|but|then)(?=\\s+(?:will|shall)\\b)';
const PROMISE_RE = new RegExp(`(?:${SUBJECT}|${CARRIED})${MODAL}\\b`, 'giu');
// A carried "and will" is ours when our subject comes after the last clause that starts with another's
const OUR_SUBJECT = /\b(?:we|i)\b/gi;
const THEIR_SUBJECT = /(?:^|[,;:]|\b(?:and|but|because|so|as|when|if|since|while)\b)\s*(?:you|they|he|she|it|this|that|your [\p{L}-]+)\b|[;:]/giu;

function oursBefore(text: string): boolean {
  let ours = -1;
  let theirs = -1;
  for (const m of text.matchAll(OUR_SUBJECT)) ours = m.index;
  for (const m of text.matchAll(THEIR_SUBJECT)) theirs = m.index + m[0].length;
  return ours >= 0 && ours >= theirs;
}
// Not a promise to act: refusals, feelings, welcomes, being closed ("we'll be delighted to see you next week")
const NOT_A_PROMISE =
  /^(?:not|never|n['’]t|be (?:happy|glad|delighted|pleased|thrilled|sorry|closed|open|shut|busy|away|here|around|back(?! in touch)|unable|on holiday|off)|look forward|hope|wish|see you|welcome|miss|remember|always|continue|have to|need to|love|like|enjoy)\b/i;
// Words between the modal and the verb that are not the action
const LEAD_IN = /^(?:(?:personally|also|definitely|certainly|then|now|gladly|happily|immediately|promptly|aim to|try to|make sure to|be sure to|be able to|endeavour to|endeavor to|do our best to|do my best to|of course)\b[\s,]*)+/i;
// Clauses whose time is the reviewer's, or hangs on the reviewer: "if you call us by Friday, …"
const CONDITION = /\b(?:if|unless|provided(?: that)?|as long as|once|when|whenever|should you|in case)\b[^,;:]*[,;:]?/gi;
// Where the promise's clause ends: a semicolon, a subordinate or relative clause, a new subject after "and"/"so"
const CLAUSE_END = /[;:]|,?\s+(?:and|but|then)(?:\s+then)?\s+(?=(?:will|shall)\b)|,?\s+(?:but|although|though|because|since|while|whereas|which|who)\b|,?\s+(?:and|so|then)\s+(?=(?:we|i|you|they|it|he|she|our|my|your|the|this|that)\b)/i;

/** One time expression: where it is, the words as written, and the day it means. */
interface When {
  index: number;
  text: string;
  due: Date;
}

/**
 * The follow-up date a reply promises, counted from `at` (the moment the reply was inserted):
 * "We will refund the charge by Friday." → { due: the first Friday after `at`'s day, promise:
 * "refund the charge", when: "by Friday" }. Undefined when nothing we promise has a date: no
 * timescale ("soon", "as soon as we can"), already done ("we have already refunded you"), a date
 * before `at`'s day, the reviewer's promise ("if you call us by Friday"), or a question. When
 * several sentences promise, the earliest date wins (the first of those on the same day).
 */
export function promiseIn(reply: string, at: Date): Promised | undefined {
  try {
    if (typeof reply !== 'string' || !valid(at)) return undefined;
    const text = plain(reply, MAX_REPLY_TEXT);
    let best: (Promised & { day: Date }) | undefined;
    for (const piece of splitSentences(text)) {
      const found = sentencePromise(piece.text, at);
      if (found && (!best || found.day.getTime() < best.day.getTime())) best = found;
    }
    return best ? { due: best.due, promise: best.promise, when: best.when } : undefined;
  } catch {
    return undefined;
  }
}

function sentencePromise(sentence: string, at: Date): (Promised & { day: Date }) | undefined {
  if (/\?[\s"'”’)\]}»]*$/.test(sentence)) return undefined; // a question promises nothing
  // blank out the reviewer's conditions, keeping offsets
  const s = sentence.replace(CONDITION, (m) => ' '.repeat(m.length));
  const today = addDays(at, 0);
  let best: (Promised & { day: Date }) | undefined;
  let tried = 0;
  for (const m of s.matchAll(PROMISE_RE)) {
    if (++tried > MAX_PROMISES_PER_SENTENCE) break;
    if (/^(?:and|but|then)\b/i.test(m[0]) && !oursBefore(s.slice(Math.max(0, m.index - MAX_CLAUSE), m.index))) continue;
    const afterModal = m.index + m[0].length;
    // a promise's clause is short; reading further only costs time on pathological text
    const rest = s.slice(afterModal, afterModal + MAX_CLAUSE);
    const end = rest.search(CLAUSE_END);
    const clause = end < 0 ? rest : rest.slice(0, end);
    // "we will already have…", and a clause that reports rather than promises
    const own = clause.split(',')[0] ?? '';
    if (/\balready\b/i.test(own)) continue;
    if (NOT_A_PROMISE.test(clause.trimStart().replace(LEAD_IN, ''))) continue;
    const times = timesIn(clause, at).map((t) => ({ ...t, index: t.index + afterModal }));
    // a time before the subject counts when it stands alone: "Tomorrow, our manager will call you."
    const from = Math.max(0, m.index - MAX_CLAUSE);
    const before = s.slice(from, m.index);
    for (const t of timesIn(before, at)) {
      const after = before.slice(t.index + t.text.length);
      const prefix = before.slice(0, t.index);
      const starts = (from === 0 && !prefix.trim()) || /(?:[,;:]|\b(?:and|but|so|then)\b)\s*$/i.test(prefix);
      if (starts && /^[\s,]*(?:then|so)?[\s,]*$/i.test(after)) times.push({ ...t, index: t.index + from });
    }
    const future = times.filter((t) => dayDiff(today, t.due) >= 0);
    if (future.length === 0) continue;
    future.sort((a, b) => a.due.getTime() - b.due.getTime() || a.index - b.index);
    const when = future[0]!;
    const promise = actionWords(
      clause,
      times.map((t) => ({ index: t.index - afterModal, length: t.text.length })),
    );
    if (!promise) continue;
    const day = addDays(when.due, 0);
    const candidate = { due: localISO(day), promise, when: sentence.slice(when.index, when.index + when.text.length).trim(), day };
    if (!best || candidate.day.getTime() < best.day.getTime()) best = candidate;
  }
  return best;
}

/** The action: the clause without its time words, lead-in adverbs and trailing filler; ≤ 8 words. */
function actionWords(clause: string, times: Array<{ index: number; length: number }>): string {
  let c = clause;
  for (const t of [...times].sort((a, b) => b.index - a.index)) {
    if (t.index >= 0 && t.index < c.length) c = c.slice(0, t.index) + ' ' + c.slice(t.index + t.length);
  }
  c = c
    .replace(/[.!…"'”’)\]]+\s*$/, '')
    .replace(/\s*,\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(LEAD_IN, '')
    .trim();
  const words = c.split(' ').filter(Boolean).slice(0, 8);
  // no dangling "and", "with", "the" where the time or the cut was
  while (words.length > 1 && TRAILING.test(words[words.length - 1]!)) words.pop();
  if (words.length === 0 || TRAILING.test(words[0]!)) return '';
  const out = words.join(' ').replace(/[\s,;:–—-]+$/, '');
  // shouted replies ("WE WILL CALL YOU TOMORROW") give a quiet note
  if (out === out.toUpperCase() && /\p{Lu}{2}/u.test(out)) return out.toLowerCase();
  return out.charAt(0).toLowerCase() + out.slice(1);
}

const TRAILING = /^(?:and|or|but|with|to|for|of|a|an|the|from|in|on|at|by|our|your|my|their|as|if|please|latest|sooner|earlier|–|—|-)$/i;

/** The time expressions in a clause and the day each means, counted from `at`. */
function timesIn(clause: string, at: Date): When[] {
  if (!clause.trim()) return [];
  const out: When[] = [];
  const taken: Array<[number, number]> = [];
  const add = (index: number, text: string, due: Date | undefined) => {
    if (!due || !valid(due)) return;
    const end = index + text.length;
    if (taken.some(([a, b]) => index < b && end > a)) return;
    taken.push([index, end]);
    out.push({ index, text, due });
  };
  // past times first, so "last Friday" is never read as "Friday"
  for (const m of clause.matchAll(PAST_TIME)) add(m.index, m[0], addDays(at, -1));
  // calendar dates, read by chrono: "12 December", "December 12th", "the 12th of December", "12/12/2026"
  for (const r of chrono.en.parse(clause, at, { forwardDate: true })) {
    const c = r.start;
    if (!c.isCertain('day') || !c.isCertain('month')) continue;
    if (!MONTH_NAME.test(r.text) && !/\d{1,4}[/.-]\d{1,2}/.test(r.text)) continue; // "tomorrow", "in 3 days": the rules below
    const prep = /\b(?:by|on|before|until|till|no later than|from|for)\s+(?:the\s+)?$/i.exec(clause.slice(0, r.index));
    const index = prep ? prep.index : r.index;
    const month = c.get('month') ?? 0;
    const day = c.get('day') ?? 0;
    let due: Date | undefined;
    if (c.isCertain('year')) due = makeDate(c.get('year') ?? 0, month, day);
    else {
      // no year: this year's, or next year's once this year's has gone (today's is not gone)
      const thisYear = makeDate(at.getFullYear(), month, day);
      due = thisYear && dayDiff(at, thisYear) >= 0 ? thisYear : makeDate(at.getFullYear() + 1, month, day);
    }
    add(index, clause.slice(index, r.index + r.text.length), due);
  }
  for (const rule of TIME_RULES) {
    for (const m of clause.matchAll(rule.re)) add(m.index, m[0], rule.due(m, at));
  }
  return out;
}

const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

interface TimeRule {
  re: RegExp;
  due: (m: RegExpMatchArray, at: Date) => Date | undefined;
}

/** The next `weekday` strictly after `at`'s day (1–7 days ahead): "by Friday" said on a Friday is next week's. */
function nextWeekday(at: Date, weekday: number): Date {
  const ahead = ((weekday - at.getDay() + 7) % 7) || 7;
  return addDays(at, ahead);
}

/** Monday of the week after `at`'s (weeks run Monday to Sunday). */
function nextMonday(at: Date): Date {
  const sinceMonday = (at.getDay() + 6) % 7;
  return addDays(at, 7 - sinceMonday);
}

/** The end of `at`'s working week: its Friday, or its Sunday when said at the weekend. */
function endOfWeek(at: Date): Date {
  const sinceMonday = (at.getDay() + 6) % 7;
  return sinceMonday <= 4 ? addDays(at, 4 - sinceMonday) : addDays(at, 6 - sinceMonday);
}

function weekdayIndex(word: string): number {
  return WEEKDAYS.indexOf(word.toLowerCase());
}

/** `n` working days (Monday to Friday) after `at`'s day. */
function addWorkingDays(at: Date, n: number): Date {
  let d = addDays(at, 0);
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    if (d.getDay() !== 0 && d.getDay() !== 6) left--;
  }
  return d;
}

function span(at: Date, n: number, unit: string, working: boolean): Date | undefined {
  const u = unit.toLowerCase().replace(/s$/, '');
  if (n <= 0 || n > 1000) return undefined;
  if (u === 'minute') return new Date(at.getTime() + n * 60_000);
  if (u === 'hour') return new Date(at.getTime() + n * 3_600_000);
  if (u === 'day') return working ? addWorkingDays(at, n) : addDays(at, n);
  if (u === 'week') return addDays(at, 7 * n);
  if (u === 'fortnight') return addDays(at, 14 * n);
  if (u === 'month') return addMonths(at, n);
  if (u === 'year') return addMonths(at, 12 * n);
  return undefined;
}

// Times that are past ("last week", "yesterday", "3 days ago"): read so nothing else reads them, then dropped
const PAST_TIME = new RegExp(`\\b(?:last\\s+(?:week|month|year|night|weekend|${WEEKDAY})|yesterday|earlier (?:today|this week)|${NUMBER_WORD}\\s+\\w+\\s+ago)\\b`, 'gi');

const BY = '(?:(?:by|before|on|until|till|no later than|at|for|over|during)\\s+)?';
const TIME_RULES: TimeRule[] = [
  // "by the end of the month", "end of next week", "by the end of the day"
  {
    re: new RegExp(`\\b${BY}(?:the\\s+)?end\\s+of\\s+(?:the\\s+|this\\s+|(next)\\s+)?(day|week|month|year)\\b`, 'gi'),
    due: (m, at) => {
      const next = !!m[1];
      switch (m[2]!.toLowerCase()) {
        case 'day':
          return next ? undefined : addDays(at, 0);
        case 'week':
          return next ? addDays(nextMonday(at), 4) : endOfWeek(at);
        case 'month':
          return new Date(at.getFullYear(), at.getMonth() + (next ? 2 : 1), 0);
        default:
          return new Date(at.getFullYear() + (next ? 1 : 0), 11, 31);
      }
    },
  },
  // "by close of business", "by end of play", "by EOD", "later today", "tonight", "this afternoon", "today"
  {
    re: /\b(?:(?:by|before|until|at)\s+)?(?:close of (?:business|play)|end of play|cob|eod|later today|(?:first thing |later )?(?:today|tonight)|this (?:morning|afternoon|evening))\b/gi,
    due: (_m, at) => addDays(at, 0),
  },
  // "tomorrow", "first thing tomorrow", "by tomorrow evening"
  {
    re: /\b(?:(?:by|before|until)\s+)?(?:first thing\s+)?tomorrow(?:\s+(?:morning|afternoon|evening|night|at the latest))?\b/gi,
    due: (_m, at) => addDays(at, 1),
  },
  // "next week", "early next week", "next month", "next year"
  {
    re: /\b(?:(?:by|before|during|in|over|from)\s+)?(?:(?:early|earlier|sometime|some time)\s+)?next\s+(week|month|year)\b/gi,
    due: (m, at) => {
      const unit = m[1]!.toLowerCase();
      if (unit === 'week') return nextMonday(at);
      if (unit === 'month') return new Date(at.getFullYear(), at.getMonth() + 1, 1);
      return new Date(at.getFullYear() + 1, 0, 1);
    },
  },
  // "this week", "later this week" → the end of the working week
  {
    re: /\b(?:(?:by|before|during|in)\s+)?(?:(?:later|sometime|some time)\s+)?this\s+week\b/gi,
    due: (_m, at) => endOfWeek(at),
  },
  // "this month" → its last day
  {
    re: /\b(?:(?:by|before|during|in)\s+)?(?:(?:later|sometime|some time)\s+)?this\s+month\b/gi,
    due: (_m, at) => new Date(at.getFullYear(), at.getMonth() + 1, 0),
  },
  // "this weekend", "at the weekend", "over the weekend", "next weekend" → its Saturday
  {
    re: /\b(?:(?:by|before|during|at|over|on)\s+)?(this|the|next)\s+weekend\b/gi,
    due: (m, at) => {
      const sinceMonday = (at.getDay() + 6) % 7;
      if (m[1]!.toLowerCase() === 'next') return addDays(nextMonday(at), 5);
      return sinceMonday >= 5 ? addDays(at, 0) : addDays(at, 5 - sinceMonday);
    },
  },
  // "by Friday", "on Monday morning", "this Thursday", "next Tuesday" — always after today
  {
    re: new RegExp(`\\b${BY}(?:(this|next|coming|this coming)\\s+)?(${WEEKDAY})(?:\\s+(?:morning|afternoon|evening|night|at the latest))?\\b`, 'gi'),
    due: (m, at) => {
      const wd = weekdayIndex(m[2]!);
      if (wd < 0) return undefined;
      const d = nextWeekday(at, wd);
      // "next Friday" is next week's Friday, even when this week's is still to come
      if (m[1]?.toLowerCase() === 'next') {
        const mondayNext = nextMonday(at);
        return dayDiff(mondayNext, d) >= 0 ? d : addDays(d, 7);
      }
      return d;
    },
  },
  // "on the 15th", "by the 3rd": the next such day, this month's when still to come (today's included);
  // undefined when next month has no such day ("the 30th" said on 31 January)
  {
    re: /\b(?:by|on|before|until|till|no later than)\s+the\s+([0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?\p{L})/giu,
    due: (m, at) => {
      const day = Number(m[1]);
      const thisMonth = makeDate(at.getFullYear(), at.getMonth() + 1, day);
      if (thisMonth && dayDiff(at, thisMonth) >= 0) return thisMonth;
      const next = new Date(at.getFullYear(), at.getMonth() + 1, 1);
      return makeDate(next.getFullYear(), next.getMonth() + 1, day);
    },
  },
  // "within 48 hours", "in the next 3 days", "within 5 working days", "in two weeks", "within a fortnight", "over the next few days"
  {
    re: new RegExp(`\\b(?:within|in|inside|over|during)\\s+(?:the\\s+)?(?:(?:next|coming)\\s+)?(${NUMBER_WORD})\\s+(?:(working|business)\\s+)?(minutes?|hours?|days?|weeks?|fortnights?|months?|years?)\\b`, 'gi'),
    due: (m, at) => {
      const n = toNumber(m[1]!);
      return n === undefined ? undefined : span(at, n, m[3]!, !!m[2]);
    },
  },
  // "within the hour", "within a day", "within the week" (no number: one)
  {
    re: /\b(?:within|in)\s+the\s+(?:next\s+)?(hour|day|week|fortnight|month)\b/gi,
    due: (m, at) => span(at, 1, m[1]!, false),
  },
  // "in 3 days' time", "two weeks from now", "5 working days from today"
  {
    re: new RegExp(`\\b(?:in\\s+)?(${NUMBER_WORD})\\s+(?:(working|business)\\s+)?(hours?|days?|weeks?|months?)(?:['’]|['’]s)?\\s+(?:time|from (?:now|today))\\b`, 'gi'),
    due: (m, at) => {
      const n = toNumber(m[1]!);
      return n === undefined ? undefined : span(at, n, m[3]!, !!m[2]);
    },
  },
];
