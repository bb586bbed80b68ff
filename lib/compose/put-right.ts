/**
 * A fault the business put right at once, as the review tells it ("the kettle broke, but reception replaced
 * it within the hour"; "the lamp was working again before we came back"). The reply thanks the reviewer for
 * their patience and is glad it was put right, rather than promising to act on what is already done.
 */
import type { ReviewAspect } from './reading-types';
import { sentenceSpan } from './sentence';

/** Words that say the fault was mended. */
const MENDED = /\b(fixed|repaired|replaced|sorted(?: out)?|resolved|rectified|attended to|taken care of|got onto fixing|came (?:up )?to fix|working again|up and running|was running|were running)\b/i;
/** …and that it was mended at once. */
const AT_ONCE = /\b(straight ?away|right away|immediately|promptly|quickly|swiftly|in no time|by the time|the same day|same day|at once|within (?:minutes|the hour|an hour|\d+ ?min\w*))\b/i;

/** True when the sentence of the aspect (after it) or the one after says it was mended at once. */
export function putRight(aspect: ReviewAspect, review: string): boolean {
  if (!review || aspect.end <= aspect.start) return false;
  const own = sentenceSpan(review, aspect.start, aspect.end);
  const rest = review.slice(aspect.end, own.to);
  const next = sentenceSpan(review, Math.min(review.length, own.to + 1));
  const following = own.to < review.length ? review.slice(own.to + 1, next.to) : '';
  return [rest, following].some((s) => MENDED.test(s) && AT_ONCE.test(s));
}
