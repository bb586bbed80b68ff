/**
 * The calmer version of the owner's own draft (DESIGN.md, "The side panel"): their sentences with the
 * heat taken out, the missing parts of a good reply added from the review (GUIDANCE.md points 2, 3, 5).
 *   1. each flagged phrase gets its one-click fix (applyFix), widest first where flags overlap, from the
 *      last to the first so offsets hold; a flag with no honest rewrite takes its sentence with it
 *   2. every unflagged sentence stays word for word, in its order, with its line breaks and sign-off
 *   3. for a complaint or mixed review: a missing acknowledgement and apology go after the greeting, a
 *      missing private follow-up before the sign-off; never an action (only the owner knows what they did),
 *      never an apology to praise or to a 5★ review
 *   4. the result is analysed again with the same context and fixed again, a bounded number of times;
 *      whatever still carries a flag is dropped, so the text returned carries none (the one exception is
 *      the site's length limit: which of their sentences to cut is the owner's call, and `reason` says so)
 * Pure and deterministic: the same draft, analysis and review give the same result; nothing throws.
 */
import { fixEdit } from '../analysis/apply-fix';
import { createAnalyzer, type Analyzer } from '../analysis/index';
import { measure, PLATFORM_LIMITS } from '../analysis/limits';
import { splitSentences, type Piece } from '../analysis/split';
import type { Analysis, AnalysisContext, Flag, Structure } from '../analysis/types';
import type { BusinessProfile } from '../settings/schema';
import { domainOfBusiness, joinList, replyPhrase, statementOf } from './index';
import * as P from './phrasings';
import { readReviewForReply } from './reading';
import type { ReviewAspect, ReviewReading } from './reading-types';

export type CalmerPart = 'acknowledge' | 'apology' | 'followUp';

export interface CalmerChange {
  kind: 'replaced' | 'removed' | 'added';
  /** The draft's words that went (replaced or removed). */
  from?: string;
  /** The words put in (replaced or added). */
  to?: string;
  /** Which part of a good reply an added sentence is. */
  part?: CalmerPart;
}

export interface CalmerResult {
  text: string;
  changes: CalmerChange[];
  /** The text is the draft as it was (nothing to change, or nothing that could be). */
  unchanged: boolean;
  /** Why the draft was left alone, or what the calmer version could not do. */
  reason?: string;
}

export interface CalmerInput {
  draft: string;
  /** The analysis of `draft` (re-done here when its offsets do not fit the draft). */
  analysis: Analysis;
  /** The review already read (readReviewForReply); read from `context.review` when absent. */
  reading?: ReviewReading;
  business: BusinessProfile;
  /** The site's reply limit: added parts must fit under it. Default: the platform's (context.platform). */
  limit?: number;
  limitUnit?: 'characters' | 'bytes';
  /** The context the analysis was made with (review, rating, platform, names): the re-checks use the same. */
  context?: AnalysisContext;
  /** The analyser that made `analysis` (the owner's rule choices, its sentence cache). Default: a shared one. */
  analyzer?: Pick<Analyzer, 'analyse'>;
}

/** Rounds of one-click fixes before a still-flagged sentence is dropped instead. */
const FIX_ROUNDS = 3;
/** All rounds, fixing and dropping; each dropping round removes at least one sentence. */
const MAX_ROUNDS = 8;
/** Rounds for a very long draft: one of fixes, then dropping what is left. */
const LONG_ROUNDS = 3;
/** Past this length the draft is only cleaned, in fewer rounds (each analysis of it takes a while), and no part is added. */
const LONG_DRAFT = 6000;
/** The one flag the calmer version leaves: which of the owner's sentences to cut to fit is theirs to say. */
const LENGTH_RULE = 'over-limit';

let shared: Pick<Analyzer, 'analyse'> | undefined;
const defaultAnalyzer = () => (shared ??= createAnalyzer());

export function calmerDraft(input: CalmerInput): CalmerResult {
  const draft = typeof input?.draft === 'string' ? input.draft : '';
  try {
    return calmer(draft, input);
  } catch (error) {
    // a bug here must never cost the owner their draft
    if ((import.meta as { env?: { DEV?: boolean } }).env?.DEV) console.warn('[Calm Reply] calmer version failed:', error);
    return { text: draft, changes: [], unchanged: true, reason: 'The calmer version could not be made for this draft.' };
  }
}

function calmer(draft: string, input: CalmerInput): CalmerResult {
  if (draft.trim() === '') return { text: draft, changes: [], unchanged: true, reason: 'There is no draft yet.' };
  const context: AnalysisContext = { ...(input.context ?? {}) };
  if (context.rating === undefined && input.reading?.rating !== undefined) context.rating = input.reading.rating;
  const analyzer = input.analyzer ?? defaultAnalyzer();
  const analyse = (text: string) => analyzer.analyse(text, context);
  let analysis = fits(input.analysis, draft) ? input.analysis : analyse(draft);
  if (analysis.language === 'other') {
    return { text: draft, changes: [], unchanged: true, reason: 'The draft does not read as English, so Calm Reply leaves its wording to you.' };
  }
  const long = draft.length > LONG_DRAFT;
  const changes: CalmerChange[] = [];

  // 1 and 4: the owner's draft, fixed and re-checked until no flag is left
  const cleaned = settle(draft, analysis, analyse, changes, long ? LONG_ROUNDS : MAX_ROUNDS, long ? 1 : FIX_ROUNDS);
  let text = cleaned.text;
  analysis = cleaned.analysis;
  // "Dear Anna, we were short-staffed…": the sentence went, the greeting stays (on a line of its own)
  const greeting = INLINE_GREETING.exec(draft);
  if (greeting && text !== draft && !text.startsWith(greeting[1]!)) {
    const line = `${greeting[1]},`;
    const next = text.trim() === '' ? line : `${line}\n${text}`;
    const checked = analyse(next);
    if (!checked.flags.some((f) => f.start < line.length && f.rule !== LENGTH_RULE)) {
      text = next;
      analysis = checked;
    }
  }

  // 3: the missing parts, for a complaint or a mixed review
  const unit = input.limitUnit ?? (context.platform ? PLATFORM_LIMITS[context.platform.toLowerCase()]?.unit : undefined) ?? 'characters';
  const limit = input.limit ?? (context.platform ? PLATFORM_LIMITS[context.platform.toLowerCase()]?.limit : undefined);
  if (!long && analysis.language === 'en') {
    const parts = missingParts(analysis.structure, input, context);
    if (parts.length > 0) {
      const added = insertParts(text, parts, limit, unit);
      if (added.text !== text) {
        // the parts are ours: any flag that lands in them (or that they raise in the owner's words) is settled too
        const recheck = settle(added.text, analyse(added.text), analyse, [], MAX_ROUNDS);
        const kept = added.parts.filter((p) => recheck.text.includes(p.text));
        const clean = (a: Analysis) => !a.flags.some((f) => f.rule !== LENGTH_RULE);
        // parts that would leave a flag behind (where the draft had none left) are not worth adding
        if ((kept.length > 0 || recheck.text !== text) && (clean(recheck.analysis) || !clean(analysis))) {
          const ownChanges = ownChangesBetween(added.text, recheck.text, new Set(added.parts.map((p) => p.text)));
          text = recheck.text;
          analysis = recheck.analysis;
          changes.push(...ownChanges);
          kept.sort((a, b) => recheck.text.indexOf(a.text) - recheck.text.indexOf(b.text));
          for (const p of kept) changes.push({ kind: 'added', to: p.text, part: p.part });
        }
      }
    }
  }

  const left = analysis.flags.filter((f) => f.rule !== LENGTH_RULE);
  const over = analysis.flags.some((f) => f.rule === LENGTH_RULE);
  let reason: string | undefined;
  if (left.length > 0) reason = 'Some flagged words could not be taken out.';
  else if (over) reason = 'The reply is still longer than the site allows; choose which sentences to shorten.';
  else if (analysis.incomplete) reason = 'Some checks failed on this draft, so it may still hold words to change.';
  if (text === draft) {
    return { text: draft, changes: [], unchanged: true, reason: reason ?? 'Your draft already reads calmly and has the parts a reply needs.' };
  }
  if (text.trim() === '') reason ??= 'Every sentence of the draft carried a flag, so none of it is left.';
  return { text, changes, unchanged: false, ...(reason ? { reason } : {}) };
}

/** Does this analysis belong to this exact text (each flag's words where it says)? */
function fits(analysis: Analysis | undefined, text: string): analysis is Analysis {
  if (!analysis || !Array.isArray(analysis.flags) || !analysis.structure) return false;
  // its length as some site counts it (a draft with no flags tells no other way)
  const n = analysis.length?.characters;
  if (n !== measure(text, 'characters') && n !== measure(text, 'bytes')) return false;
  return analysis.flags.every((f) => f.start >= 0 && f.end <= text.length && text.slice(f.start, f.end) === f.text);
}

interface Settled {
  text: string;
  analysis: Analysis;
}

/** A flag's reach: the flagged words, or the wider range its replacement stands for. */
function reach(f: Flag): { start: number; end: number } {
  return { start: Math.min(f.start, f.replaces?.start ?? f.start), end: Math.max(f.end, f.replaces?.end ?? f.end) };
}

/**
 * Fixes and re-checks until no flag is left (or the rounds run out): each round applies, for every group of
 * overlapping flags, the widest one-click fix once; a group with no fix, or a round past FIX_ROUNDS, takes
 * the sentences it touches.
 */
function settle(start: string, first: Analysis, analyse: (t: string) => Analysis, changes: CalmerChange[], rounds: number, fixRounds = FIX_ROUNDS): Settled {
  let text = start;
  let analysis = first;
  let stuck = false;
  for (let round = 0; round < rounds; round++) {
    const flags = analysis.flags.filter((f) => f.rule !== LENGTH_RULE);
    if (flags.length === 0 || analysis.language !== 'en') break;
    const fixing = round < fixRounds && !stuck;
    const next = oneRound(text, flags, fixing, changes);
    stuck = next === text;
    if (stuck && !fixing) break;
    if (stuck) continue;
    text = next;
    analysis = analyse(text);
  }
  return { text, analysis };
}

interface Edit {
  start: number;
  end: number;
  /** The fix's flag, or none to drop whole sentences start–end. */
  flag?: Flag;
}

function oneRound(text: string, flags: Flag[], fixing: boolean, changes: CalmerChange[]): string {
  // groups of overlapping (or touching) flags, by reach
  const spans = flags
    .map((f) => ({ f, ...reach(f) }))
    .sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const groups: Array<{ start: number; end: number; flags: Flag[] }> = [];
  for (const s of spans) {
    const g = groups[groups.length - 1];
    if (g && s.start <= g.end) {
      g.end = Math.max(g.end, s.end);
      g.flags.push(s.f);
    } else groups.push({ start: s.start, end: s.end, flags: [s.f] });
  }
  const pieces = splitSentences(text);
  const edits: Edit[] = [];
  const drops: Array<{ start: number; end: number }> = [];
  for (const g of groups) {
    const fixable = fixing ? g.flags.filter((f) => f.replacement !== undefined) : [];
    if (fixable.length > 0) {
      // the widest fix once; what it leaves is seen by the next round's analysis
      const widest = fixable.reduce((a, b) => (width(b) > width(a) ? b : a));
      const r = reach(widest);
      edits.push({ start: r.start, end: r.end, flag: widest });
    } else {
      for (const p of pieces) {
        const end = p.start + p.text.length;
        if (p.start < g.end && end > g.start) drops.push({ start: p.start, end });
      }
      // a flag between sentences (spaces, a stray mark) goes on its own
      if (!pieces.some((p) => p.start < g.end && p.start + p.text.length > g.start)) drops.push({ start: g.start, end: g.end });
    }
  }
  // while fixes remain, sentences wait: a fix can clear the learned model's doubt about its neighbours
  if (edits.length > 0) drops.length = 0;
  // a fix inside a sentence that goes anyway is not applied
  const merged = mergeRanges(drops);
  const all: Edit[] = [...edits.filter((e) => !merged.some((d) => e.start < d.end && e.end > d.start)), ...merged];
  all.sort((a, b) => b.start - a.start);
  const done: CalmerChange[] = [];
  let out = text;
  for (const e of all) {
    if (e.flag) {
      const edit = fixEdit(out, { start: e.flag.start, end: e.flag.end, replacement: e.flag.replacement, replaces: e.flag.replaces });
      if (!edit || edit.text === edit.expect) continue;
      // a removal's report takes the comma that went with the words ("Actually,")
      const to = e.flag.replacement === '' && edit.end > e.end ? e.end + (/^[,;:]/.test(out.slice(e.end)) ? 1 : 0) : e.end;
      const from = out.slice(e.start, to);
      out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
      out = tidyJoint(out, edit.start, edit.start + edit.text.length);
      done.push(e.flag.replacement === '' ? { kind: 'removed', from } : { kind: 'replaced', from, to: e.flag.replacement });
    } else {
      const from = out.slice(e.start, e.end);
      out = dropRange(out, e.start, e.end);
      if (from.trim()) done.push({ kind: 'removed', from });
    }
  }
  // applied from the last to the first; reported in the draft's order
  changes.push(...done.reverse());
  return out;
}

/** No spaces left dangling at a line's end where an edit met a line break (the rest of the draft untouched). */
function tidyJoint(text: string, start: number, end: number): string {
  const lo = Math.max(0, start - 2);
  const hi = Math.min(text.length, end + 4);
  const window = text.slice(lo, hi).replace(/[ \t]+(?=\r?\n)/g, '');
  return text.slice(0, lo) + window + text.slice(hi);
}

const width = (f: Flag) => {
  const r = reach(f);
  return r.end - r.start;
};

function mergeRanges(ranges: Array<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: Array<{ start: number; end: number }> = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

const INLINE_SPACE = /[ \t\u00a0\u2009\u202f\u3000]/u;

/**
 * The text without start–end, mended as a person would: the spaces after a sentence go with it, a line
 * left empty goes whole, and no more than one blank line is left where a paragraph went.
 */
function dropRange(text: string, start: number, end: number): string {
  let a = start;
  let b = end;
  while (b < text.length && INLINE_SPACE.test(text[b]!)) b++;
  const lineEnd = b >= text.length || text[b] === '\n' || text[b] === '\r';
  if (lineEnd) while (a > 0 && INLINE_SPACE.test(text[a - 1]!)) a--;
  const lineStart = a === 0 || text[a - 1] === '\n' || text[a - 1] === '\r';
  if (lineStart && lineEnd) {
    // the whole line went: take one line break with it
    if (text.slice(b, b + 2) === '\r\n') b += 2;
    else if (b < text.length) b++;
    else if (a > 0) {
      a--;
      if (a > 0 && text[a] === '\n' && text[a - 1] === '\r') a--;
    }
  }
  let out = text.slice(0, a) + text.slice(b);
  // a paragraph that went leaves at most one blank line at the joint, and none at the start or the end
  const at = a;
  const lo = Math.max(0, at - 4);
  const joint = out.slice(lo, at + 4);
  const tidied = joint.replace(/(\r?\n[ \t]*){3,}/g, '\n\n');
  if (tidied !== joint) out = out.slice(0, lo) + tidied + out.slice(at + 4);
  if (a === 0) out = out.replace(/^\s+/u, '');
  if (b >= text.length) out = out.replace(/\s+$/u, '');
  return out;
}

/**
 * What the owner's own words lost between `from` and `to` (the parts' re-check touching their sentences),
 * as removals; the added parts themselves are left out.
 */
function ownChangesBetween(from: string, to: string, ours: Set<string>): CalmerChange[] {
  if (from === to) return [];
  const kept = new Set(splitSentences(to).map((p) => p.text));
  return splitSentences(from)
    .filter((p) => !kept.has(p.text) && ![...ours].some((o) => o.includes(p.text) || p.text.includes(o)))
    .map((p) => ({ kind: 'removed' as const, from: p.text }));
}

// ---------------------------------------------------------------------------------------------------
// The missing parts

interface NewPart {
  part: CalmerPart;
  text: string;
}

/** The parts a complaint or mixed review still needs, in the review's own words (phrasings.ts). */
function missingParts(structure: Structure, input: CalmerInput, context: AnalysisContext): NewPart[] {
  const review = typeof context.review === 'string' ? context.review : '';
  let reading = input.reading;
  if (!reading) {
    if (!review.trim() && context.rating === undefined) return [];
    reading = readReviewForReply({ text: review, rating: context.rating }, { platform: context.platform, domain: domainOfBusiness(input.business?.kind) });
  }
  if (reading.kind !== 'complaint' && reading.kind !== 'mixed') return [];
  const rating = reading.rating ?? context.rating;
  const pick = P.pickerFor(review || `${reading.kind}:${rating ?? ''}`);
  const words = P.DOMAIN_WORDS[domainOfBusiness(input.business?.kind) ?? reading.domain] ?? P.DOMAIN_WORDS.general;

  const named = (a: ReviewAspect | undefined) => {
    const phrase = a ? replyPhrase(a.text) : undefined;
    return phrase && a ? { phrase, statement: review ? statementOf(a, phrase, review) : undefined } : undefined;
  };
  const negatives = reading.aspects.filter((a) => a.polarity === 'negative');
  const main = named(reading.mainComplaint ?? negatives[0]);
  const liked = reading.aspects.filter((a) => a.polarity === 'positive').map((a) => replyPhrase(a.text)).filter((p): p is string => !!p);
  const slots: Record<string, string> = {
    N: '',
    visit: words.visit,
    person: words.person,
    people: words.people,
    reach: P.reachFor(input.business, context.platform),
    P: main?.phrase ?? '',
    L: joinList([...new Set(liked)].slice(0, 2)),
  };
  const f = (t: string, extra: Record<string, string> = {}) => P.fill(t, { ...slots, ...extra });

  const parts: NewPart[] = [];
  if (!structure.acknowledge) {
    const list = reading.kind === 'mixed' && slots.L ? P.MIXED_THANKS : main ? P.COMPLAINT_THANKS : P.COMPLAINT_THANKS_PLAIN;
    parts.push({ part: 'acknowledge', text: f(pick('thanks', list)) });
  }
  // a 5★ review with a small complaint is not apologised to (the composer notes it instead)
  if (structure.apology !== 'sincere' && rating !== 5) {
    const text = main?.statement
      ? f(pick('apology', P.APOLOGY_STATED), { S: main.statement })
      : main
        ? f(pick('apology', P.APOLOGY_NAMED), { X: main.phrase })
        : f(pick('apology', P.APOLOGY_PLAIN));
    parts.push({ part: 'apology', text });
  }
  if (!structure.followUp && input.business?.contact) parts.push({ part: 'followUp', text: f(pick('follow-up', P.FOLLOW_UP)) });
  return parts;
}


// ---------------------------------------------------------------------------------------------------
// Where the parts go

// "Dear Mr. Patel,": a title's full stop is part of the greeting
const GREETING = /^(hi|hello|hey|dear|good (morning|afternoon|evening|day)|greetings|hiya)\b(?:[^.!?\n]|\b(?:mr|mrs|ms|dr|prof|st)\.){0,40}[,.!:]?$/iu;
const CLOSING = /^(warm(est)?|kind(est)?|best|with|many|yours|all the)?\s*(regards|wishes|sincerely|thanks|cheers|truly|faithfully|best)\b[\s,.!]*$|^(regards|sincerely|yours (truly|sincerely|faithfully)|best wishes|warm regards|kind regards|thanks and regards|thanks again|thank you again|thank you|many thanks|take care|all the best|warmly|best)\b[\s,.!]*$/iu;

interface Line {
  text: string;
  start: number;
  end: number;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let at = 0;
  for (const raw of text.split('\n')) {
    out.push({ text: raw.replace(/\r$/, ''), start: at, end: at + raw.replace(/\r$/, '').length });
    at += raw.length + 1;
  }
  return out;
}

/** Where the sign-off begins ("Kind regards," and the lines after it, or a dash and a name), or the text's end. */
function signOffStart(text: string): number {
  const lines = linesOf(text).filter((l) => l.text.trim() !== '');
  if (lines.length < 2) return text.length;
  const last = lines.slice(-4);
  for (const l of last) {
    // the closing words, then only short lines (a name, a role, the business)
    const i = lines.indexOf(l);
    if (CLOSING.test(l.text.trim()) && lines.slice(i + 1).every((n) => n.text.trim().length <= 60 && !/[.!?]$/.test(n.text.trim()))) return l.start;
  }
  const end = lines[lines.length - 1]!;
  const t = end.text.trim();
  if (/^[-–—~]\s*\S/u.test(t) && t.length <= 60) return end.start;
  // "Thanks, Sam" or "Cheers – The Harbour team" on one line
  if (/^(thanks|thank you|cheers|regards|best|warmly|kind regards|best wishes|many thanks)\s*[,–—-]\s*\S[^.!?]{0,50}$/iu.test(t)) return end.start;
  return text.length;
}

const INLINE_GREETING = /^((?:hi|hello|hey|dear|good (?:morning|afternoon|evening|day)|greetings|hiya)\b(?:[^.!?,\n]|\b(?:mr|mrs|ms|dr|prof|st)\.){0,40})[,!:][ \t]+\S/iu;

/** Where the body begins: after a greeting line ("Hi Anna,") or a greeting sentence ("Hello Anna!"), or at the start. */
function bodyStart(text: string): number {
  const lines = linesOf(text);
  const first = lines.find((l) => l.text.trim() !== '');
  if (!first) return 0;
  if (GREETING.test(first.text.trim()) || /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?,$/u.test(first.text.trim())) {
    const next = lines.find((l) => l.start > first.start && l.text.trim() !== '');
    return next ? next.start + (next.text.length - next.text.trimStart().length) : text.length;
  }
  const [s, rest] = splitSentences(text);
  // a greeting sentence ("Hello Anna!"), or one that runs on from it ("Dear Anna, thank you for …"): the
  // parts go after that sentence, never into it
  if (s && ((GREETING.test(s.text.trim()) && s.text.length <= 40) || INLINE_GREETING.test(s.text))) return rest ? rest.start : text.length;
  return first.start + (first.text.length - first.text.trimStart().length);
}

/** Does the sentence acknowledge (thanks, "I understand")? Read from its words, for placing the apology after it. */
const THANKS = /^(thank|thanks|many thanks|we (really |truly )?appreciate|i (really |truly )?appreciate|we (completely |fully |totally )?understand|i (completely |fully |totally )?understand)\b/i;

interface Placed {
  text: string;
  parts: NewPart[];
}

/**
 * The parts put where a person would write them: the acknowledgement and apology at the body's start
 * (the apology after the draft's own thanks when it opens with them), the follow-up at the body's end,
 * before the sign-off; each only while the reply stays within the site's limit.
 */
function insertParts(text: string, parts: NewPart[], limit: number | undefined, unit: 'characters' | 'bytes'): Placed {
  let out = text;
  const placed: NewPart[] = [];
  const within = (t: string) => limit === undefined || measure(t, unit) <= limit;
  const paragraphs = /\n[ \t]*\n/.test(text);
  // the follow-up first: it goes at the end, so the earlier offsets hold
  const follow = parts.find((p) => p.part === 'followUp');
  if (follow) {
    const next = atEnd(out, follow.text, paragraphs);
    if (within(next)) {
      out = next;
      placed.push(follow);
    }
  }
  const ack = parts.find((p) => p.part === 'acknowledge');
  const sorry = parts.find((p) => p.part === 'apology');
  if (!ack && !sorry) return { text: out, parts: placed };
  const at = bodyStart(out);
  const sign = signOffStart(out);
  const first = splitSentences(out).find((s) => s.start >= at && s.start < sign);
  // the draft opens with its own thanks: the apology follows them
  if (!ack && sorry && first && first.start === at && THANKS.test(first.text.trim())) {
    const end = first.start + first.text.length;
    const next = `${out.slice(0, end)} ${sorry.text}${out.slice(end)}`;
    if (within(next)) return { text: next, parts: [...placed, sorry] };
    return { text: out, parts: placed };
  }
  // both if they fit, else the apology (it matters more), else the thanks
  const options = [[ack, sorry], [sorry], [ack]].map((o) => o.filter((p): p is NewPart => !!p)).filter((o) => o.length > 0);
  for (const chosen of options) {
    const block = chosen.map((p) => p.text).join(' ');
    const next = first && first.start === at ? `${out.slice(0, at)}${block} ${out.slice(at)}` : ownLine(out, Math.min(at, sign), block);
    if (within(next)) return { text: next, parts: [...placed, ...chosen] };
  }
  return { text: out, parts: placed };
}

/** The block on a line of its own at `at` (a line's start, or the end of the text). */
function ownLine(text: string, at: number, block: string): string {
  const before = text.slice(0, at);
  const after = text.slice(at);
  if (before.trim() === '') return after.trim() === '' ? block : `${block}\n${after.replace(/^\s+/u, '')}`;
  if (after.trim() === '') return `${before.replace(/\s+$/u, '')}\n${block}`;
  return `${before.replace(/[ \t]+$/u, '')}${/\n$/.test(before) ? '' : '\n'}${block}\n${after.replace(/^[ \t]+/u, '')}`;
}

/** The follow-up at the body's end, before the sign-off: its own paragraph in a draft written in paragraphs. */
function atEnd(text: string, sentence: string, paragraphs: boolean): string {
  const sign = signOffStart(text);
  const body = text.slice(0, sign).replace(/\s+$/u, '');
  const tail = text.slice(sign);
  const gap = text.slice(body.length, sign);
  if (body.trim() === '') return tail ? `${sentence}\n${tail}` : sentence;
  const lastLine = body.slice(body.lastIndexOf('\n') + 1);
  // a lone greeting line ("Hi Anna,") is not a sentence to run on from
  // a draft written line by line gets a line of its own; a lone greeting line is not a sentence to run on from
  const join = paragraphs ? '\n\n' : body.includes('\n') || GREETING.test(lastLine.trim()) ? '\n' : ' ';
  return `${body}${join}${sentence}${tail ? gap || '\n' : ''}${tail}`;
}
