import { defineAdapter } from '../adapter';

/**
 * App Store Connect, Ratings and Reviews (AngularJS). "Reply" appends a .modal-dialog holding
 * the review (ng-bind currentReview.value.review) and the response editor, an editable div, not
 * a textarea; on the list each review sits in .review-container (ng-bind review.value.review).
 * The nickname is in .review-meta ("by <nickname> – <date>"). The stars are a .stars element
 * with a count-N class and no text to read, so no rating is read. Limit 5,970 characters.
 * Sources: README, "Where Calm Reply reads the review".
 */
export default defineAdapter({
  id: 'appstore',
  name: 'App Store Connect',
  limit: 5970,
  boxes: ['.modal-dialog div[contenteditable="true"]'],
  review: {
    container: ['.modal-dialog', '.review-container', '[class*="review" i]'],
    text: ['[ng-bind$=".value.review"]', '[data-testid="review-body"]', '[class*="review-body" i]', '[class*="review__body" i]'],
    author: ['.review-meta span', '[ng-bind$=".value.nickname"]', '[class*="review-author" i]', '[class*="nickname" i]'],
  },
});
