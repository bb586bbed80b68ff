import { reviewFacts } from '../model/features';
import type { DraftRule, RuleMatch } from './types';

const PRAISE_THANKS =
  /\b(thanks?|thank you)( (so|very) much| a lot)? for (the|your|this) (glowing|wonderful|lovely|kind|amazing|fantastic|brilliant|five[- ]star|5[- ]star|great|positive|generous|glorious|charming|delightful) (review|words|feedback|comments?|rating|write-up)\b/gi;

/**
 * Thanks for a "glowing review" sent to a complaint is sarcasm, and every reader hears it. The same words
 * answering praise are plain thanks, so this reads the review's stars (or, where the page shows none,
 * the review's words) before it flags.
 */
const rule: DraftRule = {
  id: 'sarcastic-thanks',
  scope: 'draft',
  category: 'emotional',
  severity: 'high',
  message: 'Thanking an unhappy customer for a "glowing" review reads as sarcasm.',
  guidance: 'Avoid emotion (sarcasm): mock thanks to a complaint tells the next reader the business is bickering.',
  findInDraft(text, context): RuleMatch[] {
    const facts = reviewFacts(context.review, context.rating);
    if (facts.tone !== 'complaint') return [];
    const out: RuleMatch[] = [];
    for (const m of text.matchAll(PRAISE_THANKS)) {
      // a capital where they wrote one or where a sentence starts; "Wow, thanks for…" stays lower case
      const capital = /^\p{Lu}/u.test(m[0]) || /(^|[.!?…]["'”’)]*\s+|\n\s*)$/u.test(text.slice(0, m.index));
      out.push({ start: m.index, end: m.index + m[0].length, replacement: `${capital ? 'T' : 't'}hank you for taking the time to tell us` });
    }
    return out;
  },
  examples: {
    flagged: [
      { text: 'Wow, thanks for the glowing review.', flag: 'thanks for the glowing review', context: { review: 'Rude staff and a filthy room.', rating: 1 }, output: 'Wow, thank you for taking the time to tell us.' },
      { text: 'Thank you so much for your kind words!', flag: 'Thank you so much for your kind words', context: { review: 'Worst meal of my life. Cold food, rude waiter.' }, output: 'Thank you for taking the time to tell us!' },
      { text: 'Thanks a lot for the five-star review.', flag: 'Thanks a lot for the five-star review', context: { review: 'Never again.', rating: 1 }, output: 'Thank you for taking the time to tell us.' },
      { text: 'Thank you for the lovely feedback, as always.', flag: 'Thank you for the lovely feedback', context: { review: 'Waited an hour, nobody apologised.', rating: 2 }, output: 'Thank you for taking the time to tell us, as always.' },
      { text: 'Thanks for your generous rating.', flag: 'Thanks for your generous rating', context: { review: 'Terrible.', rating: 1 }, output: 'Thank you for taking the time to tell us.' },
    ],
    fine: [
      { text: 'Wow, thanks for the glowing review!', context: { review: 'Wonderful stay, lovely staff.', rating: 5 } },
      { text: 'Thank you for your kind words.', context: { review: 'Great food, we loved the dessert.' } },
      { text: 'Thank you for taking the time to tell us about the wait.', context: { review: 'Waited an hour.', rating: 1 } },
      { text: 'Thanks for the glowing review.' },
      { text: 'Thank you for your feedback about the cold room.', context: { review: 'The room was cold.', rating: 2 } },
    ],
  },
};
export default rule;
