// `npm test`: every layer, in the order that fails fastest. Ends with vitest's summary line.
//   1. type check   2. build the test extension   3. web-ext lint (Firefox build)
//   4. vitest: unit + component tests, then end-to-end in real Chromium and Firefox ESR
import { spawnSync } from 'node:child_process';

const steps = [
  // .wxt/ holds generated types tsconfig extends; npm may skip the postinstall that makes it.
  ['Prepare WXT types', 'npx', ['wxt', 'prepare']],
  ['Type check', 'npx', ['tsc', '--noEmit']],
  ['Test build (Chrome + Firefox)', 'node', ['scripts/build-test.mjs']],
  ['Release build (Chrome)', 'npx', ['wxt', 'build']],
  ['Release build (Firefox)', 'npx', ['wxt', 'build', '-b', 'firefox']],
  ['web-ext lint (Firefox build)', 'node', ['scripts/lint-firefox.mjs']],
  ['Editor fixtures (esbuild)', 'node', ['scripts/build-fixtures.mjs']],
  ['Unit, component and end-to-end tests', 'npx', ['vitest', 'run', ...process.argv.slice(2)]],
];

const started = Date.now();
for (const [title, cmd, args] of steps) {
  console.log(`\n▶ ${title}`);
  const t = Date.now();
  const { status } = spawnSync(cmd, args, { stdio: 'inherit' });
  console.log(`  (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  if (status !== 0) {
    console.error(`\n✖ ${title} failed (exit ${status}).`);
    process.exit(status ?? 1);
  }
}
console.log(`\nnpm test took ${((Date.now() - started) / 1000).toFixed(0)} s in all.`);
