/**
 * The labelled real corpus: reply and review texts read at run time from ../shared/corpus (never copied
 * into this repository), joined by id with the labels committed in test/fixtures/corpus-real/.
 * Used by `npm run train`, `npm run eval` and the floors test. Each label carries the first 12 hex of
 * the sha256 of its reply, so a rebuilt corpus file that changed a reply is caught, not mislabelled.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROBLEMS as PROBLEM_CATEGORIES, type LabelledReply } from '../lib/analysis/evaluate';
import type { Category, Structure } from '../lib/analysis/types';

export const REAL_CORPUS = process.env.CALM_REPLY_REAL_CORPUS ?? join(process.cwd(), '../shared/corpus/real-replies.jsonl');
export const LABELS_DIR = join(process.cwd(), 'test/fixtures/corpus-real');

export type Split = 'train' | 'validation' | 'test';
export type ProblemCategory = 'defensive' | 'excuse' | 'emotional';
export const PROBLEMS: ProblemCategory[] = ['defensive', 'excuse', 'emotional'];

export interface RealLabel {
  id: string;
  sha: string;
  split: Split;
  defensive: boolean;
  excuse: boolean;
  emotional: boolean;
  apology: Structure['apology'];
  acknowledges: boolean;
  action: boolean;
  timescale: boolean;
  followUp: boolean;
  personalInfo: boolean;
  /** Sentences (by the analyser's splitter, index i) that carry a category, and the words' offsets in the reply. */
  sentences: Array<{ i: number; category: ProblemCategory; start: number; end: number }>;
}

export interface RealReply {
  id: string;
  domain: string;
  platform: string;
  business: string | null;
  rating: number | null;
  review: string;
  reply: string;
}

export interface LabelledRealReply extends RealReply {
  label: RealLabel;
  /** The business the split keeps whole: a property, an app, or a single zurich- reply. */
  group: string;
}

export const sha12 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12);

export function groupOf(r: { id: string; business: string | null }): string {
  const source = r.id.split('-')[0]!;
  if (source === 'tripin') return `tripin:${r.business ?? r.id}`;
  if (source === 'zurich') return `zurich:${r.id}`;
  return source; // fennec and getgo are one app each
}

export function readRealCorpus(path = REAL_CORPUS): RealReply[] | null {
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as RealReply);
}

export function readLabels(file = join(LABELS_DIR, 'labels.jsonl')): RealLabel[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as RealLabel);
}

/**
 * The labelled replies, or null (with the reason) when ../shared/corpus is not beside this checkout.
 * A label whose hash no longer matches its reply is an error: the corpus changed under the labels.
 */
export function loadLabelledReal(splits?: Split[]): { replies: LabelledRealReply[] } | { missing: string } {
  const corpus = readRealCorpus();
  if (!corpus) return { missing: `the real-reply corpus is not at ${REAL_CORPUS} (it lives beside the repository in this workspace, not in it)` };
  const byId = new Map(corpus.map((r) => [r.id, r]));
  const out: LabelledRealReply[] = [];
  for (const label of readLabels()) {
    if (splits && !splits.includes(label.split)) continue;
    const r = byId.get(label.id);
    if (!r) throw new Error(`Label ${label.id} has no reply in ${REAL_CORPUS}`);
    if (sha12(r.reply) !== label.sha) throw new Error(`Reply ${label.id} changed since it was labelled (hash ${sha12(r.reply)}, label ${label.sha})`);
    out.push({ ...r, label, group: groupOf(r) });
  }
  return { replies: out };
}

/** A labelled real reply in the shape the evaluator reads (a non-apology counts as the apology category). */
export function asLabelled(r: LabelledRealReply): LabelledReply {
  const categories: Category[] = PROBLEM_CATEGORIES.filter((c) => r.label[c as 'defensive' | 'excuse' | 'emotional']);
  if (r.label.apology === 'non-apology') categories.push('apology');
  return {
    id: r.id,
    domain: r.domain,
    text: r.reply,
    review: r.review,
    platform: r.platform,
    ...(r.rating !== null ? { rating: r.rating } : {}),
    categories,
    structure: { acknowledge: r.label.acknowledges, apology: r.label.apology, action: r.label.action, timescale: r.label.timescale, followUp: r.label.followUp },
  };
}

