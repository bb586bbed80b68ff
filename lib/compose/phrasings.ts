/**
 * The words a suggested reply is built from: several phrasings for each part (opening thanks,
 * acknowledgement, apology, action lead-in, follow-up, closing), each a frame with slots for what the
 * review itself said and the domain's words. Which phrasing a reply uses is picked from a hash of the
 * review text, so the same review always gets the same reply and different reviews read differently.
 */
import type { Domain } from './reading-types';
import type { BusinessProfile } from '../settings/schema';

/** FNV-1a, 32 bits: small, fast, and stable across runtimes (the CLI and the panel must agree). */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Words too common to make a repeat noticeable ("thank you", "to the"). */
const PLAIN = new Set('a an and are as at be by for from i in is it me my of on or our so that the this to us we was were will with you your thank thanks'.split(' '));

/**
 * What a reader would notice said twice in one reply: a phrasing's two-word runs ("so glad", "kind words",
 * "means a") and its longer words of substance ("words", "delighted").
 */
export function markedPairs(text: string): string[] {
  // the domain's own words are the same each time they are filled in ("your {visit}" is "your stay" twice)
  // ("Thank you, too, for…" twice in a row is a stock opening said twice, however short its words)
  const words = text.replace(/\bthank you,? too\b/gi, 'thank you too').replace(/\{(visit|person|people)\}/gi, '$1').replace(/\{[^}]*\}|[.,;:!?]/g, ' | ').toLowerCase().match(/[\p{L}']+|\|/gu) ?? [];
  const pairs: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i]!, words[i + 1]!];
    if (a === '|' || b === '|' || (PLAIN.has(a) && PLAIN.has(b))) continue;
    // ("so pleased… so glad…" is the same stock phrase twice: after "so", the words of delight count as one)
    pairs.push(a === 'so' && DELIGHT.test(b) ? 'so glad' : `${a} ${b}`);
  }
  // a longer word of substance said twice reads as a stock phrase too ("your kind words… Your words will mean")
  for (const w of words) if (w.length >= 5 && !FUNCTION_WORDS.has(w) && !/^(visit|person|people)$/.test(w)) pairs.push(w);
  return pairs;
}

const DELIGHT = /^(?:glad|pleased|happy|delighted|thrilled)$/;

/** Longer words that carry no noticeable meaning of their own. */
const FUNCTION_WORDS = new Set('about above after again along always another their there these those which while would could should shall being every other until where whose thank thanks'.split(' '));

export interface Picker {
  <T>(part: string, options: readonly T[]): T;
  /** The same review's picker with nothing used yet: one per reply built (each length or wording tried starts afresh). */
  fresh(): Picker;
}

/**
 * A picker for one review: each part draws on its own hash, so parts vary independently; a phrasing that
 * would repeat a noticeable run of words an earlier part already used ("We are so glad… We are so glad…")
 * gives way to the next one that does not.
 */
export function pickerFor(reviewText: string): Picker {
  const seed = reviewText.trim().replace(/\s+/g, ' ');
  const used = new Set<string>();
  const pick = <T>(part: string, options: readonly T[]): T => {
    const start = hashText(`${part}\u0000${seed}`) % options.length;
    let chosen = options[start]!;
    if (typeof chosen !== 'string') return chosen;
    for (let k = 0; k < options.length; k++) {
      const option = options[(start + k) % options.length]!;
      if (typeof option === 'string' && !markedPairs(option).some((p) => used.has(p))) {
        chosen = option;
        break;
      }
    }
    for (const p of markedPairs(chosen as string)) used.add(p);
    return chosen;
  };
  return Object.assign(pick, { fresh: () => pickerFor(reviewText) });
}

/** The words each kind of business uses for the person, what they came for, and coming back. */
export interface DomainWords {
  person: string;
  people: string;
  /** What the reviewer had with us, after "your": "stay", "meal", "order", "visit". */
  visit: string;
  /** What a refund covers when nothing more specific is known. */
  paid: string;
  welcome: readonly string[];
}

export const DOMAIN_WORDS: Record<Domain, DomainWords> = {
  hotel: {
    person: 'guest',
    people: 'guests',
    visit: 'stay',
    paid: 'the night',
    welcome: [
      'We look forward to welcoming you back for another stay.',
      'We would love to host you again on your next trip.',
      'We hope to see you again soon, and to make your next stay just as good.',
      'Do come back and stay with us again.',
    ],
  },
  restaurant: {
    person: 'diner',
    people: 'diners',
    visit: 'meal',
    paid: 'the meal',
    welcome: [
      'We look forward to cooking for you again.',
      'We hope to see you back at the table soon.',
      'Do come back and eat with us again.',
      'We would love to welcome you back for another meal.',
    ],
  },
  retail: {
    person: 'customer',
    people: 'customers',
    visit: 'order',
    paid: 'the order',
    welcome: [
      'We look forward to your next order.',
      'We hope to serve you again soon.',
      'Do come back and see what is new.',
      'We would be glad to help with your next order.',
    ],
  },
  trade: {
    person: 'customer',
    people: 'customers',
    // not "your job": "tell us about your job" reads as the customer's own work
    visit: 'experience',
    // not every trade charges a call-out: what they paid
    paid: 'what you paid',
    welcome: [
      'If you need us again, we would be glad to help.',
      'We hope to work for you again.',
      'Do keep our number for the next job.',
      'We would be glad to help with your next job.',
    ],
  },
  health: {
    person: 'patient',
    people: 'patients',
    visit: 'visit',
    paid: 'the appointment fee',
    welcome: [
      'We look forward to seeing you at your next appointment.',
      'We hope to look after you again.',
      'The whole team looks forward to seeing you next time.',
      'We will be glad to see you at your next visit.',
    ],
  },
  app: {
    person: 'user',
    people: 'users',
    visit: 'time with the app',
    paid: 'what you were charged',
    welcome: [
      'We hope the app keeps working well for you.',
      'Thank you for using the app.',
      'We are glad to have you with us.',
      'We hope to keep the app working well for you.',
    ],
  },
  general: {
    person: 'customer',
    people: 'customers',
    visit: 'visit',
    paid: 'what you paid',
    welcome: [
      'We hope to see you again soon.',
      'We look forward to your next visit.',
      'Do come back and see us again.',
      'We would love to welcome you back.',
    ],
  },
};

/** Words that say the reviewer stayed the night, not only came by. */
const STAYED = /\b(rooms?|stay(?:ed|ing|s)?|nights?|overnight|check(?:ed)?[- ]?(?:in|out)|beds?|suites?|slept|sleep|accommodation|bathrooms?|showers?|housekeeping|balcony|minibar|cabins?|apartments?|villas?|cottages?|tents?|caravans?|campsites?|breakfasts?)\b/i;

/**
 * The domain's words for this review. A hotel reviewed with no word of a night there ("Amazing Sunday brunch",
 * "We held our conference here", "the spa's massage") is not welcomed back "for another stay": the visit is
 * said as a visit, which fits a guest who stayed as well as one who came to eat.
 */
/** A shop's review that tells of an order sent (not a visit to the shop): "your order" fits it. */
const ORDERED = /\b(?:order(?:ed|s)?|deliver(?:y|ed)|arriv(?:ed|es)|ship(?:ped|ping)|dispatch(?:ed)?|parcel|package|packag(?:ing|ed)|postage|posted|courier|tracking|online|website)\b/i;
const ONLINE_STORES = new Set(['etsy', 'amazon']);
const TAKEAWAY = /\b(?:take[- ]?aways?|take[- ]?out|deliver(?:y|ed|oo)|uber ?eats|just ?eat|door ?dash|grub ?hub|(?:for|on|click and) (?:collection|pick[- ]?up)|(?:collected|picked up) (?:our|my|the) (?:order|food))\b/i;

export function domainWordsFor(domain: Domain, review: string, platform?: string): DomainWords {
  const words = DOMAIN_WORDS[domain] ?? DOMAIN_WORDS.general;
  // a shop visited in person (a bike shop, a pet shop on Google) is not thanked for "your order"
  if (domain === 'retail' && review.trim() && !ONLINE_STORES.has(platform ?? '') && !ORDERED.test(review)) return { ...DOMAIN_WORDS.general, person: words.person, people: words.people, paid: 'what you paid' };
  // a takeaway or a delivery is an order, not a meal had with us
  if (domain === 'restaurant' && TAKEAWAY.test(review)) return { ...words, visit: 'order', welcome: ['We look forward to your next order.', 'We hope to cook for you again soon.', 'We would be glad to make your next order.'] };
  if (domain !== 'hotel' || !review.trim() || STAYED.test(review)) return words;
  return { ...DOMAIN_WORDS.general, person: words.person, people: words.people };
}

/*
 * Slots: {N} ", Anna" or nothing; {L} what they liked; {P} what went wrong; {X} one problem;
 * {S} the problem as a statement ("the shower ran cold"); {visit}, {person}, {people} the domain's
 * words; {reach} how to reach us privately ("email me at …"). Every phrasing is checked by the
 * analysis for flags in test/unit/compose-kind.test.ts.
 */

/** Praise: thanks that name what they liked. */
export const PRAISE_THANKS = [
  'Thank you{N} for such a kind review, and for your lovely words about {L}.',
  'Thank you{N}! It is wonderful to read how much you liked {L}.',
  'Thank you for your review{N}, and especially for what you said about {L}.',
  'Thank you for taking the time to write{N}. We are delighted that {L} stood out for you.',
  'What a lovely review to read{N}: thank you for your kind words about {L}.',
  'Thank you{N} for telling us about your {visit}; we are so pleased you liked {L}.',
] as const;

/** Praise that names nothing in particular. */
export const PRAISE_THANKS_PLAIN = [
  'Thank you{N} for such a kind review.',
  'Thank you{N}! Reviews like yours make our day.',
  'Thank you for taking the time to write{N}; it means a lot to us.',
  'What a lovely review to read{N}: thank you.',
  'Thank you for your review{N}, and for taking the time to write it.',
] as const;

/** The review tells of a death (a pet put to sleep, a funeral): thanks said gently, no cheer, no welcome back. */
export const LOSS_THANKS = [
  'Thank you{N} for taking the time to write to us at such a hard time.',
  'Thank you{N} for your kind words; we know how hard a time this has been for you.',
  'Thank you{N} for writing to us, at what we know has been a very difficult time.',
] as const;
/** A sympathy that is no apology: said once, after the thanks. */
export const LOSS_SYMPATHY = [
  'Please accept our deepest sympathy for your loss.',
  'All of us here send our sympathy for your loss.',
] as const;
/** The close for a review that tells of a death, in place of a welcome back. */
export const LOSS_CLOSING = [
  'We are thinking of you.',
  'Our thoughts are with you and your family.',
] as const;

/** Praise: passing it on (standard and warm). */
export const PRAISE_PASS_ON = [
  'Your words will mean a lot to the whole team.',
  'I will make sure the team reads this.',
  'It means a great deal to everyone here.',
  'The team will be so pleased to hear it.',
  'We are so glad you enjoyed your {visit}, and I will share your kind words with the team.',
  'It was a pleasure to have you with us, and the team will be delighted to read this.',
] as const;

/** Praise: the warm variant's extra line. */
export const PRAISE_WARM = [
  '{People} like you are the reason we love what we do.',
  'It is a joy to know your {visit} went so well.',
  'Knowing we got it right for you makes all the hard work worthwhile.',
] as const;

/** Praise: what they found good, said back ({S}: "the beds were comfortable"). */
export const PRAISE_ECHO = [
  'We are so glad {S}.',
  'It is good to hear {S}.',
  'We are delighted {S}.',
  'It means a lot to hear {S}.',
] as const;

/** Praise: thanks passed to the people they praised ({X}: "the front desk team"). */
export const PRAISE_STAFF = [
  'I will pass your thanks on to {X}.',
  'I will make sure {X} hear{s} your kind words.',
  'Your kind words will go straight to {X}.',
] as const;

/** Praise that thanks people on the staff by name: passed on to them, no name said back (a name is personal). */
export const PRAISE_NAMED_ONE = [
  'I will pass your thanks on to the colleague you named.',
  'I will make sure the colleague you named hears your kind words.',
  'Your kind words will go straight to the colleague you named.',
] as const;
export const PRAISE_NAMED_MANY = [
  'I will pass your thanks on to each of the colleagues you named.',
  'I will make sure the colleagues you named hear your kind words.',
  'Your kind words will go straight to the colleagues you named.',
] as const;

/** Praise: the occasion they came for ({O}: "birthday", "Christmas"). */
export const PRAISE_OCCASION = [
  'We are so glad we could be part of your {O}.',
  'It was a pleasure to share your {O} with you.',
  'Thank you for choosing us for your {O}.',
] as const;

/** Praise: they recommend us. */
/** For a reviewer who has come back before ("our third stay"): thanked for it in praise… */
export const PRAISE_RETURNING = [
  'Thank you, too, for coming back to us.',
  'It is always good to see a familiar face.',
  'Thank you for coming back to us time after time.',
] as const;
/** …and an apology to them carries more weight. */
export const SORRY_RETURNING = [
  'You have been with us before, which makes this all the more disappointing to read.',
  'That you have been with us before makes this matter all the more to me.',
] as const;

export const PRAISE_RECOMMEND = [
  'Thank you, too, for recommending us.',
  'And thank you for the recommendation; it means a great deal.',
  'Thank you as well for recommending us to others.',
] as const;

/**
 * Mixed, when nothing it faults can be named: no apology for an unknown fault (a vague one rings hollow),
 * but the points they raised acknowledged, and where they went.
 */
export const MIXED_GENERAL = [
  'Thank you, too, for the points you raised; I have shared them with the team.',
  'Your comments on what could be better have gone to the team.',
  'I have shared what you said could be better with the team.',
] as const;

/** A suggestion or request in the review: acknowledged, not promised. */
export const SUGGESTION = [
  'Thank you for the suggestion, too; I have passed it to the team to look at.',
  'Your suggestion has gone to the team, and we will give it careful thought.',
  'Thank you for the idea; it is with the team now.',
] as const;

/** The suggestion, by what it asks for ({X}: "the exhaust fan"). */
export const SUGGESTION_NAMED = [
  'Thank you for your suggestion about {X}, too; I have passed it to the team to look at.',
  'Your suggestion about {X} has gone to the team, and we will give it careful thought.',
  'Thank you for the idea about {X}; it is with the team now.',
] as const;

/** Mixed: thanks for the praise, before the apology. */
export const MIXED_THANKS = [
  'Thank you{N} for your review, and for the kind words about {L}.',
  'Thank you{N}; it is good to hear you liked {L}.',
  'Thank you for your honest review{N}, and for the good words about {L}.',
  'Thank you{N} for taking the time to write, and for what you said about {L}.',
] as const;

/** Mixed, naming what they liked and the two things they faulted. */
export const MIXED_THANKS_RAISED = [
  'Thank you{N} for the kind words about {L}, and for telling us about {P}.',
  'Thank you{N}; it is good to hear you liked {L}, and I am grateful you told us about {P}.',
  'Thank you for your honest review{N}: for the good words about {L}, and for being clear about {P}.',
] as const;

/** Mixed: the turn from praise to the problem. */
export const MIXED_TURN = ['That said,', 'At the same time,'] as const;

/** Complaint: acknowledgement in their terms. */
export const COMPLAINT_THANKS = [
  'Thank you{N} for telling us about {P}.',
  'Thank you{N} for letting us know about {P}.',
  'Thank you{N} for raising {P} with us.',
  'Thank you for your honest review{N}, and for being clear about {P}.',
  'Thank you{N} for taking the time to write to us about {P}.',
  'Thank you{N} for your review, and for telling us honestly about {P}.',
] as const;

/** Complaint with nothing named: acknowledgement of their visit. */
export const COMPLAINT_THANKS_PLAIN = [
  'Thank you{N} for telling us about your {visit}.',
  'Thank you{N} for taking the time to write to us.',
  'Thank you for your honest review{N}.',
  'Thank you{N} for taking the time to tell us about your {visit}.',
] as const;

/** A specific apology when the review says what was wrong with it: "I'm sorry the shower ran cold." */
export const APOLOGY_STATED = [
  'I am sorry {S}.',
  'I am sorry that {S}; that is not good enough.',
  'I am truly sorry {S}.',
  'I am sorry {S}, and I understand why that spoiled your {visit}.',
] as const;

/** A specific apology naming the problem as the reviewer did. */
export const APOLOGY_NAMED = [
  'I am sorry about {X}.',
  'I am sorry we let you down with {X}.',
  'I am sorry about {X}; you deserved better.',
] as const;

/** An apology for how the reviewer was treated (a complaint about people, who are never apologised "about"), naming who by their role as the business's own ({Y}: "front desk staff", "waiter"). */
export const APOLOGY_TREATED_BY = [
  'I am sorry for how you were treated by our {Y}; you deserved better.',
  'I am sorry our {Y} did not treat you with the care and courtesy you should have had.',
  'I am sorry you did not get the welcome you should have had from our {Y}.',
] as const;

/** Staff at fault with no word on how they treated the reviewer ("the driver went to the wrong gate"). */
export const APOLOGY_STAFF_TROUBLE = ['I am sorry for the trouble you had with our {Y}.', 'I am sorry our {Y} let you down.'] as const;

/** An apology with nothing named (a low-rated review we could not read in detail). */
export const APOLOGY_PLAIN = ['I am sorry your {visit} fell short.', 'I am sorry we let you down.', 'I am sorry we did not get it right for you this time.'] as const;

/** Action lead-ins: they read with "we have…" and "we will…" alike. */
export const ACTION_LEAD = ['Having read your review, we', 'After reading your review, we', 'Following your review, we', 'Since reading your review, we'] as const;
/** Lead-in for a second action (its placeholder names the thing). */
export const ACTION_LEAD_NEXT = 'For {X}, we';

/** Follow-up: how to reach us privately ({reach} is a verb phrase: "email me at …"). */
export const FOLLOW_UP = [
  'Please {reach} so we can talk it over.',
  'If you are willing, {reach} and I will take it from there.',
  'I would welcome the chance to put this right with you directly: please {reach}.',
  'Please {reach}; I would like to hear more from you and make it right.',
] as const;
export const FOLLOW_UP_SHORT = ['Please {reach}.', 'Do {reach}.'] as const;
/** Follow-up for a reviewer who says we never answered them: this time they will hear back. */
export const FOLLOW_UP_UNANSWERED = ['Please {reach}, and I will make sure you hear back this time.', 'Please {reach}; I will see to your message myself this time.'] as const;
export const FOLLOW_UP_UNANSWERED_SHORT = ['Please {reach}; I will see to it myself.'] as const;

/** Complaint, warm: understanding before the action. */
export const COMPLAINT_WARM = [
  'I can understand how disappointing that must have been, and your feedback matters to all of us here.',
  'You came to us expecting better, and you were right to.',
  'Every {person} deserves better than that, and I take it seriously.',
] as const;

/** Complaint, standard: a brief, sincere close that hopes to see them again. */
export const COMPLAINT_CLOSING_SHORT = [
  'We hope to welcome you back and give you the {visit} you should have had.',
  'Thank you again for telling us; we hope you will give us another chance.',
  'We would love the chance to show you a better {visit}.',
  'I hope we can welcome you back soon.',
] as const;

/** The reviewer said they will not come back: a close that respects it, with no welcome back. */
/** Close for a guest still staying: the rest of their stay, not a welcome back. */
export const STILL_HERE_CLOSING = [
  'For the rest of your stay, the front desk is there for anything you need.',
  'If anything else is not as it should be before you leave, please tell the front desk and we will see to it.',
] as const;

export const NO_RETURN_CLOSING = [
  'I understand if you choose elsewhere next time, and I am grateful you told us why.',
  'Thank you again for telling us; if you ever give us another try, I would like us to get it right for you.',
  'Thank you again for telling us how it was; it will help every {person} who comes after you.',
] as const;

/** Serious harm reported: thanks, that it is taken seriously, and a private channel (no aspect, no menu action). */
export const SERIOUS_OPEN = [
  'Thank you{N} for telling us about this.',
  'Thank you{N} for letting us know what happened.',
  'Thank you{N} for raising this with us.',
] as const;
export const SERIOUS_MIDDLE = [
  'What you describe is serious, and I am very sorry you went through it.',
  'I am very sorry. What you describe is serious, and we are treating it that way.',
  'I am truly sorry; this is a serious matter, and we take it seriously.',
] as const;
export const SERIOUS_INVITE = [
  'I want to look into it properly, so please {reach} and I will be in touch personally.',
  'So that it can be looked into properly and in confidence, please {reach}.',
  'Please {reach} so we can look into this properly with you, in private.',
] as const;

/** A danger the review warns of, no one hurt: taken seriously, after the apology. */
export const HAZARD_PLAIN = [
  'Your safety matters more to us than anything, and I am grateful you told us.',
  'Nothing matters more to us than your safety, so thank you for telling us.',
  'Safety comes before anything else for us, and I am glad you told us.',
] as const;
/** The same in a reply kept short (a store's tight limit): the thing at fault stays named. */
export const HAZARD_SHORT = ['Your safety comes first for us.'] as const;

/** Complaint, warm: the close before the sign-off. */
export const COMPLAINT_CLOSING = [
  'Thank you again for your patience. We would love the chance to show you a better {visit}.',
  'Thank you again for telling us; we hope you will give us another chance.',
  'Thank you again for your patience, and for giving us the chance to make this right.',
] as const;

/** A fault the business put right at once: thanks for their patience, no promise to act on what is done. */
export const PUT_RIGHT = [
  'Thank you for your patience with {X}; I am glad the team put it right so quickly.',
  'I am glad the team sorted out {X} quickly, and thank you for your patience.',
] as const;

/** 5★ with a small complaint: the complaint taken on board without an apology. */
export const NOTED = [
  'Thank you too for the note about {X}; we will act on it.',
  'Your point about {X} is a fair one, and we will act on it.',
  'We will take your note about {X} to the team.',
] as const;

/**
 * Complaint or mixed: the rest of what the review faulted, beyond the one or two apologised for, is
 * acknowledged in one sentence ("shows the concern was heard, in their terms"), not with an apology each.
 */
export const ALSO_RAISED = [
  // the first is said of people too
  'I have also noted what you said about {R}.',
  'I have also noted your points about {R}.',
  'I have taken note of your points about {R} as well.',
] as const;

/** Hostile: calm, brief, factual, for the next reader; no apology, no argument. */
export const HOSTILE_OPEN = [
  'Thank you for your review.',
  'Thank you for taking the time to leave a review.',
  'Thank you for letting us know how you feel.',
] as const;
export const HOSTILE_MIDDLE_NAMED = [
  'We would like to understand what happened with {X}.',
  'We want to understand what went wrong with {X}.',
] as const;
export const HOSTILE_MIDDLE = [
  'We would like to understand what happened during your {visit}.',
  'We want to understand what went wrong.',
] as const;
export const HOSTILE_INVITE = [
  'The best place to talk it through is directly: please {reach}.',
  'Please {reach} so we can look at it together.',
] as const;

/** Generic: a short honest reply when the review could not be read in detail. */
export const GENERIC_GOOD = [
  'Thank you{N} for your review; we are glad you took the time to write.',
  'Thank you{N} for your kind rating.',
  'Thank you{N} for taking the time to leave a review.',
] as const;
export const GENERIC_OPEN = ['Thank you{N} for your review.', 'Thank you{N} for taking the time to leave a review.'] as const;
/** Kind words under low stars: thanked for, and the door left open for whatever the stars are about. */
export const GENERIC_KIND_WORDS = ['Thank you{N}; we are glad to read your kind words.', 'Thank you{N} for taking the time to tell us what you think.'] as const;
export const GENERIC_LOW_PRAISE_ASK = [
  'If anything is not as it should be, please {reach} and we will look into it.',
  'If there is something we could do better, please {reach} and tell us.',
] as const;
/** A few words of complaint that say little of what went wrong: asked for more, with nothing promised yet. */
export const ASK_WHAT_WENT_WRONG = [
  'So we can look into it, please {reach} with a few more details.',
  'Please {reach} with a little more detail, so we can look into it and put it right.',
] as const;
export const GENERIC_ASK = [
  'Please {reach} so we can hear more about your {visit}.',
  'So we can understand what happened, please {reach}.',
] as const;

/** Fills a phrasing's slots. Unknown slots are left as they are, which a test would catch. */
export function fill(template: string, slots: Record<string, string>): string {
  // {N} is ", Anna," so it reads inside a sentence; before a stop its last comma goes
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in slots ? slots[key]! : whole)).replace(/,([!.;:?,])/g, '$1');
}

/**
 * App stores have no private messages: a reply there cannot invite one. Both stores show the developer's
 * support address on the app's store page (Google Play and the App Store each require one), so that is where
 * the reply sends the customer when the owner has given no email or phone.
 */
const NO_PRIVATE_MESSAGES = new Set(['googleplay', 'appstore']);

/** How to reach the business privately, from its profile, as the reply says it ("email us at …"). */
export function reachFor(business: BusinessProfile, platform?: string): string {
  const me = business.signerName?.trim() ? 'me' : 'us';
  const value = business.contact?.value?.trim() ?? '';
  switch (business.contact?.kind) {
    case 'email':
      return `email ${me} at ${value || '[your email address]'}`;
    case 'phone':
      return `call ${me} on ${value || '[your phone number]'}`;
    default:
      return platform && NO_PRIVATE_MESSAGES.has(platform.toLowerCase()) ? `email ${me} at the support address on our store page` : `send ${me} a private message here`;
  }
}
