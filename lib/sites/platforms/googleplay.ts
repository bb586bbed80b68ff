import { defineAdapter } from '../adapter';

// Play Console reviews (Angular, unconfirmed): debug-id hooks are stable across locales.
export default defineAdapter({
  id: 'googleplay',
  name: 'Google Play Console',
  limit: 350,
  review: {
    container: ['[debug-id="review"]', 'console-review', 'review-card'],
    text: ['[debug-id="review-text"]', '.review-text'],
    author: ['[debug-id="reviewer-name"]', '.reviewer-name'],
    rating: ['[debug-id="star-rating"]', '[aria-label*="star" i]'],
  },
});
