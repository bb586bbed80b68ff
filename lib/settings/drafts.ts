/**
 * The suggestion the owner is editing, kept per reply box in `local:` storage so closing the
 * panel, switching tabs, reloading the page or a background restart loses nothing (issue 5,
 * "Nothing lost"). Only edited text is kept: an untouched suggestion is recomposed on demand.
 * Cleared after a successful insert, and anything older than 7 days is dropped.
 */
import { storage } from 'wxt/utils/storage';
import type { BusinessProfile } from './schema';

export type Variant = BusinessProfile['replyLength'];

export interface KeptSuggestion {
  /** The variant the owner last looked at. */
  variant: Variant;
  /** Edited text per variant; variants the owner never touched are absent. */
  texts: Partial<Record<Variant, string>>;
  savedAt: number;
}

export const KEPT_KEY = 'local:keptSuggestions' as const;
export const KEEP_FOR_MS = 7 * 24 * 60 * 60 * 1000;
/** Oldest boxes are dropped beyond this many, so storage never grows without bound. */
const MAX_BOXES = 200;

const keptItem = storage.defineItem<Record<string, KeptSuggestion>>(KEPT_KEY, { fallback: {} });

/** What identifies a reply box across reloads (box ids are new on every page load). */
export interface BoxIdentity {
  boxId: string;
  editor?: string;
  review?: { text?: string; author?: string };
}

/** FNV-1a: a short, stable fingerprint of the review, so its text is not stored twice. */
function fingerprint(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * One reply box: the page (without its #fragment) plus the review it answers, which survives a
 * reload. A box with no review found falls back to its editor kind, so a reload still finds the
 * edit (at worst two such boxes on one page share it; nothing is lost either way).
 */
export function replyBoxKey(url: string | undefined, box: BoxIdentity): string {
  let page = url ?? '';
  try {
    const u = new URL(page);
    u.hash = '';
    page = u.href;
  } catch {
    // Not a URL (tests, about: pages): use it as it is.
  }
  const review = box.review?.text?.trim();
  if (review) return `${page}#review-${fingerprint(`${box.review?.author ?? ''}\n${review}`)}`;
  return `${page}#box-${box.editor ?? box.boxId}`;
}

function isKept(v: unknown): v is KeptSuggestion {
  if (!v || typeof v !== 'object') return false;
  const k = v as KeptSuggestion;
  return (
    typeof k.savedAt === 'number' &&
    (k.variant === 'short' || k.variant === 'standard' || k.variant === 'warm') &&
    !!k.texts &&
    typeof k.texts === 'object' &&
    Object.values(k.texts).every((t) => typeof t === 'string')
  );
}

async function readAll(): Promise<Record<string, KeptSuggestion>> {
  try {
    const raw = (await keptItem.getValue()) as unknown;
    if (!raw || typeof raw !== 'object') return {};
    return raw as Record<string, KeptSuggestion>;
  } catch {
    return {};
  }
}

/** Drops entries older than 7 days or malformed; returns what is left. */
function prune(all: Record<string, KeptSuggestion>, now: number): Record<string, KeptSuggestion> {
  const fresh = Object.entries(all).filter(([, v]) => isKept(v) && now - v.savedAt < KEEP_FOR_MS);
  fresh.sort((a, b) => b[1].savedAt - a[1].savedAt);
  return Object.fromEntries(fresh.slice(0, MAX_BOXES));
}

export async function loadKept(key: string, now = Date.now()): Promise<KeptSuggestion | undefined> {
  const all = await readAll();
  const v = all[key];
  return isKept(v) && now - v.savedAt < KEEP_FOR_MS ? v : undefined;
}

export async function saveKept(key: string, kept: Omit<KeptSuggestion, 'savedAt'>, now = Date.now()): Promise<void> {
  // Kept whole, however long: cutting the owner's text would lose it (local storage allows 10 MB).
  const texts: KeptSuggestion['texts'] = { ...kept.texts };
  const all = prune(await readAll(), now);
  all[key] = { variant: kept.variant, texts, savedAt: now };
  await keptItem.setValue(prune(all, now));
}

export async function clearKept(key: string): Promise<void> {
  const all = await readAll();
  if (!(key in all)) return;
  delete all[key];
  await keptItem.setValue(all);
}

/** Removes expired entries; the panel calls it once when it opens. */
export async function pruneKept(now = Date.now()): Promise<void> {
  const all = await readAll();
  const kept = prune(all, now);
  if (Object.keys(kept).length !== Object.keys(all).length) await keptItem.setValue(kept);
}
