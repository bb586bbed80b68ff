import { cutHit, removeOpener } from './fixes';
import { phraseFind } from './helpers';
import type { SentenceRule } from './types';

const rule: SentenceRule = {
  id: 'due-respect',
  category: 'defensive',
  severity: 'medium',
  message: '"With all due respect" announces disrespect. Drop it and say the kind thing.',
  guidance: 'Point 6 (stay polite): phrases like "with all due respect" or "no offence, but" signal the opposite and put readers on guard.',
  patterns: [
    'with (all)? due respect',
    'with (the)? (greatest|utmost) respect',
    'no (offence|offense) (intended|meant)?',
    '(respectfully|frankly|honestly),? (we|i) (disagree|must disagree|beg to differ)',
    '(we|i) (must|have to|would)? (respectfully)? beg to differ',
    '(we|i) (must|have to)? respectfully disagree',
    '^(with|in all) respect',
    '^respectfully',
  ],
  find: phraseFind('Leave it out and start with the customer: "Thank you for telling us…"', (ctx, hit) => {
    // "no offence was meant" is still defensive; "we take no offence" is fine
    if (hit.pattern === 2 && ctx.terms[hit.from - 1]?.normal === 'take') return true;
    // "with respect to your question" is a preposition, not a preamble to disagreeing
    return (hit.pattern === 6 || hit.pattern === 7) && ctx.terms[hit.to]?.normal === 'to';
  },
  // the preamble goes ("With all due respect,"); "we must respectfully disagree" is the sentence's point
  (ctx, hit) => (hit.pattern >= 3 && hit.pattern <= 5 ? cutHit(ctx, hit) : removeOpener(ctx, hit))),
  examples: {
    flagged: [
      { text: 'With all due respect, the room was cleaned that morning.', flag: 'With all due respect', output: 'The room was cleaned that morning.' },
      { text: 'With due respect, our chef has twenty years of experience.', flag: 'With due respect', output: 'Our chef has twenty years of experience.' },
      { text: 'No offence, but the steak was cooked as you asked.', flag: 'No offence', output: 'The steak was cooked as you asked.' },
      { text: 'We must respectfully disagree with your review.', flag: 'We must respectfully disagree', output: '' },
      { text: 'I beg to differ on the portion size.', flag: 'I beg to differ', output: '' },
      { text: 'With the greatest respect, you booked the wrong date.', flag: 'With the greatest respect', output: 'You booked the wrong date.' },
      { text: 'With respect, the delay was explained to you twice.', flag: 'With respect', output: 'The delay was explained to you twice.' },
    ],
    fine: [
      'Everyone deserves to be treated with respect, and I am sorry you were not.',
      'We respect your opinion and thank you for sharing it.',
      'I respectfully ask you to contact me so I can put this right.',
      'We take no offence and are grateful for your honesty.',
      'Thank you for your respectful feedback.',
      'Our staff treat every guest with respect and care.',
      'With respect to your question about parking, we have added ten spaces.',
    ],
  },
};
export default rule;
