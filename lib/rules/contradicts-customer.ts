import { cutHit, removeOpener } from './fixes';
import { introducesGoodNews, phraseFind } from './helpers';
import type { SentenceRule } from './types';

const rule: SentenceRule = {
  id: 'contradicts-customer',
  category: 'defensive',
  severity: 'high',
  message: 'This tells the customer they are wrong. Say what you heard instead.',
  guidance: 'Point 2 (acknowledge without correcting): countering the customer ("that\'s not true", "actually…") starts a public argument.',
  patterns: [
    '(that|this|it) (is|was) (simply|just|absolutely|completely|totally)? not (true|the case|accurate|correct|what happened)',
    '(that|this|it) (is|was) (simply|just|absolutely|completely|totally)? (untrue|false|incorrect|inaccurate|wrong|a lie)',
    '^actually',
    '^(obviously|clearly|evidently)',
    '(as|like) (we|i)? (clearly|already|explicitly|plainly) (stated|said|explained|mentioned|stated|told you|advertised)',
    '(as|was) clearly (stated|said|explained|mentioned|advertised|displayed|shown|signposted)',
    'contrary to (what|your)',
    'you (are|were) (simply|just|completely|totally)? (wrong|mistaken|incorrect)',
    '(that|this) never happened',
    '(this|that) is not (what|how) (happened|it happened)',
    '(could|can) not (possibly)? have (been|happened)',
    '(has|have|had|did) never (claimed|said|promised|advertised|stated|offered|sold)',
    '(we|i) (did|do|have) not (steal|lie|overcharge|lose|ignore|refuse|scam|charge)',
    'anything but',
    'as (we|i) (have|\'ve)? (already|previously|repeatedly)? (told|explained|said|mentioned|stated|informed) (to)? you',
    '(was|were) already (#Adjective|#Participle|#PastTense|damaged|scuffed|broken|scratched|cracked|worn)',
    '(that|this|it|which) #Adverb (is|was) #Adverb? not (true|the case|accurate|correct|right|so)',
    '(none|nothing) of (this|that|it|what) (you)? #Verb? (is|was|are|were) (true|accurate|correct)',
    'further from the truth',
    '(your|the|this) (account|version|description|recollection|portrayal|depiction|story|claim|claims|allegation|allegations|review|characterisation|characterization) (of events|of what happened|of our #Noun|of the #Noun)? (is|was|are|were|does|do|did) #Adverb? not (accurate|true|correct|match|reflect|fair|tally|add up|what|how)',
    'what you (describe|described|say|said|claim|claimed|wrote|write|allege|alleged|suggest|suggested) #Adverb? (did not|didn\'t|never|is not|isn\'t|was not|wasn\'t|does not|doesn\'t) (happen|happened|true|accurate|correct|match|reflect)',
    '(we|i) (must|have to|would)? #Adverb? (disagree|reject|refute|deny|dispute|contest|refuse to accept)',
    'contrary to (the|this|these|those|such|his|her|their)',
    '(tell|tells|told|paint|paints) a (very|completely|totally|rather|quite)? (different|another) (story|picture)',
    '(show|shows|showed|prove|proves|proved|suggest|suggests|indicate|indicates) (otherwise|the opposite|something different)',
    '(simply|just|plainly|categorically|patently) (untrue|false|wrong|incorrect|inaccurate)',
  ],
  // "that is not the standard we expect" is left alone: a denial needs "true", "the case", "correct"…
  find: phraseFind('Say what you heard: "I\'m sorry this was your experience; I\'d like to understand what happened."', (ctx, hit) =>
    // "Actually, we would love to welcome you back" opens good news, not a correction
    hit.pattern === 2 || hit.pattern === 3 ? introducesGoodNews(ctx, hit) || /\b(sorry|apologi[sz]e|apologies|our fault|we got it wrong|we should)\b/i.test(ctx.text) : false,
    // "Actually,", "Obviously", "As clearly stated on our website," lead in and can go; a denial is the
    // clause's whole point, so its clause goes (or the sentence, when the rest only argues)
    (ctx, hit) => ((hit.pattern === 2 || hit.pattern === 3 || ((hit.pattern === 4 || hit.pattern === 5) && hit.from === 0)) ? removeOpener(ctx, hit) : cutHit(ctx, hit)),
  ),
  examples: {
    flagged: [
      { text: 'Obviously the room was clean when you arrived.', flag: 'Obviously', output: 'The room was clean when you arrived.' },
      { text: "That's not true, our staff were at the desk all night.", flag: "That's not true", output: '' },
      { text: 'Actually, the pool was open until 10pm.', flag: 'Actually', output: 'The pool was open until 10pm.' },
      { text: 'As clearly stated on our website, breakfast ends at ten.', flag: 'As clearly stated', output: 'Breakfast ends at ten.' },
      { text: 'This is simply false and we have the receipts.', flag: 'This is simply false', output: '' },
      { text: 'You are mistaken about the price.', flag: 'You are mistaken', output: '' },
      { text: 'That never happened at our shop.', flag: 'That never happened', output: '' },
      { text: 'Your version of events does not match our records.', flag: 'Your version of events does not match', output: '' },
      { text: 'We strongly disagree with your review.', flag: 'We strongly disagree', output: '' },
      { text: 'Contrary to the review, the room was cleaned daily.', flag: 'Contrary to the', output: '' },
    ],
    fine: [
      'Obviously we are sorry, and the night is refunded.',
      'Clearly we got this wrong, and I am sorry.',
      'Actually, we would love to welcome you back.',
      'Actually, we have refunded the whole stay.',
      'That is not the standard we expect, and I am sorry.',
      'You are right, the room should have been ready.',
      'We actually refunded the delivery fee this morning.',
      'It is not acceptable that you waited an hour.',
      'The booking confirmation was not clear enough, and we have rewritten it.',
      'What you describe is not how we want anyone to be treated.',
      'We do not dispute that the wait was far too long.',
      'It is true that the lift was out of order, and I am sorry.',
    ],
  },
};
export default rule;
