/**
 * What blind judges held against suggested replies: naming the wrong thing (thanks for a complaint, an
 * apology for praise, a typo or an unsure guess said back), a light reply to serious harm, and actions
 * that do not fit. Reviews written for these tests; none is from a dataset.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '@/lib/analysis';
import { composeReply, findPlaceholders, nameable, sayAs } from '@/lib/compose';
import { actionClause, actionOptions } from '@/lib/compose/actions';
import { hazardOf, reportsSeriousHarm } from '@/lib/compose/serious';
import type { Polarity, ReviewAspect, ReviewReading } from '@/lib/compose/reading-types';
import { defaultSettings, type BusinessProfile } from '@/lib/settings/schema';

const business: BusinessProfile = { ...defaultSettings().business, name: 'Cliff House', kind: 'hotel', contact: { kind: 'email', value: 'desk@cliffhouse.example' } };
const SORRY = /\b(sorry|apolog\w*)\b/i;
const sentences = (text: string) => text.split(/(?<=[.!?])\s+/u);

function on(review: string, words: string, polarity: Polarity, weight = 1): ReviewAspect {
  const start = review.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the review`);
  return { text: `the ${words}`, polarity, weight, start, end: start + words.length };
}
function complaint(aspects: ReviewAspect[], rating = 2): ReviewReading {
  const negatives = aspects.filter((a) => a.polarity === 'negative');
  return { kind: 'complaint', domain: 'hotel', aspects, ...(negatives[0] ? { mainComplaint: negatives[0] } : {}), rating };
}
const compose = (text: string, rating: number, reading?: ReviewReading) =>
  composeReply({ review: { text, rating, author: 'Lena Marsh' }, ...(reading ? { reading } : {}), business, variant: 'standard' });

describe('serious harm', () => {
  const assault = 'The lock on our door was broken, and a man from the bar groped my sister in the corridor while the staff looked on.';
  const lockOnly = 'The lock on our door was broken, and nobody came to look at it all weekend.';

  it('gets a careful reply: taken seriously, nothing named, no action from a menu, a private channel', () => {
    const r = compose(assault, 1);
    expect(r.reading.serious).toBe(true);
    expect(r.kind).toBe('complaint');
    expect(r.text).toContain('serious');
    expect(r.text).toContain('email us at desk@cliffhouse.example');
    expect(r.text).not.toMatch(/\b(door|lock|corridor|bar)\b/i);
    expect(r.actions).toEqual([]);
    expect(findPlaceholders(r.text)).toEqual([]);
    expect(r.topics).toEqual([]);
    expect(r.text).not.toMatch(/welcome you back|!/);
    expect(createAnalyzer().analyse(r.text, { review: assault, rating: 1 }).flags).toEqual([]);
  });

  it('positive control: the same broken lock without the assault is named and gets an action', () => {
    const r = compose(lockOnly, 2);
    expect(r.reading.serious).toBeUndefined();
    expect(r.text).toContain('the door');
    expect(r.actions).toHaveLength(1);
  });

  it('harm words that are denied are not serious; reported ones are', () => {
    expect(reportsSeriousHarm('Nobody was injured, but the lift was out for two days.')).toBe(false);
    expect(reportsSeriousHarm('The path is not dangerous at all.')).toBe(false);
    expect(reportsSeriousHarm('My husband slipped on the wet stairs and was injured.')).toBe(true);
    expect(reportsSeriousHarm('The receptionist made a racist remark to my friend.')).toBe(true);
  });

  it('ill after eating, hurt by a treatment, or given the wrong medicine is serious harm; fed up is not', () => {
    expect(reportsSeriousHarm('Ate the fish curry and was up half the night being sick, and my sister too.')).toBe(true);
    expect(reportsSeriousHarm('The colour was left on so long I have scabs along my hairline.')).toBe(true);
    expect(reportsSeriousHarm('They handed my gran the wrong dose of her heart tablets.')).toBe(true);
    expect(reportsSeriousHarm('Could not stand the next morning and ended up in A&E with a slipped disc.')).toBe(true);
    expect(reportsSeriousHarm('I have been sick of their excuses for years.')).toBe(false);
    // a warning is not a report of harm
    expect(reportsSeriousHarm('Nice pool. Careful with the seafood buffet, you might end up vomiting all night.')).toBe(false);
    // the careful private reply, no menu action, no welcome to the table
    const r = composeReply({ review: { text: 'Ate the fish curry and was up half the night being sick, and my sister too. Rang them and they hung up on me.', rating: 1 }, business: { ...defaultSettings().business, kind: 'restaurant' }, variant: 'standard', platform: 'google' });
    expect(r.reading.serious).toBe(true);
    expect(r.text).not.toMatch(/cooking for you|welcome you back/);
  });
});

describe('a danger warned of, no one hurt', () => {
  const stairs = 'Our breakfast was cold and the room smelt of smoke. The spiral stairs up to the attic rooms are dangerous with a suitcase.';
  const SAFETY = /\bsafe(ty)?\b/i;

  it('is read where the words say it, not where they deny it', () => {
    expect(hazardOf(stairs)).toEqual({ start: stairs.indexOf('dangerous'), end: stairs.indexOf('dangerous') + 'dangerous'.length });
    expect(hazardOf('The ramp felt unsafe in the rain.')).toBeDefined();
    expect(hazardOf('The path is not dangerous at all.')).toBeUndefined();
    expect(hazardOf('The breakfast was cold.')).toBeUndefined();
    // a danger is not harm done: the careful private reply is for harm
    expect(reportsSeriousHarm(stairs)).toBe(false);
    expect(reportsSeriousHarm('The spiral stairs are dangerous and my father fell and was injured.')).toBe(true);
  });

  it('names the dangerous thing first, says safety comes first, and keeps the rest of the reply', () => {
    const reading = complaint([on(stairs, 'breakfast', 'negative', 1), on(stairs, 'room', 'negative', 0.6), on(stairs, 'stairs', 'negative', 0.3)], 2);
    const r = compose(stairs, 2, reading);
    expect(r.reading.serious).toBeUndefined();
    const sorry = sentences(r.text).find((t) => SORRY.test(t))!;
    expect(sorry).toContain('the stairs');
    expect(r.text).toMatch(SAFETY);
    // said once, in the apology: the word on safety right after it does not name the stairs again
    expect(sentences(r.text).find((t) => SAFETY.test(t))).not.toMatch(/stairs/);
    expect(r.text).toContain('breakfast');
    expect(r.actions[0]?.aspect).toBe('the stairs');
    expect(createAnalyzer().analyse(r.text, { review: stairs, rating: 2 }).flags).toEqual([]);
    // positive control: the same faults with no danger said are apologised for by weight, with no word of safety
    const calm = stairs.replace('are dangerous with a suitcase', 'are narrow and steep');
    const plain = compose(calm, 2, complaint([on(calm, 'breakfast', 'negative', 1), on(calm, 'room', 'negative', 0.6), on(calm, 'stairs', 'negative', 0.3)], 2));
    expect(sentences(plain.text).find((t) => SORRY.test(t))).toContain('the breakfast');
    expect(plain.text).not.toMatch(SAFETY);
  });

  it('says safety comes first even when the dangerous thing cannot be named', () => {
    const text = 'Staff were rude at check-in. It is frankly dangerous how the place is run.';
    const r = compose(text, 1, complaint([on(text, 'Staff', 'negative', 1)], 1));
    expect(r.text).toMatch(SAFETY);
    expect(r.reading.serious).toBeUndefined();
  });
});

describe('naming', () => {
  const text = 'The pool was lovely and warm, but the breakfast was cold and the eggs were raw.';

  it('never thanks for the breakfast nor apologises for the pool (through the reader)', () => {
    const r = compose(text, 3);
    const thanks = sentences(r.text).filter((s) => /thank/i.test(s));
    const sorry = sentences(r.text).filter((s) => SORRY.test(s));
    expect(thanks.join(' ')).not.toContain('breakfast');
    expect(sorry.join(' ')).not.toContain('pool');
    // positive control: both are named, each in its own part
    expect(thanks.join(' ')).toContain('the pool');
    expect(sorry.join(' ')).toContain('the breakfast');
  });

  it('does not follow a reading that got the polarity wrong: the review praises the pool', () => {
    const misread = complaint([on(text, 'pool', 'negative', 1), on(text, 'breakfast', 'negative', 0.8)]);
    const r = compose(text, 2, misread);
    expect(r.text).not.toMatch(/pool/);
    expect(sentences(r.text).filter((s) => SORRY.test(s)).join(' ')).toContain('the breakfast');
  });

  it('a thing judged both ways, however lightly, is neither thanked for nor apologised for', () => {
    const review = 'The plain pasta we asked for never came for the children, although the pasta at dinner was good. The lift was broken.';
    const both = complaint([on(review, 'lift', 'negative', 1), on(review, 'plain pasta', 'negative', 0.1), { ...on(review, 'pasta at dinner', 'positive', 0.9), text: 'the pasta' }]);
    const r = compose(review, 2, both);
    expect(r.text).not.toContain('pasta');
    // positive control: without the light complaint, the pasta is thanked for
    const praised = compose(review, 2, complaint([on(review, 'lift', 'negative', 1), { ...on(review, 'pasta at dinner', 'positive', 0.9), text: 'the pasta' }]));
    expect(sentences(praised.text).filter((x) => /thank/i.test(x)).join(' ')).toContain('the pasta');
  });

  it('an aspect the reading is unsure of is not named; the same aspect weighed fully is', () => {
    const review = 'Stayed two nights for a wedding. The heating was broken and the car park was full.';
    const unsure = { ...on(review, 'car park', 'negative', 0.1) };
    const main = on(review, 'heating', 'negative', 1);
    expect(nameable(unsure, review)).toBeUndefined();
    expect(nameable({ ...unsure, weight: 0.9 }, review)).toBe('the car park');
    const r = compose(review, 2, { ...complaint([main, unsure]) });
    expect(r.text).toContain('the heating');
    expect(r.text).not.toContain('car park');
  });

  it('a typo-looking or unknown word is never said back; accurate general words stand in', () => {
    const review = 'The brekfst was cold and the rooom was dirty.';
    const r = compose(review, 2, complaint([on(review, 'brekfst', 'negative', 1), on(review, 'rooom', 'negative', 0.9)]));
    expect(r.text).not.toMatch(/brekfst|rooom/);
    expect(r.text).toContain('I am sorry');
    expect(r.topics).toEqual([]);
    // positive control: spelt right, it is named
    const fixed = 'The breakfast was cold and the room was dirty.';
    expect(compose(fixed, 2, complaint([on(fixed, 'breakfast', 'negative', 1)])).text).toMatch(/I am (truly )?sorry (that )?the breakfast was cold/);
  });

  it('one thing named once: "the bed mattress" and "the mattresses" are one thing', () => {
    const review = 'Nice staff. The bed mattress was lumpy and the mattresses in both rooms sagged. The shower was cold.';
    const r = compose(review, 2, complaint([on(review, 'bed mattress', 'negative', 1), on(review, 'mattresses', 'negative', 0.9), on(review, 'shower', 'negative', 0.8)]));
    expect(r.text).toMatch(/mattress/);
    expect(r.text).not.toMatch(/the mattresses/);
    expect(r.text).toContain('the shower');
    // positive control: three different things are all heard
    const three = 'The shower was cold, the mattress was lumpy and the pillows were flat.';
    const t = compose(three, 2, complaint([on(three, 'shower', 'negative', 1), on(three, 'mattress', 'negative', 0.9), on(three, 'pillows', 'negative', 0.8)]));
    for (const thing of ['the shower', 'the mattress', 'the pillows']) expect(t.text).toContain(thing);
  });

  it('a word for the fault itself or how things stood ("the blunder", "the reality") is never named as the thing', () => {
    const review = 'The photos online were far from the reality we found. What a blunder with our booking. The bathroom was dirty.';
    expect(nameable(on(review, 'reality', 'negative'), review, true)).toBeUndefined();
    expect(nameable(on(review, 'blunder', 'negative'), review, true)).toBeUndefined();
    const r = compose(review, 1, complaint([on(review, 'reality', 'negative', 1), on(review, 'blunder', 'negative', 0.9), on(review, 'bathroom', 'negative', 0.8)]));
    expect(r.text).not.toMatch(/reality|blunder/);
    // positive control: the thing that failed is named
    expect(r.text).toContain('the bathroom');
  });

  it('short forms are spelt as a business would: "the AC", "the breakfast", "the wi-fi"', () => {
    expect(sayAs('the ac')).toBe('the AC');
    expect(sayAs("the b'fast")).toBe('the breakfast');
    expect(sayAs('the WI-FI')).toBe('the wi-fi');
    const review = "The ac was dead and the b'fast was cold. The WI-FI dropped all night.";
    const r = compose(review, 1, complaint([on(review, 'ac', 'negative', 1), on(review, "b'fast", 'negative', 0.9), on(review, 'WI-FI', 'negative', 0.8)]));
    expect(r.text).toMatch(/the AC\b/);
    expect(r.text).not.toMatch(/the ac\b|b'fast|WI-FI/);
    // positive control: words that only contain the letters are untouched
    expect(sayAs('the access card and the actors')).toBe('the access card and the actors');
  });

  it('"room for improvement" names no room and "point of view" no view, even read as aspects', () => {
    const review = 'Friendly desk, but there is room for improvement as the towels were dirty. From a parking point of view it was easy.';
    expect(nameable(on(review, 'room', 'negative'), review, true)).toBeUndefined();
    expect(nameable(on(review, 'view', 'positive'), review)).toBeUndefined();
    const r = compose(review, 3, complaint([on(review, 'room', 'negative', 1), on(review, 'towels', 'negative', 0.8), on(review, 'view', 'positive', 0.9)]));
    expect(r.text).not.toMatch(/the (room|view)\b/);
    expect(r.text).toContain('the towels');
    // positive control: a room and a view the review judges are named
    const plain = 'The room was cold and the view was of a wall.';
    expect(nameable(on(plain, 'room', 'negative'), plain, true)).toBe('the room');
    expect(nameable(on(plain, 'view', 'negative'), plain, true)).toBe('the view');
  });
});

describe('actions', () => {
  it('pests get pest control first, and the bed they were found under is not named', () => {
    const review = 'We found cockroaches under the bed on our first night and had to change rooms.';
    const r = compose(review, 1);
    expect(r.actions[0]!.category).toBe('pest');
    expect(r.actions[0]!.options[0]!.base).toBe('call in our pest control contractor');
    expect(r.text).not.toContain('the bed');
    // positive control: a dirty room without pests goes to housekeeping
    const dirty = 'The room was dirty when we arrived and the carpet was stained.';
    expect(compose(dirty, 2).actions[0]!.options[0]!.base).toBe('pass your comments on the room to housekeeping');
  });

  it('pests are apologised for first, and a fault in another sentence is still heard', () => {
    const review = 'The receptionist was rude to us at check-in and would not help with our bags. Later that night we spotted a cockroach by the bathroom sink.';
    const r = compose(review, 2);
    expect(r.text).toMatch(/I am (truly |very )?sorry[^.]*\bthe cockroach\b/);
    expect(r.text).toMatch(/\bthe receptionist\b/);
    // the room the pest was found in is not the fault
    expect(r.text).not.toMatch(/\bthe bathroom\b/);
    expect(r.actions[0]!.category).toBe('pest');
    // positive control: without the pest, the receptionist is what the apology names
    const rude = 'The receptionist was rude to us at check-in and would not help with our bags.';
    expect(compose(rude, 2).text).toMatch(/sorry[^.]*\bthe receptionist\b|\breceptionist\b[^.]*sorry/i);
  });

  it('mosquitoes, flies and spiders are pests too; a spider web is cleaning, and an app that "flies" is fast', () => {
    for (const review of ['Good rooms, but mosquitoes kept us awake both nights and the AC was noisy.', 'Clean enough, though the bathroom was full of flies and the towels were thin.', 'A spider dropped into my tea at breakfast and the toast was cold.']) {
      const r = compose(review, 2);
      expect(r.actions[0]!.category).toBe('pest');
      expect(r.text).toMatch(/sorry[^.]*\bthe (mosquitoes|flies|spider)\b/);
    }
    // positive control: webs are a cleaning matter, and an app's speed no pest at all
    expect(compose('There were spider webs in every corner of the room and the carpet was stained.', 2).actions[0]!.category).not.toBe('pest');
    const fast = composeReply({ review: { text: 'It used to be slow but now it flies, though the tabs keep crashing.', rating: 3 }, business: { ...business, kind: 'app' }, variant: 'standard', platform: 'googleplay' });
    expect(fast.text).not.toMatch(/pest|the flies/);
  });

  it('cockroaches in an app’s rental car are pests; an app’s bugs are its faults', () => {
    const review = 'Booked a car through the app and the back seat had cockroaches running over it. Never again.';
    const r = composeReply({ review: { text: review, rating: 1 }, business: { ...business, kind: 'app' }, variant: 'standard', platform: 'googleplay' });
    expect(r.text).toMatch(/sorry[^.]*\bthe cockroaches\b/);
    expect(r.actions[0]!.category).toBe('pest');
    expect(r.actions[0]!.options.map((o) => o.base).join(' ')).not.toMatch(/\broom\b|\bbuilding\b/);
    // positive control: bugs in the app go to the developers
    const bugs = 'The app is full of bugs and the map freezes each time I open it.';
    const b = composeReply({ review: { text: bugs, rating: 1 }, business: { ...business, kind: 'app' }, variant: 'standard', platform: 'googleplay' });
    expect(b.actions[0]!.category).not.toBe('pest');
    expect(b.text).not.toMatch(/pest control/);
  });

  it('the first option is the modest one, and verbs fit the thing', () => {
    expect(actionOptions('the breakfast', 'hotel').options[0]!.base).toBe('share your comments on the breakfast with the kitchen team');
    expect(actionClause(actionOptions('the breakfast', 'hotel').options[0]!, { kind: 'done' })).toBe('have already shared your comments on the breakfast with the kitchen team');
    const decor = actionOptions('the decor', 'hotel').options.map((o) => o.base);
    expect(decor[0]).toBe('pass your comments on the decor to housekeeping and maintenance');
    expect(decor.join(' ')).not.toMatch(/\b(redo|repair|update)\b/);
    const park = actionOptions('the car park', 'hotel').options.map((o) => o.base);
    expect(park.join(' ')).not.toMatch(/\b(redo|repair|update)\b/);
    // a thing priced is gone through by what was charged for it; only a bill line by line
    expect(actionOptions('the drinks', 'restaurant', 'overpriced').options.map((o) => o.base)).toContain('go through what we charged for the drinks with you');
    expect(actionOptions('the bill', 'restaurant', 'overpriced').options.map((o) => o.base)).toContain('go through the bill with you line by line');
    // a fee is a matter of money whatever word faulted it; a refund owed is chased, never "refunded"
    expect(actionOptions('the cleaning fee', 'app', 'dirty').category).toBe('price');
    expect(actionOptions('the refund', 'retail').options.map((o) => o.base)).toEqual(['look into what happened with the refund', 'pay the refund without further delay', 'give you one named contact until you are paid']);
    // a slow breakfast is the kitchen's to speed up, not the front desk's
    expect(actionOptions('the breakfast', 'hotel', 'slow').category).toBe('food');
    expect(actionOptions('the check-in', 'hotel', 'slow').category).toBe('wait');
    // the thing that is the remedy itself is not offered to itself ("replace the replacement")
    expect(actionOptions('the replacement', 'retail').options.map((o) => o.base)).not.toContain('replace the replacement');
    expect(actionOptions('the kettle', 'retail').options.map((o) => o.base)).toContain('replace the kettle');
    // positive control: a dirty thing that is not a charge goes to the cleaning team
    expect(actionOptions('the room', 'app', 'dirty').category).toBe('clean');
    // a lift or the wiring is maintenance's to check, not housekeeping's
    expect(actionOptions('the elevator', 'hotel').options.map((o) => o.base)).toEqual(['ask our maintenance team to check the elevator', 'repair the elevator', 'add the elevator to our daily maintenance checks', 'refund the night']);
    // software words only for apps; bugs in a room are insects
    expect(actionOptions('the bugs', 'hotel').category).toBe('pest');
    expect(actionOptions('the bugs', 'app').options[0]!.base).toBe('pass your report on the bugs to our developers');
    // positive control: a trade's work can be redone
    expect(actionOptions('the work', 'trade').options.map((o) => o.base)).toContain('redo the work at no cost to you');
  });

  it('an app update is what changed: its options look into it and fix what it broke, never "fix the update in the next update"', () => {
    const update = actionOptions('the latest update', 'app').options.map((o) => o.base);
    expect(update).toEqual(['pass your report on the latest update to our developers', 'look into what changed in the latest update', 'release a fix for what the latest update broke']);
    // positive control: a part of the app is fixed in a release and tested before each release
    expect(actionOptions('the bookmarks', 'app').options.map((o) => o.base)).toEqual(['pass your report on the bookmarks to our developers', 'release a fix for the bookmarks', 'add a test for the bookmarks to every release check']);
  });
});

describe('tone', () => {
  const faults = ['the shower was lukewarm', 'the lift was slow', 'the pillows were flat', 'the kettle was broken', 'the carpet was stained', 'the wifi kept dropping', 'the curtains let the light in', 'the breakfast queue was long'];
  it('a four-star review with a small fault is not something to "put right" or "make right"; a two-star complaint may be', () => {
    const mild = faults.map((fault) => compose(`Lovely staff and a great location, but ${fault}.`, 4).text);
    expect(mild.filter((r) => SORRY.test(r)).length).toBeGreaterThan(0);
    for (const r of mild) expect(r).not.toMatch(/\b(put|make) (this|it) right\b/);
    // positive control: the same faults as a complaint are offered a way to put them right, some of the time
    const hard = faults.map((fault) => compose(`Awful night: ${fault} and nobody helped.`, 2).text);
    expect(hard.some((r) => /\b(put|make) (this|it) right\b/.test(r))).toBe(true);
  });

  it('a four-star review\'s fault gets the plain apology: not "you deserved better" nor "spoiled your stay"', () => {
    const HEAVY = /deserved better|not good enough|spoiled your|let you down/;
    const four = faults.map((fault) => compose(`Lovely staff and a great location, but ${fault}.`, 4).text);
    expect(four.filter((r) => SORRY.test(r)).length).toBeGreaterThan(4);
    for (const r of four) expect(r).not.toMatch(HEAVY);
    // positive control: the same faults in a complaint are apologised for more strongly, some of the time
    const two = faults.map((fault) => compose(`Awful night: ${fault} and nobody helped.`, 2).text);
    expect(two.some((r) => HEAVY.test(r))).toBe(true);
  });

  it('a complaint thanks for what they liked in a measured voice, never "it is good to hear you liked…"', () => {
    const anon = (text: string, rating: number) => composeReply({ review: { text, rating }, business, variant: 'standard' }).text;
    const found = ['a spider in my coffee', 'a hair in my soup', 'mould in the shower', 'a stain on the sheets'];
    const liked = ['The breakfast was nice though', 'The garden was pretty though', 'The location was good though'];
    const complaints = found.flatMap((what) => liked.map((nice) => anon(`We found ${what} and the room smelt of damp. ${nice}, but I wouldn't stay there again.`, 1)));
    expect(complaints.filter((r) => /the (breakfast|garden|location)/.test(r) && SORRY.test(r)).length).toBeGreaterThan(0);
    for (const r of complaints) expect(r).not.toMatch(/good to hear you liked/);
    // positive control: a mixed review may hear it
    const mixed = faults.map((fault) => anon(`We loved the pool and the food, but ${fault} and the menu was dull.`, 3));
    expect(mixed.some((r) => /good to hear you liked/.test(r))).toBe(true);
  });

  it('three stars of plain praise ("decent rooms") are not told the rooms "stood out"; five stars may be', () => {
    const things = ['rooms', 'breakfast', 'pool', 'garden', 'bar', 'terrace', 'lounge', 'spa', 'gym', 'views'];
    const anon = (text: string, rating: number) => composeReply({ review: { text, rating }, business, variant: 'standard' }).text;
    const three = things.flatMap((a) => things.filter((b) => b !== a).slice(0, 3).map((b) => anon(`Decent ${a} and a clean ${b}. An ordinary stay.`, 3)));
    for (const r of three) expect(r).not.toMatch(/stood out/);
    // positive control: the same words under five stars may be told so
    const five = things.flatMap((a) => things.filter((b) => b !== a).slice(0, 3).map((b) => anon(`Decent ${a} and a clean ${b}. An ordinary stay.`, 5)));
    expect(five.some((r) => /stood out/.test(r))).toBe(true);
  });

  it('hotel roles the lexicon had lacked (the maid, the concierge, the porter) are people on our staff: heard as such, thanked by role', () => {
    const plain = { ...defaultSettings().business };
    const maid = composeReply({ review: { text: 'The maid barged in twice while we were asleep even with the sign on the door.', rating: 2 }, business: plain, variant: 'standard', platform: 'google' });
    expect(maid.text).toContain('the trouble you had with our maid');
    expect(maid.actions[0]!.options.map((o) => o.base)).toContain('look into what went wrong with the maid');
    const porter = composeReply({ review: { text: 'Lovely stay. The porter was wonderful.', rating: 5 }, business: plain, variant: 'standard', platform: 'google' }).text;
    expect(porter).toMatch(/(thanks on to|go straight to|make sure) the porter/);
  });

  it('a possessive with its thing left unsaid ("the chef\'s was cold") is never named', () => {
    const review = "The pool was great. The chef's was cold though.";
    expect(nameable(on(review, "chef's", 'negative'), review, true)).toBeUndefined();
    // positive control: the chef is named
    const chef = 'The pool was great. The chef was rude though.';
    expect(nameable(on(chef, 'chef', 'negative'), chef, true)).toBe('the chef');
  });
});
