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

function containsAcross(ancestor: Element, node: Element): boolean {
  return ancestorsAcross(node).includes(ancestor);
}

/**
 * The last element matching `selectors` inside `scope` that lies before `box` (and not in it).
 * Elements in a different tree than the box's branch (shadow content) count as before.
 */
function lastBefore(scope: Element, selectors: string[], box: Element, ref: Element | undefined): Element | undefined {
  if (selectors.length === 0) return undefined;
  let best: Element | undefined;
  for (const el of Array.from(scope.querySelectorAll(selectors.join(', ')))) {
    if (containsAcross(el, box) || containsAcross(box, el)) continue;
    if (el.closest('[data-calm-reply-box], textarea, [contenteditable]:not([contenteditable="false"])')) continue;
    if (ref && el.getRootNode() === ref.getRootNode() && !precedes(el, ref)) continue;
    if (visibleText(el) === '') continue;
    best = el;
  }
  return best;
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
  const chain = ancestorsAcross(box);
  for (let i = 1; i < chain.length; i++) {
    const scope = chain[i]!;
    // The box's branch inside this scope, to compare document order in the same tree.
    const ref = chain.slice(0, i).reverse().find((e) => e.getRootNode() === scope.getRootNode());
    const textEl = lastBefore(scope, selectors.text, box, ref);
    if (textEl) return describeReview(textEl, selectors);
  }
  return undefined;
}

const BLOCKS = 'p, blockquote, article, [role="article"], li, dd, section > div';

/**
 * No review markup at all: take the nearest substantial block of prose before the box
 * (a paragraph of at least a few words), the way a person would read the page.
 */
export function nearestProseBefore(box: Element): ReviewInfo | undefined {
  const chain = ancestorsAcross(box);
  for (let i = 1; i < chain.length && i < 8; i++) {
    const scope = chain[i]!;
    const ref = chain.slice(0, i).reverse().find((e) => e.getRootNode() === scope.getRootNode());
    let best: Element | undefined;
    for (const el of Array.from(scope.querySelectorAll(BLOCKS))) {
      if (containsAcross(el, box) || el.closest('form, nav, header, footer, label, button, [contenteditable], textarea')) continue;
      if (ref && el.getRootNode() === ref.getRootNode() && !precedes(el, ref)) continue;
      const text = visibleText(el);
      if (text.length < 20 || text.split(' ').length < 4) continue;
      best = el;
    }
    if (best) return { text: visibleText(best).slice(0, MAX_REVIEW) };
  }
  return undefined;
}
