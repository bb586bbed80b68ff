/**
 * Settings in browser storage (issue 6). They live in `sync:` so they follow the owner's
 * browser account; when they outgrow sync's per-item quota (8 KB), or sync refuses a write,
 * they fall back to `local:` on this device. Loading never throws: corrupt or foreign data
 * gives the defaults plus a notice, and the stored data is left alone until the owner saves.
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
/** chrome.storage.sync.QUOTA_BYTES_PER_ITEM is 8192 bytes including the key; keep a margin. */
const SYNC_ITEM_LIMIT = 8000;

export const syncItem = storage.defineItem<unknown>(SYNC_KEY);
export const localItem = storage.defineItem<unknown>(LOCAL_KEY);

export async function loadSettings(): Promise<{ settings: Settings; notice?: string }> {
  let raw: unknown;
  try {
    raw = (await syncItem.getValue()) ?? (await localItem.getValue());
  } catch {
    return { settings: defaultSettings(), notice: 'Calm Reply could not read its settings from the browser, so it is using the defaults for now.' };
  }
  if (raw === null || raw === undefined) return { settings: defaultSettings() };
  const parsed = parseSettings(raw);
  if (parsed.ok) return { settings: parsed.settings };
  return {
    settings: defaultSettings(),
    notice: `Your saved settings could not be read (${parsed.errors[0]!.replace(/\.$/, '')}${parsed.errors.length > 1 ? `, and ${parsed.errors.length - 1} more` : ''}), so Calm Reply is using the defaults. Nothing is overwritten until you change a setting.`,
  };
}

export async function saveSettings(s: Settings): Promise<void> {
  const checked = validateSettings({ ...s, version: SETTINGS_VERSION });
  if (!checked.ok) throw new Error(`Settings not saved: ${checked.errors[0] ?? 'invalid'}`);
  const value = checked.settings;
  const bytes = new TextEncoder().encode(JSON.stringify(value)).length + 'settings'.length;
  if (bytes <= SYNC_ITEM_LIMIT) {
    try {
      await syncItem.setValue(value);
      await localItem.removeValue();
      return;
    } catch {
      // Sync quota (size or writes per minute) refused it: keep the change on this device.
    }
  }
  await localItem.setValue(value);
  await syncItem.removeValue().catch(() => {});
}

/** Calls cb with the new settings whenever they change in any view; returns unwatch. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  let last = '';
  const reload = () => {
    void loadSettings().then(({ settings }) => {
      // Moving between sync and local fires two changes for one save; report it once.
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

/** Puts the defaults back (the options page asks for confirmation first). */
export async function resetSettings(): Promise<Settings> {
  const d = defaultSettings();
  await saveSettings(d);
  return d;
}
