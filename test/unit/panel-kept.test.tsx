import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { KEEP_FOR_MS, clearKept, loadKept, pruneKept, replyBoxKey, saveKept } from '@/lib/settings/drafts';

const review = { text: 'Cold coffee.', author: 'Anna' };
const key = replyBoxKey('https://www.yelp.com/biz/sunny?x=1#reviews', { boxId: 'abc-1', editor: 'textarea', review });

describe('kept suggestion per reply box', () => {
  it('the key survives a reload (new box id) and tells reviews and pages apart', () => {
    expect(key).toMatch(/^https:\/\/www\.yelp\.com\/biz\/sunny\?q-[0-9a-z]+#review-[0-9a-z]+$/);
    expect(replyBoxKey('https://www.yelp.com/biz/sunny?x=1', { boxId: 'xyz-7', editor: 'textarea', review })).toBe(key);
    expect(replyBoxKey('https://www.yelp.com/biz/sunny?x=1', { boxId: 'abc-1', review: { ...review, text: 'Rude waiter.' } })).not.toBe(key);
    expect(replyBoxKey('https://www.yelp.com/biz/other', { boxId: 'abc-1', review })).not.toBe(key);
    expect(replyBoxKey('https://x.example/p', { boxId: 'abc-1', editor: 'lexical' })).toBe('https://x.example/p#box-lexical');
    expect(replyBoxKey(undefined, { boxId: 'abc-1' })).toBe('#box-abc-1');
  });

  it('keeps edits per variant, exactly, across reads (emoji, right-to-left, 100k characters)', async () => {
    const long = 'مرحبا 👋 '.repeat(12_500);
    await saveKept(key, { variant: 'warm', texts: { warm: long, short: 'Short one' } }, 1000);
    expect(await loadKept(key, 2000)).toEqual({ variant: 'warm', texts: { warm: long, short: 'Short one' }, savedAt: 1000 });
  });

  it('clears one box after a successful insert and leaves the others', async () => {
    const other = replyBoxKey('https://www.yelp.com/biz/other', { boxId: 'abc-1', review });
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
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('survives foreign or corrupt data in storage without throwing', async () => {
    await saveKept(key, { variant: 'short', texts: { short: 'first' } });
    const [name] = Object.keys(await fakeBrowser.storage.local.get(null));
    await fakeBrowser.storage.local.set({ [name!]: 'not an object' });
    expect(await loadKept(key)).toBeUndefined();
    await fakeBrowser.storage.local.set({ [name!]: { box: key, variant: 'loud', texts: { standard: 5 }, savedAt: 'x' } });
    expect(await loadKept(key)).toBeUndefined();
    await saveKept(key, { variant: 'short', texts: { short: 'fine' } });
    expect((await loadKept(key))?.texts.short).toBe('fine');
  });
});
