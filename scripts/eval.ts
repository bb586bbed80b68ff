/**
 * npm run eval — scores the analyser against every *.jsonl in test/fixtures/corpus/:
 * per-category precision, recall and F1, structure agreement, then every miss.
 * Options: --json (machine-readable summary), --quiet (no list of misses), --only <file.jsonl>
 * (score one corpus file, e.g. the held-out set, on its own).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../lib/analysis/index';
import { CATEGORIES, evaluate, parseCorpus, STRUCTURE_FIELDS, type LabelledReply } from '../lib/analysis/evaluate';

export function loadCorpus(dir = join(process.cwd(), 'test/fixtures/corpus'), only?: string): LabelledReply[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl') && (!only || f === only)).sort();
  if (only && files.length === 0) throw new Error(`No corpus file ${only} in ${dir}`);
  return files.flatMap((f) => parseCorpus(readFileSync(join(dir, f), 'utf8'), f));
}

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const corpus = loadCorpus(undefined, onlyAt >= 0 ? args[onlyAt + 1] : undefined);
const started = performance.now();
const result = evaluate(createAnalyzer(), corpus);
const ms = performance.now() - started;

if (args.includes('--json')) {
  console.log(JSON.stringify({ replies: result.replies, categories: result.categories, structure: result.structure, misses: result.misses.length }, null, 2));
} else {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  console.log(`Corpus: ${result.replies} replies, analysed in ${ms.toFixed(0)} ms\n`);
  console.log('category    precision  recall      F1   tp  fp  fn');
  for (const c of CATEGORIES) {
    const s = result.categories[c];
    console.log(`${c.padEnd(10)} ${pct(s.precision)}  ${pct(s.recall)} ${pct(s.f1)}  ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}`);
  }
  console.log('\nstructure agreement');
  for (const f of STRUCTURE_FIELDS) console.log(`${f.padEnd(12)} ${pct(result.structure[f])}`);
  if (!args.includes('--quiet')) {
    console.log(`\nmisses (${result.misses.length})`);
    for (const m of result.misses) {
      console.log(`- ${m.id} ${m.kind} ${m.what}${m.detail ? ` — ${m.detail}` : ''}`);
      console.log(`    ${m.text.replace(/\s+/g, ' ').slice(0, 300)}`);
    }
  }
}
