import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, PROBLEMS } from '../../lib/analysis/evaluate';
import { createAnalyzer } from '../../lib/analysis/index';
import { asLabelled, groupOf, loadLabelledReal, readLabels, readRealCorpus, REAL_CORPUS } from '../../scripts/real-corpus';

const labels = readLabels();

describe('the real-corpus labels', () => {
  it('hold labels only: ids, hashes, splits, judgements and offsets, never text', () => {
    const keys = ['id', 'sha', 'split', 'defensive', 'excuse', 'emotional', 'apology', 'acknowledges', 'action', 'timescale', 'followUp', 'personalInfo', 'sentences'];
    expect(labels.length).toBeGreaterThanOrEqual(2500);
    for (const l of labels) {
      expect(Object.keys(l).sort()).toEqual([...keys].sort());
      expect(l.sha).toMatch(/^[0-9a-f]{12}$/);
      expect(['train', 'validation', 'test']).toContain(l.split);
      expect(['sincere', 'non-apology', 'none']).toContain(l.apology);
      for (const s of l.sentences) {
        expect(Object.keys(s).sort()).toEqual(['category', 'end', 'i', 'start']);
        expect(Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start).toBe(true);
        // a sentence carries a category exactly when the reply does
        expect(l[s.category]).toBe(true);
      }
      for (const c of PROBLEMS) expect(l[c as 'defensive']).toBe(l.sentences.some((s) => s.category === c));
    }
  });

  it('keep a quarter or more for the test split, and each app whole in one split', () => {
    const share = labels.filter((l) => l.split === 'test').length / labels.length;
    expect(share).toBeGreaterThanOrEqual(0.25);
    for (const app of ['fennec', 'getgo']) {
      expect(new Set(labels.filter((l) => l.id.startsWith(`${app}-`)).map((l) => l.split)).size).toBe(1);
    }
  });

  it('record the agreement of the two passes before settling', () => {
    const agreement = JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/corpus-real/agreement.json'), 'utf8'));
    expect(agreement.replies).toBe(labels.length);
    for (const f of ['defensive', 'excuse', 'emotional', 'apology', 'acknowledges', 'action', 'timescale', 'followUp', 'personalInfo']) {
      expect(agreement.kappaBeforeSettling[f].kappa).toBeGreaterThan(0);
    }
  });
});

const corpus = readRealCorpus();
if (!corpus) console.log(`Real-corpus checks not run: ${REAL_CORPUS} is not here (it sits beside the repository in the project's workspace).`);

describe.runIf(corpus !== null)('on real replies (../shared/corpus)', () => {
  it('every label matches its reply (hash), and every business sits in one split', () => {
    const loaded = loadLabelledReal();
    if ('missing' in loaded) throw new Error(loaded.missing);
    expect(loaded.replies).toHaveLength(labels.length);
    const splitOf = new Map<string, string>();
    for (const r of loaded.replies) {
      const g = groupOf(r);
      expect(splitOf.get(g) ?? r.label.split, g).toBe(r.label.split);
      splitOf.set(g, r.label.split);
    }
  });

  // Floors a little under the honest figures on the real test split (businesses no training reply came
  // from; see the README's "How well it judges" for the figures and how they were measured).
  // Measured (1,104 replies, 27 % of the corpus): defensive P 0.746 R 0.644, excuse P 0.367 R 0.478,
  // emotional P 0.949 R 0.860; false flags on clean replies 2.2 %; acknowledge 0.976, apology kind 0.930,
  // action 0.957, timescale 0.991, follow-up 0.966. Far under the targets (P 0.90, R 0.80) for defensive
  // and excuse: these floors guard what was reached, they do not claim the targets.
  const FLOORS = { defensive: { precision: 0.72, recall: 0.62 }, excuse: { precision: 0.34, recall: 0.45 }, emotional: { precision: 0.92, recall: 0.83 } };
  const FALSE_FLAGS_CEILING = 0.03;
  const STRUCTURE_FLOORS = { acknowledge: 0.96, apology: 0.92, action: 0.94, timescale: 0.98, followUp: 0.95 };

  const loaded = loadLabelledReal(['test']);
  const test = 'missing' in loaded ? [] : loaded.replies.map(asLabelled);
  const result = evaluate(createAnalyzer(), test, ['defensive', 'excuse', 'emotional']);

  it.each(Object.keys(FLOORS))('%s holds its precision and recall floors on the real test split', (category) => {
    const score = result.categories[category as 'defensive'];
    const floor = FLOORS[category as 'defensive'];
    expect(score.precision, `${category} precision`).toBeGreaterThanOrEqual(floor.precision);
    expect(score.recall, `${category} recall`).toBeGreaterThanOrEqual(floor.recall);
  });

  it('flags few clean real replies', () => {
    expect(result.falseFlags.rate).toBeLessThanOrEqual(FALSE_FLAGS_CEILING);
  });

  it.each(Object.keys(STRUCTURE_FLOORS))('structure field %s agrees with the real labels often enough', (field) => {
    expect(result.structure[field as 'action']).toBeGreaterThanOrEqual(STRUCTURE_FLOORS[field as 'action']);
  });
});
