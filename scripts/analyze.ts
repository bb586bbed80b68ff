/**
 * npm run --silent analyze -- "some reply text"   → the analysis, readable by a person
 * npm run --silent analyze -- --jsonl < in.jsonl  → one JSON line per input line: {"id", ...Analysis}
 *   input lines: {"id", "text", "review"?, "platform"?, "business"?, "rating"?}
 *   (business: the business's own name, as the owner's profile holds it; rating: the review's stars, 1–5)
 * Options: --review "…", --platform NAME, --business "…", --rating N for the human mode; --json prints the raw Analysis;
 * -h/--help prints the usage. (DESIGN.md, "Contracts": the JSON Lines shape is relied on by outside tests.)
 */
import { createInterface } from 'node:readline';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createAnalyzer, PLATFORM_LIMITS } from '../lib/analysis/index';
import { formatAnalysis } from '../lib/analysis/format';
import { heatLevel } from '../lib/analysis/heat';
import type { Analysis, Structure } from '../lib/analysis/types';

export const USAGE = `Calm Reply checks a reply to a review for defensive, excuse-led and emotional wording, and for the
four parts of a good reply. It runs on this machine; nothing is sent anywhere.

Usage:
  npm run --silent analyze -- [options] "your reply"    a readable report
  echo "your reply" | npm run --silent analyze           the reply from standard input
  npm run --silent analyze -- --jsonl < in.jsonl         JSON Lines in, one {"id", ...analysis} line out per line

Options:
  --review "…"     the review you are answering (its heated words, quoted back, are not held against you)
  --platform NAME  the site, for its length limit: ${Object.keys(PLATFORM_LIMITS).join(', ')}
  --business "…"   your business's name (written in capitals, it is not shouting)
  --rating N       the review's stars, 1 to 5
  --json           print the analysis as JSON instead of the report
  --jsonl          read JSON Lines on standard input: {"id", "text", "review"?, "platform"?, "business"?, "rating"?}
  -h, --help       print this help

Examples:
  npm run --silent analyze -- "Frankly, that is not true!!"
  npm run --silent analyze -- --platform google --review "Cold food, rude staff." "Sorry, we were short-staffed."
  npm run --silent analyze -- --json "Thank you for your review." > analysis.json
  npm run --silent analyze -- --jsonl < replies.jsonl > analyses.jsonl
`;

/** What the panel says of a draft that does not read as English (components/Panel.tsx, "not-english"). */
export const NOT_ENGLISH =
  'Your draft does not read as English, so only the checks that need no language ran: capitals, repeated punctuation, personal details, links and length.';

/**
 * The panel's checklist (components/Checklist.tsx) as terminal lines: the same heading, the same four items
 * with the same labels, state and hints; [x] done, [!] partly, [ ] missing in place of ✓, ! and ○.
 * test/unit/cli.test.ts renders the component for every structure and holds the two together.
 */
export function checklistLines(structure: Structure): string[] {
  const items = [
    {
      label: 'Thanks and acknowledges',
      present: structure.acknowledge,
      hint: 'Thank them and name their concern in their terms: “Thank you for telling us about the wait.”',
    },
    {
      label: structure.apology === 'sincere' ? 'Sincere apology' : structure.apology === 'non-apology' ? 'Non-apology' : 'Apology',
      present: structure.apology === 'sincere',
      hint:
        structure.apology === 'non-apology'
          ? '“Sorry if you feel…” sounds insincere. Say what you are sorry for: “I’m sorry your coffee was cold.”'
          : 'Say sorry for their experience: “I’m sorry your order arrived late.”',
    },
    {
      label: structure.action && !structure.timescale ? 'Action, but no timescale' : 'Action with a timescale',
      present: structure.action,
      ok: structure.action && structure.timescale,
      hint: structure.action
        ? 'Say by when: “…it will reach your card by Friday.”'
        : 'Say what you have done or will do, and by when: “We have refunded the delivery charge; it will reach your card by Friday.”',
    },
    {
      label: 'Invites a private follow-up',
      present: structure.followUp,
      hint: 'Offer a direct contact so the conversation continues off the public page.',
    },
  ];
  const complete = items.every((i) => i.present) && structure.timescale;
  const out = [`Your reply covers ${complete ? 'everything' : `${items.filter((i) => i.present).length} of 4`}`];
  for (const i of items) {
    const ok = i.ok ?? i.present;
    out.push(`${ok ? '[x]' : i.present ? '[!]' : '[ ]'} ${i.label}: ${ok ? 'done' : i.present ? 'partly' : 'missing'}`);
    if (!ok) out.push(`    ${i.hint}`);
  }
  return out;
}

/**
 * The report a person reads: the marked draft and the flags (formatAnalysis), then the panel's checklist,
 * the tone in the panel's words (heatLevel, the scale the panel and the badge share) and the length.
 */
export function report(text: string, analysis: Analysis, options: { colour?: boolean } = {}): string {
  const languageFree = analysis.language === 'other';
  const lines = formatAnalysis(text, { ...analysis, language: 'en' }, options).split('\n');
  const plain = (line: string) => line.replace(/\x1b\[[\d;]*m/g, '');
  const checklist = lines.findIndex((l) => plain(l) === 'Checklist');
  // formatAnalysis's own layout changed: print it as it is rather than a mangled report
  if (checklist < 0) return formatAnalysis(text, analysis, options);
  const out = lines.slice(0, checklist).map((l) =>
    // "reads calm" would claim the checks that need English
    languageFree && l === 'No flags: the wording reads calm.' ? 'No flags from the checks that ran.' : l,
  );
  if (languageFree) out.unshift(NOT_ENGLISH, '');
  else {
    const [heading, ...items] = checklistLines(analysis.structure);
    out.push(options.colour ? `\x1b[1m${heading}\x1b[0m` : heading!, ...items, '');
  }
  // with nothing found in another language, "calm" would claim the checks that need English (as in the panel)
  if (!languageFree || analysis.flags.length > 0) out.push(`Heat: ${analysis.heat.toFixed(2)} (${heatLevel(analysis.heat).words.toLowerCase()})`);
  const { characters, limit } = analysis.length;
  out.push(`Length: ${characters}${limit ? ` / ${limit}${characters > limit ? ' — over the limit' : ''}` : ''}`);
  return `${out.join('\n')}\n`;
}

const args = process.argv.slice(2);

function option(name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
}

/** A star rating 1–5 (a number or a numeric string); anything else is unknown, not an error. */
function stars(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n >= 1 && n <= 5 ? n : undefined;
}

async function jsonl(): Promise<void> {
  const analyzer = createAnalyzer();
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let input: { id?: unknown; text?: unknown; review?: unknown; platform?: unknown; business?: unknown; rating?: unknown };
    try {
      input = JSON.parse(line) as typeof input;
    } catch {
      process.stdout.write(`${JSON.stringify({ id: null, error: `line ${n} is not valid JSON` })}\n`);
      continue;
    }
    const id = input.id ?? null;
    if (typeof input.text !== 'string') {
      process.stdout.write(`${JSON.stringify({ id, error: 'missing "text"' })}\n`);
      continue;
    }
    const analysis = analyzer.analyse(input.text, {
      review: typeof input.review === 'string' ? input.review : undefined,
      platform: typeof input.platform === 'string' ? input.platform : undefined,
      business: typeof input.business === 'string' ? input.business : undefined,
      rating: stars(input.rating),
    });
    process.stdout.write(`${JSON.stringify({ id, ...analysis })}\n`);
  }
}

async function main(): Promise<void> {
  // options end at a lone "--": after it, "-h" is text
  const end = args.indexOf('--');
  const given = end < 0 ? args : args.slice(0, end);
  if (given.includes('--help') || given.includes('-h')) {
    process.stdout.write(USAGE);
    return;
  }
  if (args.includes('--jsonl')) return jsonl();
  const review = option('--review');
  const platform = option('--platform');
  const business = option('--business');
  const rating = stars(option('--rating'));
  const raw = args.includes('--json');
  const words = args.filter((a) => a !== '--json' && a !== '--');
  let text = words.join(' ');
  if (!text && !process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    text = Buffer.concat(chunks).toString('utf8');
  }
  if (!text.trim()) {
    process.stderr.write('Usage: npm run --silent analyze -- "your reply"   (or --jsonl with JSON Lines on stdin; --help for more)\n');
    process.exitCode = 2;
    return;
  }
  const analysis = createAnalyzer().analyse(text, { review, platform, business, rating });
  const colour = process.stdout.isTTY && !process.env.NO_COLOR;
  process.stdout.write(raw ? `${JSON.stringify(analysis, null, 2)}\n` : report(text, analysis, { colour }));
}

// run as the CLI, not when a test imports checklistLines or report
function invokedAsScript(): boolean {
  try {
    return !!process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}
if (invokedAsScript()) void main();
