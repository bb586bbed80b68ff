import { defineAdapter } from '../adapter';

// Etsy shop manager reviews (unconfirmed): review card, then a textarea for the seller response.
export default defineAdapter({
  id: 'etsy',
  name: 'Etsy',
  review: {
    container: ['[data-review-region]', '.review-card', 'li'],
    text: ['[data-review-text]', 'p[id^="review-preview-toggle"]', '.review-text'],
    author: ['[data-review-author]', 'a[href*="/people/"]'],
    rating: ['[data-rating]', 'input[name="initial-rating"]'],
  },
});
