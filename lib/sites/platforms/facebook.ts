import { defineAdapter } from '../adapter';

/**
 * Comment and reply boxes are Lexical div[data-lexical-editor][role=textbox]. In a post dialog
 * ([role=dialog]) the composer sits under all the comments, so the post's own message hooks come
 * first: a box's dialog holds one post message and many comment texts. A reply box opened under a
 * comment sits inside that comment's [role=article] (aria-label "Comment by …"), which holds no
 * post message and one comment text.
 */
export default defineAdapter({
  id: 'facebook',
  name: 'Facebook',
  limit: 8000,
  boxes: ['div[contenteditable][data-lexical-editor="true"][role="textbox"]'],
  review: {
    container: ['[role="article"]', '[role="dialog"]'],
    text: ['[data-ad-preview="message"]', '[data-ad-comet-preview="message"]', '[role="article"] div[dir="auto"]'],
    // Post headers name the author in a heading; a comment leads with its author's link.
    author: ['h2 a', 'h3 a', 'strong a', 'a[role="link"] > span'],
  },
});
