import type { RuleContext, RuleMatch, SentenceRule } from './types';
import { charsOf, cutSentence } from './fixes';
import { span } from './util';

/**
 * The fix lets the apology stand alone: the "but…" and what follows go to the sentence's end (its end
 * mark stays), and a "However, …" sentence after an apology goes whole.
 */
function letItStand(ctx: RuleContext, i: number): Pick<RuleMatch, 'replacement' | 'replaces'> {
  if (i === 0) return cutSentence(ctx);
  return { replacement: '', replaces: charsOf(ctx, i, ctx.terms.length) };
}

const APOLOGY = /^(sorry|apologise|apologize|apologies|apologised|apologized|apology|regret)$/;
const BUT = new Set(['but', 'however', 'although', 'though', 'nevertheless', 'nonetheless']);

const rule: SentenceRule = {
  id: 'apology-undone',
  category: 'excuse',
  severity: 'medium',
  message: 'The "but" after the apology takes it back. Let the apology stand on its own.',
  guidance: 'Point 3 (apologise sincerely): "sorry, but…" undoes the apology; readers only hear what follows the "but".',
  find(_doc: unknown, ctx: RuleContext): RuleMatch[] {
    const out: RuleMatch[] = [];
    const terms = ctx.terms;
    // sentence opening with "However," right after an apology sentence
    if (ctx.afterApology && terms[0] && BUT.has(terms[0].normal) && terms[0].normal !== 'though') {
      const m = span(ctx, 0, 1, SUGGESTION);
      if (m && !owns(ctx, 1)) out.push({ ...m, ...letItStand(ctx, 0) });
    }
    let apologisedAt = -1;
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i]!;
      if (APOLOGY.test(t.normal)) apologisedAt = i;
      else if (apologisedAt >= 0 && BUT.has(t.normal) && i - apologisedAt <= 25) {
        // "sorry, but we have refunded you" and "but please let me know" move forward, not back
        if (owns(ctx, i + 1)) continue;
        const m = span(ctx, i, i + 1, SUGGESTION);
        if (m) out.push({ ...m, ...letItStand(ctx, i) });
        apologisedAt = -1;
      }
    }
    return out;
  },
  examples: {
    flagged: [
      { text: "We're sorry, but the kitchen was very busy.", flag: 'but', output: "We're sorry." },
      { text: 'I apologise for the wait. However, we did warn you at the door.', flag: 'However', output: 'I apologise for the wait.' },
      { text: 'Sorry about the noise, but it is a city-centre hotel.', flag: 'but', output: 'Sorry about the noise.' },
      { text: 'We apologise, however our policy is clear.', flag: 'however', output: 'We apologise.' },
      { text: 'I am sorry you waited, although it was only ten minutes.', flag: 'although', output: 'I am sorry you waited.' },
      { text: 'Sorry for the mix-up. But you did order the large size.', flag: 'But', output: 'Sorry for the mix-up.' },
    ],
    fine: [
      'I am sorry, and we have refunded your meal.',
      'Sorry it went wrong, but hopefully I can fix it for you today.',
      'Sorry for the wait, but please know we have refunded the delivery fee.',
      'The room was small but comfortable, and I am sorry it was cold.',
      'I apologise for the noise. We have moved the deliveries to the afternoon.',
      'Sorry you waited; we have added a second chef, so it will not happen again.',
      'I am so sorry. I would like to make this right, so please call me.',
    ],
  },
};
const SUGGESTION = 'End the apology with a full stop, then say what you are doing about it.';

/** "but we have refunded", "but please call me", "but that is no excuse": moving forward or owning. */
function owns(ctx: RuleContext, from: number): boolean {
  // "but we have refunded…", "but I'll call you": a step forward, judged by the verb after we/I
  const a = ctx.terms[from];
  if (a && /^(we|i)$/.test(a.normal)) {
    for (let k = from + 1; k < Math.min(ctx.terms.length, from + 4); k++) {
      const t = ctx.terms[k]!;
      if (/^(have|will|am|are|now|already|just|also|would)$/.test(t.normal)) continue;
      if (t.tags.has('Verb') && (t.tags.has('PastTense') || t.tags.has('Participle') || t.tags.has('Infinitive') || t.tags.has('Gerund'))) {
        return !/^(had|been|have|be|do|did|was|were|are|is|get|got|pride|always|never)$/.test(t.normal);
      }
      return false;
    }
  }
  const rest = ctx.text.slice(ctx.terms[from]?.start ?? ctx.text.length, (ctx.terms[from]?.start ?? 0) + 60).toLowerCase();
  return /^(that'?s?|this|it)? ?(is )?no excuse|^(that|this|it) (does not|doesn't) excuse|^(please|i would|i'd|more importantly|most importantly|what matters)\b/.test(rest) ||
    // "sorry it went wrong, but hopefully I can fix it" turns to helping, not to a reason
    /^(hopefully|we'?d love|i'?d love|(we|i) (can|could|will|would like to|want to|are here to|am here to) (help|fix|sort|make|put)|glad|happy|pleased|let (me|us)|thank|rest assured)\b/.test(rest.replace(/^[\s,]+/, '')) ||
    false;
}
export default rule;
