import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  DEFAULT_SETTINGS,
  analyzerSettingsFor,
  defaultSettings,
  isSiteEnabled,
  loadSettings,
  saveSettings,
  watchSettings,
  type Settings,
} from '@/lib/settings';

function withRules(): Settings {
  const s = defaultSettings();
  s.rules = { 'blames-customer': false, absolutes: true };
  s.sites = { yelp: { enabled: false }, google: { enabled: true, rules: { absolutes: false, 'blames-customer': true } } };
  s.business.contact = { kind: 'email', value: 'Owner@Example.com ' };
  return s;
}

describe('settings storage', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('loads the defaults when nothing is stored', async () => {
    const { settings, notice } = await loadSettings();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(notice).toBeUndefined();
  });

  it('saves to sync storage and loads back', async () => {
    const s = withRules();
    await saveSettings(s);
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual({ settings: s });
    expect((await loadSettings()).settings).toEqual(s);
  });

  it('falls back to defaults with a notice on corrupt data, leaving it stored', async () => {
    await fakeBrowser.storage.sync.set({ settings: { version: 1, rules: 'nope' } });
    const { settings, notice } = await loadSettings();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(notice).toMatch(/could not be read.*rules/);
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual({ settings: { version: 1, rules: 'nope' } });
  });

  it('moves settings too large for one sync item to local storage', async () => {
    const s = defaultSettings();
    s.allowedPhrases = Array.from({ length: 200 }, (_, i) => `phrase number ${i} that is long enough to matter here`);
    await saveSettings(s);
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual({});
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(s);
    expect((await loadSettings()).settings).toEqual(s);
    // Shrinking again moves them back to sync.
    await saveSettings(defaultSettings());
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(defaultSettings());
  });

  it('keeps a change on this device when sync storage refuses the write (quota)', async () => {
    const s = withRules();
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    await saveSettings(s);
    expect(set).toHaveBeenCalled();
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(s);
    expect((await loadSettings()).settings).toEqual(s);
  });

  it('reports a save that moves settings between sync and local once', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((x) => seen.push(x));
    const big = defaultSettings();
    big.allowedPhrases = Array.from({ length: 200 }, (_, i) => `phrase number ${i} that is long enough to matter here`);
    await saveSettings(big);
    await new Promise((r) => setTimeout(r, 30));
    expect(seen).toEqual([big]);
    unwatch();
  });

  it('uses the defaults with a notice when storage itself fails', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValueOnce(new Error('storage is broken'));
    const { settings, notice } = await loadSettings();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(notice).toMatch(/could not read its settings/);
  });

  it('refuses to save invalid settings', async () => {
    const s = defaultSettings();
    s.coolDownSeconds = -3;
    await expect(saveSettings(s)).rejects.toThrow(/not saved/);
  });

  it('tells watchers about every change', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((s) => seen.push(s));
    const s = withRules();
    await saveSettings(s);
    await expect.poll(() => seen.length).toBe(1);
    expect(seen[0]).toEqual(s);
    unwatch();
    await saveSettings(defaultSettings());
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toHaveLength(1);
  });
});

describe('settings helpers', () => {
  it('treats missing sites as enabled', () => {
    const s = withRules();
    expect(isSiteEnabled(s, 'yelp')).toBe(false);
    expect(isSiteEnabled(s, 'google')).toBe(true);
    expect(isSiteEnabled(s, 'generic')).toBe(true);
  });

  it('merges global toggles with per-site overrides', () => {
    const s = withRules();
    expect(analyzerSettingsFor(s).disabledRules).toEqual(['blames-customer']);
    expect(analyzerSettingsFor(s, 'google').disabledRules).toEqual(['absolutes']);
    expect(analyzerSettingsFor(s, 'yelp').disabledRules).toEqual(['blames-customer']);
    expect(analyzerSettingsFor(s).ownEmails).toEqual(['owner@example.com']);
    s.business.contact = { kind: 'phone', value: '555 0100' };
    expect(analyzerSettingsFor(s).ownEmails).toEqual([]);
  });

  it('hands the business name from the profile to the analysis: its own name in capitals is not shouting', async () => {
    const { createAnalyzer } = await import('@/lib/analysis');
    const draft = 'Thank you for choosing SLEEP WELL for your stay.';
    const s = withRules();
    s.business.name = 'Sleep Well Inn';
    expect(analyzerSettingsFor(s).business).toBe('Sleep Well Inn');
    expect(createAnalyzer(analyzerSettingsFor(s)).analyse(draft).flags.map((f) => f.rule)).toEqual([]);
    // positive control: someone else's business, the same capitals
    s.business.name = 'Sea Breeze';
    expect(createAnalyzer(analyzerSettingsFor(s)).analyse(draft).flags.map((f) => f.rule)).toEqual(['shouting']);
  });
});
