import { defineAdapter } from '../adapter';

/**
 * Booking.com extranet guest reviews (admin.booking.com). Unconfirmed: no public source shows this
 * page's markup; the class names are this project's notes (.review-block-content, .review-guest-name)
 * and the reply form is taken to sit in the review's block. The guest's score
 * (.bui-review-score__badge) is out of 10: it is read as stars out of 5 (9.0 → 4.5).
 * Sources: README, "Where Calm Reply reads the review".
 */
export default defineAdapter({
  id: 'booking',
  name: 'Booking.com',
  review: {
    container: ['.review-block', '[data-test-id="review-card"]', '.review-card', 'li'],
    text: ['.review-block-content', '[data-test-id="review-text"]', '[data-test-id="review-negative"]', '.review-text'],
    author: ['.review-guest-name', '[data-test-id="guest-name"]', '.guest-name'],
    rating: ['.bui-review-score__badge', '[data-test-id="review-score"]'],
    outOfTen: ['.bui-review-score__badge', '[data-test-id="review-score"]'],
  },
});
