import type { Hit, RuleContext, RuleMatch } from './types';
import { compact, hitSpan } from './util';

/** Words that turn a following cause into a good one: "due to your feedback we changed…". */
export const FEEDBACK_NOUNS = new Set(['feedback', 'review', 'comment', 'comments', 'suggestion', 'suggestions', 'input', 'report', 'reviews', 'request', 'requests']);

/** Standard find(): every hit, minus those `skip` rejects, with one suggestion per rule or per hit. */
export function phraseFind(
  suggestion?: string | ((ctx: RuleContext, hit: Hit) => string | undefined),
  skip?: (ctx: RuleContext, hit: Hit) => boolean,
) {
  return (_doc: unknown, ctx: RuleContext): RuleMatch[] =>
    compact(
      ctx.hits
        .filter((h) => !skip?.(ctx, h))
        .map((h) => hitSpan(ctx, h, typeof suggestion === 'function' ? suggestion(ctx, h) : suggestion)),
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
