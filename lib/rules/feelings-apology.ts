import { apologyForTopic } from './fixes';
import { phraseFind } from './helpers';
import type { SentenceRule } from './types';

const rule: SentenceRule = {
  id: 'feelings-apology',
  category: 'apology',
  severity: 'high',
  message: 'This apologises for the customer\'s feelings, not for what went wrong.',
  guidance: 'Point 3 (apologise sincerely): "sorry you feel that way" or "sorry you were upset" moves the problem onto the customer; own what happened instead.',
  patterns: [
    '(sorry|apologise|apologize|apologies|regret) (to hear|to read|to learn)? (that)? you (feel|felt|think|thought|believe|believed|perceived|found|consider|saw|see|view|viewed|have the impression|got the impression)',
    '(sorry|apologise|apologize|apologies|regret) (to hear|to read|to learn)? (that)? you (were|are|was|have been|feel|felt) (so|very)? (upset|unhappy|offended|dissatisfied|displeased|not happy|not satisfied|unsatisfied|not pleased|annoyed|angry|hurt|disappointed|frustrated|let down)',
    '(sorry|apologise|apologize|apologies|regret) (to hear|to read|to learn)? (that)? you (did not|didn\'t|do not|don\'t) (enjoy|like|love|appreciate|feel|find)',
    '(sorry|apologise|apologize|apologies|regret) (that)? (our|the) #Noun? (did not|didn\'t) (meet|live up to) your (expectations|standards)',
    '(sorry|apologise|apologize|apologies|regret) (to hear|to read|to learn)? (that)? you had (a|an) (negative|bad|poor|less than|disappointing|unpleasant|unsatisfactory) (perception|impression|view|experience|time|visit|stay)',
    'regret any #Noun? you (believe|feel|think|say|claim)',
    '(sorry|apologise|apologize|apologies|regret) (for|about) (how|the way) you (feel|felt|see|saw|view|viewed|perceived|took)',
    '(fell|fall|falls|fallen|falling) short of (your|the|our|their)? (expectations|expectation|standards)',
    '(did not|didn\'t|could not|couldn\'t|does not|doesn\'t|was not|wasn\'t|were not|weren\'t) (meet|meeting|live up to|up to|upto) (your|the|their)? (expectations|expectation|standards|mark|par)',
  ],
  find: phraseFind('Own what happened: "I\'m sorry that your room was not cleaned."', (ctx, hit) => {
    // "fell short of your expectations" is a feelings apology only inside an apology; elsewhere it can own a failure
    if (hit.pattern >= 7) return !/\b(sorry|apologi[sz]e[sd]?|apologies|apology|regret|regrets|regretted)\b/i.test(ctx.text.slice(0, ctx.terms[hit.from]!.start));
    // "sorry you found a hair in your food" names a real failure; "found the app confusing" is a feeling
    if (hit.pattern === 0 && ctx.terms[hit.to - 1]?.normal === 'found') {
      const next = ctx.terms[hit.to]?.normal ?? '';
      return /^(a|an|some|two|three|hair|glass|broken|mould|mold)$/.test(next);
    }
    return false;
  }, apologyForTopic),
  examples: {
    flagged: [
      { text: "I'm sorry you feel that way.", flag: 'sorry you feel', context: { review: 'The waiter was rude and ignored us.' }, output: "I'm sorry about how you were treated." },
      { text: 'We are sorry you were not satisfied with your stay.', flag: 'sorry you were not satisfied', context: { review: 'The room was dirty and the towels were stained.' }, output: 'We are sorry about the dirty room.' },
      { text: 'We regret that parts of your visit fell short of your expectations.', flag: 'fell short of your expectations', context: { review: 'The music was so loud we could not talk.' }, output: 'We regret the noise.' },
      { text: "Sorry you didn't enjoy the food.", flag: "Sorry you didn't enjoy", context: { review: 'The soup was cold and the bread was stale.' }, output: 'Sorry about the cold soup.' },
      { text: 'I apologise that you felt unwelcome.', flag: 'apologise that you felt' },
      { text: 'We are sorry you were upset by our decision.', flag: 'sorry you were upset' },
      { text: 'Sorry you were disappointed.', flag: 'Sorry you were disappointed' },
      { text: 'We regret that our service did not meet your expectations.', flag: 'regret that our service did not meet your expectations', context: { review: 'We waited over an hour for our food.' }, output: 'We regret the wait.' },
      { text: 'We\'re sorry for how you feel.', flag: 'sorry for how you feel' },
    ],
    fine: [
      'The room fell short of what we promise, and we have refunded the night.',
      'I am sorry the room did not meet the standard we promise; it has been deep-cleaned.',
      'I am sorry that your room was not cleaned.',
      'Sorry you found a hair in your soup; that should never happen.',
      'I am sorry you were kept waiting for an hour.',
      'Sorry the food was cold when it reached you; we have replaced the warming lamps.',
      'I understand why you feel let down.',
      'I am sorry to hear the delivery was late.',
      'I\'m sorry for how long you had to wait.',
    ],
  },
};
export default rule;
