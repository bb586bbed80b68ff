/**
 * A sum of money the review holds against us is the complaint a reply must name ("the charge of $42"),
 * even where the reader finds no thing to name. Reviews written for these tests; none is from a dataset.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '@/lib/analysis';
import { composeReply } from '@/lib/compose';
import { actionClause, actionOptions, categoryOf } from '@/lib/compose/actions';
import { billingFaultOf, chargeOf, chargesOf, overQuote } from '@/lib/compose/charge';
import { sentenceSpan } from '@/lib/compose/sentence';
import { defaultSettings, type BusinessProfile } from '@/lib/settings/schema';

const business: BusinessProfile = { ...defaultSettings().business, name: 'Harbour Rooms', kind: 'hotel', contact: { kind: 'email', value: 'hello@harbour.example' } };
const compose = (text: string, rating: number) => composeReply({ review: { text, rating }, business, variant: 'standard' });

describe('chargesOf', () => {
  it.each([
    ['They charged me $42 for a cancellation I made within minutes.', ['the charge of $42']],
    ['A £15 fee appeared on my card two days later.', ['the charge of £15']],
    ['I paid €230 a night, which felt steep for what we got.', ['the price of €230 a night']],
    ['Parking costs extra ($16/day) and nobody told us.', ['the price of $16/day']],
    ['Hardly worth the 900 rupees we paid.', ['the price of 900 rupees']],
  ])('%s', (review, expected) => {
    expect(chargesOf(review).map((c) => c.phrase)).toEqual(expected);
  });

  it('never a sum praised, a room number, a time or a count', () => {
    expect(chargesOf('We paid $80 a night, which was worth it.')).toEqual([]);
    expect(chargesOf('We paid $95 for two, which was good value.')).toEqual([]);
    expect(chargesOf('We stayed 3 nights in room 12 and checked out at 10:30.')).toEqual([]);
    expect(chargesOf('Breakfast was 12 euros and very fine.')).toEqual([]);
    // positive control: the same sum held against us
    expect(chargesOf('Breakfast was 12 euros extra and very poor.').map((c) => c.phrase)).toEqual(['the price of 12 euros']);
  });

  it('names a charge made before a price paid, and the largest', () => {
    expect(chargeOf('It cost $3 an hour, and then they deducted $500 from my account.')?.phrase).toBe('the charge of $500');
    expect(chargeOf('We paid $120 for the room and were charged $15 for parking.')?.phrase).toBe('the charge of $15');
  });
});

describe('sentenceSpan', () => {
  it('ends a sentence at a stop before a space or the end, never inside a sum', () => {
    const text = 'Lovely stay. They charged $16.50 for parking and $3.20 for towels! Never again';
    const at = text.indexOf('$16.50');
    const s = sentenceSpan(text, at, at + 6);
    expect(text.slice(s.from, s.to).trim()).toBe('They charged $16.50 for parking and $3.20 for towels');
    const last = sentenceSpan(text, text.indexOf('Never'));
    expect(text.slice(last.from, last.to).trim()).toBe('Never again');
  });

  it('reads a 100,000-character review without running out of stack, and still finds its charge', () => {
    const long = `${'The pool was fine. '.repeat(5000)}They charged me $42 for nothing.`;
    expect(long.length).toBeGreaterThan(90_000);
    expect(chargeOf(long)?.phrase).toBe('the charge of $42');
  });
});

describe('the reply to a disputed charge', () => {
  it('apologises for the charge when nothing else can be named, with price actions', () => {
    const r = compose('I cancelled ten minutes after booking and they still charged me $42 for nothing. Avoid.', 1);
    expect(r.text).toMatch(/sorry[^.]*the charge of \$42/);
    expect(r.actions[0]!.category).toBe('price');
  });

  it('offers to look into the charge, refund that sum or make charges clear, and none of them is flagged', () => {
    const review = 'I cancelled ten minutes after booking and they still charged me $42 for nothing. Avoid.';
    const r = compose(review, 1);
    const slot = r.actions[0]!;
    expect(slot.options.map((o) => o.base)).toEqual(['look into the charge of $42 with our accounts team', 'refund the $42', 'make every charge clear before a booking is confirmed']);
    const analyzer = createAnalyzer({ ownEmails: [business.contact.value] });
    for (const option of slot.options)
      for (const when of [{ kind: 'done' }, { kind: 'by', date: 'Friday' }] as const) {
        const text = r.text.replace(slot.placeholder, actionClause(option, when));
        expect(analyzer.analyse(text, { review, rating: 1 }).flags, text).toEqual([]);
      }
    // positive control: a price paid keeps the price options
    expect(actionOptions('the price of €230 a night', 'hotel').options[0]!.base).toBe('pass your comments on the price of €230 a night to our management team');
  });

  it('hears the charge beside the main complaint, without a second apology', () => {
    const r = compose('The shower was cold every morning and the towels were stained. On top of that they charged us £25 for a late checkout we never had.', 2);
    expect(r.text).toMatch(/sorry[^.]*the shower/);
    expect(r.text).toMatch(/noted[^.]*the charge of £25/);
    expect(r.text.match(/sorry/g)?.length).toBe(1);
  });

  it('never names a price the reviewer praised', () => {
    const r = compose('We paid $80 a night, which was great value. The shower was cold though, and the towels were stained.', 3);
    expect(r.text).not.toContain('$80');
    // positive control: the complaint in the same review is named
    expect(r.text).toMatch(/the shower|the towels/);
  });
  it.each([
    ['They charged my card twice for one night.', 'you were charged twice'],
    ['I was double charged and nobody answers the phone.', 'you were charged twice'],
    ['Billed us twice for the same booking.', 'you were charged twice'],
    ['Three weeks on and I am still waiting for my refund.', 'you are still waiting for your refund'],
    ['We have never received the refund we were promised.', 'you are still waiting for your refund'],
    ['Cancelled in May and the refund has still not arrived.', 'you are still waiting for your refund'],
  ])('a billing fault with no sum: %s → "%s"', (text, statement) => {
    expect(billingFaultOf(text)?.statement).toBe(statement);
  });

  it.each([['They never charged me twice, unlike other places.'], ['The refund arrived the next day.'], ['We asked for a refund and got it at once.'], ['Twice we charged our phones in the lounge.']])('no billing fault: %s', (text) => {
    expect(billingFaultOf(text)).toBeUndefined();
  });

  it('a billing fault with no sum is apologised for as what happened, unless the business put it right at once', () => {
    const r = compose('They charged my card twice and the manager would not look into it.', 1);
    expect(r.text).toMatch(/sorry (that )?you were charged twice|noted[^.]*the charge/);
    const refund = compose('Still waiting for my refund. The room was never cleaned either.', 1);
    expect(refund.text).toMatch(/you are still waiting for your refund|the refund/);
    const only = compose('Charged us twice for a one-night stay.', 2);
    expect(only.text).toMatch(/I am (truly )?sorry you were charged twice/);
    // positive control: put right at once, it is no fault to apologise for
    expect(compose('The hotel double-charged me but they resolved it right away. Lovely pool.', 4).text).not.toMatch(/charged twice/);
  });
  it('a charge disputed by what it was for is named as the charge for it, with money actions, neither conceded nor denied', () => {
    expect(billingFaultOf('Scam. Charged me for damage I didn\'t do.')).toMatchObject({ phrase: 'the charge for the damage' });
    expect(billingFaultOf('They billed us for a night we never stayed.')).toMatchObject({ phrase: 'the charge for the night' });
    expect(billingFaultOf('They billed us for a night.')).toBeUndefined();
    const r = compose('They charged my card for a minibar I did not use and the room was dirty.', 1);
    expect(r.text).toMatch(/sorry about the charge for the minibar/);
    expect(r.text).not.toMatch(/sorry about the minibar/);
    expect(r.actions[0]?.options.map((o) => o.base)).toEqual(['look into the charge for the minibar with our accounts team', 'go through the charge for the minibar with you line by line', 'refund the charge for the minibar']);
  });

  it('in an app review a thing that was late is the team\'s to look into, never "an update that speeds up the car"; a slow part of the app stays the developers\'', () => {
    expect(categoryOf('the car', 'app', 'late')).toBe('quality');
    expect(actionOptions('the car', 'app', 'late').options.map((o) => o.base).join(' ')).not.toMatch(/speeds up/);
    // positive control: slowness in the app is the developers' to speed up
    expect(categoryOf('the search', 'app', 'slow')).toBe('wait');
    expect(actionOptions('the search', 'app', 'slow').options.map((o) => o.base)).toContain('release an update that speeds up the search');
  });
  it('under a store\'s tight limit, the thanks for what they liked goes before the disputed charge does', () => {
    const text = 'Charged me 150 dollars for sand on the floor mat?? It was sand from my shoes only, and I sent photos showing the car was fine when I returned. Absolute joke.';
    const reply = (name: string) => composeReply({ review: { text, rating: 1 }, business: { ...defaultSettings().business, name }, variant: 'standard', platform: 'googleplay' }).text;
    expect(reply('RideWell Car Sharing')).toMatch(/sorry about the charge of 150 dollars/);
    // positive control: with room to spare, the thanks is kept as well
    expect(reply('')).toMatch(/words about the car/);
    expect(reply('')).toMatch(/sorry about the charge of 150 dollars/);
  });
  it.each([
    ['The app charged me a cancellation fee of 5 after the driver cancelled.', 'the fee of 5'],
    ['Fined 20 for parking in the right zone.', 'the fine of 20'],
    ['Still charged a no show penalty 15.', 'the penalty of 15'],
    ['A convenience fee 0.50 for every session.', 'the fee of 0.50'],
  ])('a fee, fine or penalty with no currency is a sum: %s → %s', (text, phrase) => {
    expect(chargeOf(text)?.phrase).toBe(phrase);
  });

  it.each([['We were charged 3 times for one order.', 'you were charged more than once'], ['I cancelled in March and was charged again this month.', 'you were charged again']])('charged again and again: %s', (text, statement) => {
    expect(billingFaultOf(text)?.statement).toBe(statement);
  });

  it.each([['The fee was waived after 20 minutes on the phone.'], ['We paid 20 for parking, which was fine.'], ['Fined 20 minutes of my time, that is all.'], ['No fees, 5 stars.']])('no sum without a fee word before the number: %s', (text) => {
    expect(chargesOf(text)).toEqual([]);
  });
  it('"a fine" given is a penalty, not praise: a one-star review about it is a complaint answered for the fine', () => {
    const text = "paid thru the app, got a fine anyway because the warden system 'didnt show' my session. now i have to appeal with screenshots. whats the point of the app";
    const r = composeReply({ review: { text, rating: 1 }, business: defaultSettings().business, variant: 'standard', platform: 'googleplay' });
    expect(r.kind).toBe('complaint');
    expect(r.text).toMatch(/sorry you were fined/);
    expect(r.actions[0]?.options.map((o) => o.base)).toEqual(['look into the fine with our accounts team', 'go through the fine with you line by line', 'refund the fine']);
    // positive control: "a fine hotel", "a fine view" are praise, and no fine was given
    const praise = composeReply({ review: { text: 'A fine hotel with a fine view, and we got a fine breakfast every day.', rating: 5 }, business, variant: 'standard' });
    expect(praise.kind).toBe('praise');
    expect(praise.text).not.toMatch(/fined|sorry/);
  });
  it('a double charge is still apologised for beside a near miss by a driver and a refund still awaited', () => {
    const text = "Took a ride last tuesday, driver was on phone whole trip and nearly hit a motorbike. I reported it, fine whatever. But then I see I was charged twice for same trip, RM 23.40 x2. Chat support bot just keep saying 'we understand your concern'. No human. 2 weeks still no refund.";
    const r = composeReply({ review: { text, rating: 1 }, business: defaultSettings().business, variant: 'standard', platform: 'googleplay' }).text;
    expect(r).toMatch(/sorry you were charged twice/);
    expect(r).toMatch(/safety/);
    expect(r).not.toMatch(/treated|welcome you should have had/);
  });

  it('an account blocked or frozen is looked into and restored, never "a fix for the account"', () => {
    const options = (text: string) => composeReply({ review: { text, rating: 1 }, business: defaultSettings().business, variant: 'standard', platform: 'googleplay' }).actions.flatMap((a) => a.options.map((o) => o.base));
    expect(options('MY ACCOUNT BLOCKED FOR NO REASON WITH 18,000 PESOS INSIDE. CANT WITHDRAW. GIVE BACK MY MONEY')).toEqual(['look into why your account was stopped, with our support team', 'restore your access as soon as our checks allow', 'give you one named contact until it is sorted']);
    // positive control: a door that was locked is a repair, not an account
    expect(categoryOf('the door', 'hotel', 'locked')).not.toBe('access');
    expect(categoryOf('the door', 'hotel', 'blocked')).not.toBe('access');
  });
  it.each([
    ['They charged me RM 45 for a late return.', 'the charge of RM 45'],
    ['Charged a fee of ₱500 for nothing.', 'the charge of ₱500'],
    ['They charged 300 baht extra.', 'the charge of 300 baht'],
  ])('a sum in ringgit, pesos or baht is a sum: %s', (text, phrase) => {
    expect(chargeOf(text)?.phrase).toBe(phrase);
  });
  it.each([
    ['booked bus ticket, payment deducted from my account but no ticket issued', 'your payment was taken but no ticket came through', 'the ticket'],
    ['money debited but recharge not done', 'your payment was taken but no recharge came through', 'the recharge'],
    ['paid for the order and the order was never delivered', 'your payment was taken but no order came through', 'the order'],
    ['money debited twice from my account', 'you were charged twice', 'the charge'],
  ])('paid and nothing came of it: %s', (text, statement, phrase) => {
    expect(billingFaultOf(text)).toMatchObject({ statement, phrase });
  });

  it('says a payment taken for a ticket never issued, not "sorry about the account" it came from', () => {
    const r = composeReply({ review: { text: 'booked bus ticket, payment deducted from my account but no ticket issued. customer care say wait 5-7 working days. i missed my travel.', rating: 1 }, business: defaultSettings().business, variant: 'standard', platform: 'googleplay' }).text;
    expect(r).toMatch(/sorry your payment was taken but no ticket came through/);
    expect(r).not.toMatch(/the account/);
    // positive control: an order paid for and delivered is no billing fault
    expect(billingFaultOf('paid for the order and it was delivered in 20 minutes')).toBeUndefined();
  });

  it('"the balance doesn\'t update" is a verb, not a release of the app to apologise for', () => {
    const r = composeReply({ review: { text: 'Mostly fine, the data usage widget is handy. but sometimes balance doesnt update after top up for like an hour which makes me panic', rating: 4 }, business: defaultSettings().business, variant: 'standard', platform: 'googleplay' }).text;
    expect(r).not.toMatch(/latest update|the update/);
    // positive control: an update the review faults is still one
    const u = composeReply({ review: { text: 'Hate the new update. Put it back how it was.', rating: 1 }, business: defaultSettings().business, variant: 'standard', platform: 'googleplay' }).text;
    expect(u).toMatch(/latest update/);
  });
  it('in an app, a server or a download manager is software, not a person on the staff', () => {
    expect(categoryOf('the download manager', 'app')).toBe('software');
    expect(categoryOf('the server', 'app')).toBe('software');
    // positive control: in a restaurant a server is staff, and an app's support agent is a person
    expect(categoryOf('the server', 'restaurant')).toBe('staff');
    expect(categoryOf('the manager', 'app')).toBe('staff');
  });
  it('a fee disputed before any other fault leads the reply, with the fee refunded as an option', () => {
    const r = composeReply({ review: { text: 'cancellation fee charged even tho driver didnt move for 10 mins so i cancelled. dispute button just loops back to help page', rating: 2 }, business: defaultSettings().business, variant: 'standard', platform: 'googleplay' });
    expect(r.text).toMatch(/sorry about the cancellation fee/);
    expect(r.actions[0]?.options.map((o) => o.base)).toEqual(['look into the cancellation fee with our accounts team', 'go through the cancellation fee with you line by line', 'refund the cancellation fee']);
    // positive control: a fee raised after the main fault stays heard after it
    const later = composeReply({ review: { text: 'The shower was cold every morning and the towels were stained. They also charged us a cleaning fee at checkout.', rating: 2 }, business, variant: 'standard' }).text;
    expect(later).toMatch(/sorry[^.]*the shower/);
  });
  it('a review that opens with a disputed charge is answered for the charge, not for a word in the dispute', () => {
    const text = "charged me 45 dollar cleaning fee for 'sand in the vehicle'?? i was never even near a beach. i sent photos from before i started the trip, support just copy paste the same reply 3 times. disputing it with my bank";
    const r = composeReply({ review: { text, rating: 1 }, business: defaultSettings().business, variant: 'standard', platform: 'googleplay' }).text;
    expect(r).toMatch(/sorry about the charge of 45 dollar/);
    expect(r).not.toMatch(/the beach/);
    // positive control: a price met in the middle of a review of other faults does not take the lead
    const mid = composeReply({ review: { text: 'The room was dirty and the AC did not work. A bottle of water cost us $5, which is a lot. The staff were fine.', rating: 2 }, business, variant: 'standard' }).text;
    expect(mid).not.toMatch(/sorry about the (charge|price) of \$5/);
  });
  it('money put in that has not arrived is said as that and traced, never "sorry about the pesos"', () => {
    const text = 'Sir/maam my cash in of 2,000 pesos is not reflecting since yesterday, I already submit ticket 3 times pls help';
    const r = composeReply({ review: { text, rating: 2 }, business: defaultSettings().business, variant: 'standard', platform: 'googleplay' });
    expect(r.text).toMatch(/sorry your cash-in has not shown in your account yet/);
    expect(r.text).not.toMatch(/the pesos/);
    expect(r.actions[0]?.options.map((o) => o.base)).toEqual(['trace the cash-in with our payments team', 'credit the cash-in to your account', 'give you one named contact until it is sorted']);
    // positive control: a top-up that arrived is no fault
    expect(billingFaultOf('my top up of 500 was credited in a minute')).toBeUndefined();
  });
  it('a bill above the quote is said as that and leads, with the sum to look into and refund', () => {
    const trade = { ...defaultSettings().business, kind: 'trades' as const };
    const text = 'Boiler stopped on a Sunday. On the phone they quoted £120 to come out. The engineer was polite but the invoice for £340 turned up a week later with parts I never saw.';
    expect(overQuote(text)).toEqual({ phrase: 'the charge of £340', kind: 'charge', start: text.indexOf('£340'), end: text.indexOf('£340') + 4 });
    const r = composeReply({ review: { text, rating: 1 }, business: trade, variant: 'standard', platform: 'google' });
    expect(r.text).toMatch(/sorry the bill came to more than you were quoted/);
    expect(r.actions[0]?.options.map((o) => o.base)).toContain('refund the £340');
    // a trade's customer is not asked about "your job"
    expect(r.text).not.toMatch(/your job/);
    // positive control: a bill that matched the quote is no dispute
    expect(overQuote('They quoted £300 and charged £300, spot on.')).toBeUndefined();
    // a sum the review calls fair is no dispute
    expect(chargesOf('They kept the van a day longer than promised. $310 total which felt fair for the hours.')).toEqual([]);
    expect(chargesOf('They kept the van a day longer than promised. $310 total for an hour of work.').length).toBe(1);
    // the sum at the till, with things added they never asked for, is the bill
    expect(overQuote('Quoted £120 for two tyres on the phone. At the till it was £171 because they had added a valve kit.')?.phrase).toBe('the charge of £171');
    // taken twice, with the sum between
    expect(billingFaultOf('Checked my bank app and it had taken £42.10 TWICE.')?.statement).toBe('you were charged twice');
    expect(chargeOf('They quoted £300 and charged £300, spot on.')?.phrase).toBe('the charge of £300');
  });
  it('charged twice with the sum in the same sentence is said as charged twice, with the sum acted on', () => {
    const text = 'Was billed twice for one pair of boots, $89.50 on the 4th and again on the 5th. The boots are fine but the support bot just sends links.';
    const r = composeReply({ review: { text, rating: 2 }, business: { ...defaultSettings().business, kind: 'shop' as const }, variant: 'standard', platform: 'trustpilot' });
    expect(r.text).toMatch(/sorry you were charged twice/);
    expect(r.actions[0]?.options.map((o) => o.base)).toContain('refund the $89.50');
    // positive control: a sum in a sentence with no billing fault stays the sum
    const plain = composeReply({ review: { text: 'They charged me $89.50 for boots that fell apart in a week.', rating: 1 }, business: { ...defaultSettings().business, kind: 'shop' as const }, variant: 'standard', platform: 'trustpilot' }).text;
    expect(plain).not.toMatch(/charged twice/);
  });
  it('"the price" named with no sum, where the review disputes a sum charged, is named by the sum', () => {
    const text = 'Desk queue was an hour and the price they quoted online was not what we paid. On return they tried to charge me £190 for a chip in the windscreen that was in my photos.';
    const r = composeReply({ review: { text, rating: 1 }, business: { ...defaultSettings().business, kind: 'other' as const }, variant: 'standard', platform: 'google' }).text;
    expect(r).toMatch(/the charge of £190/);
    expect(r).not.toMatch(/about the price\b/);
    // positive control: a price held against us with no charge made stays the price
    const price = composeReply({ review: { text: 'The desk queue was an hour and the price was far too high for a tiny car.', rating: 2 }, business: { ...defaultSettings().business, kind: 'other' as const }, variant: 'standard', platform: 'google' }).text;
    expect(price).not.toMatch(/the charge of/);
  });
});

describe('charged for time not stayed', () => {
  const business = defaultSettings().business;
  const reply = (text: string) => composeReply({ review: { text, rating: 1 }, business, variant: 'standard', platform: 'tripadvisor' });
  it('is said as that, with money actions, and an answer never had is not a thing they told us about', () => {
    const r = reply('Worst experience. At checkout they charged us a full extra day of rent. I complained but got no answer. Worst management.');
    expect(r.text).toMatch(/you were charged for an extra day/);
    expect(r.actions[0]!.options.map((o) => o.base)).toContain('refund the charge for the extra day');
    expect(r.text).not.toMatch(/about the answer|points about the answer|the answer and/);
    expect(reply('We were billed an additional night even though we left early.').text).toMatch(/you were charged for an extra night/);
    // positive control: an extra night they asked for and paid is no dispute
    expect(reply('We booked an extra night and the room was dirty.').text).not.toMatch(/charged for an extra/);
  });
});


describe('a hotel wait away from the front desk', () => {
  const options = (phrase: string, fault: string) => actionOptions(phrase, 'hotel', fault).options.map((o) => o.base);
  it('goes to the team that runs it, and a slow lift is repaired, not staffed', () => {
    expect(options('the room service', 'slow')).toEqual(['pass your comments on the room service to the team responsible', 'add another member of staff to the room service at busy times', 'refund the night']);
    expect(options('the airport pickup', 'late')).toContain('confirm every pickup time with the guest the day before');
    expect(categoryOf('the lift', 'hotel', 'slow')).toBe('repair');
    // positive control: a queue at the desk still gets a second receptionist
    expect(options('the check-in', 'slow')).toContain('add a second receptionist at busy check-in times');
  });
});

describe('no one on hand', () => {
  it('is said as that, not "there was no staff", and its actions are the front desk’s', () => {
    const r = composeReply({ review: { text: 'No staff at the reception at night, we waited an hour.', rating: 2 }, business: defaultSettings().business, variant: 'standard', platform: 'tripadvisor' });
    expect(r.text).toMatch(/there was no one from our team on hand to help/);
    expect(r.text).not.toMatch(/there was no staff/);
    expect(r.actions[0]!.options.map((o) => o.base).join(' | ')).not.toMatch(/to the staff at busy times/);
    // positive control: a missing thing is still said as missing
    expect(composeReply({ review: { text: 'There was no kettle in the room.', rating: 2 }, business: defaultSettings().business, variant: 'standard', platform: 'tripadvisor' }).text).toMatch(/there was no kettle/);
  });
});
