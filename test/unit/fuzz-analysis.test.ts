import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createAnalyzer } from '@/lib/analysis';
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
    expect(input.slice(f.start, f.end)).toBe(f.text);
    expect(f.start).toBeGreaterThanOrEqual(last);
    last = f.start;
  }
  if (a.language === 'other') expect(a.flags).toEqual([]);
}

describe('analysis under generated input (fast-check)', () => {
  it('never throws, keeps every offset inside the text and exact, on 10,000 texts', () => {
    const analyzer = createAnalyzer();
    let runs = 0;
    fc.assert(
      fc.property(text, (input) => {
        runs++;
        checkInvariants(input, analyzer.analyse(input));
      }),
      { numRuns: 10_000 },
    );
    expect(runs).toBe(10_000);
  }, 240_000);

  it('stays exact when one analyser sees a stream of edits anywhere in the text (the incremental path)', () => {
    fc.assert(
      fc.property(
        text,
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 20 }), fragments), { minLength: 1, maxLength: 15 }),
        (start, edits) => {
          const incremental = createAnalyzer();
          let current = start;
          incremental.analyse(current);
          for (const [at, remove, insert] of edits) {
            const i = current.length ? at % (current.length + 1) : 0;
            current = current.slice(0, i) + insert + current.slice(i + remove);
            const a = incremental.analyse(current);
            checkInvariants(current, a);
            // The cache must never change the answer.
            expect(a).toEqual(createAnalyzer().analyse(current));
          }
        },
      ),
      { numRuns: 300 },
    );
  }, 240_000);
});
