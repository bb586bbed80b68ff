/**
 * Reviews the owner picked on a page ("Pick the review on the page"), remembered per reply box so the
 * next visit reads the same review. Only a locator is kept (how to walk from the box to the review, and
 * the review's first words to check it is still the same), never the draft; one key per box, so a bad
 * entry or a failed write touches nothing else. Entries older than PICK_DAYS are ignored.
 */
import { browser } from 'wxt/browser';
import type { PickLocator } from '../sites/pick';

export const PICK_DAYS = 90;

interface PickEntry {
  box: string;
  locator: PickLocator;
  savedAt: number;
}

/** 32-bit FNV-1a in hex: the page and box label are not kept readable in the key. (The content script reads
 * and writes picks itself, so this file stays free of the storage wrapper the rest of settings use.) */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export const pickStorageKey = (box: string): `local:${string}` => `local:picked:${fnv1a(box)}`;
const areaKey = (box: string) => pickStorageKey(box).slice('local:'.length);

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
  const got = await browser.storage.local.get(areaKey(box));
  const v = (got[areaKey(box)] ?? null) as PickEntry | null;
  if (!v || v.box !== box || !isLocator(v.locator) || !(now - v.savedAt < PICK_DAYS * 86_400_000)) return undefined;
  return v.locator;
}

export async function savePick(box: string, locator: PickLocator | undefined, now = Date.now()): Promise<void> {
  if (!locator) return browser.storage.local.remove(areaKey(box));
  await browser.storage.local.set({ [areaKey(box)]: { box, locator, savedAt: now } satisfies PickEntry });
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
