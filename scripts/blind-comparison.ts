/**
 * The blind comparison for the suggested reply: for 60 held-out reviews (the `test` split of
 * test/fixtures/corpus-real/compose/labels.jsonl, split by business), our reply (standard length,
 * default profile, the first action offered for each complaint, done "this week") against the real
 * owner's reply, shown as A and B in an order fixed by a hash, so judges cannot tell which is which.
 *
 *   npx tsx scripts/blind-comparison.ts --prepare [dir]   writes dir/pairs.jsonl and dir/key.json
 *                                                          (default /tmp/calm-reply-blind; corpus text:
 *                                                          never inside the repository)
 *                                                          --same-as DIR: the 60 reviews of an earlier round
 *                                                          --unseen DIR[,DIR]: 60 reviews those rounds did not show
 *   npx tsx scripts/blind-comparison.ts --score [dir] [--round NAME --note TEXT]
 *                                                          reads dir/key.json and dir/judge-*.jsonl
 *                                                          ({pair, specificity, warmth, calm, overall}:
 *                                                          "A" | "B" | "tie"), prints the shares and
 *                                                          with --round, adds the figures (numbers only)
 *                                                          to test/fixtures/corpus-real/compose/blind.json
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { actionClause } from '../lib/compose/actions';
import { suggest } from './suggest';
import { LABELS_DIR, REAL_CORPUS, type RealReply } from './real-corpus';

const [mode, dirArg] = process.argv.slice(2);
const dir = dirArg ?? '/tmp/calm-reply-blind';
const PAIRS = 60;
const CRITERIA = ['specificity', 'warmth', 'calm', 'overall'] as const;
const h = (s: string) => createHash('sha256').update(s).digest('hex');

/** Our reply as an owner would post it after one click per complaint: first action, "this week". */
export function ourReply(r: RealReply): string {
  // As the suggestion CLI composes it: the business's name where the corpus gives one, the platform's limit.
  const composed = suggest({ review: r.review, rating: r.rating ?? undefined, platform: r.platform, business: r.business ?? undefined });
  let text = composed.text;
  for (const slot of composed.actions) {
    const option = slot.options[0];
    if (option) text = text.replace(slot.placeholder, actionClause(option, { kind: 'this-week' }));
  }
  return text;
}

if (mode === '--prepare') {
  if (!existsSync(REAL_CORPUS)) {
    console.error(`The real corpus is not here (${REAL_CORPUS}); nothing to compare.`);
    process.exit(1);
  }
  const byId = new Map(
    readFileSync(REAL_CORPUS, 'utf8').split('\n').filter(Boolean).map((l) => {
      const r = JSON.parse(l) as RealReply;
      return [r.id, r] as const;
    }),
  );
  const pool = readFileSync(join(LABELS_DIR, 'compose/labels.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; split: string })
    .filter((l) => l.split === 'test')
    .sort((a, b) => (h(`blind:${a.id}`) < h(`blind:${b.id}`) ? -1 : 1));
  // --same-as DIR: the reviews of an earlier round (its key.json), so rounds compare like with like
  const sameAs = process.argv.indexOf('--same-as');
  const earlier = sameAs > 0 ? (JSON.parse(readFileSync(join(process.argv[sameAs + 1]!, 'key.json'), 'utf8')) as { ids: string[] }).ids : undefined;
  // --unseen DIR[,DIR]: 60 reviews no earlier round (each DIR's key.json) showed anyone, for a check on fresh reviews
  const unseenAt = process.argv.indexOf('--unseen');
  const seen = new Set(
    unseenAt > 0 ? process.argv[unseenAt + 1]!.split(',').flatMap((d) => (JSON.parse(readFileSync(join(d, 'key.json'), 'utf8')) as { ids: string[] }).ids) : [],
  );
  const test = earlier ? earlier.map((id) => ({ id, split: 'test' })) : pool.filter((l) => !seen.has(l.id)).slice(0, PAIRS);
  mkdirSync(dir, { recursive: true });
  const key: Record<string, 'A' | 'B'> = {};
  const lines = test.map(({ id }, i) => {
    const r = byId.get(id)!;
    const ours = ourReply(r);
    const oursIs = parseInt(h(`side:${id}`).slice(0, 2), 16) % 2 === 0 ? 'A' : 'B';
    const pair = `p${String(i + 1).padStart(2, '0')}`;
    key[pair] = oursIs;
    return JSON.stringify({ pair, rating: r.rating, review: r.review, A: oursIs === 'A' ? ours : r.reply, B: oursIs === 'A' ? r.reply : ours });
  });
  writeFileSync(join(dir, 'pairs.jsonl'), lines.join('\n') + '\n');
  writeFileSync(join(dir, 'key.json'), JSON.stringify({ ids: test.map((t) => t.id), key }, null, 1));
  console.log(`${lines.length} pairs in ${dir}/pairs.jsonl (key in key.json: keep it from the judges)`);
} else if (mode === '--score') {
  const { key } = JSON.parse(readFileSync(join(dir, 'key.json'), 'utf8')) as { key: Record<string, 'A' | 'B'> };
  const judges = readdirSync(dir).filter((f) => /^judge-.*\.jsonl$/.test(f));
  const result: Record<string, unknown> = { pairs: Object.keys(key).length, judges: judges.length };
  for (const c of CRITERIA) {
    let ours = 0, theirs = 0, ties = 0;
    for (const file of judges) {
      for (const line of readFileSync(join(dir, file), 'utf8').split('\n').filter(Boolean)) {
        const v = JSON.parse(line) as Record<string, string>;
        const side = key[v.pair!];
        if (!side) continue;
        const pick = v[c];
        if (pick === 'tie') ties++;
        else if (pick === side) ours++;
        else if (pick === 'A' || pick === 'B') theirs++;
      }
    }
    const n = ours + theirs + ties;
    result[c] = { ours: +(ours / n).toFixed(3), owners: +(theirs / n).toFixed(3), ties: +(ties / n).toFixed(3), verdicts: n };
    console.log(`${c.padEnd(12)} ours ${(ours / n * 100).toFixed(1)} %  owner's ${(theirs / n * 100).toFixed(1)} %  tie ${(ties / n * 100).toFixed(1)} %  (${n} verdicts)`);
  }
  // how often the judges agree on the overall verdict, pair by pair
  const verdicts = new Map<string, string[]>();
  for (const file of judges) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n').filter(Boolean)) {
      const v = JSON.parse(line) as Record<string, string>;
      verdicts.set(v.pair!, [...(verdicts.get(v.pair!) ?? []), v.overall!]);
    }
  }
  const pairsJudged = [...verdicts.values()].filter((v) => v.length >= 2);
  if (pairsJudged.length) result.judgesAgreeOverall = +(pairsJudged.filter((v) => v.every((x) => x === v[0])).length / pairsJudged.length).toFixed(3);
  // --round NAME [--note TEXT]: kept beside the earlier rounds in blind.json; without it the figures are only printed
  const roundAt = process.argv.indexOf('--round');
  if (roundAt > 0) {
    const noteAt = process.argv.indexOf('--note');
    if (noteAt > 0) result.composer = process.argv[noteAt + 1];
    const file = join(LABELS_DIR, 'compose/blind.json');
    const all = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
    all[process.argv[roundAt + 1]!] = result;
    writeFileSync(file, JSON.stringify(all, null, 1) + '\n');
    console.log(`written to blind.json as ${process.argv[roundAt + 1]}`);
  }
  console.log(`judges agree on the overall verdict: ${result.judgesAgreeOverall ?? '–'}`);
} else {
  console.log('Usage: npx tsx scripts/blind-comparison.ts --prepare [dir] | --score [dir]');
}
