/**
 * Follow through, in real Chromium and Firefox: a dated, low-rated review shows its age and the
 * nudge to reply; a reply that promises a refund by Friday, once inserted, offers "Remind me"; the
 * follow-up shows in the panel and the options page with its due date; its reminder fires as a
 * notification (Chromium's test build holds the permission) or as a count on the toolbar button
 * (Firefox, where the optional permission was not granted); done, snooze and delete persist, in
 * Chromium across a service-worker restart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page as PptrPage } from 'puppeteer-core';
import { serveFixtures, type FixtureServer } from './support/server';
import { launchChromium, launchFirefox, waitUntil, type ChromiumSession, type FirefoxSession, stopServiceWorker } from './support/browsers';

const REPLY = 'Thank you, Dana. I am sorry we charged you twice for one dinner. We will refund the charge by Friday.';

/** Local calendar date, days from today: the review fixture says "9 days ago", so its date moves with the test day. */
function localISO(daysFromToday = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + daysFromToday);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(async () => {
  await server?.close();
});

describe('follow-ups in Chromium', () => {
  let chrome: ChromiumSession;
  beforeAll(async () => {
    chrome = await launchChromium();
  });
  afterAll(async () => {
    await chrome?.close();
  });

  it('age and nudge → insert a promise → Remind me → due in panel and options → a notification → done, snooze, delete persist across a restart', async () => {
    const page = await chrome.context.newPage();
    await page.goto(server.url('followups/index.html'));
    const panel = await chrome.openPanelFor(page);
    await page.bringToFront();
    await page.locator('#reply').click();
    await page.keyboard.type('Thanks', { delay: 5 });

    // The review's age, read from "9 days ago", and the nudge (2 stars, past the default 2 days).
    await expect.poll(() => panel.getByTestId('review-date').getAttribute('data-date'), { timeout: 15_000 }).toBe(localISO(-9));
    expect(await panel.getByTestId('review-date').textContent()).toBe('· Posted 9 days ago');
    expect(await panel.getByTestId('reply-soon').textContent()).toMatch(/^This review has waited 9 days for an answer\. .*Dana/);

    // Insert a reply that promises a refund by Friday: the panel offers to remember it.
    await panel.getByTestId('suggestion').fill(REPLY);
    await expect.poll(() => panel.getByTestId('insert').isEnabled()).toBe(true);
    await panel.getByTestId('insert').click();
    await expect.poll(() => page.locator('#reply').inputValue(), { timeout: 15_000 }).toBe(REPLY);
    await expect.poll(() => panel.getByTestId('remind').textContent()).toMatch(/^Remind me to follow up with Dana on (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d+ \w+/);
    expect(await panel.getByTestId('remind').textContent()).toMatch(/Fri \d+ \w+/);
    // The owner moves it to today, so the reminder is due now.
    await panel.getByTestId('remind-date').fill(localISO());
    await panel.getByTestId('remind').click();
    await expect.poll(() => panel.getByTestId('remind-saved').textContent()).toMatch(/^Calm Reply will remind you to follow up with Dana on .*, with a notification\.$/);

    // Due now: it leads the panel.
    const dueItem = panel.getByTestId('due').getByTestId('follow-up');
    await expect.poll(() => dueItem.getAttribute('data-due')).toBe(localISO());
    expect(await dueItem.getAttribute('data-state')).toBe('open');

    // The reminder: the test build's hook runs what the 09:00 alarm runs; read the notification back.
    await panel.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'test-run-reminders' }));
    const notifications = () =>
      chrome.serviceWorker.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: { notifications: { getAll(): Promise<Record<string, boolean>> } } }).chrome;
        return Object.keys(await api.notifications.getAll());
      });
    await expect.poll(notifications, { timeout: 10_000 }).toEqual([expect.stringMatching(/^calm-reply-follow-up:/)]);

    // The options page lists it, with the same date.
    const options = await chrome.context.newPage();
    await options.goto(`chrome-extension://${chrome.extensionId}/options.html`);
    const listed = options.getByTestId('follow-ups-section').getByTestId('follow-up');
    await expect.poll(() => listed.count()).toBe(1);
    expect(await listed.getAttribute('data-due')).toBe(localISO());

    // Done in the panel: it leaves the Due section; the options page shows it done and a check-in in two weeks.
    await dueItem.getByTestId('follow-up-done').click();
    await expect.poll(() => panel.getByTestId('due').count()).toBe(0);

    // Stop the service worker; what was done stays done.
    await stopServiceWorker(chrome, page);

    await options.reload();
    const items = options.getByTestId('follow-ups-section').getByTestId('follow-up');
    await expect.poll(() => items.count()).toBe(2);
    const states = async () => (await items.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-state')} ${e.getAttribute('data-due')}`))).sort();
    expect(await states()).toEqual([`done ${localISO()}`, `open ${localISO(14)}`].sort());

    // Snooze the check-in a week, then delete it; each survives a reload.
    await options.locator('[data-testid="follow-up"][data-state="open"]').getByTestId('follow-up-snooze-week').click();
    await expect.poll(states).toEqual([`done ${localISO()}`, `open ${localISO(21)}`].sort());
    await options.reload();
    await expect.poll(states).toEqual([`done ${localISO()}`, `open ${localISO(21)}`].sort());
    await options.locator('[data-testid="follow-up"][data-state="open"]').getByTestId('follow-up-delete').click();
    await expect.poll(states).toEqual([`done ${localISO()}`]);
    await options.reload();
    await expect.poll(states).toEqual([`done ${localISO()}`]);
  });
});

describe('follow-ups in Firefox', () => {
  let firefox: FirefoxSession;
  beforeAll(async () => {
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox?.close();
  });

  /** Sets a React-controlled input's value the way typing does (the native setter, then input). */
  const setValue = (page: PptrPage, sel: string, value: string) =>
    page.$eval(
      sel,
      (el, v) => {
        const input = el as HTMLInputElement;
        Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')!.set!.call(input, v);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      },
      value,
    );
  const attr = (page: PptrPage, sel: string, name: string) => page.$eval(sel, (el, n) => el.getAttribute(n as string), name);

  it('age and nudge → insert a promise → Remind me → due in panel and options → without notifications, a count on the toolbar button → done persists', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(server.url('followups/index.html'));
    const panel = await firefox.openPanelFor(page);
    await page.bringToFront();
    await page.type('#reply', 'Thanks', { delay: 5 });

    await waitUntil(panel, (d) => document.querySelector('[data-testid="review-date"]')?.getAttribute('data-date') === d, { timeout: 20_000 }, localISO(-9));
    expect(await panel.$eval('[data-testid="reply-soon"]', (el) => el.textContent)).toMatch(/^This review has waited 9 days for an answer\./);

    await panel.bringToFront();
    await setValue(panel, '[data-testid="suggestion"]', REPLY);
    await waitUntil(panel, () => !(document.querySelector('[data-testid="insert"]') as HTMLButtonElement | null)?.disabled);
    await panel.click('[data-testid="insert"]');
    await page.waitForFunction((v) => (document.querySelector('#reply') as HTMLTextAreaElement).value === v, { timeout: 20_000 }, REPLY);
    await waitUntil(panel, () => !!document.querySelector('[data-testid="remind"]'));
    expect(await panel.$eval('[data-testid="remind"]', (el) => el.textContent)).toMatch(/^Remind me to follow up with Dana on Fri \d+ \w+/);
    await setValue(panel, '[data-testid="remind-date"]', localISO());
    await panel.click('[data-testid="remind"]');
    await waitUntil(panel, () => /^Calm Reply will remind you/.test(document.querySelector('[data-testid="remind-saved"]')?.textContent ?? ''));

    await waitUntil(panel, (d) => document.querySelector('[data-testid="due"] [data-testid="follow-up"]')?.getAttribute('data-due') === d, {}, localISO());

    // The reminder, without the notifications permission: a count on the toolbar button.
    await panel.evaluate(() => (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser.runtime.sendMessage({ type: 'test-run-reminders' }));
    const badge = () =>
      panel.evaluate(() => (globalThis as unknown as { browser: { browserAction: { getBadgeText(d: object): Promise<string> } } }).browser.browserAction.getBadgeText({}));
    let text = await badge();
    for (let i = 0; i < 50 && text !== '1'; i++) {
      await new Promise((ok) => setTimeout(ok, 100));
      text = await badge();
    }
    expect(text).toBe('1');

    // Firefox's remote protocol cannot open moz-extension:// pages; the extension's own page can.
    const before = new Set(await firefox.browser.pages());
    await panel.evaluate(() => (globalThis as unknown as { browser: { runtime: { openOptionsPage(): Promise<void> } } }).browser.runtime.openOptionsPage());
    let options: PptrPage | undefined;
    for (const deadline = Date.now() + 20_000; !options && Date.now() < deadline; ) {
      for (const candidate of await firefox.browser.pages()) {
        if (before.has(candidate)) continue;
        if ((await candidate.evaluate(() => location.href).catch(() => '')).includes('/options.html')) options = candidate;
      }
      if (!options) await new Promise((ok) => setTimeout(ok, 200));
    }
    if (!options) throw new Error('the options page did not open');
    await waitUntil(options, () => document.querySelectorAll('[data-testid="follow-ups-section"] [data-testid="follow-up"]').length === 1);
    expect(await attr(options, '[data-testid="follow-ups-section"] [data-testid="follow-up"]', 'data-due')).toBe(localISO());

    // Done from the options page: the count clears, and it stays done after a reload.
    await options.click('[data-testid="follow-ups-section"] [data-testid="follow-up-done"]');
    text = await badge();
    for (let i = 0; i < 50 && text !== ''; i++) {
      await new Promise((ok) => setTimeout(ok, 100));
      text = await badge();
    }
    expect(text).toBe('');
    // Reloaded from inside (the remote protocol does not wait on a moz-extension page's load).
    await options.evaluate(() => location.reload());
    await new Promise((ok) => setTimeout(ok, 500));
    await waitUntil(options, () => document.querySelectorAll('[data-testid="follow-ups-section"] [data-testid="follow-up"]').length === 2);
    const states = await options.$$eval('[data-testid="follow-ups-section"] [data-testid="follow-up"]', (els) =>
      els.map((e) => `${e.getAttribute('data-state')} ${e.getAttribute('data-due')}`).sort(),
    );
    expect(states).toEqual([`done ${localISO()}`, `open ${localISO(14)}`].sort());
  });
});
