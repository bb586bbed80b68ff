import type { Analysis, Flag } from '@/lib/analysis/types';
import type { ReviewInfo } from '@/lib/messages';
import { Checklist } from './Checklist';
import { ContextCard } from './ContextCard';
import { DraftView } from './DraftView';
import { EmptyState } from './EmptyState';
import { FlagList, flagKey } from './FlagList';
import { HeatMeter } from './Meters';
import { SuggestionEditor, type SuggestionEditorProps } from './SuggestionEditor';
import { FollowUpList, RemindOffer, type FollowUpListProps, type RemindOfferProps } from './FollowUps';

export interface PanelProps {
  view: 'connecting' | 'no-box' | 'site-off' | 'ready';
  platformName?: string;
  supportedSites: string[];
  review?: ReviewInfo;
  draft: string;
  analysis?: Analysis;
  /** The analysis failed: the draft is still shown, with this instead of flags. */
  error?: string;
  /** The draft is longer than Calm Reply checks: flags cover only the text before this offset. */
  checkedUpTo?: number;
  /** flagKey()s the owner ignored in this reply box. */
  ignored: string[];
  /** Shown at the top when settings could not be read. */
  notice?: string;
  /** Absent until a reply box is bound. */
  suggestion?: SuggestionEditorProps;
  busy?: boolean;
  onApplyFlag(flag: Flag): void;
  onIgnoreFlag(flag: Flag): void;
  onUnignoreFlag(flag: Flag): void;
  onOpenOptions?: () => void;
  /** The site is switched off: switch it back on from here, in one click. */
  onTurnSiteOn?: () => void;
  /** The review's date and age, when the page shows it. */
  posted?: { date: string; label: string };
  /** The nudge for a low-rated review that has waited past the owner's threshold. */
  replySoon?: string;
  /** Follow-ups due today or overdue: shown first, whatever the page. */
  due?: FollowUpListProps;
  /** After the reply went in: its promise, offered as a follow-up. */
  remind?: RemindOfferProps;
  followUpsError?: string;
  /** Replies are still signed "The team": the one reminder, with what to do about it. */
  signatureReminder?: { onAdd(): void; onDismiss(): void };
  /** Pick the review on the page, or forget the one picked (see ContextCard). */
  onPickReview?: () => void;
  onForgetPick?: () => void;
  picking?: boolean;
}

/** Everything the side panel shows, from data and callbacks only (no browser APIs). */
export function Panel(p: PanelProps) {
  const ignored = new Set(p.ignored);
  const english = p.analysis?.language !== 'other';
  // a draft in another language gets only the checks that need no language (Analysis.checks); their flags show as usual
  const languageFree = !english && p.analysis?.checks === 'language-free';
  // The background leaves ignored flags out of the analysis (so the badge and heat agree) and lists
  // them apart; the panel's own list decides at once, before the next analysis arrives.
  const flags = english || languageFree ? [...(p.analysis?.flags ?? []), ...(p.analysis?.ignored ?? [])].sort((a, b) => a.start - b.start) : [];
  const shown = flags.filter((f) => !ignored.has(flagKey(f)));
  const hidden = flags.filter((f) => ignored.has(flagKey(f)));

  const flagList = (analysis: Analysis) => (
    <FlagList
      flags={shown}
      ignored={hidden}
      onApply={p.suggestion ? p.onApplyFlag : undefined}
      onIgnore={p.onIgnoreFlag}
      onUnignore={p.onUnignoreFlag}
      busy={p.busy}
      incomplete={analysis.incomplete}
    />
  );

  return (
    <div className="panel-body">
      {p.notice && (
        <p className="notice" role="alert" data-testid="settings-notice">
          {p.notice}
        </p>
      )}
      {p.signatureReminder && (
        <div className="notice" role="status" data-testid="signature-reminder">
          <p>Your suggested replies are signed “The team”. Add your business name and who signs, so customers hear from a person.</p>
          <p>
            <button type="button" className="primary" data-testid="signature-add" onClick={p.signatureReminder.onAdd}>
              Add my details
            </button>{' '}
            <button type="button" data-testid="signature-dismiss" onClick={p.signatureReminder.onDismiss}>
              Not now
            </button>
          </p>
        </div>
      )}
      {p.followUpsError && (
        <p className="warn" role="alert" data-testid="follow-ups-error">
          {p.followUpsError}
        </p>
      )}
      {p.due && p.due.items.length > 0 && (
        <section className="due" aria-labelledby="due-title" data-testid="due">
          <h2 className="section-title" id="due-title">
            Due: {p.due.items.length} follow-up{p.due.items.length === 1 ? '' : 's'}
          </h2>
          <FollowUpList {...p.due} />
        </section>
      )}
      {p.view !== 'ready' ? (
        <EmptyState reason={p.view} platformName={p.platformName} supportedSites={p.supportedSites} onOpenOptions={p.onOpenOptions} onTurnSiteOn={p.onTurnSiteOn} />
      ) : (
        <>
          <ContextCard
            platformName={p.platformName ?? 'this site'}
            review={p.review}
            posted={p.posted}
            replySoon={p.replySoon}
            onPickReview={p.onPickReview}
            onForgetPick={p.onForgetPick}
            picking={p.picking}
          />
          {/* the reply to post leads: the owner's draft made calmer, or one composed from the review */}
          {p.suggestion && <SuggestionEditor {...p.suggestion} />}
          {p.remind && <RemindOffer key={p.remind.promise} {...p.remind} />}
          <DraftView draft={p.draft} flags={shown} />
          {p.analysis?.length.limit !== undefined && p.analysis.length.characters > p.analysis.length.limit && (
            <p className="warn" data-testid="draft-over-limit">
              Your draft is {(p.analysis.length.characters - p.analysis.length.limit).toLocaleString('en')} over {p.platformName ? `${p.platformName}’s` : 'the site’s'}{' '}
              limit of {p.analysis.length.limit.toLocaleString('en')}: the site may cut it short or refuse it.
            </p>
          )}
          {p.checkedUpTo !== undefined && (
            <p className="notice" data-testid="checked-part">
              This draft is very long, so only the first {p.checkedUpTo.toLocaleString('en')} characters are checked. Nothing is cut:
              the whole text stays in the reply box.
            </p>
          )}
          {p.draft.trim() && p.error && (
            <p className="warn" role="alert" data-testid="analysis-error">
              {p.error}
            </p>
          )}
          {p.draft.trim() && !p.error && p.analysis && !english && (
            <>
              <p className="notice" data-testid="not-english">
                {languageFree
                  ? 'Your draft does not read as English, so only the checks that need no language ran: capitals, repeated punctuation, personal details, links and length.'
                  : 'Your draft does not read as English, so Calm Reply has no flags to offer: its checks only understand English.'}
              </p>
              {p.suggestion && <p className="hint">The suggested reply above is in English; edit it or write your own.</p>}
              {/* with nothing found, say nothing more: "Calm" or "nothing defensive" would claim checks that did not run */}
              {languageFree && (flags.length > 0 || (p.analysis.incomplete?.length ?? 0) > 0) && (
                <>
                  <HeatMeter heat={p.analysis.heat} />
                  {flagList(p.analysis)}
                </>
              )}
            </>
          )}
          {p.draft.trim() && !p.error && p.analysis && english && (
            <>
              <HeatMeter heat={p.analysis.heat} />
              <Checklist structure={p.analysis.structure} />
              {flagList(p.analysis)}
            </>
          )}
          {p.draft.trim() && !p.error && !p.analysis && (
            <p className="muted" data-testid="analysing" aria-busy="true">
              Checking your draft…
            </p>
          )}
        </>
      )}
    </div>
  );
}
