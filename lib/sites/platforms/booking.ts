import { defineAdapter } from '../adapter';

/**
 * Booking.com extranet guest reviews (admin.booking.com). Unconfirmed: no public source shows this
 * page's markup; the class names are this project's notes (.review-block-content, .review-guest-name)
 * and the reply form is taken to sit in the review's block. The guest's score
 * (.bui-review-score__badge) is out of 10 and a review's rating is read as stars out of 5, so the
 * score is deliberately not read. Sources: README, "Where Calm Reply reads the review".
 */
export default defineAdapter({
  id: 'booking',
  name: 'Booking.com',
  review: {
    container: ['.review-block', '[data-test-id="review-card"]', '.review-card', 'li'],
    text: ['.review-block-content', '[data-test-id="review-text"]', '[data-test-id="review-negative"]', '.review-text'],
    author: ['.review-guest-name', '[data-test-id="guest-name"]', '.guest-name'],
  },
});
