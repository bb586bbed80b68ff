/**
 * Where a one-click fix lands: at its offsets when they still hold its words, else at the one place the
 * words now are, else nowhere (the fix is refused). Pinned value by value, since every other guarantee
 * of the fix (nothing garbled, nothing lost) rests on it.
 */
import { describe, expect, it } from 'vitest';
import { locate } from '@/lib/sites/insert';

describe('locate', () => {
  it('keeps the offsets when they still hold the words, even where the words occur twice', () => {
    expect(locate('no no', { start: 3, end: 5, expect: 'no' })).toEqual({ start: 3, end: 5 });
    // At the very start and at the very end of the draft.
    expect(locate('ab ab', { start: 0, end: 2, expect: 'ab' })).toEqual({ start: 0, end: 2 });
    expect(locate('ab ab', { start: 3, end: 5, expect: 'ab' })).toEqual({ start: 3, end: 5 });
  });

  it('follows the words when the draft moved and they occur once, also to the very start', () => {
    expect(locate('Hi. This is ridiculous.', { start: 8, end: 18, expect: 'ridiculous' })).toEqual({ start: 12, end: 22 });
    expect(locate('ridiculous, this', { start: 6, end: 16, expect: 'ridiculous' })).toEqual({ start: 0, end: 10 });
  });

  it('refuses when the words moved and occur twice, or are gone', () => {
    expect(locate('no, no', { start: 1, end: 3, expect: 'no' })).toBeUndefined();
    expect(locate('all calm now', { start: 0, end: 10, expect: 'ridiculous' })).toBeUndefined();
  });

  it('refuses without words to check, and with offsets outside the draft that hold nothing', () => {
    expect(locate('abc', { start: 0, end: 0, expect: '' })).toBeUndefined();
    expect(locate('abc', { start: 0, end: 0 })).toBeUndefined();
    expect(locate('ab ab', { start: -1, end: 1, expect: 'ab' })).toBeUndefined();
    expect(locate('ab ab', { start: 3, end: 9, expect: 'ab' })).toBeUndefined();
    expect(locate('ab ab', { start: 4, end: 2, expect: 'ab' })).toBeUndefined();
    // Offsets outside the draft are never trusted, even where slicing would clamp them onto the words.
    expect(locate('xab', { start: -2, end: 3, expect: 'ab' })).toEqual({ start: 1, end: 3 });
    expect(locate('ab', { start: 0, end: 5, expect: 'ab' })).toEqual({ start: 0, end: 2 });
  });
});
