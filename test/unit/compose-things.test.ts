/**
 * The reviewer's own noun for a thing a business makes, sells or serves, named where no list of ours has it:
 * WordNet's artifacts and foods (lib/compose/thing-nouns.json, built by scripts/build-thing-nouns.ts).
 * Reviews written for these tests; none is from a dataset.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeReply } from '@/lib/compose';
import { thingNoun } from '@/lib/compose/things';
import { domainWordsFor } from '@/lib/compose/phrasings';
import { defaultSettings } from '@/lib/settings/schema';

const reply = (text: string, rating: number, kind: 'shop' | 'restaurant' | 'trades', platform = 'google') =>
  composeReply({ review: { text, rating }, business: { ...defaultSettings().business, kind }, variant: 'standard', platform }).text;

describe('thing nouns', () => {
  it.each([
    ['necklace', true],
    ['tacos', true],
    ['boiler', true],
    ['wardrobes', true],
    ['knives', true],
    ['belief', false],
    ['concept', false],
    ['completion', false],
    // too general to be the thing a reviewer meant
    ['system', false],
    ['device', false],
    // people are not things
    ['woman', false],
  ])('%s → %s', (word, expected) => {
    expect(thingNoun(word)).toBe(expected);
  });

  it('a shop, a restaurant and a trade are thanked and answered on the reviewer\'s own thing', () => {
    expect(reply('Gorgeous necklace, exactly like the photos, and it came so fast. Thank you!', 5, 'shop', 'etsy')).toContain('the necklace');
    expect(reply('Best tacos in town and the staff are lovely. Only downside was the wait, forty minutes on a weekday.', 4, 'restaurant', 'yelp')).toContain('the tacos');
    expect(reply('The new boiler is brilliant, quiet and the house is warm for the first time in years.', 5, 'trades')).toContain('the boiler');
  });

  it('the premises are the business as a whole, never one of its things; a trade that charged a call-out refunds it', () => {
    const r = reply('Roast was lovely and the gravy spot on. Only gripe is the pub had run out of yorkshires by 2pm.', 4, 'restaurant');
    expect(r).not.toMatch(/the pub\b/);
    const callOut = composeReply({ review: { text: 'Paid a £90 call out for the engineer to tell me the pump was gone and to buy a new washer.', rating: 2 }, business: { ...defaultSettings().business, kind: 'trades' }, variant: 'standard', platform: 'google' });
    expect(callOut.actions.flatMap((a) => a.options.map((o) => o.base))).toContain('refund the call-out charge');
    // positive control: with no call-out said, what they paid
    const none = composeReply({ review: { text: 'The engineer told me the pump was gone and to buy a new washer. Useless.', rating: 2 }, business: { ...defaultSettings().business, kind: 'trades' }, variant: 'standard', platform: 'google' });
    expect(none.actions.flatMap((a) => a.options.map((o) => o.base))).not.toContain('refund the call-out charge');
  });
  it('an abstract noun praised is never said back as a thing', () => {
    const r = reply('Loved the concept and the necklace is gorgeous.', 5, 'shop', 'etsy');
    expect(r).not.toMatch(/the concept/);
    // positive control: the thing beside it is
    expect(r).toContain('the necklace');
  });

  it('the committed list is what WordNet gives (the build is deterministic)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'things-')), 'thing-nouns.json');
    execFileSync('npx', ['tsx', 'scripts/build-thing-nouns.ts', '--out', out], { stdio: 'pipe' });
    expect(readFileSync(out, 'utf8')).toBe(readFileSync('lib/compose/thing-nouns.json', 'utf8'));
    expect(JSON.parse(readFileSync(out, 'utf8')).licence).toMatch(/^WordNet 3\.1 Copyright 2011 by Princeton University/);
  }, 60_000);
});

describe('a business of another kind', () => {
  it('a takeaway is an order, not a meal had with us; an eclectic collection of books is no takeaway', () => {
    const restaurant = { ...defaultSettings().business, kind: 'restaurant' as const };
    const takeaway = composeReply({ review: { text: 'Ordered a takeaway on Saturday and the curry was still piping hot when it got to us. Spot on.', rating: 5 }, business: restaurant, variant: 'standard', platform: 'google' }).text;
    expect(takeaway).not.toMatch(/have you with us|back at the table|another meal/);
    // positive control: a meal eaten in is one
    expect(domainWordsFor('restaurant', 'Lovely evening in the dining room and an eclectic collection of books on the shelves. The curry was perfect.').visit).toBe('meal');
    expect(domainWordsFor('restaurant', 'Ordered a takeaway on Saturday and the curry was still hot.').visit).toBe('order');
    expect(domainWordsFor('restaurant', 'Ordered two curries for pickup at 7 and waited an hour.').visit).toBe('order');
  });

  it('a shop visited in person is not thanked for "your order"; one that sent the order is', () => {
    const shop = { ...defaultSettings().business, kind: 'shop' as const };
    const walkIn = composeReply({ review: { text: 'Lovely little pet shop, the lady spent ages helping us choose a harness for our rescue greyhound.', rating: 5 }, business: shop, variant: 'standard', platform: 'google' }).text;
    expect(walkIn).not.toMatch(/\border\b/);
    // positive control: a parcel that came is an order
    const sent = composeReply({ review: { text: 'The harness arrived in two days, well packed, and fits our greyhound perfectly.', rating: 5 }, business: shop, variant: 'standard', platform: 'google' }).text;
    expect(sent).toMatch(/\border\b/);
  });

  it('is no app unless answered on an app store: a nursery whose parents mention its app is thanked as a nursery', () => {
    const other = { ...defaultSettings().business, kind: 'other' as const };
    const text = 'Our daughter adores the staff and comes home covered in paint. Only thing is the app updates are patchy, some days no photos at all.';
    const r = composeReply({ review: { text, rating: 4 }, business: other, variant: 'standard', platform: 'facebook' }).text;
    expect(r).not.toMatch(/the app|using the app|time with the app/);
    // positive control: on an app store the same profile is an app's
    const store = composeReply({ review: { text: 'The app crashes every time I open the timetable. Please fix it.', rating: 1 }, business: other, variant: 'standard', platform: 'googleplay' }).text;
    expect(store).toMatch(/the app/);
  });
});

