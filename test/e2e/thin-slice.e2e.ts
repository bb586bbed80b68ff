import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFixtures, type FixtureServer } from './support/server';
import { launchChromium, launchFirefox, waitUntil, type ChromiumSession, type FirefoxSession } from './support/browsers';

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(async () => {
  await server?.close();
});

const draft = 'Thank you for telling us about the wait.';

describe('thin slice in Chromium', () => {
  let chrome: ChromiumSession;
  beforeAll(async () => {
    chrome = await launchChromium();
  });
  afterAll(async () => {
    await chrome?.close();
  });

  it('shows what the owner types in a textarea, live, in the panel bound to that tab', async () => {
    const page = await chrome.context.newPage();
    await page.goto(server.url('thin/index.html'));
    const panel = await chrome.openPanelFor(page);
    await expect.poll(() => panel.getByTestId('draft-empty').count()).toBe(1);
    await page.locator('#reply').pressSequentially(draft, { delay: 5 });
    await expect.poll(() => panel.getByTestId('draft').textContent(), { timeout: 10_000 }).toBe(draft);
    await page.locator('#reply').press('Backspace');
    await expect.poll(() => panel.getByTestId('draft').textContent()).toBe(draft.slice(0, -1));
  });

  it('shows a contenteditable draft too', async () => {
    const page = await chrome.context.newPage();
    await page.goto(server.url('thin/index.html'));
    const panel = await chrome.openPanelFor(page);
    await page.locator('#rich').click();
    await page.keyboard.type('We are sorry.', { delay: 5 });
    await expect.poll(() => panel.getByTestId('draft').textContent(), { timeout: 10_000 }).toBe('We are sorry.');
  });
});

describe('thin slice in Firefox', () => {
  let firefox: FirefoxSession;
  beforeAll(async () => {
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it('shows what the owner types in a textarea in the panel opened through the test hook', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(server.url('thin/index.html'));
    const panel = await firefox.openPanelFor(page);
    await panel.waitForSelector('[data-testid="draft-empty"]');
    await page.bringToFront();
    await page.type('#reply', draft, { delay: 5 });
    await waitUntil(
      panel,
      (expected) => document.querySelector('[data-testid="draft"]')?.textContent === expected,
      { timeout: 10_000 },
      draft,
    );
    expect(await panel.$eval('[data-testid="draft"]', (el) => el.textContent)).toBe(draft);
  });
});
