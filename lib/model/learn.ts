/**
 * Logistic regression for the learned model's heads, pure and deterministic: a seeded shuffle and the same
 * arithmetic in the same order, so the same examples give the same weights on every machine.
 * Used by scripts/train.ts; kept in lib/ so its behaviour is unit-tested.
 */
import { DIMENSION } from './features';
import { sigmoid } from './index';

export interface Example {
  ids: number[];
  y: boolean;
  /** The business the example came from (a feature must be seen in more than one to be learned). */
  group: string;
}

export interface TrainOptions {
  l2: number;
  epochs: number;
  positiveWeight: number;
  minGroups: number;
}

/** The seed every training run starts from. */
export const SEED = 20261205;

/** Seeded LCG, so the shuffle is the same on every machine. */
export function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}


/** Features seen in fewer than `minGroups` businesses are dropped: they name a property, not a way of writing. */
export function vocabulary(examples: Example[], minGroups: number): Set<number> {
  const groups = new Map<number, Set<string>>();
  for (const e of examples) for (const id of e.ids) (groups.get(id) ?? groups.set(id, new Set()).get(id)!).add(e.group);
  const keep = new Set<number>();
  for (const [id, g] of groups) if (g.size >= minGroups) keep.add(id);
  return keep;
}

/** Logistic regression by AdaGrad with L2, one pass per epoch in a seeded order. Dense arrays over the hash space: fast and exact. */
export function trainHead(examples: Example[], o: TrainOptions, vocab: Set<number>): { w: Map<number, number>; bias: number } {
  const w = new Float64Array(DIMENSION);
  const g2 = new Float64Array(DIMENSION).fill(1e-8);
  const rows = examples.map((e) => Int32Array.from(e.ids.filter((id) => vocab.has(id))));
  let bias = 0;
  let biasG2 = 1e-8;
  const rate = 0.5;
  const order = examples.map((_, i) => i);
  const random = rng(SEED);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const ids = rows[k]!;
      let z = bias;
      for (let n = 0; n < ids.length; n++) z += w[ids[n]!]!;
      const y = examples[k]!.y;
      const grad = (sigmoid(z) - (y ? 1 : 0)) * (y ? o.positiveWeight : 1);
      biasG2 += grad * grad;
      bias -= (rate * grad) / Math.sqrt(biasG2);
      for (let n = 0; n < ids.length; n++) {
        const id = ids[n]!;
        const g = grad + o.l2 * w[id]!;
        g2[id] = g2[id]! + g * g;
        w[id] = w[id]! - (rate * g) / Math.sqrt(g2[id]!);
      }
    }
  }
  const out = new Map<number, number>();
  for (const id of vocab) if (w[id] !== 0) out.set(id, w[id]!);
  return { w: out, bias };
}

