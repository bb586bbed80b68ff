/**
 * Kept edits and ignored flags: one storage key per reply box, so a failed read or two saves at
 * once can never wipe or lose another box's data; retention and the move from the old single
 * objects.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { KEEP_FOR_MS, clearKept, loadKept, pruneExpiredReplies, replyBoxKey, saveKept } from '@/lib/settings/drafts';
import { loadIgnored, saveIgnored } from '@/lib/settings/ignored';

const DAY = 24 * 60 * 60 * 1000;
const review = { text: 'Cold coffee.', author: 'Anna' };
const boxA = replyBoxKey('https://www.yelp.com/biz/sunny', { boxId: 'a-1', review });
const boxB = replyBoxKey('https://www.yelp.com/biz/other', { boxId: 'b-1', review: { text: 'Rude.', author: 'Ben' } });
const everything = () => fakeBrowser.storage.local.get(null) as Promise<Record<string, unknown>>;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a failed read', () => {
  it('makes loadKept reject, and a save to another box meanwhile leaves the first box’s edit intact', async () => {
    await saveKept(boxA, { variant: 'warm', texts: { warm: 'Edit A' } }, 1000);

    const get = vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('IO error: disk busy'));
    await expect(loadKept(boxA, 2000)).rejects.toThrow(/disk busy/);
    get.mockRestore();

    // Any read made while saving box B fails too.
    const again = vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('IO error: disk busy'));
    await saveKept(boxB, { variant: 'short', texts: { short: 'Edit B' } }, 1500);
    again.mockRestore();

    expect(await loadKept(boxA, 2000)).toEqual({ variant: 'warm', texts: { warm: 'Edit A' }, savedAt: 1000 });
    expect(await loadKept(boxB, 2000)).toEqual({ variant: 'short', texts: { short: 'Edit B' }, savedAt: 1500 });
  });

  it('makes loadIgnored reject, and a save to another box meanwhile leaves the first box’s flags intact', async () => {
    await saveIgnored(boxA, ['absolutes\u0000never'], 1000);

    const get = vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('IO error: disk busy'));
    await expect(loadIgnored(boxA, 2000)).rejects.toThrow(/disk busy/);
    get.mockRestore();

    const again = vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('IO error: disk busy'));
    await saveIgnored(boxB, ['sarcasm\u0000great'], 1500);
    again.mockRestore();

    expect(await loadIgnored(boxA, 2000)).toEqual(['absolutes\u0000never']);
    expect(await loadIgnored(boxB, 2000)).toEqual(['sarcasm\u0000great']);
  });
});

describe('saves at the same time', () => {
  it('to two boxes, started together, both survive', async () => {
    await Promise.all([
      saveKept(boxA, { variant: 'standard', texts: { standard: 'Edit A' } }, 1000),
      saveKept(boxB, { variant: 'standard', texts: { standard: 'Edit B' } }, 1000),
      saveIgnored(boxA, ['shouting\u0000NO'], 1000),
      saveIgnored(boxB, ['heated-words\u0000ridiculous'], 1000),
    ]);
    expect((await loadKept(boxA, 2000))?.texts).toEqual({ standard: 'Edit A' });
    expect((await loadKept(boxB, 2000))?.texts).toEqual({ standard: 'Edit B' });
    expect(await loadIgnored(boxA, 2000)).toEqual(['shouting\u0000NO']);
    expect(await loadIgnored(boxB, 2000)).toEqual(['heated-words\u0000ridiculous']);
  });

  it('to one box, asked in order, keep the second', async () => {
    const first = saveKept(boxA, { variant: 'standard', texts: { standard: 'first' } }, 1000);
    const second = saveKept(boxA, { variant: 'warm', texts: { standard: 'first', warm: 'second' } }, 1001);
    const cleared = saveIgnored(boxA, ['x'], 1000).then(() => undefined);
    const ignoredAgain = saveIgnored(boxA, ['y'], 1001);
    await Promise.all([first, second, cleared, ignoredAgain]);
    expect(await loadKept(boxA, 2000)).toEqual({ variant: 'warm', texts: { standard: 'first', warm: 'second' }, savedAt: 1001 });
    expect(await loadIgnored(boxA, 2000)).toEqual(['y']);
  });

  it('a clear asked after a save wins', async () => {
    const saved = saveKept(boxA, { variant: 'standard', texts: { standard: 'gone soon' } }, 1000);
    const cleared = clearKept(boxA);
    await Promise.all([saved, cleared]);
    expect(await loadKept(boxA, 2000)).toBeUndefined();
  });
});

describe('storage layout', () => {
  it('gives each box its own key holding the box key, and no URL query string', async () => {
    const tokenBox = replyBoxKey('https://biz.example/reviews?token=abc123secret', { boxId: 'a-1', review });
    await saveKept(tokenBox, { variant: 'short', texts: { short: 'Hi' } }, 1000);
    await saveIgnored(boxB, ['x'], 1000);
    const stored = await everything();
    const names = Object.keys(stored).sort();
    expect(names).toHaveLength(2);
    expect(names[0]).toMatch(/^ignored:[0-9a-z]+-[0-9a-z]+$/);
    expect(names[1]).toMatch(/^kept:[0-9a-z]+-[0-9a-z]+$/);
    expect(stored[names[1]!]).toEqual({ box: tokenBox, variant: 'short', texts: { short: 'Hi' }, savedAt: 1000 });
    expect(JSON.stringify(stored)).not.toContain('abc123secret');
  });

  it('keeps the reply the owner chose to see, and reads an entry with an unknown choice as nothing kept', async () => {
    await saveKept(boxA, { variant: 'standard', texts: {}, source: 'review' }, 1000);
    expect(await loadKept(boxA, 2000)).toEqual({ variant: 'standard', texts: {}, source: 'review', savedAt: 1000 });
    const [name] = Object.keys(await everything());
    await fakeBrowser.storage.local.set({ [name!]: { box: boxA, variant: 'standard', texts: {}, source: 'somewhere', savedAt: 1000 } });
    expect(await loadKept(boxA, 2000)).toBeUndefined();
    // positive control: an older entry with no choice at all still reads
    await fakeBrowser.storage.local.set({ [name!]: { box: boxA, variant: 'short', texts: { short: 'Hi' }, savedAt: 1000 } });
    expect(await loadKept(boxA, 2000)).toEqual({ variant: 'short', texts: { short: 'Hi' }, savedAt: 1000 });
  });

  it('reads an entry holding another box’s key (a hash collision) as nothing kept', async () => {
    await saveKept(boxA, { variant: 'short', texts: { short: 'Mine' } }, 1000);
    const [name] = Object.keys(await everything());
    await fakeBrowser.storage.local.set({ [name!]: { box: boxB, variant: 'short', texts: { short: 'Not mine' }, savedAt: 1000 } });
    expect(await loadKept(boxA, 2000)).toBeUndefined();
  });
});

describe('replyBoxKey', () => {
  const box = { boxId: 'a-1', editor: 'textarea' };
  it('drops a query string from the key, but keeps apart pages told apart only by their query', () => {
    const key = replyBoxKey('https://biz.example/reviews?token=abc', box);
    expect(key).not.toContain('token');
    expect(key).not.toContain('abc');
    expect(key).toMatch(/^https:\/\/biz\.example\/reviews\?q-[0-9a-z]+#box-textarea$/);
    expect(replyBoxKey('https://biz.example/reviews?review=1', box)).not.toBe(replyBoxKey('https://biz.example/reviews?review=2', box));
    expect(replyBoxKey('https://biz.example/reviews?review=1', box)).toBe(replyBoxKey('https://biz.example/reviews?review=1', { ...box, boxId: 'z-9' }));
  });

  it('ignores the fragment, and a page without a query has no query fingerprint', () => {
    expect(replyBoxKey('https://biz.example/reviews?review=1#top', box)).toBe(replyBoxKey('https://biz.example/reviews?review=1#reply', box));
    expect(replyBoxKey('https://biz.example/reviews#top', box)).toBe('https://biz.example/reviews#box-textarea');
    expect(replyBoxKey('https://user:pw@biz.example/reviews', box)).toBe('https://biz.example/reviews#box-textarea');
  });
});

describe('pruneExpiredReplies', () => {
  it('drops an 8-day-old entry and keeps a 1-day-old one', async () => {
    const now = 100 * DAY;
    await saveKept(boxA, { variant: 'short', texts: { short: 'old' } }, now - 8 * DAY);
    await saveKept(boxB, { variant: 'short', texts: { short: 'recent' } }, now - DAY);
    await saveIgnored(boxA, ['old'], now - 8 * DAY);
    await saveIgnored(boxB, ['recent'], now - DAY);
    await fakeBrowser.storage.local.set({ 'kept:broken': { box: 5 }, unrelated: 'stays' });
    await pruneExpiredReplies(now);
    const stored = await everything();
    expect(Object.keys(stored)).toHaveLength(3);
    expect(stored.unrelated).toBe('stays');
    expect(await loadKept(boxB, now)).toEqual({ variant: 'short', texts: { short: 'recent' }, savedAt: now - DAY });
    expect(await loadIgnored(boxB, now)).toEqual(['recent']);
    expect(await loadKept(boxA, now - 7 * DAY)).toBeUndefined();
  });

  it('keeps the newest 200 boxes of each kind', async () => {
    for (let i = 0; i < 205; i++) {
      await saveKept(`box-${i}`, { variant: 'short', texts: { short: `${i}` } }, 1000 + i);
      await saveIgnored(`box-${i}`, ['x'], 1000 + i);
    }
    await pruneExpiredReplies(2000);
    const names = Object.keys(await everything());
    expect(names.filter((n) => n.startsWith('kept:'))).toHaveLength(200);
    expect(names.filter((n) => n.startsWith('ignored:'))).toHaveLength(200);
    expect((await loadKept('box-204', 2000))?.texts.short).toBe('204');
    expect(await loadKept('box-4', 2000)).toBeUndefined();
    expect(await loadKept('box-5', 2000)).toBeDefined();
    expect(await loadIgnored('box-4', 2000)).toEqual([]);
  });

  it('moves the old single objects into per-box keys (in the new key form), then removes them', async () => {
    const now = 100 * DAY;
    const oldA = 'https://www.yelp.com/biz/sunny?hrid=XYZtoken#review-abc';
    const oldB = 'https://www.yelp.com/biz/sunny#box-textarea';
    await fakeBrowser.storage.local.set({
      keptSuggestions: {
        [oldA]: { variant: 'warm', texts: { warm: 'Moved' }, savedAt: now - DAY },
        [oldB]: { variant: 'short', texts: { short: 'Too old' }, savedAt: now - 8 * DAY },
        junk: { variant: 'loud' },
      },
      ignoredFlags: { [oldB]: { flags: ['absolutes\u0000never'], savedAt: now - DAY } },
    });
    await pruneExpiredReplies(now);
    const stored = await everything();
    expect(stored.keptSuggestions).toBeUndefined();
    expect(stored.ignoredFlags).toBeUndefined();
    expect(Object.keys(stored)).toHaveLength(2);
    expect(JSON.stringify(stored)).not.toContain('XYZtoken');
    // the same review's key as this version makes it: the page with a query fingerprint, then #review-abc
    const newA = replyBoxKey('https://www.yelp.com/biz/sunny?hrid=XYZtoken', { boxId: 'x', editor: 't' }).replace('#box-t', '#review-abc');
    expect(newA).toMatch(/^https:\/\/www\.yelp\.com\/biz\/sunny\?q-[0-9a-z]+#review-abc$/);
    expect(await loadKept(newA, now)).toEqual({ variant: 'warm', texts: { warm: 'Moved' }, savedAt: now - DAY });
    expect(await loadIgnored(oldB, now)).toEqual(['absolutes\u0000never']);
  });

  it('does not write an old entry over a newer one saved since, and keeps the old objects when the move fails', async () => {
    const now = 100 * DAY;
    await saveKept(boxA, { variant: 'short', texts: { short: 'newer' } }, now);
    await fakeBrowser.storage.local.set({ keptSuggestions: { [boxA]: { variant: 'short', texts: { short: 'older' }, savedAt: now - DAY } } });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await pruneExpiredReplies(now);
    expect(set).not.toHaveBeenCalled();
    expect((await loadKept(boxA, now))?.texts.short).toBe('newer');
    set.mockRestore();

    await fakeBrowser.storage.local.set({ ignoredFlags: { [boxB]: { flags: ['x'], savedAt: now - DAY } } });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(pruneExpiredReplies(now)).rejects.toThrow(/QUOTA/);
    expect((await everything()).ignoredFlags).toEqual({ [boxB]: { flags: ['x'], savedAt: now - DAY } });
    await pruneExpiredReplies(now);
    expect((await everything()).ignoredFlags).toBeUndefined();
    expect(await loadIgnored(boxB, now)).toEqual(['x']);
  });
});

describe('the first load in a page', () => {
  it('moves the old single objects before reading', async () => {
    await fakeBrowser.storage.local.set({ keptSuggestions: { [boxA]: { variant: 'standard', texts: { standard: 'From before' }, savedAt: Date.now() - DAY } } });
    vi.resetModules();
    const fresh = await import('@/lib/settings/drafts');
    expect((await fresh.loadKept(boxA))?.texts.standard).toBe('From before');
    expect((await everything()).keptSuggestions).toBeUndefined();
  });
});
