import { defineAdapter } from '../adapter';

// Owner panel in Search/Maps and business.google.com. Class names are Maps' review markup as
// seen in open-source scrapers (unconfirmed, they rotate); data-review-id is the stable hook.
export default defineAdapter({
  id: 'google',
  name: 'Google Business Profile',
  limit: 4096,
  limitUnit: 'bytes',
  review: {
    container: ['[data-review-id]', '[jscontroller][data-review-id]'],
    text: ['[data-review-text]', '.review-full-text', 'span.wiI7pd', '[data-expandable-section] span'],
    author: ['[data-reviewer-name]', '.d4r55', 'a[href*="/contrib/"]'],
    rating: ['[role="img"][aria-label*="star" i]', '.kvMYJc'],
    date: ['.rsqaWe', '.dehysf'],
  },
});
