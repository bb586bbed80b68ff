/**
 * The in-page badge (DESIGN.md contract): a `calm-reply-badge` element with an open shadow root,
 * beside the focused reply box, `data-flags` = the current number of flags, coloured by heat.
 * It lives on <html> with fixed positioning, so page CSS and overflow cannot clip or restyle it,
 * and it picks a spot beside the box that does not cover the site's own buttons.
 */

import { heatLevel } from '../analysis/heat';

export const BADGE_TAG = 'calm-reply-badge';
const SIZE = 24;
const GAP = 4;

export interface BadgeOptions {
  /** Chrome: ask the background to open the side panel (inside this click's gesture). */
  onOpen(): void;
  /** Firefox: a page click cannot open the sidebar, so the badge explains how instead. */
  canOpenPanel: boolean;
  /**
   * Whether a click came from the person (the browser's isTrusted). A page's script can call
   * `.click()` on the badge; only the owner's own click or key press may open the panel.
   */
  isTrusted?: (event: Event) => boolean;
}

export interface Badge {
  readonly element: HTMLElement;
  show(box: HTMLElement): void;
  hide(): void;
  update(flags: number, heat: number): void;
  /** The box the badge currently sits beside. */
  readonly box: HTMLElement | undefined;
  /** Re-place it (after scroll, resize, layout change). */
  place(): void;
  /** Shows a short explanation above the badge (the panel could not be opened from here). */
  explain(text: string): void;
  destroy(): void;
}

/** The badge's colour: the panel's heat scale (heatLevel), green calm, amber a little heated, red running hot. */
export function heatColour(heat: number): string {
  return heatLevel(heat).colour;
}

/**
 * What the button says to a screen reader (and in its tooltip): the count and the panel's words for
 * the heat, e.g. "Calm Reply: 3 phrases flagged, a little heated. Open the panel."
 */
export function badgeLabel(flags: number, canOpenPanel: boolean, heat = 0): string {
  const what = flags === 0 ? 'no wording flagged' : `${flags} ${flags === 1 ? 'phrase' : 'phrases'} flagged`;
  const words = heatLevel(heat).words.toLowerCase();
  return `Calm Reply: ${what}, ${words}. ${canOpenPanel ? 'Open the panel.' : 'Show how to open the Calm Reply sidebar.'}`;
}

/** The number in the circle: up to two digits fit; more reads "99+" (in a smaller font, see CSS). */
export function badgeCount(flags: number): string {
  return flags > 99 ? '99+' : String(flags);
}

const CSS = `
:host { all: initial; position: fixed; z-index: 2147483647; width: ${SIZE}px; height: ${SIZE}px; display: none; }
:host([data-visible]) { display: block; }
button { all: unset; box-sizing: border-box; width: ${SIZE}px; height: ${SIZE}px; border-radius: 50%;
  font: 600 12px/1 system-ui, sans-serif; color: #fff; display: grid; place-items: center; cursor: pointer;
  box-shadow: 0 1px 3px rgba(0,0,0,.35); background: var(--heat, ${heatColour(0)}); }
/* three characters ("99+") fit the 24 px circle only in a smaller font */
button[data-long] { font-size: 9px; letter-spacing: -0.02em; }
button:focus-visible { outline: 2px solid #1a56db; outline-offset: 2px; }
.tip { position: absolute; right: 0; bottom: ${SIZE + 6}px; width: 240px; padding: 8px 10px; border-radius: 6px;
  background: #1f2937; color: #fff; font: 13px/1.4 system-ui, sans-serif; box-shadow: 0 2px 8px rgba(0,0,0,.3); }
.tip[hidden] { display: none; }
`;

const INTERACTIVE = 'button, a[href], input, select, textarea, [role="button"], [role="link"], [contenteditable]:not([contenteditable="false"])';

export function createBadge(doc: Document, options: BadgeOptions): Badge {
  const host = doc.createElement(BADGE_TAG);
  // No customElements in content-script worlds; a valid custom-element name can still host a shadow root.
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const button = doc.createElement('button');
  button.type = 'button';
  button.setAttribute('part', 'button');
  const tip = doc.createElement('div');
  tip.className = 'tip';
  tip.setAttribute('role', 'status');
  tip.hidden = true;
  tip.textContent = 'Open Calm Reply with its toolbar button or Alt+Shift+C. Your draft is already there.';
  shadow.append(style, button, tip);
  host.setAttribute('data-flags', '0');

  let current: HTMLElement | undefined;
  let flags = 0;
  let frame = 0;

  const render = (heat: number) => {
    const count = badgeCount(flags);
    button.textContent = count;
    button.toggleAttribute('data-long', count.length > 2);
    const label = badgeLabel(flags, options.canOpenPanel, heat);
    button.setAttribute('aria-label', label);
    button.title = label;
    host.style.setProperty('--heat', heatColour(heat));
    host.setAttribute('data-heat', heatLevel(heat).level);
  };
  render(0);

  // Buttons must not lose the box's focus when clicked: keep focus where it was.
  button.addEventListener('mousedown', (e) => e.preventDefault());
  const trusted = options.isTrusted ?? ((e: Event) => e.isTrusted);
  button.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation();
    if (!trusted(e)) return;
    if (options.canOpenPanel) options.onOpen();
    else tip.hidden = !tip.hidden;
  });

  const covers = (x: number, y: number): boolean => {
    const win = doc.defaultView;
    if (!win || x < 0 || y < 0 || x + SIZE > win.innerWidth || y + SIZE > win.innerHeight) return true;
    if (typeof doc.elementsFromPoint !== 'function') return false;
    for (const [px, py] of [[x + 2, y + 2], [x + SIZE - 2, y + 2], [x + 2, y + SIZE - 2], [x + SIZE - 2, y + SIZE - 2], [x + SIZE / 2, y + SIZE / 2]] as const) {
      for (const el of doc.elementsFromPoint(px, py)) {
        if (el === host || el === current) continue;
        if (el.closest(INTERACTIVE) && !current?.contains(el)) return true;
      }
    }
    return false;
  };

  const place = () => {
    frame = 0;
    if (!current) return;
    if (!current.isConnected) {
      hide();
      return;
    }
    const r = current.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) {
      host.removeAttribute('data-visible');
      return;
    }
    // Beside the box, outside it: top-right above, right of its top, below its right edge, top-left above.
    const spots: Array<[number, number]> = [
      [r.right - SIZE, r.top - SIZE - GAP],
      [r.right + GAP, r.top],
      [r.right + GAP, r.bottom - SIZE],
      [r.left - SIZE - GAP, r.top],
      [r.left, r.top - SIZE - GAP],
      [r.right - SIZE, r.bottom + GAP],
    ];
    const spot = spots.find(([x, y]) => !covers(x, y)) ?? [r.right - SIZE - GAP, r.top + GAP];
    host.style.left = `${Math.round(spot[0])}px`;
    host.style.top = `${Math.round(spot[1])}px`;
    host.setAttribute('data-visible', '');
  };

  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(place);
  };

  let resize: ResizeObserver | undefined;
  const win = doc.defaultView;
  // Capture: scrolls inside any scrolling container move the box too.
  const listen = () => {
    win?.addEventListener('scroll', schedule, { capture: true, passive: true });
    win?.addEventListener('resize', schedule, { passive: true });
  };
  const unlisten = () => {
    win?.removeEventListener('scroll', schedule, { capture: true });
    win?.removeEventListener('resize', schedule);
  };

  function hide() {
    current = undefined;
    resize?.disconnect();
    unlisten();
    tip.hidden = true;
    host.removeAttribute('data-visible');
    host.remove();
  }

  return {
    element: host,
    get box() {
      return current;
    },
    show(box) {
      if (current !== box) {
        resize?.disconnect();
        current = box;
        tip.hidden = true;
        if (typeof ResizeObserver === 'function') {
          resize ??= new ResizeObserver(schedule);
          resize.observe(box);
        }
      }
      if (!host.isConnected) {
        doc.documentElement.append(host);
        listen();
      }
      place();
    },
    hide,
    update(count, heat) {
      flags = Math.max(0, Math.floor(count) || 0);
      host.setAttribute('data-flags', String(flags));
      render(heat);
    },
    place,
    explain(text: string) {
      tip.textContent = text;
      tip.hidden = false;
    },
    destroy() {
      hide();
      if (frame) cancelAnimationFrame(frame);
    },
  };
}
