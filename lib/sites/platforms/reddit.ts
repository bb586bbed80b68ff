import { defineAdapter } from '../adapter';

// shreddit-composer: a textarea or a rich-text div[role=textbox] inside nested open shadow roots.
export default defineAdapter({
  id: 'reddit',
  name: 'Reddit',
  limit: 10000,
  review: {
    container: ['shreddit-comment', 'shreddit-post', 'article'],
    text: ['[slot="comment"]', '[slot="text-body"]', '[id$="-post-rtjson-content"]'],
    author: ['[slot="authorName"]', 'a[href^="/user/"]'],
  },
});
