/**
 * Storage shared by the kept suggestion (drafts.ts) and the flags ignored here (ignored.ts): one
 * `local:` key per reply box, so saving one box never reads or rewrites another box's data.
 *
 * - `local:kept:<id>` and `local:ignored:<id>`, where <id> is a hash of the reply-box key
 *   (replyBoxKey). The value holds the box key too: a hash collision reads as "nothing kept".
 * - A failed read rejects; it is never taken for "nothing stored", so nothing is written over it.
 * - Reads and writes of one key in this page run one after another, in the order they were asked.
 * - pruneExpiredReplies() drops what is older than 7 days or malformed and keeps the newest 200
 *   boxes of each kind. It also moves the old single objects (`local:keptSuggestions`,
 *   `local:ignoredFlags`) into per-box keys, removing them only once those writes succeeded.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { BusinessProfile } from './schema';

type Variant = BusinessProfile['replyLength'];

export const KEEP_FOR_MS = 7 * 24 * 60 * 60 * 1000;
/** Oldest boxes are dropped beyond this many (of each kind), so storage never grows without bound. */
export const MAX_BOXES = 200;

/** Where earlier versions kept every box in one object; moved into per-box keys, then removed. */
export const LEGACY_KEPT_KEY = 'local:keptSuggestions' as const;
export const LEGACY_IGNORED_KEY = 'local:ignoredFlags' as const;

export type ReplyKind = 'kept' | 'ignored';

export interface KeptEntry {
  /** The replyBoxKey() this entry belongs to (checked on every read). */
  box: string;
  variant: Variant;
  texts: Partial<Record<Variant, string>>;
  /** The reply the owner chose to see ('draft' or 'review'); absent in older entries. */
  source?: 'draft' | 'review';
  savedAt: number;
}

export interface IgnoredEntry {
  box: string;
  /** flagKey()s: the rule and the exact words */
  flags: string[];
  savedAt: number;
}

interface Entries {
  kept: KeptEntry;
  ignored: IgnoredEntry;
}

/** FNV-1a, 32 bits, in base 36. */
export function fnv1a(s: string, basis = 0x811c9dc5): string {
  let h = basis;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** A short, stable id for a reply-box key: two 32-bit hashes, so collisions are vanishingly rare. */
export function boxHash(box: string): string {
  return `${fnv1a(box)}-${fnv1a(box, 0x050c5d1f)}`;
}

export function storageKey(kind: ReplyKind, box: string): `local:${string}` {
  return `local:${kind}:${boxHash(box)}`;
}

/**
 * The page part of a reply-box key: no #fragment, no user name or password and no query string
 * (it may carry tokens), but a fingerprint of the query so two reviews told apart only by it
 * (`?review=1`, `?review=2`) keep apart.
 */
export function pageKey(url: string | undefined): string {
  let page = url ?? '';
  let search = '';
  try {
    const u = new URL(page);
    search = u.search;
    u.hash = '';
    u.search = '';
    u.username = '';
    u.password = '';
    page = u.href;
  } catch {
    // Not a URL (tests, odd pages): cut it by hand.
    const hash = page.indexOf('#');
    if (hash >= 0) page = page.slice(0, hash);
    const q = page.indexOf('?');
    if (q >= 0) {
      search = page.slice(q);
      page = page.slice(0, q);
    }
  }
  return search && search !== '?' ? `${page}?q-${fnv1a(search)}` : page;
}

const VARIANTS: readonly unknown[] = ['short', 'standard', 'warm'];
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** The kept-suggestion fields without the box (old entries had none). */
export function isKeptShape(v: unknown): v is Omit<KeptEntry, 'box'> {
  return (
    isObject(v) &&
    typeof v.savedAt === 'number' &&
    Number.isFinite(v.savedAt) &&
    VARIANTS.includes(v.variant) &&
    (v.source === undefined || v.source === 'draft' || v.source === 'review') &&
    isObject(v.texts) &&
    Object.entries(v.texts).every(([k, t]) => VARIANTS.includes(k) && typeof t === 'string')
  );
}

export function isIgnoredShape(v: unknown): v is Omit<IgnoredEntry, 'box'> {
  return (
    isObject(v) &&
    typeof v.savedAt === 'number' &&
    Number.isFinite(v.savedAt) &&
    Array.isArray(v.flags) &&
    v.flags.every((f) => typeof f === 'string')
  );
}

function isEntry<K extends ReplyKind>(kind: K, v: unknown): v is Entries[K] {
  if (!isObject(v) || typeof v.box !== 'string') return false;
  return kind === 'kept' ? isKeptShape(v) : isIgnoredShape(v);
}

const isFresh = (e: { savedAt: number }, now: number) => now - e.savedAt < KEEP_FOR_MS;

// ---- one key at a time, in order ----------------------------------------------------------

const chains = new Map<string, Promise<unknown>>();

/** Runs fn after everything asked earlier for the same key in this page (failed or not). */
export function serial<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const prev = chains.get(key) ?? Promise.resolve();
  const next = prev.then(fn, fn);
  chains.set(key, next);
  const done = () => {
    if (chains.get(key) === next) chains.delete(key);
  };
  next.then(done, done);
  return next;
}

// ---- per-box entries ------------------------------------------------------------------------

/**
 * This box's entry, if it is well-formed, fresh and really this box's. Rejects when storage
 * cannot be read: "could not read" must never turn into "nothing there".
 */
export async function readEntry<K extends ReplyKind>(kind: K, box: string, now: number): Promise<Entries[K] | undefined> {
  await migrated();
  const key = storageKey(kind, box);
  return serial(key, async () => {
    const v: unknown = await storage.getItem(key);
    return isEntry(kind, v) && v.box === box && isFresh(v, now) ? v : undefined;
  });
}

/** Writes this box's entry only; other boxes are not read or touched. */
export async function writeEntry<K extends ReplyKind>(kind: K, entry: Entries[K]): Promise<void> {
  await migrated().catch(() => {}); // a broken old object must not stop new edits being kept
  const key = storageKey(kind, entry.box);
  await serial(key, () => storage.setItem(key, entry));
}

export async function removeEntry(kind: ReplyKind, box: string): Promise<void> {
  await migrated().catch(() => {});
  const key = storageKey(kind, box);
  await serial(key, () => storage.removeItem(key));
}

// ---- moving the old single objects ----------------------------------------------------------

/**
 * The new form of a box key from an earlier version (full URL, query string included): the
 * `#review-…` / `#box-…` suffix stays, the page is cut down as pageKey() does.
 */
export function upgradeBoxKey(old: string): string {
  const at = Math.max(old.lastIndexOf('#review-'), old.lastIndexOf('#box-'));
  return at < 0 ? pageKey(old) : `${pageKey(old.slice(0, at))}${old.slice(at)}`;
}

const LEGACY: Array<[ReplyKind, string]> = [
  ['kept', LEGACY_KEPT_KEY],
  ['ignored', LEGACY_IGNORED_KEY],
];

async function migrate(now: number): Promise<void> {
  const area = browser.storage.local;
  const names = LEGACY.map(([, k]) => k.slice('local:'.length));
  const old = await area.get(names); // rejects: nothing is removed
  for (const [kind, legacyKey] of LEGACY) {
    const name = legacyKey.slice('local:'.length);
    const raw: unknown = old[name];
    if (raw === undefined || raw === null) continue;
    const byKey = new Map<string, Entries[ReplyKind]>();
    if (isObject(raw)) {
      for (const [oldBox, v] of Object.entries(raw)) {
        const box = upgradeBoxKey(oldBox);
        const entry: unknown = isObject(v) ? { ...v, box } : undefined;
        if (!isEntry(kind, entry) || !isFresh(entry, now)) continue;
        if ('flags' in entry && entry.flags.length === 0) continue;
        const seen = byKey.get(storageKey(kind, box));
        if (!seen || seen.savedAt < entry.savedAt) byKey.set(storageKey(kind, box), entry);
      }
    }
    const wanted = [...byKey].sort((a, b) => b[1].savedAt - a[1].savedAt).slice(0, MAX_BOXES);
    if (wanted.length > 0) {
      // Never over a newer entry saved since (by this version, in another view).
      const existing = await area.get(wanted.map(([k]) => k.slice('local:'.length)));
      const writes: Record<string, unknown> = {};
      for (const [k, entry] of wanted) {
        const current: unknown = existing[k.slice('local:'.length)];
        if (isEntry(kind, current) && current.box === entry.box && current.savedAt >= entry.savedAt) continue;
        writes[k.slice('local:'.length)] = entry;
      }
      if (Object.keys(writes).length > 0) await area.set(writes);
    }
    // Only now that every entry is in its own key.
    await area.remove(name);
  }
}

let migration: Promise<void> | undefined;
let migrationDone = false;

/** Runs the move (once at a time); a failure is retried by the next caller. */
function migrateNow(now = Date.now()): Promise<void> {
  migration ??= migrate(now).then(
    () => {
      migrationDone = true;
      migration = undefined;
    },
    (e: unknown) => {
      migration = undefined;
      throw e;
    },
  );
  return migration;
}

/** Before the first read or write in this page: the old objects moved into per-box keys. */
function migrated(): Promise<void> {
  return migrationDone ? Promise.resolve() : migrateNow();
}

// ---- retention ------------------------------------------------------------------------------

/**
 * Removes kept suggestions and ignored flags older than 7 days or malformed, and all but the
 * newest 200 boxes of each. Moves the old single objects first. The background calls it from a
 * daily alarm, the panel when it opens. Rejects when storage cannot be read (nothing is removed).
 */
export async function pruneExpiredReplies(now = Date.now()): Promise<void> {
  await migrateNow(now);
  const all = await browser.storage.local.get(null);
  const removals: Array<[string, number | undefined]> = [];
  for (const kind of ['kept', 'ignored'] as const) {
    const prefix = `${kind}:`;
    const fresh: Array<[string, number]> = [];
    for (const [name, v] of Object.entries(all)) {
      if (!name.startsWith(prefix)) continue;
      if (!isEntry(kind, v) || `local:${name}` !== storageKey(kind, v.box)) removals.push([name, undefined]);
      else if (!isFresh(v, now)) removals.push([name, v.savedAt]);
      else fresh.push([name, v.savedAt]);
    }
    fresh.sort((a, b) => b[1] - a[1]);
    removals.push(...fresh.slice(MAX_BOXES));
  }
  await Promise.all(
    removals.map(([name, savedAt]) => {
      const key = `local:${name}` as const;
      // Re-read in turn with this page's writes: an entry saved since the snapshot stays.
      return serial(key, async () => {
        const v: unknown = await storage.getItem(key);
        const kind: ReplyKind = name.startsWith('kept:') ? 'kept' : 'ignored';
        const changed = savedAt === undefined ? isEntry(kind, v) && `local:${name}` === storageKey(kind, v.box) : isObject(v) && v.savedAt !== savedAt;
        if (!changed) await storage.removeItem(key);
      });
    }),
  );
}
