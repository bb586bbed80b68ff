/**
 * The owners' own dashboards, end to end in Chromium and Firefox: Google's merchant panel with its
 * same-origin reviews frame (list and one-review views), Trustpilot Business, App Store Connect
 * (an editable div in a dialog), Booking.com's extranet and Yelp for Business. For each page: the
 * reply box is found, the panel shows exactly the review that box answers and nothing of its
 * neighbours, the reviewer and rating where the page shows them, and Insert writes into the page's
 * own box (a textarea's value with an input event its page hears; the dialog's editable div).
 * Expected texts are written here, copied from the fixture pages (test/fixtures/platforms/<id>/dashboard*.html).
 * Prints the dashboard × browser table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame as PwFrame, Page as PwPage } from 'playwright-core';
import type { Frame as PptrFrame, Page as PptrPage } from 'puppeteer-core';
import type { TabState } from '@/lib/messages';
import { serveFixtures, type FixtureServer } from './support/server';
import { tabStateFromPanel } from './support/panel-state';
import { launchChromium, launchFirefox, waitUntil, type ChromiumSession, type FirefoxSession } from './support/browsers';

interface Dashboard {
  name: string;
  platform: string;
  page: string;
  /** Part of the address of the frame holding the box (Google's reviews frame). */
  frame?: string;
  /** Clicked first: what the owner clicks to open the reply form. */
  open?: string;
  review: string;
  /** As the page gives it (panel state) and as the panel shows it (a first name, or none). */
  author: string;
  shownAuthor?: string;
  rating?: number;
  neighbours: string[];
  editor: 'textarea' | 'contenteditable';
}

const DASHBOARDS: Dashboard[] = [
  {
    name: 'Google merchant panel, reviews frame',
    platform: 'google',
    page: 'platforms/google/dashboard.html',
    frame: '/customers/reviews?',
    review: 'We waited fifty minutes for two omelettes and the second one arrived cold. Nobody came to explain the delay.',
    author: 'Priya',
    shownAuthor: 'Priya',
    rating: 2,
    neighbours: ['Good coffee, but the music', 'The card machine was broken', 'Lovely terrace', 'see you and the kids'],
    editor: 'textarea',
  },
  {
    name: 'Google merchant panel, one-review frame',
    platform: 'google',
    page: 'platforms/google/dashboard-reply.html',
    frame: '/customers/reviews/reply',
    review: 'The table by the window had not been wiped and the waiter rolled his eyes when we asked for a cloth.',
    author: 'Henrike',
    shownAuthor: 'Henrike',
    rating: 1,
    neighbours: ['apple strudel', 'Booked for eight', '3 of 15'],
    editor: 'textarea',
  },
  {
    name: 'Trustpilot Business',
    platform: 'trustpilot',
    page: 'platforms/trustpilot/dashboard.html',
    review: 'My card was charged twice for one breakfast. Three emails later I still have no refund and no answer.',
    author: 'Hugo',
    shownAuthor: 'Hugo',
    rating: 1,
    neighbours: ['Gift card', 'gift card', 'shakshuka', 'Lovely pastries', 'Charged twice'],
    editor: 'textarea',
  },
  {
    name: 'App Store Connect, response dialog',
    platform: 'appstore',
    page: 'platforms/appstore/dashboard.html',
    open: '.reply-link[data-review="r3"]',
    review: 'After moving to a new phone all my saved routes were gone, two years of them. Support sent a link that did nothing.',
    author: 'martyna_k',
    neighbours: ['closes as soon as I type', 'home screen widget', 'pings me four times', 'Lost my history'],
    editor: 'contenteditable',
  },
  {
    name: 'Booking.com extranet',
    platform: 'booking',
    page: 'platforms/booking/dashboard.html',
    review: 'Our booking for a twin room became a double on arrival. The shower drain was blocked for the whole stay.',
    author: 'Rafael',
    shownAuthor: 'Rafael',
    // The guest's score is out of 10 (4.0): read as 2 stars out of 5.
    rating: 2,
    neighbours: ['air conditioning rattled', 'Spotless room', 'street noise'],
    editor: 'textarea',
  },
  {
    name: 'Yelp for Business',
    platform: 'yelp',
    page: 'platforms/yelp/dashboard.html',
    review: 'Found a hair in my soup and the server just shrugged. When I asked for the manager we were told to leave.',
    author: 'Nadia',
    shownAuthor: 'Nadia',
    rating: 1,
    neighbours: ['pickup at noon', 'breakfast burrito', 'strong coffee'],
    editor: 'textarea',
  },
];

const DRAFT = 'We are sorry';
const REPLY = 'Thank you for telling us, and I am sorry this happened. I have spoken with the team today; please write to me at the café so I can put it right.';

const table: Record<string, Record<string, string>> = {};
let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(async () => {
  await server?.close();
  const lines = ['| dashboard | browser | box found | review read | author, rating | insert |', '|---|---|---|---|---|---|'];
  for (const [name, byBrowser] of Object.entries(table)) for (const [browser, row] of Object.entries(byBrowser)) lines.push(`| ${name} | ${browser} | ${row} |`);
  console.log(lines.join('\n'));
});

interface Row {
  box: boolean;
  review?: string;
  author?: string;
  rating?: number;
  inserted?: string;
}
function record(d: Dashboard, browser: string, row: Row) {
  const review = row.review === undefined ? 'not reached' : row.review === d.review ? 'yes' : row.review === '' ? 'NO (none)' : 'NO (another text)';
  const who = `${row.author ?? '–'}, ${row.rating ?? '–'}`;
  const insert = row.inserted === undefined ? 'not reached' : row.inserted === REPLY ? 'yes' : 'NO';
  (table[d.name] ??= {})[browser] = `${row.box ? 'yes' : 'NO'} | ${review} | ${who} | ${insert}`;
}

/** The box's own text, in the page: a textarea's value or an editable div's text. */
const boxText = (el: Element) => (el instanceof HTMLTextAreaElement ? el.value : ((el as HTMLElement).innerText ?? el.textContent ?? '').replace(/\s+/g, ' ').trim());
const inputEvents = (el: Element) => Number((el as HTMLElement).dataset.inputEvents ?? 0);

/** What the panel shows of the review: text, first name, rating label (runs in the panel page). */
const shownReview = () => ({
  text: document.querySelector('[data-testid="review-text"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
  author: document.querySelector('[data-testid="review-author"]')?.textContent ?? undefined,
  rating: document.querySelector('[data-testid="review-rating"]')?.getAttribute('aria-label') ?? undefined,
});

function expectShown(d: Dashboard, shown: { text: string; author?: string; rating?: string }, state: TabState) {
  expect(state.box?.platform).toBe(d.platform);
  expect(shown.text).toBe(d.review);
  for (const other of d.neighbours) expect(shown.text).not.toContain(other);
  expect(state.box?.review?.author).toBe(d.author);
  expect(shown.author).toBe(d.shownAuthor);
  expect(state.box?.review?.rating).toBe(d.rating);
  expect(shown.rating).toBe(d.rating === undefined ? undefined : `${d.rating} out of 5 stars`);
}

describe('owner dashboards in Chromium', () => {
  let chrome: ChromiumSession;
  beforeAll(async () => {
    chrome = await launchChromium();
  });
  afterAll(async () => {
    await chrome?.close();
  });

  async function scopeOf(page: PwPage, d: Dashboard): Promise<PwFrame> {
    if (!d.frame) return page.mainFrame();
    await expect.poll(() => page.frames().some((f) => f.url().includes(d.frame!)), { timeout: 10_000 }).toBe(true);
    return page.frames().find((f) => f.url().includes(d.frame!))!;
  }

  for (const d of DASHBOARDS) {
    it(`${d.name}: the box, exactly its review, and Insert into the page's own ${d.editor}`, async () => {
      const row: Row = { box: false };
      const page = await chrome.context.newPage();
      try {
        await page.goto(server.url(d.page));
        if (d.open) await page.click(d.open);
        const scope = await scopeOf(page, d);
        const box = scope.locator('[data-target]');
        await expect.poll(() => box.getAttribute('data-calm-reply-box'), { timeout: 10_000 }).toBeTruthy();
        row.box = true;
        const panel = await chrome.openPanelFor(page);
        const tabId = Number(new URL(panel.url()).searchParams.get('tabId'));
        await page.bringToFront();
        await box.click();
        await page.keyboard.type(DRAFT, { delay: 5 });
        await expect.poll(() => panel.getByTestId('draft').textContent(), { timeout: 15_000 }).toBe(DRAFT);
        await expect.poll(() => panel.evaluate(shownReview).then((s) => s.text), { timeout: 10_000 }).not.toBe('');
        const shown = await panel.evaluate(shownReview);
        const state = await panel.evaluate(tabStateFromPanel, tabId);
        Object.assign(row, { review: shown.text, author: state.box?.review?.author, rating: state.box?.review?.rating });
        expectShown(d, shown, state);

        const before = await box.evaluate(inputEvents);
        await panel.bringToFront();
        await panel.getByTestId('suggestion').fill(REPLY);
        await expect.poll(() => panel.getByTestId('insert').isEnabled()).toBe(true);
        await panel.getByTestId('insert').click();
        await expect.poll(() => box.evaluate(boxText), { timeout: 15_000 }).toBe(REPLY);
        row.inserted = await box.evaluate(boxText);
        await expect.poll(() => panel.getByTestId('insert-status').getAttribute('data-kind')).toBe('inserted');
        if (d.editor === 'textarea') expect(await box.evaluate(inputEvents)).toBeGreaterThan(before);
        await expect.poll(() => panel.getByTestId('draft').textContent(), { timeout: 15_000 }).toBe(REPLY);
        await panel.close();
      } finally {
        record(d, 'Chromium', row);
        await page.close();
      }
    });
  }
});

describe('owner dashboards in Firefox', () => {
  let firefox: FirefoxSession;
  beforeAll(async () => {
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox?.close();
  });

  async function scopeOf(page: PptrPage, d: Dashboard): Promise<PptrPage | PptrFrame> {
    if (!d.frame) return page;
    const deadline = Date.now() + 10_000;
    for (;;) {
      const frame = page.frames().find((f) => f.url().includes(d.frame!));
      if (frame) return frame;
      if (Date.now() > deadline) throw new Error(`no frame at ${d.frame}`);
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }

  for (const d of DASHBOARDS) {
    it(`${d.name}: the box, exactly its review, and Insert into the page's own ${d.editor}`, async () => {
      const row: Row = { box: false };
      const page = await firefox.browser.newPage();
      try {
        await page.goto(server.url(d.page));
        if (d.open) await page.click(d.open);
        const scope = await scopeOf(page, d);
        const box = (await scope.waitForSelector('[data-target]'))!;
        const deadline = Date.now() + 10_000;
        while (!(await box.evaluate((el) => el.getAttribute('data-calm-reply-box'))) && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 150));
        expect(await box.evaluate((el) => el.getAttribute('data-calm-reply-box'))).toBeTruthy();
        row.box = true;
        const panel = await firefox.openPanelFor(page);
        const tabId = Number(new URL(await panel.evaluate(() => location.href)).searchParams.get('tabId'));
        await page.bringToFront();
        // Firefox's remote protocol cannot click into a frame (it cannot locate a frame's element
        // from the page); focusing the box is what the click would do for the content script.
        if (d.frame) await box.evaluate((el) => (el as HTMLElement).focus());
        else await box.click();
        await page.keyboard.type(DRAFT, { delay: 5 });
        await waitUntil(panel, (draft) => document.querySelector('[data-testid="draft"]')?.textContent === draft, { timeout: 20_000 }, DRAFT);
        await waitUntil(panel, () => !!document.querySelector('[data-testid="review-text"]')?.textContent, { timeout: 10_000 }).catch(() => {});
        const shown = await panel.evaluate(shownReview);
        const state = await panel.evaluate(tabStateFromPanel, tabId);
        Object.assign(row, { review: shown.text, author: state.box?.review?.author, rating: state.box?.review?.rating });
        expectShown(d, shown, state);

        const before = await box.evaluate(inputEvents);
        await panel.bringToFront();
        const suggestion = '[data-testid="suggestion"]';
        await panel.click(suggestion);
        await panel.$eval(suggestion, (el) => (el as HTMLTextAreaElement).select());
        await panel.keyboard.type(REPLY);
        expect(await panel.$eval(suggestion, (el) => (el as HTMLTextAreaElement).value)).toBe(REPLY);
        await waitUntil(panel, () => !(document.querySelector('[data-testid="insert"]') as HTMLButtonElement).disabled);
        await panel.click('[data-testid="insert"]');
        const end = Date.now() + 15_000;
        while ((await box.evaluate(boxText)) !== REPLY && Date.now() < end) await new Promise((ok) => setTimeout(ok, 150));
        row.inserted = await box.evaluate(boxText);
        expect(row.inserted).toBe(REPLY);
        await waitUntil(panel, () => document.querySelector('[data-testid="insert-status"]')?.getAttribute('data-kind') === 'inserted');
        if (d.editor === 'textarea') expect(await box.evaluate(inputEvents)).toBeGreaterThan(before);
        await panel.close();
      } finally {
        record(d, 'Firefox', row);
        await page.close();
      }
    });
  }
});
