import type { RuleContext, RuleMatch, SentenceRule } from './types';
import { cutPart } from './fixes';
import { compact, hitSpan } from './util';

/** The fix leaves the promotion out: its clause, or its sentence when nothing else in it is worth keeping. */
function leaveOut(ctx: RuleContext, start: number, end: number): ReturnType<typeof cutPart> {
  let from = ctx.terms.findIndex((t) => t.end > start);
  if (from < 0) from = ctx.terms.length - 1;
  let to = from;
  while (to < ctx.terms.length && ctx.terms[to]!.start < end) to++;
  return cutPart(ctx, from, Math.max(to, from + 1));
}

const LINK = /\bhttps?:\/\/[^\s<>"')\]]+|\bwww\.[^\s<>"')\]]+|(?<![@\p{L}\p{N}.])[\p{L}\p{N}-]+\.(?:com|co\.uk|net|org|io|shop|store|app|biz|info|ly)\/[^\s<>"')\]]*/giu;

const rule: SentenceRule = {
  id: 'promotion',
  category: 'policy',
  severity: 'medium',
  message: 'Links and promotions in a reply break most review sites\' rules and read as an advert.',
  guidance: '"Platform violations": promotions and links are not allowed in replies on Google, Tripadvisor, App Store, Airbnb and others; keep the reply about the customer.',
  patterns: [
    '(use|with|enter|quote) (the|our|my)? (code|promo code|discount code|voucher code|coupon)',
    '(promo|discount|coupon|voucher) code',
    '(follow|like|find) us on (instagram|facebook|tiktok|twitter|x|social media)',
    '(book|order|buy|shop) (now|today|direct|directly) (at|on|via|through|from)',
    '(check out|don\'t miss|do not miss) our .{0,2} (menu|offer|offers|deals|range|collection|sale|products|website)',
    '#Value (%|percent|per cent) off',
  ],
  always: true,
  find(_doc: unknown, ctx: RuleContext): RuleMatch[] {
    const out = compact(ctx.hits.map((h) => hitSpan(ctx, h, SUGGESTION))).map((m) => ({ ...m, ...leaveOut(ctx, m.start, m.end) }));
    for (const m of ctx.text.matchAll(LINK)) {
      const link = m[0].replace(/[.,;:!?]+$/, '');
      out.push({ start: m.index, end: m.index + link.length, suggestion: SUGGESTION, ...leaveOut(ctx, m.index, m.index + link.length) });
    }
    return out;
  },
  examples: {
    flagged: [
      { text: 'Book direct at www.seaviewhotel.com for our best rates.', flag: 'www.seaviewhotel.com', output: '' },
      { text: 'See https://example.com/menu for the full menu.', flag: 'https://example.com/menu', output: '' },
      { text: 'Use code SORRY10 for money off.', flag: 'Use code', output: '' },
      { text: 'Follow us on Instagram for daily specials.', flag: 'Follow us on Instagram', output: '' },
      { text: 'Check out our new summer menu.', flag: 'Check out our new summer menu', output: '' },
    ],
    fine: [
      'Please email me at owner@bakery.co.uk.',
      'We have refunded 20% of your bill.',
      'I hope you will give our new menu a try one day.',
      'Our door is always open.',
      'Thank you for following up with us on Instagram.',
      'We have rewritten the booking page so the fees are clear.',
    ],
  },
};
const SUGGESTION = 'Leave promotions and links out; invite them to contact you instead.';
export default rule;
