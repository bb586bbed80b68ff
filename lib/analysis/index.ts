/**
 * The judgement: createAnalyzer() → { analyse(text, context) } (DESIGN.md, "Contracts").
 * Incremental: the draft is split into sentences on every call (cheap); each sentence's flags and
 * structure are cached by its text, so a keystroke re-parses only the sentence it changed, and
 * offsets are re-based on the sentence's current position. Runs in Node and extension pages only:
 * it bundles compromise, so the content script must never import it.
 */
import { RULES } from '../rules/index';
import { phrasePattern } from './phrases';
import type { DraftRule, Replacement, RuleContext, RuleMatch, SentenceRule } from '../rules/types';
import { reviewTopics } from '../compose/topics';
import { heatOf } from './heat';
import { flagKey } from './flag-key';
import { draftLanguage, sentenceLanguage, type Verdict } from './language';
import { measure, PLATFORM_LIMITS } from './limits';
import { Lru } from './lru';
import { buildNet, parseSentences, type PatternSet } from './parse';
import { splitSentences } from './split';
import { sentenceStructure, STRUCTURE_PATTERNS, type SentenceStructure } from './structure';
import type { Analysis, AnalysisContext, Category, Flag, Structure } from './types';
import type { Term } from '../rules/types';
import { distinct, reviewFacts, reviewFeatures, ruleFeatures, sentenceFeatures, type FeatureList, type ReviewFacts } from '../model/features';
import { bundledModel } from '../model/bundled';
import { headFeatures, LEARNED, learnedFlag, structureFromModel } from '../model/judge';
import type { Model, ReplyHead } from '../model/index';

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
  /** The business's own name from the owner's profile, used where the caller's context gives none. */
  business?: string;
  /** The learned sentence model; null for rules only (training and the rules' own tests). Default: the bundled weights. */
  model?: Model | null;
}

export interface Analyzer {
  analyse(text: string, context?: AnalysisContext): Analysis;
  /** How many sentences this analyser has parsed so far (the cache skips the rest); for tests and the bench. */
  readonly sentencesParsed: number;
  /** Each sentence with its features and what the rules found, for training and evaluating the model. */
  inspect(text: string, context?: AnalysisContext): InspectedReply;
}

export interface InspectedSentence {
  start: number;
  end: number;
  features: FeatureList;
  /** What the rules flagged in this sentence. */
  ruleFlags: Array<{ rule: string; category: Category }>;
  structure: SentenceStructure;
}
export interface InspectedReply {
  sentences: InspectedSentence[];
  /** What each structure head reads (headFeatures). */
  heads: Record<ReplyHead, number[]>;
  /** The structure the rules alone give. */
  ruleStructure: Structure;
}

interface SentenceResult {
  flags: Array<{ rule: string; start: number; end: number; suggestion?: string; replacement?: string | Replacement; replaces?: { from: number; to: number } }>;
  structure: SentenceStructure;
  verdict: Verdict;
  /** The model's view of the sentence without the review; review features are added per analysis. */
  features: FeatureList;
  terms: Term[];
  /** Rules that threw on this sentence: the sentence's check is incomplete. */
  failed?: string[];
}

/** Splits off the flags the owner ignored in this reply box (flagKey()s): [kept, ignored]. */
function withoutIgnored(flags: Flag[], keys: string[] | undefined): [Flag[], Flag[]] {
  if (!keys || keys.length === 0) return [flags, []];
  const ignored = new Set(keys);
  const out = flags.filter((f) => ignored.has(flagKey(f)));
  return out.length === 0 ? [flags, []] : [flags.filter((f) => !ignored.has(flagKey(f))), out];
}

/** A rule that throws is a bug: say which in development, and let the owner know the check is incomplete. */
function ruleFailed(id: string, error: unknown): void {
  if ((import.meta as { env?: { DEV?: boolean } }).env?.DEV) console.warn(`[Calm Reply] rule ${id} failed:`, error);
}

const APOLOGY_WORD = /\b(sorry|apologi[sz]e[sd]?|apologies|apology|regret)\b/i;
/** Rules whose flags stand even inside quotation marks (a phone number is one wherever it is). */
const QUOTE_PROOF: ReadonlySet<Category> = new Set<Category>(['policy']);
const CUSTOM_RULE = 'custom-phrase';
// Rules whose presence means the sentence's thanks and promises are not meant (sarcastic thanks, threats).
const ARGUING: ReadonlySet<Category> = new Set<Category>(['defensive', 'emotional']);
const HOSTILE: ReadonlySet<string> = new Set(['sarcasm', 'threats', 'insults', 'mocking-emoji', 'demands-removal']);

// a learned flag names a whole sentence, with less certainty than a rule's exact words
const LEARNED_SEVERITY = 'low';

const EMPTY_STRUCTURE: Structure = { acknowledge: false, apology: 'none', action: false, timescale: false, followUp: false };

/**
 * The checks a draft gets when it does not read as English (Analysis.checks = 'language-free'): each
 * reads characters, not English words, so it holds in any language. The rest (excuses, blame, apologies,
 * the learned model, the structure) need English and do not run.
 *   shouting          its all-caps check only (capitalsOf below); the rule's English word lists, which
 *                     decide what is a name and which short words shout, cannot read another language
 *   punctuation-runs  three or more "!", and any run with "?"; a double "!!" passes, since the rule lets
 *                     it pass in warm words and we cannot read whether the words are warm
 *   personal-details  as the rule finds them: a phone number counts as the customer's unless English
 *                     words offer it as ours; an email only where English words say it is theirs
 *   promotion         its links only; its word patterns ("use code", "follow us on") are English
 *   over-limit        the site's length limit
 */
export const LANGUAGE_FREE_RULES: readonly string[] = ['shouting', 'punctuation-runs', 'personal-details', 'promotion', 'over-limit'];
/** What promotion's link pattern finds (one token, a link's shape), as opposed to its English word patterns. */
const LINK_SHAPE = /^(?:https?:\/\/|www\.|[\p{L}\p{N}-]+\.[\p{L}.]{2,}\/)\S*$/iu;
/** A lone word in capitals shouts from this many letters; shorter ones are too often acronyms ("SNCF", "IKEA"). */
const LONE_CAPITALS = 5;

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
  const model = settings.model === undefined ? bundledModel() : settings.model;
  const learnedOn = LEARNED.filter((l) => !disabled.has(l.id));
  let lastReview: { key: string; facts: ReviewFacts } | undefined;
  const featureMemo = new WeakMap<SentenceResult, { facts: ReviewFacts; signature: string; features: FeatureList }>();
  const scoreMemo = new WeakMap<FeatureList, Map<string, number>>();
  const probability = (m: Model, f: FeatureList, head: Category & ('defensive' | 'excuse' | 'emotional')) => {
    let scores = scoreMemo.get(f);
    if (!scores) scoreMemo.set(f, (scores = new Map()));
    let p = scores.get(head);
    if (p === undefined) scores.set(head, (p = m.probability(f, head)));
    return p;
  };
  const factsOf = (context: AnalysisContext): ReviewFacts => {
    const key = `${context.rating ?? ''}\u0000${context.review ?? ''}`;
    if (lastReview?.key !== key) lastReview = { key, facts: reviewFacts(context.review, context.rating) };
    return lastReview.facts;
  };

  // the review's main complaint, read once per review and only when a fix asks for it
  let lastTopic: { review: string; topic: string | undefined } | undefined;
  const topicOf = (context: AnalysisContext): string | undefined => {
    const review = context.review ?? '';
    if (lastTopic?.review !== review) lastTopic = { review, topic: review.trim() ? reviewTopics(review, 1)[0] : undefined };
    return lastTopic.topic;
  };
  /**
   * The flag with its one-click fix: the replacement (a rule's function of the review is called here, for
   * this flag only) and the range it stands for, re-based on the draft; advice stays only where no
   * replacement fits.
   */
  function withFix(flag: Flag, m: Pick<RuleMatch, 'suggestion' | 'replacement' | 'replaces'>, base: number, context: AnalysisContext): Flag {
    let replacement: string | undefined;
    if (typeof m.replacement === 'function') {
      try {
        replacement = m.replacement({ get topic() { return topicOf(context); }, context });
      } catch (error) {
        ruleFailed(flag.rule, error);
      }
    } else replacement = m.replacement;
    if (replacement === undefined) {
      if (m.suggestion !== undefined) flag.suggestion = m.suggestion;
      return flag;
    }
    flag.replacement = replacement;
    if (m.replaces && m.replaces.from <= flag.start - base && m.replaces.to >= flag.end - base) {
      flag.replaces = { start: base + m.replaces.from, end: base + m.replaces.to };
    }
    return flag;
  }

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
      const failed: string[] = [];
      let nonApology = false;
      for (const rule of sentenceRules) {
        const hits = p.hits.get(rule.id);
        if (rule.patterns && rule.patterns.length > 0 && !hits && !rule.always) continue;
        ctx.hits = hits ?? [];
        let found: RuleMatch[];
        try {
          found = rule.find(p.doc, ctx);
        } catch (error) {
          // one faulty rule must not take the whole analysis (and the owner's text) down, nor pass for an all-clear
          ruleFailed(rule.id, error);
          failed.push(rule.id);
          found = [];
        }
        for (const m of found) {
          if (!(m.start >= 0 && m.end > m.start && m.end <= text.length)) continue;
          flags.push({
            rule: rule.id,
            start: m.start,
            end: m.end,
            ...(m.suggestion !== undefined ? { suggestion: m.suggestion } : {}),
            ...(m.replacement !== undefined ? { replacement: m.replacement } : {}),
            ...(m.replaces ? { replaces: m.replaces } : {}),
          });
          if (rule.category === 'apology') nonApology = true;
        }
      }
      ctx.hits = [];
      const hostile = flags.some((f) => HOSTILE.has(f.rule));
      const arguing = flags.some((f) => ARGUING.has(byId.get(f.rule)!.category));
      const excusing = flags.some((f) => byId.get(f.rule)!.category === 'excuse');
      return {
        flags,
        structure: sentenceStructure(ctx, p.hits, nonApology, hostile, arguing, excusing),
        verdict: sentenceLanguage(text),
        features: sentenceFeatures(text, p.terms, positions[i]!),
        terms: p.terms,
        ...(failed.length > 0 ? { failed } : {}),
      };
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

    const sentences = sentencesOf(text);
    const language = draftLanguage(sentences.map((s) => ({ verdict: s.result.verdict, length: s.piece.text.length })));
    if (language === 'other') return languageFree(text, sentences, context, length);
    return judgeDraft(text, sentences, context, language, length);
  }

  /**
   * A draft that does not read as English: only LANGUAGE_FREE_RULES, reading characters alone. The owner's
   * choices hold as in English (rules turned off, phrases allowed, flags ignored), and so do the excuses
   * that need no language (quoted words, the business's and reviewer's names and the sign-off in capitals).
   */
  function languageFree(
    text: string,
    sentences: Array<{ piece: { text: string; start: number }; result: SentenceResult }>,
    context: AnalysisContext,
    length: Analysis['length'],
  ): Analysis {
    const on = new Set(LANGUAGE_FREE_RULES.filter((id) => !disabled.has(id) && byId.has(id)));
    // other languages' quotation marks too: « … » (French, Spanish, Russian), „ … “ (German, Polish)
    const quoted = [...quotedRanges(text), ...[...text.matchAll(/«[^»\n]{1,400}»|„[^“”\n]{1,400}[“”]/gu)].map((m): [number, number] => [m.index, m.index + m[0].length])];
    const names = ownNames(context);
    const signature = signatureStart(sentences.map((s) => s.piece));
    const failed = new Set<string>();
    let flags: Flag[] = [];
    const add = (id: string, start: number, end: number, m: Omit<RuleMatch, 'start' | 'end'>, base = 0) => {
      const rule = byId.get(id)!;
      if (!QUOTE_PROOF.has(rule.category) && inside(quoted, start, end)) return;
      const flag: Flag = { rule: id, category: rule.category, start, end, text: text.slice(start, end), message: rule.message };
      flags.push(withFix(flag, m, base, context));
    };
    for (const { piece, result } of sentences) {
      // the sentence was judged by every rule already (its language verdict comes from there): keep the
      // language-free rules' findings, less the parts of them that read English words
      for (const id of result.failed ?? []) if (on.has(id) && id !== 'shouting') failed.add(id);
      for (const f of result.flags) {
        if (!on.has(f.rule) || f.rule === 'shouting') continue;
        const words = piece.text.slice(f.start, f.end);
        if (f.rule === 'punctuation-runs' && /^[!！]{2}$/.test(words)) continue;
        if (f.rule === 'promotion' && !LINK_SHAPE.test(words)) continue;
        add(f.rule, piece.start + f.start, piece.start + f.end, f, piece.start);
      }
      if (!on.has('shouting')) continue;
      for (const m of capitalsOf(piece.text)) {
        const start = piece.start + m.start;
        const end = piece.start + m.end;
        if (start >= signature || isOwnName(text.slice(start, end), names)) continue;
        add('shouting', start, end, m, piece.start);
      }
    }
    for (const rule of draftRules) {
      if (!on.has(rule.id)) continue;
      try {
        for (const m of rule.findInDraft(text, context)) {
          if (m.start >= 0 && m.end > m.start && m.end <= text.length) add(rule.id, m.start, m.end, m);
        }
      } catch (error) {
        ruleFailed(rule.id, error);
        failed.add(rule.id);
      }
    }
    if (allowed.length > 0) flags = flags.filter((f) => !isAllowed(text, f, allowed));
    flags = dedupe(flags);
    let ignoredFlags: Flag[];
    [flags, ignoredFlags] = withoutIgnored(flags, context.ignored);
    return {
      language: 'other',
      checks: 'language-free',
      flags,
      structure: { ...EMPTY_STRUCTURE },
      heat: heatOf(flags, (id) => byId.get(id)?.severity ?? LEARNED_SEVERITY),
      length,
      ...(failed.size > 0 ? { incomplete: [...failed].sort() } : {}),
      ...(ignoredFlags.length > 0 ? { ignored: ignoredFlags } : {}),
    };
  }

  function sentencesOf(text: string): Array<{ piece: { text: string; start: number }; result: SentenceResult }> {
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

    return pieces.map((p, i) => ({ piece: p, result: results.get(keys[i]!.key)! }));
  }

  function judgeDraft(
    text: string,
    sentences: Array<{ piece: { text: string; start: number }; result: SentenceResult }>,
    context: AnalysisContext,
    language: Analysis['language'],
    length: Analysis['length'],
    learned: Model | null = model,
  ): Analysis & { features: FeatureList[]; ruleStructure: Structure } {
    const quoted = quotedRanges(text);
    const review = (context.review ?? '').toLowerCase();
    const names = ownNames(context);
    const signature = signatureStart(sentences.map((s) => s.piece));
    let flags: Flag[] = [];
    // words a rule found but the context excuses (quoted, the reviewer's own word, a name): the model must
    // not flag the same sentence for the same reason
    const excused: Array<{ at: number; category: Category }> = [];
    for (const { piece, result } of sentences) {
      for (const f of result.flags) {
        const rule = byId.get(f.rule)!;
        const start = piece.start + f.start;
        const end = piece.start + f.end;
        const excuse = () => excused.push({ at: start, category: rule.category });
        if (!QUOTE_PROOF.has(rule.category) && inside(quoted, start, end)) {
          excuse();
          continue;
        }
        // the business's own name, the reviewer's, and the sign-off block are written in capitals by habit
        if (rule.id === 'shouting' && (start >= signature || isOwnName(text.slice(start, end), names))) {
          excuse();
          continue;
        }
        // …and two capitalised words of the business's own name, or of the sign-off, are no reviewer's full name
        // ("The team at Harbour View Inn")
        if (rule.id === 'reviewer-name' && (start >= signature || isOwnName(text.slice(start, end), names))) {
          excuse();
          continue;
        }
        const flag: Flag = {
          rule: rule.id,
          category: rule.category,
          start,
          end,
          text: text.slice(start, end),
          message: rule.message,
        };
        // echoing the reviewer's own heated word ("sorry the wait felt ridiculous") is listening, not heat
        if (rule.id === 'heated-words' && review && review.includes(flag.text.toLowerCase())) {
          excuse();
          continue;
        }
        flags.push(withFix(flag, f, piece.start, context));
      }
    }
    const failed = new Set(sentences.flatMap(({ result }) => result.failed ?? []));
    for (const rule of draftRules) {
      let found: RuleMatch[];
      try {
        found = rule.findInDraft(text, context);
      } catch (error) {
        ruleFailed(rule.id, error);
        failed.add(rule.id);
        found = [];
      }
      for (const m of found) {
        if (!(m.start >= 0 && m.end > m.start && m.end <= text.length)) continue;
        const flag: Flag = { rule: rule.id, category: rule.category, start: m.start, end: m.end, text: text.slice(m.start, m.end), message: rule.message };
        flags.push(withFix(flag, m, 0, context));
      }
    }
    for (const c of custom) {
      c.re.lastIndex = 0;
      for (const m of text.matchAll(c.re)) {
        const start = m.index;
        flags.push({ rule: CUSTOM_RULE, category: c.category, start, end: start + m[0].length, text: m[0], message: c.message });
      }
    }
    // the learned model: each sentence with the review's features and the rules' findings added (the same
    // sentence answers different reviews differently, and a rule's words weigh with their surroundings)
    const facts = factsOf(context);
    const features: FeatureList[] = sentences.map(({ piece, result }) => {
      const end = piece.start + piece.text.length;
      const mine = flags.filter((fl) => fl.start >= piece.start && fl.start < end && byId.has(fl.rule));
      const signature = mine.map((fl) => `${fl.rule}@${fl.start - piece.start}`).join(',');
      // an unchanged sentence answering the same review with the same findings keeps its features (and
      // scores): a keystroke recomputes only the sentence it changed
      const memo = featureMemo.get(result);
      if (memo && memo.facts === facts && memo.signature === signature) return memo.features;
      const f: FeatureList = { ids: result.features.ids.slice(), terms: result.features.terms.slice() };
      reviewFeatures(result.terms, facts, f);
      ruleFeatures(mine, piece.start, result.terms, f);
      const list = distinct(f);
      featureMemo.set(result, { facts, signature, features: list });
      return list;
    });
    const ruleFlagged = new Set(flags.map((f) => f.category));
    if (learned) {
      try {
        flags = learnedJudgement(learned, text, sentences, features, flags, quoted, excused, signature, facts.tone !== 'unknown');
      } catch (error) {
        ruleFailed('learned-model', error);
        failed.add('learned-model');
      }
    }
    if (allowed.length > 0) flags = flags.filter((f) => !isAllowed(text, f, allowed));
    flags = removableSentences(flags, sentences);
    flags = dedupe(flags);
    // the owner's "ignore here" counts nowhere: not in the flags, the heat, nor the apology verdict
    let ignoredFlags: Flag[];
    [flags, ignoredFlags] = withoutIgnored(flags, context.ignored);

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
    const ruleStructure = { ...structure };
    const final = learned ? structureFromModel(learned, headFeatures(withFeatures(sentences, features), ruleStructure, ruleFlagged), ruleStructure) : structure;

    const heat = heatOf(flags, (id) => byId.get(id)?.severity ?? LEARNED_SEVERITY);
    return {
      language,
      flags,
      structure: final,
      heat,
      length,
      features,
      ruleStructure,
      ...(failed.size > 0 ? { incomplete: [...failed].sort() } : {}),
      ...(ignoredFlags.length > 0 ? { ignored: ignoredFlags } : {}),
    };
  }

  /**
   * Where the model and the rules meet, per sentence and category: a rule's flag stands unless the model,
   * having seen that rule misfire on real replies, finds the sentence clean (below the rule's keep
   * threshold); where no rule spoke and the model is sure enough, it flags the sentence itself.
   */
  function learnedJudgement(
    learned: Model,
    text: string,
    sentences: Array<{ piece: { text: string; start: number }; result: SentenceResult }>,
    features: FeatureList[],
    flags: Flag[],
    quoted: Array<[number, number]>,
    excused: Array<{ at: number; category: Category }>,
    signature: number,
    reviewKnown: boolean,
  ): Flag[] {
    const dropped = new Set<Flag>();
    const added: Flag[] = [];
    const canOverrule = reviewKnown;
    sentences.forEach(({ piece, result }, i) => {
      const start = piece.start;
      const end = piece.start + piece.text.length;
      for (const check of LEARNED) {
        const p = probability(learned, features[i]!, check.category);
        const mine = flags.filter((f) => f.category === check.category && f.start >= start && f.start < end);
        if (mine.length > 0) {
          // the model overrules a rule only where it can read the review the draft answers: what it learned
          // of rules misfiring (boasts to praise, "!!!" in a greeting) depends on it
          if (canOverrule) for (const f of mine) if (learned.vetoes(f.rule) && p < learned.keep(check.category)) dropped.add(f);
          if (mine.some((f) => !dropped.has(f))) continue;
        }
        if (!learnedOn.includes(check) || inside(quoted, start, end) || start >= signature) continue;
        if (excused.some((e) => e.category === check.category && e.at >= start && e.at < end)) continue;
        if (p >= learned.threshold(check.category)) added.push(learnedFlag(check, text, piece, result.terms, features[i]!, learned, p));
      }
    });
    return [...flags.filter((f) => !dropped.has(f)), ...added];
  }

  function analyseOnly(input: string, given: AnalysisContext = {}): Analysis {
    const context = settings.business && !given?.business ? { ...given, business: settings.business } : given;
    const { features: _f, ruleStructure: _r, ...analysis } = analyse(input, context) as ReturnType<typeof judgeDraft>;
    return analysis;
  }

  function inspect(text: string, context: AnalysisContext = {}): InspectedReply {
    if (typeof text !== 'string' || text.trim() === '') return { sentences: [], heads: { acknowledges: [], action: [], timescale: [], followUp: [], apology: [] }, ruleStructure: { ...EMPTY_STRUCTURE } };
    const sentences = sentencesOf(text);
    const judged = judgeDraft(text, sentences, context, 'en', { characters: text.length }, null);
    const flagged = new Set(judged.flags.map((f) => f.category));
    return {
      sentences: sentences.map(({ piece, result }, i) => {
        const end = piece.start + piece.text.length;
        return {
          start: piece.start,
          end,
          features: judged.features[i]!,
          ruleFlags: judged.flags.filter((f) => f.start >= piece.start && f.start < end).map((f) => ({ rule: f.rule, category: f.category })),
          structure: result.structure,
        };
      }),
      heads: headFeatures(withFeatures(sentences, judged.features), judged.ruleStructure, flagged),
      ruleStructure: judged.ruleStructure,
    };
  }

  return {
    analyse: analyseOnly,
    inspect,
    get sentencesParsed() {
      return sentencesParsed;
    },
  };
}


/**
 * Capitals in any cased script, with no word lists: a word of LONE_CAPITALS or more capital letters, or
 * two or more words in capitals side by side (each of two letters or more), one flag per run. Words with
 * digits are codes ("SAVE20"); scripts without case (Arabic, Chinese) never shout. The suggestion is the
 * run in lower case (the replacement), its first letter kept a capital where it opens the sentence.
 */
function capitalsOf(sentence: string): RuleMatch[] {
  const words: Array<{ start: number; end: number; letters: number }> = [];
  for (const m of sentence.matchAll(/(?<![\p{L}\p{M}\p{N}-])\p{Lu}[\p{Lu}\p{M}'’-]*(?<![’'-])(?![\p{L}\p{M}\p{N}])/gu)) {
    const letters = m[0].replace(/[^\p{L}]/gu, '').length;
    if (letters >= 2) words.push({ start: m.index, end: m.index + m[0].length, letters });
  }
  const runs: Array<{ start: number; end: number; words: number; longest: number }> = [];
  for (const w of words) {
    const last = runs[runs.length - 1];
    if (last && /^[\s,.!?¡¿:;-]{1,3}$/u.test(sentence.slice(last.end, w.start))) {
      last.end = w.end;
      last.words++;
      last.longest = Math.max(last.longest, w.letters);
    } else runs.push({ start: w.start, end: w.end, words: 1, longest: w.letters });
  }
  return runs
    .filter((r) => r.words >= 2 || r.longest >= LONE_CAPITALS)
    .map((r) => {
      const lower = sentence.slice(r.start, r.end).toLocaleLowerCase();
      const opens = !/[\p{L}\p{N}]/u.test(sentence.slice(0, r.start));
      return { start: r.start, end: r.end, replacement: opens ? lower.replace(/\p{L}/u, (c) => c.toLocaleUpperCase()) : lower };
    });
}

const SIGN_OFF = /^(warm(est)?|kind(est)?|best|with|many|yours)?\s*(regards|wishes|sincerely|thanks|cheers|truly|faithfully)\b[\s,.!]*$|^(regards|sincerely|yours (truly|sincerely|faithfully)|best wishes|warm regards|kind regards|thanks and regards)\b/i;

/** Where the sign-off block starts ("Warm regards," and the lines after it), or the end of the draft. */
function signatureStart(pieces: Array<{ text: string; start: number }>): number {
  for (let i = Math.max(0, pieces.length - 6); i < pieces.length; i++) {
    if (SIGN_OFF.test(pieces[i]!.text.trim())) return pieces[i]!.start;
  }
  return Number.POSITIVE_INFINITY;
}

/** Words of the business's own name and of the reviewer's, lower case. */
function ownNames(context: AnalysisContext): Set<string> {
  const out = new Set<string>();
  for (const name of [context.business, context.reviewer]) {
    for (const w of (name ?? '').toLowerCase().match(/[\p{L}\p{N}&'’-]+/gu) ?? []) out.add(w);
  }
  return out;
}

function isOwnName(words: string, names: Set<string>): boolean {
  if (names.size === 0) return false;
  const parts = words.toLowerCase().match(/[\p{L}\p{N}&'’-]+/gu) ?? [];
  return parts.length > 0 && parts.every((w) => names.has(w));
}

function withFeatures(sentences: Array<{ piece: { text: string }; result: { structure: SentenceStructure } }>, features: FeatureList[]) {
  return sentences.map((s, i) => ({ text: s.piece.text, features: features[i]!, structure: s.result.structure }));
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

/**
 * A sentence the learned model flags names no words a rule could rewrite, but when it carries nothing
 * the reply needs (no thanks or acknowledgement, apology, action or follow-up) and the reply has other
 * sentences, taking it out is the honest one-click fix: it is the argument, the excuse or the heat.
 */
function removableSentences(flags: Flag[], sentences: Array<{ piece: { start: number; text: string }; result: SentenceResult }>): Flag[] {
  if (sentences.length < 2 || !flags.some((f) => f.confidence !== undefined)) return flags;
  return flags.map((f) => {
    if (f.confidence === undefined || f.replacement !== undefined) return f;
    const at = sentences.find(({ piece }) => piece.start === f.start);
    if (!at) return f;
    const s = at.result.structure;
    if (s.acknowledge || s.apology || s.action || s.timescale || s.followUp) return f;
    return { ...f, replacement: '' };
  });
}
