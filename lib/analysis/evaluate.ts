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

export interface Evaluation {
  replies: number;
  categories: Record<Category, CategoryScore>;
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

export function evaluate(analyzer: Analyzer, corpus: LabelledReply[]): Evaluation {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<Category, { tp: number; fp: number; fn: number }>;
  const agree = Object.fromEntries(STRUCTURE_FIELDS.map((f) => [f, 0])) as Record<(typeof STRUCTURE_FIELDS)[number], number>;
  const misses: Miss[] = [];
  for (const reply of corpus) {
    const analysis: Analysis = analyzer.analyse(reply.text, { review: reply.review, platform: reply.platform });
    const predicted = new Set(analysis.flags.map((f) => f.category));
    const labelled = new Set(reply.categories);
    for (const c of CATEGORIES) {
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
  const categories = Object.fromEntries(
    CATEGORIES.map((c) => {
      const { tp, fp, fn } = counts[c];
      const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
      const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
      const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
      return [c, { tp, fp, fn, precision, recall, f1 }];
    }),
  ) as Record<Category, CategoryScore>;
  const n = Math.max(1, corpus.length);
  const structure = Object.fromEntries(STRUCTURE_FIELDS.map((f) => [f, agree[f] / n])) as Evaluation['structure'];
  return { replies: corpus.length, categories, structure, misses };
}
