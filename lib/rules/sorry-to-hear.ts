import { apologyForTopic } from './fixes';
import { phraseFind } from './helpers';
import type { SentenceRule } from './types';

/**
 * "Sorry to hear that" regrets the news, not what the business did: the customer reads sympathy from a
 * bystander. Read by real reviewers as a non-apology unless the business owns the failure in the same breath.
 */
/**
 * The clause from term i names a failure in its own words: a subject and a verb, and no feeling or
 * "experience" that would turn the apology into one for their feelings ("you had a bad experience").
 */
function ownsFailure(ctx: Parameters<SentenceRule['find']>[1], i: number): boolean {
  const rest = ctx.terms.slice(i);
  if (rest.length < 3 || !rest.some((t) => t.tags.has('Verb'))) return false;
  const words = rest.map((t) => t.normal).join(' ');
  return !/\b(feel|felt|experience|impression|upset|disappointed|unhappy|dissatisfied|not happy|not satisfied|did not enjoy|didn't enjoy|expectations?|found|think|thought|believe)\b/.test(words);
}

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
  }, (ctx, hit) => {
    // their own words say what went wrong ("sorry to learn that the breakfast was cold"): the bystander's
    // "to learn" goes and the apology owns it; otherwise the apology names the review's main complaint
    if (hit.pattern === 0 && ctx.terms[hit.to]?.normal === 'that' && ownsFailure(ctx, hit.to + 1)) {
      const word = ctx.terms[hit.from]!;
      const sorry = /^(sorry|regret)$/.test(word.normal) ? word.text : /^\p{Lu}/u.test(word.text) ? 'Sorry' : 'sorry';
      return { replacement: sorry };
    }
    return apologyForTopic(ctx, hit);
  }),
  examples: {
    flagged: [
      { text: 'I am sorry to hear that.', flag: 'sorry to hear', context: { review: 'The breakfast was cold.' }, output: 'I am sorry about the cold breakfast.' },
      { text: 'We are sorry to learn that you had hot water issues.', flag: 'sorry to learn', output: 'We are sorry that you had hot water issues.' },
      { text: 'So sad to read this, we hope you come back.', flag: 'sad to read', context: { review: 'The music was so loud we could not talk.' }, output: 'So sorry about the noise, we hope you come back.' },
      { text: 'We apologise for your unpleasant experience.', flag: 'apologise for your unpleasant experience', context: { review: 'The room was dirty and the towels were stained.' }, output: 'We apologise for the dirty room.' },
      { text: 'Sorry about your stay.', flag: 'Sorry about your stay', context: { review: 'The shower was cold every morning.' }, output: 'Sorry about the cold shower.' },
      { text: 'We regret to know that the breakfast was cold.', flag: 'regret to know', output: 'We regret that the breakfast was cold.' },
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
