/**
 * What happens when a follow-up falls due, minus the browser APIs (passed in), so it is testable
 * in Node: each due follow-up not yet reminded of gets one notification, or, when the owner did
 * not allow notifications, the toolbar button shows how many are due; then the next alarm is set.
 */
import type { FollowUp } from './types';
import { dueFollowUps, nextAlarm, reminderText } from './schedule';

export interface ReminderBrowser {
  list(): Promise<FollowUp[]>;
  markNotified(id: string, at: number): Promise<unknown>;
  /** Whether the optional notifications permission is granted now. */
  canNotify(): Promise<boolean>;
  notify(id: string, title: string, body: string): Promise<unknown>;
  /** The count on the toolbar button; 0 clears it. */
  setCount(count: number): Promise<unknown>;
  /** Sets (or with undefined clears) the one alarm for the next reminder. */
  scheduleAt(when: number | undefined): Promise<unknown>;
}

export interface ReminderRun {
  notified: string[];
  count: number;
  next: number | undefined;
}

export async function runReminders(api: ReminderBrowser, now: Date): Promise<ReminderRun> {
  const list = await api.list();
  const due = dueFollowUps(list, now);
  const notify = await api.canNotify().catch(() => false);
  const notified: string[] = [];
  if (notify) {
    for (const f of due) {
      if (f.notifiedAt !== undefined) continue;
      const { title, body } = reminderText(f, now);
      try {
        await api.notify(f.id, title, body);
        await api.markNotified(f.id, now.getTime());
        notified.push(f.id);
      } catch {
        // Not shown: it stays un-notified, so the next run tries again, and the count shows it meanwhile.
      }
    }
  }
  // Without notifications (or where one failed) the toolbar button carries the reminder.
  const count = notify ? due.filter((f) => f.notifiedAt === undefined && !notified.includes(f.id)).length : due.length;
  await api.setCount(count).catch(() => {});
  const after = list.map((f) => (notified.includes(f.id) ? { ...f, notifiedAt: now.getTime() } : f));
  const next = nextAlarm(after, now);
  await api.scheduleAt(next).catch(() => {});
  return { notified, count, next };
}
