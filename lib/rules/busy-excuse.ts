import { cutHit } from './fixes';
import { phraseFind } from './helpers';
import type { SentenceRule } from './types';

const rule: SentenceRule = {
  id: 'busy-excuse',
  category: 'excuse',
  severity: 'medium',
  message: 'Being busy or short-staffed is your problem, not the customer\'s. Leave it out or own it.',
  guidance: 'Avoid excuses: "we were short-staffed" or "the holiday rush" asks the customer to accept the failure; apologise for it instead (point 3).',
  patterns: [
    '(short-staffed|understaffed|short staffed|short of staff|staff shortage|staff shortages|staffing issues|staffing problems|short-handed|short handed)',
    '(the|a|our) (holiday|christmas|summer|lunch|dinner|weekend|festive|bank holiday|easter|breakfast) (rush|period|season)',
    '(the|a|an) (busy|busiest|hectic|peak) (period|time|night|day|evening|weekend|season|service)',
    '(extremely|incredibly|unusually|exceptionally|very|really|so) (busy|hectic|swamped|overwhelmed)',
    '(we|i|the team|the kitchen|the staff) (were|was|got) (completely|totally|absolutely|just)? (slammed|swamped|rammed|overwhelmed|snowed under|run off our feet|rushed off our feet|flat out)',
    '(a|it was a|such a) (crazy|mad|hectic|manic|chaotic|insane|wild) (day|night|week|weekend|shift|evening|service|morning)',
    '(high|huge|unprecedented|unusually high|heavy) (volume|volumes|demand|number) (of)? (orders|calls|bookings|emails|requests)?',
    '(staff|team member|chef|colleague) (sickness|illness|was off sick|called in sick|were off sick)',
    '(new|a new|newly trained|inexperienced) (member of staff|staff member|employee|starter|trainee|waiter|waitress)',
    '(strike|strikes|power cut|outage|storm|snow|heatwave|flooding|roadworks|traffic) (meant|caused|stopped|delayed|left|made|forced)',
    '(our|the) (busiest|peak|hectic|craziest) (month|time|week|night|day|period|season|weekend|evening|time of year|hour)',
    '(the)? (weather|snow|storm|storms|rain|wind|flooding|floods|heatwave|traffic|roadworks|fog|ice) (made|meant|caused|held up|disrupted|delayed|stopped|affected|slowed)',
  ],
  find: phraseFind('Own it: "We did not have enough people on that night, and that is our responsibility."', (ctx, hit) => {
    // "slammed with praise" is good news, not a reason
    if (/^\s*with\b/i.test(ctx.text.slice(ctx.terms[hit.to - 1]!.end))) return true;
    // owning it outright is fine: "we were short-staffed, and that is no excuse" still leads with it, so keep;
    // but "so you never wait, even at the busiest times" is a promise, not an excuse
    return /\b(even (at|in|during)|so that|to make sure|we have (hired|added|taken on)|you (visited|came|arrived|booked|called))\b/i.test(ctx.text);
  }, cutHit),
  examples: {
    flagged: [
      { text: 'It was a crazy day and we were slammed.', flag: 'It was a crazy day', output: '' },
      { text: 'Sorry, the kitchen was completely swamped that night.', flag: 'the kitchen was completely swamped', output: 'Sorry.' },
      { text: 'We were short-staffed that evening.', flag: 'short-staffed', output: '' },
      { text: 'The holiday rush meant longer waits.', flag: 'The holiday rush', output: '' },
      { text: 'It was an extremely busy night.', flag: 'extremely busy', output: '' },
      { text: 'We had an unprecedented volume of orders.', flag: 'unprecedented volume of orders', output: '' },
      { text: 'Your waiter was a new member of staff.', flag: 'a new member of staff', output: '' },
      { text: 'It was the busiest weekend of the year.', flag: 'the busiest weekend', output: '' },
      { text: 'As you can imagine, December is our busiest month.', flag: 'our busiest month', output: '' },
      { text: 'The weather made deliveries difficult that week.', flag: 'The weather made', output: '' },
    ],
    fine: [
      'We were slammed with praise after your lovely review!',
      'Your crazy day out with the kids sounds wonderful.',
      'We have hired two more people so that you never wait this long, even at the busiest times.',
      'I am sorry you waited forty minutes for your main course.',
      'Our kitchen should have told you about the wait.',
      'We have added more staff on Saturday evenings.',
      'Thank you for your patience and your honest feedback.',
      'We are never too busy to get your order right.',
      'December is our busiest month, so we have hired four more people for it.',
    ],
  },
};
export default rule;
