/**
 * "Pick the review on the page" in jsdom: the owner's click on the review's words gives the panel that
 * review (marked as picked), Escape gives back the page as it was, "Forget it" reads the page again,
 * and a remembered pick is applied on the next visit only where the page still holds the same review.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentToBackground, DraftUpdate } from '@/lib/messages';
import { adapterFor } from '@/lib/sites';
import { BOX_ATTR, startController } from '@/lib/sites/controller';
import { followLocator, locatorOf, pickKeyOf, reviewBlockAt, type PickLocator } from '@/lib/sites/pick';

const PAGE = `
  <div class="card" id="c1"><div class="who">Ann</div><div class="words" id="r1">The soup arrived cold and the bread was stale.</div>
    <textarea aria-label="Reply to Ann" id="b1"></textarea></div>
  <div class="card" id="c2"><div class="who">Ben</div><div class="words" id="r2"><span id="w2">Booked a quiet room and got one over the bar.</span></div>
    <textarea aria-label="Reply to Ben" id="b2"></textarea></div>`;

let sent: ContentToBackground[];
let abort: AbortController;
let store: Map<string, PickLocator>;
let pointAt: Element | undefined;
const frame = () => new Promise((r) => setTimeout(r, 120));

function start() {
  sent = [];
  abort = new AbortController();
  return startController({
    doc: document,
    signal: abort.signal,
    adapterFor: (href) => adapterFor(href),
    send: (m) => sent.push(m),
    canOpenPanel: true,
    rescanDelay: 10,
    isTrusted: () => true,
    elementsAt: () => (pointAt ? [pointAt] : []),
    picks: {
      load: async (key) => store.get(key),
      save: async (key, locator) => void (locator ? store.set(key, locator) : store.delete(key)),
    },
  });
}
const lastDraft = () => sent.filter((m): m is DraftUpdate => m.type === 'draft').at(-1);
const host = () => document.querySelector('calm-reply-picker');
const clickLayer = () => host()!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: 5, clientY: 5 }));

beforeEach(() => {
  document.body.innerHTML = PAGE;
  store = new Map();
  pointAt = undefined;
});
afterEach(() => abort?.abort());

describe('the block the owner points at', () => {
  it('is the words pointed at, or the nearest block with enough of them', () => {
    document.body.innerHTML = PAGE;
    const box = document.getElementById('b2')!;
    expect(reviewBlockAt(document.getElementById('w2'), box)?.id).toBe('w2');
    // A short label climbs to its block: "Ben" alone is too short to be a review, its card holds the box.
    expect(reviewBlockAt(document.querySelector('#c2 .who'), box)).toBeUndefined();
    expect(reviewBlockAt(document.querySelector('#c1 .who'), box)?.id).toBe('c1');
  });

  it('is never the box itself, a card holding the box, or another editable', () => {
    const box = document.getElementById('b2')!;
    expect(reviewBlockAt(box, box)).toBeUndefined();
    expect(reviewBlockAt(document.getElementById('c2'), box)).toBeUndefined();
    expect(reviewBlockAt(document.getElementById('b1'), box)).toBeUndefined();
    // Positive control: the neighbour's words are pickable (the owner may mean them).
    expect(reviewBlockAt(document.getElementById('r1'), box)?.id).toBe('r1');
  });
});

describe('picking through the controller', () => {
  it('a click on the review gives the panel exactly that review, marked as picked, and removes the layer', async () => {
    const c = start();
    const box = document.getElementById('b2') as HTMLTextAreaElement;
    box.focus();
    await frame();
    c.handle({ type: 'pick-review', boxId: box.getAttribute(BOX_ATTR)! });
    expect(host()).not.toBeNull();
    pointAt = document.getElementById('w2')!;
    clickLayer();
    await frame();
    expect(host()).toBeNull();
    expect(lastDraft()?.box.review).toMatchObject({ text: 'Booked a quiet room and got one over the bar.', picked: true });
    expect(store.size).toBe(1);
  });

  it('a click on nothing readable picks nothing and keeps the layer up', async () => {
    const c = start();
    const box = document.getElementById('b2')!;
    c.handle({ type: 'pick-review', boxId: box.getAttribute(BOX_ATTR)! });
    pointAt = document.body;
    clickLayer();
    await frame();
    expect(host()).not.toBeNull();
    expect(sent.some((m) => m.type === 'draft' && m.box.review?.picked)).toBe(false);
  });

  it('Escape cancels: the layer goes and the page is read as before', async () => {
    const c = start();
    const box = document.getElementById('b2')!;
    c.handle({ type: 'pick-review', boxId: box.getAttribute(BOX_ATTR)! });
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await frame();
    expect(host()).toBeNull();
    expect(lastDraft()?.box.review?.picked).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it('"Forget it" drops the pick, here and in storage', async () => {
    const c = start();
    const box = document.getElementById('b2')!;
    const boxId = box.getAttribute(BOX_ATTR)!;
    c.handle({ type: 'pick-review', boxId });
    pointAt = document.getElementById('w2')!;
    clickLayer();
    await frame();
    expect(lastDraft()?.box.review?.picked).toBe(true);
    c.handle({ type: 'forget-pick', boxId });
    await frame();
    expect(lastDraft()?.box.review?.picked).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it('a remembered pick is read on the next visit, and only while the page holds the same review', async () => {
    let c = start();
    let box = document.getElementById('b2')!;
    c.handle({ type: 'pick-review', boxId: box.getAttribute(BOX_ATTR)! });
    pointAt = document.getElementById('w2')!;
    clickLayer();
    await frame();
    abort.abort();
    // The next visit: the same page, new elements.
    document.body.innerHTML = PAGE;
    c = start();
    box = document.getElementById('b2')!;
    box.focus();
    await frame();
    expect(lastDraft()?.box.review).toMatchObject({ text: 'Booked a quiet room and got one over the bar.', picked: true });
    abort.abort();
    // The review there now is another one: the remembered pick is not applied.
    document.body.innerHTML = PAGE.replace('Booked a quiet room', 'Loved the garden and');
    c = start();
    document.getElementById('b2')!.focus();
    await frame();
    expect(lastDraft()?.box.review?.picked).toBeUndefined();
  });
});

describe('locators', () => {
  it('lead from the box to the review through the page structure', () => {
    const box = document.getElementById('b2')!;
    const loc = locatorOf(box, document.getElementById('w2')!)!;
    expect(loc).toEqual({ up: 1, down: [{ i: 1, tag: 'div' }, { i: 0, tag: 'span' }], starts: 'Booked a quiet room and got one over the' });
    expect(followLocator(box, loc)?.id).toBe('w2');
    expect(followLocator(document.getElementById('b1')!, loc)).toBeUndefined();
  });

  it('key a box by the page without its query and the box label', () => {
    const box = document.getElementById('b2')!;
    expect(pickKeyOf(box, 'https://biz.example.com/reviews?page=2#x')).toBe('https://biz.example.com/reviews|textarea|Reply to Ben|1');
  });
});
