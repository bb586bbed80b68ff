export interface DraftViewProps {
  draft: string;
}

/** The owner's draft as it stands in the page's reply box. */
export function DraftView({ draft }: DraftViewProps) {
  if (!draft.trim()) {
    return (
      <section className="empty" data-testid="draft-empty">
        <h2>Nothing to check yet</h2>
        <p>Start typing your reply in the page's reply box and it will appear here, checked as you type.</p>
      </section>
    );
  }
  return (
    <section aria-label="Your draft">
      <h2 className="section-title">Your draft</h2>
      <div className="draft" data-testid="draft" dir="auto">
        {draft}
      </div>
    </section>
  );
}
