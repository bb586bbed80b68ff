// @ts-check
// Mutation testing of lib/analysis and lib/sites. Not part of `npm test`; run on demand:
//   npm run mutate             both areas           reports/mutation/all.{txt,json,html}
//   npm run mutate:analysis    lib/analysis only    reports/mutation/analysis.*
//   npm run mutate:sites       lib/sites only       reports/mutation/sites.*
//   npm run mutate:text-path   the seven files of the owner's text path (docs/mutation.md's figures)
// scripts/mutate.mjs sets MUTATE_AREA and keeps the console report; `npx stryker run` (all) works too,
// and `npm run mutate -- --mutate lib/sites/text.ts` mutates any list of files.
// Figures, run times and how to read them: docs/mutation.md.
const AREAS = {
  all: ['lib/analysis/**/*.ts', 'lib/sites/**/*.ts'],
  analysis: ['lib/analysis/**/*.ts'],
  sites: ['lib/sites/**/*.ts'],
  'text-path': [
    'lib/sites/insert.ts',
    'lib/sites/detect.ts',
    'lib/sites/controller.ts',
    'lib/sites/text.ts',
    'lib/analysis/index.ts',
    'lib/analysis/heat.ts',
    'lib/analysis/limits.ts',
  ],
};
const area = Object.hasOwn(AREAS, process.env.MUTATE_AREA ?? '') ? /** @type {keyof typeof AREAS} */ (process.env.MUTATE_AREA) : 'all';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  // The `unit` project's tests minus the corpus suites and compromise-speedups.test.ts, fuzz with a
  // fixed seed, quickest files first (see vitest.mutation.config.ts).
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  coverageAnalysis: 'perTest',
  // Mutants reached only while a module loads (top-level tables, regular expressions, constants) are
  // not run: no test is known to reach them, so each would rerun every related test file (a minute or
  // more apiece). They are counted as "ignored". Mutants reached both at load and inside tests run
  // against those tests.
  ignoreStatic: true,
  concurrency: 1,
  // Slack on top of 1.5 × the normal time of a mutant's tests; generous because the machine is shared.
  timeoutMS: 20_000,
  dryRunTimeoutMinutes: 15,
  mutate: [
    ...AREAS[area],
    '!**/*.d.ts',
    // Types only: nothing to mutate.
    '!lib/analysis/types.ts',
    // 503 mutants, each reached by nearly every analysis test (it runs inside every parse): alone it
    // would take hours. Its tests prove it equal to compromise's own matchers, which mutation adds
    // little to; it is pinned to compromise 14.17.0.
    '!lib/analysis/compromise-speedups.ts',
  ],
  ignorePatterns: ['reports', 'test-results', '.output', '.cache', '.scratch', 'docs'],
  reporters: ['clear-text', 'json', 'html', 'progress-append-only'],
  jsonReporter: { fileName: `reports/mutation/${area}.json` },
  htmlReporter: { fileName: `reports/mutation/${area}.html` },
  clearTextReporter: { allowColor: false, reportTests: false, logTests: false },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
export default config;
