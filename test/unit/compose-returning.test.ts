/**
 * A reviewer who has come back before is thanked for it, and an apology to them says it matters the more;
 * one who says they will not come back is not welcomed back.
 * Reviews written for these tests; none is from a dataset.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '@/lib/analysis';
import { composeReply } from '@/lib/compose';
import { returningReviewer, saysNoReturn } from '@/lib/compose/returning';
import { defaultSettings, type BusinessProfile } from '@/lib/settings/schema';

const business: BusinessProfile = { ...defaultSettings().business, name: 'Quayside Inn', kind: 'hotel', contact: { kind: 'email', value: 'stay@quayside.example' } };
const compose = (text: string, rating: number) => composeReply({ review: { text, rating }, business, variant: 'standard' });

describe('returningReviewer', () => {
  it.each([
    ['This was our fourth stay and the welcome was as warm as ever.', true],
    ['We have stayed here five times since the renovation.', true],
    ['My family has been visiting for nine years now.', true],
    ['Been using the app for two years without a single problem.', true],
    ['We are regular guests and always ask for a sea view.', true],
    ['I always stay in this hotel when I visit the coast.', true],
    ['We have eaten at this little bistro several times over the winter.', true],
    ['Probably my 3-4th visit by now, and still the best curry in town.', true],
    ['We stayed at the sister hotel two nights before moving here.', false],
    ['It was our first time here and we loved it.', false],
    ['Our first visit, though my parents have stayed here several times.', false],
    ['We always stay at a place near the station, so this was a change.', false],
    ['The cars need regular maintenance checks.', false],
    ['Repeat users would benefit from a saved payment method.', false],
    ['Lovely hotel, great breakfast.', false],
    // one long stay is not coming back
    ['I am staying here for three months while my flat is repaired.', false],
    ['We have been staying here for three years whenever we visit my mother.', true],
  ])('%s → returning: %s', (review, expected) => {
    expect(returningReviewer(review)).toBe(expected);
  });
});

describe('the reply to a returning reviewer', () => {
  const analyzer = createAnalyzer({ ownEmails: [business.contact.value] });

  it('thanks a returning reviewer for coming back, and says nothing of it to a first visit', () => {
    const back = 'Our fourth stay here: the harbour room was spotless and the breakfast was excellent.';
    const r = compose(back, 5);
    expect(r.text).toMatch(/coming back to us|familiar face/);
    expect(analyzer.analyse(r.text, { review: back, rating: 5 }).flags).toEqual([]);
    // positive control: the same praise from a first visit
    expect(compose('Our first stay here: the harbour room was spotless and the breakfast was excellent.', 5).text).not.toMatch(/coming back to us|familiar face/);
  });

  it('tells a returning reviewer the fault matters the more, after the apology, without a flag', () => {
    const back = 'We have stayed here many times, but this time the shower was cold every morning and nobody fixed it.';
    const r = compose(back, 2);
    const sentences = r.text.split(/(?<=[.!?])\s+/u);
    const sorry = sentences.findIndex((s) => /sorry/i.test(s));
    const more = sentences.findIndex((s) => /been with us before/.test(s));
    expect(sorry).toBeGreaterThanOrEqual(0);
    expect(more).toBe(sorry + 1);
    expect(analyzer.analyse(r.text, { review: back, rating: 2 }).flags).toEqual([]);
    // positive control: the same complaint from a first visit
    expect(compose('This was our first stay, and the shower was cold every morning and nobody fixed it.', 2).text).not.toMatch(/been with us before/);
  });
});

describe('saysNoReturn', () => {
  it.each([
    ['Lovely harbour, but we will not be staying here again.', true],
    ["Breakfast was fine. Won't be back.", true],
    ['Noisy all night; I would never come back.', true],
    ['The room was cramped and we are not planning to return.', true],
    ['Never again. The shower was cold for three days.', true],
    ["Good location but I wouldn't book this place again.", true],
    ['The app is buggy and I will not use it again.', true],
    ['Overpriced and the food was poor. I will never visit ever.', true],
    ['Best stay of our lives; we will never stay anywhere else in town.', false],
    // a warning to others is not a word on their own return
    ['Would not recommend the spa.', false],
    ["Not saying I won't come back, the view is lovely.", false],
    ['We will be back next summer!', false],
    ['We would not hesitate to come back.', false],
    ['Last time I stayed the bed was softer.', false],
  ])('%s → will not come back: %s', (review, expected) => {
    expect(saysNoReturn(review)).toBe(expected);
  });
});

describe('the reply to a reviewer who will not come back', () => {
  const analyzer = createAnalyzer({ ownEmails: [business.contact.value] });
  const WELCOME_BACK = /welcom(e|ing) you back|host you again|come back and stay|see you again|next stay|another stay|show you a better stay|another chance/i;

  it.each([
    ['The room was small and the car park was full every night, and we will not be staying here again. The breakfast was good though.', 3],
    ['The shower was cold for three days and nobody came to fix it. Never again.', 1],
  ])('%s (%d★): no welcome back, and no flag', (review, rating) => {
    const r = compose(review, rating);
    expect(r.text).not.toMatch(WELCOME_BACK);
    expect(r.text).toMatch(/choose elsewhere next time|another try|comes after you/);
    expect(analyzer.analyse(r.text, { review, rating }).flags).toEqual([]);
    // positive control: the same review without the words of not coming back is welcomed back
    const plain = review.replace(/,? and we will not be staying here again| Never again\./, '');
    expect(compose(plain, rating).text).toMatch(WELCOME_BACK);
  });
});
