export interface EmptyStateProps {
  reason: 'connecting' | 'no-box' | 'site-off';
  platformName?: string;
  /** Sites supported out of the box, by name. */
  supportedSites: string[];
  onOpenOptions?: () => void;
  /** reason 'site-off': switch Calm Reply back on for this site, in one click (the caller saves it in the settings). */
  onTurnSiteOn?: () => void;
}

/**
 * Why there is nothing to check: the panel is still connecting, no reply box has been seen on
 * this page, or the owner turned Calm Reply off for this site. Always says what to do next.
 */
export function EmptyState({ reason, platformName, supportedSites, onOpenOptions, onTurnSiteOn }: EmptyStateProps) {
  if (reason === 'site-off') {
    const site = platformName ?? 'this site';
    return (
      <section className="empty" data-testid="draft-empty" data-reason="site-off">
        <h2 data-testid="site-off">Calm Reply is off for {site}</h2>
        <p>
          {onTurnSiteOn
            ? 'You turned it off in the options. Turn it back on to check your replies on this site.'
            : 'You turned it off in the options. Turn it back on there to check your replies on this site.'}
        </p>
        {onTurnSiteOn && (
          <button type="button" className="btn" data-testid="site-on" onClick={onTurnSiteOn}>
            Turn Calm Reply on for {site}
          </button>
        )}
        {onOpenOptions && (
          <button type="button" className={onTurnSiteOn ? 'btn quiet' : 'btn'} onClick={onOpenOptions}>
            Open options
          </button>
        )}
      </section>
    );
  }
  if (reason === 'connecting') {
    return (
      <section className="empty" data-testid="draft-empty" data-reason="connecting" aria-busy="true">
        <h2>Nothing to check yet</h2>
        <p>Start typing your reply in the page's reply box and it will appear here, checked as you type.</p>
      </section>
    );
  }
  return (
    <section className="empty" data-testid="draft-empty" data-reason="no-box">
      <h2 data-testid="no-box">Nothing to check yet</h2>
      <p>
        Start typing your reply in the page's reply box and it will appear here, checked as you type. If this page has no reply box, open
        the review you want to answer.
      </p>
      <details className="sites">
        <summary>Where Calm Reply works</summary>
        <p>{supportedSites.join(', ')}.</p>
        <p>Replying on another site? Add its address under Options → Sites, then reload the page.</p>
      </details>
      {onOpenOptions && (
        <button type="button" className="btn quiet" onClick={onOpenOptions}>
          Open options
        </button>
      )}
    </section>
  );
}
