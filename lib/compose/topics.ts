/**
 * What the reviewer complained about, in a few neutral words ("the wait", "the cold coffee"),
 * so the suggested reply can acknowledge it in their terms (GUIDANCE.md point 2).
 * Only words from fixed lists reach the reply: a review's insults, names and absolutes never do.
 */
import nlp from 'compromise';

/** Longer reviews add nothing to two topics and only slow compromise down. */
const MAX_REVIEW = 2000;

/** Descriptions of a thing that went wrong which are safe to repeat back. */
const FAULTS = [
  'cold', 'lukewarm', 'stale', 'burnt', 'undercooked', 'overcooked', 'raw', 'wrong', 'broken', 'damaged',
  'missing', 'dirty', 'late', 'faulty', 'noisy', 'slow', 'tiny', 'small', 'uncomfortable', 'smelly', 'leaking', 'mouldy', 'moldy',
];
const faultList = FAULTS.join('|');

/** Things the reply can name as "the X". Anything else (people, places, insults) is left out. */
const THINGS = [
  'coffee', 'tea', 'food', 'meal', 'dish', 'pizza', 'burger', 'steak', 'soup', 'salad', 'breakfast', 'lunch', 'dinner',
  'drink', 'drinks', 'chips', 'fries', 'bread', 'cake', 'dessert', 'room', 'bed', 'shower', 'bathroom', 'toilet',
  'towels', 'sheets', 'pool', 'parking', 'wifi', 'air conditioning', 'heating', 'order', 'item', 'parcel', 'package',
  'delivery', 'product', 'size', 'table', 'service', 'app', 'update', 'screen', 'account', 'software', 'car', 'repair',
  'appointment', 'haircut', 'installation', 'invoice', 'bill', 'receipt', 'ticket', 'tickets', 'seat', 'seats',
];
const thingList = THINGS.join('|');

interface Theme {
  phrase: string;
  /** compromise match patterns: tags, lemmas ({root}) and word lists. */
  patterns: string[];
}

/** Common complaints and the neutral words a reply uses for each. Order = tie-break only. */
const THEMES: Theme[] = [
  { phrase: 'the wait', patterns: ['{wait/verb}', '(queue|queued|queuing|delay|delays|delayed)', 'took (ages|forever|hours)', 'slow service'] },
  { phrase: 'the delivery', patterns: ['{arrive} late', '(shipping|shipment|courier|dispatch|dispatched)', 'never (arrived|came|turned up)'] },
  { phrase: 'how you were treated', patterns: ['(rude|unfriendly|impolite|dismissive|unhelpful|condescending|arrogant)', '{ignore/verb}', 'attitude'] },
  { phrase: 'the cleanliness', patterns: ['(dirty|filthy|unclean|stained|grimy|dusty|mould|mold|cockroach|cockroaches)'] },
  { phrase: 'the price', patterns: ['(overpriced|expensive|overcharged|pricey|prices|price)', '{charge/verb}'] },
  { phrase: 'your refund', patterns: ['(refund|refunds|refunded|reimbursement)', 'money back'] },
  { phrase: 'the problems with the app', patterns: ['{crash}', '(bug|bugs|buggy|glitch|glitches|freezes|freezing|froze)', '(log|sign) in', '(login|log-in)'] },
  { phrase: 'the noise', patterns: ['(noise|noisy|loud)'] },
  { phrase: 'your booking', patterns: ['(booking|reservation|cancelled|canceled|cancellation|overbooked)'] },
  { phrase: 'the quality', patterns: ['(quality|flimsy|defective|faulty)', '{break/verb}', 'stopped working'] },
  { phrase: 'not hearing back from us', patterns: ['(no|never) (reply|response|answer|callback)', 'never (replied|responded|answered|called)', 'never got (a|any)? (reply|response|answer|callback)', '(nobody|no one) #Adverb? {answer/verb}', '(emails|calls) (went|were) (unanswered|ignored)'] },
];

/** True when the text reads as English: enough common English words among its words. */
export function looksEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return false;
  const common = new Set([
    'the', 'a', 'an', 'and', 'was', 'were', 'is', 'are', 'to', 'for', 'of', 'in', 'it', 'i', 'we', 'my', 'our', 'you',
    'not', 'no', 'with', 'this', 'that', 'at', 'on', 'they', 'me', 'had', 'have', 'very', 'but', 'so', 'never', 'again',
  ]);
  const hits = words.filter((w) => common.has(w)).length;
  return words.length <= 3 ? hits > 0 || words.every((w) => /^[a-z]+$/.test(w)) : hits / words.length >= 0.12;
}

interface Found {
  phrase: string;
  at: number;
  end: number;
  /** A fault named with its thing ("the dirty room") outranks the theme it overlaps ("the cleanliness"). */
  specific: boolean;
}

/**
 * Up to `max` complaint topics in the order the reviewer raised them, each a short noun phrase
 * starting with "the", "your" or "how". Empty for empty or non-English reviews.
 */
export function reviewTopics(review: string | undefined, max = 2): string[] {
  const text = (review ?? '').slice(0, MAX_REVIEW);
  if (!text.trim() || !looksEnglish(text)) return [];
  const doc = nlp(text);
  // Lemma patterns ({wait/verb}) need roots, but computing them upsets word alternations on a
  // sentence's first word, so each kind of pattern runs on its own copy.
  const rooted = nlp(text);
  rooted.compute('root');
  const found: Found[] = [];
  type Hit = { text: string; terms: Array<{ normal: string }>; offset: { start: number; length: number } };
  const hits = (pattern: string) => (pattern.includes('{') ? rooted : doc).match(pattern).json({ offset: true }) as Hit[];

  // A fault named with the thing ("cold coffee", "the coffee was cold") is the most specific topic.
  const specific = (m: Hit, phrase: string) =>
    found.push({ phrase, at: m.offset.start, end: m.offset.start + m.offset.length, specific: true });
  for (const m of hits(`(${faultList}) (${thingList})`)) {
    specific(m, `the ${m.terms.map((t) => t.normal).join(' ')}`);
  }
  for (const m of hits(`(${thingList}) (was|were|is|came|arrived|tasted) #Adverb? (${faultList})`)) {
    const words = m.terms.map((t) => t.normal);
    specific(m, `the ${words[words.length - 1]} ${words[0]}`);
  }
  const named = found.slice();
  for (const theme of THEMES) {
    // The theme's first mention that is not already part of a specific topic.
    const starts = theme.patterns
      .flatMap(hits)
      .map((m) => m.offset.start)
      .filter((at) => !named.some((n) => at >= n.at && at < n.end));
    if (starts.length) found.push({ phrase: theme.phrase, at: Math.min(...starts), end: Math.min(...starts), specific: false });
  }

  found.sort((a, b) => a.at - b.at);
  const out: string[] = [];
  for (const f of found) {
    if (out.length >= max) break;
    // "the cold coffee" and "the wait" are distinct; "the late delivery" and "the delivery" are not.
    const last = f.phrase.split(' ').pop()!;
    if (out.some((o) => o === f.phrase || o.endsWith(` ${last}`))) continue;
    out.push(f.phrase);
  }
  return out;
}

/** "a", "a and b", "a, b and c". */
export function joinTopics(topics: string[]): string {
  if (topics.length <= 1) return topics[0] ?? '';
  return `${topics.slice(0, -1).join(', ')} and ${topics[topics.length - 1]}`;
}
