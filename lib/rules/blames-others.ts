import { charsOf, cutHit } from './fixes';
import type { Hit, RuleContext, RuleMatch, SentenceRule } from './types';
import { compact, hitSpan } from './util';

// The verb agreeing with "we" instead of the third party.
const AGREE: Record<string, string> = { has: 'have', does: 'do', "hasn't": "haven't", "doesn't": "don't" };

/**
 * The fix owns it: where the third party is the sentence's subject and a verb follows ("our supplier sent
 * the wrong flour"), "we" takes its place, as the customer sees it; elsewhere the clause goes.
 */
function weInstead(ctx: RuleContext, hit: Hit): Pick<RuleMatch, 'replacement' | 'replaces'> {
  const before = ctx.text.slice(0, ctx.terms[hit.from]!.start);
  const verb = ctx.terms[hit.to];
  if (hit.pattern <= 2 && /^\s*((unfortunately|sadly),?\s*)?$/i.test(before) && verb && verb.tags.has('Verb') && verb.text) {
    const word = verb.text.toLowerCase();
    const agreed = AGREE[word];
    if (agreed) return { replacement: `we ${agreed}`, replaces: charsOf(ctx, hit.from, hit.to + 1) };
    // "the system was down" says nothing "we" could own in its words: the clause goes
    if (/^(am|is|are|was|were|isn't|wasn't|aren't|weren't)$/.test(word)) return cutHit(ctx, hit);
    return { replacement: 'we' };
  }
  return cutHit(ctx, hit);
}

// Someone other than the business or the customer.
const THIRD = new Set([
  'hospital', 'pharmacy', 'merchant', 'maker', 'company', 'apple', 'google', 'airline', 'insurer', 'network', 'supplier', 'suppliers', 'courier', 'couriers', 'driver', 'drivers', 'delivery', 'system', 'software', 'contractor', 'contractors', 'landlord', 'manufacturer', 'bank', 'agency', 'website', 'app', 'provider', 'platform', 'partner', 'partners', 'warehouse', 'council', 'builders', 'plumber', 'carrier', 'post', 'royal', 'laundry', 'booking', 'third-party', 'distributor', 'wholesaler', 'factory', 'technician', 'engineer', 'electrician', 'vendor',
]);
const FAILED = /\b(was|were|had|has|left|dropped|damaged|ran|took|kept|cancelled|canceled|refused|failed|didn't|did not|forgot|lost|caused|messed|let us down|sent|delivered|is|are|went down|crashed|glitched|broke|mixed up|overbooked|delayed|error|fault|mistake|problem|issue)\b/i;

/** The hit, when the third party is the one failing in this sentence. */
function flagged(ctx: RuleContext, hit: Hit): RuleMatch | null {
  if (hit.pattern > 2) return hitSpan(ctx, hit, SUGGESTION);
  const head = ctx.terms[hit.to - 1]!;
  if (!THIRD.has(head.normal) && !THIRD.has(head.normal.replace(/s$/, '')) && !/ /.test(ctx.text.slice(ctx.terms[hit.from]!.start, head.end))) return null;
  // "I'm sorry our technician was late" apologises for our own people
  if (/\b(sorry|apologi[sz]e)\b/i.test(ctx.text.slice(0, ctx.terms[hit.from]!.start)) && /^(our|my)$/.test(ctx.terms[hit.from]!.normal)) return null;
  // the third party must be the subject ("our system failed"), not an object ("on our system")
  const prev = ctx.terms[hit.from - 1]?.normal ?? '';
  if (/^(on|in|from|with|to|via|through|at|into|onto|of|about|for|switched|changed|replaced|dropped)$/.test(prev)) return null;
  // the agent of a passive ("cancelled automatically by our payment system") is the one blamed
  if (prev === 'by') return hitSpan(ctx, hit, SUGGESTION);
  // an explanation that owns it or says it is fixed is not passing the buck
  if (/\b(fault was ours|our (fault|mistake|responsibility)|on us|(has|have) (now )?been (replaced|fixed|changed|sorted|resolved)|is now (fixed|replaced)|(been|was|were) fixed|we('ve| have) (fixed|replaced|changed|switched|contacted)|is booked|came (on|out|in|yesterday|today))\b/i.test(ctx.text)) return null;
  // the third party must be the one failing in this sentence, not the one we acted on
  const rest = ctx.text.slice(head.end, head.end + 60);
  const before = ctx.text.slice(0, ctx.terms[hit.from]!.start);
  if (!FAILED.test(rest)) return null;
  if (/\b(we|i) (have|'ve|will|'ll)? ?(changed|switched|replaced|dropped|moved|spoken to|fixed|updated|chased|contacted|called)\s*$/i.test(before)) return null;
  if (/^\s*(is|was|has been|have been) (now )?(fixed|updated|repaired|replaced|changed|back)/i.test(rest)) return null;
  return hitSpan(ctx, hit, SUGGESTION);
}

const EXAMPLES: SentenceRule['examples'] = {
  flagged: [
    { text: 'Unfortunately our supplier sent the wrong flour.', flag: 'our supplier', output: 'Unfortunately we sent the wrong flour.' },
    { text: 'The courier failed to deliver on time.', flag: 'The courier', output: 'We failed to deliver on time.' },
    { text: 'The booking system was down that day.', flag: 'The booking system', output: '' },
    { text: 'The delivery driver left it at the wrong door.', flag: 'The delivery driver', output: 'We left it at the wrong door.' },
    { text: 'The fault lies with the manufacturer.', flag: 'fault lies with the', output: '' },
    { text: 'The landlord has not fixed the heating yet.', flag: 'The landlord', output: 'We have not fixed the heating yet.' },
  ],
  fine: [
    'We have changed our courier so parcels now arrive within two days.',
    'I have spoken to our supplier and your replacement is on its way.',
    'The booking system is now fixed, and I am sorry it let you down.',
    'Our driver will bring the new table on Friday.',
    'I am sorry your parcel arrived late.',
    'Our engineer will visit you tomorrow morning.',
  ],
};

const rule: SentenceRule = {
  id: 'blames-others',
  category: 'excuse',
  severity: 'medium',
  message: 'Blaming a supplier, courier or the system still leaves the customer let down by you.',
  guidance: 'Avoid excuses: "unfortunately our supplier…" passes the buck; to the customer you chose the supplier, so own the result.',
  patterns: [
    '(the|our|their|a) (supplier|suppliers|courier|couriers|driver|delivery company|delivery driver|system|software|contractor|contractors|landlord|manufacturer|bank|agency|booking site|booking platform|third party|third-party|provider|warehouse|council|carrier|royal mail|laundry|distributor|wholesaler|vendor|technician|engineer|post office)',
    '(the|our|their|a) . (supplier|suppliers|courier|couriers|driver|delivery company|delivery driver|system|software|contractor|contractors|landlord|manufacturer|bank|agency|booking site|booking platform|third party|third-party|provider|warehouse|council|carrier|royal mail|laundry|distributor|wholesaler|vendor|technician|engineer|post office)',
    '(the|our|their|a) . . (supplier|suppliers|courier|couriers|driver|delivery company|delivery driver|system|software|contractor|contractors|landlord|manufacturer|bank|agency|booking site|booking platform|third party|third-party|provider|warehouse|council|carrier|royal mail|laundry|distributor|wholesaler|vendor|technician|engineer|post office)',
    '(blame|blamed|fault|error|mistake) (lies|lay|was|is)? (with|on) (the|our|their)',
    '(it was|this was|that was) (the|their) (fault|mistake|error) of',
    '(handled|managed|run|processed|controlled|packed|operated|made|supplied|decided|set) by (#Organization|apple|google|the|our|a|an|another) (third-party|third party|payment|delivery|external|#Noun)?',
    'the (hospital|pharmacy|council|bank|manufacturer|courier|airline|maker|merchant|supplier) (did|is responsible|was responsible)',
  ],
  find(_doc: unknown, ctx: RuleContext): RuleMatch[] {
    return compact(
      ctx.hits.map((hit) => {
        const m = flagged(ctx, hit);
        return m && { ...m, ...weInstead(ctx, hit) };
      }),
    );
  },
  examples: EXAMPLES,
};


const SUGGESTION = 'Own it: "We let you down on the delivery" — your customer chose you, not your supplier.';
export default rule;
