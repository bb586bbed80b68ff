import { cutHit } from './fixes';
import { phraseFind } from './helpers';
import type { SentenceRule } from './types';

const rule: SentenceRule = {
  id: 'cites-records',
  category: 'defensive',
  severity: 'medium',
  message: 'Quoting your records or CCTV at the customer argues the case in public.',
  guidance: 'Avoid defensiveness (point 2): "our records show…" or "we have CCTV" builds a case against the customer; check the facts with them privately (point 5).',
  patterns: [
    '(records|record|notes|system|cctv|footage|logs|log|paperwork|timesheet|timesheets|sheet|cameras|camera|file|invoice|receipt|history|booking|order|account|form|tracking|appointment|job|card|ticket|visit) (clearly)? (show|shows|showed|say|says|said|indicate|indicates|confirm|confirms|prove|proves|state|states|record|records)',
  '(we|i) (have|\'ve) (the)? (cctv|footage|photos|photographs|proof|evidence|records|receipts|paperwork|housekeeping sheet|signed form|screenshots)',
    '(to|which) (prove|proves|show|shows) (it|this|that|otherwise)',
    '(we|i) can see (from|on|in) (our|your|the) (records|system|order|booking|notes|file|logs|account)',
    'signed (for|off) (by|as|the)',
    '(according to|as per) (our|the) (records|notes|system|logs|cctv|footage)',
    '(you|your) (signed|agreed to|accepted|approved|ticked)',
    '(was|were) (agreed|approved|authorised|authorized|signed off|accepted) (with|by) you',
    '(checked|reviewed|looked at|gone through|been through) (the|our) #Noun? #Noun? (log|logs|records|notes|cctv|footage|camera|cameras)',
    '(we|i) (called|rang|phoned|emailed|texted|messaged|wrote to) you (twice|several times|multiple times|three times|repeatedly|#Value times)',
    '(called|rang|phoned|emailed|texted|messaged) your (mobile|phone|number|landline|email) .{0,3} (twice|several times|multiple times|three times|four times|repeatedly|#Value times)',
  ],
  find: phraseFind('Check it with them privately: "I\'d like to go through what happened with you — please email me."', (ctx) => {
    // "our records show your refund went through yesterday" reports an action for the customer
    return /\b(refund(ed)?|credit(ed)?) (has|have|was|went|is)\b|\b(refunded|credited|reversed|restored|re-?sent)\b/i.test(ctx.text);
  }, cutHit),
  examples: {
    flagged: [
      { text: 'Our records show you never called.', flag: 'records show', output: '' },
      { text: 'We have CCTV of the whole evening.', flag: 'We have CCTV', output: '' },
      { text: 'The housekeeping log clearly shows the room was cleaned.', flag: 'log clearly shows', output: '' },
      { text: 'We can see from our system that the parcel was delivered.', flag: 'We can see from our system', output: '' },
      { text: 'The job was signed off by you as complete.', flag: 'was signed off by you', output: '' },
      { text: 'You signed the form at check-in.', flag: 'You signed', output: '' },
    ],
    fine: [
      'Our records show your refund went through yesterday.',
      'I could not find your booking on our system, so please email me the date.',
      'I have checked the notes and you are right: we should have called.',
      'Thank you for the photos; they helped us find the fault.',
      'We keep records of every repair so we can follow up.',
      'Please sign in to the app again after updating.',
    ],
  },
};
export default rule;
