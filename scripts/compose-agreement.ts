/**
 * npx tsx scripts/compose-agreement.ts: how far the two independent labelling passes of the compose
 * sample (test/fixtures/corpus-real/compose/pass-a.jsonl, pass-b.jsonl) agree, and, once the third
 * reading exists (labels.jsonl), how far each pass agrees with it.
 * Prints the figures and writes them (numbers only, no review text) to agreement.json.
 * The corpus is read only to check that each label's sha still matches its review; when the corpus
 * is absent that check is skipped and the figures are computed from the labels alone.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REAL_CORPUS } from './real-corpus';

const DIR = join(process.cwd(), 'test/fixtures/corpus-real/compose');
const KINDS = ['praise', 'mixed', 'complaint', 'hostile'] as const;
type Kind = (typeof KINDS)[number];
interface Span { start: number; end: number; polarity: 'positive' | 'negative' }
interface Label { id: string; sha: string; kind: Kind; aspects: Span[]; main: number | null }

const readJsonl = <T>(file: string): T[] =>
  readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);

for (const f of ['pass-a.jsonl', 'pass-b.jsonl', 'sample.json']) {
  if (!existsSync(join(DIR, f))) {
    console.log(`compose-agreement: ${f} is missing from ${DIR}; nothing to compare. Skipped.`);
    process.exit(0);
  }
}
const sample = JSON.parse(readFileSync(join(DIR, 'sample.json'), 'utf8')) as Array<{ id: string; split: string; batch?: number }>;
const byId = (file: string) => new Map(readJsonl<Label>(join(DIR, file)).map((l) => [l.id, l]));
const passA = byId('pass-a.jsonl');
const passB = byId('pass-b.jsonl');
const final = existsSync(join(DIR, 'labels.jsonl')) ? byId('labels.jsonl') : null;

// The sha check: a label whose review text changed since labelling is left out rather than compared.
const stale = new Set<string>();
if (existsSync(REAL_CORPUS)) {
  const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex').slice(0, 12);
  const texts = new Map(readJsonl<{ id: string; review: string }>(REAL_CORPUS).map((r) => [r.id, r.review]));
  for (const [name, labels] of [['pass-a', passA], ['pass-b', passB], ['labels', final]] as const) {
    for (const l of labels?.values() ?? []) {
      const text = texts.get(l.id);
      if (text === undefined || sha(text) !== l.sha) {
        stale.add(l.id);
        console.log(`${name} ${l.id}: ${text === undefined ? 'not in the corpus' : 'review text changed since labelling'}; left out`);
      }
    }
  }
} else {
  console.log(`compose-agreement: the real corpus is not here (${REAL_CORPUS}); sha check skipped, figures from the labels alone.`);
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const r3 = (x: number) => Math.round(x * 1000) / 1000;
const div = (a: number, b: number) => (b ? a / b : 0);

/** Cohen's kappa from a square confusion table (rows: first rater, columns: second). */
function kappa(table: Record<Kind, Record<Kind, number>>): number {
  const n = KINDS.reduce((s, r) => s + KINDS.reduce((t, c) => t + table[r][c], 0), 0);
  if (!n) return 0;
  const po = KINDS.reduce((s, k) => s + table[k][k], 0) / n;
  const pe = KINDS.reduce((s, k) => {
    const row = KINDS.reduce((t, c) => t + table[k][c], 0);
    const col = KINDS.reduce((t, r) => t + table[r][k], 0);
    return s + (row / n) * (col / n);
  }, 0);
  return pe === 1 ? 1 : (po - pe) / (1 - pe);
}

interface Comparison {
  reviews: number;
  kind: { agree: number; raw: number; kappa: number; confusion: Record<Kind, Record<Kind, number>> };
  aspects: { first: number; second: number; f1: number; precision: number; recall: number; overlapF1: number };
  main: {
    bothHaveMain: number;
    spansOverlap: number;
    spansOverlapRate: number;
    presenceAgree: number;
    presenceAgreeRate: number;
  };
  disagreements: { any: number; kind: number; aspects: number; polarity: number; main: number };
}

/**
 * Compares two label sets over the given ids. Aspect F1 treats `first` as the reference: a span of
 * `second` counts when it overlaps a span of `first` with the same polarity (precision), a span of
 * `first` counts when some span of `second` does the same (recall). Overlap-only drops the polarity.
 */
function compare(ids: string[], first: Map<string, Label>, second: Map<string, Label>): Comparison {
  const confusion = Object.fromEntries(KINDS.map((k) => [k, Object.fromEntries(KINDS.map((p) => [p, 0]))])) as Record<Kind, Record<Kind, number>>;
  let n = 0, kindAgree = 0, nFirst = 0, nSecond = 0;
  let secondHit = 0, firstHit = 0, secondSpanHit = 0, firstSpanHit = 0;
  let bothMain = 0, mainOverlap = 0, presenceAgree = 0;
  const dis = { any: 0, kind: 0, aspects: 0, polarity: 0, main: 0 };
  for (const id of ids) {
    const a = first.get(id);
    const b = second.get(id);
    if (!a || !b || stale.has(id)) continue;
    n++;
    confusion[a.kind][b.kind]++;
    const kindSame = a.kind === b.kind;
    if (kindSame) kindAgree++;
    const match = (x: Span, y: Span) => overlaps(x, y) && x.polarity === y.polarity;
    nFirst += a.aspects.length;
    nSecond += b.aspects.length;
    const bHit = b.aspects.filter((s) => a.aspects.some((t) => match(s, t))).length;
    const aHit = a.aspects.filter((s) => b.aspects.some((t) => match(s, t))).length;
    secondHit += bHit;
    firstHit += aHit;
    secondSpanHit += b.aspects.filter((s) => a.aspects.some((t) => overlaps(s, t))).length;
    firstSpanHit += a.aspects.filter((s) => b.aspects.some((t) => overlaps(s, t))).length;
    // An unmatched span that overlaps a span of the other polarity is a polarity disagreement; one that overlaps nothing is a missing aspect.
    const unmatched = [
      ...a.aspects.filter((s) => !b.aspects.some((t) => match(s, t))).map((s) => ({ s, other: b.aspects })),
      ...b.aspects.filter((s) => !a.aspects.some((t) => match(s, t))).map((s) => ({ s, other: a.aspects })),
    ];
    const polarityDiff = unmatched.some(({ s, other }) => other.some((t) => overlaps(s, t)));
    const aspectDiff = unmatched.some(({ s, other }) => !other.some((t) => overlaps(s, t)));
    const am = a.main === null ? null : a.aspects[a.main];
    const bm = b.main === null ? null : b.aspects[b.main];
    if ((am === null) === (bm === null)) presenceAgree++;
    let mainSame = am === null && bm === null;
    if (am && bm) {
      bothMain++;
      if (overlaps(am, bm)) {
        mainOverlap++;
        mainSame = true;
      }
    }
    if (!kindSame) dis.kind++;
    if (aspectDiff) dis.aspects++;
    if (polarityDiff) dis.polarity++;
    if (!mainSame) dis.main++;
    if (!kindSame || aspectDiff || polarityDiff || !mainSame) dis.any++;
  }
  const p = div(secondHit, nSecond);
  const r = div(firstHit, nFirst);
  const sp = div(secondSpanHit, nSecond);
  const sr = div(firstSpanHit, nFirst);
  return {
    reviews: n,
    kind: { agree: kindAgree, raw: r3(div(kindAgree, n)), kappa: r3(kappa(confusion)), confusion },
    aspects: {
      first: nFirst,
      second: nSecond,
      f1: r3(div(2 * p * r, p + r)),
      precision: r3(p),
      recall: r3(r),
      overlapF1: r3(div(2 * sp * sr, sp + sr)),
    },
    main: {
      bothHaveMain: bothMain,
      spansOverlap: mainOverlap,
      spansOverlapRate: r3(div(mainOverlap, bothMain)),
      presenceAgree,
      presenceAgreeRate: r3(div(presenceAgree, n)),
    },
    disagreements: dis,
  };
}

const splits: Record<string, string[]> = {
  dev: sample.filter((s) => s.split === 'dev').map((s) => s.id),
  test: sample.filter((s) => s.split === 'test').map((s) => s.id),
  all: sample.map((s) => s.id),
  // batches 2 (complaint-heavy), 3 (every band), 4 (dev only) and 5 (complaint-heavy, dev and test), labelled in later sessions, on their own
  batch2: sample.filter((s) => s.batch === 2).map((s) => s.id),
  batch3: sample.filter((s) => s.batch === 3).map((s) => s.id),
  batch4: sample.filter((s) => s.batch === 4).map((s) => s.id),
  batch5: sample.filter((s) => s.batch === 5).map((s) => s.id),
};
// A split with nothing to compare (labels.jsonl written part way) is left out rather than shown as zeros.
const perSplit = (first: Map<string, Label>, second: Map<string, Label>) =>
  Object.fromEntries(
    Object.entries(splits)
      .map(([name, ids]) => [name, compare(ids, first, second)] as const)
      .filter(([name, c]) => name === 'all' || c.reviews > 0),
  );

function print(title: string, firstName: string, secondName: string, res: Record<string, Comparison>): void {
  const all = res.all!;
  console.log(`\n== ${title} ==`);
  console.log(`reviews: ${all.reviews}`);
  console.log(`kind: raw ${all.kind.raw} (${all.kind.agree}/${all.reviews}), Cohen's kappa ${all.kind.kappa}`);
  console.log(`  confusion (rows ${firstName}, columns ${secondName}):`);
  console.log(`  ${''.padEnd(10)}${KINDS.map((k) => k.padStart(10)).join('')}`);
  for (const r of KINDS) console.log(`  ${r.padEnd(10)}${KINDS.map((c) => String(all.kind.confusion[r][c]).padStart(10)).join('')}`);
  console.log(`aspects (overlap + same polarity F1; overlap only F1; ${firstName} as reference):`);
  for (const [name, c] of Object.entries(res)) {
    console.log(
      `  ${name.padEnd(5)} F1 ${c.aspects.f1} (P ${c.aspects.precision}, R ${c.aspects.recall}; ${c.aspects.first} vs ${c.aspects.second} spans), overlap-only F1 ${c.aspects.overlapF1}`,
    );
  }
  console.log(`main complaint: spans overlap ${all.main.spansOverlap}/${all.main.bothHaveMain} (${all.main.spansOverlapRate}) where both give one; agree whether there is one ${all.main.presenceAgree}/${all.reviews} (${all.main.presenceAgreeRate})`);
  for (const [name, c] of Object.entries(res)) {
    if (name !== 'all') console.log(`  ${name.padEnd(5)} kind raw ${c.kind.raw} kappa ${c.kind.kappa}; main overlap ${c.main.spansOverlapRate}, presence ${c.main.presenceAgreeRate}`);
  }
  const d = all.disagreements;
  console.log(`reviews with any disagreement: ${d.any}/${all.reviews} (kind ${d.kind}, an aspect only one side has ${d.aspects}, polarity ${d.polarity}, main ${d.main})`);
}

const figures: Record<string, unknown> = { reviews: sample.length, stale: stale.size };
const between = perSplit(passA, passB);
figures.passes = between;
print('pass A vs pass B', 'A', 'B', between);
if (final) {
  const missing = sample.filter((s) => !final.has(s.id)).length;
  if (missing) console.log(`\nlabels.jsonl lacks ${missing} of the ${sample.length} reviews`);
  const aFinal = perSplit(final, passA);
  const bFinal = perSplit(final, passB);
  figures.passAVsLabels = aFinal;
  figures.passBVsLabels = bFinal;
  print('pass A against the final labels', 'labels', 'A', aFinal);
  print('pass B against the final labels', 'labels', 'B', bFinal);
} else {
  console.log('\n(no labels.jsonl yet: each pass against the final labels comes once the third reading is written)');
}
writeFileSync(join(DIR, 'agreement.json'), `${JSON.stringify(figures, null, 2)}\n`);
console.log(`\nwrote ${join(DIR, 'agreement.json')}`);
