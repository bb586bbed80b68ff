/**
 * The suggested reply (GUIDANCE.md points 2–6), composed locally from a reading of the review
 * (reading.ts) and the owner's business profile, by the review's kind:
 *   praise     thanks naming what they liked, no apology, no action, a welcome back
 *   mixed      thanks for the praise, a specific apology for each problem, the action
 *   complaint  acknowledgement in their terms, a specific apology, the action, a private follow-up
 *   hostile    calm, brief and factual for the next reader: no apology, no argument, an offer to talk
 *   generic    (the review could not be read in detail) a short, honest reply
 * Phrasings are picked from a hash of the review (phrasings.ts): the same review gets the same reply.
 * The action is a placeholder only the owner can fill (actions.ts offers choices for it), unless
 * their draft already says what they did.
 */
import nlp from 'compromise';
import type { BusinessProfile } from '../settings/schema';
import { findPlaceholders, type Placeholder } from './placeholders';
import { measureLength } from './length';
import { PLATFORM_LIMITS } from '../analysis/limits';
import { opinionOf, readReviewForReply, WHOLE } from './reading';
import { domainClass, FAULT_WORDS as FAULT_NAMES } from './reading-features';
import type { Domain, Polarity, ReviewAspect, ReviewKind, ReviewReading } from './reading-types';
import { actionOptions, actionPlaceholder, categoryOf, knownCompound, knownThing, pestMentions, type ActionSlot } from './actions';
import * as P from './phrasings';
import { hazardOf, reportsSeriousHarm } from './serious';
import { firstNameOf } from './names';
import { appFaultOf, cannotDo, featureWish, type CannotDo } from './app-fault';
import { billingFaultOf, chargeOf, chargesOf, mentionsMoney, overQuote, paidForApp } from './charge';
import { returningReviewer, saysNoReturn } from './returning';
import { sentenceSpan } from './sentence';
import { thingNoun } from './things';
import { putRight } from './put-right';
import { askedFor, asksForSomething, inRequest, namedColleagues, stillStaying, reportedPraise, occasionOf, praiseStatementOf, recommendsUs, saysUnanswered, toldOfLoss } from './echo';

export * from './placeholders';
export * from './length';
export * from './gate';
export { looksEnglish } from './topics';
export type { ActionSlot, ActionOption, Timescale } from './actions';

export type ReplyVariant = BusinessProfile['replyLength'];
export const VARIANTS: ReadonlyArray<{ id: ReplyVariant; label: string; hint: string }> = [
  { id: 'short', label: 'Short', hint: 'Fits Google Play’s 350 characters' },
  { id: 'standard', label: 'Standard', hint: 'All four parts, briefly' },
  { id: 'warm', label: 'Warm', hint: 'More personal, for loyal customers' },
];

/** Google Play's limit (PLATFORMS.md): the short variant always fits it once filled. */
export const SHORT_LIMIT = 350;

/** The action placeholder when the review names nothing; a named complaint gets its own (actionPlaceholder). */
export const ACTION_PLACEHOLDER = actionPlaceholder('');
/** A date the owner still has to give (an action chosen "by a date" with the date left empty). */
export const WHEN_PLACEHOLDER = '[day or date]';

export interface ReviewForReply {
  text?: string;
  author?: string;
  rating?: number;
}

export interface ComposeInput {
  review?: ReviewForReply;
  /** The review already read (readReviewForReply); read here when absent. */
  reading?: ReviewReading;
  business: BusinessProfile;
  variant: ReplyVariant;
  /** The platform's limit; a variant that would not fit falls back to shorter wording. */
  limit?: number;
  platform?: string;
  /** The owner's own action sentence(s) from their draft: used instead of an action placeholder. */
  ownerAction?: string;
  /**
   * True when Calm Reply's own analysis would flag this text: the composer then says it more plainly
   * (the named apology instead of the reviewer's sentence), or names less, so a suggestion never carries a flag.
   */
  flagged?: (text: string) => boolean;
}

export interface ComposedReply {
  text: string;
  variant: ReplyVariant;
  placeholders: Placeholder[];
  /** What the reply names from the review, in the reviewer's words. */
  topics: string[];
  firstName?: string;
  kind: ReviewKind;
  /** Why the reply stays general, when it does (the reading's reason). */
  generic?: string;
  reading: ReviewReading;
  /** The action placeholders in `text`, each with the options the panel offers for it. */
  actions: ActionSlot[];
}

export { firstNameOf };

function sentenceCase(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function signOffFor(business: BusinessProfile, short: boolean): string {
  const name = business.signerName.trim();
  const role = business.signerRole.trim();
  const biz = business.name.trim();
  const who = [name, role].filter(Boolean).join(', ');
  if (short) {
    const line = [name || (biz ? `The team at ${biz}` : 'The team'), name && biz ? biz : ''].filter(Boolean).join(', ');
    return `Kind regards, ${line}`;
  }
  const lines = ['Kind regards,'];
  if (who) lines.push(who);
  if (biz) lines.push(who ? biz : `The team at ${biz}`);
  if (!who && !biz) lines.push('The team');
  return lines.join('\n');
}

/** The business's kind, when the owner set it, decides the domain's words; otherwise the review's. */
const STORES = new Set(['googleplay', 'appstore']);
/** A sentence that turns to a fault or sets one aside ("though", "only thing", "but", "I wish"). */
const TURN = /\b(?:but|though|although|however|whereas|only|except|shame|pity|downside|wish|unfortunately|sadly|apart from|other than)\b/i;
const KIND_DOMAIN: Record<NonNullable<BusinessProfile['kind']>, Domain | undefined> = {
  hotel: 'hotel',
  restaurant: 'restaurant',
  shop: 'retail',
  trades: 'trade',
  healthcare: 'health',
  app: 'app',
  other: undefined,
};
export function domainOfBusiness(kind: BusinessProfile['kind']): Domain | undefined {
  return kind ? KIND_DOMAIN[kind] : undefined;
}

/** The reviewer's capitals for an acronym the reading lower-cased ("the atm" → "the ATM", "the ios" → "the IOS"). */
export function withAcronyms(phrase: string, original: string): string {
  // a longer word in capitals that is an ordinary word ("the FOOD") is shouting, not an acronym ("AC", "HVAC")
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
  const acronym = (w: string) => w.length <= 3 || !(w.toLowerCase() in lexicon || domainClass(w.toLowerCase()));
  const caps = new Map((original.match(/\b\p{Lu}{2,5}s?\b/gu) ?? []).filter(acronym).map((w) => [w.toLowerCase(), w]));
  return caps.size ? phrase.replace(/\p{L}+/gu, (w) => caps.get(w) ?? w) : phrase;
}

/** Short forms a reply spells as a business would: "the ac" → "the AC", "the b'fast" → "the breakfast", "the WI-FI" → "the wi-fi". */
const SAY_AS: Record<string, string> = { ac: 'AC', 'a/c': 'AC', acs: 'ACs', tv: 'TV', tvs: 'TVs', "b'fast": 'breakfast', 'b’fast': 'breakfast', bfast: 'breakfast', brkfst: 'breakfast', 'wi-fi': 'wi-fi', wifi: 'wifi' };
export function sayAs(phrase: string): string {
  return phrase.replace(/[\p{L}'’/-]+/gu, (w) => SAY_AS[w.toLowerCase()] ?? w);
}

/** "a", "a and b", "a, b and c". */
export function joinList(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * Faults in neutral words, safe to say back in an apology ("I am sorry the shower ran cold"); a
 * heated word ("disgusting") never is. After "not", only the qualities a thing should have.
 */
const FAULT_WORDS = new Set(
  'average ordinary mediocre cold lukewarm stale bland burnt undercooked overcooked raw soggy greasy salty late slow delayed dirty stained smelly mouldy moldy dusty damp noisy loud broken leaking faulty tiny small cramped uncomfortable wrong missing damaged overpriced expensive costly pricey pricy exorbitant rude unfriendly unhelpful dated worn laggy buggy glitchy unresponsive unusable confusing old outdated tired shabby limited inadequate insufficient poor unclean unhygienic unavailable closed blocked clogged stuck leaky noisy'.split(' '),
);
const NEGATABLE = new Set('clean ready warm hot fresh working available comfortable cooked right correct helpful friendly open maintained cleaned serviced repaired provided stocked changed replaced refilled'.split(' '));
const LINK = /^\s+(was|were|is|are|ran|came|arrived|tasted|looked|felt|seemed)(n['’]t|\s+not)?\s+(?:(too|very|so|really|quite|completely|totally|a bit|a little|slightly|stone|freezing)\s+)?([a-z-]+)/i;

/** Where the business stands: no fault to fix, a fit for some guests and not others. */
const LOCATION = /^the (?:location|area|neighbou?rhood|surroundings|locality|setting|position)$/;

/** "the breakfast was average" is said back as the letdown it was: "only average" (a plain fact, not a failure). */
const onlyIf = (word: string) => (/^(average|ordinary)$/.test(word) ? `only ${word}` : word);

/**
 * The n things the review spends most on (its words, intensity and repetition), said in the order the review
 * raises them: "the breakfast, which was divine" outweighs a passing "nice pillows" that came first.
 */
function heaviest<T extends { aspect: ReviewAspect }>(list: T[], n: number): T[] {
  const chosen = new Set([...list].sort((a, b) => b.aspect.weight - a.aspect.weight).slice(0, n));
  return list.filter((x) => chosen.has(x));
}

/**
 * An answer, reply or call back from us, as a thing raised: what they never had from us is said as that in the
 * apology, or heard in the promise to answer this time; "your points about the answer" says nothing.
 */
function noAnswer(n: { phrase: string; statement?: string }): boolean {
  return /^you have had no /.test(n.statement ?? '') || /^the (?:reply|replies|response|responses|answer|answers|callback|call back)$/.test(n.phrase);
}

function isPlural(phrase: string): boolean {
  const last = phrase.split(' ').pop() ?? '';
  return /[^s]s$/i.test(last) && !/(ss|us|is)$/i.test(last);
}

/** "no" (or "without") straight before the thing, with at most one word between ("no hot water", "no kettle"). */
const MISSING_BEFORE = /(?:^|[\s,(])(?:no|without)\s+(?:[\p{L}-]+\s+)?$/iu;
/** Where a missing thing's words end: a stop, or a word that starts something else ("in the room", "for two days"). */
const MISSING_ENDS = /^(?:\s*(?:[.,;:!?)\n]|$)|\s+(?:in|at|on|for|during|after|until|and|or|but|so|anywhere|whatsoever|available|provided|either)\b)/i;
/** Things a reviewer is glad to find none of ("no problems", "no queues"): not a thing missing. */
const UNWANTED_AFTER_NO = /\b(?:complain\w*|issues?|problems?|worries|fuss|hassles?|queues?|lines?|wait(?:ing)?|noise|ads|adverts?|bugs?|crash\w*|lag\w*|smells?|surprises?|hidden|extra)\b/i;
/** A thing's failure said before it: "does not sync bookmarks", "won't load pages", "unable to save passwords". */
const FAILED_BEFORE = /(?:(?:does|did|do|would|will|wo|could|can|ca)(?:n['’]?t|\s+not)|cannot|unable\s+to)\s+(?:even\s+)?(load|open|sync|play|save|download|import|export)\s+(?:the\s+|my\s+|any\s+|our\s+)?$/i;
/** "can't use my extensions", "why can't I pause the download": what the reviewer could not do with the thing. */
const COULD_NOT_BEFORE = /(?:(?:could|can|ca)(?:n['’]?t|\s+not)|cannot|unable\s+to|not\s+able\s+to)\s+(?:i\s+|we\s+)?(?:even\s+)?(use|access|find|install|add|see|view|watch|pause|cancel|remove|delete|close|change|edit|select|reach|contact)\s+(?:the\s+|my\s+|any\s+|our\s+|your\s+)?$/i;

/**
 * The problem as a statement in the review's own fault word, when the review gives one right at the
 * aspect: "the shower ran cold", "the room was not clean", "a cold coffee" → "the coffee was cold".
 */
export function statementOf(aspect: ReviewAspect, phrase: string, review: string, present = false): string | undefined {
  const at = review.slice(aspect.start, aspect.end).toLowerCase();
  // the phrase ends in the review's words (or their singular: "the apps" said as "the app")
  const said = phrase.toLowerCase();
  if (!at) return undefined;
  if (!(said.endsWith(at) || (at.endsWith('s') && said.endsWith(at.slice(0, -1))))) {
    // the phrase is the last word of the review's ("Sync Contacts" named "the contacts"): only a failed verb
    // before that word may say what went wrong ("does not sync bookmarks")
    const last = /[\p{L}-]+$/u.exec(at)?.[0];
    if (!last || !said.endsWith(last)) return undefined;
    const from = aspect.end - last.length;
    const verb = FAILED_BEFORE.exec(review.slice(Math.max(0, from - 40), from));
    if (verb) return `${phrase} did not ${verb[1]!.toLowerCase()}`;
    const couldNot = COULD_NOT_BEFORE.exec(review.slice(Math.max(0, aspect.start - 40), aspect.start));
    return couldNot ? `you could not ${couldNot[1]!.toLowerCase()} ${phrase}` : undefined;
  }
  const be = isPlural(phrase) ? 'were' : 'was';
  // "the app doesn't work", "the car wouldn't unlock": a thing that failed to do its job
  // (written without the apostrophe too: "my tabs wont load")
  const failed = /^\s+(?:just\s+|still\s+|simply\s+)?(?:(?:does|did|do|would|will|wo|could|can|ca)(?:n['’]?t|\s+not)|cannot)\s+(work|load|open|start|connect|unlock|lock|respond|sync|charge)\b/i.exec(review.slice(aspect.end, aspect.end + 40));
  if (failed) return `${phrase} did not ${failed[1]!.toLowerCase()}`;
  // "does not sync bookmarks", "won't load pages": the thing did not do it
  const failedBefore = FAILED_BEFORE.exec(review.slice(Math.max(0, aspect.start - 40), aspect.start));
  if (failedBefore) return `${phrase} did not ${failedBefore[1]!.toLowerCase()}`;
  const couldNot = COULD_NOT_BEFORE.exec(review.slice(Math.max(0, aspect.start - 40), aspect.start));
  if (couldNot) return `you could not ${couldNot[1]!.toLowerCase()} ${phrase}`;
  // "no kettle in the room", "there was no hot water": what was missing, said as missing (not "sorry about
  // the kettle"); an app's missing feature in the present ("there is no night mode")
  // …only when the thing is whole where it stops ("no hot water.", "no kettle in the room"), not the start of
  // a longer one ("no option to pick a colour", "no usb charging ports", "no rooms with two beds")
  // "no reply til now", "never got an answer": the reviewer is still waiting on us, not faulting a reply
  const word = /^the (reply|replies|response|responses|answer|answers|callback|call back)$/.exec(phrase)?.[1];
  if (word && /\b(?:no|never\s+(?:got|had|received|get)(?:\s+(?:a|an|any))?|not\s+(?:a|any)\s+(?:single\s+)?|without\s+(?:a|any))\s+$/i.test(review.slice(Math.max(0, aspect.start - 25), aspect.start)))
    return `you have had no ${/^(call back|callback)$/.test(word) ? 'call back' : word.replace(/s$/, '').replace(/ie$/, 'y')} from us`;
  if (/^the /.test(phrase) && MISSING_BEFORE.test(review.slice(Math.max(0, aspect.start - 25), aspect.start)) && !UNWANTED_AFTER_NO.test(at) && MISSING_ENDS.test(review.slice(aspect.end, aspect.end + 20))) {
    const thing = phrase.slice(4);
    // people not there are said as no one on hand ("there was no staff" reads as if we had none)
    if (/^(?:staff|team|one|anyone|anybody|employees?|workers?|personnel)$/.test(thing)) return `there was no one from our team on hand to help`;
    return `there ${present ? (isPlural(phrase) ? 'are' : 'is') : isPlural(phrase) ? 'were' : 'was'} no ${thing}`;
  }
  // "the app keeps crashing": a fault that goes on
  const keeps = /^\s+(?:just\s+|always\s+)?keeps\s+(crashing|freezing|lagging|hanging|closing|failing)\b/i.exec(review.slice(aspect.end, aspect.end + 40));
  if (keeps) return `${phrase} ${isPlural(phrase) ? 'keep' : 'keeps'} ${keeps[1]!.toLowerCase()}`;
  const m = LINK.exec(review.slice(aspect.end, aspect.end + 80));
  if (m) {
    const [, verb, neg, degree, adj] = m as unknown as [string, string, string | undefined, string | undefined, string];
    const word = adj.toLowerCase();
    const past = /^(is|are|was|were)$/i.test(verb) ? be : verb.toLowerCase();
    // the reviewer's own hedge is kept ("the kettle was a bit old"): said without it, the fault grows
    const hedge = degree && /^(a bit|a little|slightly)$/i.test(degree) ? `${degree.toLowerCase()} ` : '';
    if (neg && NEGATABLE.has(word)) return `${phrase} ${be} not ${word}`;
    if (!neg && FAULT_WORDS.has(word)) return `${phrase} ${past} ${hedge}${onlyIf(word)}`;
  }
  const before = /([a-z-]+)\s+$/i.exec(review.slice(Math.max(0, aspect.start - 30), aspect.start));
  if (before && FAULT_WORDS.has(before[1]!.toLowerCase())) {
    // part of the thing's name, not a fault: "Late Charges" in title case, a late fee (a fee for lateness)
    const titled = /^\p{Lu}/u.test(before[1]!) && /^\p{Lu}/u.test(review.charAt(aspect.start));
    const feeKind = before[1]!.toLowerCase() === 'late' && categoryOf(phrase, 'general') === 'price';
    // "above average rooms", "better than ordinary food" praise them
    if (/\b(?:above|than|beyond|not|no)\s+(?:average|ordinary)\s+$/i.test(review.slice(Math.max(0, aspect.start - 40), aspect.start))) return undefined;
    if (!titled && !feeKind) return `${phrase} ${be} ${onlyIf(before[1]!.toLowerCase())}`;
  }
  return undefined;
}

/** Words for how people treated someone: a fault of conduct, not of a task ("rude", "ignored us", "shouted"). */
const CONDUCT = /\b(?:rude\w*|overbook\w*|turned\s+(?:us|me)\s+away|(?:kicked|threw|thrown)\s+(?:us|me)\s+out|arrogan\w*|unsupportive|uncooperative|non-?cooperative|irritab\w*|(?:not|isn['’]?t|wasn['’]?t|aren['’]?t|weren['’]?t)\s+(?:so\s+|very\s+|at\s+all\s+|really\s+)?(?:nice|friendly|polite|helpful|kind|courteous|supportive|cooperative|co-operative|welcoming|attentive)|(?:customer[-\s]service|manners|soft[-\s]skills?|hospitality)\s+training|(?:don['’]?t|doesn['’]?t|didn['’]?t|do\s+not|does\s+not|did\s+not)\s+care|pushy|coerc\w*|etiquette|pressur\w*|tone|fired|unfriendly|unhelpful|dismissive|impolite|condescending|arrogant|unprofessional|ignor\w*|shout\w*|yell\w*|scream\w*|argu\w*|laugh\w*|attitude|behaviou?r\w*|behav\w*|disrespect\w*|insult\w*|racis\w*|aggressive\w*|hostile|sarcastic|grumpy|lazy|careless|incompetent|mean|nasty|abusive|harass\w*|threat\w*|misbehav\w*|manners|courte\w*|polite\w*|smile\w*|welcom\w*|treat\w*|hospitality|greet\w*|indifferent|uninterested|curt|short with|snapp\w*|cheat\w*|scold\w*|bad service|no help|not help\w*|didn['’]?t (?:care|help|listen|bother)|did not (?:care|help|listen|bother)|refus\w*)\b/i;
/**
 * True when the review says anywhere how people treated the reviewer: conduct is often told in the sentences
 * around the one naming the person ("The driver slept. He arrived irritable, no greeting…").
 */
function conductIn(review: string): boolean {
  return CONDUCT.test(review);
}

/** The fault word the review gave an aspect, nearest first, for choosing its actions ("slow" → staffing). */
/** Whether an adjective describes the noun after it ("small kid", "rude manager"), read in the pair. */
function attributive(adjective: string, next: string): boolean {
  const terms = nlp(`${adjective} ${next}`).json()[0]?.terms as Array<{ tags: string[] }> | undefined;
  return !!terms && terms.length === 2 && terms[1]!.tags.includes('Noun') && !terms[1]!.tags.includes('Pronoun');
}

function faultNear(aspect: ReviewAspect, review: string): string | undefined {
  let best: { word: string; distance: number } | undefined;
  const from = Math.max(0, aspect.start - 30);
  for (const m of review.slice(from, Math.min(review.length, aspect.end + 60)).matchAll(/[\p{L}-]+/gu)) {
    const word = m[0].toLowerCase();
    if (!FAULT_WORDS.has(word) && !/^(filthy|unclean|queued?|waited|waiting|ignored|overcharged|pricey|blocked|suspended|banned|frozen|deactivated|disabled|terminated|overbooked|overbooking|double-booked)$/.test(word)) continue;
    const at = from + m.index;
    // a fault word that describes some other noun ("with our small kid", "an old man at the desk") is not this thing's
    const after = /^\s([\p{Ll}-]+)/u.exec(review.slice(at + word.length))?.[1];
    const inOrBefore = at >= aspect.start - word.length - 12 && at < aspect.end;
    // a fault word before the thing, across a clause, is another thing's ("the AC was broken and the pickup was late")
    if (at < aspect.start && /[,;]|\b(?:and|but|while|whereas|though|although)\b/i.test(review.slice(at + word.length, aspect.start))) continue;
    // (noise is noise whatever makes it: "loud music" is the room's noise)
    if (after && !inOrBefore && !/^(?:noisy|loud)$/.test(word) && !FAULT_WORDS.has(after) && attributive(word, after)) continue;
    // a waiting room or a waiting list is a place or a list, not a wait
    if (word === 'waiting' && /^\s+(?:room|area|lounge|list)s?\b/i.test(review.slice(at + word.length, at + word.length + 10))) continue;
    const distance = at < aspect.start ? aspect.start - at : at - aspect.end;
    if (!best || distance < best.distance) best = { word, distance };
  }
  return best?.word;
}

/** AFINN's heated words (≤ −3) are never said back, even inside the reviewer's noun phrase. */
const HEATED = /^(disgusting|horrible|terrible|awful|appalling|atrocious|pathetic|useless|worst|shocking|bloody|damn|crap|crappy|shit|shitty|stupid|ridiculous|joke|nightmare|filthy|rubbish|garbage|trash)$/i;

/**
 * An aspect as the reply can name it: the reviewer's noun phrase, lower-cased where it began a
 * sentence, "our"/"my" as "your", heated words taken out; nothing that could be a name, a number
 * of theirs, an address or a link.
 */
export function replyPhrase(text: string): string | undefined {
  // "check in" written apart is the check-in, not a thing called "in"
  // …and "in room dining" is the in-room dining, not "the room dining"
  let words = text.trim().replace(/\s+/g, ' ').replace(/\b(check|checking)[ -](in|out)\b/gi, (_, _c: string, d: string) => `check-${d.toLowerCase()}`).replace(/\bin[ -]room\b/gi, 'in-room').split(' ').filter((w) => w && !HEATED.test(w.replace(/[^\p{L}]/gu, '')));
  // a list the reader took for one thing ("environment , poor lighting", "tea / coffee machine"): its last item
  const cut = words.findLastIndex((w) => /^[,;/&+]+$/.test(w));
  if (cut >= 0) words = words.slice(cut + 1);
  if (!words.length) return undefined;
  // markup, brackets (they would read as a blank to fill, and a bracket often holds a name: "(Tamsin)") and
  // anything like a number, address or link
  if (/\d{5,}|@|https?:|www\.|[<>[\]{}()]/i.test(words.join(' '))) return undefined;
  // a word in quotation marks is someone else's word or said with irony (the nightly "entertainment"): never said back
  if (/["“”«»„]|(?:^|\s)['‘]/u.test(words.join(' '))) return undefined;
  // people are not something the business provides (the reviewer, their family, other reviewers)
  // …though what is provided for them is ("the children's menu", "the kids club")
  if (/\b(reviewers?|people|guests?|customers?|users?|others|everyone|everybody|family|husband|wife|kids|children|friends?|partner)\b(?!\s+(service|support|care))(?!(?:['’]s?)?\s+(menu|club|pool|area|room|lounge|meals?|activities|corner|playground)\b)/i.test(words.join(' '))) return undefined;
  // a capital after the first word is probably a person's or place's name (never repeated back)
  if (words.slice(1).some((w) => /^\p{Lu}\p{Ll}/u.test(w))) return undefined;
  // the reviewer's "our room" is "your room" in the reply
  words = words.map((w) => (/^(our|my)$/i.test(w) ? 'your' : w));
  // "the staffs" (a plural many reviewers write) is said as the staff
  words = words.map((w) => w.replace(/^(staff)s$/i, '$1'));
  if (/^\p{Lu}\p{Ll}*$/u.test(words[0]!)) words[0] = words[0]!.toLowerCase();
  if (!/^(the|your|a|an)$/i.test(words[0]!)) words.unshift('the');
  if (words.length > 6) words = ['the', ...words.slice(-3)];
  const phrase = words.join(' ').replace(/[.,;:!?]+$/u, '');
  // a phrase that ends in a pronoun or an adverb names nothing ("the still there")
  if (/^(there|here|it|its|this|that|them|their|his|her|your|one|ones|lot|thing|things|bunch|place)$/i.test(words[words.length - 1]!)) return undefined;
  return phrase.length > 2 ? phrase : undefined;
}

/** Words that show a clause speaks well of something. */
const GOOD = /^(welcome|welcomed|good|great|excellent|lovely|amazing|fantastic|wonderful|perfect|nice|friendly|helpful|clean|spotless|comfortable|comfy|delicious|tasty|beautiful|stunning|gorgeous|superb|brilliant|outstanding|fabulous|best|awesome|pleasant|welcoming|spacious|quiet|fresh|attentive|impressive|cosy|cozy|generous|exceptional|incredible|loved?|enjoyed|enjoy|liked|recommend(ed)?|favourite|favorite|happy|pleased|well|fine|decent|plentiful|convenient|central|relaxing|peaceful|professional|efficient|polite|kind|warm|highlight)$/i;
/** Words the opinion lexicon scores as strong praise that often are not ("smells funny", "lucky to get a table", "won't"). */
const AMBIGUOUS_PRAISE = /^(funny|funnier|humerous|luck|luckily|lucky|wow|ominous|startling|audacious|scoop|won|win|wins|winning|lol\w*|lmao|haha\w*)$/i;
/** Words that show a clause finds fault with something. */
const BAD = /^(improve|improving|not|no|never|nothing|closed|unavailable|hardly|barely|without|lack(s|ing|ed)?|bad|poor|worst|terrible|awful|horrible|disgusting|dreadful|appalling|mediocre|average|disappoint\w*|cold|lukewarm|stale|bland|burnt|undercooked|overcooked|raw|soggy|greasy|salty|late|slow|delayed|dirty|filthy|stained|smelly|smelt|smelled|mouldy|moldy|dusty|damp|noisy|loud|broken|broke|breaks|stuck|malfunction\w*|leak\w*|faulty|tiny|small|cramped|uncomfortable|wrong|missing|damaged|overpriced|expensive|rude|unfriendly|unhelpful|dated|worn|tired|old|problem\w*|issues?|complain\w*|unfortunately|sadly|shame|waited|wait(ing)?|queue\w*|ignored|overcharged|pricey|unclean|hard|thin|lacked|shabby|basic|limited|cockroach\w*|roach\w*|bugs?|mice|rats?|hairs?|\w+n['’]t)$/i;
/** Where a clause ends: stops, semicolons, and the words that turn from one judgement to another. */
const CLAUSE_EDGE = /[.!?;:\n]|,|\s(?:but|although|though|however|whereas|while|except|apart from|other than|yet)\s/gi;

/** Things a reviewer is glad to find none of. */
const UNWANTED = /^(complain\w*|issues?|problems?|worries|fuss|need|hidden|extra|queues?|lines?|wait(ing)?|noise|ads|adverts?|bugs?|crash\w*|lag\w*|smells?|dust|dirt|stains?|hassles?|surprises?|membership|subscription)$/i;
/** Money owed to the customer: missing, it is a fault ("no refund"), unlike a cost they were spared. */
const BENEFIT = /^(refunds?|discounts?|compensation|cashback|rebates?|credits?|value)$/i;
const NEGATOR = /^(not|no|never|hardly|barely|lacks?|lacked|lacking|without|isn['’]t|wasn['’]t|weren['’]t|aren['’]t|didn['’]t|don['’]t|doesn['’]t)$/i;

/**
 * The judgement nearest the aspect in its clause: 'good', 'bad', or undefined when the clause says
 * neither. A good word after a negator ("not great") is bad; the nearest word decides ("small bed, good
 * location": the location is good).
 */
/**
 * The judgement nearest the aspect in its clause. With `lexiconPraise`, a word the opinion lexicon holds
 * strong praise counts too ("the staff were splendid", "rooms terrific"), except those that are often
 * something else ("smells funny", "lucky").
 */
/** 'spared': a cost or nuisance the reviewer was spared ("no fees"): no fault, and no praise of the thing either. */
function nearestJudgement(review: string, clause: { from: number; to: number }, aspect: ReviewAspect, lexiconPraise = false): 'good' | 'bad' | 'spared' | undefined {
  let best: { kind: 'good' | 'bad' | 'spared'; distance: number } | undefined;
  const words = [...review.slice(clause.from, clause.to).matchAll(/[\p{L}'’]+/gu)];
  // the thing's own words say nothing of it, but an opinion before its head does ("wonderful hosts", "great service")
  const head = /[\p{L}'’]+$/u.exec(review.slice(aspect.start, aspect.end).trimEnd());
  const headAt = head ? aspect.start + head.index : aspect.start;
  words.forEach((m, i) => {
    const at = clause.from + m.index;
    if (at >= headAt && at < aspect.end) return;
    const w = m[0];
    const negatedWithin = (n: number) => words.slice(Math.max(0, i - n), i).some((p) => NEGATOR.test(p[0]));
    let kind: 'good' | 'bad' | 'spared' | undefined;
    // "grand" in lower case is praise too (the reader's lexicon holds it neutral for "the Grand Hotel")
    if ((GOOD.test(w) || (lexiconPraise && ((opinionOf(w) >= 3 && !AMBIGUOUS_PRAISE.test(w)) || w === 'grand'))) && !/^(not|no)$/i.test(w)) kind = negatedWithin(3) ? 'bad' : 'good';
    else if (NEGATOR.test(w)) {
      // "AC not working", "no kettle", "did not work": a thing that was not there or did not work is at fault,
      // unless what is missing was unwanted ("no problem", "never disappointed", "no membership fees", "no queue")
      const after = words.slice(i + 1, i + 3).map((p) => p[0]);
      // "last but not (the) least": emphasis, no fault
      const idiom = /\blast\s+but\s+$/i.test(review.slice(Math.max(0, at - 12), at));
      if (idiom && (/^least$/i.test(after[0] ?? '') || (/^the$/i.test(after[0] ?? '') && /^least$/i.test(after[1] ?? '')))) return;
      // a cost or a nuisance they were spared ("no membership fees", "no deposit", "no problems with it"), though
      // not a benefit they were denied ("no refund") nor a thing that was missing ("no extra pillows")
      const sparedAt = words.slice(i + 1, i + 3).find((p) => (UNWANTED.test(p[0]) && !/^(need|extra|hidden)$/i.test(p[0])) || (domainClass(p[0].toLowerCase()) === 'price' && !BENEFIT.test(p[0])));
      // the thing spared is no fault and no praise ("no noise" thanks no one for the noise); trouble spared
      // with something else is praise of it ("the internet was fast, no problems with it")
      // …unless the trouble spared has an exception ("no complaint except the noise")
      const exception = !!sparedAt && words.slice(words.indexOf(sparedAt) + 1, words.indexOf(sparedAt) + 3).some((p) => /^(except|but|apart|besides|other|save)$/i.test(p[0]));
      if (sparedAt && w.toLowerCase() === 'no' && !exception) kind = clause.from + sparedAt.index >= aspect.start && clause.from + sparedAt.index < aspect.end + 1 ? 'spared' : 'good';
      else if (!after.some((a) => BAD.test(a) || opinionOf(a) < 0 || UNWANTED.test(a) || domainClass(a.toLowerCase()) === 'price')) kind = 'bad';
    } else if (BAD.test(w) || opinionOf(w) <= -2) {
      // a fault word, or one the opinion lexicon holds a strong fault ("aggravating"), unless denied ("no problems")
      if (!negatedWithin(2)) kind = 'bad';
    }
    if (!kind) return;
    const distance = at < aspect.start ? aspect.start - at : at - aspect.end;
    if (!best || distance < best.distance) best = { kind, distance };
  });
  return best?.kind;
}

function clauseBounds(text: string, start: number, end: number, edges: RegExp): { from: number; to: number } {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(edges)) {
    const at = m.index;
    if (at + m[0].length <= start) from = at + m[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return { from, to };
}

/** True when the words around the aspect judge it the way the reading does (praise for a positive, a fault for a negative). */
export function clauseAgrees(aspect: ReviewAspect, review: string): boolean {
  if (!review || aspect.end <= aspect.start) return false;
  // the comma clause first ("lovely pool, cold breakfast"); the whole sentence when it says nothing either way
  // praise may be in words the small list lacks ("rooms terrific", "gracious hosts"): strong praise in the opinion lexicon counts
  const strong = aspect.polarity === 'positive';
  const kind =
    nearestJudgement(review, clauseBounds(review, aspect.start, aspect.end, CLAUSE_EDGE), aspect, strong) ??
    nearestJudgement(review, clauseBounds(review, aspect.start, aspect.end, /[.!?;\n]/g), aspect, strong);
  return kind === (aspect.polarity === 'positive' ? 'good' : 'bad');
}

/**
 * True when the words around the aspect judge it the other way from the reading (praise for what the
 * reading calls a complaint). Words that judge it not at all ("AC not working", "no AC", "screamed
 * cheap fix" are outside the small lexicon) do not contradict the learned reading.
 */
export function clauseContradicts(aspect: ReviewAspect, review: string): boolean {
  if (!review || aspect.end <= aspect.start) return false;
  const near = nearestJudgement(review, clauseBounds(review, aspect.start, aspect.end, CLAUSE_EDGE), aspect, aspect.polarity === 'negative');
  return near !== undefined && near !== (aspect.polarity === 'positive' ? 'good' : 'bad');
}

/** Parts of an app that say nothing alone ("the mode", "the button"): named with the noun before them. */
const APP_PARTS = /^(modes?|buttons?|bars?|pages?|options?|settings?|icons?|screens?|themes?|tabs?|menus?|views?|panels?|fields?|boxes)$/i;
/** "the night mode", "the back button", "the address bar": a noun before a part of an app names which part. */
function partOfApp(before: string, head: string): boolean {
  if (!APP_PARTS.test(head) || domainClass(head.toLowerCase()) !== 'app' || before.length < 3) return false;
  // tagged in the compound, as the tagger reads "back" in "the back button" (alone it is a verb)
  const tags = (nlp(`the ${before} ${head}`).json()[0]?.terms?.[1] as { tags?: string[] } | undefined)?.tags ?? [];
  return tags.includes('Noun') && !tags.some((t) => /^(Adjective|Value|Pronoun|Verb|ProperNoun|Possessive|Determiner)$/.test(t));
}

/**
 * "the water pressure", "the wifi speed", "the room service", "the front desk": a thing the business provides
 * before the head says which thing the head is; the head alone ("the pressure", "the speed", "the desk")
 * names something else or nothing. Adjectives and opinions before it still fall away ("the neat rooms").
 */
function thingBeforeThing(before: string, head: string): boolean {
  // a plural before a noun is a list run together ("clean rooms meals were ok", "no extra pillows beds")
  const one = before.toLowerCase().replace(/s$/, '');
  if (one !== before.toLowerCase() && (knownThing(one) || domainClass(one))) return false;
  if (before.length < 3 || opinionOf(before) !== 0 || BYSTANDERS.test(before) || WHOLE.has(before.toLowerCase())) return false;
  if (domainClass(`${before}${head}`.toLowerCase())) return true;
  // a quality is no thing: "the quality food", "the experience staff" say nothing the head does not
  if (ABSTRACT.test(before) || domainClass(before.toLowerCase()) === 'state' || !(knownThing(before) || domainClass(before.toLowerCase()))) return false;
  const tags = (nlp(`the ${before} ${head}`).json()[0]?.terms?.[1] as { tags?: string[] } | undefined)?.tags ?? [];
  return tags.includes('Noun') && !tags.some((t) => /^(Adjective|Value|Pronoun|Verb|ProperNoun|Possessive|Determiner)$/.test(t));
}

/** A word as the reviewer might have mistyped it or that is no word at all ("brekfst", "sooo", "x2"). */
function oddWord(w: string): boolean {
  const bare = w.replace(/^[‘'"(]+|[’'")]+$/gu, '');
  if (!/^\p{Ll}[\p{Ll}'’-]*$/u.test(bare)) return true;
  if (bare.length > 16 || /(\p{L})\1\1/u.test(bare) || !/[aeiouy]/.test(bare)) return true;
  // "a bit", "a lot" typed as one word are no thing ("brakes on some scooter abit weak")
  if (/^(abit|alot|alittle|abt)$/.test(bare)) return true;
  // "someone elses order": a possessive typed without its apostrophe
  if (/^(?:elses|someones|everyones|anyones)$/.test(bare)) return true;
  return false;
}

/**
 * A word that reads as an English noun: compromise tags it a noun on its own (not "total", "add"), and it is
 * spelt like a word (no run of four consonants: "brekfst" is a typo, not a thing to say back).
 */
function plainNoun(word: string, review = ''): boolean {
  if (word.length < 3 || /[bcdfghjklmnpqrstvwxz]{4,}/i.test(word)) return false;
  const lower = word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const known = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon[word.toLowerCase()] !== undefined;
  // a word compromise does not know that the review only ever capitalises is a name ("Bluesg"), not a thing
  if (!known && review && new RegExp(`\\b${lower}\\b`, 'i').test(review) && !new RegExp(`\\b${lower}\\b`).test(review)) return false;
  const term = nlp(word).json()[0]?.terms?.[0] as { tags?: string[] } | undefined;
  // "something", "anyone": a pronoun names nothing; "jan" is a month
  if (!term?.tags?.includes('Noun') || term.tags.some((t) => /^(ProperNoun|Pronoun|Date|Month|WeekDay)$/.test(t)) || INDEFINITE.test(word)) return false;
  // the tagger calls any unknown word a noun ("bcoz", "tym", "thay"): a short one must be used as one in the
  // review, after a determiner ("the tap", "no tv"), for the reply to name it
  return !review || word.length > 4 || new RegExp(`\\b(?:the|a|an|my|our|their|your|this|that|these|those|no|his|her|its|any|some|much|many|more|less|fewer|all|every|each|several|other|another|same|whole|too)\\s+(?:[\\p{L}-]+\\s+){0,2}${lower}\\b`, 'iu').test(review);
}

const INDEFINITE = /^(some|any|every|no)(thing|one|body|where)s?$/i;
/** Praise openings too glowing for a review that also found something wanting. */
const GUSHING = /such a kind|lovely review|make our day|wonderful to read/i;

/**
 * A thing only WordNet knows ("the necklace", "the tacos"), said back where the reading weighs it and, for a
 * fault, where the words around it find one ("we took the shuttle to the ship" faults no shuttle); never what
 * the reviewer had with them ("with a stroller it was dangerous", "carrying our cases").
 */
function wordNetThing(aspect: ReviewAspect, head: string, review: string): boolean {
  if (!thingNoun(head) || aspect.weight < THING_NAME_WEIGHT || PREMISES.test(head)) return false;
  if (!review) return true;
  if (/\b(?:with|carrying|pushing|wearing|brought|bringing)\s+(?:(?:a|an|my|our|his|her|their|your)\s+)?(?:[\p{L}-]+\s+)?$/iu.test(review.slice(Math.max(0, aspect.start - 40), aspect.start))) return false;
  return aspect.polarity === 'positive' || clauseAgrees(aspect, review);
}

/** The kinds of premises a business is ("the pub", "the salon"): the business as a whole, never one of its things. */
const PREMISES = /^(?:pubs?|shops?|stores?|salons?|studios?|clinics?|surgery|surgeries|practices?|garages?|cafes?|cafés?|bakery|bakeries|bistros?|diners?|gyms?|venues?|showrooms?|boutiques?|pharmacy|pharmacies|workshops?|premises|establishments?)$/i;

/** Heads that are a measure of something, not a thing: said back alone they read as nonsense ("the quality"). */
const ABSTRACT = /^(quality|standards?|levels?|values?|sizes?|work|job|parts?|fit|finish|material|services?|facility|facilities|areas?|money|rates?|attitude|cleaning)$/i;
/** "Items" alone says nothing: named with what they are items of. */
const CHOICE = /^(items?|options?|choices?|selections?|variet(y|ies)|ranges?|features?)$/i;
/** Words for what should change or what went wrong, never the thing itself. */
const REMEDY = /^(improvements?|difficult(y|ies)|inconvenience|hassles?|shortcomings?|feelings?|emotions?)$/i;
/** Of the words for the business as a whole, those that in a hotel are one of its facilities. */
const HOTEL_FACILITY = /^(restaurant|cafe|café)$/i;
/** Units of money, time and measure: how much of something, never the thing. */
/** A statement that describes the thing rather than saying it failed. */
const DESCRIBED = /\b(?:was|were|is|are|has been|have been|looked|looks|seemed|seems|felt|feels)\s+(?:(?:a bit|a little|slightly|somewhat|rather|quite|a tad|too|very|so|really|only)\s+)?(?:small|smaller|tiny|cramped|compact|limited|old|older|dated|outdated|tired|worn|basic|simple|plain|expensive|pricey|overpriced|costly|far|average|ordinary|mediocre)$/i;

/** Words of a business's name that say what it is, not which one it is ("Hotel", "Restaurant", "Android"). */
const OWN_NAME_GENERIC = /^(hotel|hotels|resort|resorts|inn|motel|hostel|lodge|suites?|restaurant|cafe|café|kitchen|grill|house|home|group|team|company|services?|android|iphone|ipad|mobile|apps?|application|online|international|residency|towers?|centre|center|convention|plaza|palace|grand|royal|road|street|city|park|beach|garden|gardens|view|heritage)$/i;

/** People named by sex, age or number alone, not by their role. */
const BYSTANDERS = /^(guys?|lady|ladies|man|men|woman|women|girls?|boys?|gentlem[ae]n|persons?|chaps?|fellows?|pedestrians?|passengers?|someone|somebody)$/i;

/** Words for a fault itself, not the thing it happened to ("a hiccup with the radiator", "a glitch", "the blunder"), or for how things stood ("the reality did not match"). */
const MISHAP = /^(hiccups?|glitch(es)?|mishaps?|hassles?|snags?|teething|blunders?|mess|mix-?ups?|fiasco|disasters?|nightmares?|ordeal|reality|situation)$/i;
const UNITS = /^(percent|per ?cent|dollars?|bucks|pounds|euros?|rupees?|rs|pesos?|ringgit|baht|rupiah|dirhams?|yuan|yen|naira|cents?|pence|quid|hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|weeks?|months?|years?|miles?|kms?|kilometers?|kilometres?|meters?|metres?|feet|inches?)$/i;
/** Heads that say something about a thing named after "of" ("the conduct of the staff"): named by that thing or not at all. */
const OF_SOMETHING = /^(conduct|behaviou?r|condition|state|lack|absence)$/i;
/** Of those, the ones a reply can name alone when the reviewer's main complaint is about them ("I'm sorry the service fell short"). */
const SAYABLE_WHEN_MAIN = /^(services?|facility|facilities|cleaning)$/i;
/** Of those, the ones a reply can name alone wherever the words around them judge them ("the service was slow"). */
const SAYABLE = /^(services?|facilities|cleaning)$/i;

/**
 * How far the reading must weigh an aspect before a reply names it (the main complaint is named on its own
 * say). Praise is named from a lighter weight: on the labelled reviews, praise weighed 0.1–0.2 was right as
 * often as praise weighed 0.2–0.5 (0.86 and 0.82; held out 0.80 and 0.86), a fault there much less often
 * (held out 0.44 against 0.69).
 */
const NAME_WEIGHT = 0.2;
const PRAISE_NAME_WEIGHT = 0.1;
/**
 * A further complaint, acknowledged after the apology for the main one, may weigh less (three quarters): a long review
 * spreads its weight over many faults. Never enough on its own to turn a reply into an apology.
 */
const FURTHER_NAME_WEIGHT = 0.15;
/** A noun only WordNet knows as a thing is named from this weight (the reading's lighter mentions are more often a word in passing: "walked there in high heels"). */
const THING_NAME_WEIGHT = 0.3;

/**
 * The aspect as the reply may name it, or undefined when naming it could be wrong: it must be
 * something the lexicon knows the business provides, in clean words (no typo-looking token, no
 * fragment), weighed enough by the reading, and the words around it must judge it the way the reading
 * does. Precision over recall: a general reply is better than a wrong specific one.
 */
export function nameable(aspect: ReviewAspect, review: string, isMain = false, minWeight?: number, trustReading = isMain): string | undefined {
  const phrase = replyPhrase(aspect.text);
  if (!phrase) return undefined;
  // praised in quotation marks (a "spa", the “service”): irony as often as not, never thanked for
  if (review && aspect.polarity === 'positive' && /["“”«»„]/u.test(review.slice(Math.max(0, aspect.start - 1), Math.min(review.length, aspect.end + 1)))) return undefined;
  if (!isMain && aspect.weight < (minWeight ?? (aspect.polarity === 'positive' ? PRAISE_NAME_WEIGHT : NAME_WEIGHT))) return undefined;
  // a word in a set phrase names no thing: "room for improvement", "from a connectivity point of view"
  if (review && inSetPhrase(aspect, review)) return undefined;
  const words = phrase.split(' ');
  const det = words[0]!;
  let rest = words.slice(1);
  // a verb the tagger took into the phrase at a sentence's start ("Needs tabs at the bottom") is no part of the thing
  while (rest.length > 1 && /^(?:needs?|wants?|wish|add|bring|missing|requires?|lacks?)$/i.test(rest[0]!)) rest = rest.slice(1);
  // "we had the in room dining": the reader's phrase starts after "in", which is part of the thing's name
  if (review && rest.length >= 2 && /^room$/i.test(rest[0]!) && /\bin[ -]$/i.test(review.slice(Math.max(0, aspect.start - 3), aspect.start))) rest = ['in-room', ...rest.slice(1)];
  // the head alone ("the one elevator" → "the elevator"), or a compound the lexicon knows ("the car park")
  const head = rest[rest.length - 1];
  // a possessive with its thing left unsaid ("the chef's was cold") names nobody's thing
  if (!head || oddWord(head) || /['’]s$/i.test(head)) return undefined;
  // a word for the fault or its remedy is not the thing at fault: "sorry about the improvement" names nothing,
  // nor does a unit ("100 percent", "fifty dollars", "a couple hours"): the sum or the wait is said elsewhere
  if (FAULT_NAMES.test(head) || MISHAP.test(head) || REMEDY.test(head) || UNITS.test(head)) return undefined;
  // the main complaint was chosen by the learned reading, in context: a plain noun the lexicon lacks
  // ("the intercom", "the maintenance") is named; anything else must be a thing the lexicon knows, or a
  // thing WordNet knows as something made or served ("the necklace", "the tacos"; never "the belief")
  // (an abstract head is settled below, by the thing before it or after "of")
  if (!knownThing(head) && !domainClass(head) && !OF_SOMETHING.test(head) && !ABSTRACT.test(head) && !((isMain || wordNetThing(aspect, head, review)) && plainNoun(head, review) && !(review && usedAsVerb(aspect, review)))) return undefined;
  const before = rest[rest.length - 2];
  // a person by sex or age alone ("the guy", "the lady", "the girls") is no role: "sorry about the guy" names
  // nobody the business answers for ("the bell boy" is a role)
  const role = !!before && (knownCompound(`${before} ${head}`) || !!domainClass(`${before}${head}`));
  // …though where they work says who they are: "the reception persons", "the luggage guys" are our staff there
  const workplace = !role && !!before && !oddWord(before) && (knownThing(before) || !!domainClass(before)) && !BYSTANDERS.test(before);
  // a job the lexicon lacks is said in the reviewer's words ("the luggage guys")
  const byJob = !role && !workplace && !!before && !oddWord(before) && !BYSTANDERS.test(before) && plainNoun(before, review);
  if (BYSTANDERS.test(head) && !role && !workplace && !byJob) return undefined;
  if (BYSTANDERS.test(head) && workplace) rest = [before!, 'staff'];
  // "the size of the room", "the conduct of the staff": the thing after "of" is what to name
  const ofThing = review ? /^\s+of\s+(?:the\s+|our\s+|my\s+|their\s+)?(\p{Ll}+)\b/u.exec(review.slice(aspect.end))?.[1] : undefined;
  // an abstract head names the thing before it ("the food quality" → "the food") or nothing ("the quality")
  const ofKnown = !!ofThing && !oddWord(ofThing) && knownThing(ofThing) && !ABSTRACT.test(ofThing);
  // an option, a setting or a feature of an app keeps a plain word before that says which one ("the dark mode
  // setting", "the reader view option")
  const which = rest[rest.length - 3];
  const keepWhich = !!which && /^\p{Ll}{3,}$/u.test(which) && !oddWord(which) && opinionOf(which) === 0 && !ABSTRACT.test(which) && !/^(?:the|this|that|these|those|new|old|other|same|whole|only|main|first|last|every|each|any|some|all|more|most|very|just|also|even|your|their|our|its)$/.test(which) && (CHOICE.test(head) || /^(?:settings?|buttons?|modes?|menus?|bars?|tabs?|widgets?|functions?)$/i.test(head));
  if (before && !oddWord(before) && knownCompound(`${before} ${head}`)) rest = [before, head];
  // "the items" alone says nothing: "the food items", "the items of furniture" say what of
  else if (CHOICE.test(head)) {
    if (before && !oddWord(before) && knownThing(before) && !ABSTRACT.test(before)) rest = keepWhich ? [which!, before, head] : [before, head];
    else if (ofKnown) rest = [ofThing!];
    else return undefined;
  }
  else if ((ABSTRACT.test(head) || OF_SOMETHING.test(head)) && !(before && knownThing(before)) && ofKnown) rest = [ofThing!];
  else if (OF_SOMETHING.test(head)) return undefined;
  else if (ABSTRACT.test(head)) {
    if (before && !oddWord(before) && knownThing(before) && !ABSTRACT.test(before)) rest = [before];
    // "the service level" → "the service": when it is the main complaint, or the words around it judge it
    // (checked below); "the facility" alone only as the main complaint
    else if (before && (trustReading ? SAYABLE_WHEN_MAIN : SAYABLE).test(before)) rest = [before];
    else if ((trustReading ? SAYABLE_WHEN_MAIN : SAYABLE).test(head)) rest = [head];
    else return undefined;
  } else if (/^(staff|team|crew)$/i.test(head) && before && !oddWord(before) && knownThing(before) && !/^(job|work)$/i.test(before)) {
    // ("good job team" praises the team: no "job team")
    // people by where they work: "the front desk staff", "the housekeeping team"
    const first = rest[rest.length - 3];
    rest = first && !oddWord(first) && /^(front|room|guest|customer|kitchen|bar|spa|pool)$/i.test(first) ? [first, before, head] : [before, head];
  } else if (BYSTANDERS.test(head) && workplace) {
    // already "the reception staff"
  } else if (before && !oddWord(before) && partOfApp(before, head) && keepWhich) rest = [which!, before, head];
  else rest = before && (before === 'in-room' || (!oddWord(before) && (knownCompound(`${before} ${head}`) || partOfApp(before, head) || thingBeforeThing(before, head) || ((role || byJob) && BYSTANDERS.test(head))))) ? [before, head] : [head];
  // the main complaint was chosen by the learned reading (and a note takes its polarity from it): only words
  // judging it the other way overrule it; anything else must be judged that way by the words around it
  if (review && (trustReading ? clauseContradicts(aspect, review) : !clauseAgrees(aspect, review))) return undefined;
  return [det === 'a' || det === 'an' ? 'the' : det, ...rest].join(' ');
}

/** "room for improvement", "room to grow", "point of view": the words name no room and no view. */
/**
 * A word the tagger took for a noun that the review uses as a verb: after "don't" or "didn't" ("they don't skimp
 * on the brisket"), or in -ing with its object after it ("last month setting all this out"). Asked only of words
 * no list of ours knows.
 */
function usedAsVerb(aspect: ReviewAspect, review: string): boolean {
  const own = review.slice(aspect.start, aspect.end).toLowerCase().trim();
  if (!/\s/.test(own) && /\b(?:do|does|did|don['’]?t|doesn['’]?t|didn['’]?t|won['’]?t|can['’]?t|cannot)\s+$/i.test(review.slice(Math.max(0, aspect.start - 10), aspect.start))) return true;
  return /ing$/.test(own) && /^\s+(?:all|the|a|an|my|our|it|this|that|these|those|them|us|me|up|out)\b/i.test(review.slice(aspect.end, aspect.end + 8));
}

function inSetPhrase(aspect: ReviewAspect, review: string): boolean {
  const own = review.slice(aspect.start, aspect.end).toLowerCase();
  if (/\brooms?$/.test(own) && /^\s+(?:for\s+(?:improvements?|growth|error|doubt)|to\s+(?:improve|grow|spare))\b/i.test(review.slice(aspect.end, aspect.end + 30))) return true;
  // "stone cold", "a queue out the door": a measure said with a thing's word, no thing
  if (/^(?:the\s+)?stone$/i.test(own) && /^\s+cold\b/i.test(review.slice(aspect.end, aspect.end + 6))) return true;
  if (/\b(?:queues?|lines?|queued|waiting)\s+(?:\w+\s+){0,2}(?:out|outside|through|to)\s+the\s+doors?$/i.test(review.slice(Math.max(0, aspect.start - 40), aspect.end))) return true;
  // "at 8am on the dot", "on the spot", "at the end of the day": a time or a manner, no thing
  if (/\b(?:on|at|in)\s+the\s+(?:dot|spot|whole|end|moment|go|mend|house)$/i.test(review.slice(Math.max(0, aspect.start - 12), aspect.end)) && !/^\s+of\b/i.test(review.slice(aspect.end, aspect.end + 4))) return true;
  return /\bviews?$/.test(own) && /\bpoints?\s+of\s+$/i.test(review.slice(Math.max(0, aspect.start - 12), aspect.start));
}

interface Named {
  aspect: ReviewAspect;
  phrase: string;
  statement?: string;
  fault?: string;
  /** What went wrong with the app as a whole, where that is the fault: crash, slow, broken. */
  appFault?: string;
  /** What the reviewer found good about it, said back ("the beds were comfortable"). */
  praise?: string;
  /** The review says the business put it right at once. */
  putRight?: boolean;
  /** For people at fault: whether the review says how they treated the reviewer (rude, ignored, shouted). */
  conduct?: boolean;
}

/**
 * What to act on when the app as a whole is at fault: the fault said ("the crashes", "the slowness"), not
 * "what we did about the app".
 */
/** What the reply calls the app: "the browser" where the review says browser and never app. */
const appThingOf = (review: string) => (/\bbrowser\b/i.test(review) && !/\bapps?\b/i.test(review) ? 'the browser' : 'the app');

/** What the aspect's sentence says they could not do, where the aspect is part of it and the sentence states no other app fault. */
function cannotIn(a: ReviewAspect, review: string): CannotDo | undefined {
  const { from, to } = sentenceSpan(review, a.start, a.end);
  const sentence = review.slice(from, to);
  if (appFaultOf(sentence)) return undefined;
  const c = cannotDo(sentence, appThingOf(review));
  return c && from + c.start < a.start && a.end <= from + c.end ? c : undefined;
}

function faultOfWhole(n: Named): string | undefined {
  if (!n.statement || !/^the (app|browser)$/.test(n.phrase)) return undefined;
  if (/\bcrash/.test(n.statement)) return 'the crashes';
  if (/\bfr(?:ee|o)z/.test(n.statement)) return 'the freezing';
  if (/\b(?:slow|lag)/.test(n.statement)) return 'the slowness';
  if (/\b(?:not|n['’]t)\b(?:\s+\w+)?\s+(?:been\s+)?work/.test(n.statement)) return `${n.phrase} not working`;
  if (/draining your battery/.test(n.statement)) return 'the battery drain';
  if (/so much space/.test(n.statement)) return 'the space it takes up';
  if (/so much memory/.test(n.statement)) return 'the memory it uses';
  if (/logging you out|let you log in/.test(n.statement)) return 'the sign-in fault';
  if (/permissions that worried you/.test(n.statement)) return 'the permissions it asks for';
  // what it keeps them from doing, or an option it lacks: "what we did about the app" says nothing
  if (n.appFault === 'cannot') return 'this fault';
  if (n.appFault === 'missing') return 'your request';
  return undefined;
}

/** Phones and systems an app runs on, and browsers by their brand: where a fault happened, never the fault. */
const DEVICES: Record<string, string> = { android: 'Android', ios: 'iOS', iphone: 'your iPhone', ipad: 'your iPad', phone: 'your phone', smartphone: 'your phone', mobile: 'your phone', tablet: 'your tablet', pc: 'your PC', laptop: 'your laptop', desktop: 'your computer', computer: 'your computer', mac: 'your Mac', windows: 'Windows', linux: 'Linux', chromebook: 'your Chromebook', device: 'your device', samsung: 'your Samsung', pixel: 'your Pixel' };
const BRANDS = /^(firefox|chrome|safari|opera|edge|quantum|mozilla|google|product|information|thing|things|stuff)$/i;
/** What a phone holds or knows, said alone: the app's use of it is the fault ("wasted space", "gets my location"). */
const PHONE_HOLDS = /^(space|storage|memory|location)$/i;
/** In an app review: a thing that is no part of the app (a device, a brand, "the space" alone). */
function offApp(phrase: string): boolean {
  const words = phrase.toLowerCase().split(' ');
  const head = words[words.length - 1]!;
  const one = head.replace(/s$/, '');
  return !!DEVICES[head] || !!DEVICES[one] || BRANDS.test(head) || (words.length === 2 && PHONE_HOLDS.test(head));
}
/** " on Android", " on your phone": where the review says the fault happened, when it names the device after "on". */
function onDevice(phrase: string, review: string): string {
  const head = phrase.split(' ').pop()!.toLowerCase();
  const said = DEVICES[head];
  return said && new RegExp(`\\b(?:on|with)\\s+(?:my\\s+|an?\\s+|the\\s+)?${head}\\b`, 'i').test(review) ? ` on ${said}` : '';
}

/** A welcome back that says the visit went well: not after an apology. */
const SAYS_IT_WENT_WELL = /\bjust as good\b|\bkeeps? (?:the app |the browser )?working\b/i;

interface Plan {
  variant: ReplyVariant;
  liked: Named[];
  problems: Named[];
  /** Further things the review faulted: acknowledged in one sentence, not apologised for one by one. */
  alsoRaised?: Named[];
  /** Where nothing is apologised for: the fault a mostly happy review mentioned, taken as a note. */
  noted?: Named;
  name?: string;
  /** Without the extra promise to a reviewer we never answered: a shorter form that still names what they raised. */
  plain?: boolean;
  /** The suggestion thanked for without naming what it asks for: shorter, for a store's tight limit. */
  plainAsk?: boolean;
}

interface Built {
  /** Sentences of the body, grouped into paragraphs. */
  paragraphs: string[][];
  actions: ActionSlot[];
}

function ensureStop(s: string): string {
  const t = s.trim();
  return /[.!?…]$/u.test(t) ? t : `${t}.`;
}

function build(reading: ReviewReading, plan: Plan, ctx: BuildContext): Built {
  const { words, business, ownerAction } = ctx;
  const pick = ctx.pick.fresh();
  const short = plan.variant === 'short';
  const warm = plan.variant === 'warm';
  // (an answer they never had is no thing they told us about: "telling us about the answer" reads as nonsense)
  const raised = plan.problems.filter((p) => !WHOLE.has((p.phrase.match(/\p{L}+/gu) ?? []).pop()?.toLowerCase() ?? '') && !noAnswer(p));
  const slots: Record<string, string> = {
    N: plan.name ? `, ${plan.name},` : '',
    visit: words.visit,
    person: words.person,
    people: words.people,
    People: words.people.charAt(0).toUpperCase() + words.people.slice(1),
    reach: P.reachFor(business, ctx.platform),
    L: joinList(plan.liked.map((l) => l.phrase)),
    // "thank you for raising the app" names nothing: the business as a whole is left to the apology's statement
    P: joinList(raised.map((p) => p.phrase)),
  };
  const f = (t: string, extra: Record<string, string> = {}) => P.fill(t, { ...slots, ...extra });
  // "we hope the app keeps working" answers a review about the app's working, not one about a car or a person
  // they said they will not come back: no welcome back, a close that respects it
  const welcome = ctx.loss
    ? pick('loss-closing', P.LOSS_CLOSING)
    : ctx.stillHere
      ? pick('still-here', P.STILL_HERE_CLOSING)
    : ctx.noReturn
      ? f(pick('no-return', P.NO_RETURN_CLOSING))
      : pick('welcome', ctx.aboutSoftware ? words.welcome : words.welcome.filter((w) => !/\bworking\b/.test(w)));
  const sympathy = ctx.loss ? [pick('loss-sympathy', P.LOSS_SYMPATHY)] : [];
  // a mild mixed review (four stars or more, or one that recommends us) is not something to "put right", and
  // at four stars its fault gets the plain apology ("I am sorry about the pillows", not "…; you deserved better"),
  // unless it is how people treated them
  // …nor is a mixed review's fault made light of or only described ("a little slow", "the breakfast was average")
  const lesser = (n: Named | undefined) => !!n && (!!n.aspect.softened || (!!n.statement && (DESCRIBED.test(n.statement) || /did not suit you$/.test(n.statement))));
  const mild = reading.kind === 'mixed' && ((reading.rating ?? 0) >= 4 || ctx.recommends || lesser(plan.problems[0]));
  const slight = reading.kind === 'mixed' && (reading.rating ?? 0) >= 4 && !plan.problems.some((p) => categoryOf(p.phrase, reading.domain) === 'staff');
  // they say we never answered: they will hear back this time, not be sent back to the same silence
  const followUp = ctx.unanswered
    ? f(pick('follow-up', short ? P.FOLLOW_UP_UNANSWERED_SHORT : P.FOLLOW_UP_UNANSWERED))
    : f(pick('follow-up', short ? P.FOLLOW_UP_SHORT : mild ? P.FOLLOW_UP.filter((x) => !/\bright\b/.test(x)) : P.FOLLOW_UP));
  const noApology = reading.rating === 5;
  // a fault noted, not apologised for: where the review says it was put right at once, glad it was, and
  // thanks for their patience (not "we will act on it", which is done)
  const noteOf = (n: Named) => (n.putRight ? f(pick('noted', P.PUT_RIGHT), { X: n.phrase }) : f(pick('noted', P.NOTED), { X: n.phrase }));
  // a suggestion or request in the review is thanked for, never promised
  // …by what it asks for, where the reply can name it ("your suggestion about the exhaust fan")
  const suggestion = ctx.asks && !short ? [ctx.askedFor && !plan.plainAsk ? f(pick('suggestion', P.SUGGESTION_NAMED), { X: ctx.askedFor }) : f(pick('suggestion', P.SUGGESTION))] : [];
  const actions: ActionSlot[] = [];

  const apologyFor = (n: Named, i: number): string => {
    // people are not apologised "about": the apology is for how the reviewer was treated
    if (i === 0 && categoryOf(n.phrase, reading.domain) === 'staff' && !n.statement) {
      // by their role, as the business's own ("our front desk staff"); "how you were treated" only where the review
      // says how (rude, ignored, shouted): a driver who went to the wrong gate let them down, he did not mistreat them
      return f(pick('apology', n.conduct === false ? P.APOLOGY_STAFF_TROUBLE : P.APOLOGY_TREATED_BY), { Y: n.phrase.replace(/^the /, '') });
    }
    // the short reply keeps the apology to its point, so a tight limit drops words, not the thing named
    // a fault the reviewer made light of ("a little slow", "…, but fine for the kids") gets a plain apology in
    // proportion: not "you deserved better", "that is not good enough" or "spoiled your stay"
    // …nor does a thing described rather than failed ("the pool was small", "the room was old", "the drinks
    // were expensive"): no one's stay is spoiled by a small pool
    const plain = short || slight || !!n.aspect.softened || (!!n.statement && (DESCRIBED.test(n.statement) || /did not suit you$/.test(n.statement)));
    // a mixed review's fault did not spoil the visit it also praised: not said to
    const stated = reading.kind === 'mixed' ? P.APOLOGY_STATED.filter((t) => !/spoiled/.test(t)) : P.APOLOGY_STATED;
    const namedSorry = reading.kind === 'mixed' ? P.APOLOGY_NAMED.filter((t) => !/spoiled/.test(t)) : P.APOLOGY_NAMED;
    if (i === 0) return n.statement ? f(pick('apology', plain ? P.APOLOGY_STATED.slice(0, 1) : stated), { S: n.statement }) : f(pick('apology', plain ? P.APOLOGY_NAMED.slice(0, 1) : namedSorry), { X: n.phrase });
    return n.statement ? `I am also sorry ${n.statement}.` : `I am sorry about ${n.phrase} too.`;
  };
  // each problem the review raised gets its own apology (specific, one per problem), two at most;
  // a second one the thanks already named is not repeated
  const alsoSorry = (thanks: string): string[] => {
    const second = plan.problems[1];
    // only where the review says plainly what was wrong with it ("the breakfast was cold"): a second thing
    // merely near a complaint ("waited in the lobby") is not apologised for
    if (!second?.statement || thanks.includes(second.phrase) || categoryOf(second.phrase, reading.domain) === 'staff') return [];
    return [apologyFor(second, 1)];
  };
  // "thank you for telling us about your time with the app. I am sorry the app…": the apology's thing is the
  // visit's own, so the thanks that names the visit is left out
  const plainThanks = (list: readonly string[], first: Named | undefined): readonly string[] => {
    const thing = words.visit.match(/\bthe \p{L}+$/u)?.[0];
    const same = !!first && !!thing && (first.phrase === thing || !!first.statement?.includes(thing));
    const rest = same ? list.filter((t) => !t.includes('{visit}')) : list;
    return rest.length ? rest : list;
  };
  // the rest of what it faulted, not yet named by the thanks or an apology: heard, in one sentence
  const alsoRaised = (said: string[]): string[] => {
    const text = said.join(' ');
    // (nor one said by what went wrong: "I am also sorry there was no hot water" has heard the hot water)
    const rest = [...plan.problems.slice(1), ...(plan.alsoRaised ?? [])].filter((n) => !text.includes(n.phrase) && !(n.statement && text.includes(n.statement)) && !noAnswer(n)).slice(0, 2);
    if (!rest.length) return [];
    // people are spoken of, not made "points about": "what you said about the waiter"
    const people = rest.some((n) => categoryOf(n.phrase, reading.domain) === 'staff');
    return [f(people ? P.ALSO_RAISED[0] : pick('also-raised', P.ALSO_RAISED), { R: joinList(rest.map((n) => n.phrase)) })];
  };
  // a danger warned of: taken seriously in words, whatever the action chosen
  // the apology just before names the dangerous thing: the word on safety does not name it again
  const hazardSaid = () => f(pick('hazard', short ? P.HAZARD_SHORT : P.HAZARD_PLAIN));
  const actionPart = (problems: Named[]): string[] => {
    if (ownerAction?.trim()) return [ensureStop(ownerAction)];
    const out: string[] = [];
    const list = problems.length ? problems : [undefined];
    list.forEach((n, i) => {
      const placeholder = actionPlaceholder(n ? faultOfWhole(n) ?? n.phrase : '');
      // a trade whose review names the call-out it charged refunds that, not "what you paid"
      const { category, options } = actionOptions(n?.phrase ?? '', reading.domain, n?.fault, i === 0 && ctx.pests ? 'pest' : undefined, n?.appFault, n?.conduct, ctx.callOut ? 'the call-out charge' : undefined, ctx.refund, (!!n?.aspect.softened || (reading.rating ?? 0) >= 4) && !ctx.moneyDisputed, !!n?.statement && /^there (?:was|were|is|are) no\b/.test(n.statement));
      actions.push({ aspect: n?.phrase ?? '', placeholder, category, options });
      const lead = i === 0 ? pick('action-lead', P.ACTION_LEAD) : f(P.ACTION_LEAD_NEXT, { X: n!.phrase });
      out.push(`${lead} ${placeholder}.`);
    });
    return out;
  };

  if (reading.serious) {
    // serious harm: no aspect, no menu action, no cheer; a careful reply and a private channel
    const body = [f(pick('serious-open', P.SERIOUS_OPEN)), f(pick('serious-middle', P.SERIOUS_MIDDLE)), f(pick('serious-invite', P.SERIOUS_INVITE))];
    return { paragraphs: short ? [body] : [[body[0]!, body[1]!], [body[2]!]], actions };
  }

  // praise read from a review the reviewer rated low is a misreading: a general reply is the honest one
  const misread = reading.kind === 'praise' && reading.rating !== undefined && reading.rating <= 2;
  if ((reading.generic && reading.kind !== 'hostile') || misread) {
    const r = reading.rating;
    if (r !== undefined && r >= 4) return { paragraphs: [[f(pick('generic', P.GENERIC_GOOD)), welcome]], actions };
    // kind words under low stars ("Good", "Nice app", one star): the words are thanked for and the door left open,
    // never "so we can understand what happened" to someone who praised us
    if (r !== undefined && r <= 2 && reading.onlyPraise && (misread || reading.kind === 'praise')) return { paragraphs: [[f(pick('generic', P.GENERIC_KIND_WORDS)), f(pick('generic-ask', P.GENERIC_LOW_PRAISE_ASK))]], actions };
    const body = [f(pick('generic', P.GENERIC_OPEN))];
    // praise in the words under low stars: ask what fell short rather than apologise for what was praised
    if (r !== undefined && r <= 2 && !misread) body.push(f(pick('apology', P.APOLOGY_PLAIN)));
    // "your time with the app" said once: an apology that said it is not followed by an ask that says it again
    const asks = body.join(' ').includes(`your ${words.visit}`) ? P.GENERIC_ASK.filter((a) => !a.includes('{visit}')) : P.GENERIC_ASK;
    body.push(f(pick('generic-ask', asks)));
    return { paragraphs: [body], actions };
  }

  switch (reading.kind) {
    case 'praise': {
      // read as praise, yet nothing praised and something plainly faulted: answered as the mixed review it is
      if (!plan.liked.length && plan.problems.length && (reading.rating ?? 5) < 5) return build({ ...reading, kind: 'mixed' }, plan, ctx);
      // what the review itself gives to say back: what they found good, who they thanked, why they came, that they recommend us
      const echoed = short ? undefined : plan.liked.find((l) => l.praise && categoryOf(l.phrase, reading.domain) !== 'staff');
      // the thanks names the other things they liked; the echo says the one it names in their words
      const others = plan.liked.filter((l) => l !== echoed && l.phrase !== ctx.praisedStaff?.phrase).map((l) => l.phrase);
      // something they found wanting, even in praise: noted in their words, not apologised for
      const wanting0 = plan.problems[0] ?? (ctx.faultsRead ? plan.noted : undefined);
      // five stars: a fault in the opening sentence, said plainly (no "though", "only", "but"), is how the story began
      // ("had mice in the loft…", "I am a properly nervous patient…"), which the rest says was put right; an aside is
      // turned to ("only thing which is a bit annoying…") or comes later ("The wifi was weak in our room")
      const wanting = wanting0 && (reading.rating ?? 0) >= 5 && ctx.opensStory(wanting0.aspect) ? undefined : wanting0;
      // something was found wanting: thanks in a measured voice ("what a lovely review" would not fit beside a note of it)
      // …nor for four stars: the reviewer held one back, and may have said why in words the reading missed
      // …and three stars or fewer is no review of highlights: "the rooms stood out for you" overstates "decent rooms"
      const lukewarm = reading.rating !== undefined && reading.rating <= 3;
      const measured = (list: readonly string[]) => (ctx.faultsRead || wanting || (reading.rating !== undefined && reading.rating <= 4) ? list.filter((t) => !GUSHING.test(t) && !(lukewarm && /stood out/.test(t))) : list);
      const thanks = others.length ? f(pick('thanks', measured(P.PRAISE_THANKS)), { L: joinList(others) }) : f(pick('thanks', measured(P.PRAISE_THANKS_PLAIN)));
      // a death told of: thanks said gently, sympathy, the team told; no echo of what they "enjoyed", no welcome back
      if (ctx.loss) {
        const gently = f(pick('thanks', P.LOSS_THANKS));
        if (short) return { paragraphs: [[gently, ...sympathy]], actions };
        const told = ctx.praisedStaff ? f(pick('staff', P.PRAISE_STAFF), { X: ctx.praisedStaff.phrase, s: isPlural(ctx.praisedStaff.phrase) ? '' : 's' }) : f(pick('pass-on', P.PRAISE_PASS_ON.filter((t) => !/enjoyed|pleasure|so pleased|delighted/.test(t))));
        return { paragraphs: [[gently, ...sympathy], [told], [welcome]], actions };
      }
      if (short) return { paragraphs: [[thanks, welcome]], actions };
      const staff = ctx.praisedStaff;
      const opening = [thanks, ...(echoed ? [f(pick('echo', P.PRAISE_ECHO), { S: echoed.praise! })] : []), ...(ctx.occasion ? [f(pick('occasion', P.PRAISE_OCCASION), { O: ctx.occasion })] : [])];
      // "it means a lot to us … it means a great deal to everyone here": one "means" is enough
      const passOns0 = /\bmeans? a\b/.test(thanks) ? P.PRAISE_PASS_ON.filter((t) => !/\bmeans?\b/.test(t)) : P.PRAISE_PASS_ON;
      // something found wanting: "we are so glad you enjoyed your stay" would not sit beside the note of it
      // …nor "a pleasure to have you with us" to someone who ate at home (a takeaway, a parcel)
      const passOns = wanting ? passOns0.filter((t) => !/enjoyed|pleasure to have you/.test(t)) : words.visit === 'order' ? passOns0.filter((t) => !/have you with us/.test(t)) : passOns0;
      // people thanked by name: the thanks go to them, before any role or the staff as a whole
      const named = ctx.namedColleagues > 0 ? f(pick('named', ctx.namedColleagues > 1 ? P.PRAISE_NAMED_MANY : P.PRAISE_NAMED_ONE)) : undefined;
      const passOn = named ?? (staff ? f(pick('staff', P.PRAISE_STAFF), { X: staff.phrase, s: isPlural(staff.phrase) ? '' : 's' }) : f(pick('pass-on', passOns)));
      // found wanting but nothing nameable ("service was slow"): the points acknowledged, still no apology
      const noted = suggestion.length ? [] : wanting ? [noteOf(wanting)] : ctx.faultsRead ? [f(pick('noted', P.MIXED_GENERAL))] : [];
      const middle = [passOn, ...(ctx.returning ? [f(pick('returning', P.PRAISE_RETURNING))] : []), ...noted, ...suggestion, ...(ctx.recommends ? [f(pick('recommend', P.PRAISE_RECOMMEND))] : []), ...(warm ? [f(pick('warm', P.PRAISE_WARM))] : [])];
      return { paragraphs: [opening, middle, [welcome]], actions };
    }
    case 'hostile': {
      const known = plan.problems.find((p) => ctx.known(p.phrase));
      const open = pick('hostile-open', P.HOSTILE_OPEN);
      const middle = known && !short ? f(pick('hostile-middle', P.HOSTILE_MIDDLE_NAMED), { X: known.phrase }) : f(pick('hostile-middle', P.HOSTILE_MIDDLE));
      return { paragraphs: [[open, middle, f(pick('hostile-invite', P.HOSTILE_INVITE))]], actions };
    }
    case 'mixed': {
      // two things it faulted: both acknowledged in the thanks (the apology is for the main one)
      const both = raised.length >= 2 && !short;
      const thanks = plan.liked.length ? f(pick('thanks', both ? P.MIXED_THANKS_RAISED : P.MIXED_THANKS)) : f(pick('thanks', both ? P.COMPLAINT_THANKS : plainThanks(P.COMPLAINT_THANKS_PLAIN, plan.problems[0])));
      // nothing it faults can be named and the stars are high: answer the praise, as the reviewer mostly gave it
      if (!plan.problems.length && (reading.rating ?? 0) >= 4) return build({ ...reading, kind: 'praise' }, plan, ctx);
      // nothing it faults can be named: the points acknowledged (a suggestion says it for them), no vague apology
      if (!plan.problems.length) {
        const general = suggestion.length ? [] : plan.noted ? [noteOf(plan.noted)] : [f(pick('noted', P.MIXED_GENERAL))];
        return { paragraphs: short ? [[thanks, ...general, welcome]] : [[thanks], [...general, ...suggestion], [welcome]].filter((p) => p.length), actions };
      }
      if (noApology) {
        // the thanks may already have named it ("…grateful you told us about the coffee maker"): not noted twice
        const noted = thanks.includes(plan.problems[0]!.phrase) ? f(pick('noted', P.MIXED_GENERAL)) : f(pick('noted', P.NOTED), { X: plan.problems[0]!.phrase });
        return { paragraphs: short ? [[thanks, noted, welcome]] : [[thanks], [noted], [welcome]], actions };
      }
      // one apology, for the main complaint: a second reads as a list
      const sorry = plan.problems.slice(0, 1).map(apologyFor);
      // "That said," turns from praise: with nothing praised to turn from, the apology stands alone
      if (plan.liked.length) sorry[0] = `${pick('turn', P.MIXED_TURN)} ${sorry[0]!.charAt(0) === 'I' ? sorry[0] : sorry[0]!.charAt(0).toLowerCase() + sorry[0]!.slice(1)}`;
      if (ctx.hazard !== undefined) sorry.push(hazardSaid());
      // after an apology, no welcome that says it went well ("…your next stay just as good", "we hope the app keeps working")
      const welcomeBack = SAYS_IT_WENT_WELL.test(welcome) ? pick('welcome-after-sorry', words.welcome.filter((w) => !SAYS_IT_WENT_WELL.test(w))) : welcome;
      if (short) return { paragraphs: [[thanks, ...sympathy, ...sorry, welcomeBack]], actions };
      if (ctx.returning) sorry.push(f(pick('returning', P.SORRY_RETURNING)));
      sorry.push(...alsoSorry(thanks));
      sorry.push(...alsoRaised([thanks, ...sorry]));
      const act = actionPart(plan.problems.slice(0, 1));
      // people they thanked by name, even in a mixed review, hear of it
      const namedLine = ctx.namedColleagues ? [f(pick('named', ctx.namedColleagues > 1 ? P.PRAISE_NAMED_MANY : P.PRAISE_NAMED_ONE))] : [];
      // four stars or more and a fault they made light of ("small flies, not much of a problem"): no call to get in touch
      // (money to go through with them still needs a way to reach them)
      // …nor at three stars where every fault is made light of ("a little cramped, but fine for a night out and about")
      // …nor, at four stars or more, for any fault but money disputed, a danger, dirt or pests not made light of, or a
      // message we never answered: a guest who mostly enjoyed it is not asked to take a remark private
      const mainCategory = plan.problems[0] ? categoryOf(plan.problems[0].phrase, reading.domain, plan.problems[0].fault) : undefined;
      const hygiene = (mainCategory === 'clean' || mainCategory === 'pest') && !lesser(plan.problems[0]);
      const invite = ((slight && !ctx.moneyDisputed && ctx.hazard === undefined && !hygiene) || ((ctx.allSoft && (reading.rating ?? 0) >= 3) && lesser(plan.problems[0]) && categoryOf(plan.problems[0]!.phrase, reading.domain, plan.problems[0]!.fault) !== 'price')) && !ctx.unanswered ? [] : [followUp];
      return { paragraphs: [[thanks, ...namedLine, ...sympathy], [...sorry], act, [...suggestion, ...invite], [welcomeBack]].filter((p) => p.length), actions };
    }
    case 'complaint':
    default: {
      // only a request, nothing named that failed them, and the stars not low: thanked for, as a suggestion;
      // nothing nameable under four stars or more: "sorry we let you down" would not fit, the points are acknowledged
      if (!plan.problems.length && ((ctx.asks && (reading.rating ?? 3) >= 3) || (reading.rating ?? 0) >= 4)) return build({ ...reading, kind: 'mixed' }, plan, ctx);
      // what they liked is thanked for first, as the owner would; then the complaint in their terms
      const main = plan.problems[0];
      // the one thing raised is named by the apology that follows: "thank you for telling us about the room. I
      // am sorry about the room" says it twice, so the thanks is the plain one
      const namedInThanks = raised.length > 1 || (raised.length === 1 && (noApology || raised[0] !== main));
      // a complaint's thanks for what they liked is measured: "it is good to hear you liked…" is too bright beside it
      const thanks = plan.liked.length ? f(pick('thanks', P.MIXED_THANKS.filter((t) => !/good to hear/.test(t)))) : f(pick('thanks', namedInThanks ? P.COMPLAINT_THANKS : plainThanks(short ? P.COMPLAINT_THANKS_PLAIN.slice(1, 3) : P.COMPLAINT_THANKS_PLAIN, main)));
      // the thanks may already say "your stay": the plain apology then does not say it again
      const plain = thanks.includes(words.visit) ? P.APOLOGY_PLAIN.filter((a) => !a.includes('{visit}')) : P.APOLOGY_PLAIN;
      const sorry = noApology ? [] : [main ? apologyFor(main, 0) : f(pick('apology', plain)), ...(ctx.hazard !== undefined ? [hazardSaid()] : []), ...(!short && ctx.returning ? [f(pick('returning', P.SORRY_RETURNING))] : []), ...(short ? [] : alsoSorry(thanks))];
      if (!short && !noApology) sorry.push(...alsoRaised([thanks, ...sorry]));
      // a few words that say nothing of what went wrong ("Worst app", "Not happy at all"): there is nothing yet to
      // act on, so no step is promised; they are asked for more (where they faulted something, however unnameable,
      // "No text reflow!", they are not asked for what they said)
      if (!main && ctx.fewWords && !ctx.hazard && !(ctx.saysAFault && reading.aspects.some((a) => a.polarity === 'negative' && !WHOLE.has((a.text.toLowerCase().match(/\p{L}+/gu) ?? []).pop()?.replace(/s$/, '') ?? '')))) return { paragraphs: [[thanks, ...sorry, f(pick('generic-ask', P.ASK_WHAT_WENT_WRONG))]], actions };
      // one action, for the main complaint: a short, believable step reads better than a list
      const act = actionPart(plan.problems.slice(0, 1));
      if (short) return { paragraphs: [[thanks, ...sympathy, ...sorry, ...act, followUp]], actions };
      const paragraphs = [[thanks, ...sympathy], [...sorry, ...(warm ? [f(pick('warm', P.COMPLAINT_WARM))] : [])], act, [...suggestion, followUp]];
      paragraphs.push([ctx.noReturn || ctx.loss || ctx.stillHere ? welcome : f(pick('closing', warm ? P.COMPLAINT_CLOSING : P.COMPLAINT_CLOSING_SHORT))]);
      return { paragraphs: paragraphs.filter((p) => p.length), actions };
    }
  }
}

interface BuildContext {
  /** A trade's review that names the call-out it was charged. */
  callOut?: boolean;
  /** How many people on the staff the review thanks by name (none said back). */
  namedColleagues: number;
  /** Whether a refund is among the actions offered: the review speaks of money, or the complaint is grave. */
  refund: boolean;
  /** The review is a few words (six or fewer). */
  fewWords: boolean;
  /** The review's words say what was wrong or wanting: a denial, a wish, a fault word ("No text reflow!", "must be improved"). */
  saysAFault: boolean;
  /** A mixed review that makes light of every fault it raises: no call to get in touch over it. */
  allSoft: boolean;
  /** Money the review disputes: a billing fault or a charge. */
  moneyDisputed: boolean;
  /** Whether an aspect is in the review's opening sentence (of several), said plainly rather than turned to. */
  opensStory(a: ReviewAspect): boolean;
  /** The review tells of a death (a pet put to sleep, a funeral): sympathy, no cheer, no welcome back. */
  loss?: boolean;
  /** A danger the review warns of (no one hurt): the thing, where it can be named, or '' for "it". */
  hazard?: string;
  pick: ReturnType<typeof P.pickerFor>;
  words: P.DomainWords;
  business: BusinessProfile;
  ownerAction?: string;
  known(phrase: string): boolean;
  /** The review reports pests: the first action is pest control. */
  pests: boolean;
  /** The occasion the reviewer came for ("birthday"), and whether they recommend us: said back in praise. */
  occasion?: string;
  recommends: boolean;
  /** The people the reviewer praised, by role ("the front desk"), for passing their thanks on. */
  praisedStaff?: Named;
  /** The reviewer has come back before ("our third stay"). */
  returning: boolean;
  /** The reviewer says they will not come back. */
  noReturn?: boolean;
  /** A hotel guest writing while still staying: the close is about the rest of their stay. */
  stillHere?: boolean;
  /** The reviewer says we never answered them. */
  unanswered?: boolean;
  /** The review suggests or asks for something. */
  asks: boolean;
  /** The thing a request asks for, as the reply names it ("the exhaust fan"), where it can be named. */
  askedFor?: string;
  /** The reading found something wanting (below five stars, or weighed plainly where there are none). */
  faultsRead: boolean;
  /** The review speaks of how the app works (a fault such as crashing, or a screen, page or feature). */
  aboutSoftware: boolean;
  /** Where the reply goes ("googleplay"): some sites have no private messages to invite. */
  platform?: string;
}

function assemble(built: Built, variant: ReplyVariant, business: BusinessProfile): string {
  const signOff = signOffFor(business, variant === 'short');
  if (variant === 'short') return `${built.paragraphs.flat().join(' ')}\n${signOff}`;
  return `${built.paragraphs.map((p) => p.join(' ')).join('\n\n')}\n\n${signOff}`;
}

/** Room the owner's filled-in facts usually take beyond the placeholder labels. */
const FILL_ALLOWANCE = 60;

function safeReading(input: ComposeInput, domain: Domain | undefined): ReviewReading {
  if (input.reading) return domain ? { ...input.reading, domain } : input.reading;
  try {
    return readReviewForReply(input.review ?? {}, { platform: input.platform, domain });
  } catch {
    return { kind: 'complaint', aspects: [], domain: domain ?? 'general', generic: 'The review could not be read, so the reply stays general.' };
  }
}

/**
 * The reply for this review. Never throws: if reading the review's words fails in some way not foreseen,
 * the reply is the short, honest general one, and says why.
 */
export function composeReply(input: ComposeInput): ComposedReply {
  try {
    return composeFromReading(input);
  } catch {
    const rating = input.review?.rating;
    const reading: ReviewReading = {
      kind: rating !== undefined && rating >= 4 ? 'praise' : 'complaint',
      aspects: [],
      domain: domainOfBusiness(input.business.kind) ?? 'general',
      ...(rating !== undefined ? { rating } : {}),
      generic: 'The review could not be read, so the reply stays general.',
    };
    return composeFromReading({ ...input, reading, review: { ...input.review, text: '' }, flagged: undefined });
  }
}

function composeFromReading(input: ComposeInput): ComposedReply {
  // a business that says it is none of the listed kinds (a gym, a nursery, a driving school) is no app unless it
  // is answered on an app store: "your time with the app" to a driving pupil who mentions their phone
  const domainGiven = domainOfBusiness(input.business.kind) ?? (input.business.kind === 'other' && !STORES.has(input.platform ?? '') ? 'general' : undefined);
  const read = safeReading(input, domainGiven);
  const reviewText = typeof input.review?.text === 'string' ? input.review.text : '';
  // serious harm outweighs whatever else the review says, unless the review reads as praise and was not rated low
  const serious = !read.generic && reportsSeriousHarm(reviewText) && !(read.kind === 'praise' && (read.rating ?? input.review?.rating ?? 5) >= 4);
  // money wrongly taken is a complaint met, whatever else they liked: under four stars, praise with a billing
  // fault ("billed twice for the boots … the boots are fine") is answered as the mixed review it is
  const billingFault = billingFaultOf(reviewText);
  const billed = read.kind === 'praise' && (read.rating ?? input.review?.rating ?? 5) <= 3 ? billingFault : undefined;
  const moneyTaken = !!billed && !putRight({ text: billed.phrase, polarity: 'negative', weight: 1, start: billed.start, end: billed.end }, reviewText);
  // five stars with thanks or praise in it is not a complaint: a story of a problem they solved ("three years of
  // stains … gone", "sorted an emergency supply on a Sunday … thank you") is praise; five stars on words all of
  // fault ("filthy, stained, rude") is the complaint the words say
  // …and so is five stars "mixed" only by the problem its opening sentence told plainly ("the bike's hanger snapped
  // on the morning of the sportive" … "they had me back on the road in an hour")
  const opensWith = (a: ReviewAspect | undefined) => {
    if (!a || !reviewText) return false;
    const { from, to } = sentenceSpan(reviewText, a.start, a.end);
    return from <= reviewText.search(/\S/) && to < reviewText.trimEnd().length - 1 && !TURN.test(reviewText.slice(from, to));
  };
  const fiveStarComplaint = (read.kind === 'complaint' || (read.kind === 'mixed' && opensWith(read.mainComplaint) && read.aspects.filter((a) => a.polarity === 'negative').every((a) => sentenceSpan(reviewText, a.start, a.end).from === sentenceSpan(reviewText, read.mainComplaint!.start, read.mainComplaint!.end).from))) && (read.rating ?? input.review?.rating) === 5 && (read.aspects.some((a) => a.polarity === 'positive') || /\b(?:thank(?:s| you)?|recommend\w*|brilliant|amazing|magic|(?:can(?:no|')t|couldn't|could not) fault|book(?:ing)? (?:them |it |you )?again|use (?:them|you) again|will be back)\b/i.test(reviewText));
  // praise read under one or two stars where the review says what went wrong with the app ("takes forever to open
  // any page"): the complaint it is, not a general reply that asks what happened
  const appComplaint = read.kind === 'praise' && read.domain === 'app' && (read.rating ?? input.review?.rating ?? 5) <= 2 && !!reviewText && !!appFaultOf(reviewText);
  const reading: ReviewReading = serious ? { ...read, serious: true, kind: read.kind === 'hostile' ? 'hostile' : 'complaint' } : moneyTaken ? { ...read, kind: 'mixed' } : fiveStarComplaint ? { ...read, kind: 'praise' } : appComplaint ? { ...read, kind: 'complaint' } : read;
  const rating = reading.rating ?? input.review?.rating;
  const readingWithRating: ReviewReading = rating !== undefined && reading.rating === undefined ? { ...reading, rating } : reading;
  const firstName = reading.firstName ?? firstNameOf(input.review?.author);
  const pick = P.pickerFor(reviewText || `${reading.kind}:${rating ?? ''}`);
  const domainWords = P.domainWordsFor(reading.domain, reviewText, input.platform);
  // a review of a browser that never calls it an app is answered about the browser ("your time with the browser")
  // what an app review calls the thing it is about: "the browser" when it never says "app"
  const appThing = appThingOf(reviewText);
  const browser = reading.domain === 'app' && appThing === 'the browser';
  const asBrowser = (t: string) => t.replace(/\bthe app\b/g, 'the browser');
  const words = browser ? { ...domainWords, visit: asBrowser(domainWords.visit), welcome: domainWords.welcome.map(asBrowser) } : domainWords;

  // praise's main complaint is the thing it found most wanting: named first as a note, never trusted or
  // apologised for as a complaint's would be
  const mainFault = reading.kind === 'praise' ? undefined : reading.mainComplaint;
  const praiseNote = reading.kind === 'praise' ? reading.mainComplaint : undefined;

  // a review in capitals throughout has no acronyms to keep ("STAFF" is shouting, "ATM" is a name)
  const letters = reviewText.match(/\p{L}/gu) ?? [];
  const shouting = letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length > letters.length / 2;
  // a hotel's restaurant or cafe: the reader learned it as the business as a whole, so its fault is named only
  // where the words around it find one ("the restaurant was closed"), never on the reading's word alone
  // (a ring a guest mislaid in the restaurant)
  const facility = (a: ReviewAspect) => reading.domain === 'hotel' && HOTEL_FACILITY.test((a.text.match(/\p{L}+/gu) ?? []).pop()?.replace(/s$/i, '') ?? '');
  // the business's own name is the business as a whole ("the firefox" for Firefox for Android, "the marriott"):
  // never a thing in it to name
  const ownName = new Set((input.business.name.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !OWN_NAME_GENERIC.test(w)));
  const named = (a: ReviewAspect, minWeight?: number, trustReading?: boolean, asMain = false): Named | undefined => {
    // praise's main complaint, taken as a note, may be a noun the lexicon lacks ("the shuttle", "the fires")
    // where the words around it plainly find fault, as a complaint's main one may on the reading's word
    const noteOnWords = trustReading === true && a === praiseNote && !!reviewText && clauseAgrees(a, reviewText);
    const found = nameable(a, reviewText, asMain || a === mainFault || noteOnWords, minWeight, (trustReading || a === mainFault) && !facility(a));
    if (!found) return undefined;
    // "the restaurant service" said as "the restaurant": a facility too, so named where the words around it find fault
    const facilityNamed = facility(a) || (reading.domain === 'hotel' && HOTEL_FACILITY.test(found.split(' ').pop()!.replace(/s$/i, '')));
    if (facilityNamed && !facility(a) && a.polarity === 'negative' && reviewText && !clauseAgrees(a, reviewText)) return undefined;
    if (ownName.has(found.split(' ').pop()!.replace(/s$/, ''))) return undefined;
    const written = sayAs(reviewText && !shouting ? withAcronyms(found, reviewText.slice(a.start, a.end)) : found);
    // "the apps" for the one app the review is about: said in the singular
    const phrase = WHOLE.has(written.split(' ').pop()!.replace(/s$/, '')) ? written.replace(/s$/, '') : written;
    // in an app review, the phone or system it ran on ("sucks on android"), the app by its brand, or a thing no
    // app has ("the space", "the location") is where or what, not the fault: the app's fault where the review
    // says one ("the browser has been so slow on Android"), else nothing is named
    if (reviewText && reading.domain === 'app' && a.polarity === 'negative' && offApp(phrase)) {
      const fault = appFaultOf(reviewText, appThing);
      if (!fault) return undefined;
      return { aspect: a, phrase: appThing, statement: `${fault.statement}${onDevice(phrase, reviewText)}`, appFault: fault.fault };
    }
    let statement = reviewText ? statementOf(a, phrase, reviewText, reading.domain === 'app') : undefined;
    // "far from the centre", "2 km from the station": the landmark measures the location, it is no fault of its own
    if (reviewText && a.polarity === 'negative' && /\b(?:far|distance|away|kms?|miles?|minutes?|mins?|walk)\s+(?:away\s+)?(?:from|to)\s+(?:the\s+|a\s+)?$/i.test(reviewText.slice(Math.max(0, a.start - 30), a.start))) return undefined;
    // a location cannot be put right: it did not suit them, said plainly
    if (!statement && a.polarity === 'negative' && LOCATION.test(phrase)) statement = `${phrase} did not suit you`;
    let appAtPlace: string | undefined;
    let appFaultKind: string | undefined;
    let wish: 'removed' | 'wanted' | undefined;
    let cannot: CannotDo | undefined;
    // an app's update or version is not the fault but when it began: "the app has been crashing since the update"
    // ("the balance doesn't update" is a verb: no release of ours is meant)
    if (reviewText && reading.domain === 'app' && /^the update$/.test(phrase) && /(?:\b(?:does|do|did|wo|would|will|ca|can|could)(?:n['’]?t|\s+not)|\b(?:doesnt|dont|didnt|cant|wont|never))\s+$/i.test(reviewText.slice(Math.max(0, a.start - 12), a.start))) return undefined;
    // "Update 6.22.18:", "EDIT:" opening a sentence is the reviewer's own later word, not a release of ours
    if (reviewText && /^the (?:update|edit)$/.test(phrase) && /(?:^|[.!?\n]\s*)$/.test(reviewText.slice(Math.max(0, a.start - 3), a.start)) && /^\s*(?:[:\-–]|\(?\d{1,4}[./-]\d{1,2})/.test(reviewText.slice(a.end, a.end + 12))) return undefined;
    if (!statement && reviewText && reading.domain === 'app' && a.polarity === 'negative' && /^(updates?|version|upgrade)$/.test(phrase.split(' ').pop()!)) {
      const fault = appFaultOf(reviewText, appThing);
      // "since the version" is not English: a version is the latest one
      if (fault) statement = `${fault.statement} ${/version$/.test(phrase) ? 'in the latest version' : `since ${phrase.replace(/s$/, '')}`}`;
      // no fault said, only the release: what it did to them, not "sorry about the latest update"
      else statement = `${/^the (updates?|version|upgrade)$/.test(phrase) ? `the latest ${phrase.slice(4).replace(/s$/, '')}` : phrase} has caused you trouble`;
    } else if (!statement && reviewText && reading.domain === 'app' && a.polarity === 'negative' && /^(?:permissions?|access)$/.test(phrase.split(' ').pop()!) && appFaultOf(reviewText, appThing, ['permissions'])) {
      // "the permission", "the access": what the app asked to reach, said as that
      const fault = appFaultOf(reviewText, appThing, ['permissions'])!;
      statement = fault.statement;
      appAtPlace = appThing;
      appFaultKind = fault.fault;
    } else if (!statement && reviewText && reading.domain === 'app' && a.polarity === 'negative' && /^(?:batter(?:y|ies)|space|storage|memory|ram|size)$/.test(phrase.split(' ').pop()!)) {
      // "the battery", "the space": what the app takes from the phone, said as the fault where the review says it
      const fault = appFaultOf(reviewText, appThing, /^batter/.test(phrase.split(' ').pop()!) ? ['battery'] : ['size']);
      if (fault) {
        statement = fault.statement;
        appAtPlace = appThing;
        appFaultKind = fault.fault;
      }
    } else if ((!statement || /^there (?:is|are|was|were) no\b/.test(statement)) && reviewText && reading.domain === 'app' && a.polarity === 'negative' && !WHOLE.has(phrase.split(' ').pop()!) && /^(?:software|quality)$/.test(categoryOf(phrase, 'app')) && (wish = featureWish(reviewText, a.start, a.end))) {
      // ("there is no night mode feature" in an app is a feature they want, not a thing that failed)
      // a part they miss or want, not one that broke: said as that, with actions on the request
      statement = wish === 'removed' ? `${phrase} ${isPlural(phrase) ? 'are' : 'is'} no longer there for you` : `${appThing} does not have ${phrase} you asked for yet`;
      appFaultKind = wish;
    } else if (!statement && reviewText && reading.domain === 'app' && a.polarity === 'negative' && (cannot = cannotIn(a, reviewText))) {
      // the thing is only what they could not do with it ("I can't paste a link into the search box"): what they
      // could not do is said, and acted on as the app's fault or the option it lacks, not as the search box
      statement = cannot.statement;
      appAtPlace = appThing;
      appFaultKind = cannot.fault; // 'missing' (a request) or 'cannot' (a report)
    } else if (!statement && reviewText && reading.domain === 'app' && a.polarity === 'negative' && categoryOf(phrase, 'app') === 'software') {
      // a screen or page the app froze or crashed on: the fault is the app's, said where it happened
      // ("it hangs on the sign-in screen" → "the app has been freezing on the sign-in screen")
      const sentence = sentenceSpan(reviewText, a.start, a.end);
      const thing = appThing;
      // the sentence's crash or slowness, wherever it says it ("I cannot use it since it freezes at the splash screen")
      let fault = appFaultOf(reviewText.slice(sentence.from, sentence.to), thing);
      for (let from = sentence.from; fault && fault.fault !== 'crash' && fault.fault !== 'slow'; ) {
        from += fault.end;
        fault = appFaultOf(reviewText.slice(from, sentence.to), thing);
      }
      const where = /\b(?:at|on|in|when (?:opening|loading))\s+(?:the|my|a)\s+$/i.exec(reviewText.slice(sentence.from, a.start));
      // the place in the reviewer's own plain words ("the sign-in screen") where they are plain, else as named
      const own = reviewText.slice(a.start, a.end);
      const place = /^\p{Ll}+(?: \p{Ll}+){0,2}$/u.test(own) && own.endsWith(phrase.split(' ').pop()!) ? own : phrase.replace(/^the /, '');
      if (fault?.fault === 'crash') {
        statement = `${fault.statement}${where ? ` ${where[0].trim().replace(/\b(my|a)$/i, 'the')} ${place}` : ''}`;
        // the app is what failed, the screen only where: thanked for and acted on as the app, never "raising the screen"
        if (where) {
          appAtPlace = thing;
          appFaultKind = fault.fault;
        }
      } else if (fault?.fault === 'slow') {
        // "takes forever for a page to load": the app is slow, not the page at fault ("…so slow to load pages")
        const head = phrase.split(' ').pop()!;
        const loading = /\bload(?:s|ed|ing)?\b/i.test(reviewText.slice(sentence.from, sentence.to)) && /^(?:web)?(?:pages?|sites?|tabs?|videos?|images?|pictures?|photos?|files?|maps?)$/.test(head);
        // …and slow scrolling is the app slow to scroll
        statement = loading ? `${fault.statement} to load ${head.endsWith('s') ? head : `${head}s`}` : /^scroll(?:ing)?$/.test(head) ? `${fault.statement} to scroll` : fault.statement;
        appAtPlace = thing;
        // acted on as the app's slowness (an update that speeds it up), not as a fault in general
        appFaultKind = fault.fault;
      }
    }
    // "I am sorry about the hotel" names nothing: the business as a whole only with what was wrong with it
    // ("I am sorry the app keeps crashing"); "the apps" is the app too
    const last = (phrase.match(/\p{L}+/gu) ?? []).pop()?.toLowerCase() ?? '';
    // (a hotel's restaurant or cafe is one of its facilities, not the hotel)
    const whole = (w: string) => WHOLE.has(w) && !(facilityNamed && HOTEL_FACILITY.test(w));
    // …and not where the reviewer made light of it ("a slightly tired hotel, though…")
    // …nor as "only average": an owner does not say that of their own place (it may say the hotel felt dated)
    if (a.polarity === 'negative' && (whole(last) || whole(last.replace(/s$/, ''))) && (!statement || a.softened || /\b(?:average|ordinary|mediocre)$/.test(statement))) return undefined;
    // "I am sorry about the version" says nothing: an app's version or update the review faults is the latest one
    const said = reading.domain === 'app' && a.polarity === 'negative' && /^the (updates?|version|upgrade)$/.test(phrase) ? `the latest ${phrase.slice(4).replace(/s$/, '')}` : phrase;
    return {
      aspect: a,
      phrase: appAtPlace ?? said,
      statement,
      ...(appFaultKind ? { appFault: appFaultKind } : {}),
      fault: reviewText ? faultNear(a, reviewText) : undefined,
      praise: reviewText ? praiseStatementOf(a, phrase, reviewText) : undefined,
      ...(reviewText && a.polarity === 'negative' && putRight(a, reviewText) ? { putRight: true } : {}),
      ...(reviewText && a.polarity === 'negative' && categoryOf(phrase, reading.domain) === 'staff' ? { conduct: conductIn(reviewText) } : {}),
    };
  };
  // one thing named once: "the room" and "the rooms" are the same thing
  const thing = (phrase: string) => phrase.toLowerCase().replace(/^(the|your) /, '').replace(/(?<=\p{L}{3})s$/u, '');
  // within one list "the staff" and "the team" are the same people, said once ("you liked the staff and the
  // team"); across lists they may not be (the staff praised, the manager's team faulted)
  const people = (phrase: string) => thing(phrase).replace(/^(team|crew|employee|personnel)$/, 'staff');
  // …and a bare word is the same thing as a longer name ending in it: "the bed mattress" and "the mattresses"
  const oneOf = (w: string) => w.replace(/(ss|sh|ch|x)es$/, '$1').replace(/ies$/, 'y').replace(/(?<=\p{L}{3}[^s])s$/u, '');
  const sameThing = (a: string, b: string) => {
    if (people(a) === people(b)) return true;
    const words = (x: string) => x.toLowerCase().replace(/^(the|your) /, '').split(' ');
    const wa = words(a), wb = words(b);
    return (wa.length === 1 || wb.length === 1) && oneOf(wa[wa.length - 1]!) === oneOf(wb[wb.length - 1]!);
  };
  const distinct = (list: Named[]) => list.filter((n, i) => list.findIndex((m) => sameThing(m.phrase, n.phrase)) === i);
  const positives = reading.aspects.filter((a) => a.polarity === 'positive');
  const negatives = reading.aspects.filter((a) => a.polarity === 'negative');
  // the main complaint first, then the rest in the order the reviewer raised them
  const main = reading.mainComplaint ?? negatives[0];
  const ordered = main ? [main, ...negatives.filter((a) => a !== main && !(a.start === main.start && a.end === main.end))] : negatives;
  // an apology for "the stay" or "the experience" is a non-apology (GUIDANCE.md point 3): name the failing thing or nothing
  // ("no way to control it" names no way)
  const GENERAL = /\b(stay|experience|visit|trip|holiday)\b|\b(time|day|night|evening|way)$/i;
  const faultsNamed = (minWeight?: number) => distinct(ordered.map((a) => named(a, minWeight)).filter((n): n is Named => !!n && !GENERAL.test(n.phrase)));
  const problemsAll = faultsNamed();
  // a thing the review both praises and faults is named in neither (thanks and an apology for the same thing read as nonsense)
  // the thing a request asks for is not something they liked ("would be nice to add a dark mode")
  // nor is praise the reviewer only reports others making ("reception insisted every mattress was new")
  const likedAll = distinct(positives.filter((a) => !reviewText || (!inRequest(a, reviewText) && !reportedPraise(a, reviewText))).map((a) => named(a)).filter((n): n is Named => !!n));
  // judged both ways anywhere in the review (however lightly): "good food … simple food for the kids never came"
  const headOf = (text: string) => (text.toLowerCase().match(/\p{L}+/gu) ?? []).pop()?.replace(/s$/, '') ?? '';
  const judged = (polarity: Polarity) => new Set(reading.aspects.filter((a) => a.polarity === polarity).map((a) => headOf(a.text)));
  const praisedHeads = judged('positive');
  const faultedHeads = judged('negative');
  const liked = likedAll.filter((l) => !problemsAll.some((p) => p.phrase === l.phrase) && !faultedHeads.has(headOf(l.phrase)));
  // pests are the complaint wherever they were found: "the bed" is not what to apologise for
  const pestsSeen = pestMentions(reviewText, reading.domain);
  // what a request asks for, in its own words where they are plain ("the exhaust fan", "the dark mode"): the
  // words before a nameable thing say which one is wanted
  const askedPhrase = (a: ReviewAspect): string | undefined => {
    const n = named(a, 0, true);
    // "your suggestion about the feature" says nothing the plain thanks does not
    if (!n || /^the (?:features?|options?|functions?|functionality|settings?|things?|stuff|items?|choices?|services?|facilit(?:y|ies)|app|hotel|place)$/.test(n.phrase)) return undefined;
    const full = replyPhrase(a.text) ?? '';
    const words = full.split(' ');
    const plain = words.length <= 4 && words.slice(1).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && opinionOf(w) === 0) && full.endsWith(n.phrase.split(' ').pop()!);
    return plain ? full : n.phrase;
  };
  const pests = pestsSeen.length > 0;
  // …but only the thing they were found in: a fault in another sentence ("the staff were rude") is still heard
  const pestSentences = pestsSeen.map((p) => sentenceSpan(reviewText, p.start, p.end));
  const withPests = (a: ReviewAspect) => pestSentences.some((s) => a.start < s.to && a.end > s.from);
  // the main complaint stands even where the thing was praised elsewhere ("lovely room … the room wasn't ready")
  // …unless the praise of it weighs more than the fault ("as for the location, it is central … location is great")
  const praisedWeight = (head: string) => Math.max(0, ...reading.aspects.filter((a) => a.polarity === 'positive' && headOf(a.text) === head).map((a) => a.weight));
  const bothWays = (p: Named) =>
    (p.aspect !== mainFault || praisedWeight(headOf(p.phrase)) > p.aspect.weight) && (likedAll.some((l) => l.phrase === p.phrase) || praisedHeads.has(headOf(p.phrase)));
  // the thing a request asks for has not failed them: it is thanked for as a suggestion, not apologised for
  const complaintsOf = (list: Named[]) => (serious ? [] : list.filter((p) => !bothWays(p) && !(reviewText && askedFor(p.aspect, reviewText)) && (!withPests(p.aspect) || categoryOf(p.phrase, reading.domain) === 'pest')));
  const problems = complaintsOf(problemsAll);
  // the pests themselves are apologised for first, in the reviewer's word, however lightly the reading weighed them
  if (pests && !serious && !problems.some((p) => categoryOf(p.phrase, reading.domain) === 'pest')) {
    const seen = pestsSeen[0]!;
    const phrase = `the ${seen.word.toLowerCase().replace(/^bedbugs?$/, 'bed bugs')}`;
    problems.unshift({ aspect: { text: phrase, polarity: 'negative', weight: 1, start: seen.start, end: seen.end }, phrase });
  } else if (pests) {
    const first = problems.findIndex((p) => categoryOf(p.phrase, reading.domain) === 'pest');
    if (first > 0) problems.unshift(...problems.splice(first, 1));
  }
  // what an app asked to reach on their phone (contacts, location, call logs) is a worry about their privacy: it
  // leads, whatever else followed from it ("since I installed it I get spam calls")
  const asked = !serious && reviewText && reading.domain === 'app' && (reading.kind === 'complaint' || reading.kind === 'mixed') ? appFaultOf(reviewText, appThing, ['permissions']) : undefined;
  // (where the review says it worries them: "why does it need…", "fishy", "my privacy"; a prompt that only annoys
  // them is heard where nothing else is)
  const worried = !!asked && /\bwhy\b[^.?!]{0,40}\b(?:need|want|ask|require)|privacy|\bspy|fishy|suspicious|creepy|\bmy\s+data\b|personal\s+data/i.test(reviewText);
  if (asked && (worried || (!problems.length && appFaultOf(reviewText, appThing)?.fault === 'permissions')) && !problems.some((p) => p.appFault === 'permissions')) {
    problems.unshift({ aspect: { text: appThing, polarity: 'negative', weight: 1, start: asked.start, end: asked.end }, phrase: appThing, statement: asked.statement, appFault: asked.fault });
  }
  // a danger the review warns of ("the steep stairs are dangerous with luggage"): the thing is apologised for
  // first, whatever else the reading weighed more, and the reply says it takes safety seriously
  const hazardAt = !serious && reviewText && (reading.kind === 'complaint' || reading.kind === 'mixed') ? hazardOf(reviewText) : undefined;
  let hazard: string | undefined;
  if (hazardAt) {
    const sentence = sentenceSpan(reviewText, hazardAt.start, hazardAt.end);
    // the thing the sentence calls dangerous: the nearest one named before the word, else the first after it
    const inSentence = [...reading.aspects, ...(reading.likelyFaults ?? [])].filter((a) => a.start >= sentence.from && a.end <= sentence.to).sort((x, y) => x.start - y.start);
    const before = inSentence.filter((a) => a.end <= hazardAt.start).reverse();
    const after = inSentence.filter((a) => a.start >= hazardAt.end);
    // what they had with them or nearly hit ("with a stroller", "crashed into a car", "hit by a bus") is not the danger
    const aside = (a: ReviewAspect) => /\b(?:with|into|onto|to|by|near|against)\s+(?:(?:a|an|the|my|our|his|her|their|another|other)\s+)?$/i.test(reviewText.slice(sentence.from, a.start));
    const danger = [...before, ...after]
      .filter((a) => !aside(a))
      // the thing the sentence says it of, before the word, has been found at fault: named as a main complaint would
      // be ("the throttle"); a person is not a dangerous thing ("the driver nearly hit a motorbike" is not apologised
      // for as how they treated you)
      .map((a) => named({ ...a, polarity: 'negative', weight: Math.max(a.weight, NAME_WEIGHT) }, undefined, true, a.end <= hazardAt.start))
      .find((n): n is Named => !!n && !GENERAL.test(n.phrase) && categoryOf(n.phrase, reading.domain) !== 'staff');
    hazard = danger?.phrase ?? '';
    if (danger) {
      const at = problems.findIndex((p) => thing(p.phrase) === thing(danger.phrase));
      if (at >= 0) problems.splice(at, 1);
      problems.unshift({ ...danger, statement: undefined });
    }
  }
  // further faults, acknowledged after the main apology only: lighter ones, and those the reading was less
  // sure of where the words around them plainly find fault
  const likely = (reading.likelyFaults ?? []).map((a) => named(a, 0)).filter((n): n is Named => !!n && !GENERAL.test(n.phrase));
  // nothing apologised for (a mostly happy review that mentions a fault in passing: "portions were small"):
  // the heaviest fault taken as a note in the reviewer's word, rather than "the points you raised". A note
  // is no apology, so it may rest on the reading's polarity where the small lexicon is silent, from the
  // weight a further fault is heard at
  const noted = distinct(complaintsOf([...negatives].sort((a, b) => b.weight - a.weight).map((a) => named(a, FURTHER_NAME_WEIGHT, true)).filter((n): n is Named => !!n && !GENERAL.test(n.phrase))))
    .find((n) => !liked.some((l) => thing(l.phrase) === thing(n.phrase)) && !(reviewText && inRequest(n.aspect, reviewText)));
  const further = distinct(complaintsOf([...faultsNamed(FURTHER_NAME_WEIGHT), ...likely])).filter((f) => !problems.some((p) => thing(p.phrase) === thing(f.phrase)) && !liked.some((l) => thing(l.phrase) === thing(f.phrase)));
  // a sum the review holds against us ("charged me $42"), unless a charge or price is already named: with
  // nothing else to name, a charge made is apologised for; otherwise it is heard with the further faults
  if (!serious && reviewText && (reading.kind === 'complaint' || reading.kind === 'mixed')) {
    const money = /\b(charges?|fees?|prices?|costs?|rates?|bills?|deposits?|surcharges?|refunds?)\b/i;
    const said = [...problems, ...further];
    // a billing fault said in the same sentence as the sum ("charged twice for the same order, £64.99 taken…") is
    // said as what happened, below: the sum alone would be "the charge of £64.99"
    const billedAs = billingFault;
    const inBillingSentence = (c: { start: number }) => !!billedAs && /^the charge of /.test(billedAs.phrase) && sentenceSpan(reviewText, billedAs.start, billedAs.end).from === sentenceSpan(reviewText, c.start, c.start + 1).from;
    // "the price" or "the charge" named with no sum, where the review disputes a sum charged ("tried to charge me £285
    // for a scuff"): named by the sum, so the refund offered is that sum
    const charged = chargeOf(reviewText);
    const bare = charged?.kind === 'charge' ? said.find((n) => /^the (?:price|prices|charge|charges|fee|fees|bill)$/.test(n.phrase) && !n.statement) : undefined;
    if (bare && charged) bare.phrase = charged.phrase;
    const candidateSum = said.some((n) => money.test(n.phrase) || chargesOf(reviewText).some((c) => n.aspect.start < c.end && n.aspect.end > c.start)) ? undefined : charged;
    const sum = candidateSum && !inBillingSentence(candidateSum) ? candidateSum : undefined;
    if (sum) {
      // a bill above the quote ("quoted £80 … a bill for £265") is said as that, and leads: it is what they dispute
      const over = overQuote(reviewText);
      const aboveQuote = !!over && over.start === sum.start;
      const n: Named = { aspect: { text: sum.phrase, polarity: 'negative', weight: 1, start: sum.start, end: sum.end }, phrase: sum.phrase, ...(aboveQuote ? { statement: 'the bill came to more than you were quoted' } : {}) };
      // a charge made leads where nothing else is named, or where the review opens with it ("charged me 45 dollar
      // cleaning fee for sand … never even near a beach"); a price met on the way (a bottle of water at RS 75) does not
      const opens = sentenceSpan(reviewText, sum.start, sum.end).from <= reviewText.search(/\S/);
      if (sum.kind === 'charge' && (!problems.length || aboveQuote || (opens && sum.start < problems[0]!.aspect.start)) && !hazard) problems.unshift(n);
      else if (sum.kind === 'charge' && !problems.length) problems.unshift(n);
      else further.unshift(n);
    }
    // the billing itself at fault with no sum said ("charged me twice", "still waiting for my refund"): said as what
    // happened, first where it is all the review names, else heard with the further faults
    const found = sum ? undefined : billedAs;
    // …unless the business put it right at once ("double-charged me but they resolved it right away")
    const billing = found && !putRight({ text: found.phrase, polarity: 'negative', weight: 1, start: found.start, end: found.end }, reviewText) ? found : undefined;
    // the reading named it already ("sorry about the refund"): it is said as what happened
    // …and what was charged for, named inside the charge ("charged me for a minibar I did not use"), is the charge
    const same = billing && [...problems, ...further].findIndex((n) => !n.statement && (thing(n.phrase) === thing(billing.phrase) || (n.aspect.start < billing.end && billing.start < n.aspect.end)));
    if (billing && same !== undefined && same >= 0) {
      const at = same < problems.length ? problems : further;
      const k = same < problems.length ? same : same - problems.length;
      at[k] = { ...at[k]!, phrase: billing.phrase, ...(billing.statement ? { statement: billing.statement } : {}) };
      // said before the main complaint, the money leads (see below)
      if (problems.length && at[k] !== problems[0] && billing.start < problems[0]!.aspect.start && !hazard) problems.unshift(...at.splice(k, 1));
    } else if (billing && !said.some((n) => (billing.phrase === 'the refund' ? /\brefunds?\b/i : /\b(charges?|fees?|prices?|costs?|rates?|bills?|surcharges?|fines?|penalt(?:y|ies))\b/i).test(n.phrase))) {
      const n: Named = { aspect: { text: billing.phrase, polarity: 'negative', weight: 1, start: billing.start, end: billing.end }, phrase: billing.phrase, ...(billing.statement ? { statement: billing.statement } : {}) };
      // said before the main complaint, the money leads (reviewers lead with what hurt most): "cancellation fee
      // charged even though the driver never moved … the dispute button just loops"
      if (!problems.length || (billing.start < problems[0]!.aspect.start && !hazard)) problems.unshift(n);
      else further.unshift(n);
    }
  }
  // an app review that says its fault only as a verb ("crashes every day", "too slow"): the apology says so
  if (!problems.length && !serious && reviewText && reading.domain === 'app' && (reading.kind === 'complaint' || reading.kind === 'mixed')) {
    const thing = appThing;
    // …or says only what it keeps them from doing ("no option to upload photos", "I can't copy and paste text")
    const fault = appFaultOf(reviewText, thing) ?? cannotDo(reviewText, thing);
    if (fault) problems.push({ aspect: { text: thing, polarity: 'negative', weight: 1, start: fault.start, end: fault.end }, phrase: thing, statement: fault.statement, appFault: fault.fault });
  }

  // a mixed review that makes light of every fault it raises ("a little cramped but fine for one night", "slightly pricey")
  const allSoft = reading.kind === 'mixed' && negatives.length > 0 && negatives.every((a) => a.softened);
  const valuePraised = reading.aspects.some((a) => a.polarity === 'positive' && /\b(?:value|price|prices|pricing|money|deal|rate|rates|cost|costs|tariff)$/i.test(a.text));
  const ctx: BuildContext = {
    pick,
    platform: input.platform,
    words,
    business: input.business,
    ownerAction: input.ownerAction,
    known: (p) => knownThing(p),
    pests,
    hazard,
    occasion: reviewText ? occasionOf(reviewText) : undefined,
    recommends: !!reviewText && recommendsUs(reviewText),
    returning: !!reviewText && returningReviewer(reviewText),
    noReturn: !!reviewText && saysNoReturn(reviewText),
    stillHere: reading.domain === 'hotel' && !!reviewText && stillStaying(reviewText),
    unanswered: !!reviewText && saysUnanswered(reviewText),
    loss: !!reviewText && toldOfLoss(reviewText),
    namedColleagues: reviewText ? namedColleagues(reviewText, ownName) : 0,
    callOut: reading.domain === 'trade' && /\bcall[- ]?outs?\b/i.test(reviewText),
    // a refund answers money disputed, a grave complaint (one or two stars; unrated, a complaint read as one), a
    // shop's faulty goods, or money spoken of in a review under four stars; not a free app's missing feature,
    // a four-star review's average lunch nor the "good value" of a happy one
    refund:
      reading.domain === 'retail' ||
      !!billingFault ||
      chargesOf(reviewText).some((c) => c.kind === 'charge') ||
      (reading.domain !== 'app' && (rating !== undefined ? rating <= 2 : reading.kind === 'complaint' || reading.kind === 'hostile')) ||
      // (…and not where the review praises the value: "worth what we paid, the rooms a bit small")
      ((rating === undefined || rating <= 3) && reading.kind !== 'praise' && !valuePraised && (reading.domain === 'app' ? paidForApp(reviewText) : mentionsMoney(reviewText))),
    allSoft,
    saysAFault: /\b(?:no|not|never|can['’]?t|cannot|won['’]?t|doesn['’]?t|don['’]?t|must|should|needs?|improve\w*|fix\w*|add|missing|broken|bug\w*|slow\w*|crash\w*|lag\w*|freez\w*|error\w*)\b/i.test(reviewText),
    fewWords: (reviewText.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).length <= 6,
    moneyDisputed: !!billingFault || chargesOf(reviewText).some((c) => c.kind === 'charge'),
    opensStory: opensWith,
    asks: !!reviewText && asksForSomething(reviewText),
    askedFor: reviewText ? reading.aspects.filter((a) => askedFor(a, reviewText)).map(askedPhrase).find((x) => !!x) : undefined,
    faultsRead: negatives.length > 0 && (rating === undefined ? negatives.some((a) => a.weight >= 0.5) : rating <= 4),
    aboutSoftware: reading.domain !== 'app' || (!!reviewText && !!appFaultOf(reviewText)) || reading.aspects.some((a) => categoryOf(a.text, 'app') === 'software'),
    // a role, not "the staff" as a whole (that is the general pass-on)
    praisedStaff: liked.find((l) => categoryOf(l.phrase, reading.domain) === 'staff' && !/^the (staff|team|service|attitude)$/.test(l.phrase)),
  };
  // the platform's own limit when the caller knows none (the CLI, a box that reports no maxlength)
  const given = input.limit ?? (input.platform ? PLATFORM_LIMITS[input.platform]?.limit : undefined);
  const limit = input.variant === 'short' ? Math.min(SHORT_LIMIT, given ?? SHORT_LIMIT) : given;
  const fits = (text: string) => limit === undefined || measureLength(text, input.platform).used + FILL_ALLOWANCE <= limit;

  // Shorter wording until it fits: fewer named things, then the short variant still naming them (what the
  // review raised matters more than the longer form), then nothing named, then no name.
  const attempts: Plan[] = [];
  const variants = [input.variant, ...(input.variant === 'short' ? [] : ['short' as const])];
  // a praising review is answered on what it praised: up to three things, as the owners who reply best do
  // a complaint or mixed review is answered on what it faulted: the main one apologised for, a second where
  // it says plainly what was wrong, up to two more acknowledged as heard
  const plan = (variant: ReplyVariant, n: number): Plan => ({
    variant,
    // never thanks for what the apology is about ("liked the browser until the update … it crashes")
    liked: serious ? [] : heaviest(liked.filter((l) => !problems.some((p) => thing(p.phrase) === thing(l.phrase))), n),
    problems: problems.slice(0, Math.min(n, variant === 'short' ? 1 : 2)),
    alsoRaised: n === 3 && variant !== 'short' && problems.length ? [...problems.slice(2), ...further] : [],
    noted: n > 0 && !serious ? noted : undefined,
    name: firstName,
  });
  for (const variant of variants) {
    for (const n of [3, 2, 1]) attempts.push(plan(variant, n));
    // too long with the suggestion named: thanked for as a suggestion, before anything else is dropped
    if (ctx.askedFor) for (const n of [3, 2, 1]) attempts.push({ ...plan(variant, n), plainAsk: true });
  }
  // still too long (a store's tight limit): the thanks for what they liked goes before the complaint does
  for (const variant of variants) attempts.push({ ...plan(variant, 1), liked: [] });
  // …and the promise that they will hear back this time goes before what they raised does
  if (ctx.unanswered) for (const variant of variants) attempts.push({ ...plan(variant, 1), liked: [], plain: true });
  for (const variant of variants) attempts.push(plan(variant, 0), { variant, liked: [], problems: [], name: undefined });
  let text = '';
  let built: Built = { paragraphs: [], actions: [] };
  let chosen = attempts[attempts.length - 1]!;
  // the reviewer's own sentence in an apology (or praise said back) can read wrongly out of context: then the plain one
  const plainer = (plan: Plan): Plan => ({ ...plan, problems: plan.problems.map((p) => ({ ...p, statement: undefined })), liked: plan.liked.map((l) => ({ ...l, praise: undefined })) });
  const tries = input.flagged ? attempts.flatMap((plan) => [plan, plainer(plan)]) : attempts;
  for (const plan of tries) {
    built = build(readingWithRating, plan, plan.plain ? { ...ctx, unanswered: false } : ctx);
    text = assemble(built, plan.variant, input.business);
    chosen = plan;
    if (fits(text) && !input.flagged?.(text)) break;
  }
  const topics = [...chosen.liked, ...chosen.problems].map((n) => n.phrase).filter((t) => text.includes(t));
  return {
    text,
    variant: chosen.variant,
    placeholders: findPlaceholders(text),
    topics,
    ...(chosen.name ? { firstName: chosen.name } : {}),
    kind: readingWithRating.kind,
    ...(readingWithRating.generic ? { generic: readingWithRating.generic } : {}),
    reading: readingWithRating,
    actions: built.actions,
  };
}
/** Exposed for the panel's hint: "Missing: …" for each unfilled placeholder. */
export function describePlaceholders(text: string): string[] {
  return findPlaceholders(text).map((p) => sentenceCase(p.label));
}
