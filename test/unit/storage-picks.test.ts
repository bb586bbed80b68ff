/** Remembered picks in extension storage: one key per box, checked on read, dropped when old. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadPick, pickStorageKey, pruneExpiredPicks, savePick, PICK_DAYS } from '@/lib/settings/picks';

const DAY = 86_400_000;
const locator = { up: 2, down: [{ i: 1, tag: 'div' }], starts: 'The soup arrived cold' };

beforeEach(() => fakeBrowser.reset());

describe('remembered picks', () => {
  it('are read back for the same box only, and forgotten on request', async () => {
    await savePick('https://a.example/r|textarea|Reply|0', locator, 1_000);
    expect(await loadPick('https://a.example/r|textarea|Reply|0', 2_000)).toEqual(locator);
    expect(await loadPick('https://a.example/r|textarea|Reply|1', 2_000)).toBeUndefined();
    await savePick('https://a.example/r|textarea|Reply|0', undefined);
    expect(await loadPick('https://a.example/r|textarea|Reply|0', 2_000)).toBeUndefined();
  });

  it('are ignored when malformed or older than the retention', async () => {
    await savePick('box', locator, 0);
    expect(await loadPick('box', (PICK_DAYS - 1) * DAY)).toEqual(locator);
    expect(await loadPick('box', (PICK_DAYS + 1) * DAY)).toBeUndefined();
    await fakeBrowser.storage.local.set({ [pickStorageKey('bad').slice('local:'.length)]: { box: 'bad', locator: { up: -1, down: [], starts: '' }, savedAt: 0 } });
    expect(await loadPick('bad', 1)).toBeUndefined();
    // Another box's entry under this key (a hash collision) reads as nothing remembered.
    await fakeBrowser.storage.local.set({ [pickStorageKey('mine').slice('local:'.length)]: { box: 'theirs', locator, savedAt: 0 } });
    expect(await loadPick('mine', 1)).toBeUndefined();
  });

  it('old ones are removed by the daily clean-up, fresh ones and other keys are kept', async () => {
    await savePick('old', locator, 0);
    await savePick('fresh', locator, (PICK_DAYS + 5) * DAY);
    await fakeBrowser.storage.local.set({ 'kept:x': { savedAt: 0 } });
    expect(await pruneExpiredPicks((PICK_DAYS + 6) * DAY)).toBe(1);
    const left = Object.keys(await fakeBrowser.storage.local.get(null)).sort();
    expect(left).toEqual(['kept:x', pickStorageKey('fresh').slice('local:'.length)].sort());
  });
});
