import { describe, expect, it } from 'vitest';
import type { Analysis } from '@/lib/analysis/types';
import { DraftsByTab, type DraftAnalyzer } from '@/lib/drafts-by-tab';
import type { DraftUpdate } from '@/lib/messages';

/** Counts calls and flags every "!" so results are easy to predict. */
function countingAnalyzer(log: string[]): DraftAnalyzer {
  return {
    analyse(text, context) {
      log.push(`${context?.platform}:${text}`);
      const flags = [...text.matchAll(/!/g)].map((m) => ({
        rule: 'exclamations',
        category: 'emotional' as const,
        start: m.index!,
        end: m.index! + 1,
        text: '!',
        message: 'x',
      }));
      return {
        language: 'en',
        flags,
        structure: { acknowledge: false, apology: 'none', action: false, timescale: false, followUp: false },
        heat: flags.length ? 0.5 : 0,
        length: { characters: text.length },
      } satisfies Analysis;
    },
  };
}

const draft = (text: string, boxId = 'box-1', platform = 'generic'): DraftUpdate => ({
  type: 'draft',
  text,
  url: 'https://example.test/',
  box: { boxId, platform, editor: 'textarea', review: { text: 'Cold food.' } },
});

describe('DraftsByTab', () => {
  it('keeps one analyser per reply box, so its cache survives keystrokes', () => {
    const made: string[] = [];
    const log: string[] = [];
    const drafts = new DraftsByTab((platform) => {
      made.push(platform);
      return countingAnalyzer(log);
    });
    drafts.update(1, draft('Hi'), 0);
    drafts.update(1, draft('Hi!'), 0);
    drafts.update(1, draft('Other', 'box-2'), 0);
    expect(made).toEqual(['generic', 'generic']);
    expect(log).toEqual(['generic:Hi', 'generic:Hi!', 'generic:Other']);
  });

  it('records the analysis, frame and review for the panel', () => {
    const drafts = new DraftsByTab(() => countingAnalyzer([]));
    const state = drafts.update(7, draft('No!!'), 3);
    expect(state.frameId).toBe(3);
    expect(state.analysis?.flags).toHaveLength(2);
    expect(state.box?.review?.text).toBe('Cold food.');
    expect(drafts.get(7)).toBe(state);
  });

  it('does not analyse where the owner turned the site off, but keeps the draft', () => {
    const drafts = new DraftsByTab(() => countingAnalyzer([]), (p) => p !== 'yelp');
    const state = drafts.update(1, draft('Angry!', 'b', 'yelp'));
    expect(state.siteEnabled).toBe(false);
    expect(state.analysis).toBeUndefined();
    expect(state.draft).toBe('Angry!');
  });

  it('re-analyses every tab with new analysers when settings change', () => {
    const drafts = new DraftsByTab(() => countingAnalyzer([]));
    drafts.update(1, draft('One!'));
    drafts.update(2, draft('Two'));
    const log: string[] = [];
    const states = drafts.reconfigure(() => countingAnalyzer(log), () => true);
    expect(states.map((s) => s.tabId).sort()).toEqual([1, 2]);
    expect(log.sort()).toEqual(['generic:One!', 'generic:Two']);
  });

  it('shows an error instead of crashing when analysis throws, keeping the text', () => {
    const drafts = new DraftsByTab(() => ({
      analyse() {
        throw new Error('rule exploded');
      },
    }));
    const state = drafts.update(1, draft('Some text'));
    expect(state.error).toMatch(/could not check this draft.*rule exploded/);
    expect(state.draft).toBe('Some text');
  });

  it('forgets a closed tab and its analysers', () => {
    const made: string[] = [];
    const drafts = new DraftsByTab((p) => (made.push(p), countingAnalyzer([])));
    drafts.update(1, draft('a'));
    drafts.forget(1);
    expect(drafts.get(1)).toBeUndefined();
    drafts.update(1, draft('b'));
    expect(made).toHaveLength(2);
  });

  it('restores a state kept across a restart without overwriting a newer one', () => {
    const drafts = new DraftsByTab(() => countingAnalyzer([]));
    drafts.restore({ tabId: 4, draft: 'kept', updatedAt: 1 });
    expect(drafts.get(4)?.draft).toBe('kept');
    drafts.update(5, draft('new'));
    drafts.restore({ tabId: 5, draft: 'old', updatedAt: 1 });
    expect(drafts.get(5)?.draft).toBe('new');
  });
});

describe('very long drafts', () => {
  it('checks only the first CHECKED_CHARACTERS, says so, and measures the whole reply', async () => {
    const { CHECKED_CHARACTERS } = await import('@/lib/drafts-by-tab');
    const seen: string[] = [];
    const drafts = new DraftsByTab(() => countingAnalyzer(seen));
    const long = 'Sorry! '.repeat(20_000);
    const state = drafts.update(1, draft(long));
    expect(seen[0]!.length).toBe('generic:'.length + CHECKED_CHARACTERS);
    expect(state.checkedUpTo).toBe(CHECKED_CHARACTERS);
    expect(state.analysis?.length.characters).toBe(long.length);
    expect(state.draft).toBe(long);
    expect(state.analysis!.flags.every((f) => f.end <= CHECKED_CHARACTERS)).toBe(true);
  });

  it('never cuts an emoji in half at the limit', async () => {
    const { checkedPart } = await import('@/lib/drafts-by-tab');
    const text = `${'a'.repeat(9)}😀tail`;
    expect(checkedPart(text, 10)).toBe('a'.repeat(9));
    expect(checkedPart(text, 11)).toBe(`${'a'.repeat(9)}😀`);
    expect(checkedPart('short', 10)).toBe('short');
  });

  it('leaves short drafts unmarked', () => {
    const drafts = new DraftsByTab(() => countingAnalyzer([]));
    expect(drafts.update(1, draft('Thanks')).checkedUpTo).toBeUndefined();
  });
});
