import { StrictMode, useCallback, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { OptionsPage } from '@/components/options/OptionsPage';
import type { RuleInfo } from '@/components/options/types';
import { RULES } from '@/lib/rules';
import { LEARNED } from '@/lib/model/judge';
import { defaultSettings, loadSettings, saveSettings, watchSettings, type Settings } from '@/lib/settings';
import { hasSiteAccess, removeSiteAccess, requestSiteAccess } from '@/lib/settings/site-access';
import './style.css';

// the learned checks are switched on and off like rules (per site too), beside the rules of their category
const rules: RuleInfo[] = [...RULES, ...LEARNED].map(({ id, category, severity, message, guidance, examples }) => ({ id, category, severity, message, guidance, examples }));

/** Typing changes settings on every key: save once the owner pauses. */
const SAVE_DELAY_MS = 150;
/** storage.sync allows 120 writes a minute; one write per 600 ms at most stays under it. */
const MIN_SAVE_GAP_MS = 600;

function App() {
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
