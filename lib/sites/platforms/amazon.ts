import { defineAdapter } from '../adapter';

// Seller Central "Feedback Manager" (unconfirmed): one row per feedback, reply form beneath.
export default defineAdapter({
  id: 'amazon',
  name: 'Amazon Seller Central',
  review: {
    container: ['[data-feedback-id]', 'kat-table-row', 'tr'],
    text: ['[data-test-id="feedback-comments"]', '.feedback-comments', 'td.comments'],
    rating: ['[data-test-id="feedback-rating"]', '.feedback-rating'],
  },
});
