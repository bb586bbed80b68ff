import { charsOf, clauseEndAt, clauseStartAt, cutHit, type Fix } from './fixes';
import { phraseFind } from './helpers';
import type { Hit, RuleContext, SentenceRule } from './types';

/** Verbs of letting someone know: blaming the customer for not saying so is owning not having known. */
const TOLD = /^(tell|told|mention|mentioned|inform|informed|let|call|called|contact|contacted|ask|asked|raise|raised|report|reported|say|said|speak|spoke|phone|phoned|ring|rang|complain|complained|bring|brought)$/;

/**
 * "You should have told us" / "you never once mentioned a problem" → "I wish we had known sooner", when
 * that is the whole sentence; any other blame goes with its clause (or the sentence).
 */
function ownIt(ctx: RuleContext, hit: Hit): Fix | undefined {
  const whole = clauseStartAt(ctx, hit.from) === 0 && clauseEndAt(ctx, hit.to - 1) >= ctx.terms.length;
  const told = ctx.terms.slice(hit.from, Math.min(ctx.terms.length, hit.to + 1)).some((t) => TOLD.test(t.normal) || TOLD.test(t.root));
  if (whole && told && hit.from === 0) return { replacement: 'I wish we had known sooner', replaces: charsOf(ctx, 0, ctx.terms.length) };
  return cutHit(ctx, hit);
}

const rule: SentenceRule = {
  id: 'blames-customer',
  category: 'defensive',
  severity: 'high',
  message: 'This puts the blame on the customer. Own your part instead.',
  guidance: 'Avoid defensiveness (point 6, and "What it avoids"): "you should have called" makes every reader side with the customer.',
  patterns: [
    'you (should|could|ought to) (have|of|really have) #Verb?',
    'if you (had|would have|\'d) (#Adverb)? #Verb',
    'if you (had|would have) not (been|done|#Verb)',
    'had you (#Adverb)? #Verb',
    'you (failed|neglected|forgot|chose|refused|omitted) to',
    'you (did|do) not (even)? (bother|read|check|ask|tell|call|follow|listen|mention|inform)',
    'you never (bothered|asked|told|called|mentioned|informed|contacted)',
    'it (is|was) your (responsibility|job|fault|choice|decision)',
    'you were (told|informed|warned|advised|made aware)',
    'you (didn\'t|did not) bother',
    'you might (have|of) (#PastTense|#Participle)',
    'if only you (had|\'d|would have|would|could have) #Adverb? #Verb?',
    'you would (have|of) (known|seen|noticed|found|realised|realized|understood|read|spotted|avoided)',
    '(had|if) you (only|just|simply|actually|even)? (bothered|taken the time|cared) to',
    'you #Adverb (should|could|ought to) (have|of) #Verb',
    'you (made|make) (no|little) (attempt|effort)',
    'you (never|did not|didn\'t) (once|even|at any point|at any time) (mention|mentioned|raise|raised|report|reported|complain|complained|say|said|tell|told|ask|asked|inform|informed|contact|contacted|call|called|bring|brought)',
    'you (booked|chose|picked|selected|paid for|ordered|went for|opted for|bought) (the|our|a|an) (cheapest|lowest|most basic|basic|budget|smallest|economy|standard|non-refundable|cheaper)',
  ],
  find: phraseFind('Own your part: "We should have made this clearer, and I\'m sorry we didn\'t."', (ctx, hit) => {
    // "you chose the cheapest room and still deserved better; I am sorry" owns it
    if (hit.pattern === 17) return /\b(sorry|apologi[sz]e|apologies|deserved|still)\b/i.test(ctx.text);
    // "if you had any trouble…, please call" is an offer, not blame
    const words = ctx.terms.slice(hit.from, hit.to).map((t) => t.normal);
    if (words[0] === 'if' && ctx.terms.slice(hit.to, hit.to + 3).some((t) => t.normal === 'any')) return true;
    if (words[0] === 'if' && /^(any|a|an)$/.test(ctx.terms[hit.from + 2]?.normal ?? '') && words.length <= 3) return true;
    // "you should have received an email" / "you should have been offered" describe our duty
    const have = ctx.terms.slice(hit.from, hit.to).findIndex((t) => t.normal === 'have' || t.normal === 'of');
    const next = have >= 0 ? ctx.terms[hit.from + have + 1] : undefined;
    if ((hit.pattern === 0 || hit.pattern === 14) && next && /^(received|been|got|gotten|had|to)$/.test(next.normal)) return true;
    // "any trouble you might have had/experienced" is our hedge about their experience, not blame
    if (hit.pattern === 10 && /^(had|experienced|felt|been|received|encountered|noticed|seen|heard|found|faced|suffered|got|gotten|enjoyed)$/.test(ctx.terms[hit.to - 1]?.normal ?? '')) return true;
    return false;
  }, ownIt),
  examples: {
    flagged: [
      { text: 'You booked the cheapest room.', flag: 'You booked the cheapest', output: '' },
      { text: 'You should have called ahead to check.', flag: 'You should have called', output: 'I wish we had known sooner.' },
      { text: 'If you had read the menu, you would have seen the price.', flag: 'If you had read', output: '' },
      { text: 'You failed to mention the allergy when booking.', flag: 'You failed to', output: 'I wish we had known sooner.' },
      { text: "You didn't bother to ask our staff.", flag: "You didn't bother", output: '' },
      { text: 'You were told at check-in that parking is extra.', flag: 'You were told', output: 'I wish we had known sooner.' },
      { text: 'It was your responsibility to check the size.', flag: 'It was your responsibility', output: '' },
      { text: 'If only you had phoned us beforehand, this would not have happened.', flag: 'If only you had phoned', output: '' },
      { text: 'You might have mentioned this while you were still here.', flag: 'You might have mentioned', output: 'I wish we had known sooner.' },
      { text: 'You made no attempt to contact us.', flag: 'You made no attempt', output: '' },
      { text: 'You never once mentioned a problem during your stay.', flag: 'You never once mentioned', output: 'I wish we had known sooner.' },
    ],
    fine: [
      'You chose the cheapest room and still deserved a clean one; I am sorry.',
      'You should have received a full refund by now; if not, please email me.',
      'If you had any trouble with the app, please write to me directly.',
      'You should have been offered a table by the window, and I am sorry you were not.',
      'We should have called you when the order was delayed.',
      'If you would like to tell me more, I would be grateful.',
      'Thank you for telling us about the noise.',
      'You really should not have had to chase us, and I am sorry.',
      'If only we had known sooner, we would have moved you straight away.',
      'You made every effort to reach us, and we let you down.',
    ],
  },
};
export default rule;
