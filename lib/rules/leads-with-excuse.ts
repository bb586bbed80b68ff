import { FEEDBACK_NOUNS, phraseFind } from './helpers';
import type { SentenceRule } from './types';

const rule: SentenceRule = {
  id: 'leads-with-excuse',
  category: 'excuse',
  severity: 'medium',
  message: 'This leads with a reason. Apologise and own it first; explain briefly later, if at all.',
  guidance: 'Avoid excuses: leading with causes ("due to…", "because of…") sounds like "it wasn\'t us"; an explanation can come after the apology (point 3).',
  patterns: [
    '(due to|owing to|because of|as a result of|on account of) (the|a|an|our|some|staff|unforeseen|unexpected|high|heavy|severe|bad|circumstances|#Adjective|#Noun)',
    '(this|that|it|the delay|the wait|the problem|the issue|the mistake|the error) (was|is) (due to|caused by|down to|because of)',
    '(as|because|since) (we|the kitchen|the team|our team|the restaurant|the hotel|the shop|the office) (were|was|are|is) (very|extremely|incredibly|really|so|unusually|particularly)? (busy|short-staffed|understaffed|short staffed|overwhelmed|swamped|fully booked|short of staff)',
    '^unfortunately (the|our|we|a|an|there)',
    'because',
    '(caused|held up|delayed) by (a|an|the|another|two|some|#Value)',
    '(it|this) happens because',
  ],
  find: phraseFind('Own it first: "I\'m sorry your food took so long." A short reason can follow.', (ctx, hit) => {
    // "due to your feedback we have changed…" credits the customer; it is not an excuse
    const next = ctx.terms[hit.to]?.normal ?? '';
    const last = ctx.terms[hit.to - 1]?.normal ?? '';
    if (FEEDBACK_NOUNS.has(last) || FEEDBACK_NOUNS.has(next)) return true;
    // "due to popular demand, we now open on Sundays" is good news, not an excuse
    if (last === 'popular' || next === 'popular') return true;
    if (last === 'your' || next === 'your') {
      const noun = last === 'your' ? next : ctx.terms[hit.to + 1]?.normal ?? '';
      if (FEEDBACK_NOUNS.has(noun)) return true;
    }
    // "because of us", "because of our mistake" owns it
    const after = ctx.text.slice(ctx.terms[hit.to - 1]!.end, ctx.terms[hit.to - 1]!.end + 30).toLowerCase();
    const span = ctx.text.slice(ctx.terms[hit.from]!.start, ctx.terms[hit.to - 1]!.end + 30).toLowerCase();
    if (/\b(of|to) (us|me)\b|\b(our|my) (own )?(mistake|error|fault|oversight)/.test(span)) return true;
    if (/\b(our|my) (own )?(fault|mistake|error|oversight)\b|\bon us\b|\bwe got (it|this) wrong\b/i.test(ctx.text)) return true;
    // a bare "because" is an excuse only when a failure or a busy day follows it
    if (hit.pattern === 4) {
      if (ctx.terms[hit.to]?.normal === 'of') return true; // "because of" is pattern 0
      if (/\b(ours|yours)\b/.test(after)) return true; // "because it certainly wasn't ours" argues, it does not excuse
      return !/\b(sick|unwell|ill|broke|broken|late|busy|short|down|failed|crashed|delayed|cancel+ed|strike|weather|traffic|shortage|faulty|didn't|did not|don't|do not|couldn't|could not|wasn't|was not|forgot|lost|restrictions|rush|holiday|emergency)\b/.test(after + ' ' + ctx.text.slice(ctx.terms[hit.to - 1]!.end, ctx.terms[hit.to - 1]!.end + 60).toLowerCase());
    }
    // "unfortunately we got this wrong" owns the failure
    if (hit.pattern === 3) return /^unfortunately,?\s+(we|i)\s+(got|made|missed|let|fell|didn't|did not|failed|forgot|messed|dropped|overlooked|should|were wrong|was wrong|mixed)/i.test(ctx.text);
    return false;
  }),
  examples: {
    flagged: [
      { text: 'Due to the holiday rush, orders were slower than usual.', flag: 'Due to the' },
      { text: 'Because of staff sickness we could not open the terrace.', flag: 'Because of staff' },
      { text: 'As we were short-staffed, the wait was longer.', flag: 'As we were short-staffed' },
      { text: 'The delay was due to a problem at the bakery.', flag: 'The delay was due to' },
      { text: 'Unfortunately, the courier lost several parcels that week.', flag: 'Unfortunately, the' },
      { text: 'Owing to high demand, replies took a few days.', flag: 'Owing to high' },
    ],
    fine: [
      'Due to your feedback, we have changed the breakfast menu.',
      'Because of your review, we now check every room twice.',
      'Unfortunately we got this wrong, and I am sorry.',
      'I am sorry for the delay with your order.',
      'Thanks to your comments, the car park is now better lit.',
      'We were wrong to keep you waiting.',
      'Due to popular demand, we now open on Sundays.',
    ],
  },
};
export default rule;
