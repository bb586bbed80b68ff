/**
 * One-click fixes the rules share, computed only for a match (never per keystroke on clean text): cutting
 * the clause or sentence that carries the problem, removing an opener, rewriting a non-apology as an
 * apology for the review's main complaint. Each returns RuleMatch fields (replacement, replaces); the
 * tidying of spaces, commas and capitals is applyFix's (lib/analysis/apply-fix.ts).
 */
import type { Hit, Replacement, RuleContext, RuleMatch, Term } from './types';

export type Fix = Pick<RuleMatch, 'replacement' | 'replaces'>;

const CLAUSE_MARK = /[,;:–—(]/;

/** The first term of the clause holding term i (after a comma, semicolon, colon or dash). */
export function clauseStartAt(ctx: RuleContext, i: number): number {
  for (let k = i - 1; k >= 0; k--) if (CLAUSE_MARK.test(ctx.terms[k]!.post)) return k + 1;
  return 0;
}

/** The term after the last of the clause holding term i. */
export function clauseEndAt(ctx: RuleContext, i: number): number {
  for (let k = i; k < ctx.terms.length; k++) if (/[,;:–—)]/.test(ctx.terms[k]!.post)) return k + 1;
  return ctx.terms.length;
}

/** Character offsets of terms [from, to) in the sentence, skipping implied words ("n't" → "not"). */
export function charsOf(ctx: RuleContext, from: number, to: number): { from: number; to: number } {
  const written = (t: Term | undefined) => !!t && t.text !== '';
  let a = from;
  while (a < to && !written(ctx.terms[a])) a++;
  let b = to - 1;
  while (b > a && !written(ctx.terms[b])) b--;
  const first = ctx.terms[a] ?? ctx.terms[from]!;
  const last = ctx.terms[b] ?? first;
  return { from: first.start, to: Math.max(first.start, last.end) };
}

/** Words a sentence keeps when a clause of it goes: an apology, thanks, an action, an invitation. */
const WORTH_KEEPING =
  /\b(sorry|apologi[sz]e[sd]?|apologies|thank|thanks|grateful|refund(ed)?|replac(e|ed)|we will|we'll|i will|i'll|we have|we've|i have|i've|please|welcome|hope|glad|happy to|would love|look forward)\b/i;

/** Remove the whole sentence. */
export function cutSentence(ctx: RuleContext): Fix {
  return { replacement: '', replaces: { from: 0, to: ctx.text.length } };
}

/**
 * Remove the clause that holds terms [from, to), or the whole sentence when what is left of it carries
 * nothing worth keeping (an argument's other half: "That's not true, our staff were at the desk").
 */
export function cutPart(ctx: RuleContext, from: number, to: number): Fix {
  const cs = clauseStartAt(ctx, from);
  const ce = clauseEndAt(ctx, Math.max(from, to - 1));
  const { from: a, to: b } = charsOf(ctx, cs, ce);
  const rest = ctx.text.slice(0, a) + ' ' + ctx.text.slice(b);
  if (cs === 0 && ce >= ctx.terms.length) return cutSentence(ctx);
  if (!WORTH_KEEPING.test(rest)) return cutSentence(ctx);
  return { replacement: '', replaces: { from: a, to: b } };
}

/** cutPart for a phrase hit. */
export const cutHit = (ctx: RuleContext, hit: Hit): Fix => cutPart(ctx, hit.from, hit.to);

/**
 * Remove an opener ("Actually,", "Please note that", "As mentioned on our website,"): the words, or the
 * whole lead-in up to its comma when the lead-in runs on past them.
 */
export function removeOpener(ctx: RuleContext, hit: Hit): Fix {
  const ce = clauseEndAt(ctx, hit.to - 1);
  // a short lead-in ending at a comma goes whole: "As mentioned on our website, delivery…"
  if (ce > hit.to && ce < ctx.terms.length && ce - hit.to <= 4) {
    const { from, to } = charsOf(ctx, hit.from, ce);
    return { replacement: '', replaces: { from, to } };
  }
  if (ce < hit.to || ce === hit.to) return { replacement: '' };
  // the opener's words are the clause's start and the clause runs on: remove just the words
  return { replacement: '' };
}

/** Cut from a subordinate word ("if", "because", "once") to its clause's end: the condition or the cause. */
export function cutFrom(ctx: RuleContext, from: number): Fix {
  const ce = clauseEndAt(ctx, from);
  if (from === 0 && ce >= ctx.terms.length) return cutSentence(ctx);
  const { from: a, to: b } = charsOf(ctx, from, ce);
  return { replacement: '', replaces: { from: a, to: b } };
}

const APOLOGY = /^(sorry|apologi[sz]e|apologies|apology|regret|regrets|regretted|sad|saddened|disappointed|distressed|dismayed|apologising|apologizing)$/;

/** Index of the apology word in terms [from, to), or the last one before `from`; -1 for none. */
export function apologyAt(ctx: RuleContext, from: number, to: number): number {
  for (let k = from; k < to; k++) if (APOLOGY.test(ctx.terms[k]!.normal)) return k;
  for (let k = from - 1; k >= 0; k--) if (APOLOGY.test(ctx.terms[k]!.normal)) return k;
  return -1;
}

/**
 * A non-apology rewritten as an apology for what the review complains about: "sorry if you felt
 * unwelcome" → "sorry about how you were treated", "apologise for any inconvenience caused" →
 * "apologise for the cold coffee". The apology word and what follows it to the clause's end are
 * replaced; the words before it ("I'm", "We are") stay. No topic read from the review: no fix.
 */
export function apologyForTopic(ctx: RuleContext, hit: Hit): Fix | undefined {
  const k = apologyAt(ctx, hit.from, hit.to);
  if (k < 0) return undefined;
  const word = ctx.terms[k]!;
  const ce = clauseEndAt(ctx, Math.max(k, hit.to - 1));
  // "If we upset you in any way, we are sorry": the apology stands at the end, after the condition
  const start = Math.min(hit.from, k);
  // "Inconvenience caused to you is highly regretted": the whole clause turns round
  const passive = start < k && /^(regretted|regreted)$/.test(word.normal);
  const lead = start < k && !passive ? ctx.text.slice(charsOf(ctx, clauseStartAt(ctx, k), k).from, word.start) : '';
  const { from, to } = charsOf(ctx, start, ce);
  const head = passive ? 'we are sorry about' : form(word);
  const replacement: Replacement = ({ topic }) => (topic ? `${lead}${head} ${topic}` : undefined);
  return { replacement, replaces: { from, to } };
}

/** The apology word in the form that takes a topic: "sorry about", "apologise for", "regret". */
function form(word: Term): string {
  const w = word.normal;
  const cap = /^\p{Lu}/u.test(word.text);
  const out =
    /^(apologi[sz]e|apologies|apology)$/.test(w) ? `${word.text} for`
    : /^(regret)$/.test(w) ? word.text
    : /^(sorry)$/.test(w) ? `${word.text} about`
    : 'sorry about';
  return cap && !/^\p{Lu}/u.test(out) ? out[0]!.toUpperCase() + out.slice(1) : out;
}
