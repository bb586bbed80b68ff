/**
 * Everything the content script does in a page, minus the browser APIs (passed in), so it can
 * be tested in jsdom: mark reply boxes as they appear (also in shadow roots and after SPA
 * navigation), send the draft at most once per animation frame, keep the badge beside the
 * focused box, and insert on request. Everything it starts stops when `signal` aborts.
 */
import type { BackgroundToContent, ContentToBackground, InsertResult } from '../messages';
import type { SiteAdapter } from './adapter';
import { createBadge, type Badge } from './badge';
import { findBoxes, replyBoxOf, shadowRootsUnder } from './detect';
import { boxText } from './text';
import { followLocator, locatorOf, pickKeyOf, readPicked, startPicking, type PickLocator, type Picker } from './pick';

export const BOX_ATTR = 'data-calm-reply-box';
/** Longest a draft waits for an animation frame before it is sent anyway, in ms. */
export const MAX_DRAFT_WAIT = 100;

export interface ControllerOptions {
  doc: Document;
  signal: AbortSignal;
  /** The adapter for the page's current address (re-asked after SPA navigation). */
  adapterFor(href: string): SiteAdapter;
  send(msg: ContentToBackground): void;
  /** Chrome can open the side panel from a badge click; Firefox cannot. */
  canOpenPanel: boolean;
  /** Milliseconds between rescans while the page keeps changing. */
  rescanDelay?: number;
  /** Tests only: jsdom's clicks are never trusted (the badge ignores a page script's clicks). */
  isTrusted?: (event: Event) => boolean;
  /** Where picked reviews are remembered across reloads (extension storage); absent: for the page's life only. */
  picks?: {
    load(key: string): Promise<PickLocator | undefined>;
    save(key: string, locator: PickLocator | undefined): Promise<void>;
  };
  /** Tests only: jsdom has no layout, so no elementsFromPoint. */
  elementsAt?: (x: number, y: number) => Element[];
}

export interface Controller {
  /** Answer a background message; undefined when it is not for a box in this frame. */
  handle(msg: BackgroundToContent): Promise<InsertResult | undefined> | undefined;
  /** Rescan now (after SPA navigation). */
  rescan(): void;
  adapter(): SiteAdapter;
  setEnabled(enabled: boolean): void;
  /** The sites switched off, from the background: on or off for this page's adapter, also after SPA navigation. */
  setSitesOff(off: string[]): void;
  badge: Badge;
}

/** Unique across frames and reloads, so a stale id never reaches the wrong box. */
const frameToken = Math.random().toString(36).slice(2, 8);
let counter = 0;

export function boxIdOf(box: Element): string {
  let id = box.getAttribute(BOX_ATTR);
  if (!id) {
    id = `${frameToken}-${++counter}`;
    box.setAttribute(BOX_ATTR, id);
  }
  return id;
}

/** The box with this id, in the document or any open shadow root. */
export function findBoxById(doc: Document, id: string): HTMLElement | null {
  // Our ids are [a-z0-9-]; anything else cannot be one of ours (and must not reach a selector).
  if (!/^[\w-]{1,64}$/.test(id)) return null;
  const sel = `[${BOX_ATTR}="${id}"]`;
  const direct = doc.querySelector<HTMLElement>(sel);
  if (direct) return direct;
  for (const root of shadowRootsUnder(doc)) {
    const found = root.querySelector<HTMLElement>(sel);
    if (found) return found;
  }
  return null;
}

export function startController(options: ControllerOptions): Controller {
  const { doc, signal, send } = options;
  const win = doc.defaultView!;
  let href = doc.location?.href ?? '';
  let adapter = options.adapterFor(href);
  let enabled = true;
  /** Switched-off sites, once the background said; until then the page stays as it is. */
  let sitesOff: Set<string> | undefined;
  const known = new Map<string, WeakRef<HTMLElement>>();
  const listen = <K extends keyof DocumentEventMap>(target: EventTarget, type: K | string, fn: (e: Event) => void, capture = true) =>
    target.addEventListener(type, guard(fn), { capture, passive: true, signal });

  // The one guard at the boundary: nothing we do may throw into the host page.
  function guard<A extends unknown[]>(fn: (...args: A) => void) {
    return (...args: A) => {
      try {
        fn(...args);
      } catch (error) {
        if (import.meta.env?.DEV) console.warn('[Calm Reply]', error);
      }
    };
  }

  const badge = createBadge(doc, {
    canOpenPanel: options.canOpenPanel,
    onOpen: () => send({ type: 'open-panel' }),
    ...(options.isTrusted ? { isTrusted: options.isTrusted } : {}),
  });
  signal.addEventListener('abort', () => badge.destroy(), { once: true });

  // ---- marking boxes --------------------------------------------------------------------
  // The whole page is scanned once (and after SPA navigation); later only what was added, so a
  // busy page that keeps changing does not pay for its full size each time.
  const observed = new WeakSet<Node>();
  const added = new Set<Element>();
  let full = true;
  const observer = new MutationObserver((records) => {
    for (const r of records) for (const n of Array.from(r.addedNodes)) if (n.nodeType === 1) added.add(n as Element);
    if (records.some((r) => r.removedNodes.length > 0)) removed = true;
    scheduleScan();
  });
  let removed = false;
  let scanTimer: ReturnType<typeof setTimeout> | undefined;
  const observe = (node: Document | ShadowRoot) => {
    if (observed.has(node)) return;
    observed.add(node);
    observer.observe(node, { childList: true, subtree: true });
  };
  const scanUnder = (root: Document | Element) => {
    for (const box of findBoxes(root, adapter.boxSelectors, observe)) known.set(boxIdOf(box), new WeakRef(box));
    if (root instanceof Element && root.matches('textarea, [contenteditable]:not([contenteditable="false"])')) {
      const box = replyBoxOf(root);
      if (box) known.set(boxIdOf(box), new WeakRef(box));
    }
  };
  const scan = guard(() => {
    scanTimer = undefined;
    if (signal.aborted) return;
    if (full) {
      full = false;
      added.clear();
      scanUnder(doc);
    } else {
      const roots = [...added].filter((el) => el.isConnected);
      added.clear();
      // Only the outermost added nodes: their descendants come with them.
      for (const el of roots) if (!roots.some((other) => other !== el && other.contains(el))) scanUnder(el);
    }
    if (removed) {
      removed = false;
      for (const [id, ref] of known) {
        const box = ref.deref();
        if (!box || !box.isConnected) {
          known.delete(id);
          send({ type: 'box-left', boxId: id });
        }
      }
      if (badge.box && !badge.box.isConnected) badge.hide();
    }
  });
  function scheduleScan() {
    if (scanTimer === undefined && !signal.aborted) scanTimer = setTimeout(scan, options.rescanDelay ?? 250);
  }
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (scanTimer !== undefined) clearTimeout(scanTimer);
  });
  observe(doc);
  scan();

  // ---- drafts ---------------------------------------------------------------------------
  const reviews = new WeakMap<HTMLElement, ReturnType<SiteAdapter['describe']>>();
  // The review the owner picked for a box, while both are on the page; and which boxes' remembered
  // picks were already looked up in storage.
  const picked = new WeakMap<HTMLElement, WeakRef<Element>>();
  const looked = new WeakSet<HTMLElement>();
  let picker: Picker | undefined;
  const describe = (box: HTMLElement, fresh = false) => {
    let info = fresh ? undefined : reviews.get(box);
    if (!info) {
      info = adapter.describe(box, boxIdOf(box));
      const mine = picked.get(box)?.deref();
      const review = mine?.isConnected ? readPicked(mine) : undefined;
      if (review) info = { ...info, review };
      reviews.set(box, info);
    }
    return info;
  };
  /** A pick remembered from an earlier visit: looked up once per box, applied if the page still has it. */
  const recallPick = (box: HTMLElement) => {
    if (!options.picks || looked.has(box)) return;
    looked.add(box);
    options.picks
      .load(pickKeyOf(box, doc.location.href))
      .then(
        guard((locator: PickLocator | undefined) => {
          if (!locator || picked.has(box) || signal.aborted) return;
          const el = followLocator(box, locator);
          if (!el) return;
          picked.set(box, new WeakRef(el));
          describe(box, true);
          queue(box);
        }),
      )
      .catch(() => {});
  };
  const remember = (box: HTMLElement, el: Element | undefined) => {
    if (!options.picks) return;
    options.picks.save(pickKeyOf(box, doc.location.href), el ? locatorOf(box, el) : undefined).catch(() => {});
  };
  let pending: HTMLElement | null = null;
  let frame = 0;
  let late: ReturnType<typeof setTimeout> | undefined;
  const flush = guard(() => {
    if (frame) win.cancelAnimationFrame(frame);
    if (late !== undefined) clearTimeout(late);
    frame = 0;
    late = undefined;
    const box = pending;
    pending = null;
    if (!box || !box.isConnected || !enabled || signal.aborted) return;
    send({ type: 'draft', box: describe(box), text: boxText(box), url: doc.location.href });
  });
  const queue = (box: HTMLElement) => {
    pending = box;
    // At most one draft message per animation frame, whatever the key rate. Browsers hold frames
    // back in occluded or busy windows (8 fps measured in headless Chromium), so a timer caps the wait.
    if (!frame) {
      frame = win.requestAnimationFrame(flush);
      late = setTimeout(flush, MAX_DRAFT_WAIT);
    }
  };
  signal.addEventListener('abort', () => {
    if (frame) win.cancelAnimationFrame(frame);
    if (late !== undefined) clearTimeout(late);
  });

  const boxFromEvent = (event: Event) => replyBoxOf(event.composedPath()[0] ?? event.target);

  listen(doc, 'focusin', (event) => {
    const box = boxFromEvent(event);
    if (!box) return;
    // Switched off here: say only which site, so the panel can offer to switch it back on.
    if (!enabled) {
      send({ type: 'site-off', platform: adapter.id, url: doc.location.href });
      return;
    }
    known.set(boxIdOf(box), new WeakRef(box));
    // The review may have loaded after the box: read it again on each focus.
    describe(box, true);
    recallPick(box);
    if (enabled) badge.show(box);
    queue(box);
  });
  listen(doc, 'input', (event) => {
    const box = boxFromEvent(event);
    if (!box) return;
    if (enabled && badge.box !== box) badge.show(box);
    queue(box);
  });
  listen(doc, 'focusout', (event) => {
    const box = boxFromEvent(event);
    if (!box || badge.box !== box) return;
    // Keep the badge while focus moves into it or stays in the box; hide when the owner moves on.
    setTimeout(
      guard(() => {
        const active = deepActive(doc);
        if (active && (box.contains(active) || active === badge.element)) return;
        if (box.getAttribute(BOX_ATTR) && boxText(box) !== '') return;
        badge.hide();
      }),
      150,
    );
  });

  return {
    badge,
    adapter: () => adapter,
    rescan() {
      const next = doc.location.href;
      if (next !== href) {
        href = next;
        adapter = options.adapterFor(href);
        if (sitesOff) this.setEnabled(!sitesOff.has(adapter.id));
      }
      full = true;
      scan();
    },
    setEnabled(on) {
      const was = enabled;
      enabled = on;
      if (!on) badge.hide();
      else if (!was) {
        // Switched back on while the owner is in a reply box (the page keeps its focused element
        // while they are in the options page): show the badge again and check the draft now,
        // not on the next focus.
        const active = deepActive(doc);
        const box = active ? replyBoxOf(active) : null;
        if (box) {
          badge.show(box);
          queue(box);
        }
      }
    },
    setSitesOff(off) {
      sitesOff = new Set(off);
      this.setEnabled(!sitesOff.has(adapter.id));
    },
    handle(msg) {
      if (msg.type === 'badge') {
        const box = findBoxById(doc, msg.boxId);
        if (!box) return undefined;
        badge.update(msg.flags, msg.heat);
        if (enabled && (badge.box === box || deepActive(doc) === box || box.contains(deepActive(doc)))) badge.show(box);
        return undefined;
      }
      if (msg.type === 'panel-not-opened') {
        badge.explain('Calm Reply could not open its panel from here. Open it with its toolbar button or Alt+Shift+C: your draft is already there.');
        return undefined;
      }
      if (msg.type === 'sites-off') {
        this.setSitesOff(msg.off);
        return undefined;
      }
      if (msg.type === 'pick-review') {
        const box = findBoxById(doc, msg.boxId);
        if (!box || !enabled) return undefined;
        picker?.cancel();
        picker = startPicking(doc, {
          box,
          signal,
          ...(options.isTrusted ? { isTrusted: options.isTrusted } : {}),
          ...(options.elementsAt ? { elementsAt: options.elementsAt } : {}),
          onPick: guard((el: Element) => {
            picker = undefined;
            picked.set(box, new WeakRef(el));
            remember(box, el);
            describe(box, true);
            queue(box);
          }),
          // Sent again as it was, so the panel knows the picking ended.
          onCancel: guard(() => {
            picker = undefined;
            queue(box);
          }),
        });
        return undefined;
      }
      if (msg.type === 'forget-pick') {
        const box = findBoxById(doc, msg.boxId);
        if (!box) return undefined;
        picked.delete(box);
        remember(box, undefined);
        describe(box, true);
        queue(box);
        return undefined;
      }
      if (msg.type === 'insert') {
        const box = findBoxById(doc, msg.boxId);
        if (!box) return undefined;
        return adapter.insert(box, { text: msg.text, range: msg.range }).then((result) => {
          queue(box);
          return result;
        });
      }
      return undefined;
    },
  };
}

/** The focused element, looking into open shadow roots. */
function deepActive(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
