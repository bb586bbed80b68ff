import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_FREE_RULES, createAnalyzer, PLATFORM_LIMITS, type Analysis } from '../../lib/analysis/index';
import { splitSentences } from '../../lib/analysis/split';

/**
 * Every flag inside the text, non-empty, in order, its text the words at its offsets. This cannot tell a
 * flag on the right words from one a character off (its text is cut from the same offsets): expectAt does.
 */
function expectWellFormed(text: string, analysis: Analysis) {
  for (const f of analysis.flags) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.end).toBeGreaterThan(f.start);
    expect(text.slice(f.start, f.end)).toBe(f.text);
  }
  const starts = analysis.flags.map((f) => f.start);
  expect(starts).toEqual([...starts].sort((a, b) => a - b));
}

/**
 * The flags the test expects, at positions worked out from the test's own text: `words` found in `source`
 * (which sits at `base` in the analysed text), so an analyser whose offsets are one off fails.
 */
function expectAt(analysis: Analysis, expected: ReadonlyArray<readonly [rule: string, words: string]>, base = 0, source = HOT) {
  for (const [rule, words] of expected) {
    const at = source.indexOf(words);
    expect(at, `${JSON.stringify(words)} is in the test's text`).toBeGreaterThanOrEqual(0);
    const spans = analysis.flags.filter((f) => f.rule === rule).map((f) => [f.start, f.end]);
    expect(spans, `${rule} on ${JSON.stringify(words)} at ${base + at}`).toContainEqual([base + at, base + at + words.length]);
  }
}

const HOT = 'Actually, that is not true!! You should have read the menu. Sorry if you felt ignored. Due to the holiday rush we were short-staffed.';
/** What HOT must be flagged for: each rule and the exact words (the first place they occur in HOT). */
const HOT_FLAGS = [
  ['contradicts-customer', 'Actually'],
  ['contradicts-customer', 'that is not true'],
  ['punctuation-runs', '!!'],
  ['blames-customer', 'You should have read'],
  ['conditional-apology', 'Sorry if'],
  ['leads-with-excuse', 'Due to the'],
  ['busy-excuse', 'the holiday rush'],
  ['busy-excuse', 'short-staffed'],
] as const;
/** "Actually" contradicts only where it opens its sentence; a prefix glued to HOT's first sentence changes that. */
const HOT_FLAGS_INSIDE = HOT_FLAGS.filter(([, words]) => words !== 'Actually');
/** A sentence on its own line with one known flag, for placing at a known offset. */
const KNOWN = 'This is ridiculous.';
const KNOWN_FLAG = [['heated-words', 'ridiculous']] as const;
const CALM =
  "Thank you for your review, Sam. I'm sorry your room was not cleaned on Tuesday. We have refunded the night and it will reach your card by Friday. Please email me at gm@harbourhotel.co.uk so I can put this right.";

describe('createAnalyzer().analyse', () => {
  const analyzer = createAnalyzer();

  it('gives an empty analysis for empty or whitespace text', () => {
    for (const text of ['', '   ', '\n\t \r\n', '\u00a0\u2003']) {
      const a = analyzer.analyse(text);
      expect(a.flags).toEqual([]);
      expect(a.heat).toBe(0);
      expect(a.language).toBe('en');
      expect(a.structure).toEqual({ acknowledge: false, apology: 'none', action: false, timescale: false, followUp: false });
    }
    expect(analyzer.analyse(null as unknown as string).flags).toEqual([]);
  });

  it('flags a heated draft in every expected category with exact offsets', () => {
    const a = analyzer.analyse(HOT);
    expectWellFormed(HOT, a);
    expectAt(a, HOT_FLAGS);
    expect(new Set(a.flags.map((f) => f.category))).toEqual(new Set(['defensive', 'emotional', 'apology', 'excuse']));
    expect(a.structure.apology).toBe('non-apology');
    expect(a.heat).toBeGreaterThan(0.6);
    for (const f of a.flags) expect(f.message.length).toBeGreaterThan(10);
  });

  it('reads a calm, complete reply as calm and complete', () => {
    const a = analyzer.analyse(CALM);
    expect(a.flags).toEqual([]);
    expect(a.heat).toBe(0);
    expect(a.structure).toEqual({ acknowledge: true, apology: 'sincere', action: true, timescale: true, followUp: true });
  });

  it.each([
    'We never want a guest to feel this way.',
    'Due to your feedback we have changed the breakfast menu.',
    'Sorry for the delay in getting back to you.',
    'You called the wait "ridiculous" and you were right.',
    'Thanks a lot for the kind words!',
    'I am sorry that your room was not cleaned.',
    'The NHS letter should reach you by Friday.',
  ])('leaves the near-miss %j alone', (text) => {
    expect(analyzer.analyse(text).flags).toEqual([]);
  });

  it('keeps offsets exact through emoji, right-to-left text, CRLF, smart quotes, odd spaces and pasted HTML', () => {
    const prefixes = ['😀👍🏽 ', 'مرحبا بكم. ', 'שלום! ', '\r\n\r\n', '“Hi” ‘there’ — ', '\u00a0\u2009\u200b\u3000', '<p><b>Hi</b></p>\n', '👨‍👩‍👧‍👦\t'];
    for (const prefix of prefixes) {
      const text = `${prefix}${HOT.replace(/ /g, prefix.includes('\u2009') ? '\u2009' : ' ')}\r\n${prefix}`;
      const a = analyzer.analyse(text);
      expectWellFormed(text, a);
      expectAt(a, HOT_FLAGS_INSIDE, prefix.length);
      expect(a.flags.length).toBeGreaterThan(3);
    }
  });

  it('never throws and flags a known sentence at its known offset among arbitrary text (property)', () => {
    const pieces = fc.constantFrom(
      'Actually, ', 'that is not true', '!!', '??', ' sorry if you felt upset', ' due to the rush', ' DO NOT ', '😀', 'مرحبا', '\r\n',
      '“', '”', '"', ' <br> ', ' ', '.', 'You should have called. ', 'Call 07700 900123 ', 'x@y.com ', '\u200b', 'é', 'We have refunded you. ',
    );
    const noise = fc.array(fc.oneof(pieces, fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 30 }).map((p) => p.join(''));
    let english = 0;
    fc.assert(
      fc.property(noise, noise, (before, after) => {
        // the known sentence on a line of its own, so no quote or sentence of the noise can reach it
        const prefix = `${before}\n`;
        const text = `${prefix}${KNOWN}\n${after}`;
        const a = analyzer.analyse(text);
        expectWellFormed(text, a);
        if (a.language === 'en') {
          english++;
          expectAt(a, KNOWN_FLAG, prefix.length, KNOWN);
        } else for (const f of a.flags) expect(LANGUAGE_FREE_RULES).toContain(f.rule); // another language: only the checks that need none
        expect(a.heat).toBeGreaterThanOrEqual(0);
        expect(a.heat).toBeLessThanOrEqual(1);
      }),
      { numRuns: 150 },
    );
    // the offsets were checked, not skipped: the noise is mostly English
    expect(english).toBeGreaterThan(100);
  });

  it('handles pathological input: one enormous word, long digit runs, many @ signs', () => {
    const analyzer = createAnalyzer();
    let english = 0;
    for (const pathological of ['a'.repeat(20_000), `${'a'.repeat(20_000)}@`, '1 '.repeat(5_000), '@'.repeat(5_000), `${'x.'.repeat(5_000)}com/`]) {
      // a known sentence before and after it: both flagged where they stand, or (read as not English) nothing is
      const text = `${KNOWN}\n${pathological}\n${KNOWN}`;
      const a = analyzer.analyse(text);
      expectWellFormed(text, a);
      if (a.language === 'other') {
        for (const f of a.flags) expect(LANGUAGE_FREE_RULES).toContain(f.rule);
        continue;
      }
      english++;
      expectAt(a, KNOWN_FLAG, 0, KNOWN);
      expectAt(a, KNOWN_FLAG, text.length - KNOWN.length, KNOWN);
    }
    expect(english).toBeGreaterThanOrEqual(2);
  });

  it('completes a 100,000-character draft with exact offsets', () => {
    let text = '';
    while (text.length < 100_000) text += `${HOT} ${CALM} `;
    text = text.slice(0, 100_000);
    const a = createAnalyzer().analyse(text);
    expect(a.length.characters).toBe(100_000);
    expect(a.flags.length).toBeGreaterThan(100);
    expectWellFormed(text, a);
    // every whole HOT in the draft is flagged where that copy stands
    const unit = `${HOT} ${CALM} `.length;
    for (let copy = 0; (copy + 1) * unit <= text.length; copy++) expectAt(a, HOT_FLAGS, copy * unit);
  }, 60_000);
});

describe('incremental analysis', () => {
  const text = `${CALM} ${HOT} Thank you again for staying with us.`;

  it('re-parses only the sentence that changed, and agrees with a fresh analysis', () => {
    const analyzer = createAnalyzer();
    analyzer.analyse(text);
    const before = analyzer.sentencesParsed;
    const mid = text.indexOf('short-staffed');
    const edited = `${text.slice(0, mid)}very ${text.slice(mid)}`;
    const incremental = analyzer.analyse(edited);
    expect(analyzer.sentencesParsed - before).toBe(1);
    expect(incremental).toEqual(createAnalyzer().analyse(edited));
  });

  it('keeps offsets exact after edits anywhere in the text (property)', () => {
    const analyzer = createAnalyzer();
    // HOT's sentences, a little margin either side: an edit outside them moves their flags and changes nothing else
    const hotStart = CALM.length + 1;
    const hotEnd = hotStart + HOT.length;
    let moved = 0;
    fc.assert(
      fc.property(fc.nat(text.length), fc.constantFrom('x', ' ', '. ', '!!', '😀', '\n', 'NOT '), fc.boolean(), (at, insert, remove) => {
        const edited = remove ? text.slice(0, at) + text.slice(at + 3) : text.slice(0, at) + insert + text.slice(at);
        const a = analyzer.analyse(edited);
        expectWellFormed(edited, a);
        expect(a).toEqual(createAnalyzer().analyse(edited));
        const editEnd = remove ? at + 3 : at;
        if (editEnd <= hotStart - 4) {
          expectAt(a, HOT_FLAGS, hotStart + (remove ? -3 : insert.length));
          moved++;
        } else if (at >= hotEnd + 1) expectAt(a, HOT_FLAGS, hotStart);
      }),
      { numRuns: 40 },
    );
    expect(moved).toBeGreaterThan(0);
  });

  it('judges a sentence the same whichever sentences it was parsed with (word-less "." pieces next to it)', () => {
    // compromise glued ". . ." onto the next sentence when they were parsed in one batch, so the
    // apology was credited to "." and the cached sentence came back empty on a later edit
    const analyzer = createAnalyzer();
    const sorry = 'We are sorry that your room was not cleaned. ';
    const drafts = [sorry, `. . . , , ; ${sorry}`, `${sorry}. . . , , ; ${sorry}`, `Nous sommes désolés pour le retard. orry that your room was not cleaned. . . . , , ; ${sorry}`];
    for (const draft of drafts) {
      const a = analyzer.analyse(draft);
      expect(a).toEqual(createAnalyzer().analyse(draft));
      expect(a.structure.apology).toBe('sincere');
    }
  });

  it('does not re-parse anything when the text is unchanged', () => {
    const analyzer = createAnalyzer();
    analyzer.analyse(text);
    const before = analyzer.sentencesParsed;
    analyzer.analyse(text);
    expect(analyzer.sentencesParsed).toBe(before);
  });
});

describe('language', () => {
  const analyzer = createAnalyzer();
  it.each([
    "Merci beaucoup pour votre avis. Nous sommes désolés que la chambre n'ait pas été propre, c'est inacceptable !!",
    'Vielen Dank für Ihre Bewertung. Es tut uns sehr leid, dass das Zimmer nicht sauber war. Das ist völlig lächerlich!!',
    'Muchas gracias por su reseña. Lamentamos mucho que la habitación no estuviera limpia cuando llegó usted.',
  ])('marks %j as not English, with no flags', (text) => {
    const a = analyzer.analyse(text);
    expect(a.language).toBe('other');
    expect(a.flags).toEqual([]);
  });

  it('defaults short drafts to English and keeps English with foreign names English', () => {
    expect(analyzer.analyse('Merci!').language).toBe('en');
    expect(analyzer.analyse('Thank you, Aoife Ní Bhriain, for staying at the Château Lumière in Zürich.').language).toBe('en');
  });
});

describe('settings and context', () => {
  it('switches rules off', () => {
    const a = createAnalyzer({ disabledRules: ['contradicts-customer', 'punctuation-runs'] }).analyse(HOT);
    expect(a.flags.map((f) => f.rule)).not.toContain('contradicts-customer');
    expect(a.flags.map((f) => f.rule)).not.toContain('punctuation-runs');
    expect(a.flags.length).toBeGreaterThan(0);
  });

  it('adds the owner\'s own phrases and leaves allowed ones alone', () => {
    const analyzer = createAnalyzer({
      customPhrases: [{ phrase: 'no worries', category: 'emotional', message: 'Too casual for us.' }],
      allowedPhrases: ['due to the holiday rush'],
    });
    const text = `No worries at all. ${HOT}`;
    const a = analyzer.analyse(text);
    const custom = a.flags.find((f) => f.rule === 'custom-phrase');
    expect(custom).toMatchObject({ start: 0, end: 'No worries'.length, text: 'No worries', category: 'emotional', message: 'Too casual for us.' });
    expect(a.flags.some((f) => f.text === 'Due to the')).toBe(false);
    expectWellFormed(text, a);
    // the built-in flags outside the allowed words, where HOT stands after the owner's sentence
    const inAllowed = (words: string) => 'Due to the holiday rush'.includes(words);
    expectAt(a, HOT_FLAGS.filter(([, words]) => !inAllowed(words)), 'No worries at all. '.length);
  });

  it('does not flag the business\'s own email but flags the customer\'s', () => {
    const analyzer = createAnalyzer({ ownEmails: ['team@bakery.co.uk'] });
    const a = analyzer.analyse('We emailed team@bakery.co.uk and your address jane@example.com.');
    expect(a.flags.filter((f) => f.rule === 'personal-details').map((f) => f.text)).toEqual(['jane@example.com']);
  });

  it('reports the platform limit and flags the part over it, counting bytes for Google', () => {
    expect(PLATFORM_LIMITS.x).toEqual({ limit: 280, unit: 'characters' });
    const analyzer = createAnalyzer();
    const text = 'Thank you for your review, we are glad you enjoyed it. '.repeat(6);
    const a = analyzer.analyse(text, { platform: 'x' });
    expect(a.length).toEqual({ characters: text.length, limit: 280 });
    const over = a.flags.find((f) => f.rule === 'over-limit')!;
    expect(over.start).toBe(280);
    expect(over.end).toBe(text.length);
    const accented = 'Café crème brûlée. '.repeat(200);
    const g = analyzer.analyse(accented, { platform: 'google' });
    expect(g.length.limit).toBe(4096);
    expect(g.length.characters).toBeGreaterThan(accented.length); // bytes
    expect(g.flags.some((f) => f.rule === 'over-limit')).toBe(true);
    expect(analyzer.analyse(text).length.limit).toBeUndefined();
  });

  it('does not flag a heated word the reviewer used first', () => {
    const text = 'I am sorry the wait felt ridiculous to you.';
    expect(createAnalyzer().analyse(text).flags.map((f) => f.rule)).toContain('heated-words');
    expect(createAnalyzer().analyse(text, { review: 'The wait was ridiculous.' }).flags).toEqual([]);
  });
});

describe('heat', () => {
  it('rises with more heated signals and stays within 0..1', () => {
    const analyzer = createAnalyzer();
    const calm = analyzer.analyse(CALM).heat;
    const warm = analyzer.analyse('Frankly, we were disappointed by this review.').heat;
    const hot = analyzer.analyse('This review is RIDICULOUS!!! You are a liar and our lawyers will be in touch.').heat;
    expect(calm).toBe(0);
    expect(warm).toBeGreaterThan(calm);
    expect(hot).toBeGreaterThan(warm);
    expect(hot).toBeLessThanOrEqual(1);
  });
});

describe('splitSentences', () => {
  it('keeps exact offsets and does not split abbreviations, decimals or links', () => {
    const text = 'Dr. Smith paid £4.50 at www.example.com today. Thanks!!  See you soon…\r\nBye';
    const pieces = splitSentences(text);
    for (const p of pieces) expect(text.slice(p.start, p.start + p.text.length)).toBe(p.text);
    const expected = ['Dr. Smith paid £4.50 at www.example.com today.', 'Thanks!!', 'See you soon…', 'Bye'];
    expect(pieces.map((p) => p.text)).toEqual(expected);
    // where each sentence starts, from the text itself
    expect(pieces.map((p) => p.start)).toEqual(expected.map((t) => text.indexOf(t)));
  });
});

describe('words that are also object property names', () => {
  it('analyses "__proto__", "constructor" and "toString" as plain words', async () => {
    const { createAnalyzer } = await import('@/lib/analysis');
    const a = createAnalyzer();
    for (const text of ['__proto__', 'constructor hasOwnProperty toString', 'You should have read __proto__ valueOf!!']) {
      const r = a.analyse(text);
      for (const f of r.flags) expect(text.slice(f.start, f.end)).toBe(f.text);
    }
    const text = 'You should have read __proto__ valueOf!!';
    expectAt(a.analyse(text), [['blames-customer', 'You should have read'], ['punctuation-runs', '!!']], 0, text);
  });
});

describe("the owner's own phrases", () => {
  it('match any word form and capitalisation, as whole words', async () => {
    const { createAnalyzer } = await import('@/lib/analysis');
    const a = createAnalyzer({ customPhrases: [{ phrase: 'refund policy', category: 'defensive', message: 'Say what you will do instead.' }] });
    const text = 'Our Refund Policies are clear. We refunded you. Our refund policy stands. A refundpolicy word.';
    const found = a.analyse(text).flags.filter((f) => f.rule === 'custom-phrase').map((f) => f.text);
    expect(found).toEqual(['Refund Policies', 'refund policy']);
  });

  it('inflect verbs, irregular ones included', async () => {
    const { wordForms } = await import('@/lib/analysis/phrases');
    expect(wordForms('refund')).toEqual(expect.arrayContaining(['refund', 'refunded', 'refunds', 'refunding']));
    expect(wordForms('lie')).toEqual(expect.arrayContaining(['lied', 'lying', 'lies']));
    expect(wordForms('go')).toEqual(expect.arrayContaining(['went', 'gone', 'going']));
    expect(wordForms('NHS')).toEqual(['nhs']);
  });

  it('allowed phrases in any form keep the built-in rules quiet inside them', async () => {
    const { createAnalyzer } = await import('@/lib/analysis');
    const text = 'We were short-staffed that night.';
    const plain = createAnalyzer().analyse(text).flags.length;
    expect(plain).toBeGreaterThan(0);
    expect(createAnalyzer({ allowedPhrases: ['short-staffed'] }).analyse(text).flags).toEqual([]);
  });
});

describe('analysers sharing their pattern net', () => {
  it('keep each one’s own rule set: turning a rule off in one does not touch another', async () => {
    const { createAnalyzer } = await import('@/lib/analysis');
    const text = 'You should have called us first.';
    const rulesIn = (a: ReturnType<typeof createAnalyzer>) => a.analyse(text).flags.map((f) => f.rule);
    const all = createAnalyzer();
    expect(rulesIn(all)).toContain('blames-customer');
    const without = createAnalyzer({ disabledRules: ['blames-customer'] });
    expect(rulesIn(without)).not.toContain('blames-customer');
    expect(rulesIn(createAnalyzer())).toContain('blames-customer');
    expect(rulesIn(all)).toContain('blames-customer');
  });
});
