/**
 * Reading the review a reply box answers: the nearest review before the box, found by walking
 * up from the box and looking back through what precedes it. Adapters pass their platform's
 * selectors; the generic adapter passes structural ones and then falls back to paragraphs.
 */
import type { ReviewInfo } from '../messages';
import { ancestorsAcross } from './detect';

export interface ReviewSelectors {
  /** One review (card, article, list item): bounds where author, rating and date are read. */
  container: string[];
  /** The review's own words inside a container. */
  text: string[];
  author?: string[];
  rating?: string[];
  date?: string[];
}

/** Structural hooks that mean "a review" on most sites (schema.org, test ids, ARIA). */
export const GENERIC_REVIEW: ReviewSelectors = {
  container: ['[itemprop="review"]', '[data-review-id]', '[data-testid*="review" i]', 'article', '[role="article"]', 'li'],
  text: ['[itemprop="reviewBody"]', '[data-testid*="review-text" i]', '[data-testid*="reviewtext" i]', '[data-testid*="review-body" i]', '[class*="review-text" i]', '[class*="reviewText" i]', '[class*="review-body" i]', 'blockquote', 'q'],
  author: ['[itemprop="author"]', '[data-testid*="author" i]', '[class*="author" i]', '[class*="reviewer" i]'],
  rating: ['[itemprop="ratingValue"]', '[data-rating]', '[aria-label*="star" i]', '[aria-label*="rated" i]', '[class*="rating" i]'],
  date: ['time', '[itemprop="datePublished"]', '[class*="date" i]'],
};

const MAX_REVIEW = 5000;

function clean(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

function visibleText(el: Element): string {
  // innerText honours layout (hidden "Read more" copies); jsdom lacks it, so fall back to textContent.
  const inner = (el as HTMLElement).innerText;
  return clean(typeof inner === 'string' && inner !== '' ? inner : el.textContent ?? '');
}

/** Does `a` come before `b` in the document (both in the same tree)? */
function precedes(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/**
 * The trees from the box outwards: the box's own tree (document or shadow root) with the box as
 * reference, then each shadow host's tree with the host as reference.
 */
function treesOutward(box: Element): Array<{ root: Document | ShadowRoot; ref: Element }> {
  const out: Array<{ root: Document | ShadowRoot; ref: Element }> = [];
  let ref: Element | null = box;
  while (ref) {
    const root = ref.getRootNode();
    if (!(root instanceof Document || root instanceof ShadowRoot)) break;
    out.push({ root, ref });
    ref = root instanceof ShadowRoot ? root.host : null;
  }
  return out;
}

const INSIDE_BOX = '[data-calm-reply-box], textarea, [contenteditable]:not([contenteditable="false"])';

/**
 * The last element matching `selectors` before the box in document order. That is also the
 * match inside the closest ancestor holding any match before the box: whatever precedes the
 * box outside an ancestor precedes everything inside it. One query, read backwards, so a page
 * of 70,000 elements costs one selector pass and a few comparisons.
 */
function lastBefore(box: Element, selectors: string[]): Element | undefined {
  if (selectors.length === 0) return undefined;
  const selector = selectors.join(', ');
  for (const { root, ref } of treesOutward(box)) {
    const all = root.querySelectorAll(selector);
    for (let i = all.length - 1; i >= 0; i--) {
      const el = all[i]!;
      if (el === ref || el.contains(ref) || ref.contains(el)) continue;
      if (!precedes(el, ref)) continue;
      if (el.closest(INSIDE_BOX)) continue;
      if (clean(el.textContent ?? '') === '') continue;
      return el;
    }
  }
  return undefined;
}

export function parseRating(el: Element): number | undefined {
  const ratingAttrs = Array.from(el.attributes).filter((a) => /rating|score/i.test(a.name)).map((a) => a.value);
  const sources = [...ratingAttrs, el.getAttribute('content'), el.getAttribute('aria-label'), el.getAttribute('title'), el.getAttribute('alt'), el.getAttribute('value'), el.textContent];
  for (const source of sources) {
    if (!source) continue;
    const m = /(\d+(?:[.,]\d+)?)\s*(?:\/|out of|of|stars?|étoiles?|sterne?)?/i.exec(source);
    if (m) {
      const n = Number(m[1]!.replace(',', '.'));
      if (n >= 0 && n <= 10) return n;
    }
  }
  // Star glyphs: count the filled ones.
  const stars = (el.textContent ?? '').match(/★/g);
  return stars ? stars.length : undefined;
}

/** First name only: the panel greets the reviewer, it never needs their full name. */
export function firstName(s: string): string | undefined {
  const name = clean(s).replace(/^(by|from|review by)\s+/i, '').replace(/^(u\/|@)/, '');
  const first = name.split(/[\s,]+/)[0];
  return first ? first.slice(0, 40) : undefined;
}

function pick(container: Element, selectors: string[] | undefined, exclude: Element): Element | undefined {
  if (!selectors?.length) return undefined;
  for (const sel of selectors) {
    for (const el of Array.from(container.querySelectorAll(sel))) {
      if (el === exclude || el.contains(exclude) || exclude.contains(el)) continue;
      if (el.closest('[data-calm-reply-box], textarea, form')) continue;
      return el;
    }
  }
  return undefined;
}

/** Fill author, rating and date from the container around the review text. */
export function describeReview(textEl: Element, selectors: ReviewSelectors): ReviewInfo {
  const review: ReviewInfo = { text: visibleText(textEl).slice(0, MAX_REVIEW) };
  // The card may hold the reply box too (Google): pick() skips anything inside forms and boxes.
  const parent = textEl.parentElement;
  const container = (parent && selectors.container.map((c) => parent.closest(c)).find((c): c is Element => !!c)) ?? parent;
  if (!container) return review;
  const author = pick(container, selectors.author, textEl);
  if (author) review.author = firstName(visibleText(author));
  const rating = pick(container, selectors.rating, textEl);
  if (rating) {
    const n = parseRating(rating);
    if (n !== undefined) review.rating = n;
  }
  const date = pick(container, selectors.date, textEl);
  if (date) review.date = date.getAttribute('datetime') ?? visibleText(date);
  return review;
}

/** The review next to `box`, using `selectors`; undefined when none is found. */
export function findReview(box: Element, selectors: ReviewSelectors): ReviewInfo | undefined {
  const textEl = lastBefore(box, selectors.text);
  return textEl ? describeReview(textEl, selectors) : undefined;
}

const BLOCKS = 'p, blockquote, article, [role="article"], li, dd, section > div';
/** Prose further up than this many ancestors is page content, not the review this box answers. */
const NEAR = 8;

/**
 * No review markup at all: take the nearest substantial block of prose before the box
 * (a paragraph of at least a few words), the way a person would read the page.
 */
export function nearestProseBefore(box: Element): ReviewInfo | undefined {
  const near = ancestorsAcross(box).slice(1, NEAR + 1);
  const skip = 'form, nav, header, footer, label, button';
  let found: Element | undefined;
  for (const { root, ref } of treesOutward(box)) {
    const all = root.querySelectorAll(BLOCKS);
    for (let i = all.length - 1; i >= 0 && !found; i--) {
      const el = all[i]!;
      if (el.contains(ref) || ref.contains(el) || !precedes(el, ref)) continue;
      // Every earlier block is further away still: the first one out of reach ends the search.
      if (!near.some((a) => a.contains(el))) return undefined;
      if (el.closest(skip) || el.closest(INSIDE_BOX)) continue;
      const text = clean(el.textContent ?? '');
      if (text.length < 20 || text.split(' ').length < 4) continue;
      found = el;
    }
    if (found) break;
  }
  return found ? { text: visibleText(found).slice(0, MAX_REVIEW) } : undefined;
}
