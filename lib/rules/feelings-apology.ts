import { phraseFind } from './helpers';
import type { SentenceRule } from './types';

const rule: SentenceRule = {
  id: 'feelings-apology',
  category: 'apology',
  severity: 'high',
  message: 'This apologises for the customer\'s feelings, not for what went wrong.',
  guidance: 'Point 3 (apologise sincerely): "sorry you feel that way" or "sorry you were upset" moves the problem onto the customer; own what happened instead.',
  patterns: [
    '(sorry|apologise|apologize|apologies|regret) (that)? you (feel|felt|think|thought|believe|believed|perceived|found|consider|saw|see|view|viewed|have the impression|got the impression)',
    '(sorry|apologise|apologize|apologies|regret) (that)? you (were|are|was|have been|feel|felt) (so)? (upset|unhappy|offended|dissatisfied|displeased|not happy|not satisfied|unsatisfied|not pleased|annoyed|angry|hurt)',
    '(sorry|apologise|apologize|apologies|regret) (that)? you (were|are|have been|feel|felt) (so)? disappointed (that way|so|#Period)?',
    '(sorry|apologise|apologize|apologies|regret) (that)? you (did not|didn\'t|do not|don\'t) (enjoy|like|love|appreciate|feel|find)',
    '(sorry|apologise|apologize|apologies|regret) (that)? (our|the) #Noun? (did not|didn\'t) (meet|live up to) your (expectations|standards)',
    '(sorry|apologise|apologize) (that)? you had (a|an) (negative|bad|poor|less than) (perception|impression|view)',
  ],
  find: phraseFind('Own what happened: "I\'m sorry that your room was not cleaned."', (ctx, hit) => {
    // "sorry you were disappointed by the cold food" names the failure; only the bare feeling is flagged
    if (hit.pattern === 2) {
      const next = ctx.terms[hit.to]?.normal ?? '';
      if (next && !/^(that|so|with|by|in)$/.test(next)) return false;
      if (next === 'with' || next === 'by' || next === 'in') {
        const obj = ctx.terms[hit.to + 2]?.normal ?? '';
        return !/^(experience|visit|stay|service|meal|order|purchase|us)$/.test(obj) && ctx.terms[hit.to + 1]?.normal !== 'us';
      }
      return false;
    }
    // "sorry you found a hair in your food" names a real failure
    if (hit.pattern === 0 && ctx.terms[hit.to - 1]?.normal === 'found') {
      return !/\b(found (it|us|our|the (service|experience|staff|stay))|found that)\b/i.test(ctx.text.slice(ctx.terms[hit.to - 1]!.start));
    }
    return false;
  }),
  examples: {
    flagged: [
      { text: "I'm sorry you feel that way.", flag: 'sorry you feel' },
      { text: 'We are sorry you were not satisfied with your stay.', flag: 'sorry you were not satisfied' },
      { text: "Sorry you didn't enjoy the food.", flag: "Sorry you didn't enjoy" },
      { text: 'I apologise that you felt unwelcome.', flag: 'apologise that you felt' },
      { text: 'We are sorry you were upset by our decision.', flag: 'sorry you were upset' },
      { text: 'Sorry you were disappointed.', flag: 'Sorry you were disappointed' },
      { text: 'We regret that our service did not meet your expectations.', flag: 'regret that our service did not meet your expectations' },
    ],
    fine: [
      'I am sorry that your room was not cleaned.',
      'Sorry you found a hair in your soup; that should never happen.',
      'I am sorry you were kept waiting for an hour.',
      'Sorry you were disappointed by the cold food; we have replaced the warming lamps.',
      'I understand why you feel let down.',
      'I am sorry to hear the delivery was late.',
    ],
  },
};
export default rule;
