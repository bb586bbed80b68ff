/**
 * When follow-ups are due and what their reminders say. Every `now` is a local time built with
 * new Date(y, m, d, h, min), so the expected dates hold in any time zone; weekdays written here
 * were looked up in a calendar (6 Dec 2026 is a Sunday).
 */
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dueFollowUps,
  dueLabel,
  isISODate,
  nextAlarm,
  reminderText,
  reminderTime,
  todayISO,
} from '@/lib/followups/schedule';
import type { FollowUp } from '@/lib/followups/types';

const MINUTE = 60 * 1000;
/** Sunday 6 December 2026, 10:00 local time. */
const SUNDAY = new Date(2026, 11, 6, 10, 0);

function fu(id: string, due: string, more: Partial<FollowUp> = {}): FollowUp {
  return {
    id,
    platform: 'google',
    url: 'https://biz.example/reviews/1',
    promise: 'refund the charge',
    due,
    state: 'open',
    kind: 'promise',
    createdAt: 1000,
    ...more,
  };
}

describe('todayISO', () => {
  it('is the local calendar date, zero-padded', () => {
    expect(todayISO(SUNDAY)).toBe('2026-12-06');
    expect(todayISO(new Date(2026, 1, 3, 0, 0))).toBe('2026-02-03');
  });

  it('turns over at local midnight at the end of a month and a year', () => {
    expect(todayISO(new Date(2026, 11, 31, 23, 59, 59))).toBe('2026-12-31');
    expect(todayISO(new Date(2027, 0, 1, 0, 0, 0))).toBe('2027-01-01');
    expect(todayISO(new Date(2026, 0, 31, 23, 59))).toBe('2026-01-31');
    expect(todayISO(new Date(2026, 1, 1, 0, 0))).toBe('2026-02-01');
  });
});

describe('calendar dates', () => {
  it('addDays crosses month, year and leap-day ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-20', 14)).toBe('2027-01-03');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-28', 7)).toBe('2026-04-04'); // across the spring clock change
  });

  it('isISODate takes real dates written YYYY-MM-DD only', () => {
    expect(isISODate('2028-02-29')).toBe(true);
    expect(isISODate('2026-02-29')).toBe(false);
    expect(isISODate('2026-04-31')).toBe(false);
    expect(isISODate('2026-13-01')).toBe(false);
    expect(isISODate('2026-00-10')).toBe(false);
    expect(isISODate('2026-1-5')).toBe(false);
    expect(isISODate('2026-12-06T00:00')).toBe(false);
    expect(isISODate(20261206)).toBe(false);
  });
});

describe('dueFollowUps', () => {
  it('lists open ones due today or earlier: the most overdue first, then today’s, oldest first', () => {
    const list = [
      fu('today-late', '2026-12-06', { createdAt: 2 }),
      fu('dec-1', '2026-12-01', { createdAt: 5 }),
      fu('tomorrow', '2026-12-07'),
      fu('today-early', '2026-12-06', { createdAt: 1 }),
      fu('done', '2026-11-01', { state: 'done', doneAt: 9 }),
      fu('nov-30', '2026-11-30', { createdAt: 9 }),
    ];
    expect(dueFollowUps(list, SUNDAY).map((f) => f.id)).toEqual(['nov-30', 'dec-1', 'today-early', 'today-late']);
  });

  it('at a year end: last year’s date is overdue on New Year’s Day, tomorrow’s is not due', () => {
    const list = [fu('jan-2', '2027-01-02'), fu('dec-31', '2026-12-31'), fu('jan-1', '2027-01-01')];
    expect(dueFollowUps(list, new Date(2027, 0, 1, 0, 5)).map((f) => f.id)).toEqual(['dec-31', 'jan-1']);
    expect(dueFollowUps(list, new Date(2026, 11, 31, 23, 55)).map((f) => f.id)).toEqual(['dec-31']);
  });

  it('is empty when nothing is due', () => {
    expect(dueFollowUps([fu('later', '2026-12-07')], SUNDAY)).toEqual([]);
    expect(dueFollowUps([], SUNDAY)).toEqual([]);
  });
});

describe('reminderTime', () => {
  it('is 09:00 local time on the due date', () => {
    const t = reminderTime('2026-12-07', SUNDAY);
    expect(t).toBe(new Date(2026, 11, 7, 9, 0).getTime());
    expect([new Date(t).getDate(), new Date(t).getHours(), new Date(t).getMinutes()]).toEqual([7, 9, 0]);
  });

  it('today before nine is nine; at nine exactly is nine', () => {
    expect(reminderTime('2026-12-06', new Date(2026, 11, 6, 8, 59))).toBe(new Date(2026, 11, 6, 9, 0).getTime());
    expect(reminderTime('2026-12-06', new Date(2026, 11, 6, 9, 0))).toBe(new Date(2026, 11, 6, 9, 0).getTime());
  });

  it('is a minute from now once nine has passed, or the date has (missed while the browser was closed)', () => {
    const late = new Date(2026, 11, 6, 9, 0, 1);
    expect(reminderTime('2026-12-06', late)).toBe(late.getTime() + MINUTE);
    expect(reminderTime('2026-11-20', SUNDAY)).toBe(SUNDAY.getTime() + MINUTE);
  });

  it('crosses the year end', () => {
    expect(reminderTime('2027-01-01', new Date(2026, 11, 31, 22, 0))).toBe(new Date(2027, 0, 1, 9, 0).getTime());
  });

  it('throws on a malformed date', () => {
    expect(() => reminderTime('2026-02-30', SUNDAY)).toThrow(/Not a date/);
  });
});

describe('nextAlarm', () => {
  it('is the earliest reminder among open follow-ups not yet reminded of', () => {
    const list = [
      fu('b', '2026-12-09'),
      fu('done', '2026-12-07', { state: 'done', doneAt: 5 }),
      fu('notified', '2026-12-07', { notifiedAt: 5 }),
      fu('a', '2026-12-08'),
    ];
    expect(nextAlarm(list, SUNDAY)).toBe(new Date(2026, 11, 8, 9, 0).getTime());
  });

  it('is a minute from now when one is overdue and not yet reminded of', () => {
    expect(nextAlarm([fu('later', '2026-12-30'), fu('overdue', '2026-12-01')], SUNDAY)).toBe(SUNDAY.getTime() + MINUTE);
  });

  it('is undefined when every open one was reminded of, or there are none', () => {
    expect(nextAlarm([fu('n', '2026-12-01', { notifiedAt: 1 }), fu('d', '2026-12-20', { state: 'done' })], SUNDAY)).toBeUndefined();
    expect(nextAlarm([], SUNDAY)).toBeUndefined();
  });
});

describe('dueLabel', () => {
  it('says today, tomorrow and overdue days in words', () => {
    expect(dueLabel('2026-12-06', SUNDAY)).toBe('Due today');
    expect(dueLabel('2026-12-07', SUNDAY)).toBe('Due tomorrow');
    expect(dueLabel('2026-12-05', SUNDAY)).toBe('Overdue by 1 day');
    expect(dueLabel('2026-12-03', SUNDAY)).toBe('Overdue by 3 days');
    expect(dueLabel('2026-11-06', SUNDAY)).toBe('Overdue by 30 days');
  });

  it('names the day of the week for later dates, every one of them', () => {
    expect(dueLabel('2026-12-08', SUNDAY)).toBe('Due Tue 8 Dec');
    expect(dueLabel('2026-12-09', SUNDAY)).toBe('Due Wed 9 Dec');
    expect(dueLabel('2026-12-10', SUNDAY)).toBe('Due Thu 10 Dec');
    expect(dueLabel('2026-12-11', SUNDAY)).toBe('Due Fri 11 Dec');
    expect(dueLabel('2026-12-12', SUNDAY)).toBe('Due Sat 12 Dec');
    expect(dueLabel('2026-12-13', SUNDAY)).toBe('Due Sun 13 Dec');
    expect(dueLabel('2026-12-14', SUNDAY)).toBe('Due Mon 14 Dec');
  });

  it('names every month', () => {
    const newYear = new Date(2026, 0, 1, 12, 0);
    const labels = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => dueLabel(`2026-${m}-15`, newYear));
    expect(labels).toEqual([
      'Due Thu 15 Jan',
      'Due Sun 15 Feb',
      'Due Sun 15 Mar',
      'Due Wed 15 Apr',
      'Due Fri 15 May',
      'Due Mon 15 Jun',
      'Due Wed 15 Jul',
      'Due Sat 15 Aug',
      'Due Tue 15 Sep',
      'Due Thu 15 Oct',
      'Due Sun 15 Nov',
      'Due Tue 15 Dec',
    ]);
  });

  it('counts across month, year and leap-day ends, and gives the year when it is not this one', () => {
    const newYearsEve = new Date(2026, 11, 31, 23, 0);
    expect(dueLabel('2027-01-01', newYearsEve)).toBe('Due tomorrow');
    expect(dueLabel('2027-01-04', newYearsEve)).toBe('Due Mon 4 Jan 2027');
    expect(dueLabel('2026-12-29', new Date(2027, 0, 1, 8, 0))).toBe('Overdue by 3 days');
    expect(dueLabel('2026-02-01', new Date(2026, 0, 31, 20, 0))).toBe('Due tomorrow');
    expect(dueLabel('2026-02-02', new Date(2026, 0, 31, 20, 0))).toBe('Due Mon 2 Feb');
    expect(dueLabel('2028-03-01', new Date(2028, 1, 28, 9, 0))).toBe('Due Wed 1 Mar');
    expect(dueLabel('2026-03-30', new Date(2026, 2, 28, 23, 30))).toBe('Due Mon 30 Mar'); // clocks change on the 29th (EU)
  });
});

describe('reminderText', () => {
  it('names the reviewer and the promise in the reply’s words, with when it is due', () => {
    expect(reminderText(fu('a', '2026-12-11', { reviewer: 'Dana' }), SUNDAY)).toEqual({
      title: 'Follow up with Dana',
      body: 'Promised: refund the charge (due Fri 11 Dec)',
    });
  });

  it('without a name, says "your reply"; keeps the reply’s "when" words', () => {
    expect(reminderText(fu('a', '2026-12-06', { when: 'by Friday' }), SUNDAY)).toEqual({
      title: 'Follow up on your reply',
      body: 'Promised: refund the charge by Friday (due today)',
    });
    expect(reminderText(fu('a', '2026-12-03', { reviewer: 'Sam' }), SUNDAY).body).toBe('Promised: refund the charge (overdue by 3 days)');
  });

  it('for a check-in, says check in', () => {
    const checkIn = fu('c', '2026-12-07', { kind: 'check-in', promise: 'check in: refund the charge', reviewer: 'Dana' });
    expect(reminderText(checkIn, SUNDAY)).toEqual({ title: 'Check in with Dana', body: 'Check in: refund the charge (due tomorrow)' });
    expect(reminderText({ ...checkIn, reviewer: undefined }, SUNDAY).title).toBe('Check in on your reply');
  });

  it('keeps a long promise short without splitting an emoji', () => {
    const promise = `${'a'.repeat(98)}🙏🏽${'b'.repeat(10)}`;
    expect(reminderText(fu('a', '2026-12-06', { promise }), SUNDAY).body).toBe(`Promised: ${'a'.repeat(98)}🙏🏽… (due today)`);
    const short = 'send the voucher 🙏🏽 שלום';
    expect(reminderText(fu('a', '2026-12-06', { promise: short }), SUNDAY).body).toBe('Promised: send the voucher 🙏🏽 שלום (due today)');
  });
});
