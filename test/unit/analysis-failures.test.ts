/**
 * A rule that throws is a bug in Calm Reply, not in the owner's text: the analysis goes on without
 * it, but says the check was incomplete, so the panel never shows a false all-clear.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { createAnalyzer } from '@/lib/analysis';
import { RULES } from '@/lib/rules';
import { FlagList } from '@/components/FlagList';
import type { SentenceRule, DraftRule } from '@/lib/rules/types';

afterEach(() => vi.restoreAllMocks());

const DRAFT = 'This is ridiculous. FRANKLY, the room was clean.';

describe('a rule that throws', () => {
  it('positive control: with every rule working, the draft is flagged and the check is complete', () => {
    const analysis = createAnalyzer({ model: null }).analyse(DRAFT);
    expect(analysis.flags.map((f) => f.rule)).toContain('heated-words');
    expect(analysis.incomplete).toBeUndefined();
  });

  it('is named in the analysis, and the other rules still flag', () => {
    const heated = RULES.find((r) => r.id === 'heated-words') as SentenceRule;
    vi.spyOn(heated, 'find').mockImplementation(() => {
      throw new Error('rule exploded');
    });
    const analysis = createAnalyzer({ model: null }).analyse(DRAFT);
    expect(analysis.incomplete).toEqual(['heated-words']);
    expect(analysis.flags.map((f) => f.rule)).not.toContain('heated-words');
    expect(analysis.flags.map((f) => f.text)).toContain('FRANKLY');
  });

  it('a draft-wide rule that throws is named too', () => {
    const draftRule = RULES.find((r) => r.scope === 'draft') as DraftRule;
    vi.spyOn(draftRule, 'findInDraft').mockImplementation(() => {
      throw new Error('boom');
    });
    expect(createAnalyzer({ model: null }).analyse('Thank you for your review.').incomplete).toEqual([draftRule.id]);
  });

  it('the panel says the check was incomplete instead of “No flags”', () => {
    render(createElement(FlagList, { flags: [], incomplete: ['heated-words'], onIgnore: () => {}, onUnignore: () => {} }));
    expect(screen.getByRole('heading').textContent).toBe('Check incomplete');
    expect(screen.getByTestId('check-incomplete').textContent).toContain('(heated words)');
    expect(screen.queryByTestId('no-flags')).toBeNull();
  });

  it('positive control: a complete check with no flags is an all-clear', () => {
    render(createElement(FlagList, { flags: [], onIgnore: () => {}, onUnignore: () => {} }));
    expect(screen.getByRole('heading').textContent).toBe('No flags');
    expect(screen.getByTestId('no-flags')).toBeTruthy();
  });
});
