/**
 * Follow-ups on this device: one `local:` key per follow-up (`local:followup:<id>`), so saving
 * one never reads or rewrites another.
 *
 * - A failed read rejects; it is never taken for "no follow-ups", so nothing is written over it.
 * - Changes to one follow-up in this page run one after another, in the order they were asked
 *   (serial() from the reply store); adds run one at a time, so the same promise added twice at
 *   once is kept once.
 * - A write refused because storage is full rejects with a message for the owner
 *   (FOLLOWUP_QUOTA_MESSAGE), the browser's error kept as its `cause`.
 * - pruneFollowUps() drops done follow-ups 90 days after they were done, and the oldest beyond 500.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { serial } from '../settings/reply-store';
import { addDays, isISODate, todayISO } from './schedule';
import type { FollowUp } from './types';

const DAY = 24 * 60 * 60 * 1000;
/** Done follow-ups are dropped this long after they were marked done. */
export const KEEP_DONE_FOR_MS = 90 * DAY;
/** At most this many follow-ups are kept (the oldest done ones go first, then the oldest open). */
export const MAX_FOLLOWUPS = 500;
/** A check-in is due this many days after its promise was marked done. */
export const CHECK_IN_AFTER_DAYS = 14;

const PREFIX = 'followup:';

export const FOLLOWUP_QUOTA_MESSAGE =
  "Calm Reply could not save this follow-up: the browser's storage for it is full. Export your follow-ups and delete old ones.";

export type NewFollowUp = Omit<FollowUp, 'id' | 'state' | 'createdAt' | 'kind'> & { kind?: FollowUp['kind'] };
export type FollowUpPatch = Partial<Pick<FollowUp, 'due' | 'state' | 'doneAt' | 'notifiedAt'>>;

export function followUpKey(id: string): `local:${string}` {
  return `local:${PREFIX}${id}`;
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const optional = (v: unknown, type: 'string' | 'number') =>
  v === undefined || (type === 'number' ? typeof v === 'number' && Number.isFinite(v) : typeof v === 'string');

/** A well-formed follow-up (fields of later versions are allowed, and kept). */
export function isFollowUp(v: unknown): v is FollowUp {
  return (
    isObject(v) &&
    typeof v.id === 'string' &&
    /^[0-9a-z-]+$/.test(v.id) &&
    typeof v.platform === 'string' &&
    typeof v.url === 'string' &&
    optional(v.reviewer, 'string') &&
    typeof v.promise === 'string' &&
    optional(v.when, 'string') &&
    isISODate(v.due) &&
    (v.state === 'open' || v.state === 'done') &&
    (v.kind === 'promise' || v.kind === 'check-in') &&
    typeof v.createdAt === 'number' &&
    Number.isFinite(v.createdAt) &&
    optional(v.doneAt, 'number') &&
    optional(v.notifiedAt, 'number')
  );
}

/** The page without its #fragment (the rest, query string included, is what the reminder opens). */
export function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash >= 0 ? url.slice(0, hash) : url;
}

/** Time first (so ids sort by age), then 48 random bits. */
function newId(now: number): string {
  const random = new Uint32Array(2);
  crypto.getRandomValues(random);
  const r = Array.from(random, (n) => n.toString(36).padStart(7, '0')).join('');
  return `${Math.max(0, Math.floor(now)).toString(36)}-${r}`;
}

/** True when the browser refused a write because storage is full. */
function isQuotaError(e: unknown): boolean {
  const name = isObject(e) || e instanceof Error ? (e as { name?: unknown }).name : undefined;
  const message = e instanceof Error ? e.message : isObject(e) ? String(e.message ?? '') : String(e ?? '');
  return name === 'QuotaExceededError' || /quota/i.test(message);
}

async function write(f: FollowUp): Promise<void> {
  try {
    await storage.setItem(followUpKey(f.id), f);
  } catch (e) {
    if (isQuotaError(e)) throw new Error(FOLLOWUP_QUOTA_MESSAGE, { cause: e });
    throw e;
  }
}

/** Every stored follow-up entry, by storage name ('followup:<id>'). Rejects when storage cannot be read. */
async function readAll(): Promise<Array<[string, unknown]>> {
  const all: Record<string, unknown> = await browser.storage.local.get(null);
  return Object.entries(all).filter(([name]) => name.startsWith(PREFIX));
}

const isValidEntry = (name: string, v: unknown): v is FollowUp => isFollowUp(v) && name === `${PREFIX}${v.id}`;

function byDue(a: FollowUp, b: FollowUp): number {
  return a.due < b.due ? -1 : a.due > b.due ? 1 : a.createdAt - b.createdAt;
}

/**
 * All well-formed follow-ups, by due date then creation (malformed entries are skipped).
 * Rejects when storage cannot be read.
 */
export async function listFollowUps(): Promise<FollowUp[]> {
  const entries = await readAll();
  return entries.flatMap(([name, v]) => (isValidEntry(name, v) ? [v] : [])).sort(byDue);
}

const ADD_CHAIN = `${PREFIX}add`;

/**
 * Saves a new open follow-up and returns it. The same promise (same page, words and due date)
 * still open is returned instead of being saved twice. Rejects when the input is malformed,
 * when storage cannot be read (nothing is written) or refuses the write.
 */
export function addFollowUp(input: NewFollowUp, now = Date.now()): Promise<FollowUp> {
  const promise = typeof input.promise === 'string' ? input.promise.trim() : '';
  if (!promise) return Promise.reject(new Error('Follow-up not saved: it has no promise.'));
  if (!isISODate(input.due)) return Promise.reject(new Error(`Follow-up not saved: ${JSON.stringify(input.due)} is not a date.`));
  // A new follow-up is open and not yet reminded of, whatever the input says.
  const { kind = 'promise', doneAt: _doneAt, notifiedAt: _notifiedAt, ...rest } = input;
  const f: FollowUp = {
    ...rest,
    id: newId(now),
    url: withoutFragment(String(input.url ?? '')),
    promise,
    state: 'open',
    kind,
    createdAt: now,
  };
  if (!isFollowUp(f)) return Promise.reject(new Error('Follow-up not saved: it is malformed.'));
  return serial(ADD_CHAIN, async () => {
    const same = (await listFollowUps()).find((o) => o.state === 'open' && o.url === f.url && o.promise === f.promise && o.due === f.due);
    if (same) return same;
    await serial(followUpKey(f.id), () => write(f));
    return f;
  });
}

/**
 * Changes one follow-up in turn with this page's other changes to it: `change` gets the stored
 * one and returns the new one (or undefined to leave it). Resolves undefined when there is none.
 */
function modify(id: string, change: (f: FollowUp) => FollowUp | undefined): Promise<FollowUp | undefined> {
  const key = followUpKey(id);
  return serial(key, async () => {
    const current: unknown = await storage.getItem(key);
    if (!isValidEntry(`${PREFIX}${id}`, current)) return undefined;
    const next = change(current);
    if (!next || next === current) return current;
    if (!isFollowUp(next)) throw new Error('Follow-up not saved: it is malformed.');
    await write(next);
    return next;
  });
}

function applyPatch(f: FollowUp, patch: FollowUpPatch): FollowUp {
  const next: FollowUp = { ...f };
  if (patch.due !== undefined && patch.due !== f.due) {
    next.due = patch.due;
    delete next.notifiedAt; // the new date reminds again
  }
  if (patch.state !== undefined) {
    next.state = patch.state;
    if (patch.state === 'open') delete next.doneAt;
  }
  if ('doneAt' in patch) {
    if (patch.doneAt === undefined) delete next.doneAt;
    else next.doneAt = patch.doneAt;
  }
  if ('notifiedAt' in patch) {
    if (patch.notifiedAt === undefined) delete next.notifiedAt;
    else next.notifiedAt = patch.notifiedAt;
  }
  return next;
}

/**
 * Changes a follow-up's due date, state, done time or reminded time; a new due date clears the
 * reminded time, reopening clears the done time. Resolves undefined when there is no such
 * follow-up; rejects on a malformed patch or a refused write.
 */
export function updateFollowUp(id: string, patch: FollowUpPatch): Promise<FollowUp | undefined> {
  if (patch.due !== undefined && !isISODate(patch.due)) {
    return Promise.reject(new Error(`Follow-up not saved: ${JSON.stringify(patch.due)} is not a date.`));
  }
  return modify(id, (f) => applyPatch(f, patch));
}

export async function removeFollowUp(id: string): Promise<void> {
  const key = followUpKey(id);
  await serial(key, () => storage.removeItem(key));
}

/**
 * Marks a follow-up done and, unless it was itself a check-in, adds a check-in due 14 days
 * from `now` ("check in: refund the charge"). One already done is left as it was, with no
 * second check-in. `done` is undefined when there is no such follow-up. When the check-in
 * cannot be saved (storage full) this rejects with that error, and the promise stays done.
 */
export async function markDone(id: string, now = Date.now()): Promise<{ done: FollowUp | undefined; checkIn: FollowUp | undefined }> {
  let changed = false;
  const done = await modify(id, (f) => {
    if (f.state === 'done') return undefined;
    changed = true;
    return applyPatch(f, { state: 'done', doneAt: now });
  });
  if (!done || !changed || done.kind === 'check-in') return { done, checkIn: undefined };
  const checkIn = await addFollowUp(
    {
      platform: done.platform,
      url: done.url,
      ...(done.reviewer !== undefined ? { reviewer: done.reviewer } : {}),
      promise: `check in: ${done.promise}`,
      due: addDays(todayISO(new Date(now)), CHECK_IN_AFTER_DAYS),
      kind: 'check-in',
    },
    now,
  );
  return { done, checkIn };
}

/** Moves a follow-up to `days` after its due date, or after today when it is overdue. */
export function snoozeFollowUp(id: string, days: 1 | 7, now = Date.now()): Promise<FollowUp | undefined> {
  const today = todayISO(new Date(now));
  return modify(id, (f) => applyPatch(f, { due: addDays(f.due > today ? f.due : today, days) }));
}

/**
 * Drops done follow-ups done more than 90 days ago and malformed entries, then all but 500
 * (the oldest done first, then the oldest open). Resolves how many were dropped. Rejects when
 * storage cannot be read (nothing is removed). One changed since it was read is kept.
 */
export async function pruneFollowUps(now = Date.now()): Promise<number> {
  const entries = await readAll();
  const drop: Array<[string, unknown]> = [];
  const kept: FollowUp[] = [];
  for (const [name, v] of entries) {
    if (!isValidEntry(name, v)) drop.push([name, v]);
    else if (v.state === 'done' && now - (v.doneAt ?? v.createdAt) > KEEP_DONE_FOR_MS) drop.push([name, v]);
    else kept.push(v);
  }
  if (kept.length > MAX_FOLLOWUPS) {
    const done = kept.filter((f) => f.state === 'done').sort((a, b) => (a.doneAt ?? a.createdAt) - (b.doneAt ?? b.createdAt));
    const open = kept.filter((f) => f.state === 'open').sort((a, b) => a.createdAt - b.createdAt);
    for (const f of [...done, ...open].slice(0, kept.length - MAX_FOLLOWUPS)) drop.push([`${PREFIX}${f.id}`, f]);
  }
  const removed = await Promise.all(
    drop.map(([name, seen]) => {
      const key = `local:${name}` as const;
      // Re-read in turn with this page's changes: one changed since the snapshot stays.
      return serial(key, async () => {
        const v: unknown = await storage.getItem(key);
        if (JSON.stringify(v) !== JSON.stringify(seen)) return 0;
        await storage.removeItem(key);
        return 1;
      });
    }),
  );
  return removed.reduce<number>((n, r) => n + r, 0);
}

/** Calls `cb` whenever any follow-up is added, changed or removed (in any view). Returns a stop function. */
export function watchFollowUps(cb: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some((k) => k.startsWith(PREFIX))) cb();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
