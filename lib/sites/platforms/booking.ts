import { defineAdapter } from '../adapter';

// Booking.com extranet guest reviews (unconfirmed): the review card precedes the reply form.
export default defineAdapter({
  id: 'booking',
  name: 'Booking.com',
  review: {
    container: ['[data-test-id="review-card"]', '.review-card', 'li'],
    text: ['[data-test-id="review-text"]', '[data-test-id="review-negative"]', '.review-text'],
    author: ['[data-test-id="guest-name"]', '.guest-name'],
    rating: ['[data-test-id="review-score"]', '.review-score'],
  },
});
