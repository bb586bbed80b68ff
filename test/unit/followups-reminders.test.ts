import { describe, expect, it } from 'vitest';
import { runReminders, type ReminderBrowser } from '@/lib/followups/reminders';
import type { FollowUp } from '@/lib/followups/types';

// Friday 4 December 2026, 10:30 local time.
const NOW = new Date(2026, 11, 4, 10, 30);

const f = (id: string, due: string, extra: Partial<FollowUp> = {}): FollowUp => ({
  id,
  platform: 'google',
  url: 'https://business.google.com/reviews',
  reviewer: 'Dana',
  promise: 'refund the charge',
  when: 'by Friday',
  due,
  state: 'open',
  kind: 'promise',
  createdAt: 1,
  ...extra,
});

function fake(list: FollowUp[], canNotify: boolean, failNotify = false) {
  const log = { notes: [] as Array<[string, string, string]>, marked: [] as string[], count: -1, at: undefined as number | undefined };
  const api: ReminderBrowser = {
    list: async () => list,
    markNotified: async (id) => log.marked.push(id),
    canNotify: async () => canNotify,
    notify: async (id, title, body) => {
      if (failNotify) throw new Error('no');
      log.notes.push([id, title, body]);
    },
    setCount: async (n) => (log.count = n),
    scheduleAt: async (t) => (log.at = t),
  };
  return { api, log };
}

describe('reminders', () => {
  it('shows one notification per due follow-up not yet reminded of, and sets the next alarm for 09:00 on the next due date', async () => {
    const list = [f('a', '2026-12-04'), f('b', '2026-12-01', { reviewer: undefined }), f('c', '2026-12-03', { notifiedAt: 5 }), f('d', '2026-12-07'), f('e', '2026-12-02', { state: 'done' })];
    const { api, log } = fake(list, true);
    const run = await runReminders(api, NOW);
    expect(log.notes).toEqual([
      ['b', 'Follow up on your reply', 'Promised: refund the charge by Friday (overdue by 3 days)'],
      ['a', 'Follow up with Dana', 'Promised: refund the charge by Friday (due today)'],
    ]);
    expect(log.marked).toEqual(['b', 'a']);
    expect(log.count).toBe(0);
    expect(log.at).toBe(new Date(2026, 11, 7, 9, 0).getTime());
    expect(run.notified).toEqual(['b', 'a']);
  });

  it('without the notifications permission, the toolbar button counts every due follow-up instead', async () => {
    const { api, log } = fake([f('a', '2026-12-04'), f('b', '2026-12-01'), f('d', '2026-12-07')], false);
    await runReminders(api, NOW);
    expect(log.notes).toEqual([]);
    expect(log.count).toBe(2);
    // Positive control for "nothing is marked": with no notification shown, nothing counts as reminded.
    expect(log.marked).toEqual([]);
  });

  it('a notification the browser refused is counted on the button and tried again at the next run', async () => {
    const { api, log } = fake([f('a', '2026-12-04')], true, true);
    await runReminders(api, NOW);
    expect(log.marked).toEqual([]);
    expect(log.count).toBe(1);
    // Still un-notified, so the next alarm comes at once (a minute from now), not never.
    expect(log.at).toBe(NOW.getTime() + 60_000);
  });

  it('with nothing open, clears the count and the alarm', async () => {
    const { api, log } = fake([f('e', '2026-12-02', { state: 'done' })], true);
    await runReminders(api, NOW);
    expect(log.count).toBe(0);
    expect(log.at).toBeUndefined();
  });
});
