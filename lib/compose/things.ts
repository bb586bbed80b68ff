/**
 * Nouns for things a business makes, sells, serves or fits (WordNet's artifacts and foods; see
 * scripts/build-thing-nouns.ts): a reviewer's own noun the reply may name though no list of ours has it
 * ("the necklace", "the tacos", "the boiler"), where a plain noun alone would also name "the belief".
 */
import file from './thing-nouns.json';

let words: Set<string> | undefined;

/** True when the word (singular or plural, lower case) is a thing noun. */
export function thingNoun(word: string): boolean {
  words ??= new Set(file.words.split(' '));
  const w = word.toLowerCase();
  if (words.has(w)) return true;
  // plurals: "tacos", "boxes", "berries", "knives"
  return (
    (w.endsWith('s') && words.has(w.slice(0, -1))) ||
    (w.endsWith('es') && words.has(w.slice(0, -2))) ||
    (w.endsWith('ies') && words.has(`${w.slice(0, -3)}y`)) ||
    (w.endsWith('ves') && (words.has(`${w.slice(0, -3)}f`) || words.has(`${w.slice(0, -3)}fe`)))
  );
}
