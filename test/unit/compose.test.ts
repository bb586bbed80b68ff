import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '@/lib/analysis';
import {
  ACTION_PLACEHOLDER,
  SHORT_LIMIT,
  WHEN_PLACEHOLDER,
  composeReply,
  fillPlaceholders,
  findPlaceholders,
  firstNameOf,
  hasPlaceholder,
  insertGate,
  measureLength,
  type ReplyVariant,
} from '@/lib/compose';
import { actionClause } from '@/lib/compose/actions';
import { defaultSettings, type BusinessProfile } from '@/lib/settings/schema';

const business: BusinessProfile = {
  name: 'Sunny Café',
  signerName: 'Sam Lee',
  signerRole: 'Owner',
  contact: { kind: 'email', value: 'hello@sunnycafe.example' },
  replyLength: 'standard',
};

/** 30 varied reviews: restaurants, hotels, shops, apps, services; some furious, some short, some odd. */
const REVIEWS: Array<{ text: string; author?: string; rating?: number }> = [
  { text: 'Waited 40 minutes for a cold coffee. Never again.', author: 'Anna Kowalski', rating: 1 },
  { text: 'The waiter was incredibly rude and the manager refused to give us a refund. Absolute joke.', author: 'Mark T.', rating: 1 },
  { text: 'Room was dirty, the shower was broken and the staff ignored our complaints.', author: 'Priya', rating: 2 },
  { text: 'App keeps crashing every time I upload a photo. Useless!!!', author: 'dev_guy_88', rating: 1 },
  { text: 'My parcel arrived late and the box was damaged. Item inside was broken.', author: 'Lucy Brown', rating: 2 },
  { text: 'Overpriced for what you get. £18 for a tiny burger.', author: 'A Google User', rating: 2 },
  { text: 'They cancelled my booking the day before with no explanation.', author: 'Tom', rating: 1 },
  { text: 'Too noisy to sleep, the bar downstairs played music until 3am.', author: 'Jean-Luc Picard', rating: 2 },
  { text: 'I emailed three times and never got a reply. Terrible customer service.', author: 'Verified buyer', rating: 1 },
  { text: 'Food was bland and undercooked. The chicken was raw in the middle!', author: 'Kate', rating: 1 },
  { text: 'Charged me twice for the same order and nobody will answer the phone.', author: 'Omar Haddad', rating: 1 },
  { text: 'Wrong size delivered, and the return process is a nightmare.', author: 'Sophie', rating: 2 },
  { text: 'Since the last update I cannot log in at all. Fix it!', author: 'Chris P', rating: 1 },
  { text: 'The haircut was nothing like what I asked for.', author: 'Mia', rating: 2 },
  { text: 'Mouldy bread in my sandwich. Disgusting.', author: 'Dan', rating: 1 },
  { text: 'Table was not ready even though we had a reservation, then we were rushed out.', author: 'Hannah Schmidt', rating: 2 },
  { text: 'Paid for express shipping, still took two weeks.', author: 'Rob', rating: 2 },
  { text: 'The installer left a mess and the heating still does not work.', author: 'Grace O’Neill', rating: 1 },
  { text: 'Worst hotel ever. Cockroaches in the bathroom.', author: 'anonymous', rating: 1 },
  { text: 'Good food but the service was slow and the staff seemed stressed.', author: 'Leo', rating: 3 },
  { text: 'I was overcharged and when I asked about it the cashier had a bad attitude.', author: 'Fatima', rating: 1 },
  { text: 'Product stopped working after a week. Cheap quality.', author: 'Ben', rating: 1 },
  { text: 'Nobody answered my calls about the repair for a whole month.', author: 'Ewa Nowak', rating: 1 },
  { text: '😡😡😡 never coming back', author: 'Zoe', rating: 1 },
  { text: 'Service médiocre, le café était froid et le serveur impoli.', author: 'Jean Dupont', rating: 1 },
  { text: 'الخدمة سيئة جدا والطعام بارد', author: 'أحمد', rating: 1 },
  { text: '<p>The <b>pizza</b> was cold</p><script>alert(1)</script>', author: '<b>Eve</b>', rating: 2 },
  { text: '', rating: 1 },
  { text: 'Meh.', author: 'J', rating: 2 },
  { text: 'The tickets never arrived and the seats we got were not the ones we paid for. '.repeat(2000), author: 'Sam Wilson', rating: 1 },
];

/** Every action blank filled with its first option, due Friday, as the chooser would. */
function filled(reply: ReturnType<typeof composeReply>): string {
  let text = reply.text;
  for (const slot of reply.actions) text = text.replace(slot.placeholder, actionClause(slot.options[0]!, { kind: 'by', date: 'Friday' }));
  return text;
}

describe('composeReply', () => {
  it('has 30 varied reviews to check', () => {
    expect(REVIEWS).toHaveLength(30);
  });

  const analyzer = createAnalyzer({ ownEmails: [business.contact.value] });
  for (const variant of ['short', 'standard', 'warm'] as ReplyVariant[]) {
    it(`${variant}: for every review the suggestion carries no flags, blank or filled, and a complaint gets the parts of a good reply`, () => {
      for (const review of REVIEWS) {
        const reply = composeReply({ review, business, variant });
        expect(analyzer.analyse(reply.text, { review: review.text, rating: review.rating }).flags, reply.text).toEqual([]);
        const text = filled(reply);
        expect(hasPlaceholder(text), text).toBe(false);
        const a = analyzer.analyse(text, { review: review.text, rating: review.rating });
        expect(a.flags, text).toEqual([]);
        expect(a.language).toBe('en');
        if (reply.kind === 'complaint' && !reply.generic) {
          expect(reply.actions.length, reply.text).toBeGreaterThan(0);
          expect(a.structure, `${text}\n${JSON.stringify(a.structure)}`).toMatchObject({ acknowledge: true, apology: 'sincere', followUp: true });
        }
        if (variant === 'short') expect(measureLength(text).used, text).toBeLessThanOrEqual(SHORT_LIMIT);
      }
    });
  }

  it('stays calm with other business profiles (no names, a phone, a manager’s full name)', () => {
    const d = defaultSettings().business;
    const profiles: BusinessProfile[] = [
      d,
      { ...d, name: 'Blue Hotel', contact: { kind: 'phone', value: '+44 20 7946 0958' } },
      { ...d, name: 'Casa Maria', signerName: 'Maria Garcia', signerRole: 'General Manager' },
    ];
    const plain = createAnalyzer();
    for (const profile of profiles)
      for (const variant of ['short', 'standard', 'warm'] as ReplyVariant[])
        for (const review of REVIEWS) {
          const text = filled(composeReply({ review, business: profile, variant }));
          expect(plain.analyse(text, { review: review.text, rating: review.rating }).flags, text).toEqual([]);
        }
  }, 60_000);

  it('names the complaint in the review’s own words and the reviewer by first name only', () => {
    // the reading as the reader gives it (hand-built, so this tests the composer alone)
    const text = REVIEWS[0]!.text;
    const coffee = { text: 'the coffee', polarity: 'negative' as const, weight: 1, start: text.indexOf('coffee'), end: text.indexOf('coffee') + 6 };
    const reading = { kind: 'complaint' as const, aspects: [coffee], mainComplaint: coffee, rating: 1, domain: 'restaurant' as const };
    const reply = composeReply({ review: REVIEWS[0], reading, business, variant: 'standard' });
    expect(reply.text.split('\n')[0]).toMatch(/^Thank you.*Anna/);
    expect(reply.text).toMatch(/sorry (that )?the coffee was cold/);
    expect(reply.text).not.toContain('Kowalski');
    expect(reply.actions.map((a) => a.aspect)).toEqual(['the coffee']);
    expect(reply.text).toContain(reply.actions[0]!.placeholder);
    expect(reply.text).toContain('hello@sunnycafe.example');
    expect(reply.text.endsWith('Kind regards,\nSam Lee, Owner\nSunny Café')).toBe(true);
  });

  it('never repeats a review’s insults, names or markup', () => {
    for (const review of REVIEWS) {
      const { text } = composeReply({ review, business, variant: 'warm' });
      expect(text).not.toMatch(/joke|useless|disgusting|worst|nightmare|<|script|\bEve\b|Wilson|Dupont|Haddad/i);
    }
  });

  it('a non-English or empty review gets a short general reply that names nothing', () => {
    for (const review of [REVIEWS[24], REVIEWS[25], REVIEWS[27]]) {
      const reply = composeReply({ review, business, variant: 'standard' });
      expect(reply.topics).toEqual([]);
      expect(reply.generic).toBeTruthy();
      expect(reply.actions).toEqual([]);
    }
  });

  it('the three variants differ in length: short < standard < warm', () => {
    const [s, m, w] = (['short', 'standard', 'warm'] as const).map((variant) => composeReply({ review: REVIEWS[2], business, variant }).text.length);
    expect(s).toBeLessThan(m!);
    expect(m).toBeLessThan(w!);
  });

  it('falls back to shorter wording when the platform limit is small', () => {
    const reply = composeReply({ review: REVIEWS[2], business, variant: 'warm', limit: 300 });
    expect(reply.variant).toBe('short');
    expect(measureLength(filled(reply)).used).toBeLessThanOrEqual(300);
  });

  it('takes the platform’s own limit when none is given', () => {
    const long = { text: 'The room was dirty, the shower was broken, the breakfast was cold and the staff ignored our complaints.', rating: 1 };
    expect(composeReply({ review: long, business, variant: 'warm', platform: 'googleplay' }).variant).toBe('short');
    expect(composeReply({ review: long, business, variant: 'warm', platform: 'facebook' }).variant).toBe('warm');
  });

  it('uses the business’s contact channel, with a placeholder when the address is missing', () => {
    const review = REVIEWS[2];
    const phone = composeReply({ review, business: { ...business, contact: { kind: 'phone', value: '01234 567890' } }, variant: 'standard' });
    expect(phone.text).toContain('call me on 01234 567890');
    const noEmail = composeReply({ review, business: { ...business, contact: { kind: 'email', value: '' } }, variant: 'standard' });
    expect(findPlaceholders(noEmail.text).map((p) => p.label)).toContain('your email address');
    const message = composeReply({ review, business: defaultSettings().business, variant: 'standard' });
    expect(message.text).toContain('send us a private message here');
    expect(message.text.endsWith('Kind regards,\nThe team')).toBe(true);
  });

  it('never throws: a failure while composing gives the short general reply and says why', () => {
    const review = { text: 'The shower was cold every morning.', rating: 2 };
    const profile = defaultSettings().business;
    const broken = composeReply({ review, business: profile, variant: 'standard', flagged: () => { throw new Error('analysis failed'); } });
    expect(broken.generic).toBe('The review could not be read, so the reply stays general.');
    expect(broken.text).toMatch(/Thank you/);
    expect(broken.text).not.toMatch(/shower/);
    // positive control: the same review composed normally names the shower and has no reason to be general
    const fine = composeReply({ review, business: profile, variant: 'standard', flagged: () => false });
    expect(fine.generic).toBeUndefined();
    expect(fine.text).toMatch(/shower/);
  });

  it('says it more plainly when our own analysis would flag the reviewer\'s sentence in the apology', () => {
    const review = { text: 'The room was lovely but the shower was cold every morning and nobody fixed it.', rating: 3 };
    const profile = defaultSettings().business;
    // positive control: unchecked, the apology repeats what the reviewer said
    const unchecked = composeReply({ review, business: profile, variant: 'standard' });
    expect(unchecked.text).toContain('the shower was cold');
    const seen: string[] = [];
    const checked = composeReply({
      review,
      business: profile,
      variant: 'standard',
      flagged: (text) => {
        seen.push(text);
        return /shower was cold/.test(text);
      },
    });
    expect(checked.text).not.toContain('the shower was cold');
    expect(checked.text).toContain('I am sorry we let you down with the shower.');
    expect(checked.text).toContain('the room');
    expect(seen).toHaveLength(2);
    // nothing passes the check: the shortest, plainest reply, still no flag-bearing sentence
    const none = composeReply({ review, business: profile, variant: 'standard', flagged: () => true });
    expect(none.text).not.toMatch(/shower/);
  });
});

describe('firstNameOf', () => {
  it.each([
    ['Anna Kowalski', 'Anna'],
    ['Mark T.', 'Mark'],
    ['Jean-Luc Picard', 'Jean-Luc'],
    ['Grace O’Neill', 'Grace'],
    ['A Google User', undefined],
    ['anonymous', undefined],
    ['dev_guy_88', undefined],
    ['J', undefined],
    ['<b>Eve</b>', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%s → %s', (author, name) => {
    expect(firstNameOf(author)).toBe(name);
  });
});

describe('placeholders and the insert gate', () => {
  it('finds bracketed blanks and fills them by label', () => {
    const t = `We ${ACTION_PLACEHOLDER} by ${WHEN_PLACEHOLDER}.`;
    expect(findPlaceholders(t).map((p) => t.slice(p.start, p.end))).toEqual([ACTION_PLACEHOLDER, WHEN_PLACEHOLDER]);
    expect(fillPlaceholders(t, { [ACTION_PLACEHOLDER.slice(1, -1)]: 'will refund your order in full', 'day or date': 'Friday' })).toBe('We will refund your order in full by Friday.');
  });

  const base = { heat: 0, coolDownSeconds: 0, now: 1_000_000, hasBox: true };
  it('holds Insert back while a placeholder is unfilled, and says which', () => {
    const g = insertGate({ ...base, text: `Sorry. We ${ACTION_PLACEHOLDER}.` });
    expect(g).toMatchObject({ enabled: false, reason: 'placeholder' });
    expect(!g.enabled && g.message).toContain(ACTION_PLACEHOLDER.slice(1, -1));
  });
  it('never holds back calm text, whatever the cool-down', () => {
    expect(insertGate({ ...base, text: 'Thank you.', coolDownSeconds: 600, heat: 0.1 })).toEqual({ enabled: true });
  });
  it('holds back hot text until the cool-down has passed since it first ran hot', () => {
    const hot = { ...base, text: 'THIS IS NOT TRUE!!!', heat: 0.9, coolDownSeconds: 60, hotSince: 1_000_000 };
    expect(insertGate({ ...hot, now: 1_030_000 })).toMatchObject({ enabled: false, reason: 'cool-down', secondsLeft: 30 });
    expect(insertGate({ ...hot, now: 1_060_000 })).toEqual({ enabled: true });
    expect(insertGate({ ...hot, coolDownSeconds: 0 })).toEqual({ enabled: true });
  });
  it('needs text and a reply box', () => {
    expect(insertGate({ ...base, text: '  ' })).toMatchObject({ enabled: false, reason: 'empty' });
    expect(insertGate({ ...base, text: 'Thank you.', hasBox: false })).toMatchObject({ enabled: false, reason: 'no-box' });
  });
});

describe('measureLength', () => {
  it('counts characters as people see them, and bytes on Google', () => {
    expect(measureLength('café 👍🏽', 'facebook', 10)).toEqual({ used: 6, limit: 10, unit: 'characters', over: 0 });
    expect(measureLength('café', 'google', 4)).toEqual({ used: 5, limit: 4, unit: 'bytes', over: 1 });
    expect(measureLength('x'.repeat(400), 'googleplay', 350).over).toBe(50);
  });
});

describe('a refund among the actions', () => {
  const optionsFor = (text: string, rating: number | undefined, platform: string) =>
    composeReply({ review: { text, rating }, business, variant: 'standard', platform }).actions.flatMap((a) => a.options.map((o) => o.base));
  it('is offered for a grave complaint or where money is spoken of, not for a mild one or a free app', () => {
    const lunch = 'Lovely rooms and friendly staff. The lunch in the restaurant was average and a bit bland.';
    const mild = optionsFor(lunch, 4, 'tripadvisor');
    expect(mild).toEqual(['share your comments on the lunch with the kitchen team', 'go through the lunch with the chef']);
    // positive controls: the same lunch at one star, and at three stars where the review says what it cost
    expect(optionsFor('The lunch in the restaurant was cold and bland, and the room was dirty.', 1, 'tripadvisor')).toContain('refund the meal');
    expect(optionsFor(`${lunch} For 40 dollars a head I expected more.`, 3, 'tripadvisor').some((o) => o.startsWith('refund'))).toBe(true);
    // …but not at four stars, nor for a happy review's "good value": a price spoken of is not a charge disputed
    expect(optionsFor(`${lunch} For 40 dollars a head I expected more.`, 4, 'tripadvisor').some((o) => o.startsWith('refund'))).toBe(false);
    // a charge disputed is refunded whatever the stars
    expect(optionsFor('Lovely rooms and friendly staff. They charged us twice for the same dinner.', 4, 'tripadvisor').some((o) => o.startsWith('refund'))).toBe(true);
    // an app review that speaks of no payment: nothing to refund; one that does: its charge
    const app = 'The reading list keeps disappearing after every restart.';
    expect(optionsFor(app, 1, 'googleplay').some((o) => o.startsWith('refund'))).toBe(false);
    expect(optionsFor(`${app} I pay for the premium plan.`, 1, 'googleplay')).toContain('refund what you were charged');
    // a payment made on a website the app shows is no charge of ours
    expect(optionsFor('At payment time it never lets me enter my card number and date.', 1, 'googleplay').some((o) => o.startsWith('refund'))).toBe(false);
    // a list that loses its refund still offers two steps
    expect(optionsFor(app, 1, 'googleplay').length).toBeGreaterThanOrEqual(2);
  });
});

describe('the kind of business', () => {
  const review = { text: 'The room was cold and the shower never ran hot.', author: 'Dana Whitfield', rating: 2 };
  it('picks the domain’s words for the reply and its actions, and none of them is flagged', () => {
    const reply = (kind?: BusinessProfile['kind']) => composeReply({ review, business: { ...business, kind }, variant: 'warm' });
    expect(reply('hotel').reading.domain).toBe('hotel');
    expect(reply('restaurant').reading.domain).toBe('restaurant');
    expect(reply('shop').reading.domain).toBe('retail');
    expect(reply('app').reading.domain).toBe('app');
    const refunds = (kind: BusinessProfile['kind']) => reply(kind).actions.flatMap((a) => a.options.map((o) => o.base)).filter((b) => b.startsWith('refund'));
    expect(refunds('hotel')).toContain('refund the night');
    expect(refunds('restaurant')).toContain('refund the meal');
    // without a kind, the review's own words decide
    expect(reply(undefined).reading.domain).toBe('hotel');
    const analyzer = createAnalyzer();
    for (const kind of ['hotel', 'restaurant', 'shop', 'trades', 'healthcare', 'app', 'other'] as const) {
      expect(analyzer.analyse(filled(reply(kind)), { review: review.text, rating: 2 }).flags, kind).toEqual([]);
    }
  });
});
