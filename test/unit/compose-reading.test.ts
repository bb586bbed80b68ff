import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readingForTraining, readReviewForReply } from '@/lib/compose/reading';
import type { ReviewReading } from '@/lib/compose/reading-types';
import { composeReply } from '@/lib/compose';
import { defaultSettings } from '@/lib/settings/schema';

// Reviews written for these tests (never corpus text).
const texts = (r: ReviewReading) => r.aspects.map((a) => `${a.text}:${a.polarity}`);
const named = (r: ReviewReading, word: string) => r.aspects.filter((a) => a.text.includes(word));

describe('readReviewForReply: aspects', () => {
  it('praise naming two things gives both, positive, in the reviewer’s words', () => {
    const r = readReviewForReply({ text: 'The carbonara was superb and the birthday cake was delicious. We will be back.', rating: 5 });
    expect(texts(r)).toEqual(['the carbonara:positive', 'the birthday cake:positive']);
    expect(r.kind).toBe('praise');
    expect(r.mainComplaint).toBeUndefined();
    expect(r.domain).toBe('restaurant');
  });

  it('contrast keeps the praise before "but" apart from the complaints after it', () => {
    const review = 'Lovely view, but the room was tiny and the shower cold.';
    const r = readReviewForReply({ text: review });
    expect(texts(r)).toEqual(['the view:positive', 'the room:negative', 'the shower:negative']);
    // offsets point at the reviewer's own words
    expect(r.aspects.map((a) => review.slice(a.start, a.end))).toEqual(['view', 'room', 'shower']);
    // the verb after "but" is nearer the thing before it, yet judges the thing after it
    expect(texts(readReviewForReply({ text: 'We liked the pool but hated the gym.' }))).toEqual(['the pool:positive', 'the gym:negative']);
  });

  // Known failure: with no stars, the learned kind reads one praise beside two complaints as a complaint
  // (labellers split on such reviews too). Weights trained on 630 reviews read it as mixed; on 1,030 they
  // do not. Remove .fails once it reads it as mixed.
  it.fails('praise beside a complaint, with no stars, is mixed (known failure of the learned kind)', () => {
    expect(readReviewForReply({ text: 'Lovely view, but the room was tiny and the shower cold.' }).kind).toBe('mixed');
  });
  it('a complaint alone is a complaint', () => {
    expect(readReviewForReply({ text: 'The room was tiny and the shower cold.' }).kind).toBe('complaint');
  });

  it('the main complaint is the thing the reviewer spends most on, not the first one mentioned', () => {
    const r = readReviewForReply({
      text:
        'Parking was a little awkward. The £240 call-out charge, though, was outrageous: nobody mentioned the charge when I booked, ' +
        'it was never explained, and £240 for ten minutes is a disgraceful amount. I feel badly let down by that charge.',
      rating: 1,
    });
    expect(named(r, 'parking').map((a) => a.polarity)).toEqual(['negative']);
    expect(r.mainComplaint?.text).toBe('the £240 call-out charge');
    expect(r.kind).toBe('complaint');
    expect(r.domain).toBe('trade');
  });

  it('negation turns praise words into complaints: "not clean", "wasn’t great", "no hot water"', () => {
    const r = readReviewForReply({ text: 'The room was not clean. The breakfast wasn’t great. We had no hot water for two days.' });
    expect(texts(r)).toEqual(['the room:negative', 'the breakfast:negative', 'the hot water:negative']);
    expect(r.kind).toBe('complaint');
    // positive control: the same words without the negation are praise
    const plain = readReviewForReply({ text: 'The room was clean. The breakfast was great.' });
    expect(texts(plain)).toEqual(['the room:positive', 'the breakfast:positive']);
  });

  it('a thing not needed has not failed: "walkers who do not need a taxi" is no complaint about the walkers', () => {
    // the hand-built rules' fault score on each thing, before any learned weight
    const faultOn = (text: string, head: string) => {
      const r = readingForTraining(text, undefined)!.reading.context;
      const pi = r.phrases.findIndex((p) => r.tokens[p.head]!.lower === head);
      expect(pi).toBeGreaterThanOrEqual(0);
      return r.phrases[pi]!.neg;
    };
    expect(faultOn('Ideal for hikers and the neighbourhood, which does not need a taxi to reach it.', 'neighbourhood')).toBe(0);
    expect(faultOn('The app does not need an account to book.', 'app')).toBe(0);
    // positive control: a thing that did not do its job is faulted
    expect(faultOn('The doors do not lock at night.', 'doors')).toBeGreaterThan(0);
  });

  it('a contrast word between a thing and its verb is an aside: "the breakfast however was horrible"', () => {
    expect(texts(readReviewForReply({ text: 'Great pool. Breakfast however was horrible.' }))).toEqual(['the pool:positive', 'the breakfast:negative']);
    expect(texts(readReviewForReply({ text: 'Great pool. The room unfortunately was tiny.' }))).toEqual(['the pool:positive', 'the room:negative']);
    // before anything else it still turns the sentence (the pool is not faulted with the breakfast)
    expect(texts(readReviewForReply({ text: 'Great pool however the breakfast was horrible.' }))).toEqual(['the pool:positive', 'the breakfast:negative']);
  });

  it('praise before "until" is not for the thing it turned at: "worked great until the last update"', () => {
    const r = readReviewForReply({ text: 'Worked great until the last update. Now it freezes twice a day.', rating: 1 }, { platform: 'googleplay' });
    expect(r.aspects.filter((a) => a.polarity === 'positive').map((a) => a.text)).toEqual([]);
    // no praise before it: one clause, and the room is still what they waited for
    const waited = readReviewForReply({ text: 'We waited until midnight for a dirty room.', rating: 1 });
    expect(texts(waited)).toContain('the room:negative');
  });

  it.each([
    ['Great location. The carpet needs replacing.', 'the carpet:negative'],
    ['Lovely views from the balcony. Housekeeping needs to be far more attentive.', 'the housekeeping:negative'],
    ['Great location. The kitchen staff need training.', 'the kitchen staff:negative'],
    ['Great location. Check in was painfully slow.', 'the check in:negative'],
  ])('reads the thing before "needs", and a phrasal verb opening a sentence, as the thing faulted: %s', (text, want) => {
    const r = readReviewForReply({ text, rating: 3 });
    expect(texts(r)).toContain(want);
    expect(r.aspects.some((a) => /\bneeds?\b/.test(a.text))).toBe(false);
  });

  it('"needs" after an adjective is the noun it is', () => {
    const special = readReviewForReply({ text: 'The special needs rooms were far too few.', rating: 2 });
    expect(special.aspects.map((a) => a.text).join('|')).toMatch(/special needs rooms/);
  });

  it('names a thing without the words that came before it: "its own pool" is the pool, "all the staff" the staff', () => {
    expect(texts(readReviewForReply({ text: 'It came with its own private pool, a delight, and all the staff were kind.' }))).toEqual(['the private pool:positive', 'the staff:positive']);
    expect(texts(readReviewForReply({ text: 'Every room was spotless and all staff were friendly.' }))).toEqual(['the room:positive', 'the staff:positive']);
  });

  it('"its" alone is never a thing ("its not there" typed for "it\'s")', () => {
    const r = readReviewForReply({ text: 'The bookmark star is gone from the toolbar. Its not there anymore and I hate it.' });
    expect(r.aspects.map((a) => a.text)).not.toContain('the its');
    // positive control: the thing that is gone is read
    expect(r.aspects.some((a) => /bookmark star|toolbar/.test(a.text))).toBe(true);
  });

  it('marks a fault the reviewer makes light of: called minor, hedged, or turned at once to the good', () => {
    const softened = (text: string, word: string) => readReviewForReply({ text, rating: 4 }).aspects.find((a) => a.polarity === 'negative' && a.text.includes(word))?.softened ?? false;
    expect(softened('Lovely staff. The only downside was the noisy lift.', 'lift')).toBe(true);
    expect(softened('Great breakfast. The wifi was a little slow in the evenings.', 'wifi')).toBe(true);
    expect(softened('Great breakfast. The sofa bed was uncomfortable, but fine for the kids.', 'sofa bed')).toBe(true);
    // positive control: a fault stated plainly, or followed by another fault, is not made light of
    expect(softened('Lovely staff. The lift was noisy all night.', 'lift')).toBe(false);
    expect(softened('Great breakfast. The sofa bed was uncomfortable, but the shower was worse.', 'sofa bed')).toBe(false);
  });

  it('reads a label and its verdict together: "Rooms: spacious", "Staff - rude"', () => {
    expect(texts(readReviewForReply({ text: 'Rooms: spacious and clean. Breakfast: cold. Staff - rude.', rating: 3 }))).toEqual(['the rooms:positive', 'the breakfast:negative', 'the staff:negative']);
    const clauses = (text: string, joinLabels: boolean) => {
      const c = readingForTraining(text, 3, undefined, joinLabels)!.reading.context;
      return c.tokens.map((t) => `${t.lower}:${c.clauseOf[c.tokens.indexOf(t)]}`).join(' ');
    };
    expect(clauses('Food: great.', true)).toBe('food:0 great:0');
    // positive controls: read apart without the join, and a sentence before a colon is not a label
    expect(clauses('Food: great.', false)).toBe('food:0 great:1');
    expect(clauses('We had one issue: cold showers.', true)).toMatch(/issue:0 cold:1/);
  });

  it('never returns a staff member’s name as an aspect, but keeps their role', () => {
    const r = readReviewForReply({ text: 'Our waiter Marco was brilliant and Sarah at the front desk was so helpful.', author: 'Tom Baker' });
    const all = r.aspects.map((a) => a.text).join(' | ');
    expect(all).not.toMatch(/marco|sarah/i);
    expect(texts(r)).toContain('the waiter:positive');
    expect(r.aspects.some((a) => a.text.includes('front desk'))).toBe(true);
    expect(r.firstName).toBe('Tom');
  });

  it('leaves out the reviewer’s companions and dates', () => {
    const r = readReviewForReply({ text: 'My husband and I loved the spa on our anniversary in May. The kids adored the pool.' });
    expect(r.aspects.map((a) => a.text)).toEqual(['the spa', 'the pool']);
  });

  it('offers the likely faults it was less sure of beside the main complaint, never a thing it already names, never for praise', () => {
    const r = readReviewForReply({ text: 'The wedding cake we collected was dented in the box and the frosting had slid off one side.', rating: 2 });
    expect(r.mainComplaint?.text).toBe('the wedding cake');
    expect(r.likelyFaults?.map((a) => a.text)).toEqual(['the box']);
    expect(r.likelyFaults?.every((a) => a.polarity === 'negative')).toBe(true);
    const praise = readReviewForReply({ text: 'Lovely stay, the pool was warm and the breakfast was superb.', rating: 5 });
    expect(praise.kind).toBe('praise');
    expect(praise.likelyFaults).toBeUndefined();
  });

  it('leaves out what the reviewer forgot or lost: their own, not the business’s', () => {
    const forgot = readReviewForReply({ text: 'I forgot my charger at the desk and the reception posted it back. Breakfast was cold.', rating: 4 });
    expect(named(forgot, 'charger')).toEqual([]);
    expect(named(forgot, 'breakfast').map((a) => a.polarity)).toEqual(['negative']);
    const lost = readReviewForReply({ text: 'The manager helped a lot with my lost luggage. The shower was cold.', rating: 4 });
    expect(named(lost, 'luggage')).toEqual([]);
    // positive control: the reviewer's room or towel, faulted, is the business's
    const mine = readReviewForReply({ text: 'My towel was stained and our room was dirty.', rating: 2 });
    expect(texts(mine)).toEqual(['the towel:negative', 'the room:negative']);
  });

  it('leaves out the reviewer’s own phone or laptop, whatever the app did to it', () => {
    const r = readReviewForReply({ text: 'It slowed my phone right down and the search bar is useless.', rating: 1 }, { platform: 'googleplay' });
    expect(named(r, 'phone')).toEqual([]);
    expect(named(r, 'search bar').map((a) => a.polarity)).toEqual(['negative']);
    // positive control: the phone the business sold is theirs to answer for
    const sold = readReviewForReply({ text: 'The phone you sold me has a cracked screen and the charger is broken.', rating: 1 });
    expect(named(sold, 'phone').map((a) => a.polarity)).toEqual(['negative']);
  });
});

describe('readReviewForReply: a comma typed with no space after it', () => {
  const read = (text: string) => readReviewForReply({ text, rating: 5 }, { platform: 'tripadvisor' }).aspects.map((a) => `${a.text}:${a.polarity}`);

  it('ends the negation and starts the next thing as a comma with a space does', () => {
    const joined = 'Lovely suite and a soft bed. We used the sauna and the gym each day, no complaints,great value for the price.';
    // positive control: written with the space, the same review reads the same way
    const expected = ['the suite:positive', 'the soft bed:positive', 'the sauna:positive', 'the value:positive', 'the price:positive'];
    expect(read(joined.replace(',great', ', great'))).toEqual(expected);
    expect(read(joined)).toEqual(expected);
  });

  it('reads a list and a turn run together', () => {
    expect(read('Great location,friendly staff,clean rooms.')).toEqual(['the location:positive', 'the staff:positive', 'the rooms:positive']);
    expect(read('Nice hotel,but the room was small and dirty.')).toEqual(['the room:negative']);
  });
});

describe('readReviewForReply: a thing said with -ing', () => {
  const read = (text: string) => readReviewForReply({ text }).aspects.map((a) => `${a.text}:${a.polarity}`);

  it('reads housekeeping, parking and air conditioning as the things they are, though the tagger takes them for verbs', () => {
    expect(read('Our room was lovely but the housekeeping never came, and we had to ask twice for towels.')).toEqual(['the room:positive', 'the housekeeping:negative']);
    expect(read('Great location. There is parking behind the hotel but the air conditioning barely worked.')).toEqual(['the location:positive', 'the parking:positive', 'the air conditioning:negative']);
  });

  it('leaves a verb that takes an object a verb: "kept parking cars" is no parking', () => {
    const parking = (text: string) => read(text).filter((a) => a.includes('parking'));
    expect(parking('The staff kept parking cars in front of our window. The bed was hard.')).toEqual([]);
    // positive control: the parking itself, faulted
    expect(parking('The parking in front of our window was dirty and dark. The bed was hard.')).toEqual(['the parking:negative']);
  });
});

describe('readReviewForReply: kind', () => {
  it('"Cons" heading a list of downsides is not an insult', () => {
    const review = 'After four work trips here I can weigh up the pros and cons.\nPros\n1. Big rooms.\n2. Friendly staff.\nCons\n1. The lift was broken for two days.\n2. Breakfast ran out early.';
    expect(readReviewForReply({ text: review, rating: 3 }).kind).not.toBe('hostile');
    // positive control: the same list with the staff called thieves and liars is
    expect(readReviewForReply({ text: `${review}\nThe staff are thieves and liars.`, rating: 1 }).kind).toBe('hostile');
  });

  it('a food court, a tennis court, a retired police officer or media playback is no threat', () => {
    const glowing = 'Great rooms and the food court was excellent. Staff in the food court were very good, service excellent. Top hotel.';
    expect(readReviewForReply({ text: glowing, rating: 5 }).kind).toBe('praise');
    expect(readReviewForReply({ text: 'As a retired police officer I loved the quiet rooms and the tennis court. Excellent.', rating: 5 }).kind).toBe('praise');
    // positive control: the court, the police and the media as steps taken against the business are threats
    expect(readReviewForReply({ text: 'Crooks. I am taking you to court, I called the police and I will go to the media.', rating: 1 }).kind).toBe('hostile');
  });

  it('an insult on its own is hostile', () => {
    expect(readReviewForReply({ text: 'Liars and scammers!' }).kind).toBe('hostile');
    expect(readReviewForReply({ text: 'Thieves.', rating: 1 }).kind).toBe('hostile');
    // positive control: a plain complaint of the same length is not
    expect(readReviewForReply({ text: 'Cold food, slow service.', rating: 1 }).kind).toBe('complaint');
  });

  it('is not praise without something praised, under three stars or fewer', () => {
    expect(readReviewForReply({ text: 'cannot log in since the update', rating: 3 }).kind).toBe('mixed');
    expect(readReviewForReply({ text: 'cannot log in since the update', rating: 2 }).kind).toBe('complaint');
    // positive control: praising words at three stars are still praise
    expect(readReviewForReply({ text: 'Lovely app, works well', rating: 3 }).kind).toBe('praise');
  });

  it('words all of praise under one star are praise, unless they ask or turn', () => {
    expect(readReviewForReply({ text: 'Quick and simple to use, my favourite browser', rating: 1 }, { platform: 'googleplay' }).kind).toBe('praise');
    expect(readReviewForReply({ text: 'Reliable, quick and tidy. Does everything I need', rating: 1 }, { platform: 'googleplay' }).kind).toBe('praise');
    // positive controls: a question or a turn is where the fault is
    expect(readReviewForReply({ text: 'Quick and simple to use, my favourite browser. Where did the reading list go?', rating: 1 }, { platform: 'googleplay' }).kind).not.toBe('praise');
    expect(readReviewForReply({ text: 'Quick and simple to use, but where did the reading list go', rating: 1 }, { platform: 'googleplay' }).kind).not.toBe('praise');
  });

  it('praise that finds one thing wanting names it as its main complaint, and the reply notes it without an apology', () => {
    const text = 'Wonderful little hotel. The staff were kind, the breakfast was superb and the garden was lovely. The wifi was weak in our room.';
    const r = readReviewForReply({ text, rating: 5 });
    expect(r.kind).toBe('praise');
    expect(r.mainComplaint?.text).toBe('the wifi');
    const reply = composeReply({ review: { text, rating: 5 }, reading: r, business: defaultSettings().business, variant: 'standard' }).text;
    expect(reply).toMatch(/note about the wifi/);
    expect(reply).not.toMatch(/sorry|apologi/i);
    // positive control: praise with nothing wanting has no main complaint
    expect(readReviewForReply({ text: 'Great location and spotless rooms, the staff could not do enough for us.', rating: 5 }).mainComplaint).toBeUndefined();
  });

  it('the words decide when a 5-star rating carries a complaint', () => {
    const r = readReviewForReply({ text: 'The room was filthy, the sheets were stained and the staff were rude.', rating: 5 });
    expect(r.kind).toBe('complaint');
    expect(r.mainComplaint).toBeDefined();
    const praise = readReviewForReply({ text: 'The room was spotless and the staff were lovely.', rating: 5 });
    expect(praise.kind).toBe('praise');
  });
});

describe('readReviewForReply: who and where', () => {
  it('gives a first name only when the author is a person', () => {
    expect(readReviewForReply({ text: 'Great pool.', author: 'Priya Shah' }).firstName).toBe('Priya');
    for (const author of ['A Google User', 'Verified buyer', 'traveller_88', 'Sunny2021', '']) {
      expect(readReviewForReply({ text: 'Great pool.', author }).firstName).toBeUndefined();
    }
  });

  it('takes the domain from options, else from the review’s words', () => {
    expect(readReviewForReply({ text: 'The app crashes after the update.' }).domain).toBe('app');
    expect(readReviewForReply({ text: 'The app crashes after the update.' }, { domain: 'retail' }).domain).toBe('retail');
    expect(readReviewForReply({ text: 'Lovely people, would come again.' }).domain).toBe('general');
  });
});

describe('readReviewForReply: reviews it cannot answer specifically', () => {
  it.each([
    ['empty', ''],
    ['blank', '   \n '],
    ['one word', 'Excellent'],
    ['emoji only', '👍👍🔥'],
    ['not English', 'Das Zimmer war sauber und das Frühstück sehr gut, wir kommen gerne wieder.'],
  ])('%s: a generic reason, no aspects', (_, text) => {
    const r = readReviewForReply({ text, rating: 4 });
    expect(r.generic).toEqual(expect.any(String));
    expect(r.aspects).toEqual([]);
  });

  it('reads terse English with no small words as English (a language guesser takes it for Swedish)', () => {
    const terse = readReviewForReply({ text: 'Great location, friendly staff, clean rooms.', rating: 5 });
    expect(terse.generic).toBeUndefined();
    expect(texts(terse)).toEqual(['the location:positive', 'the staff:positive', 'the rooms:positive']);
    // positive control: terse reviews in other languages still get the honest generic reply
    for (const text of ['Personal sehr nett, Zimmer sauber.', 'Le personnel est super et la chambre propre.', 'El hotel es muy bueno y limpio.'])
      expect(readReviewForReply({ text, rating: 5 }).generic).toMatch(/English/);
  });

  it('reads Spanish that shares "no", "me" and "a" with English as not English (English with them stays English)', () => {
    // enough of the stopword test's words ("no", "me", "a") to pass it, none of them English only
    const spanish = 'No me gusta nada la app porque se cierra sola y no puedo ver mis reservas, me da error a cada rato';
    expect(readReviewForReply({ text: spanish, rating: 1 }).generic).toMatch(/English/);
    expect(readReviewForReply({ text: spanish, rating: 1 }).aspects).toEqual([]);
    const english = 'No pool, no gym, and the bed gave me a sore back.';
    expect(readReviewForReply({ text: english, rating: 2 }).generic).toBeUndefined();
  });

  it('a specific review gets no generic reason (positive control)', () => {
    expect(readReviewForReply({ text: 'The shower was cold and the bed was hard.' }).generic).toBeUndefined();
  });

  it('reads the first part of a 20,000-character review and says it stayed general', () => {
    const text = 'The pool was lovely but the bed was hard. '.repeat(480);
    expect(text.length).toBeGreaterThanOrEqual(20_000);
    const r = readReviewForReply({ text });
    expect(r.generic).toMatch(/long/);
    expect(texts(r)).toEqual(['the pool:positive', 'the bed:negative']);
    expect(r.aspects.every((a) => a.end <= 5000)).toBe(true);
  });

  it('takes missing or odd fields without throwing', () => {
    expect(readReviewForReply({}).aspects).toEqual([]);
    expect(readReviewForReply(undefined as never).aspects).toEqual([]);
    expect(readReviewForReply({ text: 42 as never, rating: Number.NaN, author: {} as never }).generic).toEqual(expect.any(String));
  });
});

describe('readReviewForReply: fuzz', () => {
  it('never reads half an emoji or a run of dots as a thing (found by the fuzz below)', () => {
    const r = readReviewForReply({ text: 'The room was not clean. \ud83d...' });
    expect(r.aspects.map((a) => a.text)).toEqual(['the room']);
  });

  const pieces = fc.constantFrom(
    'The room was not clean. ', 'Lovely view, but ', 'liars!! ', '👍🏽 ', 'Mr Patel was rude. ', 'wasn’t great ', '£240 call-out charge ',
    'Das war gut. ', '\u00a0\u200b\t', '...', ' no hot water', 'The app keeps crashing.It lags ', 'a'.repeat(200), '\ud83d',
  );
  const text = fc.oneof(
    fc.array(pieces, { maxLength: 15 }).map((p) => p.join('')),
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc.string({ unit: 'binary', maxLength: 300 }),
  );

  it('never throws, and every aspect points inside the review at words it names', () => {
    fc.assert(
      fc.property(text, fc.option(fc.integer({ min: -3, max: 9 })), fc.option(fc.string({ maxLength: 30 })), (t, rating, author) => {
        const r = readReviewForReply({ text: t, rating: rating ?? undefined, author: author ?? undefined });
        expect(['praise', 'mixed', 'complaint', 'hostile']).toContain(r.kind);
        for (const a of [...r.aspects, ...(r.likelyFaults ?? [])]) {
          expect(a.start).toBeGreaterThanOrEqual(0);
          expect(a.end).toBeLessThanOrEqual(t.length);
          expect(a.text.endsWith(t.slice(a.start, a.end).toLowerCase().replace(/\s+/g, ' ').split(' ').pop()!)).toBe(true);
        }
        if (r.mainComplaint) expect(r.aspects).toContain(r.mainComplaint);
        // likely faults come only beside a main complaint, negative, and never the same words as an aspect
        if (r.likelyFaults) expect(r.mainComplaint).toBeDefined();
        for (const a of r.likelyFaults ?? []) {
          expect(a.polarity).toBe('negative');
          expect(r.aspects.some((b) => b.start === a.start && b.end === a.end)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the essentials provided', () => {
  it('"all the basic amenities" is no fault, and does not turn the staff beside it into one', () => {
    const r = readReviewForReply({ text: 'Good stay. All basic amenities were provided and the staff helped us a lot.', rating: 4 }, { platform: 'tripadvisor' });
    expect(r.aspects.filter((a) => a.polarity === 'negative').map((a) => a.text)).toEqual([]);
    // positive control: a basic room is still found wanting
    const room = readReviewForReply({ text: 'The room was very basic and tired.', rating: 2 }, { platform: 'tripadvisor' });
    expect(room.aspects.some((a) => a.polarity === 'negative')).toBe(true);
  });
});
