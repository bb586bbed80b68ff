/**
 * What a new user meets first: `npm run demo` opens Chromium with Calm Reply pinned to the toolbar
 * (not hidden under the puzzle-piece menu), and the keyboard shortcut is registered in both
 * browsers. A pressed browser shortcut cannot be driven from the DevTools protocol (it reaches the
 * page, not the browser's own key handling), so the shortcut is checked as the browser reports it.
 */
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
// @ts-expect-error -- a plain .mjs script without types
import { demoProfile } from '../../scripts/demo-profile.mjs';
import { CHROME_BUILD, CHROMIUM, launchFirefox, type FirefoxSession } from './support/browsers';
import { serveFixtures, type FixtureServer } from './support/server';

async function actionPinned(profile: string): Promise<{ pinned: boolean; shortcut?: string }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [`--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`, '--no-sandbox', '--no-first-run'],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    return await worker.evaluate(async () => {
      type Api = { action: { getUserSettings(): Promise<{ isOnToolbar: boolean }> }; commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> } };
      const api = (globalThis as unknown as { chrome: Api }).chrome;
      const commands = await api.commands.getAll();
      return { pinned: (await api.action.getUserSettings()).isOnToolbar, shortcut: commands.find((c) => c.name === '_execute_action')?.shortcut };
    });
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

describe('the demo in Chromium', () => {
  it('opens with Calm Reply pinned to the toolbar, its panel command declared for Alt+Shift+C', async () => {
    const demo = await actionPinned(demoProfile(CHROME_BUILD) as string);
    expect(demo.pinned).toBe(true);
    // The command is there; headless Chromium binds no extension shortcut at all (it reports ''), so
    // the key itself is checked where it is declared, and bound in Firefox below.
    expect(demo.shortcut).toBeDefined();
    const manifest = JSON.parse(readFileSync(`${CHROME_BUILD}/manifest.json`, 'utf8')) as { commands: Record<string, { suggested_key: { default: string } }> };
    expect(manifest.commands._execute_action!.suggested_key.default).toBe('Alt+Shift+C');
  });

  it('positive control: a fresh profile without the demo’s set-up leaves it unpinned', async () => {
    expect((await actionPinned(demoProfile(CHROME_BUILD, { pin: false }) as string)).pinned).toBe(false);
  });
});

describe('the keyboard shortcut in Firefox', () => {
  let firefox: FirefoxSession;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await serveFixtures();
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('Alt+Shift+C is the sidebar’s shortcut', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(server.url('thin/index.html'));
    const panel = await firefox.openPanelFor(page);
    const commands = await panel.evaluate(() =>
      (globalThis as unknown as { browser: { commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> } } }).browser.commands.getAll(),
    );
    expect(commands.find((c) => c.name === '_execute_sidebar_action')?.shortcut).toBe('Alt+Shift+C');
  });
});
