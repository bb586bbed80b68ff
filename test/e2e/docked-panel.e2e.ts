/**
 * The real docked side panel (Chrome), not a panel tab opened with ?tabId: opened by the badge, it
 * serves the tab the owner is on and follows them as they switch tabs. Puppeteer reaches the panel
 * over a second DevTools endpoint, since Playwright does not list side-panel pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type Page as PptrPage } from 'puppeteer-core';
import type { Page as PwPage } from 'playwright-core';
import { serveFixtures, type FixtureServer } from './support/server';
import { launchChromium, type ChromiumSession } from './support/browsers';

let server: FixtureServer;
let chrome: ChromiumSession;
let devtools: Browser;

beforeAll(async () => {
  server = await serveFixtures();
  chrome = await launchChromium({ debuggingPort: true });
  const file = join(chrome.profile, 'DevToolsActivePort');
  const deadline = Date.now() + 10_000;
  while (!existsSync(file) && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 50));
  const [port, path] = readFileSync(file, 'utf8').trim().split('\n');
  devtools = await puppeteer.connect({ browserWSEndpoint: `ws://127.0.0.1:${port}${path}`, defaultViewport: null });
});
afterAll(async () => {
  await devtools?.disconnect();
  await chrome?.close();
  await server?.close();
});

async function typeIn(page: PwPage, text: string) {
  await page.bringToFront();
  await page.locator('#reply').click();
  await page.keyboard.type(text, { delay: 5 });
}

/** The docked panel: the side-panel page without a ?tabId (the panel tab of DESIGN.md's hook carries one). */
async function dockedPanel(): Promise<PptrPage> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const target = devtools.targets().find((t) => /\/sidepanel\.html$/.test(t.url()));
    const page = await target?.asPage().catch(() => null);
    if (page) return page;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error('the docked side panel did not open');
}

const draftIn = (panel: PptrPage) => panel.evaluate(() => document.querySelector('[data-testid="draft"]')?.textContent ?? null);

async function until<T>(read: () => Promise<T>, want: T, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  let last = await read();
  while (last !== want && Date.now() < deadline) {
    await new Promise((ok) => setTimeout(ok, 100));
    last = await read();
  }
  return last;
}

describe('the docked side panel in Chromium', () => {
  it('opened from the badge, shows this tab’s draft, and follows the owner to another tab and back', async () => {
    const first = await chrome.context.newPage();
    await first.goto(server.url('thin/index.html'));
    await typeIn(first, 'You are wrong about the wait');
    await first.locator('calm-reply-badge').locator('button').click();
    const panel = await dockedPanel();
    expect(await until(() => draftIn(panel), 'You are wrong about the wait')).toBe('You are wrong about the wait');

    const second = await chrome.context.newPage();
    await second.goto(server.url('thin/index.html'));
    await typeIn(second, 'Thank you for telling us');
    expect(await until(() => draftIn(panel), 'Thank you for telling us')).toBe('Thank you for telling us');

    await first.bringToFront();
    expect(await until(() => draftIn(panel), 'You are wrong about the wait')).toBe('You are wrong about the wait');
  });
});
