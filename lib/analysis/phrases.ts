/**
 * The owner's own phrases, matched the way the built-in rules match: any word form ("refund"
 * also finds "refunded", "refunds", "refunding"; "policy" finds "policies") and any capitalisation,
 * whole words only. compromise supplies the forms once per phrase, when the analyser is built.
 */
import nlp from 'compromise';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every form of one word compromise knows for its verb and noun readings, the word itself first. */
export function wordForms(word: string): string[] {
  const forms = new Set([word.toLowerCase()]);
  if (!/^\p{L}{2,}$/u.test(word)) return [...forms];
  // Read the word where it can only be a verb, then only a noun, so "refund" gets both.
  const verb = nlp(`we ${word}`).verbs();
  if (verb.found) {
    const c = verb.conjugate()[0] as Record<string, string> | undefined;
    for (const key of ['Infinitive', 'PastTense', 'PresentTense', 'Gerund', 'Participle']) {
      const form = c?.[key];
      if (form && /^\p{L}+$/u.test(form)) forms.add(form.toLowerCase());
    }
  }
  const noun = nlp(`the ${word}`).nouns();
  if (noun.found) {
    for (const form of [noun.toPlural().text(), nlp(`the ${word}`).nouns().toSingular().text()]) {
      const bare = form.replace(/^the\s+/i, '');
      if (/^\p{L}+$/u.test(bare)) forms.add(bare.toLowerCase());
    }
  }
  return [...forms];
}

/** A regular expression finding the phrase in any word form and case, as whole words. */
export function phrasePattern(phrase: string): RegExp {
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  const body = words.map((w) => `(?:${wordForms(w).map(escape).join('|')})`).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
}
