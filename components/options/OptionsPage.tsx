import type { Settings } from '@/lib/settings/schema';
import { BackupSection } from './BackupSection';
import { BusinessSection } from './BusinessSection';
import { CoolDownSection } from './CoolDownSection';
import { FollowUpsSection, type FollowUpsSectionProps } from './FollowUpsSection';
import { PhrasesSection } from './PhrasesSection';
import { RulesSection } from './RulesSection';
import { SitesSection } from './SitesSection';
import type { RuleInfo, UpdateSettings } from './types';

export interface OptionsPageProps {
  settings: Settings;
  rules: RuleInfo[];
  onChange: UpdateSettings;
  onRequestSite: (origin: string) => Promise<boolean>;
  onRemoveSite: (origin: string) => void;
  onReset?: (previous: Settings) => void;
  siteAccess?: Record<string, boolean>;
  /** Shown when stored settings were unreadable and the defaults are in use. */
  notice?: string;
  /** Shown when the last change could not be saved. */
  saveError?: string;
  /** Shown when the last change was saved, but only on this device (sync refused it). */
  saveNotice?: string;
  /**
   * First run: the page opens in a welcome state that asks for the business details first. Done or
   * Skip ends it (the panel reminds, once, an owner whose replies are still signed "The team").
   */
  welcome?: { onDone(): void; onSkip(): void };
  /** Every follow-up, with what can be done to each (absent: the section is not shown). */
  followUps?: Omit<FollowUpsSectionProps, 'settings' | 'onChange'>;
}

/** The menu at the top: short labels, each the id of a section heading on the page. */
const SECTIONS = [
  ['rules-title', 'Rules'],
  ['sites-title', 'Sites'],
  ['phrases-title', 'Own phrases'],
  ['business-title', 'Business'],
  ['cooldown-title', 'Cool-down'],
  ['followups-title', 'Follow-ups'],
  ['backup-title', 'Backup and reset'],
] as const;

export function OptionsPage(props: OptionsPageProps) {
  const { settings, rules, onChange, notice, saveError, saveNotice } = props;
  return (
    <div className="options">
      <header className="options-header">
        <img src="/icon/32.png" alt="" width={24} height={24} />
        <h1>Calm Reply options</h1>
      </header>
      <nav aria-label="Sections" className="options-nav">
        <ul>
          {SECTIONS.filter(([id]) => id !== 'followups-title' || props.followUps).map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main>
        {props.welcome && (
          <section className="card welcome" aria-labelledby="welcome-title" data-testid="welcome">
            <h2 id="welcome-title">Welcome to Calm Reply</h2>
            <p className="intro">
              Before your first reply: who signs it, and how can an unhappy customer reach you privately? Suggested replies sign off with
              these details instead of “The team”. It takes a minute, stays on your devices, and you can change it here any time.
            </p>
            <BusinessSection settings={settings} onChange={onChange} />
            <div className="welcome-actions">
              <button type="button" className="primary" data-testid="welcome-done" onClick={props.welcome.onDone}>
                Done
              </button>
              <button type="button" data-testid="welcome-skip" onClick={props.welcome.onSkip}>
                Skip for now
              </button>
            </div>
          </section>
        )}
        <p className="intro">Changes apply at once in every open page and panel. Everything stays in your browser.</p>
        <div role="alert" data-testid="settings-notice" className="notice" hidden={!notice && !saveError}>
          {notice && <p>{notice}</p>}
          {saveError && <p>{saveError}</p>}
        </div>
        {/* Always present (empty when all is well), so a screen reader announces what appears in it. */}
        <div role="status" data-testid="save-notice">
          {saveNotice && <p className="notice">{saveNotice}</p>}
        </div>
        <RulesSection settings={settings} rules={rules} onChange={onChange} />
        <SitesSection
          settings={settings}
          rules={rules}
          onChange={onChange}
          onRequestSite={props.onRequestSite}
          onRemoveSite={props.onRemoveSite}
          siteAccess={props.siteAccess}
        />
        <PhrasesSection settings={settings} onChange={onChange} />
        {!props.welcome && <BusinessSection settings={settings} onChange={onChange} />}
        <CoolDownSection settings={settings} onChange={onChange} />
        {props.followUps && <FollowUpsSection settings={settings} onChange={onChange} {...props.followUps} />}
        <BackupSection settings={settings} onChange={onChange} onReset={props.onReset} />
      </main>
    </div>
  );
}
