// `npm run mutate [-- <stryker args>]`, `npm run mutate:analysis`, `npm run mutate:sites`,
// `npm run mutate:text-path`: Stryker over lib/analysis and/or lib/sites (stryker.config.mjs, which
// names the areas), one test runner at a time.
// The console output (clear-text report included) is also kept in reports/mutation/<area>.txt.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const area = ['analysis', 'sites', 'text-path'].includes(args[0]) ? args.shift() : 'all';
mkdirSync('reports/mutation', { recursive: true });
const log = createWriteStream(`reports/mutation/${area}.txt`);
const started = Date.now();
// Stryker itself, not npx, so a signal reaches it (its bin is not in the package's exports).
const stryker = fileURLToPath(new URL('../node_modules/@stryker-mutator/core/bin/stryker.js', import.meta.url));
const child = spawn(process.execPath, [stryker, 'run', ...args], {
  env: { ...process.env, MUTATE_AREA: area },
  stdio: ['inherit', 'pipe', 'inherit'],
});
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  log.write(chunk);
});
// Ctrl-C or a kill of this script stops Stryker too (it then removes its sandbox).
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => child.kill(signal));
child.on('close', (code) => {
  const line = `\nnpm run mutate (${area}) took ${((Date.now() - started) / 60_000).toFixed(1)} min.\n`;
  process.stdout.write(line);
  log.end(line, () => process.exit(code ?? 1));
});
