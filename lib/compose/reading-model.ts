/**
 * The review reader's learned decisions: logistic heads over the hashed features of reading-features.ts,
 * trained by `npm run train:reading` (scripts/train-reading.ts) on the dev split of the labelled reviews
 * and committed in reading-weights.json (ids and weights only, never words).
 *
 * Heads: aspect (is this candidate something the reviewer judged), negative (its polarity), main (which
 * negative aspect is the main complaint), and one per kind (praise, mixed, complaint, hostile; the
 * highest wins).
 */
import weights from './reading-weights.json';
import { sigmoid } from './reading-features';

/** Hostile stays with the rules (too few labelled to learn); the learned heads choose among these. */
export const KIND_HEADS = ['praise', 'mixed', 'complaint'] as const;
export type ReadingHead = 'aspect' | 'negative' | 'main' | (typeof KIND_HEADS)[number];

export interface HeadWeights {
  bias: number;
  /** Feature id → weight (ids as decimal strings). */
  w: Record<string, number>;
}

export interface ReadingWeightsFile {
  format: 1;
  dimension: number;
  trainedOn: Record<string, unknown>;
  /** P(aspect) at or above this names the candidate. */
  threshold: number;
  /** What the hand-built rules named is kept at or above this. */
  floor?: number;
  /** The main complaint is chosen among likely complaints at or above this P(aspect), named or not. */
  mainPool?: number;
  /** …and at or above this P(negative): a complaint the polarity head was unsure of can still be the main one. */
  mainNegative?: number;
  heads: Partial<Record<ReadingHead, HeadWeights>>;
}

export interface ReadingModel {
  has(head: ReadingHead): boolean;
  logit(ids: number[], head: ReadingHead): number;
  probability(ids: number[], head: ReadingHead): number;
  threshold: number;
  floor: number;
  mainPool: number;
  mainNegative: number;
}

export function loadReadingModel(file: ReadingWeightsFile): ReadingModel {
  const heads = new Map<ReadingHead, { bias: number; w: Map<number, number> }>();
  for (const [name, h] of Object.entries(file.heads ?? {}) as Array<[ReadingHead, HeadWeights]>) {
    heads.set(name, { bias: h.bias, w: new Map(Object.entries(h.w).map(([k, v]) => [Number(k), v])) });
  }
  const logit = (ids: number[], head: ReadingHead) => {
    const h = heads.get(head);
    if (!h) return 0;
    let z = h.bias;
    for (const id of ids) z += h.w.get(id) ?? 0;
    return z;
  };
  return {
    has: (head) => heads.has(head),
    logit,
    probability: (ids, head) => sigmoid(logit(ids, head)),
    threshold: typeof file.threshold === 'number' ? file.threshold : 0.5,
    floor: typeof file.floor === 'number' ? file.floor : typeof file.threshold === 'number' ? file.threshold : 0.5,
    mainPool: typeof file.mainPool === 'number' ? file.mainPool : typeof file.threshold === 'number' ? file.threshold : 0.5,
    mainNegative: typeof file.mainNegative === 'number' ? file.mainNegative : 0.5,
  };
}

let bundled: ReadingModel | undefined;

/** The committed weights, or undefined when the file has no aspect head yet (the rules alone then read). */
export function bundledReadingModel(): ReadingModel | undefined {
  bundled ??= loadReadingModel(weights as unknown as ReadingWeightsFile);
  return bundled.has('aspect') ? bundled : undefined;
}
