import { phraseFind } from './helpers';
import type { SentenceRule } from './types';

const rule: SentenceRule = {
  id: 'evasive-passive',
  category: 'excuse',
  severity: 'low',
  message: 'The passive voice hides who made the mistake. Say "we".',
  guidance: 'Avoid excuses and point 3: "mistakes were made" avoids owning the failure; "we made a mistake" is the sincere form.',
  patterns: [
    '(mistakes|errors|mix-ups|oversights) (were|have been|had been) made',
    '(a|an) (mistake|error|oversight|mix-up|miscommunication) (was|has been|had been) made',
    '(things|it|this|that|your order|your booking|your request|the order|the booking|the message|your email) (was|were|got|has been|had been) (overlooked|missed|forgotten|mislaid|misplaced|lost|mishandled|neglected)',
    '(there|it) (was|seems to have been|appears to have been) (a|some) (miscommunication|misunderstanding|mix-up)',
    '(some|an) (confusion|miscommunication) (arose|occurred|happened)',
    '(an|a|the) (error|problem|issue|fault|glitch|mix-up) (occurred|arose|happened|crept in)',
    '(was|were) unable to be (recovered|found|delivered|processed|completed)',
  ],
  find: phraseFind('Say who: "We made a mistake with your order, and I am sorry."', (ctx) => {
    // "a mistake was made by our team, and it was mine" already owns it
    return /\b(by (me|us|our|my)|our (mistake|fault|error)|my (mistake|fault|error))\b/i.test(ctx.text);
  }, (ctx, hit) => {
    // the passive turned active with "we" as the one who did it, the same meaning owned
    const words = ctx.terms.slice(hit.from, hit.to).filter((t) => t.text);
    const we = /^\p{Lu}/u.test(words[0]!.text) ? 'We' : 'we';
    const low = (t: { text: string }) => (t.text === 'I' ? t.text : t.text.toLowerCase());
    if (hit.pattern === 0 || hit.pattern === 1) {
      const noun = low(words[hit.pattern === 0 ? 0 : 1]!);
      return { replacement: hit.pattern === 0 ? `${we} made ${noun}` : `${we} made ${low(words[0]!)} ${noun}` };
    }
    if (hit.pattern === 2) {
      // "Your order was overlooked" → "We overlooked your order"; "has been missed" → "we have missed"
      const aux = words.findIndex((t) => /^(was|were|got|has|have|had)$/.test(t.normal));
      const object = words.slice(0, aux).map(low).join(' ');
      const done = words[words.length - 1]!.text.toLowerCase();
      const perfect = /^(has|have)$/.test(words[aux]!.normal) ? 'have ' : words[aux]!.normal === 'had' ? 'had ' : '';
      return { replacement: `${we} ${perfect}${done} ${object}` };
    }
    if (hit.pattern >= 3 && hit.pattern <= 5) {
      // "There was a miscommunication", "An error occurred" → "We caused a miscommunication", "We made an error"
      const noun = words.find((t) => /^(miscommunication|misunderstanding|mix-up|confusion|error|problem|issue|fault|glitch)$/.test(t.normal));
      if (!noun) return undefined;
      const made = /^(error)$/.test(noun.normal) ? 'made' : 'caused';
      const article = noun.normal === 'confusion' ? 'some' : /^[aeiou]/.test(noun.normal) ? 'an' : 'a';
      return { replacement: `${we} ${made} ${article} ${noun.text.toLowerCase()}` };
    }
    // "was unable to be recovered" has no subject inside the words to turn round: advice
    return undefined;
  }),
  examples: {
    flagged: [
      { text: 'Mistakes were made on the night.', flag: 'Mistakes were made', output: 'We made mistakes on the night.' },
      { text: 'An error was made with your booking.', flag: 'An error was made', output: 'We made an error with your booking.' },
      { text: 'Your order was overlooked during the rush.', flag: 'Your order was overlooked', output: 'We overlooked your order during the rush.' },
      { text: 'There was a miscommunication between the teams.', flag: 'There was a miscommunication', output: 'We caused a miscommunication between the teams.' },
      { text: 'Your email was missed, it seems.', flag: 'Your email was missed', output: 'We missed your email, it seems.' },
      { text: 'Errors have been made in the past.', flag: 'Errors have been made', output: 'We made errors in the past.' },
      { text: 'We accept that a mistake was made with your table.', flag: 'a mistake was made', output: 'We accept that we made a mistake with your table.' },
    ],
    fine: [
      'We made a mistake with your order, and I am sorry.',
      'A mistake was made by our team, and it was our fault.',
      'I missed your email, and I apologise.',
      'Your order has been refunded in full.',
      'We overlooked your request for a quiet room.',
      'We mixed up your booking; that is on us.',
    ],
  },
};
export default rule;
