/**
 * Sites the owner added by address (settings.extraSites). The options page asks the browser
 * for the site's permission (requestSiteAccess, inside the click); the background then keeps a
 * registered content script for every added site the browser still lets us run on.
 */
import { browser } from 'wxt/browser';
import { loadSettings, originPattern, watchSettings } from './index';

/** Registered-script ids carry this prefix so we never touch scripts registered for other reasons. */
const ID_PREFIX = 'calm-reply-site:';
/** The content script as WXT builds it (same file the manifest lists). */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js' as const;

export function scriptIdFor(origin: string): string {
  return ID_PREFIX + origin;
}

/**
 * Asks the browser for access to one origin. Must be the first call inside a click handler:
 * browsers only show the prompt during a user gesture, and any await before it loses that.
 */
export function requestSiteAccess(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(origin)] });
}

export async function hasSiteAccess(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(origin)] });
  } catch {
    return false;
  }
}

/**
 * Gives the site back: drops the browser permission (the background then unregisters). Resolves
 * false when the browser refused, so the options page can say the site may still be readable.
 */
export async function removeSiteAccess(origin: string): Promise<boolean> {
  return browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
}

/**
 * Sites that left the list, however they left (removed on the options page, replaced by an imported
 * file, reset): their permissions are given back, so the browser no longer lets Calm Reply read them.
 */
export async function giveBackDroppedSites(before: readonly string[], after: readonly string[]): Promise<string[]> {
  const kept = new Set(after.map(originPattern));
  const refused: string[] = [];
  for (const origin of new Set(before)) {
    if (kept.has(originPattern(origin))) continue;
    if (!(await removeSiteAccess(origin))) refused.push(origin);
  }
  return refused;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Makes the registered content scripts match the added sites that still have permission:
 * registers new ones, unregisters removed or revoked ones. Calls are serialised so a settings
 * change racing start-up cannot register the same id twice.
 */
export function syncExtraSiteScripts(): Promise<void> {
  const run = queue.then(doSync, doSync);
  queue = run.catch(() => {});
  return run;
}

async function doSync(): Promise<void> {
  const { settings } = await loadSettings();
  const wanted = new Map<string, string>();
  const patterns = new Set<string>();
  for (const origin of settings.extraSites) {
    // Patterns ignore ports: two ports of one host need one script, or pages would get it twice.
    const pattern = originPattern(origin);
    if (patterns.has(pattern)) continue;
    if (await hasSiteAccess(origin)) {
      wanted.set(scriptIdFor(origin), origin);
      patterns.add(pattern);
    }
  }
  const registered = (await browser.scripting.getRegisteredContentScripts())
    .map((s) => s.id)
    .filter((id) => id.startsWith(ID_PREFIX));
  const stale = registered.filter((id) => !wanted.has(id));
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  const fresh = [...wanted].filter(([id]) => !registered.includes(id));
  if (!fresh.length) return;
  await browser.scripting.registerContentScripts(
    fresh.map(([id, origin]) => ({
      id,
      matches: [originPattern(origin)],
      js: [CONTENT_SCRIPT_FILE],
      allFrames: true,
      runAt: 'document_idle' as const,
    })),
  );
  // Pages of a just-added site that are already open get the script now, not after a reload.
  for (const [, origin] of fresh) {
    const tabs = await browser.tabs.query({ url: originPattern(origin) }).catch(() => []);
    for (const tab of tabs) {
      if (tab.id === undefined) continue;
      await browser.scripting
        .executeScript({ target: { tabId: tab.id, allFrames: true }, files: [`/${CONTENT_SCRIPT_FILE}` as const] })
        .catch(() => {});
    }
  }
}

/**
 * Background start-up: sync now, then whenever settings or the browser's permissions change
 * (the owner can revoke a site from the browser's own extension settings).
 */
export function keepExtraSitesInSync(): void {
  const sync = () => void syncExtraSiteScripts().catch((e) => console.warn('Calm Reply: could not update added sites', e));
  sync();
  let listed: string[] | undefined;
  void loadSettings().then(({ settings }) => (listed ??= [...settings.extraSites]));
  watchSettings((settings) => {
    const before = listed ?? [];
    listed = [...settings.extraSites];
    void giveBackDroppedSites(before, listed).then((refused) => {
      if (refused.length) console.warn('Calm Reply: the browser kept access to', refused.join(', '));
    });
    sync();
  });
  browser.permissions.onAdded?.addListener(sync);
  browser.permissions.onRemoved?.addListener(sync);
}
