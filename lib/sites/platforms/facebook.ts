import { defineAdapter } from '../adapter';

// Comment box: Lexical div[data-lexical-editor][role=textbox] under the post (role=article).
export default defineAdapter({
  id: 'facebook',
  name: 'Facebook',
  limit: 8000,
  boxes: ['div[contenteditable][data-lexical-editor="true"][role="textbox"]'],
  review: {
    container: ['[role="article"]'],
    text: ['[data-ad-preview="message"]', '[data-ad-comet-preview="message"]', 'div[dir="auto"]'],
    author: ['h2 a', 'h3 a', 'strong a'],
  },
});
