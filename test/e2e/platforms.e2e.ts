/**
 * Issue 4, every platform page in real Chromium and Firefox: the right adapter is chosen and
 * the review it reads is the one next to the box (data-expect-review), as the background and
 * the panel receive it. Prints the platform × browser table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page as PwPage } from 'playwright-core';
import type { Page as PptrPage } from 'puppeteer-core';
import type { TabState } from '@/lib/messages';
import { PLATFORM_HOSTS } from '../../lib/sites/hosts';
import { serveFixtures, type FixtureServer } from './support/server';
import { tabStateFromPanel } from './support/panel-state';
import { launchChromium, launchFirefox, type ChromiumSession, type FirefoxSession } from './support/browsers';

const PAGES = [...PLATFORM_HOSTS.map((p) => p.id), 'generic'];
const table: Record<string, Record<string, string>> = {};

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(async () => {
  await server?.close();
  const lines = ['| platform page | browser | adapter | review read |', '|---|---|---|---|'];
  for (const [id, byBrowser] of Object.entries(table)) for (const [browser, row] of Object.entries(byBrowser)) lines.push(`| ${id} | ${browser} | ${row} |`);
  console.log(lines.join('\n'));
});

const expectedReview = () => {
  // The review may sit in light DOM only; normalise whitespace as the adapter does.
  return (document.querySelector('[data-expect-review]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
};

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  let v = await read();
  while (!ok(v) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 150));
    v = await read();
  }
  return v;
}

function record(id: string, browser: string, state: TabState | undefined, expected: string) {
  const adapter = state?.box?.platform ?? 'none';
  const review = state?.box?.review?.text;
  (table[id] ??= {})[browser] = `${adapter === (id === 'generic' ? 'generic' : id) ? 'yes' : 'NO'} (${adapter}) | ${review === expected ? 'yes' : `NO (${review ? 'another text' : 'none'})`}${state?.box?.review?.author ? `, author ${state.box.review.author}` : ''}${state?.box?.review?.rating !== undefined ? `, rating ${state.box.review.rating}` : ''}`;
}

describe('platform pages in Chromium', () => {
  let chrome: ChromiumSession;
  let panel: PwPage | undefined;
  beforeAll(async () => {
    chrome = await launchChromium();
  });
  afterAll(async () => {
    await chrome?.close();
  });

  for (const id of PAGES) {
    it(`${id}: the ${id} adapter reads the review next to the box`, async () => {
      const page = await chrome.context.newPage();
      await page.goto(server.url(`platforms/${id}/index.html`));
      const box = page.locator('[data-target]');
      await expect.poll(() => box.getAttribute('data-calm-reply-box'), { timeout: 10_000 }).toBeTruthy();
      await box.click();
      await page.keyboard.type('Thanks', { delay: 5 });
      const expected = await page.evaluate(expectedReview);
      panel ??= await chrome.context.newPage();
      const tabId = await chrome.serviceWorker.evaluate(async (url: string) => {
        const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }).chrome;
        return (await api.tabs.query({})).find((t) => t.url === url)?.id ?? -1;
      }, page.url());
      if (!panel.url().startsWith('chrome-extension://')) await panel.goto(`chrome-extension://${chrome.extensionId}/sidepanel.html?tabId=${tabId}`);
      const state = await until(() => panel!.evaluate(tabStateFromPanel, tabId), (s) => s.draft === 'Thanks');
      record(id, 'Chromium', state, expected);
      expect(state.box?.platform).toBe(id);
      expect(state.box?.review?.text).toBe(expected);
      await page.close();
    });
  }
  it('a site the owner switched off in options gets no badge and sends no draft; switched back on, it does', async () => {
    // Through the options page, as the owner does it: the settings stored are the extension's own.
    const options = await chrome.context.newPage();
    await options.goto(`chrome-extension://${chrome.extensionId}/options.html`);
    const etsy = options.locator('[data-testid="site-toggle"][data-site="etsy"]');
    await etsy.uncheck();
    await expect.poll(() => etsy.isChecked()).toBe(false);
    const page = await chrome.context.newPage();
    try {
      await page.goto(server.url('platforms/etsy/index.html'));
      const box = page.locator('[data-target]');
      await expect.poll(() => box.getAttribute('data-calm-reply-box'), { timeout: 10_000 }).toBeTruthy();
      await box.click();
      await page.keyboard.type('You are wrong', { delay: 5 });
      await page.waitForTimeout(800);
      expect(await page.locator('calm-reply-badge').count()).toBe(0);
      const tabId = await chrome.serviceWorker.evaluate(async (url: string) => {
        const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }).chrome;
        return (await api.tabs.query({})).find((t) => t.url === url)?.id ?? -1;
      }, page.url());
      panel ??= await chrome.context.newPage();
      if (!panel.url().startsWith('chrome-extension://')) await panel.goto(`chrome-extension://${chrome.extensionId}/sidepanel.html?tabId=${tabId}`);
      expect((await panel.evaluate(tabStateFromPanel, tabId)).draft).toBe('');
      // Positive control: back on, the same page shows the badge on the box the owner is in.
      await options.bringToFront();
      await etsy.check();
      await page.bringToFront();
      await expect.poll(() => page.locator('calm-reply-badge').count(), { timeout: 5_000 }).toBe(1);
    } finally {
      await page.close();
      if (!(await etsy.isChecked())) await etsy.check();
      await options.close();
    }
  });
});

describe('platform pages in Firefox', () => {
  let firefox: FirefoxSession;
  let panel: PptrPage | undefined;
  beforeAll(async () => {
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox?.close();
  });

  for (const id of PAGES) {
    it(`${id}: the ${id} adapter reads the review next to the box`, async () => {
      const page = await firefox.browser.newPage();
      await page.goto(server.url(`platforms/${id}/index.html`));
      const box = (await page.waitForSelector('>>> [data-target]'))!;
      const boxId = await until(() => box.evaluate((el) => el.getAttribute('data-calm-reply-box')), (v) => !!v);
      expect(boxId).toBeTruthy();
      // The test hook opens a panel tab bound to this page; its tab id is in its address.
      panel = await firefox.openPanelFor(page);
      const tabId = Number(new URL(await panel.evaluate(() => location.href)).searchParams.get('tabId'));
      await page.bringToFront();
      await box.click();
      await page.keyboard.type('Thanks', { delay: 5 });
      const expected = await page.evaluate(expectedReview);
      const state = await until(() => panel!.evaluate(tabStateFromPanel, tabId), (s) => s.draft === 'Thanks');
      record(id, 'Firefox', state, expected);
      expect(state.box?.platform).toBe(id);
      expect(state.box?.review?.text).toBe(expected);
      await panel.close();
      await page.close();
    });
  }
});
