import { cutHit } from './fixes';
import { phraseFind } from './helpers';
import type { SentenceRule } from './types';

const rule: SentenceRule = {
  id: 'demands-removal',
  category: 'policy',
  severity: 'high',
  message: 'Demanding that the review come down breaks platform rules and reads as a threat.',
  guidance: '"Platform violations": pressuring a reviewer to remove or amend a review is against Trustpilot, Amazon and Google rules; reply to it instead.',
  patterns: [
    'if (this|the|your) (review|post|comment)? (is|isn\'t|is not|was not|isn\'t) not? (removed|taken down|deleted|withdrawn|amended|retracted)',
    '(remove|delete|take down|withdraw|retract) (this|your|the) (review|post|comment) (now|immediately|or|within|by)',
    '(unless|until) (you|this) (remove|delete|take down|withdraw|retract|is removed)',
    '(take|taken) (this|your|the) (review|post|comment) down',
  ],
  find: phraseFind('Leave this out; the review is theirs, so answer it calmly.', undefined, cutHit),
  examples: {
    flagged: [
      { text: 'Our solicitor will be in touch if this review is not removed within 24 hours.', flag: 'if this review is not removed', output: '' },
      { text: 'Remove this review now or we will act.', flag: 'Remove this review now', output: '' },
      { text: 'We will keep calling unless you delete it.', flag: 'unless you delete', output: '' },
      { text: 'We will only refund if you take this review down.', flag: 'take this review down', output: '' },
      { text: 'Legal action follows if this isn\'t removed.', flag: "if this isn't removed", output: '' },
    ],
    fine: [
      'We have removed the item from our menu.',
      'Thank you for updating your review.',
      'The broken tiles will be removed and replaced tomorrow.',
      'Please take your time, and contact me when it suits you.',
      'I have taken the review to our team meeting so everyone learns from it.',
      'Your review helped us improve.',
    ],
  },
};
export default rule;
