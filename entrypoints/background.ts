import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
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

declare const __CALM_REPLY_TEST__: boolean;

/** Firefox-only APIs the Chrome-typed `browser` does not describe. */
interface FirefoxOnly {
  sidebarAction: { toggle(): Promise<void>; open(): Promise<void> };
}

export default defineBackground(() => {
  // Content script on the sites the owner added by address (options page), kept in step with settings.
  keepExtraSitesInSync();
  const tabs = new Map<number, TabState>();
  const panels = new Map<number, Set<Browser.runtime.Port>>();

  // Toolbar button: Chrome opens the side panel by itself; Firefox must toggle the sidebar
  // synchronously inside the click handler (user-gesture rule).
  if (import.meta.env.FIREFOX) {
    // MV2 Firefox names it browserAction.
    const firefox = browser as unknown as FirefoxOnly;
    (browser.action ?? browser.browserAction).onClicked.addListener(() => {
      void firefox.sidebarAction.toggle();
    });
  } else {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
  }

  function push(tabId: number) {
    const state = tabs.get(tabId);
    if (!state) return;
    const msg: BackgroundToPanel = { type: 'tab-state', state };
    for (const port of panels.get(tabId) ?? []) port.postMessage(msg);
  }

  browser.runtime.onMessage.addListener((raw, sender) => {
    const msg = raw as ContentToBackground;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    switch (msg.type) {
      case 'draft': {
        tabs.set(tabId, {
          tabId,
          url: msg.url,
          box: msg.box,
          draft: msg.text,
          updatedAt: Date.now(),
        });
        push(tabId);
        return;
      }
      case 'open-panel-tab': {
        if (!__CALM_REPLY_TEST__) return;
        void browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html?tabId=${tabId}`) });
        return;
      }
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
    port.onMessage.addListener(async (raw) => {
      const msg = raw as PanelToBackground;
      if (msg.type === 'bind') {
        unbind();
        bound = msg.tabId;
        if (!panels.has(bound)) panels.set(bound, new Set());
        panels.get(bound)!.add(port);
        const state = tabs.get(bound) ?? { tabId: bound, draft: '', updatedAt: Date.now() };
        port.postMessage({ type: 'tab-state', state } satisfies BackgroundToPanel);
      } else if (msg.type === 'insert') {
        const request: BackgroundToContent = { type: 'insert', boxId: msg.boxId, text: msg.text, range: msg.range };
        let result: InsertResult;
        try {
          result = (await browser.tabs.sendMessage(msg.tabId, request)) as InsertResult;
        } catch {
          result = { ok: false, method: 'none', readBack: '', message: 'The page is no longer reachable. Reload it and try again.' };
        }
        port.postMessage({ type: 'insert-result', result } satisfies BackgroundToPanel);
      }
    });
    port.onDisconnect.addListener(unbind);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    tabs.delete(tabId);
    panels.delete(tabId);
  });
});
