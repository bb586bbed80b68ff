import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createAnalyzer, LANGUAGE_FREE_RULES } from '@/lib/analysis';
import type { Analysis } from '@/lib/analysis/types';

/** Pieces owners really paste: angry words, emoji, RTL, HTML, odd whitespace, long runs. */
const fragments = fc.constantFrom(
  'We are sorry that your room was not cleaned. ',
  'THIS IS RIDICULOUS!!! ',
  'you should have called us first?? ',
  'Due to the holiday rush, ',
  'sorry if you feel that way. ',
  'Call 555-123-4567 or mail jane.doe@example.com ',
  'https://example.com/deal?x=1 ',
  '👩🏽‍🍳🔥👍 ',
  'שלום, תודה על הביקורת. ',
  'مرحبا، شكرا لك على ملاحظاتك. ',
  '<p>Thank you <b>so</b> much</p><script>x()</script> ',
  '“Smart quotes” and ‘single’ ones — dashes… ',
  '\r\n\r\n',
  '\u00a0\u2003\u200b\t ',
  'Nous sommes désolés pour le retard. ',
  'NHS GPS UK ',
  '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!! ',
  '??? ',
  'a'.repeat(300),
  '. . . , , ; ',
);

const text = fc.oneof(
  { weight: 3, arbitrary: fc.array(fragments, { maxLength: 12 }).map((parts) => parts.join('')) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.tuple(fc.string({ maxLength: 40 }), fragments, fc.string({ unit: 'grapheme', maxLength: 40 })).map((t) => t.join('')) },
);

/**
 * Sentences whose flags are known: rule and exact words, found in the sentence by the test. Put on a line
 * of their own at a known offset, they must be flagged exactly there (a flag one character off fails),
 * wherever the generated text puts them.
 */
const KNOWN = [
  { sentence: 'This is ridiculous.', flags: [['heated-words', 'ridiculous']] },
  { sentence: 'You should have called us first!!', flags: [['blames-customer', 'You should have called'], ['punctuation-runs', '!!']] },
  { sentence: 'We DO NOT accept cards.', flags: [['shouting', 'DO NOT']] },
  { sentence: 'Sorry if you felt ignored.', flags: [['conditional-apology', 'Sorry if']] },
  { sentence: 'Nice try 😏 and goodbye.', flags: [['mocking-emoji', ' 😏']] },
] as const;
type Known = (typeof KNOWN)[number];
const known = fc.constantFrom(...KNOWN);

/** `sentence` starts at `at` in the analysed text: each of its flags is there, at the words' own offset. */
function checkKnown(a: Analysis, k: Known, at: number) {
  for (const [rule, words] of k.flags) {
    const start = at + k.sentence.indexOf(words);
    expect(
      a.flags.filter((f) => f.rule === rule).map((f) => [f.start, f.end]),
      `${rule} on ${JSON.stringify(words)} at ${start}`,
    ).toContainEqual([start, start + words.length]);
  }
}

/** Generated text with a known sentence put in on its own line at a random place. */
const withKnown = fc.tuple(text, known, fc.nat()).map(([noise, k, n]) => {
  const i = n % (noise.length + 1);
  return { input: `${noise.slice(0, i)}\n${k.sentence}\n${noise.slice(i)}`, k, at: i + 1 };
});

function checkInvariants(input: string, a: Analysis) {
  expect(['en', 'other']).toContain(a.language);
  expect(a.heat).toBeGreaterThanOrEqual(0);
  expect(a.heat).toBeLessThanOrEqual(1);
  // Characters as people count them (code points), not UTF-16 units.
  expect(a.length.characters).toBe([...input].length);
  let last = -1;
  for (const f of a.flags) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(input.length);
    // its text is cut from its own offsets: this checks the two agree, not that they are the right words
    expect(input.slice(f.start, f.end)).toBe(f.text);
    expect(f.start).toBeGreaterThanOrEqual(last);
    last = f.start;
  }
  // a draft in another language gets only the checks that need no language
  if (a.language === 'other') for (const f of a.flags) expect(LANGUAGE_FREE_RULES).toContain(f.rule);
}

describe('analysis under generated input (fast-check)', () => {
  it('never throws, keeps every offset inside the text, and flags a known sentence exactly where it was put, on 10,000 texts', () => {
    const analyzer = createAnalyzer();
    let runs = 0;
    let placed = 0;
    fc.assert(
      fc.property(withKnown, ({ input, k, at }) => {
        runs++;
        const a = analyzer.analyse(input);
        checkInvariants(input, a);
        // text read as another language carries no flags at all (checkInvariants); English carries the known ones
        if (a.language === 'en') {
          placed++;
          checkKnown(a, k, at);
        }
      }),
      { numRuns: 10_000 },
    );
    expect(runs).toBe(10_000);
    // most runs checked the known sentence's offsets, not just the bounds
    expect(placed).toBeGreaterThan(8_000);
  }, 240_000);

  it('stays exact when one analyser sees a stream of edits anywhere in the text (the incremental path)', () => {
    let typed = 0;
    fc.assert(
      fc.property(
        text,
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 20 }), fc.oneof({ weight: 3, arbitrary: fragments }, { weight: 1, arbitrary: known })), { minLength: 1, maxLength: 15 }),
        (start, edits) => {
          const incremental = createAnalyzer();
          let current = start;
          incremental.analyse(current);
          for (const [at, remove, piece] of edits) {
            const i = current.length ? at % (current.length + 1) : 0;
            // a known sentence goes in on its own line; the characters removed are after it
            const insert = typeof piece === 'string' ? piece : `\n${piece.sentence}\n`;
            current = current.slice(0, i) + insert + current.slice(i + remove);
            const a = incremental.analyse(current);
            checkInvariants(current, a);
            // The cache must never change the answer.
            expect(a).toEqual(createAnalyzer().analyse(current));
            // ...and the sentence just typed in is flagged where it went, its neighbours cached or not
            if (typeof piece !== 'string' && a.language === 'en') {
              typed++;
              checkKnown(a, piece, i + 1);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
    expect(typed).toBeGreaterThan(200);
  }, 240_000);
});
