import { DEFAULT_REPLY_SOON_DAYS, REPLY_SOON_CHOICES, replySoonDaysOf, type ReplySoonDays, type Settings } from '@/lib/settings/schema';
import type { FollowUp } from '@/lib/followups/types';
import { FollowUpList, type FollowUpActions } from '../FollowUps';
import type { UpdateSettings } from './types';

export interface FollowUpsSectionProps extends FollowUpActions {
  settings: Settings;
  onChange: UpdateSettings;
  /** Undefined while loading; an error message when storage could not be read. */
  items: FollowUp[] | undefined;
  loadError?: string;
  /** The last action's outcome ("Marked done…", "Could not save…"). */
  status?: { ok: boolean; message: string };
  dueLabel(due: string): string;
  isDue(f: FollowUp): boolean;
  platformName(platform: string): string;
  onExport(): void;
}

const WAIT_LABEL: Record<ReplySoonDays, string> = { 0: 'Never', 1: 'After 1 day', 2: 'After 2 days', 3: 'After 3 days', 7: 'After a week' };

/** Reply soon, keep the promise: the nudge's threshold and every remembered follow-up. */
export function FollowUpsSection(p: FollowUpsSectionProps) {
  const wait = replySoonDaysOf(p.settings);
  const open = p.items?.filter((f) => f.state === 'open') ?? [];
  const done = p.items?.filter((f) => f.state === 'done') ?? [];
  return (
    <section aria-labelledby="followups-title" className="card" data-testid="follow-ups-section">
      <h2 id="followups-title">Follow-ups</h2>
      <p className="intro">
        A quick reply shows an unhappy customer they matter, and a promise kept wins them back. Calm Reply shows how long a review has
        waited, and remembers what your replies promised so it can remind you on the day. All of it stays on this device.
      </p>
      <div className="field">
        <label htmlFor="reply-soon">Remind me to reply to a review of 3 stars or fewer</label>
        <select
          id="reply-soon"
          data-testid="reply-soon-days"
          value={String(wait)}
          onChange={(e) => {
            const n = Number(e.target.value) as ReplySoonDays;
            onChangeWait(p.onChange, n);
          }}
        >
          {REPLY_SOON_CHOICES.map((n) => (
            <option key={n} value={n}>
              {WAIT_LABEL[n]}
              {n === DEFAULT_REPLY_SOON_DAYS ? ' (default)' : ''}
            </option>
          ))}
        </select>
      </div>
      <div role="status" data-testid="follow-ups-status">
        {p.status && <p className={p.status.ok ? 'hint' : 'error'}>{p.status.message}</p>}
      </div>
      {p.loadError ? (
        <p className="error" role="alert">
          {p.loadError}
        </p>
      ) : p.items === undefined ? (
        <p className="hint">Loading follow-ups…</p>
      ) : p.items.length === 0 ? (
        <p className="hint" data-testid="follow-ups-empty">
          No follow-ups yet. After you insert a reply that promises something by a date, the panel offers to remind you.
        </p>
      ) : (
        <>
          <h3>Open ({open.length})</h3>
          <FollowUpList {...p} items={open} />
          {done.length > 0 && (
            <details>
              <summary>Done ({done.length})</summary>
              <FollowUpList {...p} items={done} />
            </details>
          )}
          <button type="button" data-testid="follow-ups-export" onClick={p.onExport}>
            Export follow-ups (CSV)
          </button>
        </>
      )}
    </section>
  );
}

function onChangeWait(onChange: UpdateSettings, n: ReplySoonDays) {
  onChange((s) => ({ ...s, replySoonDays: n }));
}
