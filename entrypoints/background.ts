import { browser, type Browser } from 'wxt/browser';
import { createAnalyzer } from '@/lib/analysis';
import { DraftsByTab } from '@/lib/drafts-by-tab';
import {
  PANEL_PORT,
  type BackgroundToContent,
  type BackgroundToPanel,
  type ContentToBackground,
  type InsertResult,
  type PanelToBackground,
  type TabState,
} from '@/lib/messages';
import { keepExtraSitesInSync } from '@/lib/settings/site-access';
import {
  analyzerSettingsFor,
  defaultSettings,
  isSiteEnabled,
  loadSettings,
  watchSettings,
  type Settings,
} from '@/lib/settings';

declare const __CALM_REPLY_TEST__: boolean;

/** Firefox-only APIs the Chrome-typed `browser` does not describe. */
interface FirefoxOnly {
  sidebarAction: { toggle(): Promise<void>; open(): Promise<void> };
}

/** storage.session keeps the last state of each tab across a service-worker restart (never synced, never on disk). */
const sessionKey = (tabId: number) => `tab:${tabId}`;

export default defineBackground(() => {
  // Content script on the sites the owner added by address (options page), kept in step with settings.
  keepExtraSitesInSync();
  let settings: Settings = defaultSettings();
  const analyzerFor = (platform: string) => createAnalyzer(analyzerSettingsFor(settings, platform));
  const drafts = new DraftsByTab(analyzerFor, (platform) => isSiteEnabled(settings, platform));
  const panels = new Map<number, Set<Browser.runtime.Port>>();
  const ready = loadSettings().then(({ settings: loaded }) => {
    settings = loaded;
    drafts.reconfigure(analyzerFor, (platform) => isSiteEnabled(settings, platform));
  });

  // Toolbar button: Chrome opens the side panel by itself; Firefox must toggle the sidebar
  // synchronously inside the click handler (user-gesture rule).
  if (import.meta.env.FIREFOX) {
    const firefox = browser as unknown as FirefoxOnly;
    // MV2 Firefox names it browserAction.
    (browser.action ?? browser.browserAction).onClicked.addListener(() => {
      void firefox.sidebarAction.toggle();
    });
  } else {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
  }

  function publish(state: TabState) {
    const msg: BackgroundToPanel = { type: 'tab-state', state };
    for (const port of panels.get(state.tabId) ?? []) port.postMessage(msg);
    if (state.box) {
      const badge: BackgroundToContent = {
        type: 'badge',
        boxId: state.box.boxId,
        flags: state.analysis?.flags.length ?? 0,
        heat: state.analysis?.heat ?? 0,
      };
      browser.tabs.sendMessage(state.tabId, badge, { frameId: state.frameId ?? 0 }).catch(() => {});
    }
    void browser.storage.session?.set({ [sessionKey(state.tabId)]: state }).catch(() => {});
  }

  async function stateOf(tabId: number): Promise<TabState> {
    const known = drafts.get(tabId);
    if (known) return known;
    const kept = (await browser.storage.session?.get(sessionKey(tabId)).catch(() => undefined))?.[sessionKey(tabId)] as
      | TabState
      | undefined;
    if (kept) {
      drafts.restore(kept);
      return kept;
    }
    return { tabId, draft: '', updatedAt: Date.now() };
  }

  browser.runtime.onMessage.addListener((raw, sender) => {
    const msg = raw as ContentToBackground;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    switch (msg.type) {
      case 'draft':
        void ready.then(() => publish(drafts.update(tabId, msg, sender.frameId)));
        return;
      case 'open-panel':
        // Chrome lets sidePanel.open run in response to the badge click's gesture.
        if (!import.meta.env.FIREFOX) void browser.sidePanel.open({ tabId }).catch(() => {});
        return;
      case 'open-panel-tab':
        if (__CALM_REPLY_TEST__) void browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html?tabId=${tabId}`) });
        return;
      default:
        return;
    }
  });

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PANEL_PORT) return;
    let bound: number | undefined;
    const unbind = () => {
      if (bound !== undefined) panels.get(bound)?.delete(port);
    };
    port.onMessage.addListener(async (raw: unknown) => {
      const msg = raw as PanelToBackground;
      if (msg.type === 'bind') {
        unbind();
        bound = msg.tabId;
        if (!panels.has(bound)) panels.set(bound, new Set());
        panels.get(bound)!.add(port);
        await ready;
        port.postMessage({ type: 'tab-state', state: await stateOf(bound) } satisfies BackgroundToPanel);
      } else if (msg.type === 'insert') {
        const request: BackgroundToContent = { type: 'insert', boxId: msg.boxId, text: msg.text, range: msg.range };
        const frameId = (await stateOf(msg.tabId)).frameId ?? 0;
        let result: InsertResult;
        try {
          result = (await browser.tabs.sendMessage(msg.tabId, request, { frameId })) as InsertResult;
          if (!result) throw new Error('no answer');
        } catch {
          result = {
            ok: false,
            method: 'none',
            readBack: '',
            reason: 'unreachable',
            message: 'Calm Reply could not reach the reply box (the page may have reloaded or the box closed), so nothing was written there.',
          };
        }
        port.postMessage({ type: 'insert-result', result } satisfies BackgroundToPanel);
      }
    });
    port.onDisconnect.addListener(unbind);
  });

  watchSettings((next) => {
    settings = next;
    for (const state of drafts.reconfigure(analyzerFor, (platform) => isSiteEnabled(settings, platform))) publish(state);
    // Pages hide or show their badge at once when their site is switched.
    void browser.tabs.query({}).then((tabs) => {
      for (const tab of tabs) {
        const platform = drafts.get(tab.id ?? -1)?.box?.platform;
        if (tab.id === undefined || !platform) continue;
        const msg: BackgroundToContent = { type: 'site-enabled', enabled: isSiteEnabled(settings, platform) };
        browser.tabs.sendMessage(tab.id, msg).catch(() => {});
      }
    });
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    drafts.forget(tabId);
    panels.delete(tabId);
    void browser.storage.session?.remove(sessionKey(tabId)).catch(() => {});
  });
});
