/**
 * npm run bench — analysis speed against a bare compromise parse of the same text, in the same run.
 * For drafts of 200 … 20,000 characters (built from the labelled corpus, so they read like replies):
 *   cold:      a fresh analyser's first analysis (empty sentence cache)
 *   keystroke: re-analysis after one character typed in the middle (warm cache, the incremental path)
 * Each figure is the median of several runs. Also times a 100,000-character draft once.
 * Options: --json (machine-readable), --quick (fewer runs).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { createAnalyzer } from '../lib/analysis/index';

const quick = process.argv.includes('--quick');
const SIZES = [200, 500, 1000, 2000, 5000, 20000];

function corpusText(): string {
  const lines = readFileSync(join(process.cwd(), 'test/fixtures/corpus/replies.jsonl'), 'utf8').split('\n').filter(Boolean);
  return lines.map((l) => (JSON.parse(l) as { text: string }).text).join('\n\n');
}

function draft(source: string, size: number): string {
  let text = '';
  while (text.length < size) text += source;
  // cut at a word boundary so the draft ends like a real one
  const cut = text.lastIndexOf(' ', size);
  return text.slice(0, cut > size * 0.9 ? cut : size);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

const source = corpusText();
// warm the JIT on everything involved before measuring
for (let i = 0; i < 3; i++) {
  nlp(draft(source, 2000));
  createAnalyzer().analyse(draft(source, 2000));
}

interface Row {
  size: number;
  bare: number;
  cold: number;
  keystroke: number;
  coldRatio: number;
  keystrokeRatio: number;
}
const rows: Row[] = [];
for (const size of SIZES) {
  const text = draft(source, size);
  const runs = quick ? 3 : size >= 5000 ? 7 : 15;
  const bare: number[] = [];
  const cold: number[] = [];
  for (let r = 0; r < runs; r++) {
    // interleave so both see the same machine load
    bare.push(time(() => nlp(text)));
    const analyzer = createAnalyzer();
    cold.push(time(() => analyzer.analyse(text)));
  }
  // typing in the middle: each keystroke adds one letter at the cursor
  const analyzer = createAnalyzer();
  analyzer.analyse(text);
  let current = text;
  const mid = Math.floor(text.length / 2);
  const keystroke: number[] = [];
  const keys = quick ? 10 : 40;
  for (let k = 0; k < keys; k++) {
    const at = mid + k;
    current = current.slice(0, at) + 'abcdefghijklmnopqrstuvwxyz'[k % 26] + current.slice(at);
    const next = current;
    keystroke.push(time(() => analyzer.analyse(next)));
  }
  const b = median(bare);
  rows.push({ size: text.length, bare: b, cold: median(cold), keystroke: median(keystroke), coldRatio: median(cold) / b, keystrokeRatio: median(keystroke) / b });
}

const big = draft(source, 100_000);
const bigMs = time(() => createAnalyzer().analyse(big));
const bigKey = (() => {
  const a = createAnalyzer();
  a.analyse(big);
  const at = Math.floor(big.length / 2);
  return time(() => a.analyse(`${big.slice(0, at)}x${big.slice(at)}`));
})();

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ rows, big: { size: big.length, cold: bigMs, keystroke: bigKey } }, null, 2));
} else {
  console.log('chars   bare parse   cold analysis  (ratio)   keystroke  (ratio)   targets: cold ≤ 1.3×, keystroke ≤ 0.167×');
  for (const r of rows) {
    console.log(
      `${String(r.size).padStart(6)}  ${r.bare.toFixed(2).padStart(8)} ms  ${r.cold.toFixed(2).padStart(9)} ms  (${r.coldRatio.toFixed(2)}×)  ${r.keystroke.toFixed(2).padStart(7)} ms  (${r.keystrokeRatio.toFixed(3)}×)`,
    );
  }
  console.log(`\n100,000 characters: cold ${bigMs.toFixed(0)} ms, one keystroke ${bigKey.toFixed(1)} ms`);
}
