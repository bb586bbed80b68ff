import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import { PANEL_PORT, type BackgroundToPanel, type PanelToBackground } from '@/lib/messages';
import { usePanelStore } from './store';

/** The tab this panel serves: ?tabId=N (DESIGN.md), else the active tab of this window, followed as it changes. */
async function resolveTab(onChange: (tabId: number) => void): Promise<void> {
  const fixed = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fixed) && fixed > 0) {
    onChange(fixed);
    return;
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  if (active?.id !== undefined) onChange(active.id);
  const win = (await browser.windows.getCurrent()).id;
  browser.tabs.onActivated.addListener(({ tabId, windowId }) => {
    if (windowId === win) onChange(tabId);
  });
}

export interface PanelConnection {
  send(msg: PanelToBackground): boolean;
}

let connection: PanelConnection | undefined;

/**
 * Keeps a port to the background and re-binds after it restarts (Chrome stops idle service
 * workers; the port then disconnects and we reconnect). One per panel page.
 */
export function connectPanel(onMessage: (msg: BackgroundToPanel) => void = (m) => usePanelStore.getState().receive(m)): PanelConnection {
  if (connection) return connection;
  let port: Browser.runtime.Port | undefined;
  const open = () => {
    port = browser.runtime.connect({ name: PANEL_PORT });
    port.onMessage.addListener((raw: unknown) => onMessage(raw as BackgroundToPanel));
    port.onDisconnect.addListener(() => {
      port = undefined;
      setTimeout(open, 100);
    });
    const tabId = usePanelStore.getState().tabId;
    if (tabId !== undefined) port.postMessage({ type: 'bind', tabId } satisfies PanelToBackground);
  };
  open();
  void resolveTab((tabId) => {
    usePanelStore.getState().bind(tabId);
    port?.postMessage({ type: 'bind', tabId } satisfies PanelToBackground);
  });
  connection = {
    send(msg) {
      if (!port) return false;
      port.postMessage(msg);
      return true;
    },
  };
  return connection;
}
