/**
 * Reading the review a reply box answers, from the box's own card, thread or dialog.
 *
 * The reader walks up from the box (across shadow roots) and stops at the nearest ancestor that
 * holds a review: exactly one review text there is the review; several are read only when one of
 * them belongs to the card that also holds the box; otherwise nothing is read. A dialog bounds
 * the walk. Guessing costs more than saying "review not found": a neighbour's words in the panel
 * make the owner answer the wrong customer.
 *
 * Adapters pass their platform's selectors; the generic reading passes structural ones and then
 * falls back to paragraphs of prose inside the box's own card.
 */
import type { ReviewInfo } from '../messages';
import { ancestorsAcross, parentAcross } from './detect';
import { boxText } from './text';

export interface ReviewSelectors {
  /** One review (card, article, list item): bounds where author, rating and date are read. */
  container: string[];
  /**
   * The review's own words inside a container, in priority order: at each level of the walk the
   * first selector with a match decides, so list a post's message before its comments' text.
   */
  text: string[];
  author?: string[];
  rating?: string[];
  date?: string[];
  /** Optional: this platform's own dialogs, bounding the walk like `[role="dialog"]` does. */
  modal?: string[];
  /** Optional: rating hooks whose score is out of 10 (Booking.com); read as stars out of 5. */
  outOfTen?: string[];
}

/** Structural hooks that mean "a review" on most sites (schema.org, test ids, ARIA). */
export const GENERIC_REVIEW: ReviewSelectors = {
  container: ['[itemprop="review"]', '[data-review-id]', '[data-testid*="review" i]', 'article', '[role="article"]', 'li'],
  text: ['[itemprop="reviewBody"]', '[data-testid*="review-text" i]', '[data-testid*="reviewtext" i]', '[data-testid*="review-body" i]', '[class*="review-text" i]', '[class*="reviewText" i]', '[class*="review-body" i]', 'blockquote', 'q'],
  author: ['[itemprop="author"]', '[data-testid*="author" i]', '[class*="author" i]', '[class*="reviewer" i]'],
  // Ratings are often only in an aria-label, a title or an image's alt ("Rated 4 out of 5").
  rating: [
    '[itemprop="ratingValue"]', '[data-rating]', '[aria-label*="star" i]', '[aria-label*="rated" i]', '[aria-label*="out of" i]',
    'img[alt*="star" i]', 'img[alt*="rated" i]', 'img[alt*="out of" i]', '[title*="star" i]', '[title*="rated" i]', '[title*="out of" i]',
    '[class*="rating" i]', '[class*="stars" i]',
  ],
  date: ['time', '[itemprop="datePublished"]', '[class*="date" i]'],
};

const MAX_REVIEW = 5000;
/** Dialogs bound the walk: a box in a modal answers what the modal shows. */
const MODAL = '[role="dialog"], [role="alertdialog"], [aria-modal="true"], .modal-dialog, dialog';
const INSIDE_BOX = '[data-calm-reply-box], textarea, [contenteditable]:not([contenteditable="false"])';
/** Where author, rating and date are not: the owner's own reply form inside the card. */
const OWNER_FORM = '[data-calm-reply-box], textarea, form, [contenteditable]:not([contenteditable="false"])';

function clean(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

function visibleText(el: Element): string {
  // innerText honours layout (hidden "Read more" copies); jsdom lacks it, so fall back to textContent.
  const inner = (el as HTMLElement).innerText;
  return clean(typeof inner === 'string' && inner !== '' ? inner : el.textContent ?? '');
}

const validity = new Map<string, boolean>();
/** Drop selectors the browser rejects, so one bad hint in an adapter never breaks the reading. */
function valid(selectors: readonly string[] | undefined): string[] {
  const out: string[] = [];
  for (const sel of selectors ?? []) {
    let ok = validity.get(sel);
    if (ok === undefined) {
      try {
        document.createDocumentFragment().querySelector(sel);
        ok = true;
      } catch {
        ok = false;
      }
      validity.set(sel, ok);
    }
    if (ok) out.push(sel);
  }
  return out;
}

function closestAcross(el: Element | null, selector: string): Element | undefined {
  if (!selector) return undefined;
  for (let cur = el; cur; cur = parentAcross(cur)) if (cur.matches(selector)) return cur;
  return undefined;
}

/** Does `outer` hold `inner`, counting shadow trees inside `outer`? */
function holds(outer: Element, inner: Element): boolean {
  for (let cur: Element | null = inner; cur; cur = parentAcross(cur)) if (cur === outer) return true;
  return false;
}

/** Does `a` come before `b` in the document (both in the same tree)? */
function precedes(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/** The trees to search, from the anchor's own tree (document or shadow root) outwards. */
function scopesOutward(anchor: Element): Array<Document | ShadowRoot> {
  const out: Array<Document | ShadowRoot> = [];
  let ref: Element | null = anchor;
  while (ref) {
    const root = ref.getRootNode();
    if (!(root instanceof Document || root instanceof ShadowRoot)) break;
    out.push(root);
    ref = root instanceof ShadowRoot ? root.host : null;
  }
  return out;
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

// ---- the selectors one reading works with ------------------------------------------------

interface Hooks {
  sels: ReviewSelectors;
  text: string[];
  textAll: string;
  container: string;
  author: string;
  modal: string;
}

function hooksOf(sels: ReviewSelectors): Hooks {
  const text = valid(sels.text);
  return {
    sels,
    text,
    textAll: text.join(', '),
    container: valid(sels.container).join(', '),
    author: valid(sels.author).join(', '),
    modal: [MODAL, ...valid(sels.modal)].join(', '),
  };
}

/**
 * A match that is only a name (Instagram's username spans match the comment selector too): the
 * whole text of an author element, or of a short link.
 */
function isNameOnly(el: Element, author: string): boolean {
  const text = clean(el.textContent ?? '');
  const named = author ? el.closest(author) : null;
  if (named && clean(named.textContent ?? '') === text) return true;
  const link = el.closest('a');
  return !!link && clean(link.textContent ?? '') === text && text.split(' ').length <= 4;
}

// ---- the walk ------------------------------------------------------------------------------

/** Where one reading starts: the box (or, for a modal's label, the element the page points at). */
interface Walk {
  anchor: Element;
  isBox: boolean;
  /** The anchor and its ancestors across shadow roots; index = level. */
  chain: Element[];
  /** For any element seen: the level of its lowest common ancestor with the anchor. */
  level: Map<Element, number>;
  /** The nearest modal holding the anchor (level), if any. */
  modal?: number;
}

function startWalk(anchor: Element, isBox: boolean, modal: string): Walk {
  const chain = ancestorsAcross(anchor);
  const walk: Walk = { anchor, isBox, chain, level: new Map(chain.map((el, i) => [el, i])) };
  for (let i = 1; i < chain.length; i++) {
    if (chain[i]!.matches(modal)) {
      walk.modal = i;
      break;
    }
  }
  return walk;
}

/** Level of the lowest common ancestor of `el` and the anchor (-1 when unrelated); memoised. */
function levelOf(walk: Walk, el: Element): number {
  const path: Element[] = [];
  let cur: Element | null = el;
  while (cur && !walk.level.has(cur)) {
    path.push(cur);
    cur = parentAcross(cur);
  }
  const at = cur ? walk.level.get(cur)! : -1;
  for (const p of path) walk.level.set(p, at);
  return at;
}

/** The child of the level-`level` ancestor that holds `el` (the card `el` sits in, seen from there). */
function childAt(walk: Walk, el: Element, level: number): Element {
  const top = walk.chain[level];
  let cur = el;
  for (let p = parentAcross(cur); p && p !== top; p = parentAcross(p)) cur = p;
  return cur;
}

interface Found {
  parts: Element[];
  /** The selector that decided, so the card check counts only reviews of the same kind. */
  selector: string;
}
/** Found, nothing at all (a fallback may try), or a decision that the review is not on the page. */
type Outcome = Found | 'none' | 'stop';

/**
 * Every text match the walk may read, grouped by level. One selector pass per tree (the box's
 * shadow trees outwards to the document), so a page of 70,000 elements costs what one
 * querySelectorAll does, plus a memoised climb from each match.
 */
function matchesByLevel(walk: Walk, hooks: Hooks, maxLevel: number): Map<number, Element[]> {
  const out = new Map<number, Element[]>();
  if (!hooks.textAll) return out;
  for (const scope of scopesOutward(walk.anchor)) {
    const all = scope.querySelectorAll(hooks.textAll);
    let kept: Element | undefined;
    for (let i = 0; i < all.length; i++) {
      const el = all[i]!;
      // Nested matches (a message wrapper and its inner div) are one review: keep the outer.
      if (kept && kept.contains(el)) continue;
      const level = levelOf(walk, el);
      if (level < 0 || level > maxLevel || walk.chain[level] === el) continue;
      if (level === 0 && walk.isBox) continue;
      if (el.closest(INSIDE_BOX)) continue;
      if (clean(el.textContent ?? '') === '') continue;
      kept = el;
      if (isNameOnly(el, hooks.author)) continue;
      const list = out.get(level);
      if (list) list.push(el);
      else out.set(level, [el]);
    }
  }
  return out;
}

function ownCard(el: Element, hooks: Hooks): Element | undefined {
  return closestAcross(parentAcross(el), hooks.container);
}

/** Class names as a set, for comparing two siblings. */
function classes(el: Element): Set<string> {
  return new Set(Array.from(el.classList));
}

function dataNames(el: Element): string {
  return Array.from(el.attributes)
    .map((a) => a.name)
    .filter((n) => n.startsWith('data-') && !n.startsWith('data-calm'))
    .sort()
    .join(' ');
}

/**
 * Two siblings built by the same component: cards of one list. Same tag and role, the same data
 * attributes, and mostly the same classes (an open card may carry one more, "is-open").
 */
function alike(a: Element, b: Element): boolean {
  if (a.tagName !== b.tagName || a.getAttribute('role') !== b.getAttribute('role')) return false;
  if (dataNames(a) !== dataNames(b)) return false;
  const ca = classes(a);
  const cb = classes(b);
  if (ca.size === 0 && cb.size === 0) return /^(LI|ARTICLE|TR)$/.test(a.tagName) || a.hasAttribute('role') || dataNames(a) !== '';
  let shared = 0;
  for (const c of ca) if (cb.has(c)) shared++;
  return shared / (ca.size + cb.size - shared) >= 0.5;
}

/** The first selector (in the adapter's order) with a match among `els`, and its matches. */
function firstKind(els: Element[], hooks: Hooks): { selector: string; els: Element[] } | undefined {
  for (const selector of hooks.text) {
    const hit = els.filter((el) => el.matches(selector));
    if (hit.length) return { selector, els: hit };
  }
  return undefined;
}

/** Several matches that are one review in parts (paragraphs of one card): same parent, same card. */
function oneReview(els: Element[], hooks: Hooks): boolean {
  const parent = els[0]!.parentElement;
  const card = ownCard(els[0]!, hooks);
  return !!parent && els.every((el) => el.parentElement === parent && ownCard(el, hooks) === card);
}

/**
 * The box sits in a reply cell of its own right after the review's card (X's inline composer,
 * a reply panel under a review card): the box's cell is no review card, the cell just before it
 * is one, and that cell holds exactly one review.
 */
function replyCell(walk: Walk, hooks: Hooks, level: number, matches: Element[]): Found | undefined {
  const cell = walk.chain[level - 1];
  if (!cell || !hooks.container || cell.matches(hooks.container) || cell.querySelector(hooks.container)) return undefined;
  let prev = cell.previousElementSibling;
  while (prev && clean(prev.textContent ?? '') === '') prev = prev.previousElementSibling;
  if (!prev || alike(prev, cell) || !(prev.matches(hooks.container) || prev.querySelector(hooks.container))) return undefined;
  const inPrev = matches.filter((m) => prev.contains(m));
  const kind = firstKind(inPrev, hooks);
  if (!kind) return undefined;
  if (kind.els.length === 1 || oneReview(kind.els, hooks)) return { parts: kind.els, selector: kind.selector };
  return undefined;
}

/** The box's own card: the nearest review container holding it, and its level. */
function boxCard(walk: Walk, hooks: Hooks): { el: Element; level: number } | undefined {
  if (!hooks.container) return undefined;
  for (let i = 1; i < walk.chain.length; i++) if (walk.chain[i]!.matches(hooks.container)) return { el: walk.chain[i]!, level: i };
  return undefined;
}

/** Does `el` (held by the level-`level` ancestor) come after the box there? */
function follows(walk: Walk, el: Element, level: number): boolean {
  const cell = walk.chain[level - 1];
  const child = childAt(walk, el, level);
  return !!cell && child.getRootNode() === cell.getRootNode() && precedes(cell, child);
}

/** What the matches at one level (the nearest holding any) say about the review. */
function decide(walk: Walk, hooks: Hooks, level: number, matches: Element[]): Outcome {
  const inBoxCard = (el: Element) => {
    const card = ownCard(el, hooks);
    return !!card && holds(card, walk.anchor);
  };
  // A reply box answers what comes before it. Texts only after it are the replies under it
  // (LinkedIn's box sits above the comments): look further up, unless they are in the box's own
  // card (a box above its review) or in a card like the box's (the next review of a list).
  if (matches.every((el) => follows(walk, el, level))) {
    const kind = firstKind(matches, hooks)!;
    if (kind.els.length === 1 && inBoxCard(kind.els[0]!)) return { parts: kind.els, selector: kind.selector };
    const cell = walk.chain[level - 1]!;
    return matches.some((el) => alike(cell, childAt(walk, el, level))) ? 'stop' : 'none';
  }
  const kind = firstKind(matches, hooks);
  if (!kind) return 'none';
  const { selector, els } = kind;
  if (els.length === 1) {
    const el = els[0]!;
    if (inBoxCard(el)) return { parts: els, selector };
    // One review here, but in a card like the box's own: the box's card holds no review of its
    // own (a photo-only review, an empty one), and this is its neighbour's.
    const cell = walk.chain[level - 1];
    if (cell && alike(cell, childAt(walk, el, level))) return 'stop';
    const mine = boxCard(walk, hooks);
    const theirs = ownCard(el, hooks);
    if (mine && mine.level < level && theirs && hooks.container.split(', ').some((c) => mine.el.matches(c) && theirs.matches(c))) return 'stop';
    return { parts: els, selector };
  }
  // Several: the one whose own card also holds the box (a post's message, not its comments).
  const mine = els.filter(inBoxCard);
  if (mine.length === 1) return { parts: mine, selector };
  if (mine.length > 1) {
    if (oneReview(mine, hooks)) return { parts: mine, selector };
    // One card holding the review and, after the box, something else of the same kind.
    const before = mine.filter((el) => !follows(walk, el, level));
    if (before.length === 1) return { parts: before, selector };
    return 'stop';
  }
  return replyCell(walk, hooks, level, matches) ?? 'stop';
}

/** "@name " typed or prefilled at the start of the box: the owner answers that person's comment. */
function mentionIn(box: Element): string | undefined {
  let text: string;
  try {
    text = boxText(box).slice(0, 200);
  } catch {
    return undefined;
  }
  const m = /^\s*@([\p{L}\p{N}._-]{1,60})(?:[\s\u00a0]|$)/u.exec(text);
  return m ? m[1]!.toLowerCase() : undefined;
}

function nameKey(s: string): string {
  return clean(s).toLowerCase().replace(/^(@|u\/)/, '').replace(/[:,]+$/, '');
}

/** Is `el` (a comment's text) written by `name`? Its card's author element or profile link says. */
function writtenBy(walk: Walk, hooks: Hooks, el: Element, name: string): boolean {
  const card = ownCard(el, hooks);
  let scope: Element | null = card && !holds(card, walk.anchor) ? card : null;
  if (!scope) {
    // No card of its own: the nearest two levels around the text that do not hold the box.
    scope = el.parentElement;
    const up = scope?.parentElement;
    if (up && !holds(up, walk.anchor)) scope = up;
  }
  if (!scope || holds(scope, walk.anchor)) return false;
  const who = [hooks.author, 'a'].filter(Boolean).join(', ');
  for (const a of Array.from(scope.querySelectorAll(who))) {
    if (a === el || el.contains(a)) continue;
    const names = [a.textContent ?? '', a.getAttribute('aria-label') ?? '', a.getAttribute('title') ?? ''];
    const href = a.getAttribute('href');
    if (href) names.push(href.replace(/[?#].*$/, '').replace(/\/+$/, '').split('/').pop() ?? '');
    for (const n of names) {
      const key = nameKey(n);
      if (key && (key === name || key.split(' ')[0] === name)) return true;
    }
  }
  return false;
}

function readMention(walk: Walk, hooks: Hooks, byLevel: Map<number, Element[]>, name: string): Outcome {
  const hits: Element[] = [];
  for (const level of [...byLevel.keys()].sort((a, b) => a - b)) {
    for (const el of byLevel.get(level)!) if (writtenBy(walk, hooks, el, name)) hits.push(el);
    if (!hits.length) continue;
    if (hits.length === 1) return { parts: hits, selector: hooks.textAll };
    const mine = hits.filter((el) => {
      const card = ownCard(el, hooks);
      return !!card && holds(card, walk.anchor);
    });
    // Several comments by that person and nothing says which: do not guess.
    return mine.length === 1 ? { parts: mine, selector: hooks.textAll } : 'stop';
  }
  return 'none';
}

/** Elements the page names as what a modal is about: its label or description, or its opener. */
function modalSubjects(modal: Element): Element[] {
  const root = modal.getRootNode() as Document | ShadowRoot;
  const out: Element[] = [];
  for (const attr of ['aria-describedby', 'aria-labelledby']) {
    for (const id of (modal.getAttribute(attr) ?? '').split(/\s+/)) {
      const el = id ? root.getElementById(id) : null;
      if (el && !holds(modal, el)) out.push(el);
    }
  }
  const id = modal.id;
  if (id) {
    const opener = root.querySelector(`[aria-controls~="${id.replace(/["\\]/g, '\\$&')}"][aria-expanded="true"]`);
    if (opener && !holds(modal, opener)) out.push(opener);
  }
  return out;
}

function walkFor(anchor: Element, isBox: boolean, hooks: Hooks, followModal: boolean): Outcome {
  const walk = startWalk(anchor, isBox, hooks.modal);
  // The page points at the review itself (a modal labelled by the review's text).
  if (!isBox && hooks.textAll && anchor.matches(hooks.textAll) && clean(anchor.textContent ?? '')) return { parts: [anchor], selector: hooks.textAll };
  const maxLevel = walk.modal ?? walk.chain.length - 1;
  const byLevel = matchesByLevel(walk, hooks, maxLevel);
  const name = isBox ? mentionIn(anchor) : undefined;
  if (name) {
    const mention = readMention(walk, hooks, byLevel, name);
    if (mention !== 'none') return mention;
  }
  for (const level of [...byLevel.keys()].sort((a, b) => a - b)) {
    const outcome = decide(walk, hooks, level, byLevel.get(level)!);
    if (outcome !== 'none') return outcome;
  }
  if (walk.modal !== undefined && followModal) {
    // A modal with no review in it: read the review the page says it is about, if it says.
    for (const subject of modalSubjects(walk.chain[walk.modal]!)) {
      const outcome = walkFor(subject, false, hooks, false);
      if (outcome !== 'none') return outcome;
    }
  }
  return 'none';
}

// ---- author, rating and date ---------------------------------------------------------------

/** Does `card` hold no review of `selector`'s kind besides `parts`? */
function ownsOnly(card: Element, parts: Element[], selector: string, hooks: Hooks): boolean {
  if (!selector) return true;
  for (const el of Array.from(card.querySelectorAll(selector))) {
    if (parts.some((p) => p === el || p.contains(el) || el.contains(p))) continue;
    if (el.closest(INSIDE_BOX) || clean(el.textContent ?? '') === '' || isNameOnly(el, hooks.author)) continue;
    return false;
  }
  return true;
}

/**
 * The review's card for author, rating and date: the adapter's containers first, each only if it
 * holds this one review (never the list around several).
 */
function cardFor(parts: Element[], hooks: Hooks, selector: string): Element | undefined {
  const first = parts[0]!;
  const rejected: Element[] = [];
  for (const sel of valid(hooks.sels.container)) {
    const card = closestAcross(parentAcross(first), sel);
    if (!card || rejected.some((r) => holds(card, r))) continue;
    if (ownsOnly(card, parts, selector, hooks)) return card;
    rejected.push(card);
  }
  return undefined;
}

function candidates(card: Element, selectors: string[] | undefined, parts: Element[]): Element[] {
  const out: Element[] = [];
  for (const sel of valid(selectors)) {
    for (const el of Array.from(card.querySelectorAll(sel))) {
      if (parts.some((p) => el === p || el.contains(p) || p.contains(el))) continue;
      // The owner's reply form inside the card is no part of the review.
      const form = el.closest(OWNER_FORM);
      if (form && form !== card && card.contains(form)) continue;
      out.push(el);
    }
  }
  return out;
}

/** What an element says, in words or, when it shows none, in its label, title or image alt. */
function spoken(el: Element): string {
  const text = visibleText(el);
  if (text) return text;
  const img = el.matches('img') ? el : el.querySelector('img[alt]');
  return clean(el.getAttribute('aria-label') ?? el.getAttribute('title') ?? img?.getAttribute('alt') ?? '');
}

function fill(review: ReviewInfo, card: Element, hooks: Hooks, parts: Element[]): ReviewInfo {
  const sels = hooks.sels;
  for (const el of candidates(card, sels.author, parts)) {
    const name = firstName(spoken(el));
    if (name) {
      review.author = name;
      break;
    }
  }
  for (const el of candidates(card, sels.rating, parts)) {
    const n = parseRating(el);
    if (n !== undefined) {
      // A score out of 10 becomes stars out of 5 (9.0 → 4.5), so the panel and the reply read it alike.
      review.rating = sels.outOfTen?.some((s) => el.matches(s)) ? Math.round(n * 5) / 10 : n;
      break;
    }
  }
  for (const el of candidates(card, sels.date, parts)) {
    // A machine date first; an absolute date in a tooltip beats "3 weeks ago" on screen.
    const attr = el.getAttribute('datetime') ?? el.getAttribute('content');
    const tip = el.getAttribute('title') ?? el.getAttribute('aria-label');
    const date = attr || (tip && /\b\d{4}\b/.test(tip) ? clean(tip) : '') || spoken(el);
    if (date) {
      review.date = date;
      break;
    }
  }
  return review;
}

function describeParts(parts: Element[], hooks: Hooks, selector: string, fallbackCard?: Element): ReviewInfo {
  const review: ReviewInfo = { text: clean(parts.map(visibleText).join(' ')).slice(0, MAX_REVIEW) };
  const card = cardFor(parts, hooks, selector) ?? fallbackCard ?? parts[0]!.parentElement;
  return card ? fill(review, card, hooks, parts) : review;
}

/** Fill author, rating and date from the container around the review text. */
export function describeReview(textEl: Element, selectors: ReviewSelectors): ReviewInfo {
  const hooks = hooksOf(selectors);
  const selector = hooks.text.find((s) => textEl.matches(s)) ?? hooks.textAll;
  return describeParts([textEl], hooks, selector);
}

// ---- prose, when there is no review markup ------------------------------------------------

const BLOCKS = 'p, blockquote, article, [role="article"], li, dd, section > div';
/** Prose further up than this many ancestors is page content, not the review this box answers. */
const NEAR = 8;
const NOT_PROSE = 'form, nav, header, footer, label, button';

function isProse(el: Element): boolean {
  const text = clean(el.textContent ?? '');
  return text.length >= 20 && text.split(' ').length >= 4;
}

/**
 * No review markup at all: the nearest substantial block of prose before the box, inside the
 * box's own card (its review container, or a few levels up when there is none), and never in a
 * card like the box's own (that is a neighbour's review).
 */
function proseFor(box: Element, hooks: Hooks): { parts: Element[]; card?: Element } | 'none' | 'stop' {
  const walk = startWalk(box, true, hooks.modal);
  const mine = boxCard(walk, hooks);
  const bound = Math.min(NEAR, walk.modal ?? Infinity, mine?.level ?? Infinity, walk.chain.length - 1);
  let found: Element | undefined;
  let level = -1;
  // Prose can only come from inside the bound: query that ancestor, not the whole page.
  const top = walk.chain[bound]!;
  for (const scope of scopesOutward(box)) {
    const ref = walk.chain.find((el) => el.getRootNode() === scope) ?? box;
    const inTop = top.getRootNode() === scope;
    const all = (inTop ? top : scope).querySelectorAll(BLOCKS);
    for (let i = all.length - 1; i >= 0; i--) {
      const el = all[i]!;
      if (el.contains(ref) || ref.contains(el) || !precedes(el, ref)) continue;
      // Going back through the page the common ancestor only rises: past the bound, stop.
      const at = levelOf(walk, el);
      if (at < 0 || at > bound) break;
      if (el.closest(NOT_PROSE) || el.closest(INSIDE_BOX) || !isProse(el)) continue;
      found = el;
      level = at;
      break;
    }
    if (found || inTop) break;
  }
  if (!found) return (mine && mine.level <= NEAR) || walk.modal !== undefined ? 'stop' : 'none';
  const cell = walk.chain[level - 1];
  if (cell && alike(cell, childAt(walk, found, level))) return 'stop';
  // Paragraphs of one review: the run of sibling paragraphs ending at the nearest one.
  const parts = [found];
  if (found.tagName === 'P') {
    for (let p = found.previousElementSibling; p && p.tagName === 'P' && isProse(p); p = p.previousElementSibling) parts.unshift(p);
  }
  const near = closestAcross(parentAcross(found), hooks.container);
  const card = near && levelOf(walk, near) <= Math.max(level, mine?.level ?? level) ? near : walk.chain[level];
  return { parts, card };
}

/**
 * No review markup at all: the nearest substantial block of prose before the box, from the
 * box's own card only, with the author, rating and date that card shows.
 */
export function nearestProseBefore(box: Element, selectors: ReviewSelectors = GENERIC_REVIEW): ReviewInfo | undefined {
  try {
    if (!box.isConnected) return undefined;
    const hooks = hooksOf(selectors);
    const prose = proseFor(box, hooks);
    if (typeof prose === 'string') return undefined;
    return fill({ text: clean(prose.parts.map(visibleText).join(' ')).slice(0, MAX_REVIEW) }, prose.card ?? prose.parts[0]!.parentElement ?? prose.parts[0]!, hooks, prose.parts);
  } catch {
    return undefined;
  }
}

// ---- the reading -------------------------------------------------------------------------

function outcomeFor(box: Element, hooks: Hooks): ReviewInfo | 'none' | 'stop' {
  const outcome = walkFor(box, true, hooks, true);
  if (typeof outcome === 'string') return outcome;
  return describeParts(outcome.parts, hooks, outcome.selector);
}

/** The review `box` answers, using `selectors`; undefined when its card, thread or dialog holds none. */
export function findReview(box: Element, selectors: ReviewSelectors): ReviewInfo | undefined {
  try {
    if (!box.isConnected) return undefined;
    const found = outcomeFor(box, hooksOf(selectors));
    return typeof found === 'string' ? undefined : found;
  } catch {
    // A card re-rendered mid-read, a selector the page's engine rejects: "not found", never a throw.
    return undefined;
  }
}

/** Review hooks that mark a list of reviews: with two of them the page is no single article. */
const CARD_HOOKS = '[itemprop="review"], [data-review-id], [data-testid*="review" i], [role="article"], article';

/**
 * Whether the page is one review or article answered by one box, so reading the whole page
 * (Readability) cannot pick up a neighbour: exactly one reply box and no list of review cards.
 */
export function isSingleReviewPage(doc: Document, containers: string[] = []): boolean {
  const boxes = doc.querySelectorAll('textarea, [contenteditable]:not([contenteditable="false"])');
  let outer = 0;
  for (let i = 0; i < boxes.length; i++) {
    const el = boxes[i]!;
    if (!el.parentElement?.closest('[contenteditable]:not([contenteditable="false"])')) outer++;
  }
  if (outer > 1) return false;
  const cards = [CARD_HOOKS, ...valid(containers).filter((c) => !/^(li|tr|article)$/i.test(c))].join(', ');
  return doc.querySelectorAll(cards).length < 2;
}

/**
 * The whole reading for one box: the adapter's own selectors, then the generic hooks, then prose
 * in the box's own card, then (on a page that is one review) the whole page. A reading that
 * decided the review is not on the page (a photo-only review, several candidates, an empty
 * modal) ends there: a fallback would only guess.
 */
export function readReviewFor(
  box: Element,
  own: ReviewSelectors | undefined,
  wholePage?: (doc: Document) => ReviewInfo | undefined,
): ReviewInfo | undefined {
  try {
    if (!box.isConnected) return undefined;
    const generic = hooksOf(own ? { ...own, text: GENERIC_REVIEW.text } : GENERIC_REVIEW);
    for (const hooks of own?.text.length ? [hooksOf(own), generic] : [generic]) {
      const found = outcomeFor(box, hooks);
      if (found === 'stop') return undefined;
      if (found !== 'none') return found;
    }
    const prose = proseFor(box, generic);
    if (prose === 'stop') return undefined;
    if (prose !== 'none') {
      return fill({ text: clean(prose.parts.map(visibleText).join(' ')).slice(0, MAX_REVIEW) }, prose.card ?? prose.parts[0]!.parentElement!, generic, prose.parts);
    }
    if (wholePage && isSingleReviewPage(box.ownerDocument, own?.container)) return wholePage(box.ownerDocument);
    return undefined;
  } catch {
    return undefined;
  }
}
