import { cutHit, removeOpener } from './fixes';
import { phraseFind } from './helpers';
import type { SentenceRule } from './types';

const rule: SentenceRule = {
  id: 'policy-shield',
  category: 'defensive',
  severity: 'medium',
  message: 'Hiding behind a policy sounds like "not our problem". Explain what you can do.',
  guidance: 'Avoid excuses and defensiveness: "our policy clearly states…" uses rules as a shield; say what you can do for the customer instead.',
  patterns: [
    '(our|the|company|store|hotel|house) (policy|policies|rules|terms) (clearly|explicitly)? (state|states|stated|say|says|is|are|was|do not|does not|don\'t|doesn\'t|require|requires|prohibit|prohibits)',
    '(as per|per|according to|in line with|in accordance with|under) (our|the) (policy|policies|rules|terms and conditions|terms of service|terms|t&cs)',
    '(it is|it\'s|this is|that is) (against|not within) (our)? (policy|policies|the rules)',
    '(our|the) terms and conditions',
    'take it or leave it',
    '(that is|that\'s|this is|it is|it\'s) (just|simply)? (how|the way) (it is|it works|things are|we work|we do things|we do it)',
    '(follow|followed|follows|following) (the|our)? (community)? (guidelines|policy|policies|rules|procedure|procedures|protocol|protocols)',
    '(we are|we\'re) (not able|unable|not allowed|not permitted) to (make exceptions|make an exception|refund|offer)',
    '(can\'t|cannot|can not|don\'t|do not|won\'t|will not) make (exceptions|an exception|any exceptions)',
    '(rules are rules|policy is policy|the rules are the rules|the policy is the policy)',
    '(standard|normal|common|usual|accepted) (practice|procedure|practise) (in|across|for|throughout|within) (the|our|this|any|every)',
    '(is|are|was|were|it\'s|it is) (there|displayed|posted|shown|written|in place|listed|advertised|printed|signposted) (clearly)? (at|on|in|by)? (the|our)? #Noun? for a (good)? reason',
  ],
  find: phraseFind('Say what you can do: "Our usual rule is X, but I would like to find a way to help you."', (ctx, hit) => {
    // "our policy is to refund late orders in full" is a promise kept, not a shield
    if (hit.pattern === 0) {
      const rest = ctx.text.slice(ctx.terms[hit.to - 1]!.end, ctx.terms[hit.to - 1]!.end + 40);
      if (/^\s*(to|that we)\b/i.test(rest) && /\b(refund|replac|credit|compensat|give|offer|make (it|this) right|put (it|this) right|fix)/i.test(rest)) return true;
    }
    // "we have changed our policy" / "we are reviewing our policy" is an action, not a shield
    return /\b(changed|changing|updated|updating|reviewing|reviewed|revised|revising|rewritten|rewriting|clarified)\b/i.test(ctx.text) && hit.pattern !== 2;
  },
  // "As per our policy," leads in and can go; "rules are rules" and "take it or leave it" are their clause
  (ctx, hit) => (hit.pattern === 1 && hit.from === 0 ? removeOpener(ctx, hit) : cutHit(ctx, hit))),
  examples: {
    flagged: [
      { text: "That's just how it is, take it or leave it.", flag: "That's just how it is", output: '' },
      { text: 'Our policy clearly states that deposits are non-refundable.', flag: 'Our policy clearly states', output: '' },
      { text: 'As per our policy, we cannot refund opened items.', flag: 'As per our policy', output: 'We cannot refund opened items.' },
      { text: 'It is against our policy to seat incomplete parties.', flag: 'It is against our policy', output: '' },
      { text: 'You agreed to our terms and conditions when booking.', flag: 'our terms and conditions', output: '' },
      { text: 'In line with our policy, the fee stands.', flag: 'In line with our policy', output: 'The fee stands.' },
      { text: 'Our moderators follow community guidelines.', flag: 'follow community guidelines', output: '' },
      { text: 'We are unable to make exceptions for anyone.', flag: 'We are unable to make exceptions', output: '' },
      { text: 'Rules are rules, I\'m afraid.', flag: 'Rules are rules', output: '' },
      { text: 'This is standard practice in the industry.', flag: 'standard practice in the', output: '' },
    ],
    fine: [
      'That is just how it should be, and we have fixed it.',
      'We have changed our policy so that this cannot happen again.',
      'We are reviewing our cancellation rules after your feedback.',
      'I would like to refund the deposit in full.',
      'Thank you for raising this with us.',
      'I have asked the team to make the rules clearer on our website.',
      'We have updated our terms so refunds are now faster.',
      'It is standard for us to refund late orders, so I have done that today.',
      'Our policy is to refund in full when an order is late, so I have done that today.',
    ],
  },
};
export default rule;
