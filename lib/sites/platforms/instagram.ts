import { defineAdapter } from '../adapter';

// React-controlled textarea under the post; the caption or comment is the nearest text before it.
export default defineAdapter({
  id: 'instagram',
  name: 'Instagram',
  limit: 2200,
  boxes: ['form textarea'],
  review: {
    container: ['article', '[role="dialog"]', 'li'],
    text: ['h1[dir="auto"]', 'span[dir="auto"]'],
    author: ['a[role="link"] span', 'h2 a', 'h3 a'],
  },
});
