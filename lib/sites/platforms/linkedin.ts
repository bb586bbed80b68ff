import { defineAdapter } from '../adapter';

// Quill .ql-editor inside .comments-comment-box__form, under the post or comment.
export default defineAdapter({
  id: 'linkedin',
  name: 'LinkedIn',
  limit: 1250,
  boxes: ['.comments-comment-box__form .ql-editor[contenteditable="true"]'],
  review: {
    container: ['.comments-comment-item', '.feed-shared-update-v2', 'article'],
    text: ['.comments-comment-item__main-content', '.update-components-text', '.feed-shared-text'],
    author: ['.comments-post-meta__name-text', '.update-components-actor__name'],
  },
});
