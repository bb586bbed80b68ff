import { cutHit, removeOpener } from './fixes';
import { introducesGoodNews, phraseFind } from './helpers';
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
    '(for|just for|purely for) the (record|avoidance of doubt)',
    '(to|let me|let us|let\'s|i want to|we want to|i\'d like to|we\'d like to|we would like to|i would like to) (set|put|get) the record straight',
    '(let me|let us|let\'s) be (clear|very clear|absolutely clear|honest)',
    'needless to say',
    '(it is|it\'s|it was) (worth|important to) (noting|pointing out|note|point out|clarify|clarifying|stress|stressing|mention|mentioning)',
    '(as|which) (you|anyone|everyone) (would|should|will|can|could) (know|see|have seen|have known|have read|understand)',
  ],
  find: phraseFind('Lead with their experience: "I\'m sorry this wasn\'t clear; we have made it easier to find."', (ctx, hit) => {
    // "I can confirm that your refund has been issued" reports an action for the customer
    // "for the record, I want to say how sorry we are" puts an apology on record, not a correction
    if (hit.pattern === 9) return /\b(sorry|apologi[sz]e|thank|grateful|proud of you)\b/i.test(ctx.text);
    if (hit.pattern === 3) return /\b(refund|refunded|credit|credited|replacement|sent|issued|processed|booked|cancelled|fixed|voucher)\b/i.test(ctx.text);
    // "please note our new opening hours" announces news in a warm reply; it corrects nobody
    if (hit.pattern === 0 && introducesGoodNews(ctx, hit)) return true;
    if (hit.pattern === 0 && /\b(new|now|added|adding|will be|'ll be|next (week|month)|from next|starting|launch(ed)?|extended|closed for)\b/i.test(ctx.text)) return true;
    // "in fact, your review prompted us to…" credits the customer
    if (hit.pattern === 1) return /^[\s,]*(your (review|feedback|comments?|message)|we('ve| have) (now )?(changed|added|fixed|updated|refunded))/i.test(ctx.text.slice(ctx.terms[hit.to - 1]!.end));
    return false;
  },
  // the lecturing lead-in ("Please note that", "In fact,", "For the record,") goes and the fact stays, told
  // plainly; "the menu clearly states…" and "as anyone would know" are the point of their clause
  (ctx, hit) => ([7, 8, 14].includes(hit.pattern) ? cutHit(ctx, hit) : removeOpener(ctx, hit))),
  examples: {
    flagged: [
      { text: 'Please note that check-in is from 3pm.', flag: 'Please note that', output: 'Check-in is from 3pm.' },
      { text: 'Kindly note the car park is for residents only.', flag: 'Kindly note', output: 'The car park is for residents only.' },
      { text: 'I can confirm that vegan options are available every day.', flag: 'I can confirm that', output: 'Vegan options are available every day.' },
      { text: 'In fact, the dish is described as spicy.', flag: 'In fact', output: 'The dish is described as spicy.' },
      { text: 'For your information, we close at nine.', flag: 'For your information', output: 'We close at nine.' },
      { text: 'As mentioned on our website, delivery takes five days.', flag: 'As mentioned on our', output: 'Delivery takes five days.' },
      { text: 'For the record, nobody was rude to you.', flag: 'For the record', output: 'Nobody was rude to you.' },
      { text: 'To set the record straight, the price was shown at the till.', flag: 'To set the record straight', output: 'The price was shown at the till.' },
    ],
    fine: [
      'Please note that we have refunded your meal.',
      'Kindly note that we would be delighted to host your next visit.',
      'I can confirm that your refund has been issued.',
      'I have made a note of your comments for the team.',
      'Please let me know how we can make this right.',
      'Thank you for pointing out the problem with the sign.',
      'We have added the allergy information to the menu.',
      'I have noted that the music was too loud.',
      'For the record, I want to say how sorry we are.',
      'Just to let you know, your refund has been issued today.',
    ],
  },
};
export default rule;
