import { phraseFind } from './helpers';
import type { SentenceRule } from './types';

/**
 * "Sorry to hear that" regrets the news, not what the business did: the customer reads sympathy from a
 * bystander. Read by real reviewers as a non-apology unless the business owns the failure in the same breath.
 */
const rule: SentenceRule = {
  id: 'sorry-to-hear',
  category: 'apology',
  severity: 'low',
  message: '"Sorry to hear" regrets the news, not what went wrong. Own it: say sorry for what happened.',
  guidance: 'Point 3 (apologise sincerely): sympathy for how the stay or the news turned out sounds like a bystander; "I\'m sorry the hot water failed" owns it.',
  patterns: [
    '(sorry|sad|saddened|regret|regretted|disappointed|distressed|dismayed) to (hear|learn|read|know|see|note|find out)',
    '(sorry|apologise|apologize|apologies|apology|regret) (for|about) (your|the|this|that) (bad|poor|negative|unpleasant|disappointing|unsatisfactory)? (experience|stay|visit|impression)',
  ],
  find: phraseFind('Own what happened: "I\'m sorry the hot water failed during your stay."', (ctx, hit) => {
    // "sorry to hear that we let you down" owns the failure in the same breath
    const rest = ctx.text.slice(ctx.terms[hit.to - 1]!.end).toLowerCase();
    return /^[\s,]*(that|about how)?\s*(we|i|our (team|staff)|my (team|staff))\s+(let|failed|forgot|made|got|did not|didn't|could not|couldn't|were not|weren't|was not|wasn't|kept|lost|charged|overcharged|left|missed|mixed)\b/.test(rest);
  }),
  examples: {
    flagged: [
      { text: 'I am sorry to hear that.', flag: 'sorry to hear' },
      { text: 'We are sorry to learn that you had hot water issues.', flag: 'sorry to learn' },
      { text: 'So sad to read this, we hope you come back.', flag: 'sad to read' },
      { text: 'We apologise for your unpleasant experience.', flag: 'apologise for your unpleasant experience' },
      { text: 'Sorry about your stay.', flag: 'Sorry about your stay' },
      { text: 'We regret to know that the breakfast was cold.', flag: 'regret to know' },
    ],
    fine: [
      'I am sorry that the hot water failed on your second night.',
      'Sorry to hear that we let you down over the booking; the night is refunded.',
      'We were delighted to hear you enjoyed the spa.',
      'I apologise for the cold breakfast and the wait at check-in.',
      'Sorry for the delay in replying to you.',
      'Glad to hear the new beds made a difference.',
    ],
  },
};
export default rule;
