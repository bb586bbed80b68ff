import { useId, useState } from 'react';
import type { FollowUp } from '@/lib/followups/types';

/** What a follow-up list can do to one item; each is optional so a view offers only what fits. */
export interface FollowUpActions {
  onDone(id: string): void;
  onSnooze(id: string, days: 1 | 7): void;
  onDelete(id: string): void;
  /** The options page lets the owner move the date; the panel keeps to snooze. */
  onChangeDate?(id: string, due: string): void;
  /** Opens the review's page (options page). */
  onOpen?(url: string): void;
}

export interface FollowUpListProps extends FollowUpActions {
  items: FollowUp[];
  /** "Due Fri 4 Dec", "Overdue by 3 days": worked out by the caller for a fixed now. */
  dueLabel(due: string): string;
  /** Overdue or due today (highlighted). */
  isDue(f: FollowUp): boolean;
  platformName(platform: string): string;
}

function who(f: FollowUp): string {
  return f.reviewer ? `Follow up with ${f.reviewer}` : 'Follow up on your reply';
}

/** One row per follow-up: who, what was promised, when; done, snooze, delete (and change date where offered). */
export function FollowUpList(p: FollowUpListProps) {
  return (
    <ul className="follow-ups">
      {p.items.map((f) => (
        <FollowUpItem key={f.id} f={f} {...p} />
      ))}
    </ul>
  );
}

function FollowUpItem({ f, ...p }: { f: FollowUp } & FollowUpListProps) {
  const dateId = useId();
  const due = p.isDue(f) && f.state === 'open';
  return (
    <li className={`follow-up ${due ? 'due' : ''} ${f.state}`} data-testid="follow-up" data-due={f.due} data-state={f.state} data-id={f.id}>
      <p className="follow-up-title">
        <strong>{who(f)}</strong>
        <span className="muted"> · {p.platformName(f.platform)}</span>
      </p>
      <p className="follow-up-promise" dir="auto">
        {f.kind === 'check-in' ? 'Check in on: ' : 'Promised: '}
        {f.kind === 'check-in' ? f.promise.replace(/^check in:\s*/i, '') : f.promise}
        {f.when ? ` (${f.when})` : ''}
      </p>
      <p className={`follow-up-due ${due ? 'warn-text' : 'muted'}`} data-testid="follow-up-due">
        {f.state === 'done' ? 'Done' : p.dueLabel(f.due)}
      </p>
      {f.state === 'open' && (
        <div className="follow-up-actions" role="group" aria-label={`${who(f)}: actions`}>
          <button type="button" data-testid="follow-up-done" onClick={() => p.onDone(f.id)}>
            Mark done
          </button>
          <button type="button" data-testid="follow-up-snooze-day" onClick={() => p.onSnooze(f.id, 1)}>
            Snooze a day
          </button>
          <button type="button" data-testid="follow-up-snooze-week" onClick={() => p.onSnooze(f.id, 7)}>
            Snooze a week
          </button>
          {p.onChangeDate && (
            <label htmlFor={dateId} className="follow-up-date">
              Due{' '}
              <input
                id={dateId}
                type="date"
                data-testid="follow-up-date"
                value={f.due}
                onChange={(e) => e.target.value && p.onChangeDate!(f.id, e.target.value)}
              />
            </label>
          )}
        </div>
      )}
      <div className="follow-up-actions">
        {p.onOpen && (
          <button type="button" className="link" onClick={() => p.onOpen!(f.url)}>
            Open the review
          </button>
        )}
        <button type="button" className="link danger" data-testid="follow-up-delete" onClick={() => p.onDelete(f.id)}>
          Delete
        </button>
      </div>
    </li>
  );
}

export interface RemindOfferProps {
  /** The reviewer's first name, when known. */
  reviewer?: string;
  promise: string;
  /** Proposed due date, YYYY-MM-DD. */
  due: string;
  /** "Fri 4 Dec" for the proposed date. */
  dueLabel(due: string): string;
  /** Saved already (the offer becomes a confirmation), or the reason it could not be. */
  saved?: { ok: boolean; message: string };
  onRemind(due: string): void;
}

/** After the reply went in: offer to remember its promise, with the date editable. */
export function RemindOffer(p: RemindOfferProps) {
  const [due, setDue] = useState(p.due);
  const dateId = useId();
  const name = p.reviewer ? ` with ${p.reviewer}` : '';
  if (p.saved?.ok)
    return (
      <section className="remind" aria-live="polite">
        <p className="calm" data-testid="remind-saved">
          {p.saved.message}
        </p>
      </section>
    );
  return (
    <section className="remind" aria-label="Follow up on your promise">
      <p>
        Your reply promises to <strong dir="auto">{p.promise}</strong>. Keeping that promise is what the customer will remember.
      </p>
      <div className="remind-row">
        <label htmlFor={dateId}>Follow up on</label>
        <input id={dateId} type="date" data-testid="remind-date" value={due} onChange={(e) => e.target.value && setDue(e.target.value)} />
        <button type="button" className="primary" data-testid="remind" onClick={() => p.onRemind(due)}>
          Remind me to follow up{name} on {p.dueLabel(due)}
        </button>
      </div>
      {p.saved && !p.saved.ok && (
        <p className="warn" role="alert" data-testid="remind-failed">
          {p.saved.message}
        </p>
      )}
    </section>
  );
}
