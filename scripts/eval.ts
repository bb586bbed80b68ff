/**
 * npm run eval — how the judgement holds, on three sets kept apart:
 *   validation  real replies of the businesses in the validation split (../shared/corpus + our labels)
 *   test        real replies of the test split's businesses: touched only for final figures
 *   written     the corpus we wrote ourselves (test/fixtures/corpus), a second, separate set
 * For each: precision, recall and F1 per category, false flags on clean replies, the apology-kind
 * confusion and structure agreement, for the rules alone and for rules with the learned model.
 * Options: --split validation|test|train|written (one set, and every miss on it), --json, --quiet
 * (no misses), --only <file.jsonl> (one written-corpus file), --rules (rules alone only).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../lib/analysis/index';
import { APOLOGY_KINDS, CATEGORIES, evaluate, parseCorpus, PROBLEMS, STRUCTURE_FIELDS, type Evaluation, type LabelledReply } from '../lib/analysis/evaluate';
import type { Category } from '../lib/analysis/types';
import { asLabelled, loadLabelledReal, type Split } from './real-corpus';

export function loadCorpus(dir = join(process.cwd(), 'test/fixtures/corpus'), only?: string): LabelledReply[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl') && (!only || f === only)).sort();
  if (only && files.length === 0) throw new Error(`No corpus file ${only} in ${dir}`);
  return files.flatMap((f) => parseCorpus(readFileSync(join(dir, f), 'utf8'), f));
}

type SetName = Split | 'written';
const args = process.argv.slice(2);
const at = (flag: string) => (args.indexOf(flag) >= 0 ? args[args.indexOf(flag) + 1] : undefined);
const asked = at('--split') as SetName | undefined;
const sets: SetName[] = asked ? [asked] : ['validation', 'test', 'written'];

function load(set: SetName): { replies: LabelledReply[]; categories: Category[] } | { missing: string } {
  if (set === 'written') return { replies: loadCorpus(undefined, at('--only')), categories: CATEGORIES };
  const real = loadLabelledReal([set]);
  if ('missing' in real) return real;
  return { replies: real.replies.map(asLabelled), categories: [...PROBLEMS, 'apology'] };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
function table(name: string, result: Evaluation, ms: number) {
  console.log(`\n${name}: ${result.replies} replies, analysed in ${ms.toFixed(0)} ms`);
  console.log('category    precision  recall      F1    tp   fp   fn');
  for (const [c, s] of Object.entries(result.categories)) {
    console.log(`${c.padEnd(10)} ${pct(s.precision)}  ${pct(s.recall)} ${pct(s.f1)}  ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`);
  }
  console.log(`false flags on clean replies: ${pct(result.falseFlags.rate)} (${result.falseFlags.flagged} of ${result.falseFlags.clean})`);
  console.log('structure agreement: ' + STRUCTURE_FIELDS.map((f) => `${f} ${pct(result.structure[f]).trim()}`).join(' · '));
  console.log('apology kind (rows labelled, columns found): ' + APOLOGY_KINDS.map((k) => `${k} [${APOLOGY_KINDS.map((j) => result.apologyConfusion[k][j]).join(' ')}]`).join(' · '));
}

const json: Record<string, unknown> = {};
for (const set of sets) {
  const loaded = load(set);
  if ('missing' in loaded) {
    console.log(`\n${set}: skipped, ${loaded.missing}.`);
    continue;
  }
  const runs: Array<[string, ReturnType<typeof createAnalyzer>]> = [['rules alone', createAnalyzer({ model: null })]];
  if (!args.includes('--rules')) runs.push(['rules + learned model', createAnalyzer()]);
  for (const [how, analyser] of runs) {
    const started = performance.now();
    const result = evaluate(analyser, loaded.replies, loaded.categories);
    const ms = performance.now() - started;
    if (args.includes('--json')) {
      json[`${set} · ${how}`] = { replies: result.replies, categories: result.categories, falseFlags: result.falseFlags, structure: result.structure, apologyConfusion: result.apologyConfusion };
      continue;
    }
    table(`${set} · ${how}`, result, ms);
    if (asked && how === runs[runs.length - 1]![0] && !args.includes('--quiet')) {
      console.log(`\nmisses (${result.misses.length})`);
      for (const m of result.misses) {
        console.log(`- ${m.id} ${m.kind} ${m.what}${m.detail ? ` — ${m.detail}` : ''}`);
        console.log(`    ${m.text.replace(/\s+/g, ' ').slice(0, 300)}`);
      }
    }
  }
}
if (args.includes('--json')) console.log(JSON.stringify(json, null, 2));
