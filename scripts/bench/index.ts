/**
 * npm run bench: every speed and size figure, one table per section, each figure median / p95
 * over repeated runs and each comparison a ratio measured in the same run (issue 8).
 *   1. analysis in Node vs a bare compromise parse   2. peers (harper.js, write-good) on the same replies
 *   3. real Chromium with the built extension        4. bundle sizes
 * --quick: fewer runs; --no-browser: skip the Chromium section (no build needed).
 */
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { benchAnalysis, benchMemory, printAnalysis } from './analysis';
import { benchPeers } from './peers';
import { benchBrowser } from './browser';

const quick = process.argv.includes('--quick');
const withBrowser = !process.argv.includes('--no-browser');

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`Calm Reply bench · ${new Date().toISOString().slice(0, 16)} · ${cpus().length} × ${cpu} · ${Math.round(totalmem() / 2 ** 30)} GiB · Node ${process.version}`);

printAnalysis(benchAnalysis(quick));
const mem = benchMemory();
console.log(`memory held by one analyser after ${mem.edits} edits: ${mem.heldKB} KB${mem.gcAvailable ? '' : ' (approximate: run with --expose-gc)'}`);

await benchPeers();

if (withBrowser) {
  execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
  execFileSync('node', ['scripts/build-test.mjs'], { stdio: 'ignore' });
  await benchBrowser(quick ? 60 : 200);
  execFileSync('node', ['scripts/bench/size.mjs'], { stdio: 'inherit' });
}
