import { StrictMode, useCallback, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { WELCOME_KEY } from '@/lib/settings/first-run';
import { OptionsPage } from '@/components/options/OptionsPage';
import type { RuleInfo } from '@/components/options/types';
import { RULES } from '@/lib/rules';
import { LEARNED } from '@/lib/model/judge';
import { defaultSettings, loadSettings, saveSettings, watchSettings, type Settings } from '@/lib/settings';
import { hasSiteAccess, removeSiteAccess, requestSiteAccess } from '@/lib/settings/site-access';
import { listFollowUps, markDone, removeFollowUp, snoozeFollowUp, updateFollowUp, watchFollowUps } from '@/lib/followups/store';
import { dueLabel, todayISO } from '@/lib/followups/schedule';
import { followUpsCsv } from '@/lib/followups/csv';
import type { FollowUp } from '@/lib/followups/types';
import { PLATFORMS } from '@/lib/settings/schema';
import './style.css';

/** Every follow-up, kept current as panels and reminders change them. */
function useFollowUps() {
  const [items, setItems] = useState<FollowUp[]>();
  const [loadError, setLoadError] = useState<string>();
  const [status, setStatus] = useState<{ ok: boolean; message: string }>();
  useEffect(() => {
    const load = () =>
      listFollowUps().then(
        (list) => {
          setItems(list);
          setLoadError(undefined);
        },
        () => setLoadError('Calm Reply could not read your follow-ups from the browser. They are still there; reload this page to try again.'),
      );
    void load();
    return watchFollowUps(() => void load());
  }, []);
  const act = (run: () => Promise<unknown>, done: string, failed: string) =>
    void run().then(
      () => setStatus({ ok: true, message: done }),
      () => setStatus({ ok: false, message: failed }),
    );
  const now = new Date();
  return {
    items,
    loadError,
    status,
    dueLabel: (due: string) => dueLabel(due, now),
    isDue: (f: FollowUp) => f.due <= todayISO(now),
    platformName: (id: string) => PLATFORMS.find((p) => p.id === id)?.name ?? id,
    onDone: (id: string) =>
      act(
        () => markDone(id),
        'Marked done. Calm Reply will check in again in two weeks, in case there is more to do.',
        'Calm Reply could not mark that follow-up done. Try again.',
      ),
    onSnooze: (id: string, days: 1 | 7) =>
      act(() => snoozeFollowUp(id, days), days === 1 ? 'Snoozed for a day.' : 'Snoozed for a week.', 'Calm Reply could not snooze that follow-up. Try again.'),
    onDelete: (id: string) => act(() => removeFollowUp(id), 'Deleted.', 'Calm Reply could not delete that follow-up. Try again.'),
    onChangeDate: (id: string, due: string) => act(() => updateFollowUp(id, { due }), 'Date changed.', 'Calm Reply could not change that date. Try again.'),
    onOpen: (url: string) => void window.open(url, '_blank', 'noopener'),
    onExport: () => {
      // A byte-order mark, so spreadsheet programs read emoji and accents as UTF-8.
      const blob = new Blob(['\uFEFF' + followUpsCsv(items ?? [])], { type: 'text/csv;charset=utf-8' });
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = `calm-reply-follow-ups-${todayISO(new Date())}.csv`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
      setStatus({ ok: true, message: `Exported ${items?.length ?? 0} follow-ups as ${a.download}.` });
    },
  };
}

// the learned checks are switched on and off like rules (per site too), beside the rules of their category
const rules: RuleInfo[] = [...RULES, ...LEARNED].map(({ id, category, severity, message, guidance, examples }) => ({ id, category, severity, message, guidance, examples }));

/** Typing changes settings on every key: save once the owner pauses. */
const SAVE_DELAY_MS = 150;
/** storage.sync allows 120 writes a minute; one write per 600 ms at most stays under it. */
const MIN_SAVE_GAP_MS = 600;

/** The page opened by the install (options.html?welcome), until the owner finishes or skips it. */
function useWelcome() {
  const [open, setOpen] = useState(() => new URLSearchParams(location.search).has('welcome'));
  const end = (outcome: 'done' | 'skipped') => {
    setOpen(false);
    void browser.storage.local.set({ [WELCOME_KEY]: outcome }).catch(() => {});
    history.replaceState(null, '', location.pathname);
    window.scrollTo(0, 0);
  };
  return open ? { onDone: () => end('done'), onSkip: () => end('skipped') } : undefined;
}

function App() {
  const followUps = useFollowUps();
  const welcome = useWelcome();
  const [settings, setSettings] = useState<Settings>();
  const [notice, setNotice] = useState<string>();
  const [saveError, setSaveError] = useState<string>();
  /** The last change is saved on this device only (sync refused it): the owner should know. */
  const [saveNotice, setSaveNotice] = useState<string>();
  const [siteAccess, setSiteAccess] = useState<Record<string, boolean>>({});
  const latest = useRef<Settings>(defaultSettings());
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const lastSaved = useRef('');

  const lastWrite = useRef(0);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    lastWrite.current = Date.now();
    const s = latest.current;
    lastSaved.current = JSON.stringify(s);
    saveSettings(s).then(
      (saved) => {
        setSaveError(undefined);
        setNotice(undefined);
        setSaveNotice(saved.notice);
      },
      (e: unknown) => {
        setSaveNotice(undefined);
        setSaveError(`Your last change could not be saved: ${e instanceof Error ? e.message : String(e)}`);
      },
    );
  }, []);

  useEffect(() => {
    let live = true;
    void loadSettings().then(({ settings: loaded, notice: n }) => {
      if (!live) return;
      latest.current = loaded;
      lastSaved.current = JSON.stringify(loaded);
      setSettings(loaded);
      setNotice(n);
    });
    // Another options tab, an import elsewhere or a panel changed settings: show them, unless
    // the change is our own save coming back or the owner has an unsaved change pending here.
    const unwatch = watchSettings((s) => {
      const json = JSON.stringify(s);
      if (json === lastSaved.current || timer.current) return;
      lastSaved.current = json;
      latest.current = s;
      setSettings(s);
    });
    const onHide = () => timer.current && flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      live = false;
      unwatch();
      window.removeEventListener('pagehide', onHide);
    };
  }, [flush]);

  const extraSites = settings?.extraSites.join('\n') ?? '';
  useEffect(() => {
    let live = true;
    const origins = extraSites ? extraSites.split('\n') : [];
    void Promise.all(origins.map(async (o) => [o, await hasSiteAccess(o)] as const)).then((pairs) => {
      if (live) setSiteAccess(Object.fromEntries(pairs));
    });
    return () => {
      live = false;
    };
  }, [extraSites]);

  const onChange = useCallback(
    (update: (s: Settings) => Settings) => {
      latest.current = update(latest.current);
      setSettings(latest.current);
      clearTimeout(timer.current);
      const wait = Math.max(SAVE_DELAY_MS, lastWrite.current + MIN_SAVE_GAP_MS - Date.now());
      timer.current = setTimeout(flush, wait);
    },
    [flush],
  );

  if (!settings) return <p className="loading">Loading your settings…</p>;
  return (
    <OptionsPage
      settings={settings}
      rules={rules}
      notice={notice}
      saveError={saveError}
      saveNotice={saveNotice}
      followUps={followUps}
      welcome={welcome}
      siteAccess={siteAccess}
      onChange={onChange}
      onRequestSite={async (origin) => {
        const granted = await requestSiteAccess(origin);
        setSiteAccess((a) => ({ ...a, [origin]: granted }));
        return granted;
      }}
      onRemoveSite={(origin) =>
        void removeSiteAccess(origin).then((removed) => {
          if (!removed) setSaveNotice(`The browser kept Calm Reply's access to ${origin}. You can remove it in the browser's own settings for extensions.`);
        })
      }
      onReset={(previous) => previous.extraSites.forEach((o) => void removeSiteAccess(o))}
    />
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
