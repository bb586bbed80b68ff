/**
 * Calm Reply's analysis against two local peers on the same replies, timed in the same run:
 * harper.js (grammar checker in WebAssembly) and write-good (prose linter, regular expressions).
 * Both are dev dependencies only; neither is shipped. Figures: ms per reply, median / p95.
 */
import { readFileSync } from 'node:fs';
import { LocalLinter } from 'harper.js';
import { binaryInlined } from 'harper.js/binaryInlined';
import writeGood from 'write-good';
import { createAnalyzer, type AnalyzerSettings } from '../../lib/analysis';

const createAnalyzerWith = (settings: AnalyzerSettings) => createAnalyzer(settings);
import { typeInto } from './analysis';
import { withCompromiseMatchers } from '../../lib/analysis/compromise-speedups';
import { fmt, ms, ratio, summarise, timeAsync, timeSync, type Summary } from './stats';

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

/**
 * Three ways an owner types, each keystroke timed on its own, into replies of average length:
 *   oneCharacter  one character typed somewhere in a finished reply (20 places in each reply)
 *   fromStart     a reply typed from its first letter to its last (the sentence being typed grows)
 *   clause        a 78-character clause typed into the middle of a sentence, which doubles the
 *                 length of the sentence being re-tagged: the heavy case
 */
function keystrokeScenarios(replies: string[], settings: AnalyzerSettings = {}): { oneCharacter: Summary; fromStart: Summary; clause: Summary } {
  const createAnalyzer = () => createAnalyzerWith(settings);
  const one: number[] = [];
  for (const reply of replies) {
    const analyzer = createAnalyzer();
    analyzer.analyse(reply);
    for (let k = 0; k < 20; k++) {
      const at = reply.indexOf(' ', Math.floor((reply.length * (k + 1)) / 22)) + 1;
      const text = `${reply.slice(0, at)}${'etaoinshrd'[k % 10]}${reply.slice(at)}`;
      const t = performance.now();
      analyzer.analyse(text);
      one.push(performance.now() - t);
    }
  }
  const start: number[] = [];
  for (const reply of replies.slice(0, 8)) {
    const analyzer = createAnalyzer();
    for (let i = 1; i <= reply.length; i++) {
      const text = reply.slice(0, i);
      const t = performance.now();
      analyzer.analyse(text);
      start.push(performance.now() - t);
    }
  }
  const clauseText = 'and I will personally make sure the team hears about this before the weekend ';
  const writer = createAnalyzer();
  const clause: number[] = [];
  for (let n = 0; n < 400; n++) {
    const base = replies[Math.floor(n / clauseText.length) % replies.length]!;
    const mid = base.indexOf(' ', base.length >> 1);
    const text = `${base.slice(0, mid + 1)}${clauseText.slice(0, (n % clauseText.length) + 1)}${base.slice(mid + 1)}`;
    const t = performance.now();
    writer.analyse(text);
    clause.push(performance.now() - t);
  }
  return { oneCharacter: summarise(one), fromStart: summarise(start), clause: summarise(clause) };
}

export async function benchPeers(): Promise<Array<Record<string, string>>> {
  const replies = sampleReplies();
  const avg = Math.round(replies.reduce((a, t) => a + t.length, 0) / replies.length);
  const harper = new LocalLinter({ binary: binaryInlined });
  await harper.setup();

  let k = 0;
  const next = () => replies[k++ % replies.length]!;
  // Cold: a fresh analyser per reply. New reply: one analyser, a reply it has not seen lately.
  const cold = timeSync(() => createAnalyzer().analyse(next()), 200);
  const analyzer = createAnalyzer();
  let typed = 0;
  const newReply = timeSync(() => {
    const t = next();
    analyzer.analyse(t);
    const mid = t.length >> 1;
    return analyzer.analyse(`${t.slice(0, mid)}${'abc'[typed++ % 3]}${t.slice(mid)}`);
  }, 200);
  // the same JIT warm-up as the analysis table: 400 keystrokes on a draft no measured run uses
  typeInto(createAnalyzer(), replies[replies.length - 1]!, 400);
  const typing = keystrokeScenarios(replies);
  const before = withCompromiseMatchers(() => keystrokeScenarios(replies));
  // the learned model's cost on every keystroke: the same three with rules alone, in the same run
  const rulesAlone = keystrokeScenarios(replies, { model: null });
  const coldRulesAlone = timeSync(() => createAnalyzer({ model: null }).analyse(next()), 200);
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
    row('Calm Reply, per keystroke: one character typed mid-reply', typing.oneCharacter),
    row('Calm Reply, per keystroke: typing a reply from its first letter', typing.fromStart),
    row('Calm Reply, per keystroke: a clause typed mid-sentence (heavy case)', typing.clause),
    row('  the same three with compromise\'s own matchers: one character', before.oneCharacter),
    row('  … typing from the first letter', before.fromStart),
    row('  … a clause mid-sentence', before.clause),
    row('  the same three with rules alone (no learned model): one character', rulesAlone.oneCharacter),
    row('  … typing from the first letter', rulesAlone.fromStart),
    row('  … a clause mid-sentence', rulesAlone.clause),
    row('Calm Reply, new reply into a warm analyser', newReply),
    row('Calm Reply, cold (fresh analyser)', cold),
    row('  … rules alone (no learned model)', coldRulesAlone),
    row('harper.js 2 (WebAssembly grammar checker)', harperTime),
    row('write-good 1 (regex prose linter)', writeGoodTime),
  ];
  console.table(rows);
  console.log(
    `per keystroke vs harper.js (target ≥ 35×): one character mid-reply ${ratio(harperTime.median, typing.oneCharacter.median)}, ` +
      `typing from the first letter ${ratio(harperTime.median, typing.fromStart.median)}, a clause mid-sentence ${ratio(harperTime.median, typing.clause.median)}; harper.js median ${ms(harperTime.median)} ms`,
  );
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) await benchPeers();
