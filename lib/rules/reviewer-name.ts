import type { RuleContext, RuleMatch, SentenceRule } from './types';
import { fromHits } from './util';

const TITLE = /^(mr|mrs|ms|miss|dr)\.?$/;

const rule: SentenceRule = {
  id: 'reviewer-name',
  category: 'policy',
  severity: 'medium',
  message: 'Using the reviewer\'s full name in public shares more than they did. Use their first name, or their title and surname.',
  guidance: '"Platform violations": personal information about the reviewer, including their full name, breaks the rules of Tripadvisor, Booking.com and others.',
  patterns: ['#FirstName #LastName', '(mr|mrs|ms|miss|dr) #FirstName #LastName'],
  find(_doc: unknown, ctx: RuleContext): RuleMatch[] {
    // the short form is the drop-in replacement
    return fromHits(
      ctx,
      (hit) => {
        // both words written with capitals: "skip company" is not a name
        const words = ctx.terms.slice(hit.from, hit.to).filter((t) => t.text);
        if (words.some((t) => !/^\p{Lu}/u.test(t.text))) return false;
        const before = ctx.text.slice(0, ctx.terms[hit.from]!.start).toLowerCase();
        const after = ctx.text.slice(ctx.terms[hit.to - 1]!.end).toLowerCase();
        // our own people ("our manager, Tom Baker", "I'm Tom Baker", sign-offs) are not the reviewer
        if (/\b(our|my|i'm|i am|name is|manager|chef|owner|director|colleague|team|from|by|with|regards|thanks|cheers|wishes|sincerely|yours)\W*$/.test(before)) return false;
        if (/^\W*(,|-|–|—)?\s*(our|the)?\s*(general |duty |head |front of house |operations |customer )?(manager|owner|chef|director|founder|host|team|gm|ceo)/.test(after)) return false;
        if (/^[\s\W]*(dear|hi|hello|hey|thanks|thank you)?[\s,]*$/.test(before) && after.trim() === '') return !ctx.isFirst ? false : true;
        return true;
      },
      (hit) => {
        const words = ctx.terms.slice(hit.from, hit.to).filter((t) => t.text);
        if (words.length === 0) return undefined;
        // with a title, the polite short form is title and surname ("Mrs Janet Cole" → "Mrs Cole"),
        // the title written as they wrote it ("Mrs." keeps its full stop)
        if (words.length >= 3 && TITLE.test(words[0]!.normal)) return ctx.text.slice(words[0]!.start, words[1]!.start) + words[words.length - 1]!.text;
        // their first name alone is the drop-in replacement ("Michael Johnson" → "Michael")
        return words[0]!.text;
      },
    ).map(({ suggestion, ...m }) => (suggestion === undefined ? { ...m, suggestion: 'Use their first name only: "Dear Sarah".' } : { ...m, replacement: suggestion }));
  },
  examples: {
    flagged: [
      { text: 'Dear John Smith, thank you for your review.', flag: 'John Smith', output: 'Dear John, thank you for your review.' },
      { text: 'Hi Sarah Jones, I am sorry about the wait.', flag: 'Sarah Jones', output: 'Hi Sarah, I am sorry about the wait.' },
      { text: 'We remember Emily Watson from her visit last June.', flag: 'Emily Watson', output: 'We remember Emily from her visit last June.' },
      { text: 'Thank you, David Brown, for the feedback.', flag: 'David Brown', output: 'Thank you, David, for the feedback.' },
      { text: 'Hello Michael Johnson, I have refunded your deposit.', flag: 'Michael Johnson', output: 'Hello Michael, I have refunded your deposit.' },
      { text: 'Dear Mrs Janet Cole, thank you for staying with us.', flag: 'Mrs Janet Cole', output: 'Dear Mrs Cole, thank you for staying with us.' },
      { text: 'Thank you, Mr. Daniel Hughes, for the kind note.', flag: 'Mr. Daniel Hughes', output: 'Thank you, Mr. Hughes, for the kind note.' },
    ],
    fine: [
      'Dear Sarah, thank you for your review.',
      'Our manager, Tom Baker, will call you tomorrow.',
      'Kind regards, Tom Baker',
      'Hi Michael, I am sorry about the wait.',
      'I am Emma Clarke, the owner, and I read every review.',
      'Thank you for staying with us.',
    ],
  },
};
export default rule;
