import { phraseFind } from './helpers';
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
  ],
  // "that is not the standard we expect" is left alone: a denial needs "true", "the case", "correct"…
  find: phraseFind('Say what you heard: "I\'m sorry this was your experience; I\'d like to understand what happened."'),
  examples: {
    flagged: [
      { text: "That's not true, our staff were at the desk all night.", flag: "That's not true" },
      { text: 'Actually, the pool was open until 10pm.', flag: 'Actually' },
      { text: 'As clearly stated on our website, breakfast ends at ten.', flag: 'As clearly stated' },
      { text: 'This is simply false and we have the receipts.', flag: 'This is simply false' },
      { text: 'You are mistaken about the price.', flag: 'You are mistaken' },
      { text: 'That never happened at our shop.', flag: 'That never happened' },
    ],
    fine: [
      'That is not the standard we expect, and I am sorry.',
      'You are right, the room should have been ready.',
      'We actually refunded the delivery fee this morning.',
      'It is not acceptable that you waited an hour.',
      'The booking confirmation was not clear enough, and we have rewritten it.',
      'What you describe is not how we want anyone to be treated.',
    ],
  },
};
export default rule;
