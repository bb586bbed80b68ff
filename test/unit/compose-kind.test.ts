import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '@/lib/analysis';
import { composeReply, findPlaceholders, measureLength, SHORT_LIMIT, type ComposedReply, type ReplyVariant } from '@/lib/compose';
import { nameable, replyPhrase, statementOf, withAcronyms } from '@/lib/compose';
import { inferDomain } from '@/lib/compose/reading';
import { actionClause, actionOptions, categoryOf, ownerActionFrom, ownOption, participleOf, TIMESCALES, type Timescale } from '@/lib/compose/actions';
import type { Domain, Polarity, ReviewAspect, ReviewKind, ReviewReading } from '@/lib/compose/reading-types';
import { defaultSettings, type BusinessProfile } from '@/lib/settings/schema';
import { PUT_RIGHT } from '@/lib/compose/phrasings';
import { ALL, BAD_INPUT } from './compose-reviews';

const plain = defaultSettings().business;
const business: BusinessProfile = { ...plain, name: 'Harbour Inn', signerName: 'Sam Lee', signerRole: 'Manager', contact: { kind: 'email', value: 'sam@harbour.example' } };
const SORRY = /\b(sorry|apolog\w*|regret)\b/i;

/** An aspect on the exact words of the review, so offsets are right by construction. */
function on(review: string, words: string, polarity: Polarity, weight = 1): ReviewAspect {
  const start = review.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the review`);
  return { text: `the ${words}`, polarity, weight, start, end: start + words.length };
}

function reading(kind: ReviewKind, domain: Domain, aspects: ReviewAspect[], rating?: number): ReviewReading {
  const negatives = aspects.filter((a) => a.polarity === 'negative');
  const main = negatives.reduce<ReviewAspect | undefined>((b, a) => (!b || a.weight > b.weight ? a : b), undefined);
  return { kind, domain, aspects, ...(main && kind !== 'praise' ? { mainComplaint: main } : {}), ...(rating ? { rating } : {}) };
}

function compose(text: string, r: ReviewReading, variant: ReplyVariant = 'standard', profile = business): ComposedReply {
  return composeReply({ review: { text, rating: r.rating }, reading: r, business: profile, variant });
}

const praiseText = 'The seafood pasta was superb and the harbour view from our table was lovely.';
const praise = reading('praise', 'restaurant', [on(praiseText, 'seafood pasta', 'positive'), on(praiseText, 'harbour view', 'positive', 0.7)], 5);

const mixedText = 'Friendly staff and a great breakfast, but the shower ran cold both mornings.';
const mixed = reading('mixed', 'hotel', [on(mixedText, 'staff', 'positive'), on(mixedText, 'breakfast', 'positive'), on(mixedText, 'shower', 'negative')], 3);

const coldText = 'The shower ran cold every morning and the towels were never changed.';
const cold = reading('complaint', 'hotel', [on(coldText, 'shower', 'negative', 1), on(coldText, 'towels', 'negative', 0.5)], 2);

const slowText = 'The food was slow to arrive, we sat for an hour on a quiet Tuesday.';
const slow = reading('complaint', 'restaurant', [on(slowText, 'food', 'negative')], 1);

const hostileText = 'You are clowns and crooks, every one of you. Avoid!!!';
const hostile = reading('hostile', 'general', [], 1);

describe('praise', () => {
  it('thanks them naming both things they liked, with no apology, no action and a welcome back', () => {
    const r = compose(praiseText, praise);
    expect(r.kind).toBe('praise');
    // named by their head nouns, the words the reply can be sure of; one said back as the reviewer judged it
    expect(r.text).toContain('the view');
    expect(r.text).toContain('the pasta was superb');
    expect(r.text).not.toMatch(SORRY);
    expect(findPlaceholders(r.text)).toEqual([]);
    expect(r.actions).toEqual([]);
    expect(r.text).toMatch(/again|back|next/);
    // positive control: the same words read as a complaint get an apology and an action blank
    const asComplaint = compose(praiseText, reading('complaint', 'restaurant', praise.aspects.map((a) => ({ ...a, polarity: 'negative' as const })), 2));
    expect(asComplaint.text).toMatch(SORRY);
    expect(findPlaceholders(asComplaint.text)).toHaveLength(1);
  });

  it('a hotel reviewed by someone who only came for an event is not welcomed back for another stay', () => {
    const stay = /\bstay|\btrip\b|\bhost you\b/i;
    const review = (text: string) => composeReply({ review: { text, rating: 5 }, business, variant: 'standard', platform: 'tripadvisor' });
    const event = review('We held our company conference at the hotel and the events team were superb from start to finish.');
    expect(event.text).not.toMatch(stay);
    expect(event.text).toMatch(/again|back|next/);
    // positive control: the same words from a guest who stayed the night
    expect(review('We held our company conference at the hotel and the events team were superb, and our room was quiet.').text).toMatch(stay);
  });

  it('through the real reader: a five-star review praising two things', () => {
    const text = 'Spotless room and a really comfortable bed. We will be back!';
    const r = composeReply({ review: { text, rating: 5, author: 'Greta Olsen' }, business, variant: 'standard' });
    expect(r.kind).toBe('praise');
    expect(r.text).toContain('Greta');
    expect(r.text).not.toContain('Olsen');
    expect(r.text).toMatch(/the room/);
    expect(r.text).toMatch(/the bed/);
    expect(r.text).not.toMatch(SORRY);
    expect(findPlaceholders(r.text)).toEqual([]);
  });
});

describe('a fault mentioned in passing, nothing apologised for', () => {
  // a four-star review read as praise, two things liked, one fault its main complaint: the reply to it
  const noteFor = (praised: string, liked: [string, string], fault: string) => (tail: string) => {
    const text = `${praised} ${tail}`;
    const aspects = [on(text, liked[0], 'positive'), on(text, liked[1], 'positive', 0.8), on(text, fault, 'negative', 0.3)];
    return compose(text, { kind: 'praise', domain: 'hotel', aspects, mainComplaint: aspects[2], rating: 4 }).text;
  };

  it('is glad a fault was put right at once, rather than promising to act on what is done', () => {
    const note = noteFor('Lovely room and a great breakfast.', ['room', 'breakfast'], 'kettle');
    const mended = note('The kettle did not work, but reception replaced it straight away.');
    expect(mended).toMatch(/glad the team (put it right|sorted out the kettle)/);
    expect(mended).toContain('the kettle');
    expect(mended).not.toMatch(/act on it|SORRY/i);
    // positive control: a fault left as it was is still a note to act on
    expect(note('The kettle did not work.')).toMatch(/(note|point) about the kettle[^.]*act on it|note about the kettle to the team/);
    // each way of saying it carries no flag
    const analyzer = createAnalyzer();
    for (const t of PUT_RIGHT) expect(analyzer.analyse(t.replace('{X}', 'the kettle'), {}).flags).toEqual([]);
    // (positive control: a defensive sentence is flagged)
    expect(analyzer.analyse('Actually, you should have told us about the kettle.', {}).flags.length).toBeGreaterThan(0);
  });

  it('names the thing a praising review found wanting, though the lexicon lacks it, where its words find fault', () => {
    const note = noteFor('The location is great and the porters were very helpful.', ['location', 'porters'], 'shuttle');
    expect(note('On our last morning the shuttle was not available, so we paid for a taxi.')).toMatch(/(point|note) about the shuttle/);
    // positive control: the shuttle merely mentioned is no fault to note
    expect(note('We took the shuttle to the ship.')).not.toMatch(/shuttle/);
    // "last but not least" finds no fault with what it brings in last
    expect(note('Last but not least a free shuttle to the ship.')).not.toMatch(/shuttle/);
    // …where "not the least bit" does
    expect(note('The shuttle was not the least bit reliable.')).toMatch(/(point|note) about the shuttle/);
  });

  // the lexicon has no word judging the pool here; the reading read it as a light fault
  const text = 'Friendly staff and a superb breakfast. The pool only opened at ten, so we swam once.';
  const with_ = (weight: number, rating = 4) =>
    compose(text, reading('praise', 'hotel', [on(text, 'staff', 'positive'), on(text, 'breakfast', 'positive'), on(text, 'pool', 'negative', weight)], rating));
  const NOTE = /(note|point) about the pool/;

  it('is taken as a note in their word, not as "the points you raised", and with no apology', () => {
    const r = with_(0.17);
    expect(r.text).toMatch(NOTE);
    expect(r.text).not.toMatch(/points you raised|what could be better|said could be better/);
    expect(r.text).not.toMatch(SORRY);
    expect(findPlaceholders(r.text)).toEqual([]);
  });

  it('names the service alone in a note, as it would as the main complaint; never a bare measure', () => {
    const slow = 'Lovely food and a cosy room. The service was slow though.';
    const r = compose(slow, reading('praise', 'restaurant', [on(slow, 'food', 'positive'), on(slow, 'room', 'positive'), on(slow, 'service', 'negative', 0.3)], 4));
    expect(r.text).toMatch(/(note|point) about the service/);
    const measure = 'Lovely food and a cosy room. The quality was poor though.';
    const q = compose(measure, reading('praise', 'restaurant', [on(measure, 'food', 'positive'), on(measure, 'room', 'positive'), on(measure, 'quality', 'negative', 0.3)], 4));
    expect(q.text).not.toMatch(/about the quality/i);
  });

  it('not when the reading weighed it too lightly, nor in a five-star reply, nor when the words praise it', () => {
    // too light: the points acknowledged in general
    expect(with_(0.1).text).not.toMatch(NOTE);
    expect(with_(0.1).text).toMatch(/points you raised|what could be better|said could be better/);
    // five stars held nothing back: the reply stays with the praise
    expect(with_(0.17, 5).text).not.toMatch(/pool/);
    // words praising it overrule the reading
    const praised = 'Friendly staff and a superb breakfast. The pool was excellent, so we swam daily.';
    const r = compose(praised, reading('praise', 'hotel', [on(praised, 'staff', 'positive'), on(praised, 'breakfast', 'positive'), on(praised, 'pool', 'negative', 0.17)], 4));
    expect(r.text).not.toMatch(NOTE);
  });
});

describe('mixed', () => {
  it('thanks them for the praise, then apologises for the problem in their own words', () => {
    const r = compose(mixedText, mixed);
    const thanks = r.text.indexOf('the staff and the breakfast');
    const sorry = r.text.search(SORRY);
    expect(thanks).toBeGreaterThanOrEqual(0);
    expect(sorry).toBeGreaterThan(thanks);
    expect(r.text.slice(sorry)).toMatch(/^sorry (that )?the shower ran cold/);
    expect(r.text).toMatch(/(That said|At the same time|Even so), I am (truly )?sorry/);
    expect(r.actions.map((a) => a.aspect)).toEqual(['the shower']);
  });

  it('a five-star review with a small wish gets no apology (a four-star one does)', () => {
    const five = compose(mixedText, { ...mixed, rating: 5 });
    expect(five.text).not.toMatch(SORRY);
    expect(five.text).toContain('the shower');
    expect(findPlaceholders(five.text)).toEqual([]);
    expect(compose(mixedText, { ...mixed, rating: 4 }).text).toMatch(SORRY);
  });
});

describe('complaint', () => {
  it('does not note a thing again that its second apology has just said ("also sorry there was no hot water")', () => {
    const text = 'The beds were comfy. The shower was filthy. There was no hot water at all. The towels were stained.';
    const r = compose(text, reading('complaint', 'hotel', [on(text, 'beds', 'positive'), on(text, 'shower', 'negative'), on(text, 'hot water', 'negative', 0.8), on(text, 'towels', 'negative', 0.6)], 2));
    expect(r.text).toContain('I am also sorry there was no hot water.');
    expect(r.text.match(/hot water/g)).toHaveLength(1);
    // positive control: the thing it has not said is still noted
    expect(r.text).toMatch(/noted[^.]*the towels/);
  });

  it('names the main complaint, apologises for it specifically, and offers fitting actions', () => {
    const r = compose(coldText, cold);
    expect(r.text).toMatch(/about the shower and the towels\./);
    expect(r.text).toMatch(/I am (truly )?sorry (that )?the shower ran cold/);
    // one action, for the main complaint
    expect(r.actions.map((a) => a.aspect)).toEqual(['the shower']);
    expect(r.actions[0]!.category).toBe('hot-water');
    expect(r.actions[0]!.options.map((o) => o.base)).toEqual(['ask our maintenance team to check the shower', 'service the boiler', 'refund the night']);
    expect(r.text).toContain('email me at sam@harbour.example');
    for (const slot of r.actions) expect(r.text).toContain(slot.placeholder);
  });

  it('slow food gets a kitchen-staffing action, in the restaurant’s words', () => {
    const r = compose(slowText, slow);
    expect(r.text).toMatch(/sorry (that )?the food was slow/);
    expect(r.actions[0]!.category).toBe('wait');
    expect(r.actions[0]!.options.map((o) => o.base)).toEqual(['share your comments on the food with the team', 'add another server at busy times', 'refund the meal']);
  });

  it('uses the owner’s own action from their draft instead of a blank', () => {
    const analyzer = createAnalyzer();
    const draft = 'Thank you for your review. We have replaced the boiler and the shower runs hot again. Please email me.';
    const own = ownerActionFrom(draft, analyzer);
    expect(own).toContain('We have replaced the boiler');
    const r = composeReply({ review: { text: coldText, rating: 2 }, reading: cold, business, variant: 'standard', ownerAction: own });
    expect(findPlaceholders(r.text)).toEqual([]);
    expect(r.actions).toEqual([]);
    expect(r.text).toContain('We have replaced the boiler');
    // positive control: a draft with no step leaves the blank
    expect(ownerActionFrom('Thank you for your review.', analyzer)).toBeUndefined();
    expect(findPlaceholders(compose(coldText, cold).text).length).toBeGreaterThan(0);
  });
});

describe('hostile', () => {
  it('a brief, calm reply for the next reader: no apology, no insult repeated, an offer to talk privately', () => {
    const r = compose(hostileText, hostile);
    expect(r.kind).toBe('hostile');
    expect(r.text).not.toMatch(SORRY);
    expect(r.text).not.toMatch(/clown|crook|avoid/i);
    expect(r.text).toContain('sam@harbour.example');
    expect(findPlaceholders(r.text)).toEqual([]);
    const body = r.text.split('\n\nKind regards')[0]!;
    expect(body.split(/(?<=[.!?])\s+/).length).toBeLessThanOrEqual(3);
    expect(r.text.length).toBeLessThan(360);
    // positive control: a complaint about the same business is longer and apologises
    expect(compose(coldText, cold).text.length).toBeGreaterThan(r.text.length);
  });
});

describe('bad input', () => {
  it('empty, one word, 20,000 characters, emoji only, other languages: a short honest reply, nothing throws', () => {
    expect(BAD_INPUT.some((r) => r.text.length >= 20_000)).toBe(true);
    for (const review of BAD_INPUT) {
      for (const variant of ['short', 'standard', 'warm'] as const) {
        const r = composeReply({ review, business, variant });
        expect(r.generic, review.text.slice(0, 40)).toBeTruthy();
        expect(r.actions).toEqual([]);
        expect(r.text.length, r.text).toBeLessThan(330);
        // nothing from the review is said back
        expect(r.text).not.toMatch(/coffee machine|service|الخدمة|😡|Dupont/);
      }
    }
    expect(() => composeReply({ review: undefined, business, variant: 'standard' })).not.toThrow();
    expect(() => composeReply({ review: { text: 42 as unknown as string }, business, variant: 'standard' })).not.toThrow();
  });

  it('is honest by the rating: thanks for a good one, an apology only for a low one', () => {
    const good = composeReply({ review: { text: '⭐⭐⭐⭐⭐', rating: 5 }, business, variant: 'standard' }).text;
    expect(good).not.toMatch(SORRY);
    // a good rating is thanked, not asked what went wrong
    expect(good).not.toContain('sam@harbour.example');
    expect(composeReply({ review: { text: '😡😡😡', rating: 1 }, business, variant: 'standard' }).text).toMatch(SORRY);
  });
});

describe('the same review, the same reply; different reviews, different words', () => {
  it('is deterministic', () => {
    for (const review of ALL.slice(0, 12)) {
      expect(composeReply({ review, business, variant: 'standard' }).text).toBe(composeReply({ review: { ...review }, business, variant: 'standard' }).text);
    }
  });

  it('varies openings and apologies between complaints', () => {
    const complaints = [
      'The shower ran cold every morning.',
      'The kettle in our room was broken.',
      'The bed was uncomfortable and far too soft.',
      'The carpet was stained near the window.',
      'The lift was broken for our whole stay.',
      'The pool was dirty on the second day.',
      'The breakfast was cold by nine.',
      'The heating was broken in the family room.',
    ];
    const heads = ['shower', 'kettle', 'bed', 'carpet', 'lift', 'pool', 'breakfast', 'heating'];
    const replies = complaints.map((t, i) => compose(t, reading('complaint', 'hotel', [on(t, heads[i]!, 'negative')], 2)));
    // the frame of each sentence, without the thing it names
    const frame = (r: ComposedReply, n: number, i: number) => r.text.split('\n\n')[n]!.replaceAll(`the ${heads[i]}`, 'X').replace(/X (was|ran) \w+/, 'S');
    const openings = new Set(replies.map((r, i) => frame(r, 0, i)));
    const apologies = new Set(replies.map((r, i) => frame(r, 1, i)));
    expect(openings.size).toBeGreaterThanOrEqual(3);
    expect(apologies.size).toBeGreaterThanOrEqual(3);
    expect(new Set(replies.map((r) => r.text)).size).toBe(complaints.length);
  });
});

describe('actions', () => {
  it('maps a complaint to a category by its head noun and its fault word', () => {
    expect(categoryOf('the shower', 'hotel')).toBe('hot-water');
    expect(categoryOf('the carpets', 'hotel')).toBe('clean');
    expect(categoryOf('the room', 'hotel', 'dirty')).toBe('clean');
    expect(categoryOf('the service', 'restaurant', 'rude')).toBe('staff');
    expect(categoryOf('the soup', 'restaurant', 'cold')).toBe('food');
    expect(categoryOf('the £240 call-out charge', 'trade')).toBe('price');
    expect(categoryOf('the login', 'app')).toBe('software');
    // an app's thing that is not software is the team's to look at, not the developers'
    expect(categoryOf('the age requirement', 'app')).toBe('quality');
    expect(categoryOf('the live agent', 'app')).toBe('staff');
  });

  it('offers 2–4 options in the domain’s words, with the complaint’s own noun slotted in', () => {
    for (const [aspect, domain] of [['the shower', 'hotel'], ['the wait', 'restaurant'], ['the invoice', 'trade'], ['the sync', 'app'], ['the parcel', 'retail'], ['the appointment', 'health'], ['the widget', 'general']] as const) {
      const { options } = actionOptions(aspect, domain);
      expect(options.length, aspect).toBeGreaterThanOrEqual(2);
      expect(options.length, aspect).toBeLessThanOrEqual(4);
    }
    expect(actionOptions('the invoice', 'trade').options.map((o) => o.base)).toContain('go through the invoice with you line by line');
    expect(actionOptions('the sync', 'app').options.map((o) => o.base)).toContain('release a fix for the sync');
  });

  it('writes the action in the tense its timescale needs', () => {
    const o = actionOptions('the shower', 'hotel').options[0]!;
    expect(actionClause(o, { kind: 'done' })).toBe('have already asked our maintenance team to check the shower');
    expect(actionClause(o, { kind: 'today' })).toBe('will ask our maintenance team to check the shower today');
    expect(actionClause(o, { kind: 'this-week' })).toBe('will ask our maintenance team to check the shower this week');
    expect(actionClause(o, { kind: 'by', date: 'Friday' })).toBe('will ask our maintenance team to check the shower by Friday');
    expect(actionClause(o, { kind: 'by', date: ' ' })).toBe('will ask our maintenance team to check the shower by [day or date]');
    expect(actionClause(actionOptions('the shower', 'hotel').options[1]!, { kind: 'done' })).toBe('have already serviced the boiler');
    expect(participleOf('speak with the team')).toBe('spoken with the team');
    expect(participleOf('redo the hem')).toBe('redone the hem');
    expect(ownOption('Replace the kettle.')).toEqual({ base: 'replace the kettle', done: 'replaced the kettle' });
    expect(actionClause(ownOption('we have replaced the kettle'), { kind: 'done' })).toBe('have already replaced the kettle');
  });
});

describe('no composed text carries a flag', () => {
  const d = defaultSettings().business;
  const profiles: BusinessProfile[] = [
    d,
    business,
    { ...d, name: 'Blue Hotel', kind: 'hotel', contact: { kind: 'phone', value: '+44 20 7946 0958' } },
  ];
  const analyzer = createAnalyzer({ ownEmails: [business.contact.value] });
  const whens: Timescale[] = TIMESCALES.map((t) => (t.kind === 'by' ? { kind: 'by', date: 'Friday' } : ({ kind: t.kind } as Timescale)));

  /** The reply with every action blank filled each way the chooser can fill it. */
  function everyFill(r: ComposedReply): string[] {
    const out = [r.text];
    for (const slot of r.actions)
      for (const o of slot.options) for (const w of whens) out.push(r.text.split(slot.placeholder).join(actionClause(o, w)));
    return out;
  }

  it('the analysis still flags a heated reply (positive control)', () => {
    expect(analyzer.analyse('Frankly, you should have told reception. This is NOT our fault!!!', { review: coldText }).flags.length).toBeGreaterThan(2);
  });

  it('for every kind, variant, profile and action choice', () => {
    const hand: Array<[string, ReviewReading]> = [[praiseText, praise], [mixedText, mixed], [coldText, cold], [slowText, slow], [hostileText, hostile], [mixedText, { ...mixed, rating: 5 }]];
    const cases: Array<{ text: string; run: (p: BusinessProfile, v: ReplyVariant) => ComposedReply; rating?: number; platform?: string }> = [
      ...hand.map(([text, r]) => ({ text, rating: r.rating, run: (p: BusinessProfile, v: ReplyVariant) => compose(text, r, v, p) })),
      ...ALL.map((review) => ({ text: review.text, rating: review.rating, platform: review.platform, run: (p: BusinessProfile, v: ReplyVariant) => composeReply({ review, business: p, variant: v, platform: review.platform }) })),
    ];
    let checked = 0;
    const kinds = new Set<string>();
    for (const c of cases)
      for (const p of profiles)
        for (const v of ['short', 'standard', 'warm'] as const) {
          const r = c.run(p, v);
          kinds.add(r.generic ? 'generic' : r.kind);
          for (const text of everyFill(r)) {
            const a = analyzer.analyse(text, { review: c.text, rating: c.rating, platform: c.platform });
            expect(a.flags, text).toEqual([]);
            checked++;
          }
          if (v === 'short') {
            const longest = everyFill(r).reduce((m, t) => Math.max(m, measureLength(t).used), 0);
            expect(longest, r.text).toBeLessThanOrEqual(SHORT_LIMIT);
          }
        }
    expect([...kinds].sort()).toEqual(['complaint', 'generic', 'hostile', 'mixed', 'praise']);
    expect(checked).toBeGreaterThan(1000);
  }, 120_000);
});

describe('what the reply may name', () => {
  it('never names the word for the fault as if it were the thing ("the hiccup", "the glitch")', () => {
    const text = 'Only one negative: a hiccup with the radiator in the bathroom, and a glitch in the key cards.';
    expect(nameable(on(text, 'hiccup', 'negative'), text, true)).toBeUndefined();
    expect(nameable(on(text, 'glitch', 'negative'), text, true)).toBeUndefined();
    // positive control: the thing it happened to is named
    expect(nameable(on(text, 'radiator', 'negative'), text, true)).toBe('the radiator');
  });

  const aspect = (text: string, start: number): ReviewAspect => ({ text, polarity: 'negative', weight: 1, start, end: start + text.length });

  it('names a main complaint the lexicon has no word for, but never the business as a whole or a typo', () => {
    const review = 'The intercom never worked and the hotel ignored us.';
    // positive control: a plain noun outside the lexicon, picked as the main complaint, is named
    expect(nameable(aspect('The intercom', 0), review, true)).toBe('the intercom');
    // not the main complaint, a noun the lexicon lacks is named only as a thing WordNet knows (an intercom is one)…
    expect(nameable(aspect('The intercom', 0), review, false)).toBe('the intercom');
    // …and a plain noun that is no made thing is not
    const vague = 'The setup never worked and the hotel ignored us.';
    expect(nameable(aspect('The setup', 0), vague, false)).toBeUndefined();
    expect(nameable(aspect('The setup', 0), vague, true)).toBe('the setup');
    expect(nameable(aspect('the brekfst', 0), 'the brekfst was cold', true)).toBeUndefined();
    // "someone elses order": a possessive without its apostrophe
    const elses = 'Got someone elses order and waited forty minutes.';
    expect(nameable(aspect('elses', elses.indexOf('elses')), elses, true)).toBeUndefined();
    // a feeling is no thing ("mixed feelings on this one")
    const mixed = 'Mixed feelings on this one, the service was slow.';
    expect(nameable(aspect('Mixed feelings', 0), mixed, true)).toBeUndefined();
    // a verb the tagger took for a noun, or a time said "on the dot", is no thing, even as the main complaint
    const skimp = 'They really do not skimp, honestly they dont skimp on anything here.';
    expect(nameable(aspect('skimp', skimp.lastIndexOf('skimp')), skimp, true)).toBeUndefined();
    const stone = 'The soup came out stone cold and the bread was stale.';
    expect(nameable(aspect('stone', stone.indexOf('stone')), stone, true)).toBeUndefined();
    const queue = 'Queue out the door and one person on the till.';
    expect(nameable(aspect('the door', queue.indexOf('the door')), queue, true)).toBeUndefined();
    // positive control: a door that would not shut is a door
    const door = 'The door would not shut all night.';
    expect(nameable(aspect('The door', 0), door, true)).toBe('the door');
    const dot = 'Rang at 9am on the dot and the line was engaged for an hour.';
    expect(nameable(aspect('the dot', dot.indexOf('the dot')), dot, true)).toBeUndefined();
    const chasing = 'I spent last month chasing up the complaint with them.';
    expect(nameable(aspect('month chasing', chasing.indexOf('month chasing')), chasing, true)).toBeUndefined();
    // positive control: the same words used as things are named
    const theDot = 'The red dot on the map was in the wrong street.';
    expect(nameable(aspect('The red dot', 0), theDot, true)).toBe('the dot');
    // two-word things stay whole; the reviewer's people are never named, their service is
    expect(nameable(aspect('the room service', 0), '', true)).toBe('the room service');
    expect(nameable(aspect('the customer service', 0), '', true)).toBe('the customer service');
    expect(nameable(aspect('the other guests', 0), '', true)).toBeUndefined();
    // "something can be improved": a pronoun names nothing, even as the main complaint
    expect(nameable(aspect('something', 0), 'However, something can be improved.', true)).toBeUndefined();
    expect(nameable(aspect('anything', 0), 'Nobody fixed anything.', true)).toBeUndefined();
    // a word for the fault or its remedy is not the thing at fault, even as the main complaint
    const needs = 'The waiters need improvement in their manners.';
    expect(nameable(aspect('improvement', needs.indexOf('improvement')), needs, true)).toBeUndefined();
    expect(nameable(aspect('the only downside', 0), 'the only downside was the noise', true)).toBeUndefined();
    // positive control: the thing itself in the same review is named
    expect(nameable(aspect('The waiters', 0), needs, true)).toBe('the waiters');
    // "items" says what of, or nothing: "the food items", never "the items"
    const items = 'By nine the food items had gone and the items left were cold.';
    expect(nameable(aspect('the food items', items.indexOf('food')), items, true)).toBe('the food items');
    expect(nameable(aspect('the items', items.indexOf('items left')), items, true)).toBeUndefined();
    // and so do "the options", "the selection": "the breakfast options", never "the options"
    const options = 'The breakfast options were limited and the options at dinner were worse.';
    expect(nameable(aspect('the breakfast options', options.indexOf('breakfast')), options, true)).toBe('the breakfast options');
    expect(nameable(aspect('the options', options.indexOf('options at')), options, true)).toBeUndefined();
    // a measure or a place in general says nothing alone, in the plural too: "the areas", "the pool areas" → "the pool"
    const areas = 'The areas were shabby and the pool areas were dirty.';
    expect(nameable(aspect('the areas', 0), areas, true)).toBeUndefined();
    expect(nameable(aspect('the pool areas', areas.indexOf('pool')), areas, true)).toBe('the pool');
  });

  it('asks what was done about the fault itself when the whole app is at fault ("the crashes", not "the app")', () => {
    const placeholderOf = (text: string) => {
      const r = composeReply({ review: { text, rating: 1 }, business, variant: 'standard', platform: 'googleplay' });
      return findPlaceholders(r.text).map((p) => `[${p.label}]`);
    };
    expect(placeholderOf('The app keeps crashing every day.')).toContain('[what we did or will do about the crashes, and when]');
    expect(placeholderOf('Too slow. It takes forever to load anything.')).toContain('[what we did or will do about the slowness, and when]');
    // positive control: a part of the app at fault is named as itself
    expect(placeholderOf('The login page is broken and the search bar does nothing.').join(' ')).toMatch(/about the (login page|search bar), and when/);
  });

  it("names a hotel restaurant's fault said through its service (\"the restaurant service was slow\"), where the words find one", () => {
    const slow = 'The rooms were tidy; the restaurant service was rather slow, but the food was good.';
    const read = reading('mixed', 'hotel', [on(slow, 'rooms', 'positive'), on(slow, 'restaurant service', 'negative', 0.35), on(slow, 'food', 'positive')], 4);
    expect(compose(slow, read).text).toMatch(/sorry[^.]*the restaurant/);
    // positive control: the words around it find no fault, so the facility is not named on the reading alone
    const used = 'The rooms were clean; we used the restaurant service twice, and the food was good.';
    const unsure = reading('mixed', 'hotel', [on(used, 'rooms', 'positive'), on(used, 'restaurant service', 'negative', 0.35), on(used, 'food', 'positive')], 4);
    expect(compose(used, unsure).text).not.toMatch(/the restaurant/);
  });

  it('takes a cost or a nuisance the reviewer was spared ("no membership fees", "no noise") as no fault, and trouble spared with a thing as praise of it', () => {
    const at = (text: string, review: string, polarity: Polarity): ReviewAspect => ({ text, polarity, weight: 1, start: review.indexOf(text), end: review.indexOf(text) + text.length });
    const fees = 'Easy to book. No membership fees. Highly recommended.';
    expect(nameable(at('membership fees', fees, 'negative'), fees, false, 0.15, true)).toBeUndefined();
    // …and the thing spared is not thanked for either ("thank you for the noise")
    const quiet = 'Lovely room, no noise at night.';
    expect(nameable(at('noise', quiet, 'positive'), quiet)).toBeUndefined();
    expect(nameable(at('noise', quiet, 'negative'), quiet, false, 0.15, true)).toBeUndefined();
    // trouble spared with something else is praise of it
    const net = 'As for the room, the internet had no problems at all.';
    expect(nameable(at('internet', net, 'positive'), net)).toBe('the internet');
    // positive controls: a benefit denied, a thing missing, and a complaint excepted are still faults
    const refund = 'Cancelled the booking and no refund was given.';
    expect(nameable(at('refund', refund, 'negative'), refund, false, 0.15, true)).toBe('the refund');
    const pillows = 'Nice stay, but no extra pillows in the room.';
    expect(nameable(at('pillows', pillows, 'negative'), pillows, false, 0.15, true)).toBe('the pillows');
    const street = 'We had no complaint except the noise of the traffic.';
    expect(nameable(at('noise', street, 'positive'), street)).toBeUndefined();
  });

  it('counts an opinion before the head as the words judging it ("wonderful hosts", "great service")', () => {
    const praised = (text: string, review: string): ReviewAspect => ({ text, polarity: 'positive', weight: 1, start: review.indexOf(text), end: review.indexOf(text) + text.length });
    const review = 'The inn should be lauded for its great service. They have been wonderful hosts throughout.';
    expect(nameable(praised('great service', review), review)).toBe('the service');
    expect(nameable(praised('wonderful hosts', review), review)).toBe('the hosts');
    // positive control: the head's own words still judge nothing ("the fine dining" is no praise of the dining)
    const plain = 'We ate in the dining room on the second night.';
    expect(nameable(praised('dining room', plain), plain)).toBeUndefined();
    // and a fault before the head contradicts praise the reading gave it
    const dry = 'Lovely view, tasteless cake.';
    expect(nameable(praised('tasteless cake', dry), dry)).toBeUndefined();
  });

  it('keeps the thing a head belongs to ("the water pressure", "the front desk"), not an adjective or a list run together', () => {
    const named = (text: string, review: string) => nameable(aspect(text, review.indexOf(text.replace(/^the /, ''))), review, true);
    // the head alone would name something else: "sorry about the pressure", "sorry about the desk"
    expect(named('the water pressure', 'The water pressure in the shower was weak.')).toBe('the water pressure');
    expect(named('the wifi speed', 'Wifi speed needs improvement.')).toBe('the wifi speed');
    expect(named('the front desk', 'When I went to the front desk nobody helped.')).toBe('the front desk');
    expect(named('the cancellation policy', 'The cancellation policy was unfair.')).toBe('the cancellation policy');
    // positive controls: an adjective or a quality before the head still falls away
    expect(named('the cold rooms', 'We had cold rooms all week.')).toBe('the rooms');
    expect(named('the quality food', 'Good quality food but slow.')).toBe('the food');
    // two things run together without a comma are not one thing: "clean rooms meals were ok"
    expect(named('the rooms meals', 'Clean rooms meals were awful.')).toBe('the meals');
  });

  it('names a complaint its clause faults in any words, but not a fault denied or a thing the reviewer was glad to be without', () => {
    const cases: Array<[review: string, thing: string, polarity: Polarity, named: string | undefined]> = [
      // a word the opinion lexicon holds a strong fault, "lacks", a thing missing or not working
      ['The pool was an absolute nightmare every evening.', 'pool', 'negative', 'the pool'],
      ['The gym lacks towels.', 'towels', 'negative', 'the towels'],
      ['The kettle in our room did not work at all.', 'kettle', 'negative', 'the kettle'],
      ['Sadly there was no kettle in the room.', 'kettle', 'negative', 'the kettle'],
      // what the reviewer says should improve
      ['One thing they need to improve is the breakfast.', 'breakfast', 'negative', 'the breakfast'],
      // …but a thing that has improved is praise, not a fault
      ['The breakfast has improved a lot since our last visit.', 'breakfast', 'negative', undefined],
      // a clause that only praises the thing does not make it a complaint to name (and names the praise)
      ['The pool was superb every evening.', 'pool', 'negative', undefined],
      ['The pool was superb every evening.', 'pool', 'positive', 'the pool'],
      // nothing to fault: "no problems", "no extra fees"
      ['There were no problems with the kettle.', 'kettle', 'negative', undefined],
      ['Finding the pool was not a nightmare at all.', 'pool', 'negative', undefined],
      ['Great value, with no extra fees for the parking.', 'parking', 'negative', undefined],
    ];
    for (const [review, thing, polarity, named] of cases) expect(nameable(on(review, thing, polarity), review), review).toBe(named);
  });

  it('turns from praise with "That said," only when the thanks praised something', () => {
    const text = 'The carpet was stained and the kettle was broken, but we coped.';
    const at = (w: string, polarity: Polarity): ReviewAspect => ({ text: `the ${w}`, polarity, weight: 1, start: text.indexOf(w), end: text.indexOf(w) + w.length });
    const bare = compose(text, { kind: 'mixed', domain: 'hotel', aspects: [at('carpet', 'negative')], mainComplaint: at('carpet', 'negative'), rating: 3 });
    expect(bare.text).toContain('the carpet');
    expect(bare.text).not.toMatch(/That said|At the same time/);
    // positive control: with something praised, the turn is there
    const withPraise = 'Lovely garden. The carpet was stained and the kettle was broken, but we coped.';
    const on2 = (w: string, polarity: Polarity): ReviewAspect => ({ text: `the ${w}`, polarity, weight: 1, start: withPraise.indexOf(w), end: withPraise.indexOf(w) + w.length });
    const turned = compose(withPraise, { kind: 'mixed', domain: 'hotel', aspects: [on2('garden', 'positive'), on2('carpet', 'negative')], mainComplaint: on2('carpet', 'negative'), rating: 3 });
    expect(turned.text).toMatch(/(That said|At the same time), I am sorry/);
  });

  it('names the business as a whole only with what the reviewer said was wrong with it', () => {
    const business = defaultSettings().business;
    const vague = composeReply({ review: { text: 'Worst hotel ever. Never again.', rating: 1 }, business, variant: 'standard' });
    expect(vague.text).not.toMatch(/about the hotel|with the hotel/);
    // positive control: the app itself, with the fault the reviewer gave it, is what the apology names
    const app = composeReply({ review: { text: 'The app keeps crashing every time I open it.', rating: 1 }, business, variant: 'standard', platform: 'googleplay' });
    expect(app.text).toContain('the app keeps crashing');
  });

  it('never names a word the review only capitalises and the lexicon does not know (a name), and never throws on odd words', () => {
    expect(nameable(aspect('Bluesg', 0), 'Bluesg was broken and Bluesg never worked.', true)).toBeUndefined();
    // positive control: the same unknown word written in lower case in the review is a thing
    expect(nameable(aspect('the bluesg', 0), 'the bluesg was broken.', true)).toBe('the bluesg');
    expect(() => nameable(aspect('(tamsin', 0), 'The (tamsin was broken.', true)).not.toThrow();
  });

  it('in a mixed review, acknowledges both things it faulted and apologises for the main one', () => {
    const text = 'Lovely staff. The wifi kept dropping and the parking was far too small.';
    const at = (w: string, polarity: Polarity): ReviewAspect => ({ text: `the ${w}`, polarity, weight: 1, start: text.indexOf(w), end: text.indexOf(w) + w.length });
    const wifi = at('wifi', 'negative');
    const read: ReviewReading = { kind: 'mixed', domain: 'hotel', aspects: [at('staff', 'positive'), wifi, at('parking', 'negative')], mainComplaint: wifi, rating: 3 };
    const r = compose(text, read);
    const thanks = r.text.split('\n')[0]!;
    expect(thanks).toMatch(/staff/);
    expect(thanks).toMatch(/the wifi and the parking/);
    expect(r.text).toMatch(/sorry[^.]*the wifi/);
    // positive control: one thing faulted, the thanks is for the praise alone
    const one = compose(text, { ...read, aspects: [at('staff', 'positive'), wifi] });
    expect(one.text.split('\n')[0]).not.toMatch(/wifi/);
  });

  it('does not apologise for the main complaint when the review praises that thing more than it faults it', () => {
    const text = 'The location means a steep climb up from the harbour. The location is superb, with the whole bay below us. The kettle was broken.';
    const near = on(text, 'location', 'negative', 0.3);
    const praised = { ...on(text, 'location is superb', 'positive', 1), text: 'the location' };
    const kettle = on(text, 'kettle', 'negative', 0.2);
    const read: ReviewReading = { kind: 'mixed', domain: 'hotel', aspects: [near, praised, kettle], mainComplaint: near, rating: 4 };
    const r = compose(text, read);
    expect(r.text).not.toMatch(/sorry[^.]*location/i);
    expect(r.text).toMatch(/sorry[^.]*kettle/i);
    // positive control: the same complaint weighing more than the praise is still apologised for
    const heavy = compose(text, { ...read, aspects: [{ ...near, weight: 1 }, { ...praised, weight: 0.4 }, kettle], mainComplaint: { ...near, weight: 1 } });
    expect(heavy.text).toMatch(/sorry[^.]*location/i);
  });

  it('apologises in proportion for a fault the reviewer made light of: no "you deserved better"', () => {
    const STRONG = /deserved better|let you down|not good enough|spoiled|truly/;
    const texts = ['Friendly staff. The kettle was a bit old.', 'Lovely pool. The kettle was a little slow.', 'Great breakfast and a kind team. Only gripe: the kettle.', 'Superb view. The kettle was slightly dated.', 'Good value and a quiet room. The kettle leaked a bit.', 'Nice garden. Our one small issue was the kettle.'];
    // (three stars: at four a mixed review's fault gets the plain apology whatever the words)
    const reply = (text: string, softened: boolean) => {
      const kettle = { ...on(text, 'kettle', 'negative'), ...(softened ? { softened: true } : {}) };
      const praised = { text: 'the team', polarity: 'positive' as const, weight: 1, start: 0, end: 4 };
      return compose(text, { kind: 'mixed', domain: 'hotel', aspects: [praised, kettle], mainComplaint: kettle, rating: 3 }).text;
    };
    // a plain apology, in the reviewer's own measure where it says one ("the kettle was a bit old")
    for (const text of texts) expect(reply(text, true)).toMatch(/I am sorry (?:about the kettle|the kettle was (?:a bit|a little|slightly) \w+)\./);
    for (const text of texts) expect(reply(text, true)).not.toMatch(STRONG);
    // positive control: the same faults not made light of get the fuller apologies some of the time
    expect(texts.some((text) => STRONG.test(reply(text, false)))).toBe(true);
  });

  it('names the thing an abstract word is about: "the size of the room" is the room, "service level" the service', () => {
    const at = (review: string, words: string, polarity: Polarity = 'negative'): ReviewAspect => ({ ...on(review, words, polarity), text: `the ${words.toLowerCase()}` });
    const cases: Array<[string, string, boolean, string | undefined]> = [
      ['The size of the room was a letdown.', 'size', true, 'the room'],
      ['The conduct of the staff was rude.', 'conduct', true, 'the staff'],
      ['Service level was low all week.', 'Service level', true, 'the service'],
      // a thing a business provides that the action lexicon lacks
      ['The hospitality was superb.', 'hospitality', false, 'the hospitality'],
      // the service alone, not the main complaint, where its own words judge it
      ['Dinner was fine but service was painfully slow.', 'service', false, 'the service'],
      ['The facilities were tired and dated.', 'facilities', false, 'the facilities'],
      // …but not "the facility" alone, nor the service where nothing near it judges it
      ['The facility was dated.', 'facility', false, undefined],
      ['We asked about service on the terrace.', 'service', false, undefined],
      // positive controls: an abstract word about nothing named is not named
      ['The size was fine.', 'size', true, undefined],
      ['Their conduct was poor.', 'conduct', true, undefined],
      // a unit says how much, never what: "sorry about the percent" names nothing
      ['I am 100 percent unhappy.', '100 percent', true, undefined],
      ['We waited a couple hours.', 'couple hours', true, undefined],
      ['They took fifty dollars.', 'fifty dollars', true, undefined],
    ];
    for (const [review, words, isMain, expected] of cases) expect(nameable(at(review, words, /superb|fine\./.test(review) ? 'positive' : 'negative'), review, isMain), review).toBe(expected);
  });

  it('apologises for how the reviewer was treated by the role the review names, as the business\'s own', () => {
    // said with no sentence of their own to quote back (the apology then names who)
    const text = 'Awful stay. The front desk staff, so rude.';
    const desk = { ...on(text, 'front desk staff', 'negative'), text: 'the front desk staff' };
    const r = compose(text, { kind: 'complaint', domain: 'hotel', aspects: [desk], mainComplaint: desk, rating: 1 });
    expect(r.text).toMatch(/sorry[^.]*our front desk staff/);
  });

  it('thanks a review that also found something wanting in a measured voice, and says "means" once', () => {
    const GLOWING = /such a kind|lovely review|make our day|wonderful to read/i;
    const texts = ['Great stay.', 'Lovely hotel.', 'Nice rooms.', 'Good value.', 'Friendly place.', 'Quiet and calm.', 'Would come again.', 'Very pleasant.', 'Smooth check-in.', 'Handy location.'];
    const praiseOnly = (t: string, rating: number, aspects: ReviewAspect[]) => compose(t, { kind: 'praise', domain: 'hotel', aspects, rating }).text;
    const wanting = (t: string): ReviewAspect[] => [{ text: 'the wifi', polarity: 'negative', weight: 0.9, start: 0, end: Math.min(5, t.length) }];
    for (const t of texts) expect(praiseOnly(t, 4, wanting(t))).not.toMatch(GLOWING);
    // four stars: a star held back, perhaps for something the reading did not find
    for (const t of texts) expect(praiseOnly(t, 4, [])).not.toMatch(GLOWING);
    // positive control: the same reviews with nothing wanting may glow
    expect(texts.some((t) => GLOWING.test(praiseOnly(t, 5, [])))).toBe(true);
    // five stars, yet a fault noted: no glow beside the note
    for (const t of texts) {
      const review = `${t} Only the wifi was slow.`;
      const at = review.indexOf('wifi');
      const reply = praiseOnly(review, 5, [{ text: 'the wifi', polarity: 'negative', weight: 0.9, start: at, end: at + 4 }]);
      expect(reply).toMatch(/(note|point) about the wifi/);
      expect(reply).not.toMatch(GLOWING);
    }
    const more = ['Great visit.', 'Lovely place.', 'Lovely break.', 'Fine hotel.', 'Pleasant rooms.'];
    for (const t of [...texts, ...more]) expect(praiseOnly(t, 5, []).match(/\bmeans?\b/g)?.length ?? 0).toBeLessThan(2);
    expect(more.some((t) => /\bmeans? a\b/.test(praiseOnly(t, 5, [])))).toBe(true);
  });

  it('never apologises for what the words around it praise, by the opinion lexicon too ("the team were splendid")', () => {
    const text = 'Our suite and the team were splendid. Sadly the burgers came out burnt and cold.';
    const team = on(text, 'team', 'negative', 0.2);
    const burgers = on(text, 'burgers', 'negative', 1);
    const r = compose(text, { kind: 'complaint', domain: 'hotel', aspects: [team, burgers], mainComplaint: team, rating: 2 });
    expect(r.text).not.toMatch(/sorry[^.]*team/);
    expect(r.text).toMatch(/sorry[^.]*burgers/);
    // "grand" in lower case is praise, though the reader's lexicon holds it neutral for hotels' names
    const grand = 'Our suite and the team were grand. Sadly the burgers came out burnt and cold.';
    const g = on(grand, 'team', 'negative', 0.2);
    expect(compose(grand, { kind: 'complaint', domain: 'hotel', aspects: [g, on(grand, 'burgers', 'negative', 1)], mainComplaint: g, rating: 2 }).text).not.toMatch(/sorry[^.]*team/);
    // strong praise in the lexicon licenses thanks too ("rooms terrific"), but not the words that are often
    // something else ("smells funny" scores as praise)
    const funny = 'Lovely breakfast. My room smells funny.';
    const thanked = compose(funny, reading('praise', 'hotel', [on(funny, 'breakfast', 'positive'), on(funny, 'room', 'positive', 0.9)], 4));
    expect(thanked.text).toMatch(/the breakfast/);
    expect(thanked.text).not.toMatch(/the room/);
    const terrific = 'Lovely breakfast. My room was terrific.';
    expect(compose(terrific, reading('praise', 'hotel', [on(terrific, 'breakfast', 'positive'), on(terrific, 'room', 'positive', 0.9)], 4)).text).toMatch(/the room/);
    // positive control: a team the words fault are apologised for
    const rude = 'Our suite and the team were rude. Sadly the burgers came out burnt and cold.';
    const r2 = compose(rude, { kind: 'complaint', domain: 'hotel', aspects: [on(rude, 'team', 'negative', 0.2), on(rude, 'burgers', 'negative', 1)], mainComplaint: on(rude, 'team', 'negative', 0.2), rating: 2 });
    expect(r2.text).toMatch(/sorry[^.]*team/);
  });

  it('names the things a hotel writes as one word: the bedroom, the washroom, the bedsheets, the carpark', () => {
    const text = 'Gorgeous bedrooms, a spotless washroom and crisp bedsheets.';
    const r = compose(text, reading('praise', 'hotel', [on(text, 'bedrooms', 'positive'), on(text, 'washroom', 'positive'), on(text, 'bedsheets', 'positive')], 5));
    for (const w of ['the bedrooms', 'the washroom', 'the bedsheets']) expect(r.text).toContain(w);
    const park = 'The carpark was full every evening and the barrier was broken.';
    expect(compose(park, reading('complaint', 'hotel', [on(park, 'carpark', 'negative')], 2)).text).toMatch(/the carpark/);
  });

  it('answers praise on up to three of the things it praised', () => {
    const text = 'Great pool, delicious breakfast, lovely garden and a spotless lobby.';
    const at = (w: string): ReviewAspect => ({ text: `the ${w}`, polarity: 'positive', weight: 1, start: text.indexOf(w), end: text.indexOf(w) + w.length });
    const r = compose(text, { kind: 'praise', domain: 'hotel', aspects: [at('pool'), at('breakfast'), at('garden'), at('lobby')], rating: 5 });
    const said = ['pool', 'breakfast', 'garden', 'lobby'].filter((w) => r.text.includes(w));
    expect(said).toEqual(['pool', 'breakfast', 'garden']);
  });

  it('hears every fault of a complaint: the main one apologised for, up to two more acknowledged in one sentence', () => {
    const text = 'The shower ran cold, the kettle was broken, the carpet was stained and the lift was out of order. We left early.';
    const at = (w: string, weight: number): ReviewAspect => ({ text: `the ${w}`, polarity: 'negative', weight, start: text.indexOf(w), end: text.indexOf(w) + w.length });
    const aspects = [at('shower', 1), at('kettle', 0.6), at('carpet', 0.5), at('lift', 0.4)];
    const r = compose(text, { kind: 'complaint', domain: 'hotel', aspects, mainComplaint: aspects[0], rating: 1 });
    for (const w of ['shower', 'kettle', 'carpet', 'lift']) expect(r.text).toContain(`the ${w}`);
    // one sentence for the rest, not an apology each
    expect(r.text.match(/\b(sorry|apolog\w*|regret)\b/gi)).toHaveLength(1);
    const heard = r.text.split(/(?<=\.)\s+/).filter((s) => /the carpet/.test(s));
    expect(heard).toHaveLength(1);
    expect(heard[0]).toMatch(/the carpet and the lift/);
    expect(heard[0]).not.toMatch(SORRY);
    // a lighter fault is acknowledged after the main apology…
    const light = [at('shower', 1), { ...at('lift', 0.15) }];
    const withLight = compose(text, { kind: 'complaint', domain: 'hotel', aspects: light, mainComplaint: light[0], rating: 1 });
    expect(withLight.text).toContain('the lift');
    // …but is never on its own the thing apologised for: it is taken as a note
    const alone = compose(text, { kind: 'mixed', domain: 'hotel', aspects: [{ ...at('lift', 0.15) }], rating: 3 });
    expect(alone.text).not.toMatch(SORRY);
    expect(alone.text).toMatch(/note about the lift/);
    // a fault the reading was less sure of is acknowledged where its words plainly fault it, not where they praise it
    const unsure = 'The shower ran cold and the lift was broken. The garden was lovely.';
    const u = (w: string, weight: number): ReviewAspect => ({ text: `the ${w}`, polarity: 'negative', weight, start: unsure.indexOf(w), end: unsure.indexOf(w) + w.length });
    const shower = u('shower', 1);
    const lessSure = compose(unsure, { kind: 'complaint', domain: 'hotel', aspects: [shower], mainComplaint: shower, likelyFaults: [u('lift', 0.5), u('garden', 0.5)], rating: 2 });
    expect(lessSure.text).toContain('the lift');
    expect(lessSure.text).not.toContain('garden');
    // people are spoken of, not made "points about"
    const meal = 'The steak was overcooked, the soup was cold and the waiter was rude to us.';
    const m = (w: string, weight: number): ReviewAspect => ({ text: `the ${w}`, polarity: 'negative', weight, start: meal.indexOf(w), end: meal.indexOf(w) + w.length });
    const dinner = [m('steak', 1), m('soup', 0.6), m('waiter', 0.5)];
    const rude = compose(meal, { kind: 'complaint', domain: 'restaurant', aspects: dinner, mainComplaint: dinner[0], rating: 1 });
    expect(rude.text).toContain('noted what you said about the waiter');
    // the short reply keeps to the main complaint
    const short = compose(text, { kind: 'complaint', domain: 'hotel', aspects, mainComplaint: aspects[0], rating: 1 }, 'short');
    expect(short.text).toContain('the shower');
    expect(short.text).not.toContain('the lift');
  });

  it('names praise from a lighter weight than a fault', () => {
    const review = 'The staff were lovely and the breakfast was cold.';
    const staff: ReviewAspect = { text: 'The staff', polarity: 'positive', weight: 0.15, start: 0, end: 9 };
    const breakfast: ReviewAspect = { text: 'the breakfast', polarity: 'negative', weight: 0.15, start: 26, end: 39 };
    expect(nameable(staff, review)).toBe('the staff');
    expect(nameable(breakfast, review)).toBeUndefined();
    // positive controls: weighed plainly, the fault is named; weighed next to nothing, the praise is not
    expect(nameable({ ...breakfast, weight: 0.5 }, review)).toBe('the breakfast');
    expect(nameable({ ...staff, weight: 0.05 }, review)).toBeUndefined();
  });

  it('names a main complaint the lexicon lacks only where it reads as a noun: a short word the review uses after a determiner', () => {
    const at = (review: string, words: string): ReviewAspect => ({ ...on(review, words, 'negative'), text: `the ${words}` });
    // the tagger calls any unknown word a noun: a short one never used as one is a typo or slang, not a thing
    const bcoz = 'Worst ever bcoz it keeps crashing.';
    expect(nameable(at(bcoz, 'bcoz'), bcoz, true)).toBeUndefined();
    const tym = 'Waste of tym, nothing loads.';
    expect(nameable(at(tym, 'tym'), tym, true)).toBeUndefined();
    // positive controls: the same length used as a noun, and a longer noun the lexicon lacks
    const dial = 'The dial on the heater is broken.';
    expect(nameable(at(dial, 'dial'), dial, true)).toBe('the dial');
    const intercom = 'Our intercom never worked, so we could not call reception.';
    expect(nameable(at(intercom, 'intercom'), intercom, true)).toBe('the intercom');
  });

  it('never thanks for what the review praises in quotation marks (often irony: the "spa"), nor says back a quoted word', () => {
    expect(replyPhrase('the nightly "entertainment')).toBeUndefined();
    const quoted = 'The “spa” was lovely, if you like cupboards with a kettle in them.';
    const spa = { ...on(quoted, 'spa', 'positive'), text: 'the spa' };
    expect(nameable(spa, quoted)).toBeUndefined();
    // positive controls: the same praise without the marks is thanked for; a fault in quotation marks is still named
    const plain = 'The spa was lovely and warm.';
    expect(nameable({ ...on(plain, 'spa', 'positive'), text: 'the spa' }, plain)).toBe('the spa');
    const cupboard = 'The “spa” was a cupboard with a kettle in it.';
    expect(nameable({ ...on(cupboard, 'spa', 'negative'), text: 'the spa' }, cupboard, true)).toBe('the spa');
  });

  it('never names what sits in brackets (often a person: "the chat agent (Tamsin)")', () => {
    expect(replyPhrase('the livechat person (tamsin')).toBeUndefined();
    expect(replyPhrase('the breakfast (cold)')).toBeUndefined();
    // positive control: the same words without the bracket are a thing to name
    expect(replyPhrase('the livechat person')).toBe('the livechat person');
  });

  it('hears a good thing lacked or gone without as a fault ("lacks a good mattress")', () => {
    const lacks = 'The room lacks a good mattress.';
    expect(nameable(on(lacks, 'mattress', 'negative'), lacks)).toBe('the mattress');
    const without = 'We were given a room without a proper desk.';
    expect(nameable(on(without, 'desk', 'negative'), without)).toBe('the desk');
    // positive control: a good mattress had is no fault to name
    const has = 'The room has a good mattress.';
    expect(nameable(on(has, 'mattress', 'negative'), has)).toBeUndefined();
  });

  it('names the last item of a list the reader took for one thing ("environment , poor lighting")', () => {
    expect(replyPhrase('the environment , poor lighting')).toBe('the poor lighting');
    expect(replyPhrase('the tea / coffee machine')).toBe('the coffee machine');
    // positive control: a phrase with no list in it is said whole
    expect(replyPhrase('the tea machine')).toBe('the tea machine');
  });

  it("names a hotel's restaurant as one of its facilities, where the words find fault with it; a restaurant's own name never", () => {
    const hotel = 'Lovely rooms and friendly staff, but the restaurant was closed every night we stayed.';
    const r = compose(hotel, reading('mixed', 'hotel', [on(hotel, 'rooms', 'positive'), on(hotel, 'restaurant', 'negative')], 3));
    expect(r.text).toMatch(/sorry[^.]*the restaurant/);
    // …with no statement of the fault to carry it, too ("I am sorry about the restaurant")
    const badly = 'Lovely rooms and friendly staff, but our hotel restaurant badly let us down.';
    const b = compose(badly, reading('mixed', 'hotel', [on(badly, 'rooms', 'positive'), on(badly, 'restaurant', 'negative')], 3));
    expect(b.text).toMatch(/sorry[^.]*the restaurant/);
    // the reading alone is not enough: nothing near it finds fault ("we dined at the restaurant")
    const neutral = 'Lovely rooms and friendly staff. We dined at the restaurant once, on a Tuesday. The shower was cold.';
    const n = compose(neutral, reading('mixed', 'hotel', [on(neutral, 'rooms', 'positive'), on(neutral, 'restaurant', 'negative'), on(neutral, 'shower', 'negative', 0.5)], 3));
    expect(n.text).not.toMatch(/the restaurant/);
    // positive control: a restaurant's review of itself is about the business as a whole, not a thing in it
    const own = 'Friendly staff, but we did not enjoy the restaurant at all.';
    expect(compose(own, reading('complaint', 'restaurant', [on(own, 'restaurant', 'negative')], 2)).text).not.toMatch(/sorry[^.]*the restaurant/);
  });

  it('names the check-in and the in-room dining however they are written, the staff in the singular, and what is provided for children, never the children', () => {
    expect(replyPhrase('the check in')).toBe('the check-in');
    expect(replyPhrase('the staffs')).toBe('the staff');
    expect(replyPhrase('the hotel staffs')).toBe('the hotel staff');
    expect(replyPhrase('Check out')).toBe('the check-out');
    expect(replyPhrase("the children's menu")).toBe("the children's menu");
    expect(replyPhrase('the kids club')).toBe('the kids club');
    // the service brought to the room is one thing, not "the room dining"
    const dining = 'The in room dining was cold by the time it came up.';
    expect(nameable(on(dining, 'in room dining', 'negative'), dining)).toBe('the in-room dining');
    // …as when the reader's phrase starts after the "in"
    expect(nameable(on(dining, 'room dining', 'negative'), dining)).toBe('the in-room dining');
    // positive controls: the people themselves are never named
    expect(replyPhrase('the children')).toBeUndefined();
    expect(replyPhrase('the kids')).toBeUndefined();
  });

  it('says what the app failed to do, in the singular, and does not thank them for "raising the app"', () => {
    const text = 'Wanted to reserve a scooter, yet the apps doesn’t work past the payment step. Hangs forever.';
    const start = text.indexOf('apps');
    const apps: ReviewAspect = { text: 'the apps', polarity: 'negative', weight: 1, start, end: start + 4 };
    expect(statementOf(apps, 'the app', text)).toBe('the app did not work');
    expect(statementOf({ ...apps, start: 0, end: 0 }, 'the app', 'The car wouldn’t unlock twice.')).toBeUndefined();
    const car = 'The car wouldn’t unlock twice.';
    expect(statementOf({ text: 'the car', polarity: 'negative', weight: 1, start: 4, end: 7 }, 'the car', car)).toBe('the car did not unlock');
    const r = compose(text, { kind: 'complaint', domain: 'app', aspects: [apps], mainComplaint: apps, rating: 1 });
    expect(r.text).toContain('the app did not work');
    expect(r.text).not.toMatch(/the apps|(?:about|raising) the app(?!(?: not working)?, and when)/);
    // the blank asks what was done about the fault itself
    expect(r.text).toContain('[what we did or will do about the app not working, and when]');
  });

  // what went wrong, said in the review's own words: the verb before the thing or without its apostrophe, a
  // thing not looked after, blocked or limited; a plain description or a thing that worked says nothing
  it.each([
    ['Shame. It does not sync bookmarks between my phones.', 'bookmarks', 'the bookmarks', 'the bookmarks did not sync'],
    // the reader's phrase may take the verb in ("Sync Contacts"): the thing is still its last word
    ['Meh. Will not Sync Contacts.', 'Sync Contacts', 'the contacts', 'the contacts did not sync'],
    ['Since Tuesday my tabs just wont load.', 'tabs', 'the tabs', 'the tabs did not load'],
    ['The garden was not maintained at all.', 'garden', 'the garden', 'the garden was not maintained'],
    ['Our sink was blocked for two days.', 'sink', 'the sink', 'the sink was blocked'],
    ['The menu was very limited.', 'menu', 'the menu', 'the menu was limited'],
    // what the reviewer could not do with it, when they are the one who could not
    ['Why cant I use my screen reader extensions anymore?', 'screen reader extensions', 'the extensions', 'you could not use the extensions'],
    ['Since the update I cannot find the settings at all.', 'settings', 'the settings', 'you could not find the settings'],
    // positive controls
    ['I can use the settings, they are fine.', 'settings', 'the settings', undefined],
    ['It does sync bookmarks nicely.', 'bookmarks', 'the bookmarks', undefined],
    ['I want to sync bookmarks.', 'bookmarks', 'the bookmarks', undefined],
    ['The room was basic but spotless.', 'room', 'the room', undefined],
  ])('%s → %s', (review, words, phrase, expected) => {
    const aspect: ReviewAspect = { ...on(review, words, 'negative'), text: `the ${words.toLowerCase()}` };
    expect(statementOf(aspect, phrase, review)).toBe(expected);
  });

  it('apologises for the business as a whole only where the fault is said plainly, not made light of', () => {
    const light = 'Great spot on the river. The hotel was slightly dated, yet our rooms felt new.';
    const hotel = { ...on(light, 'hotel', 'negative', 0.6), softened: true };
    const r = compose(light, { kind: 'mixed', domain: 'hotel', aspects: [on(light, 'rooms', 'positive'), hotel], mainComplaint: hotel, rating: 4 });
    expect(r.text).not.toMatch(/sorry[^.]*the hotel/);
    // positive control: said plainly, the hotel's fault is apologised for in the review's words
    const plainly = 'Great spot on the river. The hotel was old and the rooms are lovely.';
    const h2 = on(plainly, 'hotel', 'negative', 0.6);
    expect(compose(plainly, { kind: 'mixed', domain: 'hotel', aspects: [on(plainly, 'rooms', 'positive'), h2], mainComplaint: h2, rating: 3 }).text).toMatch(/sorry[^.]*the hotel was old/);
  });

  it('says a thing that was missing as missing ("there was no kettle"), only when the thing is whole where it stops', () => {
    const at = (review: string, words: string): ReviewAspect => ({ ...on(review, words, 'negative'), text: `the ${words}` });
    const kettle = 'Nice view but no kettle in the room.';
    expect(statementOf(at(kettle, 'kettle'), 'the kettle', kettle)).toBe('there was no kettle');
    const towels = 'We had no clean towels for two days.';
    expect(statementOf(at(towels, 'towels'), 'the towels', towels)).toBe('there were no towels');
    const mode = 'Good browser, no night mode.';
    expect(statementOf(at(mode, 'night mode'), 'the night mode', mode, true)).toBe('there is no night mode');
    // positive controls: the start of a longer thing, or something they were glad to be without, is not said so
    const option = 'There is no option to pick a colour scheme.';
    expect(statementOf(at(option, 'option'), 'the option', option, true)).toBeUndefined();
    const queue = 'No queue at check-in, lovely.';
    expect(statementOf(at(queue, 'queue'), 'the queue', queue)).toBeUndefined();
  });

  it('names a part of an app with the noun that says which ("the back button"), never with an opinion ("the ugly button")', () => {
    const at = (review: string, words: string): ReviewAspect => ({ ...on(review, words, 'negative'), text: `the ${words}` });
    const back = 'The back button does not work.';
    expect(nameable(at(back, 'back button'), back, true)).toBe('the back button');
    const night = 'Please fix the night mode, it is broken.';
    expect(nameable(at(night, 'night mode'), night, true)).toBe('the night mode');
    const ugly = 'The ugly button does not work.';
    expect(nameable(at(ugly, 'ugly button'), ugly, true)).toBe('the button');
  });

  it('under four stars or more, with nothing it can name, acknowledges the points without "sorry we let you down"', () => {
    const text = 'Handy cars near my block. Customer support through the app needs a hotline; waiting is a pain.';
    const vague: ReviewAspect = { text: 'the app', polarity: 'negative', weight: 1, start: text.indexOf('app'), end: text.indexOf('app') + 3 };
    const four = compose(text, { kind: 'complaint', domain: 'app', aspects: [vague], mainComplaint: vague, rating: 4 });
    expect(four.text).not.toMatch(SORRY);
    expect(four.text).toMatch(/could be better|points you raised/);
    // positive control: the same reading under two stars is apologised for
    const two = compose(text, { kind: 'complaint', domain: 'app', aspects: [vague], mainComplaint: vague, rating: 2 });
    expect(two.text).toMatch(SORRY);
  });

  it('in a four-star review read as praise, a fault it cannot name is acknowledged, without an apology', () => {
    const text = 'Lovely dinner and the noodles were excellent. Quality was patchy.';
    const noodles: ReviewAspect = { text: 'the noodles', polarity: 'positive', weight: 1, start: text.indexOf('noodles'), end: text.indexOf('noodles') + 7 };
    const service: ReviewAspect = { text: 'Quality', polarity: 'negative', weight: 0.8, start: text.indexOf('Quality'), end: text.indexOf('Quality') + 7 };
    const four = compose(text, { kind: 'praise', domain: 'restaurant', aspects: [noodles, service], rating: 4 });
    expect(four.text).toMatch(/could be better|points you raised/);
    expect(four.text).not.toMatch(SORRY);
    // positive control: nothing found wanting, nothing acknowledged
    const five = compose('Lovely dinner and the noodles were excellent.', { kind: 'praise', domain: 'restaurant', aspects: [noodles], rating: 5 });
    expect(five.text).not.toMatch(/could be better|points you raised/);
  });

  it('under a tight limit, says the short reply that names the complaint before a longer one that names nothing', () => {
    const text = 'The rooftop infinity pool was dirty all week and the rooftop infinity pool bar was closed.';
    const pool: ReviewAspect = { text: 'the rooftop infinity pool', polarity: 'negative', weight: 1, start: 4, end: 25 };
    const read: ReviewReading = { kind: 'complaint', domain: 'hotel', aspects: [pool], mainComplaint: pool, rating: 2 };
    const business = defaultSettings().business;
    const tight = composeReply({ review: { text, rating: 2 }, business, variant: 'standard', limit: 380, reading: read });
    expect(tight.text).toMatch(/sorry about the pool/);
    expect(tight.variant).toBe('short');
    // positive control: with room to spare, the standard reply names it
    const roomy = composeReply({ review: { text, rating: 2 }, business, variant: 'standard', limit: 600, reading: read });
    expect(roomy.variant).toBe('standard');
    expect(roomy.text).toMatch(/sorry about the pool/);
  });

  it('never names a person by sex or age alone ("sorry about the guy"); a role is named ("the bell boy")', () => {
    const text = 'The guy at the desk was pushy and the bell boy never came.';
    const at = (words: string) => on(text, words, 'negative');
    const guy = at('guy');
    expect(nameable(guy, text, true)).toBeUndefined();
    const r = compose(text, { kind: 'complaint', domain: 'hotel', aspects: [guy, at('bell boy')], mainComplaint: guy, rating: 2 });
    expect(r.text).not.toMatch(/\bthe guy\b/);
    // positive control: the role, as the main complaint, is named and apologised for
    const bell = at('bell boy');
    expect(nameable(bell, text, true)).toBe('the bell boy');
    expect(compose(text, { kind: 'complaint', domain: 'hotel', aspects: [guy, bell], mainComplaint: bell, rating: 2 }).text).toMatch(/sorry[^.]*the bell boy/);
    // and where they work says who they are: our staff there
    const desk = 'The reception persons were rude to us.';
    expect(nameable({ text: 'the reception persons', polarity: 'negative', weight: 1, start: 4, end: 21 }, desk, true)).toBe('the reception staff');
    // a job the lexicon lacks keeps the reviewer's words; an adjective is no job
    const tips = 'The luggage guys and the young girl kept asking for tips.';
    expect(nameable({ text: 'the luggage guys', polarity: 'negative', weight: 1, start: 4, end: 16 }, tips, true)).toBe('the luggage guys');
    expect(nameable({ text: 'the young girl', polarity: 'negative', weight: 1, start: 25, end: 35 }, tips, true)).toBeUndefined();
  });

  it('a thing described rather than failed ("the pool was small") gets a plain apology, never "spoiled your stay"', () => {
    const strong = /spoiled your|not good enough|truly sorry|deserved better/;
    const seen = { described: new Set<string>(), failed: new Set<string>() };
    // several reviews, so every phrasing the picker holds is drawn
    for (const tail of ['', ' We left early.', ' Shame.', ' Not great.', ' Oh well.', ' Hmm.', ' Sigh.', ' Sad.']) {
      for (const [key, text] of [['described', `The pool was small.${tail}`], ['failed', `The pool was dirty.${tail}`]] as const) {
        const start = 4;
        const pool: ReviewAspect = { text: 'the pool', polarity: 'negative', weight: 1, start, end: start + 4 };
        const r = compose(text, { kind: 'complaint', domain: 'hotel', aspects: [pool], mainComplaint: pool, rating: 2 });
        seen[key].add(r.text.split(/\n+/).find((l) => /sorry/.test(l)) ?? '');
      }
    }
    expect([...seen.described].every((t) => /sorry the pool was small\./.test(t) && !strong.test(t))).toBe(true);
    // positive control: a failure may be met with the fuller apologies
    expect([...seen.failed].some((t) => strong.test(t))).toBe(true);
  });

  it('thanks "the staff" and "the team" once: the same people', () => {
    const text = 'The staff were lovely, our rooms sparkled and the whole team was so kind.';
    const at = (words: string) => on(text, words, 'positive');
    const r = compose(text, { kind: 'praise', domain: 'hotel', aspects: [at('staff'), at('rooms'), { ...at('team'), text: 'the team' }], rating: 5 });
    const thanks = r.text.split(/(?<=[.!?])\s/).find((t) => /the (staff|rooms|team)/.test(t))!;
    expect(thanks).toMatch(/the staff/);
    expect(thanks).not.toMatch(/the team/);
    // positive control: a different thing is thanked for as well
    expect(r.text).toMatch(/the rooms/);
  });

  it('never names the business\'s own name as a thing in it ("sorry about the firefox")', () => {
    const text = 'Since the update firefox is useless and the bookmarks vanish every week.';
    const at = (words: string) => on(text, words, 'negative');
    const own = at('firefox');
    const reading: ReviewReading = { kind: 'complaint', domain: 'app', aspects: [own, at('bookmarks')], mainComplaint: own, rating: 1 };
    const r = compose(text, reading, 'standard', { ...business, name: 'Firefox for Android' });
    expect(r.text).not.toMatch(/the firefox/i);
    // positive control: the thing in it is still named
    expect(r.text).toMatch(/the bookmarks/);
  });

  it('praise\'s main complaint is a note: not trusted past the words as a complaint\'s is, never apologised for', () => {
    const text = 'We stayed three nights and the shuttle took us to the port each morning.';
    const start = text.indexOf('shuttle');
    const shuttle: ReviewAspect = { text: 'the shuttle', polarity: 'negative', weight: 0.05, start, end: start + 'shuttle'.length };
    const praise = compose(text, { kind: 'praise', domain: 'hotel', aspects: [shuttle], mainComplaint: shuttle, rating: 4 });
    expect(praise.text).not.toMatch(/sorry|shuttle/i);
    // positive control: the same reading as a complaint trusts its main complaint and apologises for it
    const complaint = compose(text, { kind: 'complaint', domain: 'hotel', aspects: [shuttle], mainComplaint: shuttle, rating: 2 });
    expect(complaint.text).toMatch(/sorry[^.]*shuttle/);
  });

  it('a complaint about one thing names it in the apology, not in the thanks just before it as well', () => {
    const text = 'The kettle in our room was broken for the whole weekend.';
    const start = text.indexOf('kettle');
    const kettle: ReviewAspect = { text: 'the kettle', polarity: 'negative', weight: 1, start, end: start + 'kettle'.length };
    const first = (t: string) => t.split(/(?<=[.!?])\s/)[0]!;
    for (const variant of ['standard', 'short'] as const) {
      const r = compose(text, { kind: 'complaint', domain: 'hotel', aspects: [kettle], mainComplaint: kettle, rating: 2 }, variant);
      expect(r.text).toMatch(/sorry[^.]*the kettle/);
      expect(first(r.text)).not.toMatch(/kettle/);
    }
    // positive control: with two things raised, the thanks names them both and the apology the first
    const at = text.length + 1;
    const two = `${text} The shower ran cold.`;
    const shower: ReviewAspect = { text: 'the shower', polarity: 'negative', weight: 0.8, start: at + 4, end: at + 10 };
    const both = compose(two, { kind: 'complaint', domain: 'hotel', aspects: [kettle, shower], mainComplaint: kettle, rating: 2 });
    expect(first(both.text)).toMatch(/the kettle and the shower/);
    // a five-star review is not apologised to: the thanks is where the thing is named
    const five = compose(text, { kind: 'complaint', domain: 'hotel', aspects: [kettle], mainComplaint: kettle, rating: 5 });
    expect(five.text).not.toMatch(/sorry/);
    expect(first(five.text)).toMatch(/the kettle/);
  });

  it('an app complaint whose apology says "the app…" is not thanked for "your time with the app" just before', () => {
    const text = 'Keeps crashing every time I open it.';
    const seen = new Set<string>();
    // several reviewers' wording, so the thanks is drawn from every plain one
    for (const tail of ['', ' Please fix.', ' Very annoying.', ' Since Monday.', ' On my tablet.', ' Every day now.']) {
      const r = compose(text + tail, { kind: 'complaint', domain: 'app', aspects: [], rating: 1 });
      expect(r.text).toMatch(/sorry the app/);
      seen.add(r.text.split(/(?<=\.)\s/)[0]!);
    }
    expect([...seen].some((t) => /time with the app/.test(t))).toBe(false);
    expect(seen.size).toBeGreaterThan(1);
    // positive control: a hotel complaint with nothing nameable may still be thanked for "your stay"
    const stays = ['', ' Awful.', ' Never again.', ' Sad.', ' Oh well.', ' Shame.'].map((tail) => compose(`The night there was all a bit grim.${tail}`, { kind: 'complaint', domain: 'hotel', aspects: [], rating: 1 }).text);
    expect(stays.some((t) => /your stay/.test(t))).toBe(true);
  });

  it('names each thing once, whatever its number ("the room" and "the rooms")', () => {
    const text = 'The room was dirty, the rooms smell of smoke and the wifi never worked.';
    const at = (words: string, from = 0): ReviewAspect => {
      const start = text.indexOf(words, from);
      return { text: `the ${words}`, polarity: 'negative', weight: 1, start, end: start + words.length };
    };
    const room = at('room');
    const r = compose(text, { kind: 'complaint', domain: 'hotel', aspects: [room, at('rooms'), at('wifi')], mainComplaint: room, rating: 2 });
    expect(r.text).not.toMatch(/the room and the rooms|the rooms and the room/);
    // the second thing named is the next one the review raised
    expect(r.text).toMatch(/the room and the wifi/);
  });

  it('reads "Late Charges" and a late fee as a kind of charge, not a charge that came late', () => {
    const at = (text: string, words: string): ReviewAspect => ({ text: words, polarity: 'negative', weight: 1, start: text.indexOf(words), end: text.indexOf(words) + words.length });
    const titled = 'They billed me $50 Late Charges without any explanation.';
    expect(statementOf(at(titled, 'Charges'), 'the charges', titled)).toBeUndefined();
    const fee = 'A late fee appeared on my card.';
    expect(statementOf(at(fee, 'fee'), 'the fee', fee)).toBeUndefined();
    // positive control: a fault word before an ordinary thing is a statement of what went wrong
    const cold = 'We were served cold coffee.';
    expect(statementOf(at(cold, 'coffee'), 'the coffee', cold)).toBe('the coffee was cold');
  });

  it('answers a review read as praise, with nothing praised and a fault named, as the mixed review it is', () => {
    const business = defaultSettings().business;
    const text = 'The shower was cold every morning and the towels were stained.';
    const faults: ReviewAspect[] = [
      { text: 'the shower', polarity: 'negative', weight: 1, start: text.indexOf('shower'), end: text.indexOf('shower') + 6 },
    ];
    const asPraise = (rating: number): ReviewReading => ({ kind: 'praise', aspects: faults, domain: 'hotel', rating });
    const four = composeReply({ review: { text, rating: 4 }, reading: asPraise(4), business, variant: 'standard' });
    expect(four.text).toMatch(/sorry/i);
    expect(four.text).toMatch(/shower/);
    // positive control: at five stars it stays a thank-you, with no apology
    const five = composeReply({ review: { text, rating: 5 }, reading: asPraise(5), business, variant: 'standard' });
    expect(five.text).not.toMatch(/sorry/i);
  });

  it('answers a high-rated mixed review whose fault cannot be named as the praise it mostly is', () => {
    const business = defaultSettings().business;
    const read = (rating: number): ReviewReading => ({ kind: 'mixed', aspects: [], domain: 'hotel', rating });
    const high = composeReply({ review: { text: 'Great stay, fun staff, not a party place though.', rating: 5 }, reading: read(5), business, variant: 'standard' });
    expect(high.text).not.toMatch(/could be better|points you raised/i);
    expect(high.text).not.toMatch(/sorry/i);
    // positive control: at three stars the points are acknowledged
    const mid = composeReply({ review: { text: 'Great stay, fun staff, not a party place though.', rating: 3 }, reading: read(3), business, variant: 'standard' });
    expect(mid.text).toMatch(/could be better|points you raised/i);
  });

  it('keeps the reviewer\'s capitals for an acronym, unless the whole review is in capitals', () => {
    expect(withAcronyms('the atm', 'ATM')).toBe('the ATM');
    expect(withAcronyms('the room', 'Room')).toBe('the room');
    // an ordinary word shouted in a calm review is not an acronym: said back in capitals it reads as shouting
    expect(withAcronyms('the food', 'Lovely room but the FOOD was cold.')).toBe('the food');
    expect(withAcronyms('the hvac', 'Lovely room but the HVAC was noisy.')).toBe('the HVAC');
    const business = defaultSettings().business;
    const quiet = composeReply({ review: { text: 'The AC was broken all night and nobody came to fix it.', rating: 2 }, business, variant: 'standard' });
    expect(quiet.text).toContain('the AC');
    const loud = composeReply({ review: { text: 'LOVED OUR ROOM, SUPERB STAFF, SPOTLESS EVERYWHERE. CHEERS', rating: 5 }, business, variant: 'standard' });
    expect(loud.text).not.toMatch(/STAFF|ROOM/);
  });

  it('leans the business kind to the platform without overruling what the review says', () => {
    const stay = 'Enjoyed the harbour views and the courteous staff; the steak at the place next door was unforgettable.';
    expect(inferDomain(stay)).toBe('restaurant');
    expect(inferDomain(stay, 'tripadvisor')).toBe('hotel');
    const meal = 'The steak was cold, the pasta bland, the dessert menu tiny and the waiter forgot our drinks.';
    expect(inferDomain(meal, 'tripadvisor')).toBe('restaurant');
  });
});

describe('five stars', () => {
  it('a fault that opens the story of a problem they solved is not noted; one turned to in the same place is', () => {
    const text = 'The boiler had packed in and we had no heating for a week. The engineer came the same day, fitted a new pump and explained everything. Warm house ever since.';
    const start = text.indexOf('boiler');
    const boiler: ReviewAspect = { text: 'the boiler', polarity: 'negative', weight: 1, start, end: start + 'boiler'.length };
    const r = compose(text, { kind: 'praise', domain: 'trade', aspects: [boiler], mainComplaint: boiler, rating: 5 });
    expect(r.text).not.toMatch(/boiler/);
    // positive control: "but" turns to a fault, wherever it is said
    const turned = 'The man came the same day and was tidy, but the porch light was broken when he left. He explained everything.';
    const at = turned.indexOf('porch light');
    const light: ReviewAspect = { text: 'the porch light', polarity: 'negative', weight: 1, start: at, end: at + 'porch light'.length };
    expect(compose(turned, { kind: 'praise', domain: 'trade', aspects: [light], mainComplaint: light, rating: 5 }).text).toMatch(/note about the (porch )?light/);
  });
  it('five stars read as mixed only by the problem the opening sentence told is thanked, with no action to choose', () => {
    const text = 'I was not at all pleased with the delivery of my wedding dress. Then Priya took over, remade the bodice twice and I cried happy tears on the day. Thank you!';
    const at = text.indexOf('delivery');
    const fitting: ReviewAspect = { text: 'the delivery', polarity: 'negative', weight: 1, start: at, end: at + 'delivery'.length };
    const r = composeReply({ review: { text, rating: 5 }, reading: { kind: 'mixed', domain: 'retail', aspects: [fitting], mainComplaint: fitting, rating: 5 }, business: defaultSettings().business, variant: 'standard', platform: 'google' });
    expect(r.actions).toEqual([]);
    expect(r.text).not.toMatch(/\[|sorry|delivery/i);
    // positive control: a fault turned to with "whereas" is still answered as mixed
    const turned = 'The dress was lovely whereas the delivery was a mess and nobody apologised. Thank you anyway.';
    const t = turned.indexOf('delivery');
    const f2: ReviewAspect = { text: 'the delivery', polarity: 'negative', weight: 1, start: t, end: t + 'delivery'.length };
    expect(composeReply({ review: { text: turned, rating: 5 }, reading: { kind: 'mixed', domain: 'retail', aspects: [f2], mainComplaint: f2, rating: 5 }, business: defaultSettings().business, variant: 'standard', platform: 'google' }).text).toMatch(/the delivery/);
  });
  it('a story of a problem the business solved is thanked, never answered as a complaint with an action to choose', () => {
    const text = 'Our hallway rug had years of dog accidents in it and I was ready to throw it out. No idea what they used but the stains and the awful smell are gone. Booking again for the sofa.';
    const business = { ...defaultSettings().business, kind: 'trades' as const };
    const five = composeReply({ review: { text, rating: 5 }, business, variant: 'standard', platform: 'google' });
    expect(five.text).not.toMatch(/\[|sorry|put (this|it) right/i);
    expect(five.actions).toEqual([]);
    // positive control: the same words under two stars are a complaint with an action
    const two = composeReply({ review: { text: 'Our hallway rug had years of dog accidents in it. They came to clean it and the stains and the awful smell are still there.', rating: 2 }, business, variant: 'standard', platform: 'google' });
    expect(two.text).toMatch(/sorry/i);
    expect(two.actions.length).toBeGreaterThan(0);
    // …and five stars on words all of fault is the complaint the words say
    const misclick = composeReply({ review: { text: 'The rug came back filthy, stained and smelling worse than before.', rating: 5 }, business, variant: 'standard', platform: 'google' });
    expect(misclick.text).toMatch(/\[/);
  });
});


describe('a fault only described as average', () => {
  const business = defaultSettings().business;
  const reply = (text: string, rating: number) => composeReply({ review: { text, rating }, business, variant: 'standard', platform: 'tripadvisor' });
  it('is said back as the letdown it was, with a plain apology and no offer to put it right', () => {
    const text = reply('Rooms were clean and the staff were kind. The breakfast was average.', 3).text;
    expect(text).toMatch(/I am sorry the breakfast was only average\./);
    expect(text).not.toMatch(/deserved better|not good enough|spoiled|make it right|put this right/);
    // positive control: a breakfast that failed keeps its apology ("cold" is said as it was)
    expect(reply('Rooms were clean and the staff were kind. The breakfast was cold.', 3).text).toMatch(/sorry (?:that )?the breakfast was cold/);
  });
  it('is never said of the business itself', () => {
    expect(reply('Friendly staff and a good location. The hotel is average.', 3).text).not.toMatch(/hotel was only average|property was only average/);
    // positive control: a thing in it is
    expect(reply('Friendly staff and a good location. The breakfast is average.', 3).text).toMatch(/breakfast was only average/);
  });
  it('"above average" is praise, not a fault', () => {
    const r = reply('The rooms were above average.', 4);
    expect(r.reading.kind).toBe('praise');
    expect(r.text).not.toMatch(/sorry|only average/);
    // positive control: "average" alone is the fault
    expect(reply('The rooms were average.', 2).text).toMatch(/only average|sorry/);
  });
});

describe('what a praising reply thanks for', () => {
  const business = defaultSettings().business;
  it('is what the review spends most on, said in its order, not simply the first three things', () => {
    const text = 'Nice pillows, good wifi and easy parking. The breakfast was absolutely divine, truly the best breakfast we have ever had, and we talked about the breakfast all the way home.';
    const reply = composeReply({ review: { text, rating: 5 }, business, variant: 'standard', platform: 'tripadvisor' }).text;
    expect(reply).toMatch(/the breakfast/);
    // positive control: in a review that praises three things alike, the three are named
    const alike = composeReply({ review: { text: 'Nice pillows, good wifi and easy parking.', rating: 5 }, business, variant: 'standard', platform: 'tripadvisor' }).text;
    expect(alike).toMatch(/the pillows, the wifi and the parking/);
  });
});

describe('a four-star review with a fault it makes light of', () => {
  const business = defaultSettings().business;
  const reply = (text: string) => composeReply({ review: { text, rating: 4 }, business, variant: 'standard', platform: 'tripadvisor' }).text;
  it('is not asked to get in touch about it', () => {
    const text = reply('The staff were friendly, the beds comfortable and the breakfast varied. The bathroom had a few small flies, but not much of a problem.');
    expect(text).toMatch(/sorry about the flies/);
    expect(text).not.toMatch(/private message|get in touch|contact us/);
    // positive control: a fault not made light of still gets the invitation
    expect(reply('The staff were friendly and the breakfast varied. The bathroom was dirty.')).toMatch(/private message/);
    // …and so does money to go through with them, made light of or not (its sum said whole)
    const parking = reply('Nice stay. We were charged $30 for parking which was a little expensive.');
    expect(parking).toMatch(/private message/);
    expect(parking).toMatch(/\$30\b/);
  });
});

describe('a mixed review’s fault, in proportion', () => {
  const business = defaultSettings().business;
  const reply = (text: string, rating: number, platform = 'tripadvisor') => composeReply({ review: { text, rating }, business, variant: 'standard', platform });
  it('a wish ("can be better") gets the plain apology, and no mixed review hears its visit was spoiled', () => {
    const wish = reply('A quiet week near the station, the lobby was bright. Sadly the room service could be better.', 3).text;
    expect(wish).toMatch(/I am sorry about the room service\./);
    expect(wish).not.toMatch(/deserved better|make it right|put this right/);
    // positive control: a room service that failed outright is not made light of
    expect(reply('A quiet week near the station, the lobby was bright. Sadly the room service was awful.', 3).text).not.toMatch(/I am sorry about the room service\./);
    for (const sheets of ['Rooms were comfortable and the staff friendly. The bed sheets were not clean.', 'Good location and kind staff. The bathroom was dirty.', 'Lovely pool and a good breakfast. The air conditioning was broken.']) {
      const r = reply(sheets, 3);
      expect(r.kind).toBe('mixed');
      expect(r.text).toMatch(/sorry/);
      expect(r.text).not.toMatch(/spoiled/);
    }
  });
  it('an "Update 6.22.18:" the reviewer added is not a release of ours', () => {
    expect(reply('Drains my battery like crazy. Update 6.22.18: still draining.', 1, 'googleplay').text).not.toMatch(/since the update|latest update/);
    expect(reply('Battery drain is terrible. Update: it still happens.', 1, 'googleplay').text).not.toMatch(/since the update|latest update/);
    // positive control: a release they blame is said as when it began
    expect(reply('Since the update it drains my battery like crazy.', 1, 'googleplay').text).toMatch(/since the update|latest update/);
  });
});

describe('a danger or pests told in passing words', () => {
  const business = defaultSettings().business;
  const reply = (text: string, rating: number) => composeReply({ review: { text, rating }, business, variant: 'standard', platform: 'tripadvisor' });
  it('"no way to control it, dangerous for kids" still warns of a danger, and names the thing, not "the way"', () => {
    const text = reply('Nice room and friendly staff. The hot water comes out scalding with no way to control it, dangerous for kids.', 3).text;
    expect(text).toMatch(/your safety/);
    expect(text).toMatch(/the hot water/);
    expect(text).not.toMatch(/the way\b/);
    // positive control: a danger taken back is no danger
    expect(reply('Nice room and friendly staff. The stairs are steep but not dangerous at all.', 3).text).not.toMatch(/your safety/);
  });
  it('creatures on the bed are pests, never "small"; creature comforts are not', () => {
    const r = reply('Small creatures were running on the bed at night. Otherwise ok.', 2);
    expect(r.text).not.toMatch(/were small/);
    expect(r.actions[0]!.options.map((o) => o.base)).toContain('call in our pest control contractor');
    expect(reply('All the creature comforts you could want. Lovely stay.', 5).actions).toEqual([]);
  });
});

describe('"the best feature of this inn is the staff"', () => {
  it('thanks no "feature": the word names no thing of its own', () => {
    const text = composeReply({ review: { text: 'The best feature of this inn is the staff. Rooms were clean.', rating: 5 }, business: defaultSettings().business, variant: 'standard', platform: 'tripadvisor' }).text;
    expect(text).not.toMatch(/the feature/);
    // positive control: what the sentence praises is still thanked for
    expect(text).toMatch(/the staff/);
  });
});

describe('a five-star review that raises two things', () => {
  it('names them once: the thanks that named them is not followed by a note naming one again', () => {
    const text = composeReply({ review: { text: 'Good hotel, kind staff, but the coffee maker was broken and the lift was slow.', rating: 5 }, business: defaultSettings().business, variant: 'standard', platform: 'tripadvisor' }).text;
    expect(text).toMatch(/the coffee maker and the lift/);
    expect(text.match(/coffee maker/g)).toHaveLength(1);
    // positive control: one thing raised, not in the thanks, is still noted by name
    expect(composeReply({ review: { text: 'Lovely interiors and well trained staff. The room service was slow.', rating: 5 }, business: defaultSettings().business, variant: 'standard', platform: 'tripadvisor' }).text).toMatch(/room service/);
  });
});

describe('a location found wanting', () => {
  const reply = (text: string) => composeReply({ review: { text, rating: 3 }, business: defaultSettings().business, variant: 'standard', platform: 'tripadvisor' });
  it('did not suit them: a plain apology, actions on what a guest knows before booking, and the landmark is no fault of its own', () => {
    const r = reply('Nice rooms. The location was not good, far from the centre.');
    expect(r.text).toMatch(/I am sorry the location did not suit you/);
    expect(r.text).not.toMatch(/deserved better|about the centre|make it right/);
    expect(r.actions[0]!.options.map((o) => o.base)).toContain('send directions and local tips with every booking confirmation');
    // positive control: a room that was not good is apologised for as a room
    expect(reply('Nice location. The room was not good, far too small.').text).not.toMatch(/did not suit you/);
  });
});
