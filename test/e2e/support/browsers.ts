import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage, type Worker } from 'playwright-core';
import puppeteer, { type Browser as PptrBrowser, type Page as PptrPage } from 'puppeteer-core';

export const CHROMIUM = '/usr/bin/chromium';
export const FIREFOX = '/usr/bin/firefox-esr';
export const CHROME_BUILD = resolve('.output/test/chrome-mv3');
export const FIREFOX_BUILD = resolve('.output/test/firefox-mv2');

/** One clear line instead of a stack trace when a browser or the build is missing. */
export function requireFile(path: string, hint: string): void {
  if (!existsSync(path)) throw new Error(`${path} is missing: ${hint}`);
}

/**
 * Stops the extension's service worker through the DevTools protocol, as Chrome does to an idle
 * one, and waits until it has stopped; the next message starts a fresh one.
 */
export async function stopServiceWorker(session: ChromiumSession, page: PwPage): Promise<void> {
  const cdp = await session.context.newCDPSession(page);
  const versions: Array<{ versionId: string; scriptURL: string; runningStatus: string }> = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => versions.push(...e.versions));
  await cdp.send('ServiceWorker.enable');
  const deadline = Date.now() + 10_000;
  const find = () => versions.find((v) => v.scriptURL.includes(session.extensionId));
  while (!find() && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 50));
  const worker = find();
  if (!worker) throw new Error('the extension has no service worker to stop');
  await cdp.send('ServiceWorker.stopWorker', { versionId: worker.versionId });
  while (versions.filter((v) => v.versionId === worker.versionId).at(-1)?.runningStatus !== 'stopped') {
    if (Date.now() > deadline) throw new Error('the service worker did not stop');
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

export interface ChromiumSession {
  context: BrowserContext;
  /** The profile folder (DevToolsActivePort lives there when launched with a debugging port). */
  profile: string;
  extensionId: string;
  serviceWorker: Worker;
  /** Opens the side panel page bound to the given page's tab (DESIGN.md: sidepanel.html?tabId=N). */
  openPanelFor(page: PwPage): Promise<PwPage>;
  close(): Promise<void>;
}

export async function launchChromium(options: { debuggingPort?: boolean } = {}): Promise<ChromiumSession> {
  requireFile(CHROMIUM, 'install Debian\'s package: apt-get install -y chromium');
  requireFile(join(CHROME_BUILD, 'manifest.json'), 'build it first: npm run build:test');
  const profile = mkdtempSync(join(tmpdir(), 'calm-reply-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      // A second DevTools endpoint beside Playwright's pipe, for watchers that attach to every target.
      ...(options.debuggingPort ? ['--remote-debugging-port=0'] : []),
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    profile,
    extensionId,
    serviceWorker,
    async openPanelFor(page) {
      const tabId = await serviceWorker.evaluate(async (url: string) => {
        const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }).chrome;
        const tabs = (await api.tabs.query({})).filter((t) => t.url === url);
        return tabs.length === 1 ? tabs[0]!.id : -tabs.length;
      }, page.url());
      if (typeof tabId !== 'number' || tabId <= 0 || !Number.isInteger(tabId))
        throw new Error(`expected one tab at ${page.url()}; server.url() gives each visit its own URL, so this means the page has not loaded`);
      const panel = await context.newPage();
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
      return panel;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface FirefoxSession {
  browser: PptrBrowser;
  extensionId: string;
  /** Asks the extension, through the test hook, to open the panel bound to this page's tab. */
  openPanelFor(page: PptrPage): Promise<PptrPage>;
  /** Opens the options page from an extension page (Firefox's remote protocol cannot open moz-extension:// pages itself). */
  openOptionsFrom(extensionPage: PptrPage): Promise<PptrPage>;
  close(): Promise<void>;
}

/** The first page not in `before` whose real address (asked of the page itself) passes `test`. */
async function newPageWhere(browser: PptrBrowser, before: Set<PptrPage>, test: (href: string) => boolean, what: string): Promise<PptrPage> {
  // Firefox reports a moz-extension tab's URL as about:blank to the remote protocol, so ask each new page where it really is.
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    for (const candidate of await browser.pages()) {
      if (before.has(candidate)) continue;
      const href = await candidate.evaluate(() => location.href).catch(() => '');
      if (test(href)) return candidate;
    }
    await new Promise((ok) => setTimeout(ok, 200));
  }
  throw new Error(`the extension did not open ${what}`);
}

export async function launchFirefox(): Promise<FirefoxSession> {
  requireFile(FIREFOX, 'install Debian\'s package: apt-get install -y firefox-esr');
  requireFile(join(FIREFOX_BUILD, 'manifest.json'), 'build it first: npm run build:test');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      // No outside traffic from the browser itself while testing.
      'app.update.enabled': false,
      'browser.search.update': false,
      'extensions.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
  const extensionId = await browser.installExtension(FIREFOX_BUILD);
  return {
    browser,
    extensionId,
    async openPanelFor(page) {
      const before = new Set(await browser.pages());
      // The content script may still be starting: ask until it acknowledges (test build only).
      const acked = page.evaluate(
        () =>
          new Promise<void>((ok, fail) => {
            const started = Date.now();
            const onAck = (e: MessageEvent) => {
              if ((e.data as { calmReplyAck?: string } | null)?.calmReplyAck === 'open-panel-tab') {
                clearInterval(timer);
                window.removeEventListener('message', onAck);
                ok();
              }
            };
            window.addEventListener('message', onAck);
            const ask = () => {
              if (Date.now() - started > 15_000) {
                clearInterval(timer);
                fail(new Error('the content script never answered the test hook'));
              }
              window.postMessage({ calmReply: 'open-panel-tab' }, '*');
            };
            const timer = setInterval(ask, 250);
            ask();
          }),
      );
      await acked;
      return newPageWhere(browser, before, (href) => href.startsWith('moz-extension://') && href.includes('sidepanel.html'), 'the panel tab');
    },
    async openOptionsFrom(extensionPage) {
      const before = new Set(await browser.pages());
      await extensionPage.evaluate(() => (globalThis as unknown as { browser: { runtime: { openOptionsPage(): Promise<void> } } }).browser.runtime.openOptionsPage());
      return newPageWhere(browser, before, (href) => href.includes('/options.html'), 'the options page');
    },
    async close() {
      await browser.close();
    },
  };
}

/**
 * Waits until `fn` (run in the page) returns something truthy. Puppeteer's own waitForFunction builds its
 * poller with `new Function` inside the page, which an extension page's CSP blocks in Firefox ESR 140;
 * page.evaluate goes through the remote protocol and is not subject to the page's CSP.
 */
export async function waitUntil(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the page function's arguments are whatever is passed after it
  page: { evaluate: (fn: (...args: any[]) => unknown, ...args: any[]) => Promise<unknown> },
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  fn: (...args: any[]) => unknown,
  options: { timeout?: number } = {},
  ...args: unknown[]
): Promise<void> {
  const deadline = Date.now() + (options.timeout ?? 30_000);
  for (;;) {
    if (await page.evaluate(fn, ...args)) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${options.timeout ?? 30_000} ms waiting for: ${fn.toString().slice(0, 120)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
