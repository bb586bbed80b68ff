import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { KEEP_FOR_MS, pruneExpiredReplies, replyBoxKey } from '@/lib/settings/drafts';
import { loadIgnored, saveIgnored } from '@/lib/settings/ignored';

const key = replyBoxKey('https://www.yelp.com/biz/sunny', { boxId: 'a-1', review: { text: 'Cold coffee.', author: 'Anna' } });
const other = replyBoxKey('https://www.yelp.com/biz/other', { boxId: 'a-1', review: { text: 'Rude.', author: 'Ben' } });
/** The stored entries, by the box they belong to (each box has its own `ignored:<hash>` key). */
const stored = async () =>
  Object.fromEntries(
    Object.entries(await fakeBrowser.storage.local.get(null))
      .filter(([name]) => name.startsWith('ignored:'))
      .map(([, v]) => [(v as { box: string }).box, v]),
  ) as Record<string, unknown>;

describe('flags ignored here, per reply box', () => {
  it('are kept per box, exactly (emoji, right-to-left), and each box keeps its own', async () => {
    await saveIgnored(key, ['heated-words\u0000ridiculous', 'shouting\u0000مرحبا 👋'], 1000);
    await saveIgnored(other, ['sarcasm\u0000great'], 1000);
    expect(await loadIgnored(key, 2000)).toEqual(['heated-words\u0000ridiculous', 'shouting\u0000مرحبا 👋']);
    expect(await loadIgnored(other, 2000)).toEqual(['sarcasm\u0000great']);
  });

  it('un-ignoring the last one forgets the box', async () => {
    await saveIgnored(key, ['x'], 1000);
    await saveIgnored(key, [], 1000);
    expect(await loadIgnored(key, 1000)).toEqual([]);
    expect(Object.keys((await stored()) ?? {})).not.toContain(key);
  });

  it('are forgotten after 7 days, like the kept suggestion', async () => {
    await saveIgnored(key, ['x'], 0);
    expect(await loadIgnored(key, KEEP_FOR_MS - 1)).toEqual(['x']);
    expect(await loadIgnored(key, KEEP_FOR_MS)).toEqual([]);
    await saveIgnored(other, ['y'], KEEP_FOR_MS);
    await pruneExpiredReplies(KEEP_FOR_MS);
    expect(Object.keys((await stored()) ?? {})).toEqual([other]);
  });

  it('keep at most 200 boxes, the newest', async () => {
    for (let i = 0; i < 205; i++) await saveIgnored(`box-${i}`, ['x'], 1000 + i);
    await pruneExpiredReplies(2000);
    const boxes = Object.keys((await stored()) ?? {});
    expect(boxes).toHaveLength(200);
    expect(boxes).toContain('box-204');
    expect(boxes).not.toContain('box-4');
  });

  it('read foreign or corrupt data as nothing ignored, and write over it', async () => {
    await saveIgnored(key, ['first']);
    const [name] = Object.keys(await fakeBrowser.storage.local.get(null));
    await fakeBrowser.storage.local.set({ [name!]: 'not an object' });
    expect(await loadIgnored(key)).toEqual([]);
    await fakeBrowser.storage.local.set({ [name!]: { box: key, flags: [5], savedAt: Date.now() } });
    expect(await loadIgnored(key)).toEqual([]);
    await saveIgnored(key, ['ok']);
    expect(await loadIgnored(key)).toEqual(['ok']);
  });
});
