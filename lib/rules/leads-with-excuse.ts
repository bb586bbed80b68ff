import { charsOf, clauseEndAt, cutFrom, cutPart, type Fix } from './fixes';
import { FEEDBACK_NOUNS, phraseFind } from './helpers';
import type { Hit, RuleContext, SentenceRule } from './types';

/**
 * The fix cuts the cause out of the sentence, read from compromise's parse: a leading cause ("Due to the
 * holiday rush, …", "Because of staff sickness we…") up to its comma or to where the main clause's subject
 * starts; a trailing one ("…, because the van broke down") to its clause's end; a sentence that is nothing
 * but the explanation ("The delay was due to…") goes whole. "Unfortunately," goes and the rest stands.
 */
function cutCause(ctx: RuleContext, hit: Hit): Fix | undefined {
  const terms = ctx.terms;
  if (hit.pattern === 3) {
    // "Unfortunately, the courier…" → "The courier…"
    const next = terms[hit.from + 1];
    return next ? { replacement: ctx.text.slice(next.start, terms[hit.to - 1]!.end) } : undefined;
  }
  if (hit.pattern === 1 || hit.pattern === 6) return cutPart(ctx, hit.from, hit.to);
  if (hit.from > 0) {
    // "…was held up by a power cut", "the room was cold because…": the cause is the clause's end
    if (hit.pattern === 5 && /^(was|were|is|are|been|got)$/.test(terms[hit.from - 1]?.normal ?? '')) return cutPart(ctx, hit.from, hit.to);
    return cutFrom(ctx, hit.from);
  }
  const ce = clauseEndAt(ctx, hit.to - 1);
  if (ce < terms.length) return { replacement: '', replaces: charsOf(ctx, 0, ce) };
  // no comma: the main clause starts at its subject, a pronoun or the noun phrase before the first verb
  let verb = -1;
  for (let k = hit.to; k < terms.length; k++) {
    const t = terms[k]!;
    if (t.tags.has('Pronoun') && !t.tags.has('Possessive')) return k > hit.to ? { replacement: '', replaces: charsOf(ctx, 0, k) } : undefined;
    if (t.tags.has('Verb')) {
      verb = k;
      break;
    }
  }
  if (verb < 0) return undefined;
  let subject = verb - 1;
  while (subject > hit.to && (terms[subject - 1]!.tags.has('Determiner') || terms[subject - 1]!.tags.has('Possessive'))) subject--;
  if (subject <= hit.to) return undefined;
  return { replacement: '', replaces: charsOf(ctx, 0, subject) };
}

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
  }, cutCause),
  examples: {
    flagged: [
      { text: 'Due to the holiday rush, orders were slower than usual.', flag: 'Due to the', output: 'Orders were slower than usual.' },
      { text: 'Because of staff sickness we could not open the terrace.', flag: 'Because of staff', output: 'We could not open the terrace.' },
      { text: 'As we were short-staffed, the wait was longer.', flag: 'As we were short-staffed', output: 'The wait was longer.' },
      { text: 'The delay was due to a problem at the bakery.', flag: 'The delay was due to', output: '' },
      { text: 'Unfortunately, the courier lost several parcels that week.', flag: 'Unfortunately, the', output: 'The courier lost several parcels that week.' },
      { text: 'Owing to high demand, replies took a few days.', flag: 'Owing to high', output: 'Replies took a few days.' },
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
