/**
 * Settings when sync refuses a write: the change is kept on this device, the owner is told, the
 * synced copy stays for other devices, and loading here never brings back the older synced copy.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { defaultSettings, loadSettings, saveSettings, watchSettings, type Settings } from '@/lib/settings';

function named(name: string): Settings {
  const s = defaultSettings();
  s.business.name = name;
  return s;
}
const refuse = (message: string) => vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error(message));
const synced = async () => (await fakeBrowser.storage.sync.get('settings')).settings as Settings | undefined;
const onDevice = async () => (await fakeBrowser.storage.local.get('settings')).settings as Settings | undefined;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('saving settings', () => {
  it('goes to sync when sync takes it (positive control)', async () => {
    expect(await saveSettings(named('Sunny Café'))).toEqual({ where: 'sync' });
    expect(await synced()).toEqual(named('Sunny Café'));
    expect(await onDevice()).toBeUndefined();
    expect((await loadSettings()).settings).toEqual(named('Sunny Café'));
  });

  it('when sync refuses: keeps the change on this device, says so, leaves the synced copy, and loads the new settings', async () => {
    await saveSettings(named('Old Name'));
    refuse('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded.');
    const result = await saveSettings(named('New Name'));
    expect(result).toEqual({
      where: 'local',
      notice:
        'Your settings are saved on this device only: the browser’s sync refused them (too many changes in a short time). They will sync again after your next change.',
    });
    // Other devices keep their last good copy…
    expect(await synced()).toEqual(named('Old Name'));
    expect(await onDevice()).toEqual(named('New Name'));
    // …and here the newer copy wins, now and on the next load.
    expect((await loadSettings()).settings).toEqual(named('New Name'));
    expect((await loadSettings()).notice).toBeUndefined();
  });

  it('names a reason it does not know as the browser gave it', async () => {
    refuse('Sync is paused');
    expect((await saveSettings(named('X'))).notice).toBe(
      'Your settings are saved on this device only: the browser’s sync refused them (Sync is paused). They will sync again after your next change.',
    );
  });

  it('syncs again on the next change sync takes, and this device’s copy goes', async () => {
    await saveSettings(named('Old Name'));
    refuse('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
    await saveSettings(named('Device Only'));
    expect(await saveSettings(named('Synced Again'))).toEqual({ where: 'sync' });
    expect(await synced()).toEqual(named('Synced Again'));
    expect(await onDevice()).toBeUndefined();
    expect((await loadSettings()).settings).toEqual(named('Synced Again'));
  });

  it('a synced copy stamped by a device whose clock runs ahead still loses to a later save here', async () => {
    await fakeBrowser.storage.sync.set({ settings: named('From Fast Clock'), settingsSavedAt: Date.now() + 3_600_000 });
    refuse('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
    expect((await saveSettings(named('Saved Here'))).where).toBe('local');
    expect((await loadSettings()).settings).toEqual(named('Saved Here'));
  });

  it('a newer synced copy (another device’s later change) wins over an older copy on this device', async () => {
    await fakeBrowser.storage.local.set({ settings: named('Older Here'), settingsSavedAt: 1000 });
    await fakeBrowser.storage.sync.set({ settings: named('Newer Elsewhere'), settingsSavedAt: 2000 });
    expect((await loadSettings()).settings).toEqual(named('Newer Elsewhere'));
  });

  it('data from before, on both stores without a time: this device’s copy wins (only a refused sync wrote it)', async () => {
    await fakeBrowser.storage.sync.set({ settings: named('Stale Synced') });
    await fakeBrowser.storage.local.set({ settings: named('Kept Here') });
    expect((await loadSettings()).settings).toEqual(named('Kept Here'));
  });

  it('throws when this device’s storage refuses too, and changes nothing', async () => {
    await saveSettings(named('Old Name'));
    refuse('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('IO error: disk full'));
    await expect(saveSettings(named('New Name'))).rejects.toThrow(/disk full/);
    expect((await loadSettings()).settings).toEqual(named('Old Name'));
  });

  it('too large for sync: on this device with a notice, the synced copy left for other devices', async () => {
    await saveSettings(named('Small'));
    const big = named('Big');
    big.allowedPhrases = Array.from({ length: 200 }, (_, i) => `phrase number ${i} that is long enough to matter here`);
    const result = await saveSettings(big);
    expect(result.where).toBe('local');
    expect(result.notice).toMatch(/^Your settings are saved on this device only: they are too large for the browser’s sync \(\d+ KB; it takes about 8 KB\)\./);
    expect(await synced()).toEqual(named('Small'));
    expect((await loadSettings()).settings).toEqual(big);
  });

  it('tells watchers once about a refused save, and once about the next one that syncs', async () => {
    await saveSettings(named('Old Name'));
    const seen: string[] = [];
    const unwatch = watchSettings((s) => seen.push(s.business.name));
    refuse('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
    await saveSettings(named('Device Only'));
    await expect.poll(() => seen).toEqual(['Device Only']);
    await saveSettings(named('Synced Again'));
    await expect.poll(() => seen).toEqual(['Device Only', 'Synced Again']);
    await new Promise((r) => setTimeout(r, 30));
    expect(seen).toEqual(['Device Only', 'Synced Again']);
    unwatch();
  });
});
