import { describe, expect, it } from 'vitest';
import { daysBetween, localISO, parseReviewDate, postedLabel, promiseIn } from '../../lib/followups/dates';

// Fixed moments (local time). Weekdays checked against a calendar:
// 2 Dec 2026 Wednesday, 4 Dec 2026 Friday, 6 Dec 2026 Sunday, 31 Dec 2026 Thursday,
// 31 Jan 2027 Sunday, 28 Feb 2028 Monday, 29 Feb 2028 Tuesday (2028 is a leap year).
const FRIDAY = new Date(2026, 11, 4, 15, 0);
const FRIDAY_MORNING = new Date(2026, 11, 4, 9, 0);
const WEDNESDAY = new Date(2026, 11, 2, 10, 0);
const SATURDAY = new Date(2026, 11, 5, 11, 0);
const SUNDAY = new Date(2026, 11, 6, 12, 0);
const MONDAY = new Date(2026, 11, 7, 9, 30);
const NEW_YEARS_EVE = new Date(2026, 11, 31, 23, 30);
const LAST_OF_JANUARY = new Date(2027, 0, 31, 10, 0);
const LEAP_28 = new Date(2028, 1, 28, 10, 0);
const LEAP_29 = new Date(2028, 1, 29, 10, 0);

/** The instant `d` as an ISO string in the zone `offset` minutes east of UTC ("2026-11-21T02:00:00+14:00"). */
function inZone(d: Date, offset: number): string {
  const wall = new Date(d.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${wall}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

describe('localISO', () => {
  it('writes the local calendar date, zero-padded', () => {
    expect(localISO(new Date(2026, 0, 5, 0, 0))).toBe('2026-01-05');
    expect(localISO(new Date(2026, 11, 31, 23, 59, 59))).toBe('2026-12-31');
    expect(localISO(LEAP_29)).toBe('2028-02-29');
  });
});

describe('parseReviewDate: written dates', () => {
  it.each([
    ['20 Nov 2026', '2026-11-20'],
    ['20 November 2026', '2026-11-20'],
    ['Reviewed 20 November 2026', '2026-11-20'],
    ['Posted on Nov 20, 2026', '2026-11-20'],
    ['November 20, 2026', '2026-11-20'],
    ['Nov 20, 2026', '2026-11-20'],
    ['Visited 3 March 2025', '2025-03-03'],
  ])('%s → %s', (raw, expected) => {
    expect(parseReviewDate(raw, FRIDAY)).toBe(expected);
  });

  it('reads numbers in US order, and day first when the first number cannot be a month', () => {
    expect(parseReviewDate('11/20/2026', FRIDAY)).toBe('2026-11-20');
    expect(parseReviewDate('20/11/2026', FRIDAY)).toBe('2026-11-20');
    expect(parseReviewDate('03/04/2026', FRIDAY)).toBe('2026-03-04');
    expect(parseReviewDate('Reviewed 20.11.2026', FRIDAY)).toBe('2026-11-20');
  });

  it('reads ISO dates and datetime attributes', () => {
    expect(parseReviewDate('2026-11-20', FRIDAY)).toBe('2026-11-20');
    expect(parseReviewDate('2026-11-20T14:03:00', FRIDAY)).toBe('2026-11-20');
    expect(parseReviewDate('<time datetime="2026-11-20">20 Nov</time>', FRIDAY)).toBe('2026-11-20');
  });

  it('gives an instant with a zone as the local day it fell on, not the UTC day', () => {
    // built from local times, so whatever zone the test runs in, the local day is the 20th
    expect(parseReviewDate(new Date(2026, 10, 20, 23, 30).toISOString(), FRIDAY)).toBe('2026-11-20');
    expect(parseReviewDate(new Date(2026, 10, 20, 0, 15).toISOString(), FRIDAY)).toBe('2026-11-20');
    expect(parseReviewDate(new Date(2026, 10, 20, 12, 0).toISOString().replace('.000Z', 'Z'), FRIDAY)).toBe('2026-11-20');
    // the same local noon written in far zones, whose wall-clock dates are the 21st or the 19th in most zones
    const noon = new Date(2026, 10, 20, 12, 0);
    expect(parseReviewDate(inZone(noon, 14 * 60), FRIDAY)).toBe('2026-11-20');
    expect(parseReviewDate(inZone(noon, -12 * 60), FRIDAY)).toBe('2026-11-20');
    const compact = inZone(new Date(2026, 10, 20, 23, 0), 13 * 60 + 45).replace(/:(\d{2})$/, '$1'); // "+1345"
    expect(compact).toMatch(/T\d{2}:\d{2}:\d{2}\+1345$/);
    expect(parseReviewDate(compact, FRIDAY)).toBe('2026-11-20');
  });

  it('gives a date in a leap year and on the last day of a month', () => {
    expect(parseReviewDate('29 February 2028', LEAP_29)).toBe('2028-02-29');
    expect(parseReviewDate('Feb 29, 2028', new Date(2028, 2, 1, 9))).toBe('2028-02-29');
    expect(parseReviewDate('31/12/2026', NEW_YEARS_EVE)).toBe('2026-12-31');
  });
});

describe('parseReviewDate: relative dates', () => {
  it.each([
    ['2 days ago', '2026-12-02'],
    ['Edited 2 days ago', '2026-12-02'],
    ['a day ago', '2026-12-03'],
    ['a week ago', '2026-11-27'],
    ['3 weeks ago', '2026-11-13'],
    ['a month ago', '2026-11-04'],
    ['3 months ago', '2026-09-04'],
    ['a year ago', '2025-12-04'],
    ['yesterday', '2026-12-03'],
    ['today', '2026-12-04'],
    ['just now', '2026-12-04'],
    ['5 hours ago', '2026-12-04'],
    ['an hour ago', '2026-12-04'],
  ])('%s (on Friday 4 December 2026) → %s', (raw, expected) => {
    expect(parseReviewDate(raw, FRIDAY)).toBe(expected);
  });

  it.each([
    ['2d', '2026-12-02'],
    ['3w', '2026-11-13'],
    ['5h', '2026-12-04'],
    ['45m', '2026-12-04'],
    ['Posted 2d ago', '2026-12-02'],
    ['Mary · 3w · Public', '2026-11-13'],
  ])('short form %s → %s', (raw, expected) => {
    expect(parseReviewDate(raw, FRIDAY)).toBe(expected);
  });

  it('counts hours and minutes back across midnight', () => {
    const justAfterMidnight = new Date(2026, 11, 4, 2, 0);
    expect(parseReviewDate('5 hours ago', justAfterMidnight)).toBe('2026-12-03');
    expect(parseReviewDate('3h', justAfterMidnight)).toBe('2026-12-03');
    expect(parseReviewDate('150m', justAfterMidnight)).toBe('2026-12-03');
    expect(parseReviewDate('90m', justAfterMidnight)).toBe('2026-12-04');
  });

  it('counts across a year and a leap day', () => {
    expect(parseReviewDate('yesterday', new Date(2027, 0, 1, 9))).toBe('2026-12-31');
    expect(parseReviewDate('2 days ago', new Date(2028, 2, 1, 9))).toBe('2028-02-28');
    expect(parseReviewDate('a day ago', new Date(2028, 2, 1, 9))).toBe('2028-02-29');
    expect(parseReviewDate('a week ago', SUNDAY)).toBe('2026-11-29');
  });

  it('keeps a month back inside the shorter month (chrono alone gives 2 and 3 March)', () => {
    expect(parseReviewDate('a month ago', new Date(2028, 2, 31, 10))).toBe('2028-02-29');
    expect(parseReviewDate('3 months ago', new Date(2026, 4, 31, 10))).toBe('2026-02-28');
    expect(parseReviewDate('a year ago', LEAP_29)).toBe('2027-02-28');
    expect(parseReviewDate('a month ago', LAST_OF_JANUARY)).toBe('2026-12-31');
  });
});

describe('parseReviewDate: no date, no guess', () => {
  it('gives undefined for a date after now', () => {
    expect(parseReviewDate('Reviewed 20 December 2026', FRIDAY)).toBeUndefined();
    expect(parseReviewDate('2026-12-05', FRIDAY)).toBeUndefined();
    expect(parseReviewDate('12/05/2026', FRIDAY)).toBeUndefined();
    expect(parseReviewDate('in 2 days', FRIDAY)).toBeUndefined();
    expect(parseReviewDate('tomorrow', FRIDAY)).toBeUndefined();
    expect(parseReviewDate('1 January 2027', NEW_YEARS_EVE)).toBeUndefined();
  });

  it('gives today for today, even late at night', () => {
    expect(parseReviewDate('31 December 2026', NEW_YEARS_EVE)).toBe('2026-12-31');
  });

  it('gives undefined when the day or the year is missing', () => {
    expect(parseReviewDate('Date of stay: November 2026', FRIDAY)).toBeUndefined();
    expect(parseReviewDate('November 2026', FRIDAY)).toBeUndefined();
    expect(parseReviewDate('Nov 20', FRIDAY)).toBeUndefined();
    expect(parseReviewDate('2026', FRIDAY)).toBeUndefined();
  });

  it('gives undefined for dates that do not exist', () => {
    expect(parseReviewDate('31/02/2026', FRIDAY)).toBeUndefined();
    expect(parseReviewDate('2026-02-30', FRIDAY)).toBeUndefined();
    expect(parseReviewDate('29 February 2027', FRIDAY)).toBeUndefined();
    expect(parseReviewDate('13/13/2026', FRIDAY)).toBeUndefined();
  });

  it('takes the first complete date when there are several', () => {
    expect(parseReviewDate('Reviewed 20 Nov 2026 · Edited 2 days ago', FRIDAY)).toBe('2026-11-20');
    expect(parseReviewDate('Edited 2 days ago (first posted 20 Nov 2026)', FRIDAY)).toBe('2026-12-02');
    expect(parseReviewDate('Date of stay: November 2026 · Reviewed 3 December 2026', FRIDAY)).toBe('2026-12-03');
    expect(parseReviewDate('2026-11-20 and 2026-11-25', FRIDAY)).toBe('2026-11-20');
  });

  it('gives undefined when the first complete date is in the future', () => {
    expect(parseReviewDate('Stay: 20 Dec 2026 · Reviewed 1 Dec 2026', FRIDAY)).toBeUndefined();
  });

  it.each([
    ['empty', ''],
    ['spaces', '   \n\t '],
    ['words', 'Local Guide · 12 reviews · 40 photos'],
    ['a rating', '4.5 out of 5'],
    ['a price', '£20.00'],
    ['emoji', '🙂🙂🙂 ⭐️⭐️⭐️⭐️'],
    ['right-to-left', 'تمت المراجعة منذ يومين'],
    ['Hebrew', 'נכתב לפני'],
    ['markup', '<script>alert("x")</script><b>Great</b>'],
    ['ten thousand dashes', '-'.repeat(10_000)],
  ])('gives undefined for %s', (_name, raw) => {
    expect(parseReviewDate(raw, FRIDAY)).toBeUndefined();
  });

  it('reads dates inside markup, emoji and right-to-left marks', () => {
    expect(parseReviewDate('<span class="date">Reviewed <b>20 Nov 2026</b></span>', FRIDAY)).toBe('2026-11-20');
    expect(parseReviewDate('⭐️⭐️⭐️⭐️⭐️ 20 Nov 2026 🙂', FRIDAY)).toBe('2026-11-20');
    expect(parseReviewDate('\u200f20/11/2026\u200f', FRIDAY)).toBe('2026-11-20');
  });

  it('never throws: undefined, non-strings, an invalid now, 100k characters', () => {
    expect(parseReviewDate(undefined, FRIDAY)).toBeUndefined();
    expect(parseReviewDate(42 as unknown as string, FRIDAY)).toBeUndefined();
    expect(parseReviewDate(null as unknown as string, FRIDAY)).toBeUndefined();
    expect(parseReviewDate('20 Nov 2026', new Date(Number.NaN))).toBeUndefined();
    const long = 'x'.repeat(100_000);
    expect(parseReviewDate(long, FRIDAY)).toBeUndefined();
    expect(parseReviewDate(`Reviewed 20 Nov 2026 ${long}`, FRIDAY)).toBe('2026-11-20');
    expect(parseReviewDate('2 days ago '.repeat(10_000), FRIDAY)).toBe('2026-12-02');
    expect(parseReviewDate('<'.repeat(100_000), FRIDAY)).toBeUndefined();
  });
});

describe('daysBetween', () => {
  it('counts whole local calendar days, whatever the hour', () => {
    expect(daysBetween('2026-12-04', FRIDAY)).toBe(0);
    expect(daysBetween('2026-12-03', new Date(2026, 11, 4, 0, 1))).toBe(1);
    expect(daysBetween('2026-11-20', FRIDAY)).toBe(14);
    expect(daysBetween('2026-01-01', NEW_YEARS_EVE)).toBe(364);
    expect(daysBetween('2025-12-31', NEW_YEARS_EVE)).toBe(365);
  });

  it('counts across a leap day and month ends', () => {
    expect(daysBetween('2028-02-28', new Date(2028, 2, 1, 8))).toBe(2);
    expect(daysBetween('2027-02-28', new Date(2027, 2, 1, 8))).toBe(1);
    expect(daysBetween('2027-01-31', new Date(2027, 1, 1, 8))).toBe(1);
    expect(daysBetween('2027-12-31', new Date(2028, 11, 31, 8))).toBe(366);
  });

  it('gives 0 for a later date and for malformed input', () => {
    expect(daysBetween('2026-12-05', FRIDAY)).toBe(0);
    expect(daysBetween('', FRIDAY)).toBe(0);
    expect(daysBetween('20 Nov 2026', FRIDAY)).toBe(0);
    expect(daysBetween('2026-02-30', FRIDAY)).toBe(0);
    expect(daysBetween('2026-11-20', new Date(Number.NaN))).toBe(0);
  });
});

describe('postedLabel', () => {
  it.each([
    [0, 'Posted today'],
    [1, 'Posted yesterday'],
    [2, 'Posted 2 days ago'],
    [9, 'Posted 9 days ago'],
    [13, 'Posted 13 days ago'],
    [14, 'Posted 2 weeks ago'],
    [20, 'Posted 2 weeks ago'],
    [21, 'Posted 3 weeks ago'],
    [55, 'Posted 7 weeks ago'],
    [56, 'Posted 2 months ago'],
    [74, 'Posted 2 months ago'],
    [75, 'Posted 3 months ago'],
    [100, 'Posted 3 months ago'],
    [200, 'Posted 7 months ago'],
    [364, 'Posted 12 months ago'],
    [365, 'Posted over a year ago'],
    [5000, 'Posted over a year ago'],
  ])('%i days → %s', (days, label) => {
    expect(postedLabel(days)).toBe(label);
  });

  it('treats nonsense as today and floors fractions', () => {
    expect(postedLabel(-3)).toBe('Posted today');
    expect(postedLabel(Number.NaN)).toBe('Posted today');
    expect(postedLabel(1.9)).toBe('Posted yesterday');
  });

  it('joins with daysBetween and parseReviewDate', () => {
    expect(postedLabel(daysBetween(parseReviewDate('Posted on Nov 20, 2026', FRIDAY)!, FRIDAY))).toBe('Posted 2 weeks ago');
  });
});

describe('promiseIn: the promised date', () => {
  it.each([
    ['We will refund the charge by Friday.', { due: '2026-12-11', promise: 'refund the charge', when: 'by Friday' }],
    ["I'll call you within 48 hours.", { due: '2026-12-06', promise: 'call you', when: 'within 48 hours' }],
    ['Our manager will be in touch next week.', { due: '2026-12-07', promise: 'be in touch', when: 'next week' }],
    ['We will send a replacement on 12 December.', { due: '2026-12-12', promise: 'send a replacement', when: 'on 12 December' }],
    ['Someone will ring you tomorrow.', { due: '2026-12-05', promise: 'ring you', when: 'tomorrow' }],
    ['We aim to fix this in the next 3 days.', { due: '2026-12-07', promise: 'fix this', when: 'in the next 3 days' }],
    ['We will call you within a week.', { due: '2026-12-11', promise: 'call you', when: 'within a week' }],
    ['We will call you in the next 7 days.', { due: '2026-12-11', promise: 'call you', when: 'in the next 7 days' }],
    ['We will refund the charge by the end of the month.', { due: '2026-12-31', promise: 'refund the charge', when: 'by the end of the month' }],
    ['We will send a voucher within 5 working days.', { due: '2026-12-11', promise: 'send a voucher', when: 'within 5 working days' }],
    ["We're going to repaint the room in two weeks.", { due: '2026-12-18', promise: 'repaint the room', when: 'in two weeks' }],
    ['The kitchen team will deep-clean the fryer later today.', { due: '2026-12-04', promise: 'deep-clean the fryer', when: 'later today' }],
    ["I'll personally call you on Friday 18 December.", { due: '2026-12-18', promise: 'call you', when: 'on Friday 18 December' }],
    ['Tomorrow, our manager will call you.', { due: '2026-12-05', promise: 'call you', when: 'Tomorrow' }],
    ['Our manager, Sarah, will call you on Monday.', { due: '2026-12-07', promise: 'call you', when: 'on Monday' }],
    ['We will, by Friday, refund the charge.', { due: '2026-12-11', promise: 'refund the charge', when: 'by Friday' }],
    [
      `Thank you for ${'a long and careful review '.repeat(15)}, and tomorrow our manager will call you.`,
      { due: '2026-12-05', promise: 'call you', when: 'tomorrow' },
    ],
  ])('%s (said Friday 4 December 2026, 15:00)', (reply, expected) => {
    expect(promiseIn(reply, FRIDAY)).toEqual(expected);
  });

  it('"by Friday" said on a Friday is next week\'s Friday, at any hour; said on Wednesday it is this week\'s', () => {
    expect(promiseIn('We will refund the charge by Friday.', FRIDAY_MORNING)?.due).toBe('2026-12-11');
    expect(promiseIn('We will refund the charge by Friday.', FRIDAY)?.due).toBe('2026-12-11');
    expect(promiseIn('We will refund the charge by Friday.', WEDNESDAY)?.due).toBe('2026-12-04');
    expect(promiseIn('We will call you on Monday.', SUNDAY)?.due).toBe('2026-12-07');
    expect(promiseIn('We will call you this Friday.', WEDNESDAY)?.due).toBe('2026-12-04');
  });

  it('"next Friday" is next week\'s Friday', () => {
    expect(promiseIn('We will call you next Friday.', WEDNESDAY)?.due).toBe('2026-12-11');
    expect(promiseIn('We will call you next Friday.', FRIDAY)?.due).toBe('2026-12-11');
    expect(promiseIn('We will call you next Friday.', SUNDAY)?.due).toBe('2026-12-11');
  });

  it('"next week" is the Monday of next week', () => {
    expect(promiseIn('We will be in touch next week.', FRIDAY)?.due).toBe('2026-12-07');
    expect(promiseIn('We will be in touch next week.', SUNDAY)?.due).toBe('2026-12-07');
    expect(promiseIn('We will be in touch next week.', MONDAY)?.due).toBe('2026-12-14');
    expect(promiseIn('We will be in touch next month.', FRIDAY)?.due).toBe('2027-01-01');
  });

  it('the end of the week is its Friday, or its Sunday at the weekend', () => {
    expect(promiseIn('We will fix it by the end of the week.', WEDNESDAY)?.due).toBe('2026-12-04');
    expect(promiseIn('We will fix it by the end of the week.', FRIDAY)?.due).toBe('2026-12-04');
    expect(promiseIn('We will fix it by the end of the week.', SATURDAY)?.due).toBe('2026-12-06');
    expect(promiseIn('We will fix it this weekend.', WEDNESDAY)?.due).toBe('2026-12-05');
  });

  it('a calendar date is this year\'s, today\'s included, or next year\'s once gone', () => {
    expect(promiseIn('We will send a replacement on 12 December.', new Date(2026, 11, 12, 18))?.due).toBe('2026-12-12');
    expect(promiseIn('We will send a replacement on 12 December.', new Date(2026, 11, 13, 9))?.due).toBe('2027-12-12');
    expect(promiseIn('We will send a replacement on 4 December.', FRIDAY)?.due).toBe('2026-12-04');
    expect(promiseIn('We will send a replacement by January 8th.', NEW_YEARS_EVE)?.due).toBe('2027-01-08');
  });

  it('a day of the month alone is the next such day (chrono does not read "the 15th")', () => {
    expect(promiseIn('We will call you on the 15th.', FRIDAY)).toEqual({ due: '2026-12-15', promise: 'call you', when: 'on the 15th' });
    expect(promiseIn('We will call you by the 4th.', FRIDAY)?.due).toBe('2026-12-04');
    expect(promiseIn('We will call you on the 3rd.', FRIDAY)?.due).toBe('2027-01-03');
    expect(promiseIn('We will call you on the 31st.', LAST_OF_JANUARY)?.due).toBe('2027-01-31');
    expect(promiseIn('We will call you on the 30th.', LAST_OF_JANUARY)).toBeUndefined();
    expect(promiseIn('We will call you on the 15th of January.', FRIDAY)?.due).toBe('2027-01-15');
    expect(promiseIn('We will see you on the 3rd floor.', FRIDAY)).toBeUndefined();
  });

  it('crosses the year, the leap day and month ends', () => {
    expect(promiseIn('Someone will ring you tomorrow.', NEW_YEARS_EVE)?.due).toBe('2027-01-01');
    expect(promiseIn('We will reply within the hour.', NEW_YEARS_EVE)?.due).toBe('2027-01-01');
    expect(promiseIn('We will be in touch next week.', NEW_YEARS_EVE)?.due).toBe('2027-01-04');
    expect(promiseIn('We will refund you by the end of the month.', NEW_YEARS_EVE)?.due).toBe('2026-12-31');
    expect(promiseIn('Someone will ring you tomorrow.', LEAP_28)?.due).toBe('2028-02-29');
    expect(promiseIn('Someone will ring you tomorrow.', LEAP_29)?.due).toBe('2028-03-01');
    expect(promiseIn('We will refund you by the end of the month.', new Date(2028, 1, 10, 12))?.due).toBe('2028-02-29');
    expect(promiseIn('We will refund you by the end of the month.', LAST_OF_JANUARY)?.due).toBe('2027-01-31');
    expect(promiseIn('We will refund you within a month.', LAST_OF_JANUARY)?.due).toBe('2027-02-28');
    expect(promiseIn('We will send a voucher within 5 working days.', WEDNESDAY)?.due).toBe('2026-12-09');
    expect(promiseIn("I'll call you within 48 hours.", LEAP_28)?.due).toBe('2028-03-01');
  });
});

describe('promiseIn: the promise and its words', () => {
  it('leaves out subject, modal, lead-in and time; starts lower-case; at most eight words', () => {
    expect(promiseIn("I'll personally call you within 48 hours at the latest.", FRIDAY)).toEqual({
      due: '2026-12-06',
      promise: 'call you',
      when: 'within 48 hours',
    });
    expect(promiseIn('WE WILL CALL YOU TOMORROW.', FRIDAY)).toEqual({ due: '2026-12-05', promise: 'call you', when: 'TOMORROW' });
    expect(
      promiseIn('We will send you a brand new replacement kettle with a handwritten note from the team by Friday.', FRIDAY),
    ).toEqual({ due: '2026-12-11', promise: 'send you a brand new replacement kettle', when: 'by Friday' });
    expect(promiseIn('We will make sure the refund goes through by Monday.', FRIDAY)?.promise).toBe('make sure the refund goes through');
    expect(promiseIn('He’ll be back in touch on Monday.', FRIDAY)?.promise).toBe('be back in touch');
    expect(promiseIn("I'll Call you tomorrow.", FRIDAY)?.promise).toBe('call you');
  });

  it('carries our subject over "and will"', () => {
    expect(promiseIn('We have already refunded you and will send a voucher by Friday.', FRIDAY)).toEqual({
      due: '2026-12-11',
      promise: 'send a voucher',
      when: 'by Friday',
    });
    expect(promiseIn("We're sorry you waited and will call you tomorrow.", FRIDAY)?.promise).toBe('call you');
    expect(promiseIn("We'll refund you by Monday and then will call you on Friday.", FRIDAY)).toEqual({
      due: '2026-12-07',
      promise: 'refund you',
      when: 'by Monday',
    });
  });
});

describe('promiseIn: no reminder', () => {
  it.each([
    ['no timescale', 'We will fix it as soon as we can.'],
    ['soon', 'We will be in touch soon.'],
    ['shortly', "We'll sort it shortly."],
    ['vague days', 'We will look at this in the coming days.'],
    ['already done', 'We have already refunded you.'],
    ['already, with a date', 'We have already refunded you on Monday.'],
    ['done on a day', 'We refunded you on Monday.'],
    ['done last week', 'Last week we fixed the lift.'],
    ['a past day before a promise without a date', 'On Monday we refunded you, we will be in touch.'],
    ['a future verb about the past', 'We will refund the charge you paid last Friday.'],
    ['a date before now', 'We will refund you on 1 December 2026.'],
    ['the reviewer\'s promise, before ours', 'If you call us by Friday, we will refund you.'],
    ['the reviewer\'s promise, after ours', 'We will refund you if you send the receipt by Friday.'],
    ['the reviewer\'s visit', 'When you come back next week, we will give you a free coffee.'],
    ['the reviewer\'s task', 'You will need to send the receipt by Friday.'],
    ['a request', 'Please call us tomorrow.'],
    ['a question', 'Could we call you tomorrow?'],
    ['a question with a modal', 'Shall I call you on Monday?'],
    ['a question in quotes', '"Shall we call you tomorrow?"'],
    ['a promise asked as a question', "We'll call you tomorrow, is that OK?"],
    ['a promise with a question mark', "Perhaps I'll call you on Monday?"],
    ['already, with a modal', "We'll already have refunded you by Monday."],
    ['the reviewer\'s carried modal', 'You paid twice and will get a refund by Friday.'],
    ['a refusal', 'We will not refund you by Friday.'],
    ['a never', "We'll never charge you for parking next week."],
    ['a feeling', "We'll be delighted to welcome you back next month."],
    ['being closed', 'We will be closed next week.'],
    ['someone else', 'The lift will be fixed by Friday.'],
  ])('%s: %s', (_name, reply) => {
    expect(promiseIn(reply, FRIDAY)).toBeUndefined();
  });

  it.each([
    ['empty', ''],
    ['spaces', '  \n \n  '],
    ['emoji', '🙏🙏🙏 😊'],
    ['right-to-left', 'سنتصل بك غدا إن شاء الله. شكرا لك'],
    ['Hebrew', 'נתקשר אליך מחר'],
    ['markup', '<div class="reply"><script>alert(1)</script><br/></div>'],
    ['a hundred thousand letters', 'a'.repeat(100_000)],
    ['a hundred thousand question marks', '?'.repeat(100_000)],
  ])('never throws and gives undefined for %s', (_name, reply) => {
    expect(promiseIn(reply, FRIDAY)).toBeUndefined();
  });

  it('never throws for non-strings and an invalid date', () => {
    expect(promiseIn(undefined as unknown as string, FRIDAY)).toBeUndefined();
    expect(promiseIn({} as unknown as string, FRIDAY)).toBeUndefined();
    expect(promiseIn('We will call you tomorrow.', new Date(Number.NaN))).toBeUndefined();
  });

  it('reads a promise through markup, emoji and a long reply', () => {
    expect(promiseIn('<p>We will call you <b>tomorrow</b>.</p>', FRIDAY)).toEqual({ due: '2026-12-05', promise: 'call you', when: 'tomorrow' });
    expect(promiseIn('🙏 We will call you tomorrow 😊', FRIDAY)?.due).toBe('2026-12-05');
    expect(promiseIn('We are so sorry. '.repeat(5_000) + 'We will call you tomorrow.', FRIDAY)).toBeUndefined(); // past the 20,000 characters read
    expect(promiseIn('We will call you tomorrow. ' + 'We are so sorry. '.repeat(5_000), FRIDAY)?.due).toBe('2026-12-05');
  });

  it('finds no reminder in a hundred thousand characters of promises without dates', () => {
    expect(promiseIn('we will '.repeat(12_500), FRIDAY)).toBeUndefined();
    expect(promiseIn('we will call you '.repeat(6_000), FRIDAY)).toBeUndefined();
    expect(promiseIn('We will refund the charge by '.repeat(4_000), FRIDAY)).toBeUndefined();
  });
});

describe('promiseIn: several promises', () => {
  it('takes the earliest date across sentences', () => {
    expect(promiseIn('We will refund you by Monday. Our manager will call you tomorrow.', FRIDAY)).toEqual({
      due: '2026-12-05',
      promise: 'call you',
      when: 'tomorrow',
    });
    expect(promiseIn('Thank you for your review. We will send a replacement on 12 December. We will refund the charge within 48 hours. We will be in touch next week.', FRIDAY)).toEqual({
      due: '2026-12-06',
      promise: 'refund the charge',
      when: 'within 48 hours',
    });
  });

  it('takes the earliest date inside one sentence', () => {
    expect(promiseIn('We will send a voucher next week, and our manager will call you tomorrow.', FRIDAY)).toEqual({
      due: '2026-12-05',
      promise: 'call you',
      when: 'tomorrow',
    });
  });

  it('takes the first of two on the same day', () => {
    expect(promiseIn('We will call you tomorrow. We will also email you tomorrow.', FRIDAY)?.promise).toBe('call you');
  });

  it('skips the past and the reviewer\'s dates among ours', () => {
    expect(promiseIn('We refunded you on Monday and we will call you tomorrow.', FRIDAY)).toEqual({
      due: '2026-12-05',
      promise: 'call you',
      when: 'tomorrow',
    });
    expect(promiseIn('If you pop in today, great; otherwise we will post it to you by Friday.', FRIDAY)).toEqual({
      due: '2026-12-11',
      promise: 'post it to you',
      when: 'by Friday',
    });
    expect(promiseIn('Could we call you tomorrow? Either way, we will refund the charge by Friday.', FRIDAY)?.due).toBe('2026-12-11');
  });
});
