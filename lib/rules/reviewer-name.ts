import type { RuleContext, RuleMatch, SentenceRule } from './types';
import { fromHits } from './util';

const rule: SentenceRule = {
  id: 'reviewer-name',
  category: 'policy',
  severity: 'medium',
  message: 'Using the reviewer\'s full name in public shares more than they did. Use their first name.',
  guidance: '"Platform violations": personal information about the reviewer, including their full name, breaks the rules of Tripadvisor, Booking.com and others.',
  patterns: ['#FirstName #LastName', '(mr|mrs|ms|miss|dr) #FirstName #LastName'],
  find(_doc: unknown, ctx: RuleContext): RuleMatch[] {
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
      // their first name alone is the drop-in replacement ("Michael Johnson" → "Michael")
      (hit) => ctx.terms.slice(hit.from, hit.to).find((t) => t.text)?.text ?? 'Use their first name only: "Dear Sarah".',
    );
  },
  examples: {
    flagged: [
      { text: 'Dear John Smith, thank you for your review.', flag: 'John Smith' },
      { text: 'Hi Sarah Jones, I am sorry about the wait.', flag: 'Sarah Jones' },
      { text: 'We remember Emily Watson from her visit last June.', flag: 'Emily Watson' },
      { text: 'Thank you, David Brown, for the feedback.', flag: 'David Brown' },
      { text: 'Hello Michael Johnson, I have refunded your deposit.', flag: 'Michael Johnson' },
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
