import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createAnalyzer } from '@/lib/analysis';
import type { AnalysisContext } from '@/lib/analysis/types';
import { calmerDraft, type CalmerInput } from '@/lib/compose/calmer';
import type { ReviewAspect, ReviewKind, ReviewReading } from '@/lib/compose/reading-types';
import { RULES } from '@/lib/rules/index';
import type { BusinessProfile } from '@/lib/settings/schema';

const business: BusinessProfile = {
  name: 'Harbour Kitchen',
  signerName: 'Sam Lee',
  signerRole: 'Owner',
  contact: { kind: 'email', value: 'sam@harbour.example' },
  replyLength: 'standard',
};

// reviews written for these tests
const BUFFET = { text: 'The buffet was empty when we arrived and nobody refilled it for an hour. The staff ignored my questions about allergens.', rating: 2 };
const SHOWER = { text: 'The shower was cold every morning and the room smelled of smoke.', rating: 1 };
const PRAISE = { text: 'Lovely evening, the lamb was perfect and the staff were so friendly. We will be back!', rating: 5 };
const WIFI = { text: 'Great rooms and a lovely pool, but the wifi was slow and kept dropping.', rating: 3 };
const WIFI5 = { ...WIFI, rating: 5 };

const analyzer = createAnalyzer();

/**
 * The reading of a review, written by hand (what the reader makes of a review is its own tests' business):
 * each aspect is the reviewer's noun phrase, found in the review's text.
 */
function readingOf(review: { text: string; rating: number }, kind: ReviewKind, negative: string[], positive: string[] = []): ReviewReading {
  const aspect = (text: string, polarity: 'positive' | 'negative'): ReviewAspect => {
    const at = review.text.toLowerCase().indexOf(text.replace(/^the /, ''));
    if (at < 0) throw new Error(`"${text}" is not in the review`);
    return { text, polarity, weight: 0.5, start: at, end: at + text.replace(/^the /, '').length };
  };
  const aspects = [...negative.map((t) => aspect(t, 'negative')), ...positive.map((t) => aspect(t, 'positive'))].sort((a, b) => a.start - b.start);
  const main = aspects.find((a) => a.polarity === 'negative');
  return { kind, aspects, ...(main ? { mainComplaint: main } : {}), rating: review.rating, domain: 'restaurant' };
}
const READINGS = new Map<object, ReviewReading>([
  [BUFFET, readingOf(BUFFET, 'complaint', ['the buffet', 'the staff'])],
  [SHOWER, readingOf(SHOWER, 'complaint', ['the shower', 'the room'])],
  [PRAISE, readingOf(PRAISE, 'praise', [], ['the lamb', 'the staff'])],
  [WIFI, readingOf(WIFI, 'mixed', ['the wifi'], ['the rooms', 'the pool'])],
  [WIFI5, readingOf(WIFI5, 'mixed', ['the wifi'], ['the rooms', 'the pool'])],
]);

/** The calmer version of `draft` answering `review`, as the panel would ask for it. */
function calm(draft: string, review: { text: string; rating: number } | undefined, extra: Partial<CalmerInput> = {}) {
  const context: AnalysisContext = review ? { review: review.text, rating: review.rating } : {};
  const reading = review ? READINGS.get(review) : undefined;
  const input: CalmerInput = { draft, analysis: analyzer.analyse(draft, context), business, context, analyzer, ...(reading ? { reading } : {}), ...extra };
  return { out: calmerDraft(input), context };
}

const flagsIn = (text: string, context: AnalysisContext) => analyzer.analyse(text, context).flags.filter((f) => f.rule !== 'over-limit');
const added = (changes: Array<{ kind: string; part?: string }>) => changes.filter((c) => c.kind === 'added').map((c) => c.part);

describe('calmerDraft: the owner’s own draft, calmer', () => {
  it('takes the heat out, keeps their own action word for word and adds an apology naming the complaint', () => {
    const draft = 'Actually, we were fully booked that night. Frankly, you should have told us about the allergy. We now refill the buffet every 20 minutes.';
    const { out, context } = calm(draft, BUFFET);
    expect(out.unchanged).toBe(false);
    expect(out.text).toContain('We now refill the buffet every 20 minutes.');
    expect(out.text).toContain('We were fully booked that night.');
    expect(out.text).not.toMatch(/actually|frankly|you should have told us/i);
    const removed = out.changes.filter((c) => c.kind === 'removed').map((c) => c.from);
    expect(removed).toContain('Actually,');
    expect(removed.some((r) => r?.includes('Frankly,') && r.includes('you should have told us'))).toBe(true);
    const apology = out.changes.find((c) => c.part === 'apology');
    expect(apology?.kind).toBe('added');
    expect(apology?.to).toMatch(/\b(sorry|apology)\b/i);
    expect(apology?.to).toContain('the buffet');
    expect(out.text).toContain(apology!.to!);
    // after the greeting (here: at the start), before their own sentences; the follow-up after them
    expect(out.text.indexOf(apology!.to!)).toBeLessThan(out.text.indexOf('We were fully booked'));
    const follow = out.changes.find((c) => c.part === 'followUp');
    expect(follow?.to).toContain('sam@harbour.example');
    expect(out.text.indexOf(follow!.to!)).toBeGreaterThan(out.text.indexOf('every 20 minutes.'));
    // no action is made up for them
    expect(added(out.changes)).toEqual(['acknowledge', 'apology', 'followUp']);
    expect(flagsIn(out.text, context)).toEqual([]);
  });

  it('never apologises to praise, and never to a 5★ review', () => {
    const draft = 'Thank you so much for coming! Frankly, the lamb is ALWAYS this good!!!';
    const { out, context } = calm(draft, PRAISE);
    expect(added(out.changes)).toEqual([]);
    expect(out.text).toBe('Thank you so much for coming! The lamb is always this good.');
    expect(flagsIn(out.text, context)).toEqual([]);

    // a mixed review: an apology for the wifi at 3★, none at 5★ with the same words
    const own = 'Thank you for staying with us.';
    const at3 = calm(own, WIFI).out;
    expect(added(at3.changes)).toContain('apology');
    expect(at3.changes.find((c) => c.part === 'apology')?.to).toContain('the wifi');
    const at5 = calm(own, WIFI5).out;
    expect(added(at5.changes)).not.toContain('apology');
  });

  it('changes only the flagged phrases of a draft that already has every part', () => {
    const draft =
      'Hi Priya,\n\nThank you for telling us about the shower. I am so sorry it ran cold, frankly that is not good enough. ' +
      'Our plumber replaced the boiler valve on Monday. Please email me at sam@harbour.example so I can put it right.\n\nSam';
    const { out, context } = calm(draft, SHOWER);
    expect(analyzer.analyse(draft, context).structure).toMatchObject({ acknowledge: true, apology: 'sincere', action: true, followUp: true });
    expect(out.text).toBe(
      'Hi Priya,\n\nThank you for telling us about the shower. I am so sorry it ran cold, that is not good enough. ' +
        'Our plumber replaced the boiler valve on Monday. Please email me at sam@harbour.example so I can put it right.\n\nSam',
    );
    expect(out.changes).toEqual([{ kind: 'removed', from: 'frankly' }]);
  });

  it('puts the acknowledgement and apology after the greeting and the follow-up before the sign-off', () => {
    const draft = 'Hi Priya,\n\nWe were SO busy that week!!! We have since fitted a new shower head.\n\nKind regards,\nSam';
    const { out, context } = calm(draft, SHOWER);
    expect(out.text.startsWith('Hi Priya,\n\n')).toBe(true);
    expect(out.text.endsWith('\n\nKind regards,\nSam')).toBe(true);
    expect(out.text).toContain('We have since fitted a new shower head.');
    const [ack = '', sorry = '', follow = ''] = ['acknowledge', 'apology', 'followUp'].map((p) => out.changes.find((c) => c.part === p)?.to ?? '');
    expect(ack).toMatch(/^Thank you/);
    expect(sorry).toMatch(/sorry|apology/i);
    expect(out.text.indexOf(ack)).toBe('Hi Priya,\n\n'.length);
    expect(out.text.indexOf(sorry)).toBeGreaterThan(out.text.indexOf(ack));
    expect(out.text.indexOf(sorry)).toBeLessThan(out.text.indexOf('We have since fitted'));
    expect(out.text.indexOf(follow)).toBeGreaterThan(out.text.indexOf('new shower head.'));
    expect(out.text.indexOf(follow)).toBeLessThan(out.text.indexOf('Kind regards,'));
    expect(flagsIn(out.text, context)).toEqual([]);
  });

  it('never puts a part before or inside the greeting', () => {
    for (const [draft, greeting] of [
      ['Dear Mr. Patel,\nWe were SO busy that week!!! We have since fitted a new shower head.', 'Dear Mr. Patel,\n'],
      ['Dear Priya, we read your review with care. We were SO busy that week!!! We have since fitted a new shower head.', 'Dear Priya, we read your review with care. '],
      ['Dear Priya, we were SO busy that week!!! We have since fitted a new shower head.', 'Dear Priya,\n'],
    ] as const) {
      const { out } = calm(draft, SHOWER);
      const sorry = out.changes.find((c) => c.part === 'apology')?.to ?? '';
      expect(sorry).toMatch(/sorry|apology/i);
      expect(out.text.startsWith(greeting)).toBe(true);
      expect(out.text.indexOf(sorry)).toBeGreaterThanOrEqual(greeting.length);
    }
  });

  it('keeps every added part within the site’s limit', () => {
    const draft = 'We have since fitted a new shower head.';
    const roomy = calm(draft, SHOWER).out;
    expect(added(roomy.changes).length).toBe(3);
    const tight = calm(draft, SHOWER, { limit: 140 }).out;
    expect([...tight.text].length).toBeLessThanOrEqual(140);
    expect(added(tight.changes).length).toBeLessThan(3);
    expect(tight.text).toContain(draft);
  });

  it('reads the review itself when no reading is given', () => {
    const draft = 'We have since fitted a new shower head.';
    for (const [review, apologises] of [[SHOWER, true], [PRAISE, false]] as const) {
      const context = { review: review.text, rating: review.rating };
      const out = calmerDraft({ draft, analysis: analyzer.analyse(draft, context), business, context, analyzer });
      expect(added(out.changes).includes('apology')).toBe(apologises);
    }
  });

  it('is deterministic: the same draft and review give the same result, from a fresh analyser too', () => {
    const draft = 'Honestly, this review is fake. We were short-staffed that night. We have retrained the team.';
    const first = calm(draft, BUFFET).out;
    const again = calm(draft, BUFFET).out;
    const fresh = createAnalyzer();
    const context = { review: BUFFET.text, rating: BUFFET.rating };
    const other = calmerDraft({ draft, analysis: fresh.analyse(draft, context), business, context, analyzer: fresh, reading: READINGS.get(BUFFET)! });
    expect(again).toEqual(first);
    expect(other).toEqual(first);
    expect(first.unchanged).toBe(false);
  });
});

describe('calmerDraft: odd drafts', () => {
  it('leaves an empty draft alone and says why', () => {
    for (const draft of ['', '   \n\t ']) {
      const { out } = calm(draft, BUFFET);
      expect(out).toMatchObject({ text: draft, changes: [], unchanged: true });
      expect(out.reason).toBeTruthy();
    }
  });

  it('leaves a draft that is not English alone and says why (an English one is changed)', () => {
    const french = 'Franchement, vous auriez dû nous prévenir de votre allergie. Le buffet est rempli toutes les vingt minutes.';
    const { out } = calm(french, BUFFET);
    expect(out).toMatchObject({ text: french, changes: [], unchanged: true });
    expect(out.reason).toMatch(/English/);
    expect(calm('Frankly, you should have told us about your allergy.', BUFFET).out.unchanged).toBe(false);
  });

  it('a draft that is only flagged words: nothing of it is left, and a complaint still gets its parts', () => {
    const praise = calm('This review is fake!!!', PRAISE);
    expect(praise.out).toMatchObject({ text: '', unchanged: false });
    expect(praise.out.reason).toBeTruthy();
    const draft = 'This review is fake!!! Nobody in their right mind would believe it.';
    const complaint = calm(draft, BUFFET);
    expect(complaint.out.text).not.toMatch(/fake|should have/i);
    expect(added(complaint.out.changes)).toEqual(['acknowledge', 'apology', 'followUp']);
    expect(flagsIn(complaint.out.text, complaint.context)).toEqual([]);
  });

  it('keeps emoji and pasted HTML of unflagged sentences as written', () => {
    // a praise review, so nothing is added: the result is exactly the draft less "Frankly, "
    const draft = '<p>Thanks for visiting 🙂</p>\nFrankly, the buffet was busy 🍲 that night. <b>We now refill it every 20 minutes.</b>';
    const { out, context } = calm(draft, PRAISE);
    expect(out.text).toBe('<p>Thanks for visiting 🙂</p>\nThe buffet was busy 🍲 that night. <b>We now refill it every 20 minutes.</b>');
    expect(out.changes).toEqual([{ kind: 'removed', from: 'Frankly,' }]);
    expect(flagsIn(out.text, context)).toEqual([]);
  });

  it('does bounded work on a 20,000-character draft and leaves no flag', () => {
    const unit = 'Frankly, the wait was longer than usual. We now seat every table within ten minutes. 🍲\n';
    const draft = unit.repeat(Math.ceil(20_000 / unit.length)).slice(0, 20_000);
    const { out, context } = calm(draft, BUFFET);
    expect(out.unchanged).toBe(false);
    expect(out.text).not.toMatch(/frankly/i);
    expect(out.text).toContain('We now seat every table within ten minutes. 🍲');
    expect(flagsIn(out.text, context)).toEqual([]);
  }, 60_000);

  it('re-analyses when the analysis it is given belongs to another text', () => {
    const draft = 'Frankly, the buffet was busy. We now refill it every 20 minutes.';
    const stale = analyzer.analyse('Thank you for your review.', {});
    // a praise review: no part is added, so only the draft's own analysis can take "Frankly" out
    const out = calmerDraft({ draft, analysis: stale, business, context: { review: PRAISE.text, rating: PRAISE.rating }, analyzer });
    expect(out.text).not.toMatch(/frankly/i);
    expect(out.text).toContain('We now refill it every 20 minutes.');
  });

  it('never throws on nonsense input', () => {
    const bad = [null, undefined, 42, {}, { draft: 7 }, { draft: 'Hi', analysis: null, business: null }];
    for (const input of bad) expect(() => calmerDraft(input as unknown as CalmerInput)).not.toThrow();
  });
});

describe('calmerDraft: generated drafts (fast-check)', () => {
  // the rules' own flagged examples (each names words that must be flagged) and calm ones, mixed with the
  // greetings, sign-offs, emoji and pasted markup owners write
  const flagged = RULES.flatMap((r) => r.examples.flagged.map((e) => e.text)).filter((t) => t.length < 400);
  const fine = RULES.flatMap((r) => r.examples.fine.map((e) => (typeof e === 'string' ? e : e.text))).filter((t) => t.length < 400);
  const extras = ['Hi Anna,', 'Dear guest,', 'Kind regards,\nSam', '— The team', '🙂🙂', '<p>Thank you</p>', 'We now refill the buffet every 20 minutes.', ''];
  const sentence = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...flagged) }, { weight: 2, arbitrary: fc.constantFrom(...fine) }, { weight: 1, arbitrary: fc.constantFrom(...extras) });
  const draft = fc.tuple(fc.array(sentence, { minLength: 1, maxLength: 5 }), fc.array(fc.constantFrom(' ', '\n', '\n\n'), { minLength: 5, maxLength: 5 })).map(([parts, gaps]) => parts.map((p, i) => p + gaps[i]).join('').trim());
  const review = fc.constantFrom(BUFFET, SHOWER, PRAISE, WIFI, WIFI5, undefined);

  it('returns a draft that carries no flag (or, if not English, the draft unchanged), and never apologises to 5★', () => {
    expect(flagged.length).toBeGreaterThan(100);
    fc.assert(
      fc.property(draft, review, (text, r) => {
        const { out, context } = calm(text, r);
        const before = analyzer.analyse(text, context);
        if (before.language === 'other') {
          expect(out.text).toBe(text);
          return;
        }
        expect(flagsIn(out.text, context)).toEqual([]);
        if (r?.rating === 5) expect(added(out.changes)).not.toContain('apology');
        if (!r) expect(added(out.changes)).toEqual([]);
      }),
      { numRuns: 150, seed: 20250611 },
    );
  }, 120_000);
});
