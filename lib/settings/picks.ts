/**
 * Reviews the owner picked on a page ("Pick the review on the page"), remembered per reply box so the
 * next visit reads the same review. Only a locator is kept (how to walk from the box to the review, and
 * the review's first words to check it is still the same), never the draft; one key per box, so a bad
 * entry or a failed write touches nothing else. Entries older than PICK_DAYS are ignored.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { PickLocator } from '../sites/pick';
import { fnv1a } from './reply-store';

export const PICK_DAYS = 90;

interface PickEntry {
  box: string;
  locator: PickLocator;
  savedAt: number;
}

export const pickStorageKey = (box: string): `local:${string}` => `local:picked:${fnv1a(box)}`;

function isLocator(v: unknown): v is PickLocator {
  const l = v as PickLocator | undefined;
  return (
    !!l &&
    Number.isInteger(l.up) &&
    l.up > 0 &&
    l.up < 64 &&
    Array.isArray(l.down) &&
    l.down.length < 64 &&
    l.down.every((s) => Number.isInteger(s?.i) && s.i >= 0 && typeof s.tag === 'string') &&
    typeof l.starts === 'string'
  );
}

export async function loadPick(box: string, now = Date.now()): Promise<PickLocator | undefined> {
  const v = (await storage.getItem(pickStorageKey(box))) as PickEntry | null;
  if (!v || v.box !== box || !isLocator(v.locator) || !(now - v.savedAt < PICK_DAYS * 86_400_000)) return undefined;
  return v.locator;
}

export async function savePick(box: string, locator: PickLocator | undefined, now = Date.now()): Promise<void> {
  if (!locator) return storage.removeItem(pickStorageKey(box));
  await storage.setItem(pickStorageKey(box), { box, locator, savedAt: now } satisfies PickEntry);
}

/** Removes remembered picks older than PICK_DAYS (or unreadable), with the daily clean-up of kept replies. */
export async function pruneExpiredPicks(now = Date.now()): Promise<number> {
  const all = await browser.storage.local.get(null);
  const stale = Object.entries(all)
    .filter(([name]) => name.startsWith('picked:'))
    .filter(([, v]) => {
      const e = v as Partial<PickEntry> | null;
      return !e || typeof e.savedAt !== 'number' || !(now - e.savedAt < PICK_DAYS * 86_400_000) || !isLocator(e.locator);
    })
    .map(([name]) => name);
  if (stale.length) await browser.storage.local.remove(stale);
  return stale.length;
}
