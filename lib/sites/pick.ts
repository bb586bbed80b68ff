/**
 * "Pick the review on the page": when Calm Reply found no review, or the wrong one, the owner clicks
 * the review's words. A transparent layer over the page (in its own closed shadow root) catches the
 * pointer, so the page sees no click, hover or focus change of ours; the block under the pointer is
 * outlined; a click picks it, Escape or the layer's button cancels. Nothing of the page is changed.
 *
 * The choice is remembered for the box: for this page's life by the elements themselves, and across
 * reloads by a locator (how to get from the box to the review through the page's structure), which the
 * content script keeps in extension storage, keyed by the page and the box.
 */
import type { ReviewInfo } from '../messages';
import { describeReview, GENERIC_REVIEW } from './review';

export interface PickOptions {
  /** The reply box the review is picked for: never picked itself, nor anything holding it. */
  box: Element;
  signal: AbortSignal;
  onPick(review: Element): void;
  onCancel(): void;
  /** Tests only: jsdom's events are never trusted. */
  isTrusted?: (event: Event) => boolean;
  /** Tests only: jsdom has no layout, so no elementsFromPoint. */
  elementsAt?: (x: number, y: number) => Element[];
}

export interface Picker {
  /** The element the owner is pointing at, outlined; undefined when nothing there can be a review. */
  readonly pointed: Element | undefined;
  cancel(): void;
}

const HOST = 'calm-reply-picker';
/** Fewer characters than this is a label, a name or a star, not the review. */
const MIN_TEXT = 12;
/** How far up from the pointed word to look for a block with enough text. */
const MAX_CLIMB = 6;
const EDITABLE = 'textarea, input, [contenteditable]:not([contenteditable="false"]), [data-calm-reply-box]';

const clean = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

/**
 * The block the owner means when pointing at `el`: the element itself or the nearest ancestor with
 * enough text, never the box, anything inside an editable, or anything that holds the box (that would
 * be the whole card with the draft in it).
 */
export function reviewBlockAt(el: Element | null | undefined, box: Element): Element | undefined {
  let node: Element | null | undefined = el;
  for (let i = 0; node && i <= MAX_CLIMB; i++, node = node.parentElement) {
    if (node === box || node.contains(box) || box.contains(node)) return undefined;
    if (node.closest(EDITABLE)) return undefined;
    if (node.localName === HOST || node === node.ownerDocument.body || node === node.ownerDocument.documentElement) return undefined;
    if (clean(node.textContent ?? '').length >= MIN_TEXT) return node;
  }
  return undefined;
}

/** The review as the panel shows it, read from the picked block (author, rating, date from its card). */
export function readPicked(el: Element): ReviewInfo | undefined {
  const review = describeReview(el, GENERIC_REVIEW);
  if (!review.text) return undefined;
  review.picked = true;
  return review;
}

export function startPicking(doc: Document, options: PickOptions): Picker {
  const { box, signal } = options;
  const trusted = options.isTrusted ?? ((e: Event) => e.isTrusted);
  const at = options.elementsAt ?? ((x: number, y: number) => doc.elementsFromPoint(x, y));
  const stop = new AbortController();
  const done = () => stop.abort();
  signal.addEventListener('abort', done, { once: true });

  const host = doc.createElement(HOST);
  const root = host.attachShadow({ mode: 'closed' });
  root.innerHTML = `<style>
    :host { all: initial; }
    .layer { position: fixed; inset: 0; z-index: 2147483646; cursor: crosshair; background: transparent; }
    .outline { position: fixed; pointer-events: none; z-index: 2147483646; border: 2px solid #2563eb; background: rgba(37, 99, 235, 0.08); border-radius: 4px; display: none; }
    .bar { position: fixed; top: 12px; left: 50%; transform: translateX(-50%); z-index: 2147483647; display: flex; gap: 12px; align-items: center;
      font: 14px/1.4 system-ui, sans-serif; color: #0f172a; background: #fff; border: 1px solid #94a3b8; border-radius: 8px; padding: 8px 12px; box-shadow: 0 4px 16px rgba(0,0,0,.15); }
    button { font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid #64748b; background: #f8fafc; cursor: pointer; }
  </style>
  <div class="layer" part="layer"></div>
  <div class="outline"></div>
  <div class="bar" role="status"><span class="say">Calm Reply: click the review you are answering.</span><button type="button">Cancel (Esc)</button></div>`;
  const outline = root.querySelector<HTMLElement>('.outline')!;
  const say = root.querySelector<HTMLElement>('.say')!;
  const cancelButton = root.querySelector<HTMLButtonElement>('button')!;
  (doc.body ?? doc.documentElement).appendChild(host);

  let pointed: Element | undefined;
  const under = (x: number, y: number) => at(x, y).find((e) => e !== host && !host.contains(e) && e.localName !== HOST);
  const point = (x: number, y: number) => {
    pointed = reviewBlockAt(under(x, y), box);
    if (!pointed) {
      outline.style.display = 'none';
      return;
    }
    const r = pointed.getBoundingClientRect();
    Object.assign(outline.style, { display: 'block', left: `${r.left - 2}px`, top: `${r.top - 2}px`, width: `${r.width}px`, height: `${r.height}px` });
  };
  const opts = { signal: stop.signal };
  // Listened for on the host: the layer's events reach it retargeted (the shadow root is closed), and
  // the Cancel button stops its own click before it gets there.
  host.addEventListener('mousemove', (e) => point(e.clientX, e.clientY), opts);
  host.addEventListener(
    'click',
    (e) => {
      e.preventDefault();
      e.stopPropagation();
      if (!trusted(e)) return;
      point(e.clientX, e.clientY);
      if (!pointed) {
        say.textContent = 'That has no words to read. Click the text of the review.';
        return;
      }
      const chosen = pointed;
      done();
      options.onPick(chosen);
    },
    opts,
  );
  const cancel = () => {
    if (stop.signal.aborted) return;
    done();
    options.onCancel();
  };
  cancelButton.addEventListener(
    'click',
    (e) => {
      e.stopPropagation();
      if (trusted(e)) cancel();
    },
    opts,
  );
  doc.addEventListener('keydown', (e) => e.key === 'Escape' && trusted(e) && cancel(), { ...opts, capture: true });
  stop.signal.addEventListener('abort', () => host.remove(), { once: true });

  return {
    get pointed() {
      return pointed;
    },
    cancel,
  };
}

/** How to get from the box to the picked review: up to their common ancestor, then down by child index. */
export interface PickLocator {
  up: number;
  down: Array<{ i: number; tag: string }>;
  /** The first words of the review when picked, to check a re-found element is still it. */
  starts: string;
}

export function locatorOf(box: Element, review: Element): PickLocator | undefined {
  let common: Element | null = box.parentElement;
  let up = 1;
  while (common && !common.contains(review)) {
    common = common.parentElement;
    up++;
  }
  if (!common) return undefined;
  const down: PickLocator['down'] = [];
  for (let el: Element = review; el !== common; el = el.parentElement!) {
    down.unshift({ i: Array.prototype.indexOf.call(el.parentElement!.children, el), tag: el.localName });
  }
  return { up, down, starts: clean(review.textContent ?? '').slice(0, 40) };
}

/** The element a locator leads to from this box, if it is still there and still starts the same. */
export function followLocator(box: Element, locator: PickLocator): Element | undefined {
  let el: Element | null = box;
  for (let i = 0; i < locator.up && el; i++) el = el.parentElement;
  for (const step of locator.down) {
    const next: Element | undefined = el?.children[step.i];
    if (!next || next.localName !== step.tag) return undefined;
    el = next;
  }
  if (!el || el === box) return undefined;
  const text = clean(el.textContent ?? '');
  return text !== '' && text.startsWith(locator.starts.slice(0, 20)) ? el : undefined;
}

/** Which box on this page a remembered pick belongs to: the page without its query, and the box's own label or place. */
export function pickKeyOf(box: Element, href: string): string {
  let page = href;
  try {
    const u = new URL(href);
    page = `${u.origin}${u.pathname}`;
  } catch {
    // Not a URL (about:blank frames): the address as given.
  }
  const label = box.getAttribute('aria-label') ?? box.getAttribute('name') ?? box.getAttribute('placeholder') ?? box.id;
  const doc = box.ownerDocument;
  const same = Array.from(doc.querySelectorAll(box.localName));
  return `${page}|${box.localName}|${label ?? ''}|${same.indexOf(box)}`;
}
