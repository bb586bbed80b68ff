/**
 * The reply to post, as an owner meets it in Chromium and Firefox: for a 5-star review, a thank-you
 * naming what they liked with no apology and no blank; for a complaint, a reply that names it,
 * apologises for it and offers fitting actions that fill the blank; for a draft the owner wrote, the
 * calmer version of their own words at the top.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page as PwPage } from 'playwright-core';
import { serveFixtures, type FixtureServer } from './support/server';
import { launchChromium, launchFirefox, waitUntil, type ChromiumSession, type FirefoxSession } from './support/browsers';

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(async () => {
  await server?.close();
});

const DRAFT = 'Actually, the water heater was checked that week. We have now replaced the boiler.';

describe('the reply to post in Chromium', () => {
  let chrome: ChromiumSession;
  let page: PwPage;
  let panel: PwPage;
  beforeAll(async () => {
    chrome = await launchChromium();
    page = await chrome.context.newPage();
    await page.goto(server.url('reply/index.html'));
    await page.waitForSelector('#box-praise[data-calm-reply-box]', { timeout: 10_000 });
    await page.locator('#box-praise').click();
    panel = await chrome.openPanelFor(page);
  });
  afterAll(async () => {
    await chrome?.close();
  });
  const suggestion = () => panel.getByTestId('suggestion').inputValue();

  it('a 5-star review gets thanks that name what they liked, no apology and no blank', async () => {
    await expect.poll(() => panel.getByTestId('review-text').textContent(), { timeout: 10_000 }).toContain('The breakfast was superb');
    // both things they liked: one named in the thanks, one said back as they put it
    await expect.poll(suggestion, { timeout: 10_000 }).toContain('the breakfast was superb');
    expect(await suggestion()).toContain('the pool');
    const text = await suggestion();
    expect(text).not.toMatch(/sorry|apologi/i);
    expect(text).not.toContain('[');
    expect(await panel.getByTestId('insert').isEnabled()).toBe(true);
  });

  it('a complaint gets a reply naming it, an apology for it, and fitting actions that fill the blank', async () => {
    await page.locator('#box-complaint').click();
    await expect.poll(() => panel.getByTestId('review-text').textContent(), { timeout: 10_000 }).toContain('The shower ran cold');
    await expect.poll(suggestion, { timeout: 10_000 }).toContain('I am truly sorry the shower ran cold.');
    expect(await panel.getByTestId('insert').isDisabled()).toBe(true);
    const options = await panel.getByTestId('action-option').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(options.length).toBeGreaterThanOrEqual(2);
    expect(options.join(' | ')).toMatch(/shower/);
    await panel.getByTestId('action-option').first().click();
    await panel.getByTestId('action-when').first().click();
    await expect.poll(suggestion).not.toContain('[');
    expect(await panel.getByTestId('insert').isEnabled()).toBe(true);
  });

  it('a business named with two capitalised words still gets the specific thank-you, signed with its name', async () => {
    // Set in the options page, as the owner would; the panel reads it at once.
    const options = await chrome.context.newPage();
    await options.goto(`chrome-extension://${chrome.extensionId}/options.html`);
    await options.getByLabel('Business name').fill('Hotel Anna Maria');
    await page.bringToFront();
    await page.locator('#box-praise').click();
    await expect.poll(suggestion, { timeout: 15_000 }).toMatch(/The team at Hotel Anna Maria$/);
    // its own name in the sign-off is no reviewer's full name, so the reply still names what they liked
    expect(await suggestion()).toContain('the breakfast was superb');
    await options.close();
  });

  it("the owner's own draft comes back calmer at the top, their action kept word for word", async () => {
    // First a fresh box: with a draft and no edit of the composed reply, the calmer draft is what shows.
    await page.locator('#box-praise').pressSequentially('Actually, the pool is cleaned twice a day. Thank you for staying with us.');
    await expect.poll(() => panel.getByTestId('reply-source').getAttribute('data-source'), { timeout: 10_000 }).toBe('draft');
    await expect.poll(suggestion, { timeout: 10_000 }).toContain('Thank you for staying with us.');
    expect(await suggestion()).not.toMatch(/Actually/);

    await page.locator('#box-complaint').fill('');
    await page.locator('#box-complaint').pressSequentially(DRAFT);
    // The owner chose an action in the composed reply above, so that side stays up until they switch
    // (switching again if the panel was still reading that box's kept edits when they clicked).
    const calmer = async () => {
      if ((await panel.getByTestId('reply-source').getAttribute('data-source')) !== 'draft') await panel.getByTestId('source-draft').click();
      return suggestion();
    };
    await expect.poll(calmer, { timeout: 20_000 }).toContain('We have now replaced the boiler.');
    expect(await suggestion()).not.toMatch(/Actually/);
  });
});

describe('the reply to post in Firefox', () => {
  let firefox: FirefoxSession;
  beforeAll(async () => {
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox?.close();
  });

  /** The demo's 5-star review in a fresh tab, its panel open once the suggestion thanks them for the breakfast. */
  async function openOnPraise() {
    const page = await firefox.browser.newPage();
    await page.goto(server.url('reply/index.html'));
    await waitUntil(page, () => document.querySelector('#box-praise')?.hasAttribute('data-calm-reply-box'), { timeout: 10_000 });
    await page.click('#box-praise');
    const panel = await firefox.openPanelFor(page);
    const value = () => panel.evaluate(() => (document.querySelector('[data-testid="suggestion"]') as HTMLTextAreaElement | null)?.value ?? '');
    await waitUntil(panel, () => ((document.querySelector('[data-testid="suggestion"]') as HTMLTextAreaElement | null)?.value ?? '').includes('the breakfast was superb'), { timeout: 15_000 });
    return { page, panel, value };
  }

  it('praise gets named thanks without apology; a complaint gets its apology and action options', async () => {
    const { page, panel, value } = await openOnPraise();
    expect(await value()).toContain('the pool');
    expect(await value()).not.toMatch(/sorry|apologi/i);

    await page.bringToFront();
    await page.click('#box-complaint');
    await waitUntil(panel, () => ((document.querySelector('[data-testid="suggestion"]') as HTMLTextAreaElement | null)?.value ?? '').includes('I am truly sorry the shower ran cold.'), { timeout: 15_000 });
    const options = await panel.$$eval('[data-testid="action-option"]', (els) => els.map((e) => (e as HTMLInputElement).value));
    expect(options.length).toBeGreaterThanOrEqual(2);
    expect(options.join(' | ')).toMatch(/shower/);
  });

  it('a business named with two capitalised words still gets the specific thank-you, signed with its name', async () => {
    const { page, panel, value } = await openOnPraise();
    // Set in the options page, as the owner would.
    const options = await firefox.openOptionsFrom(panel);
    await options.waitForSelector('[data-testid="business-name"]');
    await options.click('[data-testid="business-name"]');
    await options.type('[data-testid="business-name"]', 'Hotel Anna Maria');
    await options.keyboard.press('Tab');
    await page.bringToFront();
    await page.click('#box-praise');
    await waitUntil(panel, () => /The team at Hotel Anna Maria$/.test((document.querySelector('[data-testid="suggestion"]') as HTMLTextAreaElement | null)?.value ?? ''), { timeout: 15_000 });
    // its own name in the sign-off is no reviewer's full name, so the reply still names what they liked
    expect(await value()).toContain('the breakfast was superb');
    expect(await value()).not.toMatch(/sorry|apologi/i);
    await options.close();
  });
});
