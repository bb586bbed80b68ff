import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '@/lib/analysis';
import { composeReply } from '@/lib/compose';
import { defaultSettings } from '@/lib/settings/schema';

/**
 * How alike the suggestions for different real reviews read, and whether any apologises to a
 * five-star review. The corpus is read at run time only (its texts never enter the repository);
 * without it the suite is skipped.
 */
const CORPUS = join(process.cwd(), '..', 'shared', 'corpus', 'real-replies.jsonl');
const present = existsSync(CORPUS);

/** Word trigrams of a text, lower-cased. */
export function trigrams(text: string): Set<string> {
  const w = text.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 2 < w.length; i++) out.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  return out;
}

/** Mean Jaccard overlap of word trigrams over every pair of texts. */
export function sameness(texts: string[]): number {
  const sets = texts.map(trigrams);
  let sum = 0;
  let pairs = 0;
  for (let i = 0; i < sets.length; i++)
    for (let j = i + 1; j < sets.length; j++) {
      const a = sets[i]!;
      const b = sets[j]!;
      let inter = 0;
      for (const t of a) if (b.has(t)) inter++;
      const union = a.size + b.size - inter;
      sum += union ? inter / union : 0;
      pairs++;
    }
  return pairs ? sum / pairs : 0;
}

describe('sameness measure', () => {
  it('is 1 for identical texts, 0 for texts sharing no three words in a row', () => {
    expect(sameness(['we hope to see you again', 'we hope to see you again'])).toBe(1);
    expect(sameness(['we hope to see you again', 'the shower ran cold all week'])).toBe(0);
    expect(sameness(['a b c d', 'a b c e'])).toBeCloseTo(1 / 3);
  });
});

describe.skipIf(!present)('suggestions for real reviews', () => {
  it('read differently from one another, never apologise to five stars, and carry no flag', () => {
    const rows = readFileSync(CORPUS, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id: string; review: string; rating: number | null; platform?: string });
    // every eighth review: all four sources, both ends of the ratings
    const sample = rows.filter((_, i) => i % 8 === 0);
    const business = defaultSettings().business;
    const replies = sample.map((r) => ({
      rating: r.rating,
      review: r.review,
      platform: r.platform,
      ...composeReply({ review: { text: r.review, rating: r.rating ?? undefined }, business, variant: 'standard', platform: r.platform }),
    }));
    const same = sameness(replies.map((r) => r.text));
    const five = replies.filter((r) => r.rating === 5);
    const sorryToFive = five.filter((r) => /\b(sorry|apolog\w*|regret)\b/i.test(r.text)).length;
    const analyzer = createAnalyzer();
    const flagged = replies.filter((r) => analyzer.analyse(r.text, { review: r.review, rating: r.rating ?? undefined, platform: r.platform }).flags.length > 0).length;
    const complaints = replies.filter((r) => (r.kind === 'complaint' || r.kind === 'mixed') && !r.generic);
    const naming = complaints.filter((r) => r.topics.length > 0).length;
    console.log(
      `compose on ${replies.length} real reviews: sameness ${same.toFixed(3)}, apologies to 5★ ${sorryToFive}/${five.length}, flagged ${flagged}, complaints naming something ${naming}/${complaints.length}`,
    );
    expect(same).toBeLessThanOrEqual(0.35);
    expect(five.length).toBeGreaterThan(50);
    expect(sorryToFive).toBe(0);
    expect(flagged).toBe(0);
  }, 300_000);
});
