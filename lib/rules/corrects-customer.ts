import { phraseFind } from './helpers';
import type { SentenceRule } from './types';

const rule: SentenceRule = {
  id: 'corrects-customer',
  category: 'defensive',
  severity: 'medium',
  message: 'This corrects the customer in public. Lead with their experience, not the facts.',
  guidance: 'Point 2 (acknowledge without correcting): "please note that…" or "in fact…" reads as a lecture, even when the facts are right.',
  patterns: [
    '(please|kindly) (note|be aware|be advised|remember|understand) (that)?',
    'in fact',
    'for your (information|info|reference)',
    '(i|we) (can|would like to|must|need to|have to)? (confirm|clarify|point out|remind you|make clear) that',
    '(just)? to (clarify|be clear|set the record straight|correct)',
    'as (mentioned|stated|explained|advertised|described|shown|displayed|indicated) (clearly)? (on|in|at) (our|the)',
    'by definition',
    '(any|a|the|some) (misunderstanding|confusion) (about|over|regarding|around) (our|the)',
    '(the|our) (menu|website|listing|booking page|description|sign|signage|terms|instructions|manual|label|guide|contract|packaging|email|confirmation) (clearly)? (states|says|say|shows|show|mentions|explains|lists|tell you)',
  ],
  find: phraseFind('Lead with their experience: "I\'m sorry this wasn\'t clear; we have made it easier to find."', (ctx, hit) => {
    // "I can confirm that your refund has been issued" reports an action for the customer
    if (hit.pattern === 3) return /\b(refund|refunded|credit|credited|replacement|sent|issued|processed|booked|cancelled|fixed|voucher)\b/i.test(ctx.text);
    // "please note our new opening hours" announces news in a warm reply; it corrects nobody
    if (hit.pattern === 0 && /\b(new|now|added|adding|will be|'ll be|next (week|month)|from next|starting|launch(ed)?|extended|closed for)\b/i.test(ctx.text)) return true;
    // "in fact, your review prompted us to…" credits the customer
    if (hit.pattern === 1) return /^[\s,]*(your (review|feedback|comments?|message)|we('ve| have) (now )?(changed|added|fixed|updated|refunded))/i.test(ctx.text.slice(ctx.terms[hit.to - 1]!.end));
    return false;
  }),
  examples: {
    flagged: [
      { text: 'Please note that check-in is from 3pm.', flag: 'Please note that' },
      { text: 'Kindly note the car park is for residents only.', flag: 'Kindly note' },
      { text: 'I can confirm that vegan options are available every day.', flag: 'I can confirm that' },
      { text: 'In fact, the dish is described as spicy.', flag: 'In fact' },
      { text: 'For your information, we close at nine.', flag: 'For your information' },
      { text: 'As mentioned on our website, delivery takes five days.', flag: 'As mentioned on our' },
    ],
    fine: [
      'I can confirm that your refund has been issued.',
      'I have made a note of your comments for the team.',
      'Please let me know how we can make this right.',
      'Thank you for pointing out the problem with the sign.',
      'We have added the allergy information to the menu.',
      'I have noted that the music was too loud.',
    ],
  },
};
export default rule;
