import { defineAdapter } from '../adapter';

// Draft.js box (data-testid tweetTextarea_N) under the tweet being answered.
export default defineAdapter({
  id: 'x',
  name: 'X / Twitter',
  limit: 280,
  boxes: ['div[data-testid^="tweetTextarea_"][role="textbox"]', '.public-DraftEditor-content'],
  review: {
    container: ['article[data-testid="tweet"]', 'article'],
    text: ['[data-testid="tweetText"]'],
    author: ['[data-testid="User-Name"] span'],
    date: ['time'],
  },
});
