import { defineAdapter } from '../adapter';

// Airbnb hosting reviews (unconfirmed): data-review-id cards, a textarea for the public response.
export default defineAdapter({
  id: 'airbnb',
  name: 'Airbnb',
  review: {
    container: ['[data-review-id]', '[role="listitem"]'],
    text: ['[data-testid="review-text"]', 'span[lang]'],
    author: ['[data-testid="review-author"]', 'h3'],
  },
});
