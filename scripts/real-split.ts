/**
 * Train / validation / test by business, never by reply: templates and house style repeat inside a
 * property or an app, so a random split of replies would overstate how well anything generalises.
 * Deterministic: groups in the order of a hash of their name, each to the split furthest below its
 * share (train 58 %, validation 15 %, test 27 %). The two apps are one group each: Firefox's support
 * replies train (the larger), the car-sharing app's are tested, so the test split holds an app no
 * training reply came from.
 */
import { createHash } from 'node:crypto';
import type { Split } from './real-corpus';

const SHARE: Record<Split, number> = { train: 0.58, validation: 0.15, test: 0.27 };
const FIXED: Record<string, Split> = { fennec: 'train', getgo: 'test' };

export function assignSplits(groups: Map<string, number>): Map<string, Split> {
  const total = [...groups.values()].reduce((a, b) => a + b, 0);
  const have: Record<Split, number> = { train: 0, validation: 0, test: 0 };
  const out = new Map<string, Split>();
  for (const [g, n] of groups) {
    const fixed = FIXED[g];
    if (fixed) {
      out.set(g, fixed);
      have[fixed] += n;
    }
  }
  const order = [...groups.keys()]
    .filter((g) => !FIXED[g])
    .map((g) => ({ g, h: createHash('sha256').update(g).digest('hex') }))
    .sort((a, b) => (a.h < b.h ? -1 : 1));
  for (const { g } of order) {
    const n = groups.get(g)!;
    const split = (Object.keys(SHARE) as Split[]).sort((a, b) => (have[a] - SHARE[a] * total) / SHARE[a] - (have[b] - SHARE[b] * total) / SHARE[b])[0]!;
    out.set(g, split);
    have[split] += n;
  }
  return out;
}
