/** A sentence of the draft: its exact text and where it starts. */
export interface Piece {
  text: string;
  start: number;
}

// Abbreviations whose full stop does not end a sentence.
const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'prof', 'sr', 'jr', 'vs', 'etc', 'eg', 'ie', 'e.g', 'i.e', 'no', 'approx', 'dept', 'inc', 'ltd', 'co', 'mt', 'ave', 'rd', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'a.m', 'p.m',
]);
const CLOSERS = '"\'”’)]}»';
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\u00a0' || c === '\u2009' || c === '\u202f' || c === '\u3000';

/**
 * Splits a draft into sentences, keeping exact offsets, in one linear pass.
 * A sentence ends at . ! ? … (plus closing quotes) followed by a space, or at a line break;
 * whitespace between sentences belongs to none. Cheap enough to run on every keystroke.
 */
export function splitSentences(text: string): Piece[] {
  const out: Piece[] = [];
  const n = text.length;
  let start = -1;
  const push = (end: number) => {
    if (start < 0) return;
    let e = end;
    while (e > start && /\s/.test(text[e - 1]!)) e--;
    if (e > start) out.push({ text: text.slice(start, e), start });
    start = -1;
  };
  for (let i = 0; i < n; i++) {
    const c = text[i]!;
    if (c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029') {
      push(i);
      continue;
    }
    if (start < 0) {
      if (/\s/.test(c)) continue;
      start = i;
    }
    if (c === '.' || c === '!' || c === '?' || c === '…' || c === '。' || c === '؟') {
      let j = i + 1;
      while (j < n && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '…')) j++;
      while (j < n && CLOSERS.includes(text[j]!)) j++;
      if (j < n && !isSpace(text[j]!) && text[j] !== '\n' && text[j] !== '\r') {
        i = j - 1;
        continue;
      }
      if (c === '.' && j === i + 1 && isAbbreviation(text, start, i)) {
        i = j - 1;
        continue;
      }
      push(j);
      i = j - 1;
    }
  }
  push(n);
  return out;
}

function isAbbreviation(text: string, from: number, dot: number): boolean {
  let k = dot;
  while (k > from && /[\p{L}.]/u.test(text[k - 1]!)) k--;
  const word = text.slice(k, dot).toLowerCase();
  if (word.length === 1 && /\p{Lu}/u.test(text[k]!)) return true; // an initial: "J. Smith"
  return ABBREV.has(word);
}
