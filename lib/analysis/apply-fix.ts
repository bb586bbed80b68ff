/**
 * The one place a flag's one-click fix is put into a draft: the replacement goes where the flagged words
 * (or the wider range they stand for, `replaces`) were, and the sentence is tidied so it reads as if
 * written that way: no double spaces, no comma left hanging, the new first word of a sentence in
 * capitals, the sentence's own end punctuation kept. Used by the panel's Apply button (as an edit of a
 * range, so the page can check the words are still there) and by the tests that check every fix.
 */
import type { Flag } from './types';

export type Fixable = Pick<Flag, 'start' | 'end' | 'replacement' | 'replaces'>;

/** One edit of the draft: replace start–end (which holds exactly `expect`) with `text`. */
export interface FixEdit {
  start: number;
  end: number;
  text: string;
  /** The draft's words in start–end now, so a page whose box changed since can refuse the edit. */
  expect: string;
}

const SPACE = /[ \t\u00a0]/u;
const SENTENCE_END = /[.!?…]/u;

/** The draft with the flag's fix applied; the draft unchanged when the flag has no replacement. */
export function applyFix(draft: string, flag: Fixable): string {
  const edit = fixEdit(draft, flag);
  return edit ? draft.slice(0, edit.start) + edit.text + draft.slice(edit.end) : draft;
}

/**
 * The fix as the smallest edit that covers the flagged words: usually just them, a little wider where
 * tidying touched a comma or a capital next to them. Undefined when the flag has no replacement or its
 * offsets do not fit the draft.
 */
export function fixEdit(draft: string, flag: Fixable): FixEdit | undefined {
  if (flag.replacement === undefined) return undefined;
  const start = Math.min(flag.start, flag.replaces?.start ?? flag.start);
  const end = Math.max(flag.end, flag.replaces?.end ?? flag.end);
  if (!(start >= 0 && end >= start && end <= draft.length)) return undefined;
  const fixed = tidy(draft.slice(0, start), flag.replacement, draft.slice(end));
  // the smallest range that differs, never narrower than the flagged words (they are what the page checks)
  let a = 0;
  while (a < flag.start && a < fixed.length && draft[a] === fixed[a]) a++;
  let b = 0;
  while (draft.length - b > flag.end && fixed.length - b > a && draft[draft.length - 1 - b] === fixed[fixed.length - 1 - b]) b++;
  return { start: a, end: draft.length - b, text: fixed.slice(a, fixed.length - b), expect: draft.slice(a, draft.length - b) };
}

/** Does a sentence start right after `before` (the draft's start, a full stop and space, a new line)? */
function opensSentence(before: string): boolean {
  return /(^|[.!?…]["'”’)\]]*[ \t\u00a0]+|\n)[ \t\u00a0]*["'“‘(]?$/u.test(before);
}

const capitalise = (s: string) => s.replace(/^(["'“‘(]?)(\p{Ll})/u, (_m, q: string, c: string) => q + c.toLocaleUpperCase());

function tidy(before: string, replacement: string, after: string): string {
  const opens = opensSentence(before);
  if (replacement !== '') {
    const words = opens ? capitalise(replacement) : replacement;
    // one end mark: "See you soon" + "." before "." is one sentence end, not two
    const rest = SENTENCE_END.test(words.slice(-1)) ? after.replace(/^[.!?…]+/u, '') : after;
    return join(before, words, rest);
  }
  // removing: take the spaces on both sides with the words, then mend the joint
  let left = before.replace(/[ \t\u00a0]+$/u, '');
  let right = after.replace(/^[ \t\u00a0]+/u, '');
  if (opens) {
    // "Actually, the pool…" → "The pool…": separators that followed the words go with them
    right = right.replace(/^[,;:—–-]+[ \t\u00a0]*/u, '');
    // and a joining word left at the front ("No offence, but the steak…" → "The steak…")
    right = right.replace(/^(but|and|so|yet|however)\b,?[ \t\u00a0]+(?=\p{L})/iu, '');
    if (/^[.!?…]/u.test(right) || right === '') {
      // the whole sentence went: its end mark and the space before the next one go too
      right = right.replace(/^[.!?…]+["'”’)]*[ \t\u00a0]*/u, '');
      if (right === '' || left === '' || /\n$/.test(left) || /^\n/.test(right)) return left + right;
      return `${left} ${right}`;
    }
    right = capitalise(right);
    if (left === '' || /\n$/.test(left)) return left + right;
    // keep the opening quote or bracket against its word
    if (/["'“‘(]$/u.test(left) && !SPACE.test(before.slice(-1))) return left + right;
    return `${left} ${right}`;
  }
  if (/^[,;:]/u.test(right) && /[,;:—–(]$/u.test(left)) {
    // a parenthetical between commas: "We are, frankly, tired" → "We are tired"
    left = left.replace(/[,;:]$/u, '');
    right = right.replace(/^[,;:]+[ \t\u00a0]*/u, '');
    if (/^[.!?…]/u.test(right)) return left + right;
    return `${left} ${right}`;
  }
  if (/^[.!?…,;:)\]]/u.test(right) || right === '') {
    // "the room, frankly." → "the room."; "sorry, but it was busy." (cut to the end) → "sorry."
    if (/^[.!?…)\]]/u.test(right) || right === '') left = left.replace(/[,;:—–-]+$/u, '').replace(/[ \t\u00a0]+$/u, '');
    return left + right;
  }
  if (left === '' || /\n$/.test(left)) return left + right;
  return `${left} ${right}`;
}

/** Replacement words between their neighbours, one space where a word meets a word. */
function join(before: string, words: string, after: string): string {
  let left = before;
  let right = after;
  if (SPACE.test(words[0] ?? '') && SPACE.test(left.slice(-1))) left = left.replace(/[ \t\u00a0]+$/u, '');
  if (SPACE.test(words.slice(-1)) && SPACE.test(right[0] ?? '')) right = right.replace(/^[ \t\u00a0]+/u, '');
  // a replacement that ends a clause (", and") never leaves ", ," behind
  if (/[,;]$/u.test(words) && /^[ \t\u00a0]*[,;]/u.test(right)) right = right.replace(/^[ \t\u00a0]*[,;]/u, '');
  return left + words + right;
}
