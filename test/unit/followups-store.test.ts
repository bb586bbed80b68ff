/**
 * Follow-ups in storage: one key per follow-up, so a failed read or two saves at once can never
 * wipe or lose another; duplicates, done and check-ins, snoozes, retention, a full storage.
 * Every `now` is a local time (new Date(y, m, d, h, min)); expected dates were looked up in a
 * calendar (6 Dec 2026 is a Sunday).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  addFollowUp,
  listFollowUps,
  markDone,
  pruneFollowUps,
  removeFollowUp,
  snoozeFollowUp,
  updateFollowUp,
  watchFollowUps,
} from '@/lib/followups/store';
import type { FollowUp } from '@/lib/followups/types';

const DAY = 24 * 60 * 60 * 1000;
const QUOTA_MESSAGE =
  "Calm Reply could not save this follow-up: the browser's storage for it is full. Export your follow-ups and delete old ones.";
/** Sunday 6 December 2026, 10:00 local time. */
const SUNDAY = new Date(2026, 11, 6, 10, 0).getTime();

const refund = { platform: 'google', url: 'https://biz.example/reviews/1', reviewer: 'Dana', promise: 'refund the charge', when: 'by Friday', due: '2026-12-11' };
const call = { platform: 'yelp', url: 'https://www.yelp.com/biz/sunny?hrid=abc', promise: 'call you back', due: '2026-12-08' };

const everything = () => fakeBrowser.storage.local.get(null) as Promise<Record<string, unknown>>;
const followUpNames = async () => Object.keys(await everything()).filter((k) => k.startsWith('followup:')).sort();

function stored(id: string, due: string, more: Partial<FollowUp> = {}): FollowUp {
  return { id, platform: 'google', url: 'https://biz.example/r', promise: `promise ${id}`, due, state: 'open', kind: 'promise', createdAt: 1000, ...more };
}
/** Writes follow-ups straight into storage, all in one call (cheap for hundreds). */
async function seed(list: FollowUp[]): Promise<void> {
  await fakeBrowser.storage.local.set(Object.fromEntries(list.map((f) => [`followup:${f.id}`, f])));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('addFollowUp', () => {
  it('saves an open promise under its own key, the page without its #fragment', async () => {
    const f = await addFollowUp({ ...refund, url: 'https://biz.example/reviews/1?x=1#review-42' }, SUNDAY);
    expect(f).toEqual({
      id: f.id,
      platform: 'google',
      url: 'https://biz.example/reviews/1?x=1',
      reviewer: 'Dana',
      promise: 'refund the charge',
      when: 'by Friday',
      due: '2026-12-11',
      state: 'open',
      kind: 'promise',
      createdAt: SUNDAY,
    });
    expect(f.id).toMatch(/^[0-9a-z]+-[0-9a-z]+$/);
    expect(await everything()).toEqual({ [`followup:${f.id}`]: f });
  });

  it('gives each follow-up its own id, starting with the time', async () => {
    const a = await addFollowUp(refund, SUNDAY);
    const b = await addFollowUp(call, SUNDAY);
    expect(a.id).not.toBe(b.id);
    expect(a.id.split('-')[0]).toBe(SUNDAY.toString(36));
    expect(await followUpNames()).toEqual([`followup:${a.id}`, `followup:${b.id}`].sort());
  });

  it('takes a kind, and starts open and not reminded whatever the input says', async () => {
    const f = await addFollowUp({ ...call, kind: 'check-in', doneAt: 5, notifiedAt: 6 }, SUNDAY);
    expect(f.kind).toBe('check-in');
    expect(f.state).toBe('open');
    expect(f).not.toHaveProperty('doneAt');
    expect(f).not.toHaveProperty('notifiedAt');
  });

  it('refuses a follow-up with no promise or a date that does not exist, and saves nothing', async () => {
    await expect(addFollowUp({ ...refund, promise: '   ' }, SUNDAY)).rejects.toThrow('Follow-up not saved: it has no promise.');
    await expect(addFollowUp({ ...refund, due: '2026-02-30' }, SUNDAY)).rejects.toThrow('Follow-up not saved: "2026-02-30" is not a date.');
    expect(await everything()).toEqual({});
  });

  it('returns the open one already kept for the same page, promise and date instead of a second', async () => {
    const first = await addFollowUp(refund, SUNDAY);
    const again = await addFollowUp({ ...refund, url: `${refund.url}#reply` }, SUNDAY + 5000);
    expect(again).toEqual(first);
    expect(await followUpNames()).toEqual([`followup:${first.id}`]);
  });

  it('keeps a second one when the date or the page differs, or the first is done', async () => {
    const first = await addFollowUp(refund, SUNDAY);
    const otherDay = await addFollowUp({ ...refund, due: '2026-12-12' }, SUNDAY);
    const otherPage = await addFollowUp({ ...refund, url: 'https://biz.example/reviews/2' }, SUNDAY);
    await markDone(first.id, SUNDAY + 1000);
    const reopened = await addFollowUp(refund, SUNDAY + 2000);
    expect(new Set([first.id, otherDay.id, otherPage.id, reopened.id]).size).toBe(4);
  });

  it('adds the same promise once when two adds of it start together', async () => {
    const [a, b] = await Promise.all([addFollowUp(refund, SUNDAY), addFollowUp(refund, SUNDAY + 1)]);
    expect(b).toEqual(a);
    expect(await followUpNames()).toEqual([`followup:${a.id}`]);
  });

  it('keeps both of two different adds started together', async () => {
    const [a, b] = await Promise.all([addFollowUp(refund, SUNDAY), addFollowUp(call, SUNDAY)]);
    expect((await listFollowUps()).map((f) => f.id)).toEqual([b.id, a.id]);
  });

  it('keeps emoji and right-to-left words as written', async () => {
    const promise = 'نرسل لك قسيمة 🎁 — שולחים שובר 🙏🏽';
    const f = await addFollowUp({ ...refund, promise, reviewer: 'زينب' }, SUNDAY);
    const [back] = await listFollowUps();
    expect(back).toEqual(f);
    expect(back?.promise).toBe('نرسل لك قسيمة 🎁 — שולחים שובר 🙏🏽');
    expect(back?.reviewer).toBe('زينب');
  });
});

describe('a failed read', () => {
  it('makes listFollowUps reject, never "no follow-ups"', async () => {
    await addFollowUp(refund, SUNDAY);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('IO error: disk busy'));
    await expect(listFollowUps()).rejects.toThrow(/disk busy/);
  });

  it('makes an add reject without writing, and a later add leaves the others intact', async () => {
    const a = await addFollowUp(refund, SUNDAY);
    const get = vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('IO error: disk busy'));
    await expect(addFollowUp(call, SUNDAY)).rejects.toThrow(/disk busy/);
    get.mockRestore();
    expect(await followUpNames()).toEqual([`followup:${a.id}`]);

    const b = await addFollowUp(call, SUNDAY + 1);
    expect((await listFollowUps()).map((f) => f.id)).toEqual([b.id, a.id]);
    expect((await listFollowUps())[1]).toEqual(a);
  });

  it('makes pruneFollowUps reject and remove nothing', async () => {
    await seed([stored('old', '2026-01-01', { state: 'done', doneAt: SUNDAY - 200 * DAY })]);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('IO error: disk busy'));
    await expect(pruneFollowUps(SUNDAY)).rejects.toThrow(/disk busy/);
    expect(await followUpNames()).toEqual(['followup:old']);
  });
});

describe('listFollowUps', () => {
  it('sorts by due date, then by when each was added', async () => {
    await seed([
      stored('c', '2026-12-11', { createdAt: 3 }),
      stored('a', '2027-01-01', { createdAt: 1 }),
      stored('b', '2026-12-11', { createdAt: 2 }),
      stored('d', '2026-12-31', { createdAt: 4 }),
    ]);
    expect((await listFollowUps()).map((f) => f.id)).toEqual(['b', 'c', 'd', 'a']);
  });

  it('skips malformed entries and entries under another follow-up’s key; ignores other keys', async () => {
    const good = stored('good', '2026-12-11');
    await fakeBrowser.storage.local.set({
      'followup:good': good,
      'followup:no-promise': { ...stored('no-promise', '2026-12-11'), promise: undefined },
      'followup:bad-date': stored('bad-date', '2026-02-30'),
      'followup:bad-state': { ...stored('bad-state', '2026-12-11'), state: 'later' },
      'followup:moved': stored('elsewhere', '2026-12-11'),
      'followup:text': 'refund the charge',
      'followup:list': [good],
      'kept:abc': { box: 'x', variant: 'short', texts: {}, savedAt: 1 },
    });
    expect(await listFollowUps()).toEqual([good]);
  });
});

describe('updateFollowUp and removeFollowUp', () => {
  it('changes only the one follow-up: one write, to its own key', async () => {
    const a = await addFollowUp(refund, SUNDAY);
    const b = await addFollowUp(call, SUNDAY);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const next = await updateFollowUp(a.id, { due: '2026-12-24' });
    expect(next).toEqual({ ...a, due: '2026-12-24' });
    expect(set).toHaveBeenCalledTimes(1);
    expect(Object.keys(set.mock.calls[0]![0] as object)).toEqual([`followup:${a.id}`]);
    expect((await listFollowUps()).find((f) => f.id === b.id)).toEqual(b);
  });

  it('a new due date clears the reminded time (it reminds again); reopening clears the done time', async () => {
    await seed([stored('n', '2026-12-06', { notifiedAt: 123 }), stored('d', '2026-12-06', { state: 'done', doneAt: 456 })]);
    expect(await updateFollowUp('n', { due: '2026-12-07' })).toEqual(stored('n', '2026-12-07'));
    expect(await updateFollowUp('d', { state: 'open' })).toEqual(stored('d', '2026-12-06'));
    expect(await updateFollowUp('n', { notifiedAt: 789 })).toEqual(stored('n', '2026-12-07', { notifiedAt: 789 }));
    expect(await listFollowUps()).toEqual([stored('d', '2026-12-06'), stored('n', '2026-12-07', { notifiedAt: 789 })]);
  });

  it('resolves undefined for a follow-up that is not there, writing nothing', async () => {
    expect(await updateFollowUp('nope', { state: 'done' })).toBeUndefined();
    expect(await everything()).toEqual({});
  });

  it('refuses a due date that does not exist', async () => {
    const a = await addFollowUp(refund, SUNDAY);
    await expect(updateFollowUp(a.id, { due: '2026-13-01' })).rejects.toThrow(/not a date/);
    expect((await listFollowUps())[0]).toEqual(a);
  });

  it('two changes asked in order are applied in order', async () => {
    const a = await addFollowUp(refund, SUNDAY);
    await Promise.all([updateFollowUp(a.id, { due: '2026-12-20' }), snoozeFollowUp(a.id, 1, SUNDAY)]);
    expect((await listFollowUps())[0]?.due).toBe('2026-12-21');
  });

  it('removeFollowUp removes that one only', async () => {
    const a = await addFollowUp(refund, SUNDAY);
    const b = await addFollowUp(call, SUNDAY);
    await removeFollowUp(a.id);
    expect(await listFollowUps()).toEqual([b]);
  });
});

describe('markDone', () => {
  it('marks it done and adds a check-in 14 days later, with the same page and reviewer', async () => {
    const a = await addFollowUp(refund, SUNDAY - DAY);
    const { done, checkIn } = await markDone(a.id, SUNDAY);
    expect(done).toEqual({ ...a, state: 'done', doneAt: SUNDAY });
    expect(checkIn).toEqual({
      id: checkIn?.id,
      platform: 'google',
      url: 'https://biz.example/reviews/1',
      reviewer: 'Dana',
      promise: 'check in: refund the charge',
      due: '2026-12-20',
      state: 'open',
      kind: 'check-in',
      createdAt: SUNDAY,
    });
    expect(await listFollowUps()).toEqual([done, checkIn]);
  });

  it('counts the 14 days on the calendar, across a year end and a month end', async () => {
    const a = await addFollowUp(refund, SUNDAY);
    expect((await markDone(a.id, new Date(2026, 11, 20, 23, 30).getTime())).checkIn?.due).toBe('2027-01-03');
    const b = await addFollowUp(call, SUNDAY);
    expect((await markDone(b.id, new Date(2026, 0, 20, 0, 15).getTime())).checkIn?.due).toBe('2026-02-03');
    const c = await addFollowUp({ ...call, url: 'https://biz.example/c' }, SUNDAY);
    expect((await markDone(c.id, new Date(2026, 11, 31, 23, 59).getTime())).checkIn?.due).toBe('2027-01-14');
  });

  it('adds no check-in for a check-in, nor for one already done', async () => {
    const a = await addFollowUp(refund, SUNDAY);
    const first = await markDone(a.id, SUNDAY);
    const again = await markDone(a.id, SUNDAY + DAY);
    expect(again).toEqual({ done: first.done, checkIn: undefined });
    const last = await markDone(first.checkIn!.id, SUNDAY + 14 * DAY);
    expect(last.checkIn).toBeUndefined();
    expect(last.done?.state).toBe('done');
    expect(await listFollowUps()).toHaveLength(2);
  });

  it('resolves nothing done for a follow-up that is not there', async () => {
    expect(await markDone('nope', SUNDAY)).toEqual({ done: undefined, checkIn: undefined });
    expect(await everything()).toEqual({});
  });
});

describe('snoozeFollowUp', () => {
  it('moves an overdue one to a day or a week from today', async () => {
    await seed([stored('a', '2026-12-01'), stored('b', '2026-11-30')]);
    expect((await snoozeFollowUp('a', 1, SUNDAY))?.due).toBe('2026-12-07');
    expect((await snoozeFollowUp('b', 7, SUNDAY))?.due).toBe('2026-12-13');
  });

  it('moves one due today or later on from its own date, across the year end', async () => {
    await seed([stored('today', '2026-12-06'), stored('later', '2026-12-30')]);
    expect((await snoozeFollowUp('today', 1, SUNDAY))?.due).toBe('2026-12-07');
    expect((await snoozeFollowUp('later', 7, SUNDAY))?.due).toBe('2027-01-06');
  });

  it('crosses a month end, and clears the reminded time so the new date reminds again', async () => {
    await seed([stored('a', '2026-01-31', { notifiedAt: 99 })]);
    expect(await snoozeFollowUp('a', 1, new Date(2026, 0, 31, 21, 0).getTime())).toEqual(stored('a', '2026-02-01'));
  });

  it('resolves undefined for a follow-up that is not there', async () => {
    expect(await snoozeFollowUp('nope', 7, SUNDAY)).toBeUndefined();
  });
});

describe('pruneFollowUps', () => {
  it('drops done ones done more than 90 days ago, and malformed entries; keeps open ones however old', async () => {
    await seed([
      stored('done-91', '2026-01-01', { state: 'done', doneAt: SUNDAY - 91 * DAY }),
      stored('done-90', '2026-01-01', { state: 'done', doneAt: SUNDAY - 90 * DAY }),
      stored('done-1', '2026-01-01', { state: 'done', doneAt: SUNDAY - DAY }),
      stored('open-old', '2025-01-01', { createdAt: SUNDAY - 400 * DAY }),
    ]);
    await fakeBrowser.storage.local.set({ 'followup:broken': { id: 'broken' }, 'kept:abc': { box: 'x' } });
    expect(await pruneFollowUps(SUNDAY)).toBe(2);
    expect(await followUpNames()).toEqual(['followup:done-1', 'followup:done-90', 'followup:open-old']);
    expect(await everything()).toHaveProperty('kept:abc');
  });

  it('keeps at most 500: 501 open ones lose the oldest added', async () => {
    await seed(Array.from({ length: 501 }, (_, i) => stored(`o${i}`, '2026-12-20', { createdAt: 10_000 - i })));
    expect(await pruneFollowUps(SUNDAY)).toBe(1);
    const names = await followUpNames();
    expect(names).toHaveLength(500);
    expect(names).not.toContain('followup:o500');
    expect(names).toContain('followup:o0');
  });

  it('over 500, drops the oldest done first, before any open one', async () => {
    const open = Array.from({ length: 499 }, (_, i) => stored(`o${i}`, '2026-12-20', { createdAt: i }));
    const done = [
      stored('d-new', '2026-12-01', { state: 'done', createdAt: 5000, doneAt: SUNDAY - DAY }),
      stored('d-old', '2026-12-01', { state: 'done', createdAt: 6000, doneAt: SUNDAY - 10 * DAY }),
      stored('d-mid', '2026-12-01', { state: 'done', createdAt: 7000, doneAt: SUNDAY - 5 * DAY }),
    ];
    await seed([...open, ...done]);
    expect(await pruneFollowUps(SUNDAY)).toBe(2);
    const names = await followUpNames();
    expect(names).toHaveLength(500);
    expect(names.filter((n) => n.startsWith('followup:d-'))).toEqual(['followup:d-new']);
    expect(names).toContain('followup:o0');
  });

  it('keeps one changed since it was read (reopened by another view)', async () => {
    const old = stored('x', '2026-01-01', { state: 'done', doneAt: SUNDAY - 200 * DAY });
    await seed([stored('x', '2026-01-01')]); // reopened meanwhile
    vi.spyOn(fakeBrowser.storage.local, 'get').mockResolvedValueOnce({ 'followup:x': old } as never);
    expect(await pruneFollowUps(SUNDAY)).toBe(0);
    expect(await listFollowUps()).toEqual([stored('x', '2026-01-01')]);
  });

  it('drops nothing when there is nothing to drop', async () => {
    await seed([stored('a', '2026-12-20')]);
    expect(await pruneFollowUps(SUNDAY)).toBe(0);
    expect(await followUpNames()).toEqual(['followup:a']);
  });
});

describe('a full storage', () => {
  it('makes an add reject with a message for the owner, the browser’s error as its cause', async () => {
    const quota = new Error('QUOTA_BYTES quota exceeded');
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(quota);
    const error: unknown = await addFollowUp(refund, SUNDAY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe(QUOTA_MESSAGE);
    expect((error as Error).cause).toBe(quota);
    expect(await everything()).toEqual({});
  });

  it('says the same when a change is refused (Firefox’s QuotaExceededError)', async () => {
    const a = await addFollowUp(refund, SUNDAY);
    const quota = Object.assign(new Error('The current transaction exceeded its limit.'), { name: 'QuotaExceededError' });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(quota);
    await expect(snoozeFollowUp(a.id, 7, SUNDAY)).rejects.toThrow(QUOTA_MESSAGE);
    expect((await listFollowUps())[0]).toEqual(a);
  });

  it('passes any other write error on as it is', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('IO error: disk busy'));
    await expect(addFollowUp(refund, SUNDAY)).rejects.toThrow(/^IO error: disk busy$/);
  });
});

describe('watchFollowUps', () => {
  it('calls back when a follow-up is added, changed or removed, not for other keys, until stopped', async () => {
    const cb = vi.fn();
    const stop = watchFollowUps(cb);
    const a = await addFollowUp(refund, SUNDAY);
    expect(cb).toHaveBeenCalledTimes(1);
    await snoozeFollowUp(a.id, 1, SUNDAY);
    expect(cb).toHaveBeenCalledTimes(2);
    await fakeBrowser.storage.local.set({ 'kept:abc': { box: 'x' } });
    await fakeBrowser.storage.sync.set({ 'followup:zz': 1 });
    expect(cb).toHaveBeenCalledTimes(2);
    await removeFollowUp(a.id);
    expect(cb).toHaveBeenCalledTimes(3);
    stop();
    await addFollowUp(call, SUNDAY);
    expect(cb).toHaveBeenCalledTimes(3);
  });
});
