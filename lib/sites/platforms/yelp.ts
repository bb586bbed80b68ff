import { defineAdapter } from '../adapter';

// biz.yelp.com owner dashboard (unconfirmed): the review card holds the text and a reply form.
export default defineAdapter({
  id: 'yelp',
  name: 'Yelp',
  review: {
    container: ['[data-review-id]', '[class*="review__" i]', 'li'],
    text: ['[data-testid="review-text"]', 'p[class*="comment__" i]', 'span[lang]', 'p[lang]'],
    author: ['a[href*="user_details"]', '[class*="user-passport" i] a'],
    rating: ['[role="img"][aria-label*="star rating" i]', '[class*="stars" i][aria-label]'],
  },
});
