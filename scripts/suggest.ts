/**
 * npm run --silent suggest -- "the review"               → the suggested reply, readable by a person
 * npm run --silent suggest -- --jsonl < reviews.jsonl    → one JSON line per input line:
 *   in:  {"id", "review", "rating"?, "platform"?, "business"?, "author"?}
 *   out: {"id", "kind", "aspects": [{"text", "polarity"}], "text"}
 * `text` is the reply exactly as the panel first shows it: standard length, the owner's profile at its
 * defaults (with `business` as its name), placeholders left in (DESIGN.md, "Suggestion CLI"). A bad line
 * gets an error line for its id on standard error; the run goes on.
 */
import { createInterface } from 'node:readline';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeReply, type ComposedReply } from '../lib/compose/index';
import { PLATFORM_LIMITS } from '../lib/analysis/limits';
import { createAnalyzer } from '../lib/analysis/index';
import { defaultSettings } from '../lib/settings/schema';

export const USAGE = `Calm Reply suggests a reply to a review: thanks that name what the reviewer liked, a specific
apology for what went wrong, a place for what you did about it, and a private follow-up. It runs on this
machine; nothing is sent anywhere.

Usage:
  npm run --silent suggest -- [options] "the review"      the suggested reply, with what was read from the review
  echo "the review" | npm run --silent suggest              the review from standard input
  npm run --silent suggest -- --jsonl < in.jsonl           JSON Lines in, one {"id", "kind", "aspects", "text"} line out per line

Options:
  --rating N       the review's stars, 1 to 5
  --platform NAME  the site, for its length limit and its words: ${Object.keys(PLATFORM_LIMITS).join(', ')}
  --business "…"   your business's name, for the sign-off
  --author "…"     the reviewer's name as the page shows it (only a first name is ever used)
  --json           print {"kind", "aspects", "text"} as JSON instead of the readable form
  --jsonl          read JSON Lines on standard input: {"id", "review", "rating"?, "platform"?, "business"?, "author"?}
  -h, --help       print this help

The reply is the standard length with your profile at its defaults; words in [brackets] are for you to
fill in (what you did about the complaint, and when) before you post it.

Examples:
  npm run --silent suggest -- --rating 2 "The shower ran cold and nobody at reception cared."
  npm run --silent suggest -- --platform googleplay --rating 1 "Since the update the app logs me out."
  npm run --silent suggest -- --jsonl < reviews.jsonl > suggestions.jsonl
`;

export interface SuggestInput {
  review?: unknown;
  rating?: unknown;
  platform?: unknown;
  business?: unknown;
  author?: unknown;
}

/** A star rating 1–5 (a number or a numeric string); anything else is unknown, not an error. */
function stars(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n >= 1 && n <= 5 ? n : undefined;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

let analyzer: ReturnType<typeof createAnalyzer> | undefined;

/** The suggestion for one review, as the panel first shows it. */
export function suggest(input: SuggestInput): ComposedReply {
  const profile = defaultSettings().business;
  const business = { ...profile, name: str(input.business)?.trim().slice(0, 120) ?? profile.name };
  const platform = str(input.platform)?.trim().toLowerCase();
  const review = { text: typeof input.review === 'string' ? input.review : '', rating: stars(input.rating), author: str(input.author) };
  analyzer ??= createAnalyzer();
  const check = analyzer;
  return composeReply({
    review,
    business,
    variant: profile.replyLength,
    platform,
    limit: platform ? PLATFORM_LIMITS[platform]?.limit : undefined,
    // as the panel does: a suggestion our own analysis would flag is said more plainly
    // with the business's own name, as the panel's analyser holds it: its capitals in the sign-off are no one's full name
    flagged: (text) => check.analyse(text, { review: review.text, platform, rating: review.rating, ...(business.name.trim() ? { business: business.name.trim() } : {}) }).flags.length > 0,
  });
}

export function suggestionLine(id: unknown, reply: ComposedReply) {
  return {
    id,
    kind: reply.kind,
    aspects: reply.reading.aspects.map((a) => ({ text: a.text, polarity: a.polarity })),
    text: reply.text,
  };
}

async function jsonl(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let input: SuggestInput & { id?: unknown };
    try {
      input = JSON.parse(line) as typeof input;
      if (!input || typeof input !== 'object' || Array.isArray(input)) throw new Error('not an object');
    } catch {
      process.stderr.write(`${JSON.stringify({ id: null, line: n, error: `line ${n} is not a JSON object` })}\n`);
      continue;
    }
    const id = input.id ?? null;
    if (typeof input.review !== 'string') {
      process.stderr.write(`${JSON.stringify({ id, line: n, error: 'missing "review" (a string)' })}\n`);
      continue;
    }
    try {
      process.stdout.write(`${JSON.stringify(suggestionLine(id, suggest(input)))}\n`);
    } catch (e) {
      process.stderr.write(`${JSON.stringify({ id, line: n, error: `could not compose a reply: ${e instanceof Error ? e.message : String(e)}` })}\n`);
    }
  }
}

function readable(reply: ComposedReply): string {
  const aspects = reply.reading.aspects.map((a) => `${a.polarity === 'positive' ? '+' : '−'} ${a.text}`);
  const out = [`Kind: ${reply.kind}${reply.generic ? ` (${reply.generic})` : ''}`];
  if (aspects.length) out.push(`Read: ${aspects.join(', ')}`);
  out.push('', reply.text, '');
  for (const slot of reply.actions) {
    out.push(`For ${slot.placeholder}, for example:`);
    for (const o of slot.options) out.push(`  - ${o.base}`);
  }
  return `${out.join('\n')}\n`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('-h') || args.includes('--help')) {
    process.stdout.write(USAGE);
    return;
  }
  if (args.includes('--jsonl')) return jsonl();
  const option = (name: string): string | undefined => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const value = args[i + 1];
    args.splice(i, 2);
    return value;
  };
  const input: SuggestInput = { rating: option('--rating'), platform: option('--platform'), business: option('--business'), author: option('--author') };
  const json = args.includes('--json');
  const rest = args.filter((a) => a !== '--json');
  const unknown = rest.find((a) => a.startsWith('--'));
  if (unknown) {
    process.stderr.write(`Unknown option ${unknown}.\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  let review = rest.join(' ');
  if (!review && !process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    review = Buffer.concat(chunks).toString('utf8').trim();
  }
  if (!review) {
    process.stderr.write(`Give the review to reply to.\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const reply = suggest({ ...input, review });
  if (json) {
    const { id: _, ...line } = suggestionLine(null, reply);
    process.stdout.write(`${JSON.stringify(line, null, 2)}\n`);
  } else process.stdout.write(readable(reply));
}

// Run only as a script, not when a test imports USAGE.
const invoked = process.argv[1] ? realpathSync(process.argv[1]) : '';
if (invoked === realpathSync(fileURLToPath(import.meta.url))) {
  main().catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
