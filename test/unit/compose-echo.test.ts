import { describe, expect, it } from 'vitest';
import { composeReply } from '@/lib/compose';
import { createAnalyzer } from '@/lib/analysis';
import { FOLLOW_UP_UNANSWERED, FOLLOW_UP_UNANSWERED_SHORT, LOSS_CLOSING, LOSS_SYMPATHY, LOSS_THANKS } from '@/lib/compose/phrasings';
import { askedFor, asksForSomething, inRequest, namedColleagues, reportedPraise, occasionOf, praiseStatementOf, recommendsUs, saysUnanswered, toldOfLoss } from '@/lib/compose/echo';
import type { ReviewAspect } from '@/lib/compose/reading-types';
import { defaultSettings } from '@/lib/settings/schema';

const at = (review: string, words: string, polarity: ReviewAspect['polarity'] = 'positive', last = false): ReviewAspect => {
  const start = last ? review.lastIndexOf(words) : review.indexOf(words);
  return { text: words, polarity, weight: 1, start, end: start + words.length };
};

describe('what a praising review gives the reply to say back', () => {
  it('says what they found good about a thing, from either word order, and only when nothing else faults it', () => {
    const a = 'The beds were really comfortable and the view was lovely.';
    expect(praiseStatementOf(at(a, 'beds'), 'the beds', a)).toBe('the beds were comfortable');
    const b = 'Spotless room, friendly people.';
    expect(praiseStatementOf(at(b, 'room'), 'the room', b)).toBe('the room was spotless');
    // a thing the review also faults is not praised back, whatever the sentence that praises it
    const c = 'The room is small and cramped. The room was clean though.';
    expect(praiseStatementOf(at(c, 'room', 'positive', true), 'the room', c)).toBeUndefined();
    // positive control: the same praising sentence alone is said back
    expect(praiseStatementOf(at('The room was clean.', 'room'), 'the room', 'The room was clean.')).toBe('the room was clean');
    // nothing praising in reach: nothing said
    expect(praiseStatementOf(at(a, 'view'), 'the view', 'We had the view.')).toBeUndefined();
    // a complaint is never said back as praise
    expect(praiseStatementOf(at(a, 'beds', 'negative'), 'the beds', a)).toBeUndefined();
    // a phrase the reader began at a comma ("…, rooms") takes no word from before the comma: the staff were friendly, not the rooms
    const d = 'All the staff are friendly , rooms are cleaned well.';
    expect(praiseStatementOf(at(d, ', rooms'), 'the rooms', d)).toBeUndefined();
    // positive control: the word straight before the thing is taken
    const e = 'We loved our friendly rooms.';
    expect(praiseStatementOf(at(e, 'rooms'), 'the rooms', e)).toBe('the rooms were friendly');
    // "quiet nice" is "quite nice": never "the lounge was quiet"
    const f = 'The lounge is quiet nice for an evening drink.';
    expect(praiseStatementOf(at(f, 'lounge'), 'the lounge', f)).toBeUndefined();
    // positive control: quiet, and then no more praise, is quiet
    const g = 'The lounge is quiet in the evening.';
    expect(praiseStatementOf(at(g, 'lounge'), 'the lounge', g)).toBe('the lounge was quiet');
  });

  it('finds their own occasion, not someone else’s, and not one that went wrong', () => {
    expect(occasionOf('We stayed here for our 25th anniversary and loved it.')).toBe('anniversary');
    expect(occasionOf('Came over Christmas with the kids.')).toBe('Christmas');
    expect(occasionOf('We came to town for my brother’s wedding.')).toBeUndefined();
    expect(occasionOf('We did not enjoy our anniversary here.')).toBeUndefined();
    expect(occasionOf('We enjoyed our anniversary here.')).toBe('anniversary');
    expect(occasionOf('Lovely room and great food.')).toBeUndefined();
  });

  it('hears a recommendation, and not its refusal', () => {
    expect(recommendsUs('Highly recommended!')).toBe(true);
    expect(recommendsUs('We would definitely recommend this place.')).toBe(true);
    expect(recommendsUs('I would not recommend it.')).toBe(false);
    expect(recommendsUs("Can't recommend it to anyone.")).toBe(false);
    expect(recommendsUs('Lovely stay.')).toBe(false);
  });

  it('puts them in the reply to praise, and passes thanks to the people praised by their role', () => {
    const business = defaultSettings().business;
    const review = { text: 'We came for our anniversary. The room was spotless, the breakfast was delicious and the front desk staff were so helpful. Would recommend!', rating: 5 };
    const r = composeReply({ review, business, variant: 'standard' });
    expect(r.kind).toBe('praise');
    expect(r.text).toMatch(/the room was spotless/);
    expect(r.text).toMatch(/your anniversary/);
    expect(r.text).toMatch(/recommend/i);
    expect(r.text).toMatch(/the front desk staff/);
    expect(r.text).not.toMatch(/sorry/i);
    // positive control: the same review without the occasion or the recommendation says neither
    const plain = composeReply({ review: { text: 'The room was spotless and the breakfast was delicious.', rating: 5 }, business, variant: 'standard' });
    expect(plain.text).not.toMatch(/anniversary|recommend/i);
    expect(plain.text).toMatch(/the (room was spotless|breakfast was delicious)/);
  });

  it("hears the reviewer's own suggestion, not one the staff gave them", () => {
    expect(asksForSomething('Lovely stay. One suggestion: a kettle in the room.')).toBe(true);
    expect(asksForSomething('A small suggestion, the lifts could be faster.')).toBe(true);
    expect(asksForSomething('Good stay.\nSuggestions:\n- more towels')).toBe(true);
    // the staff's suggestions are praise of the staff
    expect(asksForSomething('The waiter explained the menu and gave nice suggestions.')).toBe(false);
    expect(asksForSomething('The concierge was helpful with maps and suggestions.')).toBe(false);
    expect(asksForSomething('Booked on the suggestion of my son; lovely stay.')).toBe(false);
    // "I hope", "I wish", "I suggest" ask for a change only where one follows
    expect(asksForSomething('I hope they fix the wifi soon.')).toBe(true);
    expect(asksForSomething('I wish there was a kettle in the room.')).toBe(true);
    expect(asksForSomething('I suggest the management should add more parking.')).toBe(true);
    expect(asksForSomething('I hope to come back next year.')).toBe(false);
    expect(asksForSomething('The manager was excellent. I wish him all the best.')).toBe(false);
    expect(asksForSomething('I suggest to everyone to come and stay here.')).toBe(false);
    const business = defaultSettings().business;
    const thanked = (text: string) => composeReply({ review: { text, rating: 5 }, business, variant: 'standard' }).text;
    expect(thanked('The staff were attentive and gave nice suggestions. The food was delicious.')).not.toMatch(/suggestion|idea/i);
    // positive control: the reviewer's own suggestion is thanked for
    expect(thanked('The staff were attentive and the food was delicious. One suggestion: more vegetarian dishes.')).toMatch(/suggestion|idea/i);
  });

  it('hears a suggestion, thanks them for it without promising it, and does not praise the thing asked for', () => {
    expect(asksForSomething('Would be nice if you could add a dark mode.')).toBe(true);
    expect(asksForSomething('Hope the app can have a return trip option.')).toBe(true);
    expect(asksForSomething('Please consider showing the fuel level.')).toBe(true);
    expect(asksForSomething('The app works well and the cars are clean.')).toBe(false);
    const review = 'Great app! Would be nice if you could add a dark mode.';
    expect(inRequest(at(review, 'dark mode'), review)).toBe(true);
    expect(inRequest(at(review, 'app'), review)).toBe(false);
    const business = defaultSettings().business;
    const r = composeReply({ review: { text: review, rating: 5 }, business, variant: 'standard', platform: 'googleplay' });
    expect(r.text).toMatch(/suggestion|idea/i);
    // the thing asked for is named only as the suggestion, never thanked for as if they had liked it
    expect(r.text.replace(/[^.]*(?:suggestion|idea)[^.]*\./i, '')).not.toMatch(/mode/);
    expect(r.text).not.toMatch(/sorry/i);
    // positive control: no request, no suggestion line
    const plain = composeReply({ review: { text: 'Great app, the cars are always clean.', rating: 5 }, business, variant: 'standard', platform: 'googleplay' });
    expect(plain.text).not.toMatch(/suggestion|idea/i);
  });

  it('notes a thing a praising reviewer found wanting, in their words, without apologising', () => {
    const business = defaultSettings().business;
    const r = composeReply({ review: { text: 'Lovely room and friendly staff. The breakfast was cold though.', rating: 5 }, business, variant: 'standard' });
    expect(r.kind).toBe('praise');
    expect(r.text).toMatch(/note about the breakfast|point about the breakfast/);
    expect(r.text).not.toMatch(/sorry|apologi/i);
    // positive control: nothing wanting, nothing noted
    const plain = composeReply({ review: { text: 'Lovely room and friendly staff, great breakfast.', rating: 5 }, business, variant: 'standard' });
    expect(plain.text).not.toMatch(/note about|point about/);
  });

  it('does not apologise for the thing a request asks for, but still for a fault met before it', () => {
    const ask = 'Could you add a fuel level filter feature to the map? Then drivers could pick a car with a full tank.';
    expect(askedFor(at(ask, 'feature', 'negative'), ask)).toBe(true);
    const fault = 'The app is slow and keeps logging me out, I hope you can fix it.';
    expect(askedFor(at(fault, 'app', 'negative'), fault)).toBe(false);
    const business = defaultSettings().business;
    const r = composeReply({ review: { text: ask, rating: 3 }, business, variant: 'standard', platform: 'appstore' });
    expect(r.text).toMatch(/suggestion|idea/i);
    expect(r.text).not.toMatch(/sorry|apologi/i);
    expect(r.text).not.toMatch(/feature/);
    // positive control: a fault the reviewer met is still apologised for
    const met = composeReply({ review: { text: 'The app keeps crashing when I book a car. Terrible.', rating: 1 }, business, variant: 'standard', platform: 'appstore' });
    expect(met.text).toMatch(/sorry/i);
  });

  it('hears a request written short ("pls add", "maybe can add") as a request, not a fault', () => {
    const short = 'good app but pls add option to pay with e-wallet not only credit card';
    expect(askedFor(at(short, 'e-wallet', 'negative'), short)).toBe(true);
    const maybe = 'fees bit high, maybe can add a monthly plan with free rides?';
    expect(askedFor(at(maybe, 'plan', 'negative'), maybe)).toBe(true);
    const r = composeReply({ review: { text: short, rating: 4 }, business: defaultSettings().business, variant: 'standard', platform: 'googleplay' });
    expect(r.text).not.toMatch(/sorry about the e-wallet/);
    expect(r.text).toMatch(/idea|suggestion/);
    // positive control: "plz" asking other travellers, or for more of the same, asks the business for nothing new
    const others = 'great staff so plz consider this place for a family holiday';
    expect(askedFor(at(others, 'holiday', 'positive'), others)).toBe(false);
    const same = 'thank you banquet team, kindly provide same service again';
    expect(askedFor(at(same, 'service', 'positive'), same)).toBe(false);
  });

  it('does not thank for praise the reviewer only reports others making', () => {
    const review = 'Our mattress sagged, and reception insisted every room has new mattresses. The taps leaked.';
    const mattresses = at(review, 'mattresses');
    expect(reportedPraise(mattresses, review)).toBe(true);
    const promised = 'We were promised a quiet room with a view.';
    expect(reportedPraise(at(promised, 'view'), promised)).toBe(true);
    // after the turn it is the reviewer's own word, and praise with no claim before it is theirs
    const turned = 'It was advertised as continental, but it is really a full buffet breakfast.';
    expect(reportedPraise(at(turned, 'buffet breakfast'), turned)).toBe(false);
    const own = 'The best mattresses we have slept on.';
    expect(reportedPraise(at(own, 'mattresses'), own)).toBe(false);
    const business = defaultSettings().business;
    const claimed = 'The website claimed the rooms were spacious. The shower was cold every morning.';
    const shower = at(claimed, 'shower', 'negative');
    const r = composeReply({ review: { text: claimed, rating: 2 }, reading: { kind: 'mixed', domain: 'hotel', aspects: [at(claimed, 'rooms'), shower], mainComplaint: shower, rating: 2 }, business, variant: 'standard' });
    expect(r.text).not.toMatch(/rooms/);
    expect(r.text).toMatch(/shower/);
    // positive control: praise the reviewer gives themselves is thanked for
    const mine = 'The best mattresses we have slept on, but the taps leaked.';
    const r2 = composeReply({ review: { text: mine, rating: 3 }, reading: { kind: 'mixed', domain: 'hotel', aspects: [at(mine, 'mattresses'), at(mine, 'taps', 'negative')], mainComplaint: at(mine, 'taps', 'negative'), rating: 3 }, business, variant: 'standard' });
    expect(r2.text).toMatch(/mattresses/);
  });
  it.each([
    ['reported with photos in the app and no reply til now'],
    ['Emailed 4 times. Nobody answers.'],
    ['nobody from support picked up the phone for an hour'],
    ['They never got back to me about the deposit.'],
    ['Support has not replied in a week.'],
    ['the email reply is a bot'],
    ['customer service just copy paste same answer'],
  ])('hears that we never answered them: %s', (text) => {
    expect(saysUnanswered(text)).toBe(true);
  });

  it.each([['Housekeeping did not replenish the shampoo.'], ['The towels were not replaced.'], ['The set-top box was not responding to the remote.'], ['They did not respond well on the phone, but the stay was lovely.'], ['Should I copy-paste my passwords by hand?'], ['Support replied within an hour.']])('not unanswered: %s', (text) => {
    expect(saysUnanswered(text)).toBe(false);
  });

  it('to a reviewer we never answered, says they will hear back this time, and says "no reply" as that, not "sorry about the reply"', () => {
    const business = defaultSettings().business;
    const text = 'The car was filthy and the fuel was at a quarter. I reported it with photos in the app and got no reply till now.';
    const r = composeReply({ review: { text, rating: 2 }, business, variant: 'standard', platform: 'googleplay' }).text;
    expect(r).toMatch(/I will see to it myself|hear back this time|see to your message myself/);
    expect(r).not.toMatch(/sorry about the reply/);
    // positive control: a reviewer who never wrote to us is invited as usual
    const plain = composeReply({ review: { text: 'The car was filthy and the fuel was at a quarter.', rating: 2 }, business, variant: 'standard', platform: 'googleplay' }).text;
    expect(plain).not.toMatch(/see to it myself|hear back this time|see to your message myself/);
    expect(plain).toMatch(/email us/);
    const noReply = composeReply({ review: { text: 'car was ok but the previous user left rubbish everywhere. reported with photos in app and no reply til now. why i must clean for other ppl', rating: 2 }, business, variant: 'standard', platform: 'googleplay' }).text;
    expect(noReply).toMatch(/sorry you have had no reply from us/);
    // the promise itself carries no flag of our own
    const analyzer = createAnalyzer();
    for (const t of [...FOLLOW_UP_UNANSWERED, ...FOLLOW_UP_UNANSWERED_SHORT]) expect(analyzer.analyse(t.replace('{reach}', 'email us at hello@example.com'), {}).flags).toEqual([]);
  });
});

describe('a review that tells of a death', () => {
  const vet = { ...defaultSettings().business, kind: 'healthcare' as const };
  const praise = 'We had to say goodbye to our old boy Biscuit on Friday. The nurses gave us all the time we needed and nobody rushed us. Thank you all so much.';

  it('is read from the words, not from a goodbye to a place or a figure of speech', () => {
    expect(toldOfLoss(praise)).toBe(true);
    expect(toldOfLoss('My mother passed away in March and the staff were so kind when we came to collect her things.')).toBe(true);
    expect(toldOfLoss('Booked the back room for the wake after the funeral.')).toBe(true);
    expect(toldOfLoss('My wife died in the spring and the team made every arrangement gently.')).toBe(true);
    expect(toldOfLoss('Thank you for how you cared for Pepper in her last week, and for sitting with us when the time came.')).toBe(true);
    expect(toldOfLoss('Everyone was so lovely it was hard to say goodbye on our last day.')).toBe(false);
    expect(toldOfLoss('Honestly a funeral of flavours, best curry around.')).toBe(false);
  });

  it('praise is thanked gently, with sympathy and no cheer or welcome back; the words carry no flag and no apology', () => {
    const r = composeReply({ review: { text: praise, rating: 5 }, business: vet, variant: 'standard', platform: 'facebook' }).text;
    expect(LOSS_THANKS.some((t) => r.includes(t.replace('{N}', '')))).toBe(true);
    expect(LOSS_SYMPATHY.some((t) => r.includes(t))).toBe(true);
    expect(LOSS_CLOSING.some((t) => r.includes(t))).toBe(true);
    expect(r).not.toMatch(/make our day|enjoyed|delighted|see you again|look after you again|sorry/i);
    const analyzer = createAnalyzer();
    for (const t of [...LOSS_THANKS, ...LOSS_SYMPATHY, ...LOSS_CLOSING]) expect(analyzer.analyse(t.replace('{N}', ''), {}).flags).toEqual([]);
    // positive control: a happy visit is answered as one
    const happy = composeReply({ review: { text: 'The nurses gave our puppy his first jabs and nobody rushed us. Thank you all so much.', rating: 5 }, business: vet, variant: 'standard', platform: 'facebook' }).text;
    expect(LOSS_SYMPATHY.some((t) => happy.includes(t))).toBe(false);
  });

  it('a complaint about a funeral wake keeps its apology and gains sympathy, with no welcome back', () => {
    const text = "We held my dad's wake in your function room after the funeral. The room was freezing and nobody came to check on us for two hours.";
    const r = composeReply({ review: { text, rating: 2 }, business: { ...defaultSettings().business, kind: 'restaurant' }, variant: 'standard', platform: 'google' }).text;
    expect(r).toMatch(/sorry/);
    expect(LOSS_SYMPATHY.some((t) => r.includes(t))).toBe(true);
    expect(r).not.toMatch(/welcome you back|another meal|eat with us again/);
  });
});


describe('people on the staff thanked by name', () => {
  it('are counted by where a name stands: after a role or title, after "thanks to", before what people do for guests', () => {
    expect(namedColleagues('Special thanks to Talvi at the front desk.')).toBe(1);
    expect(namedColleagues('Our waiter Perrin was brilliant and chef Odran baked a cake for my daughter.')).toBe(2);
    expect(namedColleagues('Mr. Halvard helped us with the luggage.')).toBe(1);
    // one person written two ways is one person; two people whose names share no start are two
    expect(namedColleagues('Restaurant manager Perrinkumar helped us choose. Once again thanks to Perrin Kumar.')).toBe(1);
    expect(namedColleagues('Restaurant manager Perrin helped us choose. Once again thanks to Orrin.')).toBe(2);
    expect(namedColleagues('The breakfast was good, and Idris, who looked after us all week, was a star.')).toBe(1);
    expect(namedColleagues('Housekeeper Marit and Idris were so helpful.')).toBe(2);
    expect(namedColleagues('The room was clean and Talvi at the front desk was so helpful.')).toBe(1);
    // by where they work, and after a title written in lower case
    expect(namedColleagues('Check-in was championed by Talvi at the front desk and the room was lovely.')).toBe(1);
    expect(namedColleagues('The event team, with mr. Orrin, planned everything well.')).toBe(1);
    // …but a place after "at" is no one: positive control for the shape above
    expect(namedColleagues('We ate at Bramblecot at the bar, a lovely place.')).toBe(0);
    // a list the name heads, and a two-word role
    expect(namedColleagues('Five star service from Anouk, Sefton and Orrin, and all the front staff.')).toBe(3);
    expect(namedColleagues('We loved the care taker Brannoc, and the chef, Mr. Tobiah, cooked us lovely food.')).toBe(2);
  });
  it('are not the reviewer’s own people, a place, the business, a dictionary word, nor anyone the sentence faults', () => {
    expect(namedColleagues('My wife Priya loved the spa.')).toBe(0);
    expect(namedColleagues('Thank you Bramblecot Lodge for a wonderful stay.')).toBe(0);
    expect(namedColleagues('The town was lovely and the Seaview was kind to us.')).toBe(0);
    expect(namedColleagues('Staff were very helpful. Everyone was so friendly.')).toBe(0);
    expect(namedColleagues('One is extremely helpful, the other less so.')).toBe(0);
    expect(namedColleagues('Manager Quenby was rude to us.')).toBe(0);
    // the business's own name, where the owner has given it
    expect(namedColleagues('Thank you Seaview for a lovely week.', new Set(['seaview']))).toBe(0);
    // positive control: the same shape with a person's name
    expect(namedColleagues('Thank you Talvi for a lovely week.')).toBe(1);
  });
  it('a five-star review that names them gets its thanks passed on to them, with no name said back', () => {
    const business = defaultSettings().business;
    const reply = (text: string) => composeReply({ review: { text, rating: 5 }, business, variant: 'standard', platform: 'google' }).text;
    const two = reply('Lovely stay. The rooms were spotless. Special thanks to Talvi at the front desk and Idris who looked after us so well.');
    expect(two).toMatch(/the colleagues you named/);
    expect(two).not.toMatch(/Talvi|Idris/);
    const one = reply('Lovely stay. The rooms were spotless. Chef Odran baked a birthday cake for my daughter.');
    expect(one).toMatch(/the colleague you named/);
    expect(one).not.toMatch(/Odran/);
    // one named beside the staff praised as a whole: the thanks still go to the one they named
    expect(reply('The front desk staff were lovely, and special thanks to Talvi who sorted our late check-in.')).toMatch(/the colleague you named/);
    // positive control: no one named, the usual thanks to the team
    expect(reply('Lovely stay. The rooms were spotless and the staff were kind.')).not.toMatch(/you named/);
    const analyzer = createAnalyzer();
    expect(analyzer.analyse(two, { review: 'Lovely stay.', rating: 5 }).flags).toEqual([]);
  });
  it('a mixed review that names them passes the thanks on beside its apology', () => {
    const business = defaultSettings().business;
    const text = 'The room was clean and Talvi at the front desk was so helpful. But the breakfast was cold and the coffee was awful.';
    const mixed = composeReply({ review: { text, rating: 3 }, business, variant: 'standard', platform: 'google' }).text;
    expect(mixed).toMatch(/the colleague you named/);
    expect(mixed).toMatch(/sorry/);
    expect(mixed).not.toMatch(/Talvi/);
    // positive control: the same review with no one named
    expect(composeReply({ review: { text: text.replace('Talvi at the front desk', 'the front desk'), rating: 3 }, business, variant: 'standard', platform: 'google' }).text).not.toMatch(/you named/);
  });
});

describe('a suggestion in the review', () => {
  const business = defaultSettings().business;
  const reply = (text: string) => composeReply({ review: { text, rating: 5 }, business, variant: 'standard', platform: 'google' }).text;
  it('is thanked for by what it asks for, in the reviewer’s plain words', () => {
    expect(reply('Lovely stay, clean rooms and kind staff. Please add an exhaust fan in the non-AC rooms.')).toMatch(/suggestion about the exhaust fan/);
    expect(reply('Great app. It would be nice if you could add a dark mode.')).toMatch(/(?:suggestion|idea) about the dark mode/);
    // positive control: a suggestion with nothing the reply can name is thanked for as it was
    const vague = reply('Lovely stay, clean rooms and kind staff. Please keep it up and consider doing more.');
    expect(vague).not.toMatch(/suggestion about|idea about/);
  });
});

describe('a guest writing while still staying', () => {
  const business = defaultSettings().business;
  const reply = (text: string, rating: number) => composeReply({ review: { text, rating }, business, variant: 'standard', platform: 'tripadvisor' }).text;
  it('is answered on the rest of their stay, not welcomed back', () => {
    const here = reply('We are still here for two more nights. The hot water has not worked since we arrived and the sockets are loose.', 2);
    expect(here).toMatch(/the rest of your stay|before you leave/);
    expect(here).not.toMatch(/welcome you back|next stay|another chance|next trip/);
    expect(reply('Day 2 of 5 and loving it. Great pool, friendly staff, the wifi is a little slow.', 4)).toMatch(/the rest of your stay|before you leave/);
    expect(reply('This is our first night of a week here. The kettle was dirty and nobody came about the shower.', 2)).toMatch(/the rest of your stay|before you leave/);
    // positive control: a guest who has left is welcomed back
    expect(reply('We stayed two nights. Great pool, friendly staff, the wifi is a little slow.', 4)).not.toMatch(/the rest of your stay|before you leave/);
    expect(reply('On our first night the kettle was dirty and nobody came about the shower.', 2)).not.toMatch(/the rest of your stay|before you leave/);
    expect(createAnalyzer().analyse(here, { review: 'still here', rating: 2 }).flags).toEqual([]);
  });
});
