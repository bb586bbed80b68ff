/**
 * Issue 4, every editor kind in real Chromium and Firefox: the box is detected, an angry draft
 * typed with real key events shows the badge with flags, insertion asked for from the panel
 * (the port route the Insert button uses) lands in the editor's OWN model and in what its form
 * would submit, and Ctrl+Z brings the angry draft back. Prints the kind × browser table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame as PwFrame, Page as PwPage } from 'playwright-core';
import type { Frame as PptrFrame, Page as PptrPage } from 'puppeteer-core';
import { serveFixtures, type FixtureServer } from './support/server';
import { launchChromium, launchFirefox, requireFile, type ChromiumSession, type FirefoxSession } from './support/browsers';
import type { InsertResult } from '@/lib/messages';

const ANGRY = 'This is ridiculous, you clearly never read our menu.';
const REPLY = 'Thank you for telling us, Sam. We are sorry about the wait and will call you this week.';

interface Kind {
  kind: string;
  /** CSS selector of the reply box (Playwright and Puppeteer's pierce/ both see into open shadow roots). */
  box: string;
  /** The form's submit button. */
  submit: string;
  /** Puppeteer's spelling when it differs (its ">>>" crosses one shadow root per step). */
  pptrSubmit?: string;
  frame?: boolean;
}
const sectionSubmit = (kind: string) => `section[data-kind="${kind}"] button[type="submit"]`;
const KINDS: Kind[] = [
  { kind: 'textarea', box: '#textarea', submit: sectionSubmit('textarea') },
  { kind: 'react', box: '#react', submit: sectionSubmit('react') },
  { kind: 'lexical', box: '#lexical', submit: sectionSubmit('lexical') },
  { kind: 'draft', box: '#draft-host [contenteditable="true"]', submit: sectionSubmit('draft') },
  { kind: 'quill', box: '#quill .ql-editor', submit: sectionSubmit('quill') },
  { kind: 'prosemirror', box: '#prosemirror .ProseMirror', submit: sectionSubmit('prosemirror') },
  { kind: 'slate', box: '#slate-host [data-slate-editor]', submit: sectionSubmit('slate') },
  { kind: 'shadow', box: '#shadow', submit: '#shadow-host button[type="submit"]', pptrSubmit: '#shadow-host >>> .composer >>> button[type="submit"]' },
  {
    kind: 'shadow-rich',
    box: '#shadow-rich',
    submit: '#shadow-rich-host button[type="submit"]',
    pptrSubmit: '#shadow-rich-host >>> .composer >>> button[type="submit"]',
  },
  { kind: 'iframe', box: '#framed', submit: 'button[type="submit"]', frame: true },
];

type Cell = { detected?: boolean; inserted?: string; readBack?: boolean; undo?: boolean };
const table: Record<string, Record<string, Cell>> = {};
const cell = (browser: string, kind: string): Cell => ((table[kind] ??= {})[browser] ??= {});

const LINES = 'Hi Sam,\nThank you for telling us about the wait.\nMaria, owner';
/** Lexical's own text joins paragraphs with a blank line; the reply's lines are the same. */
const lines = (kind: string, model: string) => (kind === 'lexical' ? model.replace(/\n\n/g, '\n') : model);

let server: FixtureServer;
beforeAll(async () => {
  requireFile('test/fixtures/build/editors.js', 'build the editor fixtures first: node scripts/build-fixtures.mjs');
  server = await serveFixtures();
});
afterAll(async () => {
  await server?.close();
  const mark = (v: boolean | undefined) => (v === undefined ? '–' : v ? 'yes' : 'NO');
  const lines = ['| editor kind | browser | detected | inserted (route) | read back (model + submit) | undo |', '|---|---|---|---|---|---|'];
  for (const [kind, byBrowser] of Object.entries(table))
    for (const [browser, c] of Object.entries(byBrowser))
      lines.push(`| ${kind} | ${browser} | ${mark(c.detected)} | ${c.inserted ?? '–'} | ${mark(c.readBack)} | ${mark(c.undo)} |`);
  console.log(lines.join('\n'));
});

/** The panel's insert request over the panel port, as the Insert button sends it (runs in the panel page). */
const insertFromPanel = async ({ tabId, boxId, text, range }: { tabId: number; boxId: string; text: string; range?: { start: number; end: number; expect: string } }): Promise<InsertResult> => {
  type Port = {
    postMessage(m: unknown): void;
    disconnect(): void;
    onMessage: { addListener(f: (m: { type: string; result?: InsertResult }) => void): void };
  };
  const g = globalThis as unknown as { browser?: { runtime: { connect(o: { name: string }): Port } }; chrome?: { runtime: { connect(o: { name: string }): Port } } };
  const port = (g.browser ?? g.chrome)!.runtime.connect({ name: 'calm-reply-panel' });
  return new Promise<InsertResult>((ok) => {
    port.onMessage.addListener((m) => {
      if (m.type === 'insert-result' && m.result) {
        port.disconnect();
        ok(m.result);
      }
    });
    port.postMessage({ type: 'bind', tabId });
    port.postMessage({ type: 'insert', tabId, boxId, text, range });
  });
};

const readModel = (kind: string) => (window as unknown as { __model(k: string): string }).__model(kind);
/** What the owner sees in the box: it must agree with the model, or a post would differ from the screen. */
const shown = (el: Element) => (el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText).trim();
const readSubmitted = (kind: string) => (window as unknown as { __submitted: Record<string, string> }).__submitted[kind];

describe('editor kinds in Chromium', () => {
  let chrome: ChromiumSession;
  let page: PwPage;
  let panel: PwPage;
  let tabId: number;
  beforeAll(async () => {
    chrome = await launchChromium();
    page = await chrome.context.newPage();
    await page.goto(server.url('editors/index.html'));
    panel = await chrome.openPanelFor(page);
    tabId = Number(new URL(panel.url()).searchParams.get('tabId'));
  });
  afterAll(async () => {
    await chrome?.close();
  });

  const scope = (k: Kind): PwPage | PwFrame => (k.frame ? page.frame({ url: /frame\.html/ })! : page);

  for (const k of KINDS) {
    it(`${k.kind}: detected, badge flags, insert into the editor's model and submit, undo`, async () => {
      const c = cell('Chromium', k.kind);
      await page.bringToFront();
      const where = scope(k);
      const box = where.locator(k.box);
      await expect.poll(() => box.getAttribute('data-calm-reply-box'), { timeout: 10_000 }).toBeTruthy();
      c.detected = true;
      await box.click();
      await page.keyboard.type(ANGRY, { delay: 5 });
      await expect.poll(() => where.evaluate(readModel, k.kind)).toBe(ANGRY);
      const badge = where.locator('calm-reply-badge');
      await expect.poll(async () => Number(await badge.getAttribute('data-flags')), { timeout: 15_000 }).toBeGreaterThan(0);
      expect(await badge.evaluate((el) => el.shadowRoot?.querySelector('button')?.getAttribute('aria-label'))).toMatch(/Calm Reply: \d+ phrases? flagged/);
      // The owner reads the panel before inserting; editors group edits made within a second for undo.
      await page.waitForTimeout(1200);
      const boxId = (await box.getAttribute('data-calm-reply-box'))!;
      const r = await panel.evaluate(insertFromPanel, { tabId, boxId, text: REPLY });
      c.inserted = r.ok ? `yes (${r.method})` : `NO (${r.method}: ${r.message})`;
      expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
      expect(r.readBack).toBe(REPLY);
      expect(await where.evaluate(readModel, k.kind)).toBe(REPLY);
      await where.locator(k.submit).click();
      expect(await where.evaluate(readSubmitted, k.kind)).toBe(REPLY);
      c.readBack = true;
      await box.focus();
      await page.keyboard.press('Control+z');
      await expect.poll(() => where.evaluate(readModel, k.kind)).toBe(ANGRY);
      await expect.poll(() => box.evaluate(shown)).toBe(ANGRY);
      c.undo = true;
    });
  }
  /**
   * The owner works in the box they insert into: focusing it tells the background which box and
   * frame the panel serves (the iframe case moved that elsewhere).
   */
  const focusBox = async (box: ReturnType<PwPage['locator']>) => {
    await page.bringToFront();
    await box.click();
    await page.waitForTimeout(400);
  };

  it('never marks password, payment, search or opted-out fields', async () => {
    // Positive control: the content script is alive in this page and marks a real reply box.
    await expect.poll(() => page.locator('#textarea').getAttribute('data-calm-reply-box'), { timeout: 10_000 }).toMatch(/^[a-z0-9]+-\d+$/);
    for (const id of ['search', 'password', 'opted-out', 'calm-off', 'card'])
      expect(await page.locator(`#${id}`).getAttribute('data-calm-reply-box'), id).toBeNull();
    await page.locator('#opted-out').click();
    await page.keyboard.type('Not for Calm Reply', { delay: 5 });
    await page.waitForTimeout(300);
    expect(await page.locator('#opted-out').getAttribute('data-calm-reply-box')).toBeNull();
  });

  for (const kind of ['textarea', 'lexical', 'draft', 'quill', 'prosemirror', 'slate']) {
    it(`${kind}: a multi-line reply keeps its lines in the editor's model`, async () => {
      const k = KINDS.find((x) => x.kind === kind)!;
      const boxId = (await page.locator(k.box).getAttribute('data-calm-reply-box'))!;
      await focusBox(page.locator(k.box));
      const r = await panel.evaluate(insertFromPanel, { tabId, boxId, text: LINES });
      const model = lines(kind, await page.evaluate(readModel, kind));
      (table[`${kind} (multi-line)`] ??= {}).Chromium = { detected: true, inserted: r.ok ? `yes (${r.method})` : `NO (${r.method}): "${r.message}"`, readBack: model === LINES };
      expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
      expect(model).toBe(LINES);
    });
  }

  it('emoji, right-to-left words and pasted HTML arrive as the same plain text in every editor model', async () => {
    const text = 'Thanks 🙏🏽 for visiting, شكرا لك — <b>not bold</b> & "quoted"';
    for (const kind of ['textarea', 'react', 'lexical', 'draft', 'quill', 'prosemirror', 'slate']) {
      const k = KINDS.find((x) => x.kind === kind)!;
      await focusBox(page.locator(k.box));
      const r = await panel.evaluate(insertFromPanel, { tabId, boxId: (await page.locator(k.box).getAttribute('data-calm-reply-box'))!, text });
      expect(r, `${kind}: ${JSON.stringify(r)}`).toMatchObject({ ok: true });
      expect(await page.evaluate(readModel, kind), kind).toBe(text);
    }
  });

  it('replaces just one flagged phrase (the one-click calmer alternative) in Lexical and a textarea', async () => {
    for (const kind of ['lexical', 'textarea']) {
      const k = KINDS.find((x) => x.kind === kind)!;
      const boxId = (await page.locator(k.box).getAttribute('data-calm-reply-box'))!;
      await focusBox(page.locator(k.box));
      await panel.evaluate(insertFromPanel, { tabId, boxId, text: ANGRY });
      const start = ANGRY.indexOf('ridiculous');
      const r = await panel.evaluate(insertFromPanel, { tabId, boxId, text: 'disappointing', range: { start, end: start + 'ridiculous'.length, expect: 'ridiculous' } });
      expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
      expect(await page.evaluate(readModel, kind)).toBe(ANGRY.replace('ridiculous', 'disappointing'));
      // The owner typed "Hi. " in front since the flag was found: the fix goes to the same words, not the old offsets.
      await panel.evaluate(insertFromPanel, { tabId, boxId, text: `Hi. ${ANGRY}` });
      const moved = await panel.evaluate(insertFromPanel, { tabId, boxId, text: 'surprising', range: { start, end: start + 'ridiculous'.length, expect: 'ridiculous' } });
      expect(moved, JSON.stringify(moved)).toMatchObject({ ok: true });
      expect(await page.evaluate(readModel, kind)).toBe(`Hi. ${ANGRY.replace('ridiculous', 'surprising')}`);
      // The words are gone: refused, and the draft is left exactly as it is.
      const gone = await panel.evaluate(insertFromPanel, { tabId, boxId, text: 'odd', range: { start, end: start + 'ridiculous'.length, expect: 'ridiculous' } });
      expect(gone).toMatchObject({ ok: false, reason: 'draft-changed' });
      expect(await page.evaluate(readModel, kind)).toBe(`Hi. ${ANGRY.replace('ridiculous', 'surprising')}`);
    }
  });

  it('an editor that rejects the text: the draft stays, and the owner is told to paste', async () => {
    const box = page.locator('#locked');
    await expect.poll(() => box.getAttribute('data-calm-reply-box')).toBeTruthy();
    await focusBox(box);
    const r = await panel.evaluate(insertFromPanel, { tabId, boxId: (await box.getAttribute('data-calm-reply-box'))!, text: REPLY });
    (table.locked ??= {}).Chromium = { detected: true, inserted: `NO, as designed (${r.method}): "${r.message}"`, readBack: r.readBack === 'My own draft stays.' };
    expect(r).toMatchObject({ ok: false, restored: true });
    expect(r.message).toBe("This site's editor did not take the text. Your draft is as it was.");
    expect(await box.innerText()).toBe('My own draft stays.');
  });

  it('a box that cuts the reply short: the insert fails and the owner’s own draft is back, word for word', async () => {
    const box = page.locator('#trimmed');
    await expect.poll(() => box.getAttribute('data-calm-reply-box')).toBeTruthy();
    await focusBox(box);
    await page.keyboard.type('My own draft, half written', { delay: 5 });
    await box.evaluate((el) => (el as HTMLTextAreaElement).setSelectionRange(3, 6));
    const boxId = (await box.getAttribute('data-calm-reply-box'))!;
    const r = await panel.evaluate(insertFromPanel, { tabId, boxId, text: REPLY });
    expect(r).toMatchObject({ ok: false, restored: true, readBack: 'My own draft, half written' });
    expect(await box.inputValue()).toBe('My own draft, half written');
    expect(await box.evaluate((el) => [(el as HTMLTextAreaElement).selectionStart, (el as HTMLTextAreaElement).selectionEnd])).toEqual([3, 6]);
    // Positive control: a reply that fits goes in.
    const ok = await panel.evaluate(insertFromPanel, { tabId, boxId, text: 'Thank you, we will call you.' });
    expect(ok).toMatchObject({ ok: true });
    expect(await box.inputValue()).toBe('Thank you, we will call you.');
  });

  it('the badge sits beside the box without covering the form button, and follows on scroll', async () => {
    const box = page.locator('#textarea');
    await box.click();
    const badge = page.locator('calm-reply-badge');
    const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    const [b1, button, input] = await Promise.all([badge.boundingBox(), page.locator(sectionSubmit('textarea')).boundingBox(), box.boundingBox()]);
    expect(overlap(b1!, button!)).toBe(false);
    expect(overlap(b1!, input!)).toBe(false);
    await page.mouse.wheel(0, 120);
    await expect.poll(async () => Math.round((await badge.boundingBox())!.y - (await box.boundingBox())!.y)).toBe(Math.round(b1!.y - input!.y));
  });

  it('marks a box in a srcdoc frame the page wrote itself', async () => {
    const other = await chrome.context.newPage();
    await other.goto(server.url('editors/srcdoc.html'));
    const frame = other.frameLocator('#frame');
    await expect.poll(() => frame.locator('#inner').getAttribute('data-calm-reply-box'), { timeout: 10_000 }).toBeTruthy();
    await other.close();
  });

  it('clicking the badge opens the side panel for this tab (Chrome)', async () => {
    const box = page.locator('#textarea');
    await focusBox(box);
    const contexts = () =>
      chrome.serviceWorker.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: { runtime: { getContexts(f: object): Promise<Array<{ contextType: string }>> } } }).chrome;
        return (await api.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length;
      });
    expect(await contexts()).toBe(0);
    // A page's own script clicking the badge opens nothing: only the owner's click counts.
    await page.evaluate(() => document.querySelector('calm-reply-badge')!.shadowRoot!.querySelector('button')!.click());
    await page.waitForTimeout(500);
    expect(await contexts()).toBe(0);
    await page.locator('calm-reply-badge').locator('button').click();
    await expect.poll(contexts, { timeout: 10_000 }).toBe(1);
  });

  it('finds a box added after load and the new review after single-page navigation', async () => {
    const spa = await chrome.context.newPage();
    await spa.goto(server.url('editors/spa.html'));
    await expect.poll(() => spa.locator('#reply-0').getAttribute('data-calm-reply-box'), { timeout: 10_000 }).toBeTruthy();
    await spa.locator('#next').click();
    await expect.poll(() => spa.locator('#reply-1').getAttribute('data-calm-reply-box'), { timeout: 10_000 }).toBeTruthy();
    await spa.locator('#reply-1').click();
    await spa.keyboard.type('Sorry', { delay: 5 });
    const spaTab = await chrome.serviceWorker.evaluate(async (url: string) => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }).chrome;
      return (await api.tabs.query({})).find((t) => t.url === url)?.id ?? -1;
    }, spa.url());
    const state = await panel.evaluate(
      (tabId) =>
        new Promise<{ box?: { review?: { text: string } }; draft: string }>((ok) => {
          type Port = { postMessage(m: unknown): void; onMessage: { addListener(f: (m: { type: string; state?: { draft: string } }) => void): void } };
          const port = (globalThis as unknown as { chrome: { runtime: { connect(o: { name: string }): Port } } }).chrome.runtime.connect({ name: 'calm-reply-panel' });
          port.onMessage.addListener((m) => m.type === 'tab-state' && m.state?.draft === 'Sorry' && ok(m.state));
          port.postMessage({ type: 'bind', tabId });
        }),
      spaTab,
    );
    expect(state.box?.review?.text).toBe('Second review: my refund took five weeks and three phone calls.');
    await spa.close();
  });
});

/** Polls until `read` gives a value `ok` accepts; returns the last value either way. */
async function poll<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeout = 10_000): Promise<T> {
  const until = Date.now() + timeout;
  let value = await read();
  while (!ok(value) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read().catch(() => value);
  }
  return value;
}

describe('editor kinds in Firefox', () => {
  let firefox: FirefoxSession;
  let page: PptrPage;
  let panel: PptrPage;
  let tabId: number;
  beforeAll(async () => {
    firefox = await launchFirefox();
    page = await firefox.browser.newPage();
    await page.goto(server.url('editors/index.html'));
    panel = await firefox.openPanelFor(page);
    tabId = Number(new URL(await panel.evaluate(() => location.href)).searchParams.get('tabId'));
  });
  afterAll(async () => {
    await firefox?.close();
  });

  const scope = (k: Kind): PptrPage | PptrFrame => (k.frame ? page.frames().find((f) => f.url().includes('frame.html'))! : page);
  // Puppeteer's ">>>" pierces open shadow roots, as Playwright's CSS does by default.
  const deep = (sel: string) => `>>> ${sel}`;

  for (const k of KINDS) {
    it(`${k.kind}: detected, badge flags, insert into the editor's model and submit, undo`, async () => {
      const c = cell('Firefox', k.kind);
      await page.bringToFront();
      const where = scope(k);
      expect(where, 'frame loaded').toBeTruthy();
      const box = (await where.waitForSelector(deep(k.box)))!;
      const boxId = await poll(() => box.evaluate((el) => el.getAttribute('data-calm-reply-box')), (v) => !!v);
      expect(boxId).toBeTruthy();
      c.detected = true;
      // Firefox ESR 140's remote protocol cannot locate a frame's element for a pointer click
      // (browsingContext.locateNodes rejects the "context" locator), so inside a frame focus the box directly
      if (k.frame) await box.evaluate((el) => (el as HTMLElement).focus());
      else await box.click();
      await page.keyboard.type(ANGRY, { delay: 5 });
      expect(await poll(() => where.evaluate(readModel, k.kind), (v) => v === ANGRY)).toBe(ANGRY);
      const flags = await poll(
        () => where.evaluate(() => Number(document.querySelector('calm-reply-badge')?.getAttribute('data-flags') ?? 0)),
        (n) => n > 0,
        15_000,
      );
      expect(flags).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 1200));
      const r = await panel.evaluate(insertFromPanel, { tabId, boxId: boxId!, text: REPLY });
      c.inserted = r.ok ? `yes (${r.method})` : `NO (${r.method}: ${r.message})`;
      expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
      expect(r.readBack).toBe(REPLY);
      expect(await poll(() => where.evaluate(readModel, k.kind), (v) => v === REPLY)).toBe(REPLY);
      await page.bringToFront();
      const submit = (await where.waitForSelector(k.pptrSubmit ?? deep(k.submit)))!;
      if (k.frame) await submit.evaluate((el) => (el as HTMLElement).click());
      else await submit.click();
      expect(await poll(() => where.evaluate(readSubmitted, k.kind), (v) => v === REPLY)).toBe(REPLY);
      c.readBack = true;
      await box.focus();
      await page.keyboard.down('Control');
      await page.keyboard.press('z');
      await page.keyboard.up('Control');
      expect(await poll(() => where.evaluate(readModel, k.kind), (v) => v === ANGRY)).toBe(ANGRY);
      expect(await poll(() => box.evaluate(shown), (v) => v === ANGRY)).toBe(ANGRY);
      c.undo = true;
    });
  }
  const focusBox = async (sel: string) => {
    await page.bringToFront();
    await (await page.waitForSelector(sel))!.click();
    await new Promise((r) => setTimeout(r, 400));
  };
  const boxIdOf = async (sel: string) => (await page.$eval(sel, (el) => el.getAttribute('data-calm-reply-box')))!;

  it('marks a box in a srcdoc frame the page wrote itself', async () => {
    const other = await firefox.browser.newPage();
    await other.goto(server.url('editors/srcdoc.html'));
    const handle = (await other.waitForSelector('#frame'))!;
    const frame = (await handle.contentFrame())!;
    const inner = (await frame.waitForSelector('#inner'))!;
    expect(await poll(() => inner.evaluate((el) => el.getAttribute('data-calm-reply-box')), (v) => !!v)).toBeTruthy();
    await other.close();
  });

  it('clicking the badge explains how to open the sidebar (a page click cannot open it in Firefox)', async () => {
    await focusBox('#textarea');
    const badge = (await page.waitForSelector('calm-reply-badge'))!;
    const button = (await badge.waitForSelector('>>> button'))!;
    await button.click();
    const tip = await page.$eval('calm-reply-badge', (el) => {
      const t = el.shadowRoot!.querySelector<HTMLElement>('.tip')!;
      return { hidden: t.hidden, text: t.textContent };
    });
    expect(tip.hidden).toBe(false);
    expect(tip.text).toMatch(/toolbar button or Alt\+Shift\+C/);
  });

  it('never marks password, payment, search or opted-out fields', async () => {
    // Positive control: the content script is alive in this page and marks a real reply box.
    expect(await poll(() => page.$eval('#textarea', (el) => el.getAttribute('data-calm-reply-box')), (v) => !!v)).toMatch(/^[a-z0-9]+-\d+$/);
    for (const id of ['search', 'password', 'opted-out', 'calm-off', 'card'])
      expect(await page.$eval(`#${id}`, (el) => el.getAttribute('data-calm-reply-box')), id).toBeNull();
  });

  for (const kind of ['textarea', 'lexical', 'draft', 'quill', 'prosemirror', 'slate']) {
    it(`${kind}: a multi-line reply keeps its lines in the editor's model`, async () => {
      const k = KINDS.find((x) => x.kind === kind)!;
      await focusBox(k.box);
      const before = await page.evaluate(readModel, kind);
      const r = await panel.evaluate(insertFromPanel, { tabId, boxId: await boxIdOf(k.box), text: LINES });
      const model = lines(kind, await page.evaluate(readModel, kind));
      (table[`${kind} (multi-line)`] ??= {}).Firefox = {
        detected: true,
        inserted: r.ok ? `yes (${r.method})` : `NO (${r.method}): "${r.message}"`,
        readBack: r.ok ? model === LINES : model === before,
      };
      expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
      expect(model).toBe(LINES);
    });
  }

  it('replaces just one flagged phrase in Lexical and a textarea', async () => {
    for (const kind of ['lexical', 'textarea']) {
      const k = KINDS.find((x) => x.kind === kind)!;
      await focusBox(k.box);
      const boxId = await boxIdOf(k.box);
      await panel.evaluate(insertFromPanel, { tabId, boxId, text: ANGRY });
      const start = ANGRY.indexOf('ridiculous');
      const r = await panel.evaluate(insertFromPanel, { tabId, boxId, text: 'disappointing', range: { start, end: start + 'ridiculous'.length, expect: 'ridiculous' } });
      expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
      expect(await page.evaluate(readModel, kind)).toBe(ANGRY.replace('ridiculous', 'disappointing'));
      // The owner typed "Hi. " in front since the flag was found: the fix goes to the same words, not the old offsets.
      await panel.evaluate(insertFromPanel, { tabId, boxId, text: `Hi. ${ANGRY}` });
      const moved = await panel.evaluate(insertFromPanel, { tabId, boxId, text: 'surprising', range: { start, end: start + 'ridiculous'.length, expect: 'ridiculous' } });
      expect(moved, JSON.stringify(moved)).toMatchObject({ ok: true });
      expect(await page.evaluate(readModel, kind)).toBe(`Hi. ${ANGRY.replace('ridiculous', 'surprising')}`);
      // The words are gone: refused, and the draft is left exactly as it is.
      const gone = await panel.evaluate(insertFromPanel, { tabId, boxId, text: 'odd', range: { start, end: start + 'ridiculous'.length, expect: 'ridiculous' } });
      expect(gone).toMatchObject({ ok: false, reason: 'draft-changed' });
      expect(await page.evaluate(readModel, kind)).toBe(`Hi. ${ANGRY.replace('ridiculous', 'surprising')}`);
    }
  });

  it('a box that cuts the reply short: the insert fails and the owner’s own draft is back, word for word', async () => {
    await focusBox('#trimmed');
    await page.keyboard.type('My own draft, half written', { delay: 5 });
    await page.$eval('#trimmed', (el) => (el as HTMLTextAreaElement).setSelectionRange(3, 6));
    const boxId = await boxIdOf('#trimmed');
    const r = await panel.evaluate(insertFromPanel, { tabId, boxId, text: REPLY });
    expect(r).toMatchObject({ ok: false, restored: true, readBack: 'My own draft, half written' });
    expect(await page.$eval('#trimmed', (el) => [(el as HTMLTextAreaElement).value, (el as HTMLTextAreaElement).selectionStart, (el as HTMLTextAreaElement).selectionEnd])).toEqual(['My own draft, half written', 3, 6]);
    const ok = await panel.evaluate(insertFromPanel, { tabId, boxId, text: 'Thank you, we will call you.' });
    expect(ok).toMatchObject({ ok: true });
    expect(await page.$eval('#trimmed', (el) => (el as HTMLTextAreaElement).value)).toBe('Thank you, we will call you.');
  });

  it('an editor that rejects the text: the draft stays, and the owner is told to paste', async () => {
    await focusBox('#locked');
    const r = await panel.evaluate(insertFromPanel, { tabId, boxId: await boxIdOf('#locked'), text: REPLY });
    (table.locked ??= {}).Firefox = { detected: true, inserted: `NO, as designed (${r.method}): "${r.message}"`, readBack: r.readBack === 'My own draft stays.' };
    expect(r).toMatchObject({ ok: false, restored: true });
    expect(r.message).toBe("This site's editor did not take the text. Your draft is as it was.");
    expect(await page.$eval('#locked', (el) => (el as HTMLElement).innerText)).toBe('My own draft stays.');
  });
});
