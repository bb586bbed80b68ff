/**
 * Builds test/fixtures/corpus-real/ from the labelling passes (kept outside the repository, because their
 * `words` fields quote the replies): two independent passes (A, B) and a third reading of every reply they
 * disagreed on (C). Writes, with offsets only and never text:
 *   pass-a.jsonl, pass-b.jsonl   each pass as labelled, for recomputing agreement
 *   labels.jsonl                 the settled labels with their split
 *   agreement.json               Cohen's kappa per field before settling, and the counts
 * Usage: npx tsx scripts/build-real-labels.ts <dir with A-*.jsonl, B-*.jsonl, C-*.jsonl>
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../lib/analysis/split';
import { assignSplits } from './real-split';
import { groupOf, LABELS_DIR, PROBLEMS, readRealCorpus, sha12, type ProblemCategory, type RealLabel } from './real-corpus';

const FIELDS = ['defensive', 'excuse', 'emotional', 'apology', 'acknowledges', 'action', 'timescale', 'followUp', 'personalInfo'] as const;
type Field = (typeof FIELDS)[number];
interface PassLabel extends Record<Field, unknown> {
  id: string;
  sentences: Array<{ i: number; category: ProblemCategory; words: string }>;
}

const dir = process.argv[2];
if (!dir) throw new Error('Give the folder holding the passes (A-*.jsonl, B-*.jsonl, C-*.jsonl)');
const corpus = readRealCorpus();
if (!corpus) throw new Error('The real-reply corpus is not beside the repository (../shared/corpus)');
const byId = new Map(corpus.map((r) => [r.id, r]));

function readPass(prefix: string): Map<string, PassLabel> {
  const out = new Map<string, PassLabel>();
  for (const f of readdirSync(dir!).filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(dir!, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const l = JSON.parse(line) as PassLabel;
      if (byId.has(l.id)) out.set(l.id, l); // a later line for the same id is the labeller's correction
    }
  }
  return out;
}
const A = readPass('A');
const B = readPass('B');
const C = readPass('C');

/** The words' offsets in the reply: inside the sentence the labeller named. */
function spans(id: string, l: PassLabel): RealLabel['sentences'] {
  const reply = byId.get(id)!.reply;
  const pieces = splitSentences(reply);
  const out: RealLabel['sentences'] = [];
  for (const s of l.sentences ?? []) {
    const piece = pieces[s.i];
    if (!piece || !PROBLEMS.includes(s.category)) continue;
    const at = piece.text.indexOf(s.words);
    const start = piece.start + (at >= 0 ? at : 0);
    const end = at >= 0 ? start + s.words.length : piece.start + piece.text.length;
    if (!out.some((o) => o.i === s.i && o.category === s.category)) out.push({ i: s.i, category: s.category, start, end });
  }
  return out.sort((a, b) => a.i - b.i || a.category.localeCompare(b.category));
}

function kappa(pairs: Array<[unknown, unknown]>): number {
  const n = pairs.length;
  if (n === 0) return NaN;
  const values = [...new Set(pairs.flat().map(String))];
  let agree = 0;
  const a = new Map<string, number>();
  const b = new Map<string, number>();
  for (const [x, y] of pairs) {
    if (String(x) === String(y)) agree++;
    a.set(String(x), (a.get(String(x)) ?? 0) + 1);
    b.set(String(y), (b.get(String(y)) ?? 0) + 1);
  }
  const po = agree / n;
  const pe = values.reduce((s, v) => s + ((a.get(v) ?? 0) / n) * ((b.get(v) ?? 0) / n), 0);
  return pe === 1 ? 1 : (po - pe) / (1 - pe);
}

const both = [...A.keys()].filter((id) => B.has(id)).sort();
const agreement: Record<string, { kappa: number; agreement: number; positivesA: number; positivesB: number }> = {};
for (const f of FIELDS) {
  const pairs = both.map((id) => [A.get(id)![f], B.get(id)![f]] as [unknown, unknown]);
  const yes = (v: unknown) => v === true || v === 'sincere';
  agreement[f] = {
    kappa: Math.round(kappa(pairs) * 1000) / 1000,
    agreement: Math.round((pairs.filter(([x, y]) => x === y).length / pairs.length) * 1000) / 1000,
    positivesA: pairs.filter(([x]) => yes(x)).length,
    positivesB: pairs.filter(([, y]) => yes(y)).length,
  };
}

const groups = new Map<string, number>();
for (const id of both) {
  const g = groupOf(byId.get(id)!);
  groups.set(g, (groups.get(g) ?? 0) + 1);
}
const splitOf = assignSplits(groups);

let settledByThird = 0;
let unsettled = 0;
const labels: RealLabel[] = [];
const toLabel = (id: string, l: PassLabel, sentences: RealLabel['sentences']): RealLabel => ({
  id,
  sha: sha12(byId.get(id)!.reply),
  split: splitOf.get(groupOf(byId.get(id)!))!,
  defensive: l.defensive === true,
  excuse: l.excuse === true,
  emotional: l.emotional === true,
  apology: l.apology as RealLabel['apology'],
  acknowledges: l.acknowledges === true,
  action: l.action === true,
  timescale: l.timescale === true,
  followUp: l.followUp === true,
  personalInfo: l.personalInfo === true,
  sentences,
});
for (const id of both) {
  const a = A.get(id)!;
  const b = B.get(id)!;
  const disagree = FIELDS.filter((f) => a[f] !== b[f]);
  let settled: PassLabel;
  if (disagree.length === 0) settled = a;
  else if (C.has(id)) {
    settled = C.get(id)!;
    settledByThird++;
  } else {
    // no third reading yet: the more cautious of the two for problems (both must say so), A elsewhere
    unsettled++;
    settled = { ...a };
    for (const c of PROBLEMS) settled[c] = a[c] === true && b[c] === true;
  }
  // sentences for each settled category: the third reading's, else the union of the passes that saw it
  const sentences: RealLabel['sentences'] = [];
  for (const c of PROBLEMS) {
    if (settled[c] !== true) continue;
    const from = (C.has(id) && disagree.length > 0 ? [C.get(id)!] : [a, b]).filter((l) => l[c] === true);
    for (const l of from) for (const s of spans(id, l)) if (s.category === c && !sentences.some((o) => o.i === s.i && o.category === c)) sentences.push(s);
  }
  labels.push(toLabel(id, settled, sentences.sort((x, y) => x.i - y.i || x.category.localeCompare(y.category))));
}

mkdirSync(LABELS_DIR, { recursive: true });
const pass = (m: Map<string, PassLabel>) =>
  both.map((id) => JSON.stringify({ ...toLabel(id, m.get(id)!, spans(id, m.get(id)!)), split: undefined })).join('\n') + '\n';
writeFileSync(join(LABELS_DIR, 'pass-a.jsonl'), pass(A));
writeFileSync(join(LABELS_DIR, 'pass-b.jsonl'), pass(B));
writeFileSync(join(LABELS_DIR, 'labels.jsonl'), labels.map((l) => JSON.stringify(l)).join('\n') + '\n');
const splits = { train: 0, validation: 0, test: 0 };
for (const l of labels) splits[l.split]++;
const summary = {
  replies: labels.length,
  disagreements: labels.length - both.filter((id) => FIELDS.every((f) => A.get(id)![f] === B.get(id)![f])).length,
  settledByThirdReading: settledByThird,
  unsettled,
  splits,
  kappaBeforeSettling: agreement,
  settled: Object.fromEntries(
    [...PROBLEMS, 'acknowledges', 'action', 'timescale', 'followUp', 'personalInfo'].map((f) => [f, labels.filter((l) => l[f as keyof RealLabel] === true).length]),
  ),
  apology: { sincere: labels.filter((l) => l.apology === 'sincere').length, 'non-apology': labels.filter((l) => l.apology === 'non-apology').length, none: labels.filter((l) => l.apology === 'none').length },
};
writeFileSync(join(LABELS_DIR, 'agreement.json'), JSON.stringify(summary, null, 2) + '\n');
console.log(JSON.stringify(summary, null, 2));
