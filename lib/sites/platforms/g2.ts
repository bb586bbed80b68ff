import { defineAdapter } from '../adapter';

// G2 (my.g2.com) and Capterra vendor portals: schema.org review markup (unconfirmed beyond that).
export default defineAdapter({
  id: 'g2',
  name: 'G2 / Capterra',
  review: {
    container: ['[itemprop="review"]', '[data-review-id]', '.paper'],
    text: ['[itemprop="reviewBody"]', '[data-testid="review-text"]'],
    author: ['[itemprop="author"]'],
    rating: ['[itemprop="ratingValue"]'],
    date: ['[itemprop="datePublished"]'],
  },
});
