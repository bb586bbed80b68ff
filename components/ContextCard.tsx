import type { ReviewInfo } from '@/lib/messages';
import { firstNameOf } from '@/lib/compose';

export interface ContextCardProps {
  platformName: string;
  review?: ReviewInfo;
  /** The review's date as read from the page (YYYY-MM-DD) and "Posted 9 days ago"; absent when unknown. */
  posted?: { date: string; label: string };
  /** A kind word that a low-rated review has waited long enough (the owner's threshold). */
  replySoon?: string;
  /** Let the owner click the review on the page (absent when no reply box is bound). */
  onPickReview?: () => void;
  /** Forget the review the owner picked, and read the page again. */
  onForgetPick?: () => void;
  /** The page is waiting for the owner's click on the review. */
  picking?: boolean;
}

/** Reviews longer than this start collapsed, so the panel does not become a wall of text. */
const LONG_REVIEW = 280;

function Stars({ rating }: { rating: number }) {
  const r = Math.max(0, Math.min(5, Math.round(rating)));
  return (
    <span className="stars" role="img" aria-label={`${r} out of 5 stars`} data-testid="review-rating">
      {'★'.repeat(r)}
      {'☆'.repeat(5 - r)}
    </span>
  );
}

/** Which platform and which review the owner is answering. Only the reviewer's first name is shown. */
export function ContextCard({ platformName, review, posted, replySoon, onPickReview, onForgetPick, picking }: ContextCardProps) {
  const name = firstNameOf(review?.author);
  const text = review?.text?.trim() ?? '';
  return (
    <section className="context" aria-label="The review you are answering" data-testid="context">
      <p className="platform">
        Replying on <strong data-testid="platform">{platformName}</strong>
      </p>
      {text ? (
        <details className="review" open={text.length <= LONG_REVIEW} data-testid="review">
          <summary>
            {name ? <span data-testid="review-author">{name}</span> : 'The reviewer'}
            {review?.rating !== undefined && Number.isFinite(review.rating) && (
              <>
                {' '}
                <Stars rating={review.rating} />
              </>
            )}
            <span className="summary-hint"> wrote</span>
            {posted && (
              <>
                {' '}
                <time className="posted" dateTime={posted.date} data-testid="review-date" data-date={posted.date}>
                  · {posted.label}
                </time>
              </>
            )}
          </summary>
          <blockquote dir="auto" data-testid="review-text">
            {text}
          </blockquote>
        </details>
      ) : (
        <p className="muted" data-testid="review-missing">
          Calm Reply could not find the review on this page, so the composed reply is general. Pick the review on the page, or
          edit the suggestion to name what went wrong.
        </p>
      )}
      {picking ? (
        <p className="notice" role="status" data-testid="picking">
          On the page, click the review you are answering. Press Esc there to cancel.
        </p>
      ) : (
        onPickReview && (
          <p className="pick">
            <button type="button" className="link" onClick={onPickReview} data-testid="pick-review">
              {text ? 'Wrong review? Pick it on the page' : 'Pick the review on the page'}
            </button>
            {review?.picked && onForgetPick && (
              <>
                {' · '}
                <span data-testid="review-picked">You picked this review.</span>{' '}
                <button type="button" className="link" onClick={onForgetPick} data-testid="forget-pick">
                  Forget it
                </button>
              </>
            )}
          </p>
        )
      )}
      {replySoon && (
        <p className="notice" data-testid="reply-soon">
          {replySoon}
        </p>
      )}
    </section>
  );
}
