/**
 * Flags the owner chose to "ignore here", kept per reply box (the same key as the edited
 * suggestion, drafts.ts) in `local:` storage: closing the panel, reloading the page or coming back
 * to the same review the next day must not bring back a flag the owner already judged. Forgotten
 * after 7 days, like the kept suggestion; at most 200 boxes (pruneExpiredReplies).
 *
 * Each box has its own key (reply-store.ts): saving one box never touches another, and a failed
 * read rejects rather than reading as "nothing ignored".
 */
import { readEntry, removeEntry, writeEntry } from './reply-store';

export { LEGACY_IGNORED_KEY } from './reply-store';

/** This box's ignored flags ([] when none or older than 7 days). Rejects when storage cannot be read. */
export async function loadIgnored(key: string, now = Date.now()): Promise<string[]> {
  const entry = await readEntry('ignored', key, now);
  return entry ? [...entry.flags] : [];
}

/** Keeps this box's ignored flags (none: forgets the box). */
export async function saveIgnored(key: string, flags: string[], now = Date.now()): Promise<void> {
  if (flags.length === 0) await removeEntry('ignored', key);
  else await writeEntry('ignored', { box: key, flags: [...new Set(flags)], savedAt: now });
}
