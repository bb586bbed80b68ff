/**
 * "Pick the review on the page" in real Chromium and Firefox, on a layout no adapter models (the reply
 * pane beside the list): before the pick the panel does not show the answered review; after the owner
 * clicks "Pick the review on the page" and then the review's words, it shows exactly that review, and
 * after a reload of the page the box reads the same review again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFixtures, type FixtureServer } from './support/server';
import { launchChromium, launchFirefox, waitUntil, type ChromiumSession, type FirefoxSession } from './support/browsers';

const ANSWERED = 'The plumber left mud on the carpet and charged for two hours of work that took one.';

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(async () => {
  await server?.close();
});

describe('picking the review in Chromium', () => {
  let chrome: ChromiumSession;
  beforeAll(async () => {
    chrome = await launchChromium();
  });
  afterAll(async () => {
    await chrome?.close();
  });

  it('the owner picks the review, the panel shows it, and the page remembers it after a reload', async () => {
    const page = await chrome.context.newPage();
    await page.goto(server.url('pick/index.html'));
    const box = page.locator('[data-target]');
    await expect.poll(() => box.getAttribute('data-calm-reply-box'), { timeout: 10_000 }).toBeTruthy();
    await box.click();
    await box.pressSequentially('Thank you');
    const panel = await chrome.openPanelFor(page);
    await expect.poll(() => panel.getByTestId('draft').textContent(), { timeout: 10_000 }).toContain('Thank you');
    // Positive control: without the pick, the answered review is not what the panel shows.
    expect(await panel.getByTestId('review-text').textContent({ timeout: 500 }).catch(() => null)).not.toBe(ANSWERED);

    await panel.getByTestId('pick-review').click();
    await expect.poll(() => panel.getByTestId('picking').count(), { timeout: 5_000 }).toBe(1);
    await expect.poll(() => page.locator('calm-reply-picker').count(), { timeout: 5_000 }).toBe(1);
    const target = await page.locator('[data-expect-review]').boundingBox();
    await page.mouse.click(target!.x + 20, target!.y + target!.height / 2);
    await expect.poll(() => panel.getByTestId('review-text').textContent(), { timeout: 10_000 }).toBe(ANSWERED);
    expect(await panel.getByTestId('review-picked').count()).toBe(1);
    expect(await page.locator('calm-reply-picker').count()).toBe(0);
    // The page's own text is untouched, and the draft is still the owner's.
    expect(await page.locator('[data-expect-review]').textContent()).toBe(ANSWERED);
    expect(await box.inputValue()).toBe('Thank you');

    await page.reload();
    await expect.poll(() => box.getAttribute('data-calm-reply-box'), { timeout: 10_000 }).toBeTruthy();
    await box.click();
    await box.pressSequentially('Hello');
    await expect.poll(() => panel.getByTestId('draft').textContent(), { timeout: 10_000 }).toContain('Hello');
    await expect.poll(() => panel.getByTestId('review-text').textContent(), { timeout: 10_000 }).toBe(ANSWERED);
  });
});

describe('picking the review in Firefox', () => {
  let firefox: FirefoxSession;
  beforeAll(async () => {
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it('the owner picks the review and the panel shows exactly it', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(server.url('pick/index.html'));
    await waitUntil(page, () => document.querySelector('[data-target]')?.hasAttribute('data-calm-reply-box'), { timeout: 10_000 });
    await page.click('[data-target]');
    await page.keyboard.type('Thank you');
    const panel = await firefox.openPanelFor(page);
    await waitUntil(panel, () => document.querySelector('[data-testid="draft"]')?.textContent?.includes('Thank you'), { timeout: 10_000 });
    const before = await panel.evaluate(() => document.querySelector('[data-testid="review-text"]')?.textContent ?? null);
    expect(before).not.toBe(ANSWERED);

    await panel.evaluate(() => (document.querySelector('[data-testid="pick-review"]') as HTMLButtonElement).click());
    await page.bringToFront();
    await waitUntil(page, () => !!document.querySelector('calm-reply-picker'), { timeout: 5_000 });
    const rect = await page.evaluate(() => {
      const r = document.querySelector('[data-expect-review]')!.getBoundingClientRect();
      return { x: r.x + 20, y: r.y + r.height / 2 };
    });
    await page.mouse.click(rect.x, rect.y);
    await waitUntil(panel, (want: string) => document.querySelector('[data-testid="review-text"]')?.textContent === want, { timeout: 10_000 }, ANSWERED);
    expect(await panel.evaluate(() => !!document.querySelector('[data-testid="review-picked"]'))).toBe(true);
    expect(await page.evaluate(() => (document.querySelector('[data-target]') as HTMLTextAreaElement).value)).toBe('Thank you');
  });
});
