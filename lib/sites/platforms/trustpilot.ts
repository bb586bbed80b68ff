import { defineAdapter } from '../adapter';

// Trustpilot Business "Reply to reviews" (unconfirmed); consumer site uses the same data- hooks.
export default defineAdapter({
  id: 'trustpilot',
  name: 'Trustpilot',
  review: {
    container: ['article[data-service-review-card-paper]', '[data-review-id]', 'article'],
    text: ['[data-service-review-text-typography]', '[data-review-content]', '[data-relevant-review-text-typography]'],
    author: ['[data-consumer-name-typography]'],
    rating: ['[data-service-review-rating]', 'img[alt*="Rated" i]'],
  },
});
