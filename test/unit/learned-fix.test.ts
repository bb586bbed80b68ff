/**
 * A sentence only the learned model flags gets a one-click fix when taking it out loses nothing the
 * reply needs: the fix removes the sentence, and the reply that is left carries no flag.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '@/lib/analysis';
import { applyFix } from '@/lib/analysis/apply-fix';

const analyzer = createAnalyzer();
const REVIEW = { review: 'The room was tiny and noisy.', rating: 2 };
const ARGUING = 'The room you booked was the cheapest category and it is clearly described on our website.';

describe("the learned model's flags", () => {
  it('offer to remove an arguing sentence that carries no part of a good reply', () => {
    const draft = `Thanks for writing. ${ARGUING} Kind regards.`;
    const flag = analyzer.analyse(draft, REVIEW).flags.find((f) => f.confidence !== undefined);
    expect(flag?.text).toBe(ARGUING);
    expect(flag?.replacement).toBe('');
    const fixed = applyFix(draft, flag!);
    expect(fixed).toBe('Thanks for writing. Kind regards.');
    expect(analyzer.analyse(fixed, REVIEW).flags).toEqual([]);
  });

  it('keep advice when the sentence also carries the action (removing it would lose the promise)', () => {
    const sentence = 'We will move you to a larger room next time, but the room you booked was the cheapest category and it is clearly described on our website.';
    const flag = analyzer.analyse(`Thanks for writing. ${sentence} Kind regards.`, REVIEW).flags.find((f) => f.confidence !== undefined);
    expect(flag?.text).toBe(sentence);
    expect(flag?.replacement).toBeUndefined();
  });

  it('keep advice when the sentence is the whole reply', () => {
    const flag = analyzer.analyse(ARGUING, REVIEW).flags.find((f) => f.confidence !== undefined);
    expect(flag?.text).toBe(ARGUING);
    expect(flag?.replacement).toBeUndefined();
    expect(flag?.suggestion).toBeTruthy();
  });
});
