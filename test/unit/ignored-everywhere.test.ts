/**
 * "Ignore here" is applied where the analysis is made (the background), so the badge count, the
 * heat, the apology verdict and the panel all agree on what is left.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '@/lib/analysis';
import { DraftsByTab } from '@/lib/drafts-by-tab';
import type { DraftUpdate, TabState } from '@/lib/messages';

const DRAFT = 'We are sorry if you were upset. This is ridiculous!!!';
const update: DraftUpdate = {
  type: 'draft',
  text: DRAFT,
  url: 'https://example.test/reviews',
  box: { boxId: 'b1', platform: 'generic', editor: 'textarea', review: { text: 'Cold food and a rude waiter.' } },
};

function tabs(ignored: string[]) {
  return new DraftsByTab(() => createAnalyzer({ model: null }), () => true, (state: TabState) => (state.box?.boxId === 'b1' ? ignored : []));
}

describe('ignored flags', () => {
  it('positive control: nothing ignored, the non-apology, the heated word and the !!! all count', () => {
    const a = tabs([]).update(1, update).analysis!;
    expect(a.flags.map((f) => f.text)).toEqual(expect.arrayContaining(['sorry if', 'ridiculous', '!!!']));
    expect(a.structure.apology).toBe('non-apology');
    expect(a.ignored).toBeUndefined();
  });

  it('count nowhere: not in the flags (the badge), the heat, nor the apology verdict; the panel still gets them apart', () => {
    const all = tabs([]).update(1, update).analysis!;
    const keys = all.flags.map((f) => `${f.rule}|${f.text.toLowerCase()}`);
    const apologyKey = keys.find((k) => k.endsWith('|sorry if'))!;
    const heatedKey = keys.find((k) => k.endsWith('|ridiculous'))!;
    const a = tabs([apologyKey, heatedKey]).update(1, update).analysis!;
    expect(a.flags.map((f) => f.text)).not.toContain('ridiculous');
    expect(a.flags.map((f) => f.text)).not.toContain('sorry if');
    expect(a.flags.length).toBe(all.flags.length - 2);
    expect(a.ignored!.map((f) => f.text).sort()).toEqual(['ridiculous', 'sorry if']);
    expect(a.heat).toBeLessThan(all.heat);
    expect(a.structure.apology).not.toBe('non-apology');
  });

  it('a reply box that leaves the page is forgotten', () => {
    const t = tabs([]);
    t.update(1, update);
    expect(t.boxLeft(1, 'other-box')).toBeUndefined();
    expect(t.get(1)?.draft).toBe(DRAFT);
    const left = t.boxLeft(1, 'b1')!;
    expect(left.draft).toBe('');
    expect(left.box).toBeUndefined();
    expect(t.get(1)?.draft).toBe('');
  });
});
