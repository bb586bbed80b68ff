/**
 * The content script's page logic in jsdom: boxes are marked as they appear, drafts are sent
 * at most once per animation frame, the badge follows focus and the background's flag count,
 * insertion answers only for its own boxes, and aborting the signal stops everything.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentToBackground } from '@/lib/messages';
import { adapterFor } from '@/lib/sites';
import { BADGE_TAG, heatColour } from '@/lib/sites/badge';
import { BOX_ATTR, startController, type Controller } from '@/lib/sites/controller';

let sent: ContentToBackground[];
let abort: AbortController;
let controller: Controller;
const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** jsdom's clicks are never trusted; these tests stand in for the person's own click unless told not to. */
function start(canOpenPanel = true, isTrusted: ((e: Event) => boolean) | null = () => true) {
  sent = [];
  abort = new AbortController();
  controller = startController({
    doc: document,
    signal: abort.signal,
    adapterFor: (href) => adapterFor(href),
    send: (m) => sent.push(m),
    canOpenPanel,
    rescanDelay: 10,
    ...(isTrusted ? { isTrusted } : {}),
  });
}

const type = (box: HTMLTextAreaElement, text: string) => {
  box.value += text;
  box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
};

beforeEach(() => {
  document.body.innerHTML = '<article><p itemprop="reviewBody">Cold food and a rude waiter.</p></article><textarea id="t"></textarea>';
});
afterEach(() => abort?.abort());

describe('content script controller', () => {
  it('marks the boxes present at start and those added later', async () => {
    start();
    expect(document.getElementById('t')!.getAttribute(BOX_ATTR)).toBeTruthy();
    const late = document.createElement('div');
    late.setAttribute('contenteditable', 'true');
    document.body.append(late);
    await wait(40);
    expect(late.getAttribute(BOX_ATTR)).toBeTruthy();
    expect(late.getAttribute(BOX_ATTR)).not.toBe(document.getElementById('t')!.getAttribute(BOX_ATTR));
  });

  it('sends one draft per animation frame, with the review and the platform', async () => {
    start();
    const t = document.getElementById('t') as HTMLTextAreaElement;
    t.focus();
    for (const ch of 'You are wrong') type(t, ch);
    await frame();
    const drafts = sent.filter((m) => m.type === 'draft');
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ type: 'draft', text: 'You are wrong', box: { platform: 'generic', editor: 'textarea', review: { text: 'Cold food and a rude waiter.' } } });
  });

  it('shows the badge beside the focused box and takes the flag count from the background', async () => {
    start();
    const t = document.getElementById('t') as HTMLTextAreaElement;
    t.focus();
    const badge = document.querySelector(BADGE_TAG)!;
    expect(badge).toBeTruthy();
    expect(badge.shadowRoot).toBeTruthy();
    expect(badge.getAttribute('data-flags')).toBe('0');
    controller.handle({ type: 'badge', boxId: t.getAttribute(BOX_ATTR)!, flags: 3, heat: 0.8 });
    expect(badge.getAttribute('data-flags')).toBe('3');
    expect(badge.shadowRoot!.querySelector('button')!.getAttribute('aria-label')).toBe('Calm Reply: 3 phrases flagged, running hot. Open the panel.');
    // A badge message for a box of another frame is not ours.
    controller.handle({ type: 'badge', boxId: 'elsewhere-1', flags: 9, heat: 1 });
    expect(badge.getAttribute('data-flags')).toBe('3');
  });

  it('when the browser would not open the panel, the badge says how to open it instead', () => {
    start(true);
    (document.getElementById('t') as HTMLTextAreaElement).focus();
    const tip = document.querySelector(BADGE_TAG)!.shadowRoot!.querySelector('.tip') as HTMLElement;
    expect(tip.hidden).toBe(true);
    controller.handle({ type: 'panel-not-opened' });
    expect(tip.hidden).toBe(false);
    expect(tip.textContent).toBe('Calm Reply could not open its panel from here. Open it with its toolbar button or Alt+Shift+C: your draft is already there.');
  });

  it('a page script’s click on the badge (not the person’s) opens nothing', () => {
    start(true, null);
    (document.getElementById('t') as HTMLTextAreaElement).focus();
    const button = document.querySelector(BADGE_TAG)!.shadowRoot!.querySelector('button')!;
    button.click();
    expect(sent.some((m) => m.type === 'open-panel')).toBe(false);
  });

  it('badge click asks for the panel in Chrome, and explains the toolbar button in Firefox', () => {
    start(true);
    (document.getElementById('t') as HTMLTextAreaElement).focus();
    document.querySelector(BADGE_TAG)!.shadowRoot!.querySelector('button')!.click();
    expect(sent.some((m) => m.type === 'open-panel')).toBe(true);
    abort.abort();
    (document.getElementById('t') as HTMLTextAreaElement).blur();
    start(false);
    (document.getElementById('t') as HTMLTextAreaElement).focus();
    const shadow = document.querySelector(BADGE_TAG)!.shadowRoot!;
    shadow.querySelector('button')!.click();
    expect(sent.some((m) => m.type === 'open-panel')).toBe(false);
    expect((shadow.querySelector('.tip') as HTMLElement).hidden).toBe(false);
    expect(shadow.querySelector('.tip')!.textContent).toMatch(/toolbar button/);
  });

  it('inserts into its own boxes and ignores ids it does not have', async () => {
    start();
    const t = document.getElementById('t') as HTMLTextAreaElement;
    expect(controller.handle({ type: 'insert', boxId: 'nope', text: 'x' })).toBeUndefined();
    const result = await controller.handle({ type: 'insert', boxId: t.getAttribute(BOX_ATTR)!, text: 'Thank you.' });
    expect(result).toMatchObject({ ok: true, readBack: 'Thank you.' });
    expect(t.value).toBe('Thank you.');
  });

  it('a site switched off hides the badge and sends no drafts', async () => {
    start();
    const t = document.getElementById('t') as HTMLTextAreaElement;
    t.focus();
    // Positive control: the badge is there while the site is on.
    expect(document.querySelector(BADGE_TAG)).not.toBeNull();
    controller.handle({ type: 'sites-off', off: ['facebook'] });
    expect(document.querySelector(BADGE_TAG)).not.toBeNull();
    controller.handle({ type: 'sites-off', off: [controller.adapter().id] });
    expect(document.querySelector(BADGE_TAG)).toBeNull();
    sent.length = 0;
    type(t, 'x');
    await frame();
    expect(sent.filter((m) => m.type === 'draft')).toHaveLength(0);
  });

  it('on a site switched off, focusing a box says only which site it is: no text, no review', async () => {
    start();
    controller.handle({ type: 'sites-off', off: [controller.adapter().id] });
    sent.length = 0;
    const t = document.getElementById('t') as HTMLTextAreaElement;
    t.value = 'My private words';
    t.focus();
    await frame();
    expect(sent).toEqual([{ type: 'site-off', platform: controller.adapter().id, url: document.location.href }]);
    expect(JSON.stringify(sent)).not.toContain('My private words');
  });

  it('a site switched back on shows the badge on the focused box again and sends its draft at once', async () => {
    start();
    const t = document.getElementById('t') as HTMLTextAreaElement;
    t.focus();
    type(t, 'We are sorry');
    controller.handle({ type: 'sites-off', off: [controller.adapter().id] });
    expect(document.querySelector(BADGE_TAG)).toBeNull();
    sent.length = 0;
    controller.handle({ type: 'sites-off', off: [] });
    expect(document.querySelector(BADGE_TAG)).not.toBeNull();
    await frame();
    expect(sent.filter((m) => m.type === 'draft').map((m) => (m as { text: string }).text)).toEqual(['We are sorry']);
    // switching on again while already on changes nothing
    sent.length = 0;
    controller.handle({ type: 'sites-off', off: [] });
    await frame();
    expect(sent).toHaveLength(0);
  });

  it('stops observing, sending and showing once the signal aborts', async () => {
    start();
    const t = document.getElementById('t') as HTMLTextAreaElement;
    t.focus();
    abort.abort();
    expect(document.querySelector(BADGE_TAG)).toBeNull();
    sent.length = 0;
    type(t, 'x');
    const late = document.createElement('textarea');
    document.body.append(late);
    await wait(40);
    await frame();
    expect(sent).toHaveLength(0);
    expect(late.hasAttribute(BOX_ATTR)).toBe(false);
  });

  it('heat colours run from green to red, whatever the input', () => {
    expect(heatColour(0)).toMatch(/^hsl\(140 /);
    expect(heatColour(1)).toMatch(/^hsl\(0 /);
    expect(heatColour(Number.NaN)).toBe(heatColour(0));
    expect(heatColour(7)).toBe(heatColour(1));
  });
});
