/**
 * Scores the analyser against a labelled corpus (test/fixtures/corpus): per-category precision,
 * recall and F1 at reply level, and agreement on each structure field. Pure: the caller reads files.
 */
import type { Analyzer } from './index';
import type { Analysis, Category, Structure } from './types';

export interface LabelledReply {
  id: string;
  domain?: string;
  text: string;
  review?: string;
  platform?: string;
  rating?: number;
  business?: string;
  categories: Category[];
  structure: Structure;
}

export const CATEGORIES: Category[] = ['defensive', 'excuse', 'emotional', 'apology', 'policy'];
export const STRUCTURE_FIELDS = ['acknowledge', 'apology', 'action', 'timescale', 'followUp'] as const;

export interface CategoryScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Miss {
  id: string;
  kind: 'false-positive' | 'false-negative' | 'structure';
  what: string;
  /** For false positives: the flags behind the wrong category. */
  detail: string;
  text: string;
}

export type ApologyKind = Structure['apology'];
export const APOLOGY_KINDS: ApologyKind[] = ['sincere', 'non-apology', 'none'];
/** The three problem categories: a reply labelled with none of them is clean. */
export const PROBLEMS: Category[] = ['defensive', 'excuse', 'emotional'];

export interface Evaluation {
  replies: number;
  categories: Record<Category, CategoryScore>;
  /** Clean replies (no problem category labelled) that got a defensive, excuse or emotional flag. */
  falseFlags: { clean: number; flagged: number; rate: number };
  /** confusion[labelled][predicted] of the apology kind. */
  apologyConfusion: Record<ApologyKind, Record<ApologyKind, number>>;
  /** Share of replies (0–1) where the field agrees with the label. */
  structure: Record<(typeof STRUCTURE_FIELDS)[number], number>;
  misses: Miss[];
}

export function parseCorpus(jsonl: string, source = 'corpus'): LabelledReply[] {
  const out: LabelledReply[] = [];
  jsonl.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    try {
      out.push(JSON.parse(line) as LabelledReply);
    } catch {
      throw new Error(`${source}:${i + 1} is not valid JSON`);
    }
  });
  return out;
}

export function evaluate(analyzer: Analyzer, corpus: LabelledReply[], only: Category[] = CATEGORIES): Evaluation {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<Category, { tp: number; fp: number; fn: number }>;
  const agree = Object.fromEntries(STRUCTURE_FIELDS.map((f) => [f, 0])) as Record<(typeof STRUCTURE_FIELDS)[number], number>;
  const misses: Miss[] = [];
  const falseFlags = { clean: 0, flagged: 0, rate: 0 };
  const apologyConfusion = Object.fromEntries(APOLOGY_KINDS.map((k) => [k, Object.fromEntries(APOLOGY_KINDS.map((j) => [j, 0]))])) as Evaluation['apologyConfusion'];
  for (const reply of corpus) {
    const context = { review: reply.review, platform: reply.platform, rating: reply.rating, business: reply.business };
    const analysis: Analysis = analyzer.analyse(reply.text, context);
    const predicted = new Set(analysis.flags.map((f) => f.category));
    const labelled = new Set(reply.categories);
    if (!PROBLEMS.some((c) => labelled.has(c))) {
      falseFlags.clean++;
      if (PROBLEMS.some((c) => predicted.has(c))) falseFlags.flagged++;
    }
    apologyConfusion[reply.structure.apology][analysis.structure.apology]++;
    for (const c of only) {
      const p = predicted.has(c);
      const l = labelled.has(c);
      if (p && l) counts[c].tp++;
      else if (p) {
        counts[c].fp++;
        const why = analysis.flags.filter((f) => f.category === c).map((f) => `${f.rule}: "${f.text}"`).join('; ');
        misses.push({ id: reply.id, kind: 'false-positive', what: c, detail: why, text: reply.text });
      } else if (l) {
        counts[c].fn++;
        misses.push({ id: reply.id, kind: 'false-negative', what: c, detail: '', text: reply.text });
      }
    }
    for (const f of STRUCTURE_FIELDS) {
      if (analysis.structure[f] === reply.structure[f]) agree[f]++;
      else
        misses.push({
          id: reply.id,
          kind: 'structure',
          what: f,
          detail: `got ${String(analysis.structure[f])}, labelled ${String(reply.structure[f])}`,
          text: reply.text,
        });
    }
  }
  falseFlags.rate = falseFlags.clean === 0 ? 0 : falseFlags.flagged / falseFlags.clean;
  const categories = Object.fromEntries(
    only.map((c) => {
      const { tp, fp, fn } = counts[c];
      const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
      const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
      const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
      return [c, { tp, fp, fn, precision, recall, f1 }];
    }),
  ) as Record<Category, CategoryScore>;
  const n = Math.max(1, corpus.length);
  const structure = Object.fromEntries(STRUCTURE_FIELDS.map((f) => [f, agree[f] / n])) as Evaluation['structure'];
  return { replies: corpus.length, categories, falseFlags, apologyConfusion, structure, misses };
}
