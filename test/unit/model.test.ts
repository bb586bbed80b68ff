import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../lib/analysis/index';
import { DIMENSION, hashFeature } from '../../lib/model/features';
import { encodeWeights, loadModel, REPLY_HEADS, SENTENCE_HEADS, type Head, type Model } from '../../lib/model/index';
import { trainHead, vocabulary, type Example } from '../../lib/model/learn';
import { EXAMPLE_REVIEW, LEARNED } from '../../lib/model/judge';
import { RULES } from '../../lib/rules/index';

/**
 * A hand-built model: named features with hand-set weights, so each test knows exactly what the model
 * thinks. Heads not given take no part: a sentence head never flags (threshold above 1) and a reply head
 * leaves the rules' answer (keep 0, threshold never reached).
 */
function handModel(
  heads: Partial<Record<Head, { bias?: number; threshold?: number; keep?: number; weights?: Record<string, number> }>>,
  vetoes: string[] = [],
): Model {
  const all = [...SENTENCE_HEADS, ...REPLY_HEADS].map((name) => {
    const h = heads[name] ?? {};
    return {
      name,
      bias: h.bias ?? 0,
      threshold: h.threshold ?? 2,
      keep: h.keep ?? 0,
      weights: new Map(Object.entries(h.weights ?? {}).map(([k, v]) => [hashFeature(k), v])),
    };
  });
  const file = encodeWeights(all, { dimension: DIMENSION, trainedOn: { labels: 'test', replies: 0, sentences: 0, seed: 0, options: {} }, vetoes });
  return loadModel(JSON.parse(JSON.stringify(file)));
}

describe('features', () => {
  it('hash with 32-bit FNV-1a, folded into 2^20 buckets (stable across machines)', () => {
    // FNV-1a("a") = 0xe40c292c, FNV-1a("") = 0x811c9dc5: the published test vectors
    expect(hashFeature('a')).toBe(0xe40c292c & 0xfffff);
    expect(hashFeature('')).toBe(0x811c9dc5 & 0xfffff);
  });
});

describe('weights file', () => {
  it('decodes to the weights that were encoded (to int16 precision)', () => {
    const m = handModel({ defensive: { bias: -3, weights: { 'u:cheapest': 2.5, 'u:sorry': -1.25 } } });
    expect(m.logit([hashFeature('u:cheapest')], 'defensive')).toBeCloseTo(-0.5, 3);
    expect(m.logit([hashFeature('u:cheapest'), hashFeature('u:sorry')], 'defensive')).toBeCloseTo(-1.75, 3);
    expect(m.logit([hashFeature('u:unknown')], 'defensive')).toBeCloseTo(-3, 6);
    expect(m.probability([], 'defensive')).toBeCloseTo(0.0474, 3);
  });

  it('names a missing head instead of scoring nonsense', () => {
    const file = encodeWeights([{ name: 'defensive', bias: 0, threshold: 0.5, weights: new Map() }], {
      dimension: DIMENSION,
      trainedOn: { labels: 'test', replies: 0, sentences: 0, seed: 0, options: {} },
      vetoes: [],
    });
    expect(() => loadModel(file).logit([], 'excuse')).toThrow(/no head "excuse"/);
  });
});

describe('learned flags in the analysis', () => {
  const cheapest = handModel({ defensive: { bias: -3, threshold: 0.5, weights: { 'u:parking': 6 } } });

  it('flag a sentence no rule names, with its confidence and the words that weighed most', () => {
    const text = 'The parking fee is listed online. Thank you for staying with us.';
    const flags = createAnalyzer({ model: cheapest }).analyse(text).flags;
    expect(flags).toEqual([
      {
        rule: 'sounds-defensive',
        category: 'defensive',
        start: 0,
        end: 33,
        text: 'The parking fee is listed online.',
        message: 'This sentence reads as arguing with the customer rather than owning the problem.',
        suggestion: 'Say what went wrong for them and what you are doing about it, and leave the rest out.',
        confidence: 0.95,
        evidence: [{ start: 4, end: 11 }],
        // It carries no part of a good reply and the reply has another sentence: one click takes it out.
        replacement: '',
      },
    ]);
  });

  it('stay quiet under the threshold and when the owner switched the check off', () => {
    const text = 'The parking fee is listed online.';
    const shy = handModel({ defensive: { bias: -3, threshold: 0.99, weights: { 'u:parking': 6 } } });
    expect(createAnalyzer({ model: shy }).analyse(text).flags).toEqual([]);
    expect(createAnalyzer({ model: cheapest, disabledRules: ['sounds-defensive'] }).analyse(text).flags).toEqual([]);
  });

  it('do not repeat a rule: where a rule of the category already flagged the sentence, the rule explains it', () => {
    const model = handModel({ emotional: { bias: 0, threshold: 0.5, weights: { 'u:ridiculous': 6 } } });
    const flags = createAnalyzer({ model }).analyse('That is ridiculous.').flags;
    expect(flags.map((f) => f.rule)).toEqual(['heated-words']);
  });

  it('do not re-flag words the context excuses (the reviewer used them first), but do where it does not', () => {
    const model = handModel({ emotional: { bias: -3, threshold: 0.5, weights: { 'u:ridiculous': 6 } } });
    const analyser = createAnalyzer({ model });
    const text = 'I am sorry the wait felt ridiculous.';
    expect(analyser.analyse(text, { review: 'The wait was ridiculous.' }).flags).toEqual([]);
    expect(analyser.analyse(text).flags.map((f) => f.rule)).toEqual(['heated-words']);
  });

  it('leave the sign-off block alone', () => {
    const model = handModel({ emotional: { bias: -3, threshold: 0.5, weights: { 'u:ramesh': 6 } } });
    const analyser = createAnalyzer({ model });
    expect(analyser.analyse('Thank you for staying.\nWarm regards,\nRamesh').flags).toEqual([]);
    expect(analyser.analyse('Thank you for staying.\nRamesh will call you.').flags.map((f) => f.rule)).toEqual(['sounds-heated']);
  });
});

describe('incremental analysis with the model', () => {
  it('gives what a fresh analyser gives, as the draft, the review and the stars change', () => {
    const model = handModel({
      defensive: { bias: -3, threshold: 0.5, weights: { 'u:parking': 2, 'rv:shared-noun': 2, 'rv:low&shared&positive': 2 } },
    });
    const analyser = createAnalyzer({ model });
    const steps: Array<[string, { review?: string; rating?: number }]> = [
      ['The parking is free for guests.', { review: 'Parking was a nightmare.', rating: 1 }],
      ['The parking is free for guests. Thank you.', { review: 'Parking was a nightmare.', rating: 1 }],
      ['The parking is free for guests. Thank you.', { review: 'Lovely stay.', rating: 5 }],
      ['The parking is free for guests. Thank you.', {}],
      ['The parking is free for guests. Thank you.', { review: 'Parking was a nightmare.', rating: 1 }],
    ];
    const seen = new Set<string>();
    for (const [text, context] of steps) {
      const got = analyser.analyse(text, context);
      expect(got).toEqual(createAnalyzer({ model }).analyse(text, context));
      seen.add(got.flags.map((f) => `${f.rule}:${f.confidence}`).join());
    }
    // the review and stars really moved the model's score, so the cache had something to get wrong
    expect(seen.size).toBeGreaterThan(1);
  });
});

describe('the model overruling a rule', () => {
  const text = 'We DO NOT accept cards at the bar.';

  const review = { review: 'The bar staff were rude to us.', rating: 2 };

  it('drops a vetoable rule’s flag where the model, reading the review, finds the sentence clean', () => {
    const calm = handModel({ emotional: { bias: -5, keep: 0.5 } }, ['shouting']);
    expect(createAnalyzer({ model: calm }).analyse(text, review).flags.map((f) => f.rule)).toEqual([]);
    // without a review to read, the rule stands
    expect(createAnalyzer({ model: calm }).analyse(text).flags.map((f) => f.rule)).toEqual(['shouting']);
  });

  it('keeps it where the rule is not one the model may overrule, or the model agrees', () => {
    const notVetoable = handModel({ emotional: { bias: -5, keep: 0.5 } }, []);
    expect(createAnalyzer({ model: notVetoable }).analyse(text, review).flags.map((f) => f.rule)).toEqual(['shouting']);
    const agrees = handModel({ emotional: { bias: -5, keep: 0.5, weights: { 'rule:shouting': 6 } } }, ['shouting']);
    expect(createAnalyzer({ model: agrees }).analyse(text, review).flags.map((f) => f.rule)).toEqual(['shouting']);
  });
});

describe('structure heads', () => {
  it('overturn a field the rules found where the head is sure they are wrong, and only then', () => {
    const model = handModel({ action: { bias: 0, keep: 0.4, weights: { 'u:noted': -5 } } });
    const analyser = createAnalyzer({ model });
    expect(createAnalyzer({ model: null }).analyse('We have replaced the kettle and noted it.').structure.action).toBe(true);
    expect(analyser.analyse('We have replaced the kettle and noted it.').structure.action).toBe(false);
    expect(analyser.analyse('We have replaced the kettle.').structure.action).toBe(true);
  });

  it('add a field the rules missed at the head’s threshold', () => {
    const model = handModel({ followUp: { bias: -4, threshold: 0.5, weights: { 'u:whatsapp': 8 } } });
    expect(createAnalyzer({ model: null }).analyse('Find us on WhatsApp any time.').structure.followUp).toBe(false);
    expect(createAnalyzer({ model }).analyse('Find us on WhatsApp any time.').structure.followUp).toBe(true);
  });
});

describe('training', () => {
  const examples: Example[] = [];
  for (let i = 0; i < 60; i++) {
    const positive = i % 3 === 0;
    examples.push({ ids: [hashFeature(positive ? 'u:slammed' : 'u:lovely'), hashFeature('u:the')], y: positive, group: `g${i % 7}` });
  }
  const options = { l2: 1e-4, epochs: 6, positiveWeight: 1, minGroups: 2 };

  it('gives the same weights from the same examples (seeded)', () => {
    const vocab = vocabulary(examples, 2);
    const a = trainHead(examples, options, vocab);
    const b = trainHead(examples, options, vocab);
    expect([...a.w]).toEqual([...b.w]);
    expect(a.bias).toBe(b.bias);
  });

  it('learns the word that separates the classes, and nothing from a word seen in one business only', () => {
    const withName = [...examples, { ids: [hashFeature('u:ramesh')], y: true, group: 'g0' }];
    const m = trainHead(withName, options, vocabulary(withName, 2));
    expect(m.w.get(hashFeature('u:slammed'))!).toBeGreaterThan(1);
    expect(m.w.get(hashFeature('u:lovely'))!).toBeLessThan(-1);
    expect(m.w.has(hashFeature('u:ramesh'))).toBe(false);
  });
});

describe('the bundled model on the learned checks’ own examples (as the options page shows them)', () => {
  const analyser = createAnalyzer();
  it.each(LEARNED.flatMap((c) => c.examples.flagged.map((e) => [c.id, e.text] as const)))('%s flags %j', (id, text) => {
    expect(analyser.analyse(text, EXAMPLE_REVIEW).flags.filter((f) => f.rule === id).map((f) => f.text)).toEqual([text]);
  });
  it.each(LEARNED.flatMap((c) => c.examples.fine.map((text) => [c.id, text] as const)))('%s leaves %j alone', (id, text) => {
    expect(analyser.analyse(text, EXAMPLE_REVIEW).flags.filter((f) => f.rule === id)).toEqual([]);
  });
  it('have ids no rule uses, a message and guidance', () => {
    for (const c of LEARNED) {
      expect(RULES.map((r) => r.id)).not.toContain(c.id);
      expect(c.message.length).toBeGreaterThan(10);
      expect(c.guidance).toMatch(/avoid|point [1-6]/i);
    }
  });
});
