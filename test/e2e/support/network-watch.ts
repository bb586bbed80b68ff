import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type CDPSession, type Target } from 'puppeteer-core';

export interface ExtensionRequest {
  url: string;
  /** The target the request came from (its URL), or the script that started it. */
  from: string;
}

/**
 * Watches every target of a running Chromium (pages, the extension's service worker, its panel
 * and options pages, workers) through the DevTools protocol and records each network request the
 * extension itself makes: any request from a chrome-extension:// target, and any request in a page
 * whose initiator stack runs through chrome-extension:// code (a content script). Loading the
 * extension's own files (chrome-extension:// URLs) is not network and is not counted.
 */
export class NetworkWatch {
  readonly requests: ExtensionRequest[] = [];
  /** Every request seen on any target, extension or not (for the note's figures). */
  seen = 0;
  targetsWatched = 0;
  private browser?: Browser;
  private sessions: CDPSession[] = [];

  static async attach(profileDir: string, extensionId: string): Promise<NetworkWatch> {
    const file = join(profileDir, 'DevToolsActivePort');
    const deadline = Date.now() + 10_000;
    while (!existsSync(file) && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 50));
    const [port, path] = readFileSync(file, 'utf8').trim().split('\n');
    const watch = new NetworkWatch(extensionId);
    watch.browser = await puppeteer.connect({ browserWSEndpoint: `ws://127.0.0.1:${port}${path}`, defaultViewport: null });
    watch.browser.on('targetcreated', (t: Target) => void watch.watch(t));
    await Promise.all(watch.browser.targets().map((t) => watch.watch(t)));
    return watch;
  }

  private constructor(private extensionId: string) {}

  private async watch(target: Target): Promise<void> {
    if (!['page', 'service_worker', 'background_page', 'worker', 'shared_worker', 'other'].includes(target.type())) return;
    let session: CDPSession;
    try {
      session = await target.createCDPSession();
      await session.send('Network.enable');
    } catch {
      return; // target closed before we could attach
    }
    this.sessions.push(session);
    this.targetsWatched++;
    const origin = `chrome-extension://${this.extensionId}`;
    session.on('Network.requestWillBeSent', (e) => {
      this.seen++;
      const url: string = e.request.url;
      if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) return;
      const targetUrl = target.url();
      const stack = JSON.stringify(e.initiator ?? {});
      if (targetUrl.startsWith(origin)) this.requests.push({ url, from: targetUrl });
      else if (stack.includes(origin)) this.requests.push({ url, from: `content script in ${targetUrl}` });
    });
  }

  async close(): Promise<void> {
    for (const s of this.sessions) await s.detach().catch(() => {});
    await this.browser?.disconnect();
  }
}
