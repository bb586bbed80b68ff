/**
 * Settings in browser storage (issue 6). They live in `sync:` so they follow the owner's
 * browser account; when they outgrow sync's per-item quota (8 KB), or sync refuses a write,
 * they are kept in `local:` on this device. Loading never throws: corrupt or foreign data
 * gives the defaults plus a notice, and the stored data is left alone until the owner saves.
 *
 * Each store holds, beside the settings, when they were saved (`settingsSavedAt`, written in the
 * same call, so the pair never disagrees). Loading takes the newer of the two, so a synced copy
 * that sync later refused to update never wins over the newer one on this device; and a refused
 * write never deletes the synced copy, so other devices keep their last good settings.
 */
import { storage } from 'wxt/utils/storage';
import {
  SETTINGS_VERSION,
  defaultSettings,
  parseSettings,
  validateSettings,
  type Settings,
} from './schema';
import type { AnalyzerSettings } from '../analysis/index';

export * from './schema';
export type { AnalyzerSettings };

export const SYNC_KEY = 'sync:settings' as const;
export const LOCAL_KEY = 'local:settings' as const;
/** When the settings beside them were saved (ms since 1970); absent in data from before. */
export const SYNC_SAVED_AT_KEY = 'sync:settingsSavedAt' as const;
export const LOCAL_SAVED_AT_KEY = 'local:settingsSavedAt' as const;
/** chrome.storage.sync.QUOTA_BYTES_PER_ITEM is 8192 bytes including the key; keep a margin. */
const SYNC_ITEM_LIMIT = 8000;

export const syncItem = storage.defineItem<unknown>(SYNC_KEY);
export const localItem = storage.defineItem<unknown>(LOCAL_KEY);

/** Where a save put the settings, and what the owner should know about it. */
export interface SaveResult {
  where: 'sync' | 'local';
  /** Set when the settings could not go to sync: they are on this device only. */
  notice?: string;
}

interface Stored {
  value: unknown;
  savedAt: number;
}

function stored(value: unknown, savedAt: unknown): Stored | undefined {
  if (value === null || value === undefined) return undefined;
  return { value, savedAt: typeof savedAt === 'number' && Number.isFinite(savedAt) ? savedAt : 0 };
}

/**
 * The newer of the synced copy and this device's copy. On a tie (data saved before either had a
 * time) this device's copy wins: earlier versions wrote it only when sync refused the last save.
 */
function newer(sync: Stored | undefined, local: Stored | undefined): Stored | undefined {
  if (!sync) return local;
  if (!local) return sync;
  return local.savedAt >= sync.savedAt ? local : sync;
}

export async function loadSettings(): Promise<{ settings: Settings; notice?: string }> {
  let current: Stored | undefined;
  try {
    // One read per store: each store's pair is written together, so it is read together.
    const [sync, syncAt, local, localAt] = await storage.getItems([SYNC_KEY, SYNC_SAVED_AT_KEY, LOCAL_KEY, LOCAL_SAVED_AT_KEY]);
    current = newer(stored(sync!.value, syncAt!.value), stored(local!.value, localAt!.value));
  } catch {
    return { settings: defaultSettings(), notice: 'Calm Reply could not read its settings from the browser, so it is using the defaults for now.' };
  }
  if (!current) return { settings: defaultSettings() };
  const parsed = parseSettings(current.value);
  if (parsed.ok) return { settings: parsed.settings };
  return {
    settings: defaultSettings(),
    notice: `Your saved settings could not be read (${parsed.errors[0]!.replace(/\.$/, '')}${parsed.errors.length > 1 ? `, and ${parsed.errors.length - 1} more` : ''}), so Calm Reply is using the defaults. Nothing is overwritten until you change a setting.`,
  };
}

/** Why sync refused, in the owner's words (the browser's own message when it is not a known one). */
function syncRefusal(e: unknown): string {
  const message = (e instanceof Error ? e.message : String(e ?? '')).trim().replace(/\.$/, '');
  if (/MAX_WRITE_OPERATIONS_PER_(MINUTE|HOUR)/i.test(message)) return 'too many changes in a short time';
  if (/QUOTA_BYTES_PER_ITEM/i.test(message)) return 'they are too large to sync';
  if (/QUOTA_BYTES/i.test(message)) return 'the browser’s synced storage is full';
  if (/MAX_ITEMS/i.test(message)) return 'too many synced items';
  return message || 'no reason given';
}

/**
 * Now, or just after the newest save this device can see: a clock behind another device's must
 * not make this save look older than the copy it replaces.
 */
async function nextSavedAt(): Promise<number> {
  const now = Date.now();
  const seen = await storage.getItems([SYNC_SAVED_AT_KEY, LOCAL_SAVED_AT_KEY]).catch(() => []);
  return seen.reduce((at, { value }) => (typeof value === 'number' && Number.isFinite(value) && value >= at ? value + 1 : at), now);
}

/**
 * Saves to sync when it takes them, otherwise on this device (the synced copy is left as it was,
 * for other devices, and loses to this newer one here). Throws when the settings are invalid or
 * even this device's storage refuses them; callers that ignore the result still save.
 */
export async function saveSettings(s: Settings): Promise<SaveResult> {
  const checked = validateSettings({ ...s, version: SETTINGS_VERSION });
  if (!checked.ok) throw new Error(`Settings not saved: ${checked.errors[0] ?? 'invalid'}`);
  const value = checked.settings;
  const savedAt = await nextSavedAt();
  const bytes = new TextEncoder().encode(JSON.stringify(value)).length + 'settings'.length;
  let notice: string;
  if (bytes <= SYNC_ITEM_LIMIT) {
    let refused: { reason: string } | undefined;
    try {
      await storage.setItems([
        { key: SYNC_KEY, value },
        { key: SYNC_SAVED_AT_KEY, value: savedAt },
      ]);
    } catch (e) {
      refused = { reason: syncRefusal(e) };
    }
    if (!refused) {
      // The copy on this device is older now. Should removing it fail, make it the same as the
      // synced one, so it can never bring back older settings.
      await storage.removeItems([LOCAL_KEY, LOCAL_SAVED_AT_KEY]).catch(() =>
        storage
          .setItems([
            { key: LOCAL_KEY, value },
            { key: LOCAL_SAVED_AT_KEY, value: savedAt },
          ])
          .catch(() => {}),
      );
      return { where: 'sync' };
    }
    notice = `Your settings are saved on this device only: the browser’s sync refused them (${refused.reason}). They will sync again after your next change.`;
  } else {
    notice = `Your settings are saved on this device only: they are too large for the browser’s sync (${Math.ceil(bytes / 1000)} KB; it takes about 8 KB). They will sync again once they are smaller, for example with fewer phrases.`;
  }
  await storage.setItems([
    { key: LOCAL_KEY, value },
    { key: LOCAL_SAVED_AT_KEY, value: savedAt },
  ]);
  return { where: 'local', notice };
}

/** Calls cb with the new settings whenever they change in any view; returns unwatch. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  let last = '';
  const reload = () => {
    void loadSettings().then(({ settings }) => {
      // A save to sync that also clears this device's copy fires two changes; report it once.
      const json = JSON.stringify(settings);
      if (json === last) return;
      last = json;
      cb(settings);
    });
  };
  const unwatchSync = syncItem.watch(reload);
  const unwatchLocal = localItem.watch(reload);
  return () => {
    unwatchSync();
    unwatchLocal();
  };
}

/** Missing entries mean enabled, so new platforms are on by default. */
export function isSiteEnabled(s: Settings, platform: string): boolean {
  return s.sites[platform]?.enabled ?? true;
}

/** Whether a rule applies on a platform: that site's override wins over the global toggle. */
export function isRuleOn(s: Settings, rule: string, platform?: string): boolean {
  const override = platform ? s.sites[platform]?.rules?.[rule] : undefined;
  return override ?? s.rules[rule] ?? true;
}

export function analyzerSettingsFor(s: Settings, platform?: string): AnalyzerSettings {
  const ids = new Set([...Object.keys(s.rules), ...Object.keys((platform && s.sites[platform]?.rules) || {})]);
  const disabledRules = [...ids].filter((id) => !isRuleOn(s, id, platform)).sort();
  const contact = s.business.contact;
  const ownEmails = contact.kind === 'email' && contact.value.trim() ? [contact.value.trim().toLowerCase()] : [];
  return {
    disabledRules,
    ...(s.business.name.trim() ? { business: s.business.name.trim() } : {}),
    customPhrases: s.ownPhrases.map((p) => ({ ...p })),
    allowedPhrases: [...s.allowedPhrases],
    ownEmails,
  };
}

/** Puts the defaults back (the options page asks for confirmation first); throws like saveSettings. */
export async function resetSettings(): Promise<Settings> {
  const d = defaultSettings();
  await saveSettings(d);
  return d;
}
