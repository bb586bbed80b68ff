import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isReplacement } from '../../components/FlagList';
import { applyFix } from '../../lib/analysis/apply-fix';
import { createAnalyzer, type Flag } from '../../lib/analysis/index';
import { parseCorpus } from '../../lib/analysis/evaluate';
import { RULES, type FlaggedExample } from '../../lib/rules/index';

// One table-driven test over every rule's own examples (DESIGN.md, "A rule"). The rules alone: where the
// learned model may overrule a rule that misfires on real replies is tested with the model (model.test.ts).
const analyzer = createAnalyzer({ model: null });

/**
 * Where the example's words stand in its text: from the test's own data (the words it says must be flagged,
 * which appear once), never from the flag, so a flag one character off cannot pass.
 */
function expectedSpan(example: FlaggedExample): { start: number; end: number } {
  const start = example.text.indexOf(example.flag);
  return { start, end: start + example.flag.length };
}

/** The rule's flag on exactly the example's words, or undefined. */
function flagOf(ruleId: string, example: FlaggedExample): Flag | undefined {
  const { start, end } = expectedSpan(example);
  return analyzer.analyse(example.text, example.context).flags.find((f) => f.rule === ruleId && f.start === start && f.end === end);
}

describe.each(RULES.map((r) => [r.id, r] as const))('rule %s', (_id, rule) => {
  it.each(rule.examples.flagged.map((e) => [e.text, e] as const))('flags %j', (_text, example) => {
    const analysis = analyzer.analyse(example.text, example.context);
    const mine = analysis.flags.filter((f) => f.rule === rule.id);
    const { start, end } = expectedSpan(example);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(mine.map((f) => [f.start, f.end]), `${rule.id} flags ${JSON.stringify(mine.map((f) => f.text))}`).toContainEqual([start, end]);
    const flag = mine.find((f) => f.start === start && f.end === end)!;
    expect(example.text.slice(flag.start, flag.end)).toBe(example.flag);
    expect(flag.text).toBe(example.flag);
    for (const f of mine) {
      expect(f.category).toBe(rule.category);
      expect(f.message).toBe(rule.message);
    }
  });

  const fixed = rule.examples.flagged.filter((e) => e.output !== undefined);
  if (fixed.length > 0) {
    it.each(fixed.map((e) => [e.text, e] as const))('fixes %j in one click, and the fix is not flagged again', (_text, example) => {
      const flag = flagOf(rule.id, example);
      expect(flag, `${rule.id} flags ${JSON.stringify(example.flag)}`).toBeDefined();
      expect(flag!.replacement, `${rule.id} offers a replacement`).toBeTypeOf('string');
      const output = applyFix(example.text, flag!);
      expect(output).toBe(example.output);
      expect(analyzer.analyse(output, example.context).flags.filter((f) => f.rule === rule.id)).toEqual([]);
    });
  }

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
    for (const e of rule.examples.flagged) {
      expect(e.text).toContain(e.flag);
      // once, so the position the test expects the flag at is unambiguous
      expect(e.text.indexOf(e.flag), `${JSON.stringify(e.flag)} appears once in ${JSON.stringify(e.text)}`).toBe(e.text.lastIndexOf(e.flag));
    }
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

  // Rules whose flags give advice only, each with its reason in the rule file (a personal detail has no
  // honest rewrite; which sentences to cut to fit a site's limit is the owner's call). Every other rule
  // offers a replacement the panel puts in the reply in one click.
  const ADVICE_RULES = ['over-limit', 'personal-details'];
  const DROP_IN_RULES = RULES.map((r) => r.id).filter((id) => !ADVICE_RULES.includes(id)).sort();

  it('states the fixed reply (output) for every example whose flag has a replacement, and for no other', () => {
    for (const rule of RULES) {
      for (const e of rule.examples.flagged) {
        const oneClick = flagOf(rule.id, e)?.replacement !== undefined;
        expect(e.output !== undefined, `${rule.id}: ${JSON.stringify(e.text)} ${oneClick ? 'needs' : 'must not have'} an output`).toBe(oneClick);
      }
    }
  });

  it('has fixed-reply examples for every rule with drop-in fixes, and none for rules that give advice', () => {
    // which rules offer drop-ins, seen on every rule's examples and on the labelled corpus, not just taken on trust
    const seen = new Set<string>();
    const look = (text: string, context?: FlaggedExample['context']) => {
      for (const f of analyzer.analyse(text, context).flags) if (f.replacement !== undefined) seen.add(f.rule);
    };
    for (const rule of RULES) for (const e of rule.examples.flagged) look(e.text, e.context);
    const dir = join(process.cwd(), 'test/fixtures/corpus');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) {
      for (const reply of parseCorpus(readFileSync(join(dir, file), 'utf8'), file)) look(reply.text, { review: reply.review });
    }
    expect([...seen].filter((id) => RULES.some((r) => r.id === id)).sort()).toEqual(DROP_IN_RULES);
    for (const rule of RULES) {
      const outputs = rule.examples.flagged.filter((e) => e.output !== undefined).length;
      if (DROP_IN_RULES.includes(rule.id)) expect(outputs, `${rule.id} shows its fix applied`).toBeGreaterThan(0);
      else expect(outputs, `${rule.id} gives advice, not a fix to apply`).toBe(0);
    }
    // reads the whole labelled fixture corpus, reviews and all
  }, 60_000);
});

describe('suggestions', () => {
  // The panel offers one-click replace for a short suggestion without ':' or ';' (FlagList
  // isReplacement), so advice must never take that shape, or "Use “Leave it out”" would be typed in.
  const ADVICE = /^(leave|try|use|say|own|keep|shorten|drop|describe|offer|check|answer|take|lead|end|name|make|invite|please)\b/i;

  it('are either drop-in replacement words or advice that cannot be mistaken for them', () => {
    const analyzer = createAnalyzer();
    for (const rule of RULES) {
      for (const ex of rule.examples.flagged) {
        for (const f of analyzer.analyse(ex.text, ex.context).flags) {
          if (isReplacement(f.suggestion)) {
            expect(f.suggestion, `${f.rule}: "${f.text}" → "${f.suggestion}"`).not.toMatch(ADVICE);
          }
        }
      }
    }
  });

  it('offer calmer words, the first name and removal where those fit in place', () => {
    const analyzer = createAnalyzer();
    const at = (text: string, rule: string) => analyzer.analyse(text).flags.find((f) => f.rule === rule);
    expect(at('Your review is ridiculous.', 'heated-words')?.replacement).toBe('surprising');
    expect(at('Outrageous claims like this hurt our staff.', 'heated-words')?.replacement).toBe('Disappointing');
    const name = at('Thank you for writing, Michael Johnson, and I am sorry about the noise.', 'reviewer-name');
    expect(name?.text).toBe('Michael Johnson');
    expect(name?.replacement).toBe('Michael');
    expect(at('Enjoy your fast food 😂', 'mocking-emoji')?.replacement).toBe('');
  });
});

describe('owning drop-ins', () => {
  it('turns an evasive passive into the active, keeping the capital', () => {
    const analyzer = createAnalyzer();
    const flag = (text: string) => analyzer.analyse(text).flags.find((f) => f.rule === 'evasive-passive');
    expect(flag('Mistakes were made, and we are sorry.')?.replacement).toBe('We made mistakes');
    expect(flag('I accept that a mistake was made with your booking.')?.replacement).toBe('we made a mistake');
  });
});
