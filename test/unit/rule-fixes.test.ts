import { describe, expect, it } from 'vitest';
import { applyFix, fixEdit } from '../../lib/analysis/apply-fix';
import { createAnalyzer, type Flag } from '../../lib/analysis/index';
import { RULES, type FlaggedExample } from '../../lib/rules/index';

// Every rule's one-click fix on every flagged example: applied as the panel applies it (applyFix), the whole
// reply analysed again, the fixed flag gone, no other rule flagging more than before, and the reply exactly
// the example's `output`. The rules alone, as in rules.test.ts (the learned model is measured on real
// replies by scripts/fix-coverage.ts).
const analyzer = createAnalyzer({ model: null });

function flagOf(ruleId: string, example: FlaggedExample): Flag | undefined {
  const start = example.text.indexOf(example.flag);
  return analyzer.analyse(example.text, example.context).flags.find((f) => f.rule === ruleId && f.start === start && f.end === start + example.flag.length);
}

const counts = (flags: Flag[]) => {
  const out = new Map<string, number>();
  for (const f of flags) out.set(f.rule, (out.get(f.rule) ?? 0) + 1);
  return out;
};

/** What no tidy reply holds: a double space, a space before a comma or stop, ",." or a sentence starting in lower case. */
function untidy(text: string): string[] {
  const out: string[] = [];
  if (/ {2}/.test(text)) out.push('double space');
  if (/ [,.;:!?]/.test(text)) out.push('space before punctuation');
  if (/[,;:][.!?]|,,/.test(text)) out.push('orphaned comma');
  if (/(^|[.!?]\s+)\p{Ll}/u.test(text)) out.push('lower-case sentence start');
  if (/^\s|\s$/.test(text)) out.push('space at an end');
  return out;
}

const withOutput = RULES.flatMap((rule) => rule.examples.flagged.filter((e) => e.output !== undefined).map((e) => [rule.id, e.text, e] as const));

describe('every rule fix, applied and analysed again', () => {
  it('covers the rules that offer replacements', () => {
    expect(new Set(withOutput.map(([id]) => id)).size).toBeGreaterThanOrEqual(35);
  });

  it.each(withOutput)('%s: %j', (ruleId, _text, example) => {
    const flag = flagOf(ruleId, example);
    expect(flag, `${ruleId} flags ${JSON.stringify(example.flag)}`).toBeDefined();
    expect(flag!.replacement).toBeTypeOf('string');
    const before = counts(analyzer.analyse(example.text, example.context).flags);
    const output = applyFix(example.text, flag!);
    expect(output).toBe(example.output);
    const after = counts(analyzer.analyse(output, example.context).flags);
    expect(after.get(ruleId) ?? 0, `${ruleId} still flags ${JSON.stringify(output)}`).toBeLessThan(before.get(ruleId)!);
    const fresh = [...after].filter(([id, n]) => id !== ruleId && n > (before.get(id) ?? 0)).map(([id]) => id);
    expect(fresh, `new flags on ${JSON.stringify(output)}`).toEqual([]);
    expect(untidy(output), JSON.stringify(output)).toEqual([]);
  });
});

describe('applyFix tidies the sentence it changes', () => {
  const at = (draft: string, words: string, replacement: string, replaces?: string): string => {
    const start = draft.indexOf(words);
    const r = replaces === undefined ? undefined : { start: draft.indexOf(replaces), end: draft.indexOf(replaces) + replaces.length };
    return applyFix(draft, { start, end: start + words.length, replacement, ...(r ? { replaces: r } : {}) });
  };

  it('removes an opener with its comma and capitalises the new first word', () => {
    expect(at('Thanks for writing. Actually, the pool was open.', 'Actually', '')).toBe('Thanks for writing. The pool was open.');
    expect(at('No offence, but the steak was rare.', 'No offence', '')).toBe('The steak was rare.');
  });

  it('drops a parenthetical with both its commas, and a trailing one before the stop', () => {
    expect(at('We are, frankly, tired of this.', 'frankly', '')).toBe('We are tired of this.');
    expect(at('The room was clean, frankly.', 'frankly', '')).toBe('The room was clean.');
  });

  it('removes a whole sentence and the space before the next', () => {
    expect(at('Sorry. Calm down. We will call you.', 'Calm down.', '')).toBe('Sorry. We will call you.');
    expect(at('Sorry. Calm down.', 'Calm down.', '')).toBe('Sorry.');
    expect(at('Calm down.\nWe will call you.', 'Calm down.', '')).toBe('\nWe will call you.');
  });

  it('cuts a range wider than the words and keeps the end mark', () => {
    expect(at("We're sorry, but the kitchen was busy.", 'but', '', 'but the kitchen was busy')).toBe("We're sorry.");
  });

  it('capitalises a replacement that opens a sentence, and leaves one mid-sentence as written', () => {
    expect(at('Hi. sorry if you felt that way.', 'sorry if', 'sorry about the wait', 'sorry if you felt that way')).toBe('Hi. Sorry about the wait.');
    expect(at('It was RIDICULOUS.', 'RIDICULOUS', 'surprising')).toBe('It was surprising.');
    // positive control: a draft that is already tidy passes the checks the rule fixes are held to
    expect(untidy('Hi. Sorry about the wait.')).toEqual([]);
    expect(untidy('Hi. sorry  about the wait ,.')).toEqual(['double space', 'space before punctuation', 'orphaned comma', 'lower-case sentence start']);
  });

  it('gives the panel the smallest edit that holds the flagged words, with those words to check', () => {
    const draft = 'Actually, the pool was open.';
    expect(fixEdit(draft, { start: 0, end: 8, replacement: '' })).toEqual({ start: 0, end: 11, text: 'T', expect: 'Actually, t' });
    expect(fixEdit('It was RIDICULOUS.', { start: 7, end: 17, replacement: 'surprising' })).toEqual({ start: 7, end: 17, text: 'surprising', expect: 'RIDICULOUS' });
    expect(fixEdit(draft, { start: 0, end: 8 })).toBeUndefined();
    expect(applyFix(draft, { start: 0, end: 8 })).toBe(draft);
  });
});

describe('fixes fitted to the review', () => {
  it('names the review’s main complaint in place of a non-apology, and gives advice where none reads', () => {
    const flag = (text: string, review?: string) => analyzer.analyse(text, review ? { review } : {}).flags.find((f) => f.rule === 'feelings-apology');
    const draft = "I'm sorry you feel that way. We will call you.";
    expect(applyFix(draft, flag(draft, 'The soup was cold and the bread was stale.')!)).toBe("I'm sorry about the cold soup. We will call you.");
    expect(applyFix(draft, flag(draft, 'We waited over an hour for our food.')!)).toBe("I'm sorry about the wait. We will call you.");
    const blind = flag(draft);
    expect(blind?.replacement).toBeUndefined();
    expect(blind?.suggestion).toMatch(/^Own what happened/);
  });
});
