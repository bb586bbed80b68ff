import { isWarm } from './helpers';
import type { RuleContext, RuleMatch, SentenceRule } from './types';

// A double "!!" in warm words is enthusiasm, not a raised voice ("Greetings!!", "Thank you so much!!").
// Three or more, and any run with "?", are heat whatever the words.
/** The sentence is put as a question: it opens with a question word or an auxiliary before its subject. */
function asks(ctx: RuleContext): boolean {
  const first = ctx.terms.find((t) => t.text && /\p{L}/u.test(t.text));
  return !!first && (first.tags.has('QuestionWord') || /^(how|what|when|where|why|who|which|could|would|can|will|do|does|did|is|are|was|were|have|has|had|may|shall|should|am|must|might)$/.test(first.normal));
}

const rule: SentenceRule = {
  id: 'punctuation-runs',
  category: 'emotional',
  severity: 'medium',
  message: 'Strings of "!" or "?" read as anger. One full stop is calmer.',
  guidance: 'Point 1 and "Emotion": strings of exclamation or question marks sound like a raised voice.',
  find(_doc: unknown, ctx: RuleContext): RuleMatch[] {
    const out: RuleMatch[] = [];
    for (const m of ctx.text.matchAll(/[!?！？‼⁉⁈]{2,}|‼|⁉|⁈/g)) {
      if (/^[!！]{2}$/.test(m[0]) && isWarm(ctx)) continue;
      // one mark: "?" where the sentence asks, a full stop where it only exclaims ("You left without paying?!")
      out.push({ start: m.index, end: m.index + m[0].length, replacement: m[0].includes('?') && asks(ctx) ? '?' : '.' });
    }
    return out;
  },
  examples: {
    flagged: [
      { text: 'We were fully booked!!', flag: '!!', output: 'We were fully booked.' },
      { text: 'Why would we do that??', flag: '??', output: 'Why would we do that?' },
      { text: 'You left without paying?!', flag: '?!', output: 'You left without paying.' },
      { text: 'Unbelievable!!!', flag: '!!!', output: 'Unbelievable.' },
      { text: 'Did you read the sign?!?', flag: '?!?', output: 'Did you read the sign?' },
      { text: 'Thanks for nothing‼', flag: '‼', output: 'Thanks for nothing.' },
      { text: 'See you soon!!!!!', flag: '!!!!!', output: 'See you soon.' },
      { text: 'You never told us!!', flag: '!!', output: 'You never told us.' },
    ],
    fine: [
      'Thank you so much for the lovely review!',
      'How can I help?',
      'We hope to see you again soon! Our door is always open.',
      'Was the replacement all right? Please let me know.',
      'Wow, thank you!',
      'Sorry about the wait.',
      'Greetings!!',
      'Thank you so much!! We loved having you.',
      'Namaste!! Thank you for choosing us for your anniversary.',
    ],
  },
};
export default rule;
