/**
 * How the calmer version of a draft does on real replies: every real reply that carries at least one flag
 * is calmed (with the review it answers) and measured. Reads ../shared/corpus/real-replies.jsonl at run
 * time (never copied into the repository) and prints figures only.
 *
 *   npx tsx scripts/calmer-check.ts             # every flagged real reply
 *   npx tsx scripts/calmer-check.ts --limit 400 # the first 400 replies of the corpus
 *
 * Figures: how many replies carry a flag; the share whose calmer version carries none (and, apart, the share
 * left only with the site's length limit, which the calmer version leaves to the owner); the mean share of
 * the reply's unflagged sentences kept word for word; how often each part was added; the share of 5★
 * reviews that got an apology added (must be 0).
 */
import { createAnalyzer } from '../lib/analysis/index';
import { splitSentences } from '../lib/analysis/split';
import { calmerDraft } from '../lib/compose/calmer';
import { readReviewForReply } from '../lib/compose/reading';
import type { BusinessProfile } from '../lib/settings/schema';
import { readRealCorpus, REAL_CORPUS } from './real-corpus';

const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Number.POSITIVE_INFINITY;

const corpus = readRealCorpus();
if (!corpus) {
  console.log(`calmer-check: no real corpus at ${REAL_CORPUS}; nothing to measure.`);
  process.exit(0);
}

const business: BusinessProfile = {
  name: '',
  signerName: 'Alex',
  signerRole: 'Manager',
  contact: { kind: 'email', value: 'manager@example.com' },
  replyLength: 'standard',
};

const analyzer = createAnalyzer();
let flagged = 0;
let clean = 0;
let lengthOnly = 0;
let unchanged = 0;
let keptSum = 0;
let keptCount = 0;
let fiveStar = 0;
let fiveStarApology = 0;
let praiseAdded = 0;
const added = { acknowledge: 0, apology: 0, followUp: 0 };
const reasons = new Map<string, number>();
let slowest = 0;
const started = Date.now();

for (const r of corpus.slice(0, limit)) {
  const context = { review: r.review, ...(r.rating !== null ? { rating: r.rating } : {}), ...(r.business ? { business: r.business } : {}), platform: r.platform };
  const analysis = analyzer.analyse(r.reply, context);
  if (analysis.flags.length === 0) continue;
  flagged++;
  const reading = readReviewForReply({ text: r.review, ...(r.rating !== null ? { rating: r.rating } : {}) }, { platform: r.platform });
  const t0 = Date.now();
  const out = calmerDraft({ draft: r.reply, analysis, reading, business, context, analyzer });
  slowest = Math.max(slowest, Date.now() - t0);
  const after = analyzer.analyse(out.text, context).flags;
  if (after.length === 0) clean++;
  else if (after.every((f) => f.rule === 'over-limit')) lengthOnly++;
  if (out.unchanged) unchanged++;
  if (out.reason) reasons.set(out.reason, (reasons.get(out.reason) ?? 0) + 1);

  // the reply's unflagged sentences, kept word for word?
  const own = splitSentences(r.reply).filter((p) => !analysis.flags.some((f) => f.start < p.start + p.text.length && f.end > p.start));
  if (own.length > 0) {
    keptSum += own.filter((p) => out.text.includes(p.text)).length / own.length;
    keptCount++;
  }
  const parts = out.changes.filter((c) => c.kind === 'added');
  for (const c of parts) if (c.part) added[c.part]++;
  if (r.rating === 5) {
    fiveStar++;
    if (parts.some((c) => c.part === 'apology')) fiveStarApology++;
  }
  if (reading.kind === 'praise' && parts.length > 0) praiseAdded++;
}

const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)} %`);
console.log(`replies read: ${Math.min(limit, corpus.length)}; carrying at least one flag: ${flagged}`);
console.log(`calmer version carries no flag: ${clean} (${pct(clean, flagged)}); only the site's length limit left: ${lengthOnly} (${pct(lengthOnly, flagged)})`);
console.log(`left unchanged: ${unchanged} (${pct(unchanged, flagged)})`);
console.log(`unflagged sentences kept word for word (mean share over ${keptCount} replies): ${keptCount ? (keptSum / keptCount).toFixed(3) : 'n/a'}`);
console.log(`parts added: acknowledgement ${added.acknowledge}, apology ${added.apology}, follow-up ${added.followUp}`);
console.log(`5★ reviews: ${fiveStar}; apology added to one: ${fiveStarApology} (${pct(fiveStarApology, fiveStar)}); praise reviews given any part: ${praiseAdded}`);
for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`reason "${reason}": ${n}`);
console.log(`time: ${((Date.now() - started) / 1000).toFixed(0)} s; slowest calmer version: ${slowest} ms`);
