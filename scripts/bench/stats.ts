/** Median and 95th percentile over repeated runs, the way every bench table reports a figure. */
export interface Summary {
  median: number;
  p95: number;
  runs: number;
}

export function summarise(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95), runs: sorted.length };
}

/** Times fn `runs` times after `warmup` untimed calls; milliseconds per call. */
export function timeSync(fn: () => unknown, runs: number, warmup = Math.min(5, runs)): Summary {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return summarise(samples);
}

export async function timeAsync(fn: () => Promise<unknown>, runs: number, warmup = Math.min(3, runs)): Promise<Summary> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return summarise(samples);
}

export const ms = (n: number) => (n < 1 ? n.toFixed(3) : n < 10 ? n.toFixed(2) : n.toFixed(1));
export const fmt = (s: Summary) => `${ms(s.median)} / ${ms(s.p95)}`;
export const ratio = (a: number, b: number) => (b === 0 ? '∞' : `${(a / b).toFixed(2)}×`);
