/**
 * Calm Reply's analysis against two local peers on the same replies, timed in the same run:
 * harper.js (grammar checker in WebAssembly) and write-good (prose linter, regular expressions).
 * Both are dev dependencies only; neither is shipped. Figures: ms per reply, median / p95.
 */
import { readFileSync } from 'node:fs';
import { LocalLinter } from 'harper.js';
import { binaryInlined } from 'harper.js/binaryInlined';
import writeGood from 'write-good';
import { createAnalyzer } from '../../lib/analysis';
import { fmt, ms, ratio, timeAsync, timeSync, type Summary } from './stats';

/** Replies of about average length (the corpus's real owner replies), repeated to ~450 chars. */
function sampleReplies(): string[] {
  const lines = readFileSync('test/fixtures/corpus/replies.jsonl', 'utf8').split('\n').filter(Boolean);
  const texts = lines.map((l) => (JSON.parse(l) as { text: string }).text);
  const out: string[] = [];
  for (let i = 0; out.length < 40 && i < texts.length * 4; i += 7) {
    let t = texts[i % texts.length]!;
    for (let j = 1; t.length < 450; j++) t += ` ${texts[(i + j) % texts.length]}`;
    out.push(t.slice(0, 600));
  }
  return out;
}

export async function benchPeers(): Promise<Array<Record<string, string>>> {
  const replies = sampleReplies();
  const avg = Math.round(replies.reduce((a, t) => a + t.length, 0) / replies.length);
  const harper = new LocalLinter({ binary: binaryInlined });
  await harper.setup();

  let k = 0;
  const next = () => replies[k++ % replies.length]!;
  // Cold: a fresh analyser per reply. Keystroke: one analyser, one character typed mid-reply.
  const cold = timeSync(() => createAnalyzer().analyse(next()), 200);
  const analyzer = createAnalyzer();
  let typed = 0;
  const keystroke = timeSync(() => {
    const t = next();
    analyzer.analyse(t);
    const mid = t.length >> 1;
    return analyzer.analyse(`${t.slice(0, mid)}${'abc'[typed++ % 3]}${t.slice(mid)}`);
  }, 200);
  // The keystroke figure above includes the first analyse of each reply; time the edit alone too.
  const editOnly = (() => {
    // Types a clause one character at a time into the middle of a reply, as an owner would:
    // every call sees a text it has never seen, differing from the last by one character.
    const one = createAnalyzer();
    const typing = 'and I will personally make sure the team hears about this before the weekend ';
    let n = 0;
    return timeSync(() => {
      const base = replies[Math.floor(n / typing.length) % replies.length]!;
      const mid = base.indexOf(' ', base.length >> 1);
      const typed = typing.slice(0, (n++ % typing.length) + 1);
      return one.analyse(`${base.slice(0, mid + 1)}${typed}${base.slice(mid + 1)}`);
    }, 400);
  })();
  const harperTime = await timeAsync(() => harper.lint(next()), 60);
  const writeGoodTime = timeSync(() => writeGood(next()), 400);

  const row = (tool: string, s: Summary) => ({
    tool,
    'ms per reply (median / p95)': fmt(s),
    'harper.js ÷ this': ratio(harperTime.median, s.median),
    'write-good ÷ this': ratio(writeGoodTime.median, s.median),
  });
  console.log(`\nPeers on the same ${replies.length} replies (average ${avg} characters)`);
  const rows = [
    row('Calm Reply, per keystroke (one character typed mid-reply)', editOnly),
    row('Calm Reply, new reply into a warm analyser', keystroke),
    row('Calm Reply, cold (fresh analyser)', cold),
    row('harper.js 2 (WebAssembly grammar checker)', harperTime),
    row('write-good 1 (regex prose linter)', writeGoodTime),
  ];
  console.table(rows);
  console.log(`per-keystroke vs harper.js: ${ratio(harperTime.median, editOnly.median)} faster (target ≥ 35×); harper.js median ${ms(harperTime.median)} ms`);
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) await benchPeers();
