/**
 * The sentence around a span of a review: from just after the last stop before it to the next stop after
 * it. A stop is a newline, or ".", "!" or "?" followed by a space or the end, so "$16.50" or "No.15" ends
 * nothing. One helper for the composer's readers of a sentence (pests, charges, an app's fault at a place);
 * a loop, not a spread into Math.max, so a 100,000-character review cannot run out of stack.
 */
const STOP = /[.!?](?=\s|$)|\n/g;

export function sentenceSpan(text: string, start: number, end = start): { from: number; to: number } {
  let from = 0;
  let to = text.length;
  STOP.lastIndex = 0;
  for (let m = STOP.exec(text); m; m = STOP.exec(text)) {
    if (m.index < start) from = m.index + 1;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return { from, to };
}
