import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../lib/analysis/index';
import { RULES } from '../../lib/rules/index';

// One table-driven test over every rule's own examples (DESIGN.md, "A rule"). The rules alone: where the
// learned model may overrule a rule that misfires on real replies is tested with the model (model.test.ts).
const analyzer = createAnalyzer({ model: null });

describe.each(RULES.map((r) => [r.id, r] as const))('rule %s', (_id, rule) => {
  it.each(rule.examples.flagged.map((e) => [e.text, e] as const))('flags %j', (_text, example) => {
    const analysis = analyzer.analyse(example.text, example.context);
    const mine = analysis.flags.filter((f) => f.rule === rule.id);
    expect(mine.map((f) => f.text)).toContain(example.flag);
    for (const f of mine) {
      expect(example.text.slice(f.start, f.end)).toBe(f.text);
      expect(f.category).toBe(rule.category);
      expect(f.message).toBe(rule.message);
    }
  });

  it.each(rule.examples.fine.map((e) => [typeof e === 'string' ? e : e.text, e] as const))('leaves %j alone', (_text, example) => {
    const { text, context } = typeof example === 'string' ? { text: example, context: undefined } : example;
    const analysis = analyzer.analyse(text, context);
    expect(analysis.flags.filter((f) => f.rule === rule.id)).toEqual([]);
  });
});

describe('registry', () => {
  it('has at least 25 rules with unique kebab-case ids', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(25);
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s has message, guidance and ≥5 flagged and ≥5 fine examples', (_id, rule) => {
    expect(rule.message.trim().length).toBeGreaterThan(10);
    expect(rule.message).not.toMatch(/\n/);
    // names a numbered point of GUIDANCE.md or one of its "What it avoids" items
    expect(rule.guidance).toMatch(/point [1-6]|avoid|defensiveness|excuses|emotion|platform violations/i);
    expect(['defensive', 'excuse', 'emotional', 'apology', 'policy']).toContain(rule.category);
    expect(['low', 'medium', 'high']).toContain(rule.severity);
    expect(rule.examples.flagged.length).toBeGreaterThanOrEqual(5);
    expect(rule.examples.fine.length).toBeGreaterThanOrEqual(5);
    for (const e of rule.examples.flagged) expect(e.text).toContain(e.flag);
  });

  it('registers every rule module in lib/rules', () => {
    const modules = import.meta.glob<{ default?: { id?: string } }>('../../lib/rules/*.ts', { eager: true });
    const ruleFiles = Object.entries(modules).filter(([, m]) => typeof m.default?.id === 'string');
    expect(ruleFiles.length).toBe(RULES.length);
    for (const [file, m] of ruleFiles) {
      expect(RULES, file).toContain(m.default);
      // one module per rule, named after it
      expect(file.endsWith(`/${m.default!.id}.ts`), file).toBe(true);
    }
  });

  it('covers every category', () => {
    const categories = new Set(RULES.map((r) => r.category));
    for (const c of ['defensive', 'excuse', 'emotional', 'apology', 'policy']) expect(categories).toContain(c);
  });
});

describe('suggestions', () => {
  // The panel offers one-click replace for a short suggestion without ':' or ';' (FlagList
  // isReplacement), so advice must never take that shape, or "Use “Leave it out”" would be typed in.
  const looksLikeReplacement = (s: string) => s.length <= 60 && !/[:;]/.test(s);
  const ADVICE = /^(leave|try|use|say|own|keep|shorten|drop|describe|offer|check|answer|take|lead|end|name|make|invite|please)\b/i;

  it('are either drop-in replacement words or advice that cannot be mistaken for them', () => {
    const analyzer = createAnalyzer();
    for (const rule of RULES) {
      for (const ex of rule.examples.flagged) {
        for (const f of analyzer.analyse(ex.text, ex.context).flags) {
          if (f.suggestion !== undefined && looksLikeReplacement(f.suggestion)) {
            expect(f.suggestion, `${f.rule}: "${f.text}" → "${f.suggestion}"`).not.toMatch(ADVICE);
          }
        }
      }
    }
  });

  it('offer calmer words, the first name and removal where those fit in place', () => {
    const analyzer = createAnalyzer();
    const at = (text: string, rule: string) => analyzer.analyse(text).flags.find((f) => f.rule === rule);
    expect(at('Your review is ridiculous.', 'heated-words')?.suggestion).toBe('surprising');
    expect(at('Outrageous claims like this hurt our staff.', 'heated-words')?.suggestion).toBe('Disappointing');
    const name = at('Thank you for writing, Michael Johnson, and I am sorry about the noise.', 'reviewer-name');
    expect(name?.text).toBe('Michael Johnson');
    expect(name?.suggestion).toBe('Michael');
    expect(at('Enjoy your fast food 😂', 'mocking-emoji')?.suggestion).toBe('');
  });
});

describe('owning drop-ins', () => {
  it('turns an evasive passive into the active, keeping the capital', () => {
    const analyzer = createAnalyzer();
    const flag = (text: string) => analyzer.analyse(text).flags.find((f) => f.rule === 'evasive-passive');
    expect(flag('Mistakes were made, and we are sorry.')?.suggestion).toBe('We made mistakes');
    expect(flag('I accept that a mistake was made with your booking.')?.suggestion).toBe('we made a mistake');
  });
});
