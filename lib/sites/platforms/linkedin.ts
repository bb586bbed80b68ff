import { defineAdapter } from '../adapter';

/**
 * Two layouts live at once. Classic: Quill .ql-editor inside .comments-comment-box__form, under
 * the post (.feed-shared-update-v2) or inside a comment (.comments-comment-item). Newer (A/B-tested,
 * data-view-name hooks): a TipTap/ProseMirror box in [data-view-name=comment-box], the post's text
 * in p[data-view-name=feed-commentary], comments' text in [data-testid=expandable-text-box] (which
 * the post's text holds too). The post's hooks come before the comments'.
 */
export default defineAdapter({
  id: 'linkedin',
  name: 'LinkedIn',
  limit: 1250,
  boxes: ['.comments-comment-box__form .ql-editor[contenteditable="true"]', '[data-view-name="comment-box"] [contenteditable="true"]'],
  review: {
    container: ['.comments-comment-item', '.feed-shared-update-v2', '[data-view-name="feed-full-update"]', 'article'],
    text: [
      '[data-view-name="feed-commentary"]',
      '.update-components-text',
      '.feed-shared-text',
      '.comments-comment-item__main-content',
      '[data-testid="expandable-text-box"]',
    ],
    author: [
      '.comments-post-meta__name-text',
      '.update-components-actor__name',
      'a[data-view-name="feed-actor-image"] + a p:first-child',
      'a[data-view-name="comment-actor-description"] p:first-child',
    ],
  },
});
