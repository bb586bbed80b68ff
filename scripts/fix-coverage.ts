/**
 * How many flags on real replies come with a one-click fix, and how many of those fixes leave the reply
 * with no new flag. Reads ../shared/corpus/real-replies.jsonl at run time (never copied into the
 * repository) and prints figures only, per rule and overall.
 *
 *   npx tsx scripts/fix-coverage.ts            # the whole corpus
 *   npx tsx scripts/fix-coverage.ts --limit 500
 *
 * A flag "has a fix" when it carries `replacement`, or (flags from before replacements existed) a
 * suggestion short enough for the panel to offer as words to insert (isReplacement).
 */
import { existsSync, readFileSync } from 'node:fs';
import { isReplacement } from '../components/FlagList';
import { applyFix } from '../lib/analysis/apply-fix';
import { createAnalyzer, type Flag } from '../lib/analysis/index';
import { REAL_CORPUS, type RealReply } from './real-corpus';

const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Number.POSITIVE_INFINITY;

if (!existsSync(REAL_CORPUS)) {
  console.log(`fix-coverage: no real corpus at ${REAL_CORPUS}; nothing to measure.`);
  process.exit(0);
}

const replies: RealReply[] = readFileSync(REAL_CORPUS, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as RealReply)
  .slice(0, limit);

const analyzer = createAnalyzer();
const fixOf = (f: Flag): string | undefined => f.replacement ?? (isReplacement(f.suggestion) ? f.suggestion : undefined);

interface Tally {
  flags: number;
  fixed: number;
  clean: number;
}
const perRule = new Map<string, Tally>();
const total: Tally = { flags: 0, fixed: 0, clean: 0 };
const tally = (rule: string) => {
  let t = perRule.get(rule);
  if (!t) perRule.set(rule, (t = { flags: 0, fixed: 0, clean: 0 }));
  return t;
};

for (const r of replies) {
  const context = { review: r.review, rating: r.rating ?? undefined, business: r.business ?? undefined, platform: r.platform };
  const before = analyzer.analyse(r.reply, context);
  const counts = (flags: Flag[]) => {
    const m = new Map<string, number>();
    for (const f of flags) m.set(f.rule, (m.get(f.rule) ?? 0) + 1);
    return m;
  };
  const had = counts(before.flags);
  for (const f of before.flags) {
    const t = tally(f.rule);
    t.flags++;
    total.flags++;
    const fix = fixOf(f);
    if (fix === undefined) continue;
    t.fixed++;
    total.fixed++;
    const output = applyFix(r.reply, { ...f, replacement: fix });
    const after = analyzer.analyse(output, context);
    // the fixed rule flags less than before, and no other rule (nor the learned model) flags more
    const has = counts(after.flags);
    const gone = (has.get(f.rule) ?? 0) < had.get(f.rule)!;
    const fresh = [...has].filter(([rule, n]) => rule !== f.rule && n > (had.get(rule) ?? 0));
    if (gone && fresh.length === 0) {
      t.clean++;
      total.clean++;
    }
  }
}

const pct = (a: number, b: number) => (b === 0 ? '   –' : `${((100 * a) / b).toFixed(0).padStart(3)}%`);
console.log(`fix-coverage: ${replies.length} real replies, ${total.flags} flags`);
console.log('rule                      flags  with fix  fix leaves no new flag');
for (const [rule, t] of [...perRule].sort((a, b) => b[1].flags - a[1].flags)) {
  console.log(`${rule.padEnd(25)} ${String(t.flags).padStart(5)}  ${pct(t.fixed, t.flags)}      ${pct(t.clean, t.fixed)}`);
}
console.log(`${'overall'.padEnd(25)} ${String(total.flags).padStart(5)}  ${pct(total.fixed, total.flags)}      ${pct(total.clean, total.fixed)}`);
