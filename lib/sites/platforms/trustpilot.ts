import { defineAdapter } from '../adapter';

/**
 * Trustpilot. The business app (businessapp.b2b.trustpilot.com) draws BEM review__* cards: the
 * text in .review__text (one or more paragraphs; the title a.review__title is not part of it),
 * the rating in the alt text of .review__stars img, the date in .review__stars p span. The
 * consumer site (www.trustpilot.com) keeps its data-service-review-* hooks. Where the business
 * app puts the reply box is unconfirmed. Sources: README, "Where Calm Reply reads the review".
 */
export default defineAdapter({
  id: 'trustpilot',
  name: 'Trustpilot',
  review: {
    container: ['.review', 'article[data-service-review-card-paper]', '[data-review-id]', 'article'],
    text: ['.review__text', '[data-service-review-text-typography]', '[data-review-content]', '[data-relevant-review-text-typography]'],
    author: ['.review__consumer__name', '[data-consumer-name-typography]'],
    rating: ['.review__stars img[alt]', '[data-service-review-rating]', 'img[alt*="Rated" i]'],
    date: ['.review__stars p span'],
  },
});
