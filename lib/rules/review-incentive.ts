import { charsOf, clauseEndAt, cutFrom, cutHit } from './fixes';
import { phraseFind } from './helpers';
import type { SentenceRule } from './types';

const rule: SentenceRule = {
  id: 'review-incentive',
  category: 'policy',
  severity: 'high',
  message: 'Offering something for changing or removing the review breaks platform rules.',
  guidance: '"Platform violations": incentives tied to changing or removing a review are forbidden by Google, Trustpilot, Amazon and others; put things right without conditions (point 4).',
  patterns: [
    '(if|once|when|provided|as long as) you (#Adverb)? (remove|delete|change|update|amend|edit|revise|withdraw|take down|reconsider|improve|raise) (your|the|this) (review|rating|feedback|comment|post|stars)',
    'in (exchange|return) for (a|an|your|the)? (#Adjective)? (review|rating|updated review|new review|removal|change)',
    '(refund|voucher|discount|gift|credit|compensation|money|free|reward) (#Noun)? (for|if|once|when|in return for) (you|your) (#Adverb)? (remove|delete|change|update|amend|edit|revise|removing|deleting|changing|updating|amending) (your|the|this)? (review|rating|feedback|post)?',
    '(for|after) (removing|deleting|changing|updating|amending|revising|taking down) (your|the|this) (review|rating|post)',
    '(if|once|when) you (take|took) (this|your|the) (review|post|comment) down',
    '(if|once|when) you (leave|write|post|give) (us)? (an|a)? (updated|new|better|positive|5-star|five-star|fresh|revised) (review|rating)',
  ],
  find: phraseFind('Make amends without conditions, and leave the review to them.', (ctx, hit) =>
    // "thank you for updating your review" thanks them after the fact
    hit.pattern === 3 && /\b(thank|thanks|grateful)\b/i.test(ctx.text.slice(0, ctx.terms[hit.from]!.start)),
    (ctx, hit) => {
      // the condition goes and the amends stay, unconditional: "a refund if you remove your review" → "a refund"
      for (let k = hit.from; k < hit.to; k++) {
        if (!/^(if|once|when|provided|as|in|for|after)$/.test(ctx.terms[k]!.normal) || k === 0) continue;
        if (k === hit.from) return cutFrom(ctx, k);
        // the flag starts at the reward ("voucher once you update…"): the reward stays, the condition goes
        return { replacement: ctx.text.slice(ctx.terms[hit.from]!.start, ctx.terms[k - 1]!.end), replaces: charsOf(ctx, hit.from, clauseEndAt(ctx, k)) };
      }
      return cutHit(ctx, hit);
    },
  ),
  examples: {
    flagged: [
      { text: 'We will refund you in full if you remove your review.', flag: 'if you remove your review', output: 'We will refund you in full.' },
      { text: 'We can offer a voucher once you update your rating.', flag: 'voucher once you update your rating', output: 'We can offer a voucher.' },
      { text: 'A free dessert in exchange for a new review.', flag: 'in exchange for a new review', output: 'A free dessert.' },
      { text: 'We will send a gift for removing your review.', flag: 'for removing your review', output: 'We will send a gift.' },
      { text: 'Happy to give you a discount if you change the review.', flag: 'discount if you change the review', output: 'Happy to give you a discount.' },
    ],
    fine: [
      'We have refunded your meal in full.',
      'Please accept a voucher for your next visit, with our apologies.',
      'Thank you for updating your review after our call.',
      'If you would like to tell us more, please email me.',
      'We will update our menu after your review.',
      'Your review helped us change the way we take bookings.',
    ],
  },
};
export default rule;
