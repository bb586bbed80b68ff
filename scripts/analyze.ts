/**
 * npm run --silent analyze -- "some reply text"   → the analysis, readable by a person
 * npm run --silent analyze -- --jsonl < in.jsonl  → one JSON line per input line: {"id", ...Analysis}
 *   input lines: {"id", "text", "review"?, "platform"?, "business"?, "rating"?}
 *   (business: the business's own name, as the owner's profile holds it; rating: the review's stars, 1–5)
 * Options: --review "…", --platform NAME, --business "…", --rating N for the human mode; --json prints the raw Analysis.
 * (DESIGN.md, "Contracts": the JSON Lines shape is relied on by outside tests.)
 */
import { createInterface } from 'node:readline';
import { createAnalyzer } from '../lib/analysis/index';
import { formatAnalysis } from '../lib/analysis/format';

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
    process.stderr.write('Usage: npm run --silent analyze -- "your reply"   (or --jsonl with JSON Lines on stdin)\n');
    process.exitCode = 2;
    return;
  }
  const analysis = createAnalyzer().analyse(text, { review, platform, business, rating });
  const colour = process.stdout.isTTY && !process.env.NO_COLOR;
  process.stdout.write(raw ? `${JSON.stringify(analysis, null, 2)}\n` : formatAnalysis(text, analysis, { colour }));
}

void main();
