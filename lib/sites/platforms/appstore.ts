import { defineAdapter } from '../adapter';

// App Store Connect "Ratings and Reviews" (unconfirmed markup); limit 5,970 characters.
export default defineAdapter({
  id: 'appstore',
  name: 'App Store Connect',
  limit: 5970,
  review: {
    container: ['[class*="review" i]'],
    text: ['[data-testid="review-body"]', '[class*="review-body" i]', '[class*="review__body" i]'],
    author: ['[class*="review-author" i]', '[class*="nickname" i]'],
  },
});
