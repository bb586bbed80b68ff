import { useState, type FormEvent } from 'react';
import { ALL_PLATFORM_MATCHES } from '@/lib/sites/hosts';
import { PLATFORMS, normaliseOrigin, originPattern, type Settings, type SiteSettings } from '@/lib/settings/schema';
import type { RuleInfo, UpdateSettings } from './types';

export interface SitesSectionProps {
  settings: Settings;
  rules: RuleInfo[];
  onChange: UpdateSettings;
  /**
   * Asks the browser for access to the origin. Called synchronously inside the submit
   * handler: browsers only show a permission prompt during the owner's click or key press.
   */
  onRequestSite: (origin: string) => Promise<boolean>;
  /** Gives the browser permission for the origin back. */
  onRemoveSite: (origin: string) => void;
  /** Whether the browser still lets Calm Reply run on each added origin (undefined: not known yet). */
  siteAccess?: Record<string, boolean>;
}

const BUILT_IN_ORIGINS = new Set(ALL_PLATFORM_MATCHES.map((m) => normaliseOrigin(m.replace(/\*$/, ''))));

function builtInOrigin(origin: string): boolean {
  return BUILT_IN_ORIGINS.has(origin) || BUILT_IN_ORIGINS.has(origin.replace(/^http:/, 'https:'));
}

function updateSite(s: Settings, platform: string, change: (site: SiteSettings) => SiteSettings): Settings {
  const current = s.sites[platform] ?? { enabled: true };
  const next = change({ ...current, rules: current.rules ? { ...current.rules } : undefined });
  if (next.rules && !Object.keys(next.rules).length) delete next.rules;
  const sites = { ...s.sites };
  // A site that is on with no overrides is the default: drop it to keep storage small.
  if (next.enabled && !next.rules) delete sites[platform];
  else sites[platform] = next;
  return { ...s, sites };
}

export function SitesSection({ settings, rules, onChange, onRequestSite, onRemoveSite, siteAccess }: SitesSectionProps) {
  return (
    <section aria-labelledby="sites-title" className="card">
      <h2 id="sites-title">Sites</h2>
      <p className="intro">Choose where Calm Reply checks your replies. Turning a site off hides the badge and the checks there.</p>
      <ul className="site-list">
        {PLATFORMS.map((p) => (
          <SiteRow key={p.id} id={p.id} name={p.name} settings={settings} rules={rules} onChange={onChange} />
        ))}
      </ul>
      <AddSite settings={settings} onChange={onChange} onRequestSite={onRequestSite} onRemoveSite={onRemoveSite} siteAccess={siteAccess} />
    </section>
  );
}

function SiteRow({ id, name, settings, rules, onChange }: { id: string; name: string; settings: Settings; rules: RuleInfo[]; onChange: UpdateSettings }) {
  const [open, setOpen] = useState(false);
  const site = settings.sites[id];
  const enabled = site?.enabled ?? true;
  const overrides = Object.keys(site?.rules ?? {}).length;
  const panelId = `site-${id}-rules`;
  return (
    <li className="site" data-testid="site" data-site={id}>
      <label className="site-head">
        <input
          type="checkbox"
          data-testid="site-toggle"
          data-site={id}
          checked={enabled}
          onChange={(e) => {
            const checked = e.target.checked;
            onChange((s) => updateSite(s, id, (x) => ({ ...x, enabled: checked })));
          }}
        />
        {name}
      </label>
      <button type="button" className="link" aria-expanded={open} aria-controls={panelId} data-testid="site-rules-open" data-site={id} onClick={() => setOpen(!open)}>
        Rules on {name.split(' (')[0]}
        {overrides ? ` (${overrides} changed)` : ''}
      </button>
      {open && (
        <div id={panelId} className="site-rules">
          <p className="hint">Change a rule for this site only, for example allow “never” where your customers expect it.</p>
          {rules.length === 0 && <p className="hint">No rules are available.</p>}
          <ul>
            {rules.map((rule) => {
              const override = site?.rules?.[rule.id];
              const global = settings.rules[rule.id] !== false;
              const selectId = `site-${id}-rule-${rule.id}`;
              return (
                <li key={rule.id}>
                  <label htmlFor={selectId}>{rule.message}</label>
                  <select
                    id={selectId}
                    data-testid="site-rule"
                    data-site={id}
                    data-rule={rule.id}
                    value={override === undefined ? 'default' : override ? 'on' : 'off'}
                    onChange={(e) => {
                      const v = e.target.value;
                      onChange((s) =>
                        updateSite(s, id, (x) => {
                          const r = { ...(x.rules ?? {}) };
                          if (v === 'default') delete r[rule.id];
                          else r[rule.id] = v === 'on';
                          return { ...x, rules: r };
                        }),
                      );
                    }}
                  >
                    <option value="default">As everywhere ({global ? 'on' : 'off'})</option>
                    <option value="on">On here</option>
                    <option value="off">Off here</option>
                  </select>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </li>
  );
}

function AddSite({
  settings,
  onChange,
  onRequestSite,
  onRemoveSite,
  siteAccess,
}: Pick<SitesSectionProps, 'settings' | 'onChange' | 'onRequestSite' | 'onRemoveSite' | 'siteAccess'>) {
  const [address, setAddress] = useState('');
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string }>();

  function ask(origin: string) {
    // No await before this call: the browser's prompt needs the click's user gesture.
    onRequestSite(origin).then(
      (granted) => {
        if (!granted) {
          setMessage({ kind: 'error', text: `Your browser did not allow access to ${origin}, so it was not added.` });
          return;
        }
        onChange((s) => (s.extraSites.includes(origin) ? s : { ...s, extraSites: [...s.extraSites, origin] }));
        setAddress('');
        setMessage({ kind: 'ok', text: `Calm Reply now runs on ${origin}.` });
      },
      (e: unknown) => setMessage({ kind: 'error', text: `The browser could not ask for access to ${origin}: ${e instanceof Error ? e.message : String(e)}` }),
    );
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const origin = normaliseOrigin(address);
    if (!origin) {
      setMessage({
        kind: 'error',
        text: address.trim() ? `“${address.trim().slice(0, 80)}” is not a web address. Type it like reviews.example.com or https://reviews.example.com.` : 'Type the address of the site first.',
      });
      return;
    }
    if (builtInOrigin(origin)) {
      setMessage({ kind: 'error', text: `${origin} is already one of the sites above; switch it on there.` });
      return;
    }
    if (settings.extraSites.includes(origin) && siteAccess?.[origin] !== false) {
      setMessage({ kind: 'error', text: `${origin} is already added.` });
      return;
    }
    const sameHost = settings.extraSites.find((o) => o !== origin && originPattern(o) === originPattern(origin));
    if (sameHost) {
      setMessage({ kind: 'error', text: `${sameHost} is already added, and it covers every page of ${new URL(origin).hostname}.` });
      return;
    }
    if (settings.extraSites.length >= 100) {
      setMessage({ kind: 'error', text: 'You can add up to 100 sites. Remove one you no longer use first.' });
      return;
    }
    ask(origin);
  }

  return (
    <div className="add-site">
      <h3 id="add-site-title">Another site</h3>
      <p className="hint" id="add-site-why">
        Answer reviews somewhere else? Add the site by its address. Your browser will then ask whether Calm Reply may read and change
        that site: it needs this to find the reply box, check your draft and insert your reply. Nothing is sent anywhere, and added
        sites follow the “Other sites” switch and rules above.
      </p>
      <form onSubmit={submit} aria-labelledby="add-site-title" noValidate>
        <label htmlFor="add-site-address">Site address</label>
        <div className="row">
          <input
            id="add-site-address"
            data-testid="add-site-input"
            type="text"
            inputMode="url"
            dir="ltr"
            placeholder="reviews.example.com"
            autoComplete="off"
            value={address}
            aria-describedby="add-site-why"
            onChange={(e) => setAddress(e.target.value)}
          />
          <button type="submit" data-testid="add-site">
            Add site
          </button>
        </div>
      </form>
      <p role={message?.kind === 'error' ? 'alert' : 'status'} className={message?.kind === 'error' ? 'error' : 'ok'} data-testid="add-site-message">
        {message?.text}
      </p>
      {settings.extraSites.length > 0 && (
        <ul className="extra-sites" aria-label="Sites you added">
          {settings.extraSites.map((origin) => (
            <li key={origin} data-testid="extra-site" data-origin={origin}>
              <span dir="ltr">{origin}</span>
              {siteAccess?.[origin] === false && (
                <>
                  <span className="warning"> (access removed in the browser)</span>
                  <button type="button" onClick={() => ask(origin)}>
                    Allow again
                  </button>
                </>
              )}
              <button
                type="button"
                data-testid="remove-site"
                aria-label={`Remove ${origin}`}
                onClick={() => {
                  onChange((s) => ({ ...s, extraSites: s.extraSites.filter((o) => o !== origin) }));
                  onRemoveSite(origin);
                  setMessage({ kind: 'ok', text: `Removed ${origin}.` });
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
