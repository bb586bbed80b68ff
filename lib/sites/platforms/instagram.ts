import { defineAdapter } from '../adapter';

/**
 * One React-controlled textarea under the post for the caption and every comment; "Reply" under a
 * comment prefills it with "@name ". span[dir=auto] also wraps user names, so the text hooks are
 * structural: the caption is the h1, a comment's text is the span after its author's h3.
 */
export default defineAdapter({
  id: 'instagram',
  name: 'Instagram',
  limit: 2200,
  boxes: ['form textarea'],
  review: {
    container: ['li', 'article', '[role="dialog"]'],
    text: ['h1[dir="auto"]', 'h3 + div span[dir="auto"]', 'li > span[dir="auto"]'],
    // A comment's author is its h3 link, the caption's the h2 or the post header.
    author: ['h3 a[href^="/"]', 'h2 a[href^="/"]', 'header a[href^="/"]', 'a[role="link"] span', 'h2 a', 'h3 a'],
  },
});
