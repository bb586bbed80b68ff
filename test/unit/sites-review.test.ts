import { afterEach, describe, expect, it } from 'vitest';
import { genericReview, setWholePageReview } from '@/lib/sites/adapter';
import { wholePageReview } from '@/lib/sites/readability';
import { firstName, parseRating } from '@/lib/sites/review';

const story = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1}: we stayed four nights and the heating never worked, the staff shrugged every time we asked, and breakfast ran out before eight each morning.</p>`).join('');

afterEach(() => {
  setWholePageReview(undefined);
  document.body.innerHTML = '';
});

describe('reading the review in the generic adapter', () => {
  it('takes the nearest review-like block before the box, not one after it', () => {
    document.body.innerHTML = `
      <div><p>An older review about the parking being full every single day.</p></div>
      <div><blockquote>The newest review: the waiter spilled soup and laughed about it.</blockquote>
      <textarea id="t"></textarea></div>
      <div><p>A review after the box that must not be read as its review.</p></div>`;
    expect(genericReview(document.getElementById('t')!)?.text).toBe('The newest review: the waiter spilled soup and laughed about it.');
  });

  it('falls back to Readability on a page that is one review or article, with the box above it', () => {
    document.body.innerHTML = `<form><textarea id="t"></textarea></form><article><h1>My stay</h1>${story}</article>`;
    setWholePageReview(wholePageReview);
    const review = genericReview(document.getElementById('t')!);
    expect(review?.text).toMatch(/^My stay|^Paragraph 1/);
    expect(review?.text).toContain('Paragraph 8');
  });

  it('says nothing rather than guessing on a page with no prose', () => {
    document.body.innerHTML = '<nav><a href="/">Home</a></nav><textarea id="t"></textarea>';
    setWholePageReview(wholePageReview);
    expect(genericReview(document.getElementById('t')!)).toBeUndefined();
  });

  it('reads ratings written many ways, and only first names', () => {
    const el = (html: string) => {
      const d = document.createElement('div');
      d.innerHTML = html;
      return d.firstElementChild!;
    };
    expect(parseRating(el('<span aria-label="Rated 2 out of 5 stars"></span>'))).toBe(2);
    expect(parseRating(el('<svg aria-label="4.0 of 5 bubbles"></svg>'))).toBe(4);
    expect(parseRating(el('<div data-service-review-rating="1"></div>'))).toBe(1);
    expect(parseRating(el('<meta content="3,5">'))).toBe(3.5);
    expect(parseRating(el('<span>★★★</span>'))).toBe(3);
    expect(parseRating(el('<span>no rating</span>'))).toBeUndefined();
    expect(firstName('Review by Jane Smith')).toBe('Jane');
    expect(firstName('u/rosa')).toBe('rosa');
    expect(firstName('   ')).toBeUndefined();
  });
});
