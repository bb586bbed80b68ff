// Vitest config for mutation testing only (`npm run mutate`; see stryker.config.mjs and docs/mutation.md).
// The `unit` project of vitest.config.ts (same environment, setup and isolation), set up for running
// once per mutant:
// - without the two corpus suites (real-corpus, analysis-eval): they analyse whole corpora while the
//   file loads, outside any test, which Stryker counts as "static" coverage of every analysis line
//   (each such mutant then reruns the whole suite); they pin precision/recall floors, not lines;
// - without compromise-speedups.test.ts: it proves the stand-ins in lib/analysis/compromise-speedups.ts
//   (not mutated, see stryker.config.mjs) match compromise's own matchers; a mutant elsewhere changes
//   both sides of its comparisons alike, so it kills nothing there, and it is one of the slowest files;
// - fast-check with a fixed seed (vitest.mutation.setup.ts), so a fuzz test kills the same mutants on
//   every run and two runs can be compared;
// - quickest test files first, after the file that failed last: Stryker stops a mutant's run at its
//   first failing test, and neighbouring mutants tend to fall to the same file.
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { WxtVitest } from 'wxt/testing';

class QuickestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const { cache, config } = this.ctx;
    const key = (f: TestSpecification) => `${f.project.name}:${f.moduleId.slice(config.root.length + 1)}`;
    const rank = (f: TestSpecification) => {
      const last = cache.getFileTestResults(key(f));
      return [last?.failed ? 0 : 1, last?.duration ?? 0, cache.getFileStats(key(f))?.size ?? 0] as const;
    };
    return files
      .map((f) => ({ f, r: rank(f) }))
      .sort((a, b) => a.r[0] - b.r[0] || a.r[1] - b.r[1] || a.r[2] - b.r[2])
      .map(({ f }) => f);
  }
}

export default defineConfig({
  plugins: [WxtVitest()],
  define: { __CALM_REPLY_TEST__: 'false' },
  test: {
    name: 'unit',
    include: ['test/unit/**/*.test.{ts,tsx}'],
    exclude: [
      '**/node_modules/**',
      'test/unit/real-corpus.test.ts',
      'test/unit/analysis-eval.test.ts',
      'test/unit/compromise-speedups.test.ts',
    ],
    environment: 'jsdom',
    setupFiles: ['test/unit/setup.ts', 'vitest.mutation.setup.ts'],
    sequence: { sequencer: QuickestFirst },
  },
});
