import { franc } from 'franc-min';

// Short, very common English words. Owners' replies are full of them; other languages are not
// (the few shared spellings, like "in" or "die", are not in this list).
const ENGLISH = new Set(
  'the and to of a we you your our i is was are were for that this it with not be have has had my me us on at as so if but all will would can could please thank thanks sorry very they their there what when which from been do did just no an by or after next time maybe more some any how who why get got one up out about here now then than too also only again back see come its it\'s i\'m we\'re you\'re don\'t didn\'t can\'t won\'t isn\'t'.split(' '),
);

export type Verdict = 'en' | 'other' | 'unsure';

/**
 * The language of one sentence. A sentence with enough English function words is English;
 * otherwise franc-min (trigram statistics) decides, but only on sentences long enough to judge.
 */
export function sentenceLanguage(text: string): Verdict {
  const words = text.toLowerCase().match(/\p{L}+/gu);
  if (!words || words.length === 0) return 'unsure';
  let english = 0;
  for (const w of words) if (ENGLISH.has(w)) english++;
  if (english / words.length >= 0.1 && english >= 1) return 'en';
  const letters = words.join('').length;
  if (letters < 20) return 'unsure';
  const lang = franc(text, { minLength: 20 });
  if (lang === 'und') return 'unsure';
  return lang === 'eng' || lang === 'sco' ? 'en' : 'other';
}

/**
 * The draft is 'other' only when the sentences that could be judged are mostly (by length)
 * not English, and there is enough of them to judge; short drafts default to English.
 */
export function draftLanguage(verdicts: Array<{ verdict: Verdict; length: number }>): 'en' | 'other' {
  let en = 0;
  let other = 0;
  for (const v of verdicts) {
    if (v.verdict === 'en') en += v.length;
    else if (v.verdict === 'other') other += v.length;
  }
  if (other < 40) return 'en';
  return other > en ? 'other' : 'en';
}
