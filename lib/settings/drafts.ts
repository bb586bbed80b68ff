/**
 * The suggestion the owner is editing, kept per reply box in `local:` storage so closing the
 * panel, switching tabs, reloading the page or a background restart loses nothing (issue 5,
 * "Nothing lost"). Only edited text is kept: an untouched suggestion is recomposed on demand.
 * Cleared after a successful insert, and anything older than 7 days is dropped.
 *
 * Each box has its own key (reply-store.ts), so a save never rewrites another box's edit, and a
 * failed read rejects rather than reading as "nothing kept".
 */
import type { BusinessProfile } from './schema';
import { fnv1a, pageKey, pruneExpiredReplies, readEntry, removeEntry, writeEntry } from './reply-store';

export { KEEP_FOR_MS, LEGACY_KEPT_KEY, pruneExpiredReplies } from './reply-store';

export type Variant = BusinessProfile['replyLength'];

/** Which reply the owner chose to see in the panel: the calmer version of their draft, or one composed from the review. */
export type ReplySource = 'draft' | 'review';

export interface KeptSuggestion {
  /** The variant the owner last looked at. */
  variant: Variant;
  /** The reply they chose to see for this box, when they chose one. */
  source?: ReplySource;
  /** Edited text per variant; variants the owner never touched are absent. */
  texts: Partial<Record<Variant, string>>;
  savedAt: number;
}

/** What identifies a reply box across reloads (box ids are new on every page load). */
export interface BoxIdentity {
  boxId: string;
  editor?: string;
  review?: { text?: string; author?: string };
}

/**
 * One reply box: the page (without its #fragment or query string, but with a fingerprint of the
 * query) plus the review it answers, which survives a reload. A box with no review found falls
 * back to its editor kind, so a reload still finds the edit (at worst two such boxes on one page
 * share it; nothing is lost either way).
 */
export function replyBoxKey(url: string | undefined, box: BoxIdentity): string {
  const page = pageKey(url);
  const review = box.review?.text?.trim();
  // A fingerprint of the review, so its text is not stored twice.
  if (review) return `${page}#review-${fnv1a(`${box.review?.author ?? ''}\n${review}`)}`;
  return `${page}#box-${box.editor ?? box.boxId}`;
}

/** This box's kept edit, if any and younger than 7 days. Rejects when storage cannot be read. */
export async function loadKept(key: string, now = Date.now()): Promise<KeptSuggestion | undefined> {
  const entry = await readEntry('kept', key, now);
  return entry && { variant: entry.variant, texts: { ...entry.texts }, ...(entry.source ? { source: entry.source } : {}), savedAt: entry.savedAt };
}

export async function saveKept(key: string, kept: Omit<KeptSuggestion, 'savedAt'>, now = Date.now()): Promise<void> {
  // Kept whole, however long: cutting the owner's text would lose it (local storage allows 10 MB).
  await writeEntry('kept', { box: key, variant: kept.variant, texts: { ...kept.texts }, ...(kept.source ? { source: kept.source } : {}), savedAt: now });
}

export async function clearKept(key: string): Promise<void> {
  await removeEntry('kept', key);
}

/** The panel calls it once when it opens; the same as pruneExpiredReplies (kept and ignored). */
export const pruneKept: (now?: number) => Promise<void> = pruneExpiredReplies;
