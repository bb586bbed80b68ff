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
  type SitesOff,
  type TabState,
} from '@/lib/messages';
import { keepExtraSitesInSync } from '@/lib/settings/site-access';
import { pruneExpiredReplies, replyBoxKey } from '@/lib/settings/drafts';
import { pruneExpiredPicks } from '@/lib/settings/picks';
import { loadIgnored } from '@/lib/settings/ignored';
import { runReminders, type ReminderBrowser } from '@/lib/followups/reminders';
import { listFollowUps, pruneFollowUps, updateFollowUp, watchFollowUps } from '@/lib/followups/store';
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
/** Kept edits and ignored flags older than 7 days are dropped once a day, whether or not the panel opens. */
const PRUNE_ALARM = 'calm-reply-prune';
/** The one alarm for the next follow-up reminder (09:00 on its due date). */
const FOLLOW_UP_ALARM = 'calm-reply-follow-up';
const FOLLOW_UP_NOTIFICATION = 'calm-reply-follow-up:';

export default defineBackground(() => {
  // Content script on the sites the owner added by address (options page), kept in step with settings.
  keepExtraSitesInSync();
  let settings: Settings = defaultSettings();
  const analyzerFor = (platform: string) => createAnalyzer(analyzerSettingsFor(settings, platform));
  // "Ignore here", per reply box, read from storage once and again when it changes: applied where the
  // analysis is made, so the badge, heat, checklist and panel all leave the same flags out.
  const ignoredByBox = new Map<string, string[]>();
  const boxKeyOf = (state: TabState) => (state.box ? replyBoxKey(state.url, state.box) : undefined);
  const ignoredFor = (state: TabState) => {
    const key = boxKeyOf(state);
    return (key && ignoredByBox.get(key)) || [];
  };
  const drafts = new DraftsByTab(analyzerFor, (platform) => isSiteEnabled(settings, platform), ignoredFor);
  const loadingIgnored = new Set<string>();
  function followIgnored(state: TabState) {
    const key = boxKeyOf(state);
    if (!key || ignoredByBox.has(key) || loadingIgnored.has(key)) return;
    loadingIgnored.add(key);
    void loadIgnored(key)
      .catch(() => [] as string[])
      .then((list) => {
        loadingIgnored.delete(key);
        ignoredByBox.set(key, list);
        if (list.length === 0) return;
        for (const s of drafts.all()) if (boxKeyOf(s) === key) publish(drafts.reanalyse(s.tabId)!);
      });
  }
  const sitesOff = () => Object.keys(settings.sites).filter((platform) => !isSiteEnabled(settings, platform)).sort();
  const panels = new Map<number, Set<Browser.runtime.Port>>();
  const ready = loadSettings().then(({ settings: loaded }) => {
    settings = loaded;
    drafts.reconfigure(analyzerFor, (platform) => isSiteEnabled(settings, platform));
  });

  // Retention does not wait for the panel to open: a daily alarm drops what is past its time.
  void browser.alarms?.create(PRUNE_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
  browser.alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name === PRUNE_ALARM) {
      void pruneExpiredReplies().catch(() => {});
      void pruneExpiredPicks().catch(() => {});
      void pruneFollowUps().catch(() => {});
    }
    if (alarm.name === FOLLOW_UP_ALARM) remind();
  });

  // Follow-ups: a notification on the due date (09:00, or at once when that passed while the browser
  // was closed), or a count on the toolbar button when the owner did not allow notifications.
  const action = browser.action ?? browser.browserAction;
  const reminders: ReminderBrowser = {
    list: listFollowUps,
    markNotified: (id, at) => updateFollowUp(id, { notifiedAt: at }),
    canNotify: () => browser.permissions.contains({ permissions: ['notifications'] }),
    notify: (id, title, message) =>
      browser.notifications.create(FOLLOW_UP_NOTIFICATION + id, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title, message }),
    setCount: async (count) => {
      await action.setBadgeBackgroundColor({ color: '#8a5a00' });
      await action.setBadgeText({ text: count > 0 ? String(Math.min(count, 99)) : '' });
      await action.setTitle({ title: count > 0 ? `Calm Reply: ${count} follow-up${count === 1 ? '' : 's'} due` : 'Calm Reply' });
    },
    scheduleAt: (when) => (when === undefined ? browser.alarms.clear(FOLLOW_UP_ALARM) : Promise.resolve(browser.alarms.create(FOLLOW_UP_ALARM, { when }))),
  };
  let reminding: Promise<unknown> = Promise.resolve();
  // One run after another: a change while a run is going waits for it (no double notification).
  const remind = () => {
    reminding = reminding.then(() =>
      runReminders(reminders, new Date()).catch((error: unknown) => {
        if (import.meta.env.DEV) console.warn('[Calm Reply] follow-up reminders', error);
      }),
    );
    return reminding;
  };
  remind();
  watchFollowUps(() => void remind());
  browser.permissions.onAdded?.addListener(() => void remind());
  browser.permissions.onRemoved?.addListener(() => void remind());
  browser.notifications?.onClicked.addListener((id) => {
    if (!id.startsWith(FOLLOW_UP_NOTIFICATION)) return;
    void browser.notifications.clear(id);
    void listFollowUps()
      .then((list) => list.find((f) => f.id === id.slice(FOLLOW_UP_NOTIFICATION.length)))
      .then((f) => f && browser.tabs.create({ url: f.url }));
  });

  // First run: the options page in its welcome state asks for the business details once (the test
  // build skips it, so no test starts with an extra tab in front).
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' && !__CALM_REPLY_TEST__) void browser.tabs.create({ url: browser.runtime.getURL('/options.html?welcome') });
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
    keepInSession(state);
  }

  // storage.session holds each tab's last state so a service-worker restart loses nothing (Chrome
  // may stop the worker at any moment, so every change is written). It is in memory only (never on
  // disk, never synced), out of content scripts' reach, and removed when the box or the tab goes.
  function keepInSession(state: TabState) {
    const key = sessionKey(state.tabId);
    const write = state.box ? browser.storage.session?.set({ [key]: state }) : browser.storage.session?.remove(key);
    void write?.catch((error: unknown) => {
      if (import.meta.env.DEV) console.warn('[Calm Reply] could not keep the tab state for a restart', error);
    });
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

  browser.runtime.onMessage.addListener((raw, sender, sendResponse: (answer: unknown) => void) => {
    const msg = raw as ContentToBackground;
    // Test build only (DESIGN.md's hook): run the follow-up reminders now instead of at 09:00.
    if (__CALM_REPLY_TEST__ && (raw as { type?: string })?.type === 'test-run-reminders') {
      void remind().then(() => sendResponse(true));
      return true;
    }
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    switch (msg.type) {
      case 'sites-off?':
        // sendResponse + `return true` works in every Chrome and Firefox; a returned promise does not.
        void ready.then(() => sendResponse({ type: 'sites-off', off: sitesOff() } satisfies SitesOff));
        return true;
      case 'draft':
        void ready.then(() => {
          const state = drafts.update(tabId, msg, sender.frameId);
          followIgnored(state);
          publish(state);
        });
        return;
      case 'site-off':
        void ready.then(() => publish(drafts.siteOff(tabId, msg.platform, msg.url)));
        return;
      case 'box-left': {
        const state = drafts.boxLeft(tabId, msg.boxId);
        if (state) publish(state);
        return;
      }
      case 'open-panel':
        // Chrome lets sidePanel.open run in response to the badge click's gesture.
        if (!import.meta.env.FIREFOX)
          void browser.sidePanel.open({ tabId }).catch(() => {
            const msg: BackgroundToContent = { type: 'panel-not-opened' };
            browser.tabs.sendMessage(tabId, msg, { frameId: sender.frameId ?? 0 }).catch(() => {});
          });
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
      } else if (msg.type === 'pick-review' || msg.type === 'forget-pick') {
        // The page answers with a fresh draft (the picked review, or as it was when the owner cancels).
        const frameId = (await stateOf(msg.tabId)).frameId ?? 0;
        const request: BackgroundToContent = { type: msg.type, boxId: msg.boxId };
        await browser.tabs.sendMessage(msg.tabId, request, { frameId }).catch(() => {});
      }
    });
    port.onDisconnect.addListener(unbind);
  });

  watchSettings((next) => {
    settings = next;
    for (const state of drafts.reconfigure(analyzerFor, (platform) => isSiteEnabled(settings, platform))) publish(state);
    // Every page hides or shows its badge at once when its site is switched, a draft in it or not.
    const msg: BackgroundToContent = { type: 'sites-off', off: sitesOff() };
    void browser.tabs.query({}).then((tabs) => {
      for (const tab of tabs) if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, msg).catch(() => {});
    });
  });

  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !Object.keys(changes).some((k) => k.startsWith('ignored'))) return;
    ignoredByBox.clear();
    for (const state of drafts.all()) followIgnoredAgain(state);
  });
  /** The owner ignored or brought back a flag (in any panel): analyse again with the new list. */
  function followIgnoredAgain(state: TabState) {
    const key = boxKeyOf(state);
    if (!key) return;
    void loadIgnored(key)
      .catch(() => [] as string[])
      .then((list) => {
        ignoredByBox.set(key, list);
        const next = drafts.reanalyse(state.tabId);
        if (next) publish(next);
      });
  }

  browser.tabs.onRemoved.addListener((tabId) => {
    drafts.forget(tabId);
    panels.delete(tabId);
    void browser.storage.session?.remove(sessionKey(tabId)).catch(() => {});
  });
});
