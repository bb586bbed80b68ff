/**
 * The judgement: createAnalyzer() → { analyse(text, context) } (DESIGN.md, "Contracts").
 * Incremental: the draft is split into sentences on every call (cheap); each sentence's flags and
 * structure are cached by its text, so a keystroke re-parses only the sentence it changed, and
 * offsets are re-based on the sentence's current position. Runs in Node and extension pages only:
 * it bundles compromise, so the content script must never import it.
 */
import { RULES } from '../rules/index';
import { phrasePattern } from './phrases';
import type { DraftRule, RuleContext, RuleMatch, SentenceRule } from '../rules/types';
import { heatOf } from './heat';
import { draftLanguage, sentenceLanguage, type Verdict } from './language';
import { measure, PLATFORM_LIMITS } from './limits';
import { Lru } from './lru';
import { buildNet, parseSentences, type PatternSet } from './parse';
import { splitSentences } from './split';
import { sentenceStructure, STRUCTURE_PATTERNS, type SentenceStructure } from './structure';
import type { Analysis, AnalysisContext, Category, Flag, Structure } from './types';

export type { Analysis, AnalysisContext, Category, Flag, Structure } from './types';
export { PLATFORM_LIMITS } from './limits';

export interface AnalyzerSettings {
  /** Rule ids the owner switched off. */
  disabledRules?: string[];
  /** The owner's own words to avoid; matched as whole words, case-insensitively. */
  customPhrases?: Array<{ phrase: string; category: Category; message: string }>;
  /** Words the owner wants left alone: a flag inside one of these is dropped. */
  allowedPhrases?: string[];
  /** The business's own addresses, not flagged as personal details. */
  ownEmails?: string[];
}

export interface Analyzer {
  analyse(text: string, context?: AnalysisContext): Analysis;
  /** How many sentences this analyser has parsed so far (the cache skips the rest); for tests and the bench. */
  readonly sentencesParsed: number;
}

interface SentenceResult {
  flags: Array<{ rule: string; start: number; end: number; suggestion?: string }>;
  structure: SentenceStructure;
  verdict: Verdict;
}

const APOLOGY_WORD = /\b(sorry|apologi[sz]e[sd]?|apologies|apology|regret)\b/i;
/** Rules whose flags stand even inside quotation marks (a phone number is one wherever it is). */
const QUOTE_PROOF: ReadonlySet<Category> = new Set<Category>(['policy']);
const CUSTOM_RULE = 'custom-phrase';
// Rules whose presence means the sentence's thanks and promises are not meant (sarcastic thanks, threats).
const ARGUING: ReadonlySet<Category> = new Set<Category>(['defensive', 'emotional']);
const HOSTILE: ReadonlySet<string> = new Set(['sarcasm', 'threats', 'insults', 'mocking-emoji', 'demands-removal']);

const EMPTY_STRUCTURE: Structure = { acknowledge: false, apology: 'none', action: false, timescale: false, followUp: false };

/**
 * Nets by the set of rules they hold. Building one takes 10–15 ms and a net is never changed by a
 * sweep, so every analyser with the same rules on (one per reply box, a new one on each settings
 * change) shares it.
 */
const nets = new Map<string, ReturnType<typeof buildNet>>();
function sharedNet(sets: PatternSet[]): ReturnType<typeof buildNet> {
  const key = sets.map((set) => set.owner).join(',');
  let net = nets.get(key);
  if (!net) {
    if (nets.size >= 8) nets.delete(nets.keys().next().value!);
    net = buildNet([...sets, ...STRUCTURE_PATTERNS]);
    nets.set(key, net);
  }
  return net;
}

export function createAnalyzer(settings: AnalyzerSettings = {}): Analyzer {
  const disabled = new Set(settings.disabledRules ?? []);
  const sentenceRules = RULES.filter((r): r is SentenceRule => r.scope !== 'draft' && !disabled.has(r.id));
  const draftRules = RULES.filter((r): r is DraftRule => r.scope === 'draft' && !disabled.has(r.id));
  const byId = new Map(RULES.map((r) => [r.id, r]));
  const sets: PatternSet[] = sentenceRules
    .filter((r) => r.patterns && r.patterns.length > 0)
    .map((r) => ({ owner: r.id, patterns: r.patterns! }));
  const net = sharedNet(sets);
  const ruleSettings = { ownEmails: (settings.ownEmails ?? []).map((e) => e.trim().toLowerCase()).filter(Boolean) };
  const allowed = (settings.allowedPhrases ?? []).filter((p) => p.trim()).map(phrasePattern);
  const custom = (settings.customPhrases ?? [])
    .filter((c) => c.phrase.trim())
    .map((c) => ({ ...c, re: phrasePattern(c.phrase) }));
  const cache = new Lru<string, SentenceResult>(4000);
  let sentencesParsed = 0;

  function judge(texts: string[], positions: Array<{ isFirst: boolean; afterApology: boolean }>): SentenceResult[] {
    const parsed = parseSentences(texts, net);
    sentencesParsed += texts.length;
    return parsed.map((p, i) => {
      const text = texts[i]!;
      const ctx: RuleContext = {
        text,
        terms: p.terms,
        hits: [],
        isFirst: positions[i]!.isFirst,
        afterApology: positions[i]!.afterApology,
        settings: ruleSettings,
      };
      const flags: SentenceResult['flags'] = [];
      let nonApology = false;
      for (const rule of sentenceRules) {
        const hits = p.hits.get(rule.id);
        if (rule.patterns && rule.patterns.length > 0 && !hits && !rule.always) continue;
        ctx.hits = hits ?? [];
        let found: RuleMatch[];
        try {
          found = rule.find(p.doc, ctx);
        } catch {
          // one faulty rule must not take the whole analysis (and the owner's text) down
          found = [];
        }
        for (const m of found) {
          if (!(m.start >= 0 && m.end > m.start && m.end <= text.length)) continue;
          flags.push({ rule: rule.id, start: m.start, end: m.end, ...(m.suggestion !== undefined ? { suggestion: m.suggestion } : {}) });
          if (rule.category === 'apology') nonApology = true;
        }
      }
      ctx.hits = [];
      const hostile = flags.some((f) => HOSTILE.has(f.rule));
      const arguing = flags.some((f) => ARGUING.has(byId.get(f.rule)!.category));
      const excusing = flags.some((f) => byId.get(f.rule)!.category === 'excuse');
      return { flags, structure: sentenceStructure(ctx, p.hits, nonApology, hostile, arguing, excusing), verdict: sentenceLanguage(text) };
    });
  }

  function analyse(input: string, context: AnalysisContext = {}): Analysis {
    // a caller passing null or a number gets an empty analysis, not a crash
    const text = typeof input === 'string' ? input : '';
    const platform = context.platform ? PLATFORM_LIMITS[context.platform.toLowerCase()] : undefined;
    const length = platform
      ? { characters: measure(text, platform.unit), limit: platform.limit }
      : { characters: measure(text, 'characters') };
    if (text.trim() === '') {
      return { language: 'en', flags: [], structure: { ...EMPTY_STRUCTURE }, heat: 0, length };
    }

    const pieces = splitSentences(text);
    const keys = pieces.map((p, i) => {
      const isFirst = i === 0;
      const afterApology = i > 0 && APOLOGY_WORD.test(pieces[i - 1]!.text);
      return { key: `${isFirst ? 1 : 0}${afterApology ? 1 : 0}${p.text}`, isFirst, afterApology };
    });
    const results = new Map<string, SentenceResult>();
    const missTexts: string[] = [];
    const missPos: Array<{ isFirst: boolean; afterApology: boolean }> = [];
    const missKeys: string[] = [];
    const missing = new Set<string>();
    keys.forEach((k, i) => {
      if (results.has(k.key) || missing.has(k.key)) return;
      const hit = cache.get(k.key);
      if (hit) results.set(k.key, hit);
      else {
        missing.add(k.key);
        missKeys.push(k.key);
        missTexts.push(pieces[i]!.text);
        missPos.push(k);
      }
    });
    if (missTexts.length > 0) {
      const judged = judge(missTexts, missPos);
      judged.forEach((r, i) => {
        cache.set(missKeys[i]!, r);
        results.set(missKeys[i]!, r);
      });
    }

    const sentences = pieces.map((p, i) => ({ piece: p, result: results.get(keys[i]!.key)! }));
    const language = draftLanguage(sentences.map((s) => ({ verdict: s.result.verdict, length: s.piece.text.length })));
    if (language === 'other') {
      return { language, flags: [], structure: { ...EMPTY_STRUCTURE }, heat: 0, length };
    }

    const quoted = quotedRanges(text);
    const review = (context.review ?? '').toLowerCase();
    let flags: Flag[] = [];
    for (const { piece, result } of sentences) {
      for (const f of result.flags) {
        const rule = byId.get(f.rule)!;
        const start = piece.start + f.start;
        const end = piece.start + f.end;
        if (!QUOTE_PROOF.has(rule.category) && inside(quoted, start, end)) continue;
        const flag: Flag = {
          rule: rule.id,
          category: rule.category,
          start,
          end,
          text: text.slice(start, end),
          message: rule.message,
        };
        // echoing the reviewer's own heated word ("sorry the wait felt ridiculous") is listening, not heat
        if (rule.id === 'heated-words' && review && review.includes(flag.text.toLowerCase())) continue;
        // "" is a real suggestion: remove these words
        if (f.suggestion !== undefined) flag.suggestion = f.suggestion;
        flags.push(flag);
      }
    }
    for (const rule of draftRules) {
      for (const m of rule.findInDraft(text, context)) {
        if (!(m.start >= 0 && m.end > m.start && m.end <= text.length)) continue;
        const flag: Flag = { rule: rule.id, category: rule.category, start: m.start, end: m.end, text: text.slice(m.start, m.end), message: rule.message };
        if (m.suggestion !== undefined) flag.suggestion = m.suggestion;
        flags.push(flag);
      }
    }
    for (const c of custom) {
      c.re.lastIndex = 0;
      for (const m of text.matchAll(c.re)) {
        const start = m.index;
        flags.push({ rule: CUSTOM_RULE, category: c.category, start, end: start + m[0].length, text: m[0], message: c.message });
      }
    }
    if (allowed.length > 0) flags = flags.filter((f) => !isAllowed(text, f, allowed));
    flags = dedupe(flags);

    const structure: Structure = { ...EMPTY_STRUCTURE };
    let sincere = false;
    for (const { result } of sentences) {
      const s = result.structure;
      structure.acknowledge ||= s.acknowledge;
      structure.action ||= s.action;
      structure.timescale ||= s.timescale;
      structure.followUp ||= s.followUp;
      sincere ||= s.apology;
    }
    const nonApology = flags.some((f) => f.category === 'apology');
    structure.apology = nonApology ? 'non-apology' : sincere ? 'sincere' : 'none';

    const heat = heatOf(flags, (id) => byId.get(id)?.severity ?? 'medium');
    return { language, flags, structure, heat, length };
  }

  return {
    analyse,
    get sentencesParsed() {
      return sentencesParsed;
    },
  };
}


/** Spans between matching double quotes (straight or curly); the customer's words quoted back. */
function quotedRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /"([^"\n]{1,400})"|“([^”\n]{1,400})”|(?<![\p{L}\p{N}])‘([^’\n]{1,400})’(?![\p{L}\p{N}])/gu;
  for (const m of text.matchAll(re)) out.push([m.index, m.index + m[0].length]);
  return out;
}

function inside(ranges: Array<[number, number]>, start: number, end: number): boolean {
  for (const [a, b] of ranges) if (start >= a && end <= b) return true;
  return false;
}

function isAllowed(text: string, flag: Flag, allowed: RegExp[]): boolean {
  for (const re of allowed) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      if (m.index <= flag.start && m.index + m[0].length >= flag.end) return true;
      if (m.index >= flag.end) break;
    }
  }
  return false;
}

/** Sorted by start; the same rule flagging overlapping words keeps the first (longer) span. Linear. */
function dedupe(flags: Flag[]): Flag[] {
  flags.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Flag[] = [];
  const lastEnd = new Map<string, number>();
  for (const f of flags) {
    if ((lastEnd.get(f.rule) ?? -1) > f.start) continue;
    out.push(f);
    lastEnd.set(f.rule, f.end);
  }
  return out;
}
