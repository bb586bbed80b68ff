/**
 * The phrasing picker: the same review always gets the same words, and a reply never says a noticeable run
 * of its stock words twice ("We are so glad the location was great. We are so glad you enjoyed…").
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '@/lib/analysis';
import { composeReply } from '@/lib/compose';
import { calmerDraft } from '@/lib/compose/calmer';
import { markedPairs, pickerFor } from '@/lib/compose/phrasings';
import { defaultSettings } from '@/lib/settings/schema';

describe('picking phrasings', () => {
  const first = ['We are so glad you came.'] as const;
  const second = ['We are so glad {S}.', 'It means a lot to hear {S}.'] as const;

  it('gives way to a phrasing that does not repeat what an earlier part said', () => {
    // a review whose hash alone picks the "so glad" phrasing for the second part (positive control)
    const seed = Array.from({ length: 50 }, (_, i) => `review ${i}`).find((s) => pickerFor(s)('second', second) === second[0]);
    expect(seed).toBeDefined();
    const pick = pickerFor(seed!);
    expect(pick('first', first)).toBe('We are so glad you came.');
    expect(pick('second', second)).toBe('It means a lot to hear {S}.');
    // a fresh picker for the same review starts again: the same review gets the same words each time
    expect(pick.fresh()('second', second)).toBe('We are so glad {S}.');
  });

  it('counts a noticeable pair only: plain words ("thank you", "to the") and the slots are free to repeat', () => {
    expect(markedPairs('Thank you for your {visit}; we are so glad.')).toEqual(['your visit', 'so glad']);
    // after "so", the words of delight are one stock phrase: "we are so pleased… We are so glad…"
    expect(markedPairs('We are so pleased you came.')).toContain('so glad');
    expect(markedPairs('We are so happy for you.')).toContain('so glad');
    // "Thank you, too, for…" is one stock opening, however short its words
    expect(markedPairs('Thank you, too, for the tip.')).toContain('you too');
    // positive control: other words after "so" are themselves
    expect(markedPairs('We are so proud of the team.')).not.toContain('so glad');
    expect(markedPairs('Thank you to the {X}.')).toEqual([]);
    // a longer word of substance counts alone: "your kind words… Your words will mean a lot"
    expect(markedPairs('Your words will mean a lot.')).toEqual(['your words', 'words will', 'will mean', 'mean a', 'a lot', 'words']);
  });

  it('across many praise replies, no stock run of words is said twice in one reply', () => {
    const things = ['pool', 'breakfast', 'location', 'staff', 'room', 'view', 'spa', 'bar', 'garden', 'beds'];
    const praise = ['was lovely', 'was great', 'was superb', 'was spotless', 'was perfect'];
    const counts = new Map<string, number>();
    const STOCK = ['so glad', 'so pleased', 'kind words', 'means a', 'to hear', 'to read', 'are delighted', ' words '];
    for (let i = 0; i < things.length; i++)
      for (let j = 0; j < things.length; j++)
        for (const p of praise) {
          if (i === j) continue;
          const text = `The ${things[i]} ${p} and the ${things[j]} ${praise[(i + j) % praise.length]}. We enjoyed our stay very much.`;
          const reading = { kind: 'praise' as const, domain: 'hotel' as const, rating: 5, aspects: [
            { text: `the ${things[i]}`, polarity: 'positive' as const, weight: 1, start: 0, end: 4 + things[i]!.length },
            { text: `the ${things[j]}`, polarity: 'positive' as const, weight: 0.9, start: text.indexOf(`the ${things[j]}`), end: text.indexOf(`the ${things[j]}`) + 4 + things[j]!.length },
          ] };
          const reply = composeReply({ review: { text, rating: 5 }, business: defaultSettings().business, variant: 'standard', reading }).text.toLowerCase();
          for (const s of STOCK) {
            const n = reply.split(s).length - 1;
            expect(n, `${s} in: ${reply}`).toBeLessThanOrEqual(1);
            counts.set(s, (counts.get(s) ?? 0) + n);
          }
        }
    // positive control: the stock words are in use, once a reply
    expect(counts.get('so glad')).toBeGreaterThan(20);
    expect(counts.get('so pleased')).toBeGreaterThan(20);
  });
});

describe('inviting the private follow-up where the site allows one', () => {
  const text = 'The app keeps crashing every time I open a tab. Please fix it.';
  const reply = (platform: string | undefined, contact = defaultSettings().business.contact) =>
    composeReply({ review: { text, rating: 1 }, business: { ...defaultSettings().business, contact }, variant: 'standard', platform }).text;

  it('on an app store, which has no private messages, sends the customer to the support address on the store page', () => {
    for (const platform of ['googleplay', 'appstore']) {
      expect(reply(platform)).toMatch(/email us at the support address on our store page/);
      expect(reply(platform)).not.toMatch(/private message/);
    }
    // positive control: where the site has messages, the reply invites one
    expect(reply('facebook')).toMatch(/send us a private message here/);
    expect(reply(undefined)).toMatch(/send us a private message here/);
  });

  it("uses the owner's own email or phone wherever they gave one", () => {
    expect(reply('googleplay', { kind: 'email', value: 'help@example.com' })).toMatch(/email us at help@example\.com/);
    expect(reply('googleplay', { kind: 'phone', value: '01234 567890' })).toMatch(/call us on 01234 567890/);
  });

  it('the calmer draft adds the same invitation where the draft has none', () => {
    const an = createAnalyzer();
    const draft = 'Thank you for your review. I am sorry the app keeps crashing.';
    const context = { review: text, rating: 1, platform: 'googleplay' };
    const calmer = calmerDraft({ draft, analysis: an.analyse(draft, context), context, business: defaultSettings().business });
    expect(calmer.text).toMatch(/support address on our store page/);
    const elsewhere = { ...context, platform: 'facebook' };
    expect(calmerDraft({ draft, analysis: an.analyse(draft, elsewhere), context: elsewhere, business: defaultSettings().business }).text).toMatch(/private message here/);
  });
});

describe('the welcome back after an apology', () => {
  it('never says the visit went well once the reply has apologised', () => {
    const things = ['pool', 'breakfast', 'location', 'staff', 'room', 'view', 'spa', 'bar', 'garden', 'beds'];
    let apologised = 0;
    let praisedJustAsGood = 0;
    for (const liked of things)
      for (const faulted of things) {
        if (liked === faulted) continue;
        const text = `The ${liked} was lovely. Sadly the ${faulted} was dirty and broken.`;
        const at = (t: string, polarity: 'positive' | 'negative') => ({ text: `the ${t}`, polarity, weight: 1, start: text.indexOf(`the ${t}`) >= 0 ? text.indexOf(`the ${t}`) : text.indexOf(`The ${t}`), end: (text.indexOf(`the ${t}`) >= 0 ? text.indexOf(`the ${t}`) : text.indexOf(`The ${t}`)) + 4 + t.length });
        const fault = at(faulted, 'negative');
        const mixed = composeReply({ review: { text, rating: 3 }, business: defaultSettings().business, variant: 'standard', reading: { kind: 'mixed', domain: 'hotel', rating: 3, aspects: [at(liked, 'positive'), fault], mainComplaint: fault } }).text;
        if (/sorry|let you down/i.test(mixed)) apologised++;
        expect(mixed, mixed).not.toMatch(/just as good/);
        const praise = `The ${liked} was lovely and the ${faulted} was great.`;
        const p = composeReply({ review: { text: praise, rating: 5 }, business: defaultSettings().business, variant: 'standard' }).text;
        if (/just as good/.test(p)) praisedJustAsGood++;
      }
    expect(apologised).toBe(90);
    // positive control: praise still hears it
    expect(praisedJustAsGood).toBeGreaterThan(5);
  });
});
