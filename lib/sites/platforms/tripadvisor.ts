import { defineAdapter } from '../adapter';

// Management Center response page (unconfirmed); ratings are "4.0 of 5 bubbles".
export default defineAdapter({
  id: 'tripadvisor',
  name: 'Tripadvisor',
  review: {
    container: ['[data-reviewid]', '[data-test-target="HR_CC_CARD"]', '[data-automation="reviewCard"]'],
    text: ['[data-test-target="review-body"]', '[data-automation^="reviewText"]', 'q'],
    author: ['a[href*="/Profile/"]'],
    rating: ['svg[aria-label*="bubbles" i]', '[class*="bubble_" i]'],
  },
});
