import nlp from 'compromise';
import type { RuleContext, RuleMatch, SentenceRule } from './types';

// Capitals that are names, not raised voices. Words of two or three letters count as shouting only
// next to other shouted words (so "NHS", "TV" and "OK" pass, "DO NOT" does not).
const ACRONYMS = new Set(
  'NHS USA UK EU UAE TV OK ATM PIN WIFI WI-FI FAQ CEO GP A&E BBQ B&B VIP ASAP PDF SMS GPS DVD CD PS PPS NB BTW FYI HR IT AC DIY MOT VAT GBP USD EUR AM PM ID LED LCD USB HDMI API SUV RV NYC LA SF DM PR QA IOS MRI ICU ER UPS DHL DPD FEDEX USPS RSVP HQ ETA TBC TBA UTC GMT NASA NATO BMW IKEA HMRC DVLA CCTV OMG LOL UX UI SEO SKU FAQS'.split(' '),
);

const SHORT_WORDS = new Set('AND NOT YOU ARE WAS DID ANY ALL NOW OUR ONE TWO GET ASK OFF OUT WHY HOW NOR BUT YES YET HAD HAS WHO'.split(' '));
// compromise's lexicon knows the common English words; the endings catch the rest
const LEXICON = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, unknown> } } }).model.one.lexicon;
function isEnglish(word: string): boolean {
  return word in LEXICON || /(ing|ed|ly|ous|ful|less|able|ible|tion|ness|ment|ive|est)$/.test(word) || COMMON.has(word);
}
const COMMON = new Set('clean told read sign every never always nothing free wrong lies lying rude scam joke fake again stop dirty cheap hour day twice once please check rip off staff charge permission cards refunds late wait simple'.split(' '));

// What a raised voice is made of: verbs, negatives, adverbs, pronouns and the small words between them.
const SPOKEN = ['Verb', 'Negative', 'Adverb', 'Pronoun', 'Modal', 'Copula', 'Auxiliary', 'Determiner', 'Preposition', 'Conjunction', 'QuestionWord'];

/**
 * A run of capitals made only of nouns (and adjectives before a noun) is a name or a label: a hotel, a
 * room type, a person, a product ("OXYGEN", "PREMIUM SUPER DELUXE ROOM"), not shouting. A lone adjective
 * ("CLEAN") or any verb, negative or adverb in the run ("DO NOT", "NEVER") is. Words that are heat on their
 * own ("LIES", "SCAM") shout wherever they stand.
 */
function isName(ctx: RuleContext, span: { start: number; end: number }): boolean {
  const terms = ctx.terms.filter((t) => t.text && t.start < span.end && t.end > span.start);
  if (terms.length === 0) return false;
  if (terms.some((t) => COMMON.has(t.normal) || SPOKEN.some((tag) => t.tags.has(tag)))) return false;
  const last = terms[terms.length - 1]!;
  return last.tags.has('Noun') || last.tags.has('Value');
}

/**
 * The words in normal case, as they read in place: "I" stays a capital ("I'M NOT" → "I'm not"), and so
 * does the first letter of a sentence ("NEVER have we" → "Never have we").
 */
function normalCase(ctx: RuleContext, start: number, end: number): string {
  const lower = ctx.text.slice(start, end).toLowerCase().replace(/(?<![\p{L}\p{N}])i(?![\p{L}\p{N}])/gu, 'I');
  const opensSentence = !/[\p{L}\p{N}]/u.test(ctx.text.slice(0, start));
  return opensSentence ? lower.replace(/\p{L}/u, (c) => c.toUpperCase()) : lower;
}

const rule: SentenceRule = {
  id: 'shouting',
  category: 'emotional',
  severity: 'high',
  message: 'Capitals read as shouting. Write it in normal case.',
  guidance: 'Point 1 (wait for the heat to pass) and "Emotion": words in capitals shout at the customer in front of every future reader.',
  find(_doc: unknown, ctx: RuleContext): RuleMatch[] {
    const out: RuleMatch[] = [];
    const re = /[\p{Lu}][\p{Lu}'’&-]*[\p{Lu}]|[\p{Lu}]/gu;
    const words: Array<{ start: number; end: number; long: boolean }> = [];
    for (const m of ctx.text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      // a whole word in capitals: no lower-case letter glued to it
      if (/\p{Ll}/u.test(ctx.text[start - 1] ?? '') || /\p{Ll}/u.test(ctx.text[end] ?? '')) continue;
      if (/[\p{L}\p{N}]/u.test(ctx.text[end] ?? '') || /[\p{L}\p{N}]/u.test(ctx.text[start - 1] ?? '')) continue;
      const word = m[0].replace(/[’']S$/, '');
      if (ACRONYMS.has(word) || word === 'I' || word === 'A') continue;
      if (/\d/.test(word)) continue; // codes such as SAVE20
      const letters = word.replace(/[^\p{L}]/gu, '');
      // a lone capitalised word shouts when it is an English word ("CLEAN", "NEVER", "AND");
      // unknown ones ("HIIT", "NICEIC", "FITFAM") are names and codes unless they stand in a shouted run
      const known = isEnglish(letters.toLowerCase());
      words.push({ start, end, long: known && (letters.length >= 4 || SHORT_WORDS.has(letters)) });
    }
    const candidates: RuleMatch[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const prev = words[i - 1];
      const next = words[i + 1];
      const near = (a?: { start: number; end: number }, b?: { start: number; end: number }) =>
        !!a && !!b && /^[\s,.!?-]{1,3}$/.test(ctx.text.slice(a.end, b.start));
      if (w.long || near(prev, w) || near(w, next)) {
        // merge runs of shouted words into one flag
        const last = candidates[candidates.length - 1];
        if (last && near({ start: last.start, end: last.end }, w)) {
          last.end = w.end;
          last.replacement = normalCase(ctx, last.start, last.end);
        } else candidates.push({ start: w.start, end: w.end, replacement: normalCase(ctx, w.start, w.end) });
      }
    }
    for (const c of candidates) if (!isName(ctx, c)) out.push(c);
    return out;
  },
  examples: {
    flagged: [
      { text: 'We DO NOT accept cards at the bar.', flag: 'DO NOT', output: 'We do not accept cards at the bar.' },
      { text: 'The room was CLEAN when you arrived.', flag: 'CLEAN', output: 'The room was clean when you arrived.' },
      { text: 'NEVER have we been spoken to like this.', flag: 'NEVER', output: 'Never have we been spoken to like this.' },
      { text: 'That is ABSOLUTELY RIDICULOUS.', flag: 'ABSOLUTELY RIDICULOUS', output: 'That is absolutely ridiculous.' },
      { text: 'Read the sign: NO REFUNDS.', flag: 'NO REFUNDS', output: 'Read the sign: no refunds.' },
      { text: 'You were TOLD twice.', flag: 'TOLD', output: 'You were told twice.' },
      { text: "Believe me, I'M NOT going to argue about the bill.", flag: "I'M NOT", output: "Believe me, I'm not going to argue about the bill." },
    ],
    fine: [
      'The NHS letter should have reached you by now.',
      'Thank you for staying in our PREMIUM SUPER DELUXE ROOM.',
      'Greetings from HOTEL OXYGEN, and thank you for the kind words.',
      'I have asked our CEO to call you.',
      'The TV in room 12 has been replaced.',
      'Our B&B is small, and I am sorry the room felt cramped.',
      'Please call me on the number below, ASAP if you can.',
      'I am sorry the Wi-Fi kept dropping.',
    ],
  },
};
export default rule;
