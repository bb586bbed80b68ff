import { apologyForTopic } from './fixes';
import { phraseFind } from './helpers';
import type { SentenceRule } from './types';

const rule: SentenceRule = {
  id: 'conditional-apology',
  category: 'apology',
  severity: 'high',
  message: '"Sorry if…" doubts that anything went wrong. Say sorry for what happened.',
  guidance: 'Point 3 (apologise sincerely): a conditional apology ("sorry if you were disappointed", "any inconvenience this may have caused") sounds insincere and makes things worse.',
  patterns: [
    '(sorry|apologise|apologize|apologies|apologising|apologizing|regret) (if|whether)',
    '(sorry|apologise|apologize|apologies) in case',
    '(sorry|apologise|apologize|apologies|regret) (for|that)? (any|whatever) .{0,5} (may|might|could) (have)?',
    '(if|whether) (we|i|this|that|it|anything|our|the) .{0,6} (we|i) (are|am|do|would like to)? (sorry|apologise|apologize)',
    '(sorry|apologise|apologize|apologies) for (any|whatever) (upset|offence|offense|distress|hurt) (we|this|that|it)? (may|might)? (have)? (caused)?',
  ],
  find: phraseFind((ctx) => {
    return /inconvenience|may have|might have/i.test(ctx.text)
      ? 'Name what went wrong: "I\'m sorry that your order arrived two days late."'
      : 'Drop the "if": "I\'m sorry that the room was not clean when you arrived."';
  }, undefined, apologyForTopic),
  examples: {
    flagged: [
      { text: "I'm sorry if you felt unwelcome.", flag: 'sorry if', context: { review: 'The waiter was rude and ignored us.' }, output: "I'm sorry about how you were treated." },
      { text: 'We apologise if the food was not to your taste.', flag: 'apologise if', context: { review: 'The soup was cold and the bread was stale.' }, output: 'We apologise for the cold soup.' },
      { text: 'We apologise for any inconvenience this may have caused.', flag: 'apologise for any inconvenience this may have', context: { review: 'We waited over an hour for our food.' }, output: 'We apologise for the wait.' },
      { text: 'Apologies if anything was missing.', flag: 'Apologies if', context: { review: 'The room was dirty and the towels were stained.' }, output: 'Apologies for the dirty room.' },
      { text: 'Sorry for any upset we may have caused.', flag: 'Sorry for any upset we may have caused' },
      { text: 'If we upset you in any way, we are sorry.', flag: 'If we upset you in any way, we are sorry', context: { review: 'The music was so loud we could not talk.' }, output: 'We are sorry about the noise.' },
    ],
    fine: [
      "I'm sorry that you waited forty minutes for your food.",
      'Sorry for the delay in replying.',
      'If anything else comes up, please call me directly.',
      'We are sorry the room was not clean, and we have refunded the night.',
      'I apologise for the rude remark made by our waiter.',
      'If you are ever in town again, I would love to welcome you back.',
    ],
  },
};
export default rule;
