import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { defaultSettings, saveSettings } from '@/lib/settings';
import { CONTENT_SCRIPT_FILE, requestSiteAccess, scriptIdFor, syncExtraSiteScripts } from '@/lib/settings/site-access';

/** A browser whose permissions and registered scripts behave like Chrome's, in memory. */
function fakeScripting(granted: string[]) {
  const registered = new Map<string, { id: string; matches: string[]; js: string[]; allFrames: boolean; runAt: string }>();
  const perms = new Set(granted);
  const api = {
    registered,
    perms,
    executeScript: vi.fn(async () => []),
    registerContentScripts: vi.fn(async (scripts: Array<{ id: string; matches: string[]; js: string[]; allFrames: boolean; runAt: string }>) => {
      for (const s of scripts) {
        if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        registered.set(s.id, s);
      }
    }),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
      for (const id of ids) registered.delete(id);
    }),
    getRegisteredContentScripts: vi.fn(async () => [...registered.values(), { id: 'someone-else', matches: [], js: [] }]),
  };
  const b = fakeBrowser as unknown as Record<string, unknown>;
  b.scripting = api;
  Object.assign(fakeBrowser.permissions, {
    contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => perms.has(o))),
    request: vi.fn(async ({ origins }: { origins: string[] }) => {
      origins.forEach((o) => perms.add(o));
      return true;
    }),
  });
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 } as never]);
  return api;
}

async function withSites(...origins: string[]) {
  const s = defaultSettings();
  s.extraSites = origins;
  await saveSettings(s);
}

describe('syncExtraSiteScripts', () => {
  let api: ReturnType<typeof fakeScripting>;
  beforeEach(() => {
    api = fakeScripting(['https://reviews.example.com/*', 'http://localhost/*']);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('registers the content script for each added site the browser allows', async () => {
    await withSites('https://reviews.example.com', 'http://localhost:8080', 'https://not-granted.example.org');
    await syncExtraSiteScripts();
    expect([...api.registered.values()]).toEqual([
      { id: scriptIdFor('https://reviews.example.com'), matches: ['https://reviews.example.com/*'], js: [CONTENT_SCRIPT_FILE], allFrames: true, runAt: 'document_idle' },
      { id: scriptIdFor('http://localhost:8080'), matches: ['http://localhost/*'], js: [CONTENT_SCRIPT_FILE], allFrames: true, runAt: 'document_idle' },
    ]);
    // Pages of the new sites that are already open get the script at once.
    expect(api.executeScript).toHaveBeenCalledWith({ target: { tabId: 7, allFrames: true }, files: ['/content-scripts/content.js'] });
  });

  it('unregisters removed and revoked sites, and leaves other scripts alone', async () => {
    await withSites('https://reviews.example.com', 'http://localhost:8080');
    await syncExtraSiteScripts();
    await withSites('https://reviews.example.com');
    api.perms.delete('https://reviews.example.com/*');
    await syncExtraSiteScripts();
    expect(api.registered.size).toBe(0);
    expect(api.unregisterContentScripts).toHaveBeenLastCalledWith({ ids: [scriptIdFor('https://reviews.example.com'), scriptIdFor('http://localhost:8080')] });
    expect(api.unregisterContentScripts.mock.calls.flatMap(([a]) => a.ids)).not.toContain('someone-else');
  });

  it('does nothing when nothing changed, and never registers twice when calls overlap', async () => {
    await withSites('https://reviews.example.com');
    await Promise.all([syncExtraSiteScripts(), syncExtraSiteScripts(), syncExtraSiteScripts()]);
    expect(api.registerContentScripts).toHaveBeenCalledTimes(1);
    await syncExtraSiteScripts();
    expect(api.registerContentScripts).toHaveBeenCalledTimes(1);
    expect(api.unregisterContentScripts).not.toHaveBeenCalled();
  });

  it('registers one script per host, whatever the ports', async () => {
    await withSites('http://localhost:8080', 'http://localhost:3000');
    await syncExtraSiteScripts();
    expect([...api.registered.keys()]).toEqual([scriptIdFor('http://localhost:8080')]);
  });

  it('asks the browser for the whole site, not one page', async () => {
    await requestSiteAccess('https://shop.example.com');
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['https://shop.example.com/*'] });
  });
});

describe('giving sites back', () => {
  afterEach(() => vi.restoreAllMocks());

  it('sites that left the list (an import, a reset) have their permission removed; sites still listed keep it', async () => {
    const { giveBackDroppedSites } = await import('@/lib/settings/site-access');
    const removed: string[][] = [];
    Object.assign(fakeBrowser.permissions, {
      remove: vi.fn(async ({ origins }: { origins: string[] }) => {
        removed.push(origins);
        return true;
      }),
    });
    const refused = await giveBackDroppedSites(['https://reviews.example.com', 'https://shop.example.org:8443'], ['https://shop.example.org:8443']);
    expect(removed).toEqual([['https://reviews.example.com/*']]);
    expect(refused).toEqual([]);
  });

  it('says which sites the browser refused to give back', async () => {
    const { giveBackDroppedSites } = await import('@/lib/settings/site-access');
    Object.assign(fakeBrowser.permissions, { remove: vi.fn(async () => false) });
    expect(await giveBackDroppedSites(['https://reviews.example.com'], [])).toEqual(['https://reviews.example.com']);
  });
});
