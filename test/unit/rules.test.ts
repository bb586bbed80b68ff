import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../lib/analysis/index';
import { RULES } from '../../lib/rules/index';

// One table-driven test over every rule's own examples (DESIGN.md, "A rule").
const analyzer = createAnalyzer();

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
