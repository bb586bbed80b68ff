import { cutHit } from './fixes';
import { phraseFind } from './helpers';
import type { SentenceRule } from './types';

const rule: SentenceRule = {
  id: 'lectures-customer',
  category: 'defensive',
  severity: 'medium',
  message: 'This tells the customer what they should do. It reads as a telling-off.',
  guidance: 'Avoid defensiveness (point 6): advice aimed at the customer ("read the description before reviewing", "maybe try…", "calm down") blames them in front of everyone.',
  patterns: [
    '^(maybe|perhaps) (you|try|get|go|look|read|check|learn|next time|ask|do|stick|trust|stop)',
    '(before|instead of) (posting|tweeting|leaving|writing|complaining|spreading|throwing|reviewing|commenting|accusing|jumping|ordering|booking|buying)',
    '(read|check|look at) (it|this|that|them) (again|properly|carefully|first)',
    '(please)? (read|check|look at|try|remember) (the|our|your) #Noun+ (before|again|properly|carefully|first|next time|in future|in the future)',
    'next time (please)? (read|check|try|call|ask|book|look|remember|make sure|order|tell)',
    '^do not (waste|bother|expect|blame|tell|try|come back|waste)',
    '(calm down|relax|chill|chill out|get over it|move on|grow up|get a grip)',
    'tell that to',
    'get your facts (straight|right)',
    '(not|isn\'t|is not) rocket science',
    '(we|i) (always|strongly)? (recommend|suggest|advise) (that)? (users|customers|guests|people|everyone|clients) (always|to always|should)',
    '(you|you\'ll|you will) (need|have) to (contact|speak to|ask|call|take it up with) (them|the)',
    '(please|do)? (stop|quit) (lying|complaining|spreading|posting|harassing|whining|moaning)',
    '(go|go and) (to|get|find|try|write|buy|shop) .{0,6} then',
    '(learn|read) (to|how to) (read|use)',
    '(go|shop|eat|stay|book|take your business) (elsewhere|somewhere else)',
    '(nobody|no one) (forced|made|asked) you',
    'if you (don\'t|do not|didn\'t|did not) like (it|that|this|our)',
    '(not sure|unsure|don\'t know|do not know|wonder|wondering) what (else|more|exactly)? you (expected|were expecting|expect|are expecting|wanted|thought|imagined|had in mind)',
    '(perhaps|maybe|possibly) you (missed|overlooked|forgot|misread|misunderstood|misheard|skipped|ignored|confused|did not|didn\'t|were not|weren\'t|are not|aren\'t|have not|haven\'t)',
    '(any|a|every) (reasonable|sensible|normal|rational|fair-minded) (person|guest|customer|adult|client|diner|patient|reader)',
    'you (chose|decided|preferred|opted|felt the need) to (post|write|leave|publish|review|complain|go online|air)',
    'rather than (speaking|talking|coming|raising|telling|contacting|calling|asking) (to us|with us|us)?',
    '(instead of|rather than) (calling|contacting|phoning|speaking to|talking to|telling|asking|raising it with|coming to|messaging|emailing) (us|me|the|our|a member|staff)',
  ],
  find: phraseFind('Offer help instead: "If it happens again, message me and I will sort it out."', (ctx, hit) => {
    // "before you arrive we will email you" is us acting; "next time, please ask for me" is a kind offer
    const first = ctx.terms[hit.from]?.normal ?? '';
    // "perhaps you could email me" is a polite invitation
    if (hit.pattern === 0 && /^(could|can|would|might|may|like|'d|will|'ll)$/.test(ctx.terms[hit.from + 2]?.normal ?? '')) return true;
    if (first === 'next' && /ask for me|call me|tell (me|us)|ask (me|us)/i.test(ctx.text)) return true;
    // "next time, order direct at www… with code X" is a promotion (flagged as such), not a telling-off
    if (first === 'next' && /www\.|https?:|\bcode\b|% off/i.test(ctx.text)) return true;
    // "relax and enjoy the spa", "more chance to relax" is hospitality
    if (/^(relax|chill)/.test(first) && /\b(enjoy|unwind|spa|treat|chance to|time to|place to)\b/i.test(ctx.text)) return true;
    return false;
  }, cutHit),
  examples: {
    flagged: [
      { text: 'Please read the description before leaving a review.', flag: 'Please read the description before', output: '' },
      { text: 'Maybe look after your pet properly next time.', flag: 'Maybe look', output: '' },
      { text: 'Calm down.', flag: 'Calm down', output: '' },
      { text: 'Check your spam folder before throwing insults around.', flag: 'Check your spam folder before', output: '' },
      { text: 'Get your facts straight.', flag: 'Get your facts straight', output: '' },
      { text: "Then turn them off in settings, it's not rocket science.", flag: 'not rocket science', output: '' },
      { text: 'Perhaps you should trust the professionals.', flag: 'Perhaps you', output: '' },
      { text: 'I\'m not sure what you expected from a budget hostel.', flag: 'not sure what you expected', output: '' },
      { text: 'Perhaps you missed the sign at the entrance.', flag: 'Perhaps you missed', output: '' },
      { text: 'Why leave a review instead of calling us?', flag: 'instead of calling us', output: '' },
    ],
    fine: [
      'Next time, please ask for me and I will look after you.',
      'Before you arrive, we will email you the door code.',
      'If it happens again, please message me.',
      'I would love to hear more, so please email me.',
      'Maybe we could call you tomorrow to put this right?',
      'Please relax and enjoy the new spa when you are next here.',
      'I\'m not sure what went wrong with your booking, and I\'d like to find out.',
      'Perhaps you could email me so I can put this right.',
      'I will call you instead of emailing, so we can sort it out quickly.',
    ],
  },
};
export default rule;
