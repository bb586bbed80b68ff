import { cutHit } from './fixes';
import { phraseFind } from './helpers';
import type { SentenceRule } from './types';

const rule: SentenceRule = {
  id: 'questions-honesty',
  category: 'defensive',
  severity: 'high',
  message: 'This questions whether the customer is honest. Readers will take their side.',
  guidance: 'Avoid defensiveness: questioning honesty ("we have no record of you", "this review is fake") reads as calling the customer a liar; several platforms forbid accusing reviewers of fraud.',
  patterns: [
    '(we|i) (have|can|could|did) (find)? no record of (you|your|this|a|any)',
    '(we|i) (cannot|can\'t|could not|couldn\'t|were unable to|was unable to) find (any)? (record|trace|booking|order|reservation) of (you|your)',
    '(fake|false|fabricated|made-up|bogus|fraudulent|dishonest) (review|reviews|complaint|claim|story)',
    '(this|your|the) (review|complaint|claim|story|account) (is|seems|looks|appears|sounds|must be) (to be)? (clearly|obviously|completely|totally|simply|plainly|just)? (fake|false|fabricated|invented|made up|dishonest|untrue|fiction|exaggerated)',
    '(we|i) (seriously|strongly|really)? doubt',
    '(we|i) (find|found) (it|this) (hard|difficult) to believe',
    '(we|i) (question|wonder) (whether|if) you',
    '(if|whether) you (ever|even|actually|really) (stayed|visited|ate|dined|came|ordered|used|were)',
    '(a|one of our)? (competitor|competitors)',
    '(full of|posting|post|spreading|telling|more) (lies|untruths|falsehoods)',
    '(this|your|the) (review|post|comment)? (is|are) (defamatory|libellous|libelous|slanderous)',
    '(stop|quit) (lying|making things up|making it up)',
    '(false|untrue|baseless|unfounded|malicious|outrageous) (accusation|accusations|allegation|allegations|claims|claim)',
    '(any|the)? #Noun? you (believe|claim|allege|allegedly)',
    '(confusing|confused|mixing) us (up)? with (another|someone|a different)',
    '(we are|we\'re|i am|i\'m) (surprised|amazed|shocked|puzzled) to (see|read) (this|your|a)',
    '(is|are) (totally|completely|simply)? (made up|invented|fiction)',
    '(we|i) find it (very|rather|quite|a little|a bit)? (strange|odd|curious|suspicious|interesting|surprising|funny)',
    'you only (complained|mentioned|said|raised|told us) (after|when|once|now)',
    '(rival|competing) (business|restaurant|hotel|company|shop|salon|firm|garage|practice)',
    'who (actually|really|genuinely|ever) (ate|stayed|visited|came|dined|shopped|used|bought)',
    'you (are|were|\'re|seem|seemed|appear|appeared|sound|sounded) (to be)? #Adverb{0,2} (looking|fishing|angling|hoping|trying|after|out) (for|to get|to|after)? (a|an|some)? (free|freebie|freebies|discount|discounts|refund|compensation|money|nothing|something)',
    'something for nothing',
    '(complain|complains|complaining|moan|moans|moaning) about (anything|everything)',
    '(some|certain|a few|these) (people|customers|guests|individuals|clients|diners|reviewers) (will|just|simply|always|only|love to|like to|are)? (never be|cannot be|can\'t be|complain|moan|whinge|look for|want|try)',
    '(not the first time|the #Value time|the #Ordinal time|not the first review) (that)? you (have)? (complained|posted|left|written|demanded|asked|reviewed|threatened)',
    '(not sure|unsure|don\'t understand|do not understand|cannot understand|can\'t understand|fail to see|fail to understand|puzzled|baffled|confused|at a loss) (as to)? (why|how) you (would|could|then)? (leave|left|give|gave|rate|rated|post|posted|write|wrote|decide|decided|chose|choose|claim|claimed)',
    '(if|even if) (this|that|it|any of this|what you say) (really|actually|even)? (happened|is true|were true|was true)',
    'no (record|trace|sign) of (anyone|anybody|someone|somebody|a guest|a customer|a client|a patient|a visit|a booking|an order|such a|that)',
  ],
  find: phraseFind('Take the experience at face value: "I\'m sorry to read this, and I\'d like to look into it with you."', (ctx, hit) => {
    // "we doubt" about ourselves is fine only in rare phrasings; "no doubt" is not doubt
    if (hit.pattern === 4 && ctx.terms[hit.from - 1]?.normal === 'no') return true;
    // "if you are looking for a refund, email me" offers one
    if (hit.pattern === 21 && ctx.terms.slice(0, hit.from).some((t) => t.normal === 'if')) return true;
    // "our competitors" in a neutral comparison still implies the review is planted: keep only when
    // the sentence talks about the review or the reviewer
    if (hit.pattern === 8) return !/\b(review|you|your|post|posted|wrote)\b/i.test(ctx.text);
    return false;
  }, (ctx, hit) => {
    // "I find it hard to believe that the soup was cold" → "I'm sorry that the soup was cold": their words, believed
    if (hit.pattern === 5 && ctx.terms[hit.to]?.normal === 'that') {
      const we = ctx.terms[hit.from]!.normal === 'we';
      const cap = /^\p{Lu}/u.test(ctx.terms[hit.from]!.text);
      return { replacement: we ? `${cap ? 'W' : 'w'}e are sorry` : "I'm sorry" };
    }
    return cutHit(ctx, hit);
  }),
  examples: {
    flagged: [
      { text: 'This review is clearly fake.', flag: 'This review is clearly fake', output: '' },
      { text: 'We have no record of you staying with us.', flag: 'We have no record of you', output: '' },
      { text: 'This is clearly a fake review.', flag: 'fake review', output: '' },
      { text: 'We doubt you ever visited.', flag: 'We doubt', output: '' },
      { text: 'I find it hard to believe that the soup was cold.', flag: 'I find it hard to believe', output: "I'm sorry that the soup was cold." },
      { text: 'Your story seems fabricated.', flag: 'Your story seems fabricated', output: '' },
      { text: 'We question whether you actually ate here.', flag: 'We question whether you', output: '' },
      { text: 'It seems you are simply looking for a free meal.', flag: 'you are simply looking for a free', output: '' },
      { text: 'Some people will complain about anything to get a discount.', flag: 'Some people will complain', output: '' },
      { text: 'We have no record of anyone by that name staying with us.', flag: 'no record of anyone', output: '' },
    ],
    fine: [
      'Your review is clearly heartfelt, and I am sorry we let you down.',
      'I could not find your booking under that name, so please email me the date you stayed.',
      'There is no doubt that the wait was too long.',
      'We have a record of every order, so I can put this right quickly if you send me a message.',
      'Thank you for your honest review.',
      'I believe you, and I am sorry.',
      'I have made a note of your booking so the team can check the room.',
      'I\'m not sure why you were charged twice, and I am finding out today.',
      'If you are looking for a refund, email me and I will arrange it.',
      'There is no sign of the leak now that the roof is fixed.',
    ],
  },
};
export default rule;
