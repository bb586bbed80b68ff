import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { KEEP_FOR_MS, KEPT_KEY, clearKept, loadKept, pruneKept, replyBoxKey, saveKept } from '@/lib/settings/drafts';

const key = replyBoxKey('https://www.yelp.com/biz/sunny?x=1#reviews', 'box-1');

describe('kept suggestion per reply box', () => {
  it('the key ignores the #fragment but keeps the page and the box', () => {
    expect(key).toBe('https://www.yelp.com/biz/sunny?x=1#box-1');
    expect(replyBoxKey('https://www.yelp.com/biz/sunny?x=1', 'box-1')).toBe(key);
    expect(replyBoxKey('https://www.yelp.com/biz/sunny?x=1', 'box-2')).not.toBe(key);
    expect(replyBoxKey(undefined, 'box-1')).toBe('#box-1');
  });

  it('keeps edits per variant, exactly, across reads (emoji, right-to-left, 100k characters)', async () => {
    const long = 'مرحبا 👋 '.repeat(12_500);
    await saveKept(key, { variant: 'warm', texts: { warm: long, short: 'Short one' } }, 1000);
    expect(await loadKept(key, 2000)).toEqual({ variant: 'warm', texts: { warm: long, short: 'Short one' }, savedAt: 1000 });
  });

  it('clears one box after a successful insert and leaves the others', async () => {
    const other = replyBoxKey('https://www.yelp.com/biz/other', 'box-1');
    await saveKept(key, { variant: 'standard', texts: { standard: 'A' } }, 1000);
    await saveKept(other, { variant: 'standard', texts: { standard: 'B' } }, 1000);
    await clearKept(key);
    expect(await loadKept(key, 1000)).toBeUndefined();
    expect((await loadKept(other, 1000))?.texts.standard).toBe('B');
  });

  it('forgets edits after 7 days', async () => {
    await saveKept(key, { variant: 'standard', texts: { standard: 'old' } }, 0);
    expect(await loadKept(key, KEEP_FOR_MS - 1)).toBeDefined();
    expect(await loadKept(key, KEEP_FOR_MS)).toBeUndefined();
    await pruneKept(KEEP_FOR_MS);
    expect(await fakeBrowser.storage.local.get(KEPT_KEY.slice('local:'.length))).toEqual({ keptSuggestions: {} });
  });

  it('survives foreign or corrupt data in storage without throwing', async () => {
    await fakeBrowser.storage.local.set({ keptSuggestions: 'not an object' });
    expect(await loadKept(key)).toBeUndefined();
    await fakeBrowser.storage.local.set({ keptSuggestions: { [key]: { variant: 'loud', texts: { standard: 5 }, savedAt: 'x' } } });
    expect(await loadKept(key)).toBeUndefined();
    await saveKept(key, { variant: 'short', texts: { short: 'fine' } });
    expect((await loadKept(key))?.texts.short).toBe('fine');
  });
});
