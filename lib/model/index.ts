/**
 * The learned sentence model: logistic regression heads over hashed features (features.ts), weights
 * trained by `npm run train` (scripts/train.ts) from the labelled real replies and committed in
 * weights.json. Sentence heads score each sentence for defensive, excuse and emotional wording; reply
 * heads score the structure fields (acknowledges, action, timescale, follow-up, whether it apologises) from the
 * whole reply's features plus what the rules found.
 *
 * Pure: runs in Node, the background and the panel. Never imported by the content script.
 */
import type { FeatureList } from './features';

export const SENTENCE_HEADS = ['defensive', 'excuse', 'emotional'] as const;
export const REPLY_HEADS = ['acknowledges', 'action', 'timescale', 'followUp', 'apology'] as const;
export type SentenceHead = (typeof SENTENCE_HEADS)[number];
export type ReplyHead = (typeof REPLY_HEADS)[number];
export type Head = SentenceHead | ReplyHead;

/** The committed file's shape. Keys and values are little-endian arrays in base64 to keep it small. */
export interface WeightsFile {
  format: 1;
  dimension: number;
  /** What the weights were trained from, so a change of labels shows in the diff. */
  trainedOn: { labels: string; replies: number; sentences: number; seed: number; options: Record<string, unknown> };
  /** threshold: where the head flags by itself; keep: below it, a vetoable rule's flag in the sentence is dropped. */
  heads: Array<{ name: Head; bias: number; threshold: number; keep?: number; scale: number }>;
  /** Rules seen often enough in training for the model to overrule them; any other rule's flag always stands. */
  vetoes: string[];
  /** Uint32 feature ids, ascending. */
  keys: string;
  /** Int16 quantised weights, heads interleaved: value(key k, head h) = values[k * heads + h] / scale(h). */
  values: string;
}

export interface Model {
  heads: readonly Head[];
  /** Log-odds of one head for one feature list. */
  logit(features: FeatureList | number[], head: Head): number;
  /** Probability (0–1) of one head. */
  probability(features: FeatureList | number[], head: Head): number;
  threshold(head: Head): number;
  keep(head: Head): number;
  vetoes(rule: string): boolean;
  /** Sum of weights per term for one head (index = term index), for naming the words that weighed most. */
  termWeights(features: FeatureList, head: Head, terms: number): Float64Array;
}

function fromBase64(b64: string): Uint8Array {
  if (typeof atob === 'function') {
    const bin = atob(b64);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }
  return new Uint8Array(Buffer.from(b64, 'base64'));
}

export function toBase64(bytes: Uint8Array): string {
  if (typeof Buffer !== 'undefined') return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  let bin = '';
  for (let i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i]!);
  return btoa(bin);
}

export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export function loadModel(file: WeightsFile): Model {
  const heads = file.heads.map((h) => h.name);
  const n = heads.length;
  const keyBytes = fromBase64(file.keys);
  const valueBytes = fromBase64(file.values);
  const keys = new DataView(keyBytes.buffer, keyBytes.byteOffset, keyBytes.byteLength);
  const vals = new DataView(valueBytes.buffer, valueBytes.byteOffset, valueBytes.byteLength);
  const count = keyBytes.byteLength / 4;
  // one row of n weights per feature id; Map lookups are the whole cost of scoring
  const rows = new Map<number, number>();
  const weights = new Float32Array(count * n);
  for (let k = 0; k < count; k++) {
    rows.set(keys.getUint32(k * 4, true), k * n);
    for (let h = 0; h < n; h++) weights[k * n + h] = vals.getInt16((k * n + h) * 2, true) / file.heads[h]!.scale;
  }
  const index = new Map(heads.map((h, i) => [h, i]));
  const bias = file.heads.map((h) => h.bias);
  const thresholds = file.heads.map((h) => h.threshold);
  const keeps = file.heads.map((h) => h.keep ?? 0);
  const vetoable = new Set(file.vetoes ?? []);
  const col = (head: Head) => {
    const i = index.get(head);
    if (i === undefined) throw new Error(`The model has no head "${head}"`);
    return i;
  };
  const logit = (features: FeatureList | number[], head: Head) => {
    const h = col(head);
    const ids = Array.isArray(features) ? features : features.ids;
    let z = bias[h]!;
    for (const id of ids) {
      const row = rows.get(id);
      if (row !== undefined) z += weights[row + h]!;
    }
    return z;
  };
  return {
    heads,
    logit,
    probability: (features, head) => sigmoid(logit(features, head)),
    threshold: (head) => thresholds[col(head)]!,
    keep: (head) => keeps[col(head)]!,
    vetoes: (rule) => vetoable.has(rule),
    termWeights(features, head, terms) {
      const h = col(head);
      const out = new Float64Array(terms);
      features.ids.forEach((id, i) => {
        const t = features.terms[i]!;
        const row = rows.get(id);
        if (t >= 0 && t < terms && row !== undefined) out[t] = out[t]! + weights[row + h]!;
      });
      return out;
    },
  };
}

export interface TrainedHead {
  name: Head;
  bias: number;
  threshold: number;
  keep?: number;
  /** Feature id → weight; weights under 0.001 are dropped. */
  weights: Map<number, number>;
}

/** The committed file from trained heads: one row per feature any head uses, int16 per head. */
export function encodeWeights(heads: TrainedHead[], meta: Pick<WeightsFile, 'trainedOn' | 'vetoes' | 'dimension'>): WeightsFile {
  const keys = [...new Set(heads.flatMap((h) => [...h.weights].filter(([, v]) => Math.abs(v) >= 1e-3).map(([k]) => k)))].sort((a, b) => a - b);
  // scales rounded before use, so what is decoded is exactly what was encoded
  const scales = heads.map((h) => Math.floor((32767 / Math.max(1e-6, ...[...h.weights.values()].map(Math.abs))) * 1000) / 1000);
  const keyBytes = new Uint8Array(keys.length * 4);
  const valueBytes = new Uint8Array(keys.length * heads.length * 2);
  const kv = new DataView(keyBytes.buffer);
  const vv = new DataView(valueBytes.buffer);
  keys.forEach((k, i) => {
    kv.setUint32(i * 4, k, true);
    heads.forEach((h, j) => vv.setInt16((i * heads.length + j) * 2, Math.max(-32767, Math.min(32767, Math.round((h.weights.get(k) ?? 0) * scales[j]!))), true));
  });
  return {
    format: 1,
    ...meta,
    heads: heads.map((h, j) => ({
      name: h.name,
      bias: Math.round(h.bias * 1e6) / 1e6,
      threshold: Math.round(h.threshold * 1000) / 1000,
      ...(h.keep !== undefined ? { keep: h.keep } : {}),
      scale: scales[j]!,
    })),
    keys: toBase64(keyBytes),
    values: toBase64(valueBytes),
  };
}
