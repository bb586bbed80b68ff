/**
 * Trust (issue 7), in real Chromium:
 *  - the extension itself makes zero network requests while the owner uses every part of it,
 *    watched on every target through the DevTools protocol;
 *  - the draft survives the service worker being stopped mid-edit, and typing keeps updating the panel;
 *  - when the extension is reloaded, the old content script leaves the page cleanly.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveFixtures, type FixtureServer } from './support/server';
import { launchChromium, type ChromiumSession, stopServiceWorker } from './support/browsers';
import { NetworkWatch } from './support/network-watch';

const ANGRY = 'You should have called us first!! This is RIDICULOUS.';

/** Every fixture page (the bench's heavy page aside: it is measured in npm run bench). */
function fixturePages(root = 'test/fixtures'): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html') && !path.includes('bench')) out.push(relative(root, path));
    }
  };
  walk(root);
  return out.sort();
}

/** Types into the first reply box of the page (textarea or rich editor), with real key events. */
async function typeInFirstBox(page: Page, text: string): Promise<boolean> {
  const box = page.locator('textarea:visible, [contenteditable="true"]:visible').first();
  if ((await box.count()) === 0) return false;
  await box.click();
  await page.keyboard.type(text, { delay: 2 });
  return true;
}

let server: FixtureServer;
let chrome: ChromiumSession;
beforeAll(async () => {
  server = await serveFixtures();
  chrome = await launchChromium({ debuggingPort: true });
});
afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

describe('no network', () => {
  it('makes zero requests of its own across every fixture page, the panel, insertion and the options page', async () => {
    const watch = await NetworkWatch.attach(chrome.profile, chrome.extensionId);
    try {
      const pages = fixturePages();
      expect(pages.length).toBeGreaterThanOrEqual(3);
      let typedIn = 0;
      for (const path of pages) {
        // the watcher attaches to each new tab on its own; wait for it before loading, so that under load it
        // does not miss the page's first requests (nor, later, any the extension might make)
        const attached = watch.targetsWatched;
        const page = await chrome.context.newPage();
        await expect.poll(() => watch.targetsWatched, { timeout: 5_000 }).toBeGreaterThan(attached);
        await page.goto(server.url(path));
        if (await typeInFirstBox(page, ANGRY)) typedIn++;
        await page.close();
      }
      expect(typedIn).toBeGreaterThanOrEqual(3);

      // The panel: flags, the suggestion, Copy and Insert.
      const page = await chrome.context.newPage();
      await page.goto(server.url('demo/index.html'));
      await typeInFirstBox(page, ANGRY);
      const panel = await chrome.openPanelFor(page);
      await panel.getByTestId('flag').first().waitFor({ timeout: 20_000 });
      const suggestion = panel.getByTestId('suggestion');
      await suggestion.waitFor();
      // Fill any placeholder the owner must supply, so Insert is allowed.
      // Fill any blank the owner must supply (the composed reply has them; the calmer draft may not), so Insert is allowed.
      const shown = await suggestion.inputValue();
      await suggestion.fill(/\[[^\]]*\]/.test(shown) ? shown.replace(/\[[^\]]*\]/g, 'refunded your stay by Friday') : `${shown}\n\nWe refunded your stay by Friday.`);
      await panel.getByTestId('copy').click();
      await expect.poll(() => panel.getByTestId('insert').isEnabled(), { timeout: 10_000 }).toBe(true);
      await panel.getByTestId('insert').click();
      await expect.poll(() => page.locator('textarea').first().inputValue(), { timeout: 10_000 }).toContain('refunded your stay by Friday');

      // The options page: turn a rule off and on.
      const options = await chrome.context.newPage();
      await options.goto(`chrome-extension://${chrome.extensionId}/options.html`);
      const toggle = options.locator('[data-testid="rule-toggle"]').first();
      await toggle.click();
      await toggle.click();
      await options.waitForTimeout(500);

      // The watcher was not blind: it saw the fixture pages' own traffic on several targets.
      expect(watch.targetsWatched).toBeGreaterThanOrEqual(3);
      expect(watch.seen).toBeGreaterThan(pages.length);
      console.log(`no-network: ${watch.seen} requests seen on ${watch.targetsWatched} targets over ${pages.length} pages; ${watch.requests.length} made by the extension`);
      expect(watch.requests).toEqual([]);
    } finally {
      await watch.close();
    }
  });
});

describe('nothing lost', () => {
  it('keeps the draft and keeps updating the panel after the service worker is stopped mid-edit', async () => {
    const page = await chrome.context.newPage();
    await page.goto(server.url('thin/index.html'));
    const panel = await chrome.openPanelFor(page);
    await page.locator('#reply').click();
    await page.keyboard.type('Thank you for your review', { delay: 5 });
    await expect.poll(() => panel.getByTestId('draft').textContent(), { timeout: 10_000 }).toBe('Thank you for your review');

    // Mark the running worker, then stop it through the DevTools protocol.
    await chrome.serviceWorker.evaluate(() => {
      (globalThis as { __calmReplyMarker?: number }).__calmReplyMarker = 1;
    });
    await stopServiceWorker(chrome, page);

    // A fresh panel after the stop still shows the draft (kept in storage.session).
    const reopened = await chrome.openPanelFor(page);
    await expect.poll(() => reopened.getByTestId('draft').textContent(), { timeout: 10_000 }).toBe('Thank you for your review');

    // Typing goes on: both the old panel (it reconnects) and the new one follow.
    await page.keyboard.type(' and sorry', { delay: 5 });
    for (const p of [panel, reopened]) {
      await expect.poll(() => p.getByTestId('draft').textContent(), { timeout: 10_000 }).toBe('Thank you for your review and sorry');
    }
    // It really was a new worker: the marker is gone.
    const fresh = chrome.context.serviceWorkers().find((w) => w.url().includes(chrome.extensionId))!;
    expect(await fresh.evaluate(() => (globalThis as { __calmReplyMarker?: number }).__calmReplyMarker)).toBeUndefined();
  });
});

describe('big input', () => {
  it('keeps the page responsive with a 100,000-character draft, and the panel says only part is checked', async () => {
    const page = await chrome.context.newPage();
    await page.goto(server.url('bench/typing.html'));
    const panel = await chrome.openPanelFor(page);
    await page.bringToFront();
    await page.locator('#reply').click();
    // A sampled CPU profile of the page's main thread tells our content script's work apart from
    // the browser's own editing and layout of 100,000 characters.
    const cdp = await chrome.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const since = await page.evaluate(() => performance.now());
    const huge = 'We are sorry that your parcel arrived late, and you should have heard from us sooner!! '.repeat(1200).slice(0, 100_000);
    await page.keyboard.insertText(huge);
    await page.keyboard.type(' Thanks.', { delay: 20 });
    await expect
      .poll(() => panel.getByTestId('draft').evaluate((el) => el.textContent?.length ?? 0), { timeout: 30_000 })
      .toBe(huge.length + ' Thanks.'.length);
    await expect.poll(() => panel.getByTestId('checked-part').textContent(), { timeout: 10_000 }).toMatch(/first 20,000 characters/);
    const { profile } = await cdp.send('Profiler.stop');
    const tasks = await page.evaluate(
      (t0) => (window as unknown as { __longTasks: Array<{ start: number; duration: number }> }).__longTasks.filter((l) => l.start >= t0),
      since,
    );

    // Longest unbroken stretch of samples whose stack runs through the content script.
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const url = new Map(profile.nodes.map((n) => [n.id, n.callFrame.url]));
    const inContentScript = (id: number) => {
      for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) if (url.get(cur)?.includes('content-scripts/content.js')) return true;
      return false;
    };
    let run = 0;
    let longest = 0;
    let total = 0;
    (profile.samples ?? []).forEach((id, i) => {
      const dt = (profile.timeDeltas?.[i] ?? 0) / 1000;
      if (inContentScript(id)) {
        run += dt;
        total += dt;
        longest = Math.max(longest, run);
      } else run = 0;
    });
    console.log(
      `big input: content script ran ${total.toFixed(1)} ms in all, longest unbroken ${longest.toFixed(1)} ms; page long tasks (browser's own editing included): ${tasks.map((t) => t.duration.toFixed(0)).join(', ') || 'none'}`,
    );
    expect(longest).toBeLessThan(50);
    expect(await page.locator('#reply').inputValue()).toBe(`${huge} Thanks.`);
  });
});

describe('nothing broken', () => {
  it('leaves the page cleanly when the extension is reloaded: badge gone, no page errors, the owner\'s text untouched', async () => {
    const page = await chrome.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(server.url('thin/index.html'));
    await page.locator('#reply').click();
    await page.keyboard.type(ANGRY, { delay: 2 });
    await expect.poll(() => page.locator('calm-reply-badge').count(), { timeout: 10_000 }).toBe(1);

    await chrome.serviceWorker.evaluate(() => {
      (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload();
    });
    await expect.poll(() => page.locator('calm-reply-badge').count(), { timeout: 15_000 }).toBe(0);
    await page.keyboard.type(' More text.', { delay: 2 });
    expect(await page.locator('#reply').inputValue()).toBe(`${ANGRY} More text.`);
    expect(errors).toEqual([]);
  });
});

describe('the learned model ships where analysis runs, never in the page', () => {
  // the built release extension (npm test builds it before vitest runs)
  const dir = '.output/chrome-mv3';
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  const weights = JSON.parse(readFileSync('lib/model/weights.json', 'utf8')) as { keys: string };
  const marker = weights.keys.slice(0, 40);

  it('is bundled into the background (which analyses) and not into the content script', () => {
    expect(read('background.js')).toContain(marker);
    expect(read('background.js')).toContain('sounds-defensive');
    const content = read('content-scripts/content.js');
    expect(content).not.toContain(marker);
    expect(content).not.toContain('sounds-defensive');
  });

  it('keeps the weights within 2 MB gzipped', () => {
    expect(gzipSync(readFileSync('lib/model/weights.json')).length).toBeLessThanOrEqual(2 * 1024 * 1024);
  });
});

describe('the release build itself', () => {
  // The manifests the owner installs (npm test builds them before vitest runs), not the constants they come from.
  const manifest = (dir: string) => JSON.parse(readFileSync(join('.output', dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const local = /127\.0\.0\.1|localhost/;

  it('positive control: the test build does reach the local test pages, and the check sees it', () => {
    expect(JSON.stringify(manifest('test/chrome-mv3'))).toMatch(local);
    expect(readFileSync('.output/test/chrome-mv3/background.js', 'utf8')).toContain('sidepanel.html?tabId=');
  });

  it.each(['chrome-mv3', 'firefox-mv2'])('%s: no test host anywhere in the manifest, no test hook in the code', (dir) => {
    const m = manifest(dir);
    expect(JSON.stringify(m)).not.toMatch(local);
    expect(readFileSync(join('.output', dir, 'background.js'), 'utf8')).not.toContain('sidepanel.html?tabId=');
  });

  it('asks for exactly the permissions the README lists', () => {
    expect([...((manifest('chrome-mv3').permissions as string[]) ?? [])].sort()).toEqual(['alarms', 'scripting', 'sidePanel', 'storage']);
    expect(manifest('chrome-mv3').optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(manifest('chrome-mv3').optional_permissions).toEqual(['notifications']);
    expect([...((manifest('firefox-mv2').permissions as string[]) ?? [])].filter((p) => !p.includes('://')).sort()).toEqual(['alarms', 'scripting', 'storage']);
    expect(manifest('firefox-mv2').optional_permissions).toEqual(['https://*/*', 'http://*/*', 'notifications']);
  });
});
