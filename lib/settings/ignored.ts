/**
 * Flags the owner chose to "ignore here", kept per reply box (the same key as the edited
 * suggestion, drafts.ts) in `local:` storage: closing the panel, reloading the page or coming back
 * to the same review the next day must not bring back a flag the owner already judged. Forgotten
 * after 7 days, like the kept suggestion; at most 200 boxes.
 */
import { storage } from 'wxt/utils/storage';
import { KEEP_FOR_MS } from './drafts';

interface IgnoredHere {
  /** flagKey()s: the rule and the exact words */
  flags: string[];
  savedAt: number;
}

export const IGNORED_KEY = 'local:ignoredFlags' as const;
const MAX_BOXES = 200;
const ignoredItem = storage.defineItem<Record<string, IgnoredHere>>(IGNORED_KEY, { fallback: {} });

const isIgnoredHere = (v: unknown, now: number): v is IgnoredHere =>
  !!v &&
  typeof (v as IgnoredHere).savedAt === 'number' &&
  now - (v as IgnoredHere).savedAt < KEEP_FOR_MS &&
  Array.isArray((v as IgnoredHere).flags) &&
  (v as IgnoredHere).flags.every((f) => typeof f === 'string');

/** Every fresh, well-formed entry, newest first; foreign or corrupt data reads as none. */
async function freshEntries(now: number): Promise<Array<[string, IgnoredHere]>> {
  const raw: unknown = await ignoredItem.getValue().catch(() => ({}));
  if (!raw || typeof raw !== 'object') return [];
  return (Object.entries(raw) as Array<[string, unknown]>)
    .filter((e): e is [string, IgnoredHere] => isIgnoredHere(e[1], now))
    .sort((a, b) => b[1].savedAt - a[1].savedAt);
}

export async function loadIgnored(key: string, now = Date.now()): Promise<string[]> {
  const entry = (await freshEntries(now)).find(([k]) => k === key);
  return entry ? entry[1].flags : [];
}

/** Keeps this box's ignored flags (none: forgets the box), dropping expired and excess boxes. */
export async function saveIgnored(key: string, flags: string[], now = Date.now()): Promise<void> {
  const others = (await freshEntries(now)).filter(([k]) => k !== key).slice(0, MAX_BOXES - 1);
  const next = flags.length > 0 ? [[key, { flags: [...new Set(flags)], savedAt: now }] as [string, IgnoredHere], ...others] : others;
  await ignoredItem.setValue(Object.fromEntries(next));
}
