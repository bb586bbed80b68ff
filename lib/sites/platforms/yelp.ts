import { defineAdapter } from '../adapter';

/**
 * Yelp for Business (biz.yelp.com/r2r/…) and yelp.com. Generated class names rotate and the review
 * text has no stable class: it is read from the card's span[lang] / p[lang] (as on Yelp's public
 * review pages; unconfirmed on the owner's page). The rating is the "N star rating" label, the
 * reviewer the passport block's first span. The comment box appears in the card after "Comment".
 * Sources: README, "Where Calm Reply reads the review".
 */
export default defineAdapter({
  id: 'yelp',
  name: 'Yelp',
  review: {
    container: ['[data-review-id]', '[class*="review__" i]', 'li'],
    text: ['[data-testid="review-text"]', 'p[class*="comment__" i]', 'span[lang]', 'p[lang]'],
    author: ['[class*="passport-container"] span', 'a[href*="user_details"]', '[class*="user-passport" i] a'],
    rating: ['[aria-label$="star rating" i]', '[role="img"][aria-label*="star rating" i]', '[class*="stars" i][aria-label]'],
  },
});
