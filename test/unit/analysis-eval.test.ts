import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, evaluate, parseCorpus, type LabelledReply } from '../../lib/analysis/evaluate';
import { createAnalyzer } from '../../lib/analysis/index';
import { RULES } from '../../lib/rules/index';
import type { Category } from '../../lib/analysis/types';

// Floors set a little under honest measurements on every file in test/fixtures/corpus (520 replies:
// replies.jsonl, 400, and heldout.jsonl, 120 written later in phrasings unlike the first and never
// used to tune the rules), labelled independently of the rules, with the learned model in place
// (replies.jsonl is among its training data; heldout.jsonl is not). Measured: defensive P 0.872 R 0.860,
// excuse P 0.937 R 0.892, emotional P 0.974 R 0.915, apology P 0.919 R 0.907, policy P 0.986 R 0.958;
// structure acknowledge 0.977, apology 0.973, action 0.950, timescale 0.942, followUp 0.985.
// How it holds on real replies is real-corpus.test.ts; these floors guard against regressions on ours.
const FLOORS: Record<Category, { precision: number; recall: number }> = {
  defensive: { precision: 0.85, recall: 0.84 },
  excuse: { precision: 0.92, recall: 0.87 },
  emotional: { precision: 0.96, recall: 0.9 },
  apology: { precision: 0.9, recall: 0.89 },
  policy: { precision: 0.97, recall: 0.94 },
};
const STRUCTURE_FLOORS = { acknowledge: 0.96, apology: 0.96, action: 0.93, timescale: 0.92, followUp: 0.97 };

const dir = join(process.cwd(), 'test/fixtures/corpus');
const corpus: LabelledReply[] = readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) => parseCorpus(readFileSync(join(dir, f), 'utf8'), f));
const result = evaluate(createAnalyzer(), corpus);

describe('evaluation on the labelled corpus', () => {
  it('has a corpus of at least 300 replies', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
  });

  it.each(CATEGORIES.map((c) => [c] as const))('%s stays above its precision and recall floors', (category) => {
    const score = result.categories[category];
    expect(score.precision, `${category} precision`).toBeGreaterThanOrEqual(FLOORS[category].precision);
    expect(score.recall, `${category} recall`).toBeGreaterThanOrEqual(FLOORS[category].recall);
  });

  it.each(Object.entries(STRUCTURE_FLOORS))('structure field %s agrees with the labels often enough', (field, floor) => {
    expect(result.structure[field as keyof typeof STRUCTURE_FLOORS]).toBeGreaterThanOrEqual(floor);
  });

  it('has no rule that fires on exactly one reply (a sign of a rule tuned to one sentence)', () => {
    const analyzer = createAnalyzer();
    const counts = new Map<string, number>();
    for (const reply of corpus) {
      for (const rule of new Set(analyzer.analyse(reply.text, { review: reply.review }).flags.map((f) => f.rule))) {
        counts.set(rule, (counts.get(rule) ?? 0) + 1);
      }
    }
    // phrase rules only: a rule that reads the review (its stars, what it complained about) fires where the
    // review calls for it, which this corpus's one-line reviews rarely do
    const single = RULES.filter((r) => r.scope !== 'draft' && counts.get(r.id) === 1).map((r) => r.id);
    expect(single).toEqual([]);
  });

  it('lists every miss with its reply id', () => {
    const fn = CATEGORIES.reduce((n, c) => n + result.categories[c].fn + result.categories[c].fp, 0);
    expect(result.misses.filter((m) => m.kind !== 'structure')).toHaveLength(fn);
    for (const m of result.misses) expect(corpus.some((r) => r.id === m.id)).toBe(true);
  });
});
