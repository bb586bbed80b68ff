import type { Hit, RuleContext, RuleMatch, Term } from './types';

/** Span covering terms [from, to) of the sentence; empty (implied) words borrow their neighbour's span. */
export function span(ctx: RuleContext, from: number, to: number, suggestion?: string): RuleMatch | null {
  let a = from;
  while (a < to && ctx.terms[a]!.text === '') a++;
  let b = to - 1;
  while (b > a && ctx.terms[b]!.text === '') b--;
  if (a >= to) {
    // only implied words: use the written word they came from
    a = Math.max(0, from - 1);
    b = a;
  }
  const first = ctx.terms[a];
  const last = ctx.terms[b];
  if (!first || !last || last.end <= first.start) return null;
  return suggestion === undefined ? { start: first.start, end: last.end } : { start: first.start, end: last.end, suggestion };
}

export function hitSpan(ctx: RuleContext, hit: Hit, suggestion?: string): RuleMatch | null {
  return span(ctx, hit.from, hit.to, suggestion);
}

export function words(ctx: RuleContext, from: number, to: number): string {
  return ctx.terms
    .slice(from, to)
    .map((t) => t.normal)
    .filter(Boolean)
    .join(' ');
}

export function has(t: Term | undefined, tag: string): boolean {
  return !!t && t.tags.has(tag);
}

/** Is term i preceded (within `window` words, same clause) by a negation? */
export function negatedBefore(ctx: RuleContext, i: number, window = 3): boolean {
  for (let k = i - 1; k >= 0 && k >= i - window; k--) {
    const t = ctx.terms[k]!;
    if (t.tags.has('Negative') || t.normal === 'never' || t.normal === 'no') return true;
    if (/[,;:]/.test(t.post)) break;
  }
  return false;
}

/** Collects non-null matches. */
export function compact(list: Array<RuleMatch | null>): RuleMatch[] {
  return list.filter((m): m is RuleMatch => m !== null);
}

/** Hits mapped to spans, dropping those rejected by `keep`. */
export function fromHits(
  ctx: RuleContext,
  keep: (hit: Hit) => boolean = () => true,
  suggestion?: (hit: Hit) => string | undefined,
): RuleMatch[] {
  return compact(ctx.hits.filter(keep).map((h) => hitSpan(ctx, h, suggestion?.(h))));
}
