/**
 * Analysis speed against a bare compromise parse of the same text, measured in the same run, for
 * drafts of 200 … 20,000 characters built from the corpus's owner replies:
 *   new        building an analyser (once per reply box, and again when settings change)
 *   cold       a fresh analyser's first analysis (empty sentence cache)
 *   keystroke  one character typed into a warm analyser's draft, each run at another place
 *   clause     a 78-character clause typed mid-sentence, one keystroke per run: the sentence being
 *              typed grows to about twice the corpus's average, so this is the heavy case
 *   paste      a new 300-character paragraph pasted mid-draft into a warm analyser
 * Every figure is median / p95 over repeated runs; ratios are medians over the median of a bare
 * parse by compromise as shipped. Also: memory one analyser holds after 1,000 edits, and a
 * 100,000-character draft.
 */
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { createAnalyzer } from '../../lib/analysis';
import { withCompromiseMatchers } from '../../lib/analysis/compromise-speedups';
import { fmt, ms, summarise, timeSync, type Summary } from './stats';

const SIZES = [200, 500, 1000, 2000, 5000, 20000];

function replies(): string[] {
  return readFileSync('test/fixtures/corpus/replies.jsonl', 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

/** A draft of about `size` characters: consecutive replies from `from`, cut at a word boundary. */
function draftOf(texts: string[], size: number, from = 0): string {
  let text = '';
  for (let i = from; text.length < size; i++) text += `${texts[i % texts.length]}\n\n`;
  const cut = text.lastIndexOf(' ', size);
  return text.slice(0, cut > size * 0.9 ? cut : size);
}

const gc = (globalThis as { gc?: () => void }).gc;
function heapAfterGc(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

export interface AnalysisRow {
  characters: number;
  bare: Summary;
  /** the same parse with the analyser's faster matchers in place */
  bareFast: Summary;
  build: Summary;
  cold: Summary;
  keystroke: Summary;
  clause: Summary;
  paste: Summary;
}

export function benchAnalysis(quick = false): AnalysisRow[] {
  const texts = replies();
  // Warm the JIT on every path first, as a service worker in use is: a few cold analyses, then
  // 400 keystrokes typed into a draft no measured run uses.
  for (let i = 0; i < 3; i++) createAnalyzer().analyse(draftOf(texts, 2000, i * 10));
  typeInto(createAnalyzer(), draftOf(texts, 800, 301), 400);

  const rows: AnalysisRow[] = [];
  for (const size of SIZES) {
    const runs = quick ? 5 : size >= 5000 ? 9 : 25;
    // Each run takes a different stretch of the corpus, so no run re-reads another's sentences.
    let from = 0;
    const nextDraft = () => draftOf(texts, size, (from += 37));
    // compromise as shipped: the analyser swaps in faster matchers (same tags), which would
    // otherwise speed up the baseline too
    const bare = withCompromiseMatchers(() => timeSync(() => nlp(nextDraft()), runs, 1));
    const bareFast = timeSync(() => nlp(nextDraft()), runs, 1);
    const build = timeSync(() => createAnalyzer(), runs, 1);
    const cold = summarise(
      Array.from({ length: runs }, () => {
        const analyzer = createAnalyzer();
        const text = nextDraft();
        const t = performance.now();
        analyzer.analyse(text);
        return performance.now() - t;
      }),
    );

    const base = draftOf(texts, size, 3);
    const typist = createAnalyzer();
    typist.analyse(base);
    const keystrokes = quick ? 20 : 60;
    let k = 0;
    const keystroke = timeSync(() => {
      // every run a different place and letter, so no run repeats another's text
      const at = base.indexOf(' ', Math.floor((base.length * (k + 1)) / (keystrokes + 1))) + 1;
      const letter = 'etaoinshrdlucmfwypvbgkjqxz'[k++ % 26];
      return typist.analyse(`${base.slice(0, at)}${letter}${base.slice(at)}`);
    }, keystrokes, 0);

    const mid = base.indexOf(' ', base.length >> 1) + 1;
    const typing = 'and I will personally make sure the team hears about this before the weekend ';
    const writer = createAnalyzer();
    writer.analyse(base);
    let c = 0;
    const clause = timeSync(() => writer.analyse(`${base.slice(0, mid)}${typing.slice(0, (c++ % typing.length) + 1)}${base.slice(mid)}`), keystrokes, 0);

    const paster = createAnalyzer();
    paster.analyse(base);
    let p = 100;
    const paste = timeSync(() => paster.analyse(`${base.slice(0, mid)}${draftOf(texts, 300, (p += 11))} ${base.slice(mid)}`), quick ? 5 : 15, 0);
    rows.push({ characters: base.length, bare, bareFast, build, cold, keystroke, clause, paste });
  }
  return rows;
}

/** Types `count` characters of other replies into the middle of `base`, one analysis per keystroke. */
export function typeInto(analyzer: ReturnType<typeof createAnalyzer>, base: string, count: number): void {
  const texts = replies();
  const mid = base.indexOf(' ', base.length >> 1) + 1;
  for (let k = 0; k < count; k++) {
    const clause = texts[200 + Math.floor(k / 60)]!.slice(0, (k % 60) + 1);
    analyzer.analyse(`${base.slice(0, mid)}${clause}${base.slice(mid)}`);
  }
}

export function benchMemory(): { edits: number; heldKB: number; gcAvailable: boolean } {
  const texts = replies();
  const before = heapAfterGc();
  const analyzer = createAnalyzer();
  let text = draftOf(texts, 1500, 50);
  for (let i = 0; i < 1000; i++) {
    const at = (i * 97) % text.length;
    text = `${text.slice(0, at)}${'abcdefghij'[i % 10]}${text.slice(at)}`;
    analyzer.analyse(text);
  }
  const after = heapAfterGc();
  // Keep the analyser alive until the second measurement.
  analyzer.analyse(text);
  return { edits: 1000, heldKB: Math.round((after - before) / 1024), gcAvailable: !!gc };
}

export function printAnalysis(rows: AnalysisRow[]): void {
  console.log('\nAnalysis in Node (ms, median / p95; ratio = median ÷ median of a bare parse by compromise as shipped)');
  console.table(
    rows.map((r) => ({
      characters: r.characters,
      'bare parse': fmt(r.bare),
      cold: fmt(r.cold),
      'cold ratio': `${(r.cold.median / r.bare.median).toFixed(2)}×`,
      keystroke: fmt(r.keystroke),
      'keystroke ratio': `${(r.keystroke.median / r.bare.median).toFixed(3)}×`,
      'typing a clause': fmt(r.clause),
      'clause ratio': `${(r.clause.median / r.bare.median).toFixed(3)}×`,
      'pasted paragraph': fmt(r.paste),
    })),
  );
  const builds = rows.map((r) => r.build.median);
  console.log(`new analyser (shared pattern net): ${ms(Math.min(...builds))}–${ms(Math.max(...builds))} ms`);
  const speedups = rows.map((r) => r.bare.median / r.bareFast.median);
  console.log(`a bare parse with Calm Reply's faster matchers in place (same tags): ${Math.min(...speedups).toFixed(2)}–${Math.max(...speedups).toFixed(2)}× faster than compromise's own`);
  console.log('targets: cold ≤ 1.3× a bare parse; keystroke ≤ 1/6 (0.167×)');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printAnalysis(benchAnalysis(process.argv.includes('--quick')));
  const mem = benchMemory();
  console.log(`memory held by one analyser after ${mem.edits} edits: ${mem.heldKB} KB${mem.gcAvailable ? '' : ' (run with --expose-gc for an exact figure)'}`);
  const big = draftOf(replies(), 100_000);
  const t = performance.now();
  createAnalyzer().analyse(big);
  console.log(`100,000 characters, cold: ${ms(performance.now() - t)} ms`);
}
