/**
 * What the owner can say they did about a complaint (GUIDANCE.md point 4: a concrete step with a time).
 * Only the owner knows what they did, so the reply holds a placeholder and the panel offers choices:
 * for each complaint, 2–4 concrete actions that fit the thing complained about and the kind of
 * business, plus their own words, and a timescale in the tense it needs ("we have already…",
 * "we will… by Friday").
 *
 * Mechanism: the aspect's head noun (and the fault word the review gave it: "slow", "dirty", "rude")
 * maps to a category through a compact lexicon; each category × domain has a few verb-phrase frames
 * with the aspect's own noun slotted in; compromise conjugates them for "already done".
 */
import nlp from 'compromise';
import type { Analyzer } from '../analysis/index';
import type { Domain, ReviewAspect } from './reading-types';
import { DOMAIN_WORDS } from './phrasings';

export type ActionCategory =
  | 'hot-water'
  | 'repair'
  | 'clean'
  | 'pest'
  | 'food'
  | 'wait'
  | 'staff'
  | 'price'
  | 'booking'
  | 'delivery'
  | 'software'
  | 'noise'
  | 'contact'
  | 'comfort'
  | 'room'
  | 'place'
  | 'quality'
  | 'access';

/** Head nouns by category (singular; a plural "-s"/"-es" is taken off before the lookup). */
const HEADS: Record<ActionCategory, string> = {
  'hot-water': 'shower water boiler heating heater radiator hot-water',
  repair:
    'air conditioning aircon ac electricity power lift elevator tv television wifi wi-fi internet kettle lock door window toilet tap sink light lamp fridge minibar plug socket safe key card leak pipe drain hairdryer fan',
  clean: 'cleanliness hygiene dirt stain mould mold smell odour odor dust hair carpet towel sheet bedsheet linen bathroom washroom',
  pest: 'cockroach roach bedbug bed-bug mouse mice rat ant insect flea pest vermin mite mosquito mosquitoes flies spider lizard',
  food: 'food meal dish breakfast lunch dinner brunch coffee tea drink cocktail wine beer pizza burger steak pasta carbonara salad soup dessert cake bread chip fry chicken fish meat rice noodle fruit vegetable grocery groceries curry starter main portion menu sandwich egg toast buffet',
  wait: 'wait waiting queue delay speed service check-in checkin check-out checkout loading',
  staff: 'staff waiter waitress server receptionist reception desk manager attitude host hostess team employee worker driver rider nurse doctor dentist engineer plumber technician cashier bartender barman agent operator helpdesk maid chambermaid housekeeper valet doorman porter bellboy bellman concierge chef butler therapist masseuse masseur instructor lifeguard hairdresser stylist barber electrician mechanic locksmith roofer builder decorator gardener landscaper fitter installer surveyor carpenter joiner handyman hygienist vet veterinarian optician optometrist pharmacist physio physiotherapist chiropractor surgeon midwife groomer tutor teacher nanny carer',
  price: 'price pricing promo fine penalty tariff subscription membership insurance excess cost charge bill fee invoice quote value money deposit rate call-out callout surcharge',
  booking: 'booking reservation appointment table cancellation slot',
  delivery: 'delivery order parcel package item shipping courier box dispatch return refund tracking',
  software: 'app application update version login log-in sign-in account password crash bug feature screen notification sync setting tab browser page button download upload ad ads battery widget mode video bookmark extension addon add-on keyboard interface ui toolbar scrolling scroll zoom homepage',
  noise: 'noise music party traffic neighbour neighbor wall soundproofing',
  contact: 'reply response answer email phone call message communication callback contact chat hotline',
  comfort: 'bed mattress pillow chair seat sofa',
  room: 'room bedroom suite apartment decor furniture temperature view balcony size space',
  place: 'pool spa gym sauna garden terrace beach lobby parking carpark park location area facility facilities bar restaurant hotel atmosphere ambience',
  quality: 'product quality work job repair installation haircut finish material fit part',
  access: '',
};

/** Fault words the review gives the aspect that decide the category over its noun ("the dirty room"). */
const FAULT_CATEGORY: Record<string, ActionCategory> = Object.fromEntries(
  Object.entries({
    clean: 'dirty filthy unclean stained smelly mouldy moldy dusty grimy greasy sticky',
    wait: 'slow late delayed waited waiting queue queued forever ages',
    staff: 'rude unfriendly unhelpful dismissive impolite condescending arrogant unprofessional ignored',
    price: 'overpriced expensive pricey pricy costly exorbitant overcharged',
    noise: 'noisy loud',
    repair: 'broken leaking faulty',
    access: 'blocked suspended banned frozen deactivated disabled terminated',
    // a room or a table given away: the booking failed, whatever the thing booked
    booking: 'overbooked overbooking double-booked',
  }).flatMap(([cat, words]) => words.split(' ').map((w) => [w, cat as ActionCategory])),
);

const HEAD_CATEGORY: Map<string, ActionCategory> = new Map(
  (Object.entries(HEADS) as Array<[ActionCategory, string]>).flatMap(([cat, words]) => words.split(' ').filter(Boolean).map((w) => [w, cat] as const)),
);
HEAD_CATEGORY.set('bed bug', 'pest');
HEAD_CATEGORY.set('car park', 'place');
// a car alone is a thing provided (a hire car, a shared car, a shuttle), not a place to park one
HEAD_CATEGORY.set('car', 'quality');
// two-word things said back whole ("the room service", not "the room")
HEAD_CATEGORY.set('room service', 'wait');
HEAD_CATEGORY.set('customer service', 'contact');
HEAD_CATEGORY.set('customer support', 'contact');
HEAD_CATEGORY.set('air conditioning', 'repair');
HEAD_CATEGORY.set('hot water', 'hot-water');
HEAD_CATEGORY.set('live chat', 'contact');
// the parts of a screen named by a box or a bar are the software's, not a parcel or a place to drink
for (const part of ['search', 'text', 'dialog', 'dialogue', 'check', 'tick', 'input', 'combo', 'address', 'menu', 'tool', 'tab', 'status', 'navigation', 'nav', 'url', 'title', 'scroll', 'progress', 'notification', 'bookmarks', 'bookmark', 'task']) {
  HEAD_CATEGORY.set(`${part} box`, 'software');
  HEAD_CATEGORY.set(`${part} bar`, 'software');
}
HEAD_CATEGORY.set('pop-up', 'software');
HEAD_CATEGORY.set('popup', 'software');

/**
 * Verb-phrase frames per category, with the domain's own where it matters. Slots: {x} the aspect
 * ("the shower"), {paid} what a refund covers, {person}/{people} the domain's words.
 * The first frame is the modest one that is true whatever else the owner does (passing it to the
 * team who can act on it); the verbs fit the thing (nothing is "redone" that cannot be, no software
 * words outside apps, pests go to pest control).
 */
type Frames = { any: string[] } & Partial<Record<Domain, string[]>>;
const FRAMES: Record<ActionCategory, Frames> = {
  'hot-water': {
    any: ['ask our maintenance team to check {x}', 'service the boiler', 'refund {paid}'],
  },
  repair: {
    any: ['ask our maintenance team to check {x}', 'repair {x}', 'replace {x}', 'refund {paid}'],
    hotel: ['ask our maintenance team to check {x}', 'repair {x}', 'add {x} to our daily maintenance checks', 'refund {paid}'],
  },
  clean: {
    any: ['pass your comments on {x} to the cleaning team', 'add a supervisor’s check after every clean', 'refund {paid}'],
    hotel: ['pass your comments on {x} to housekeeping', 'add a supervisor’s check of every room before arrival', 'refund {paid}'],
    restaurant: ['share your comments on {x} with the team', 'add a cleanliness check before every service', 'refund {paid}'],
  },
  pest: {
    any: ['call in our pest control contractor', 'have pest control treat the whole building', 'refund {paid}'],
    hotel: ['call in our pest control contractor', 'take the room out of use until pest control has treated it', 'refund {paid}'],
    app: ['call in our pest control contractor', 'take it out of use until pest control has treated it', 'refund {paid}'],
  },
  food: {
    any: ['share your comments on {x} with the kitchen team', 'go through {x} with the chef', 'refund {paid}'],
    // a hotel's lunch is refunded as the meal it was, not as the night
    hotel: ['share your comments on {x} with the kitchen team', 'go through {x} with the chef', 'refund the meal'],
  },
  wait: {
    any: ['pass your comments on {x} to the team', 'add another member of staff at busy times', 'refund {paid}'],
    restaurant: ['share your comments on {x} with the team', 'add another server at busy times', 'refund {paid}'],
    hotel: ['pass your comments on {x} to the front desk team', 'add a second receptionist at busy check-in times', 'refund {paid}'],
    retail: ['pass your comments on {x} to our dispatch team', 'send a tracking update with every order', 'refund the delivery charge'],
    trade: ['confirm every arrival time the day before', 'add another person to the rota', 'refund {paid}'],
    health: ['pass your comments on {x} to the practice manager', 'text every {person} when we are running late'],
    app: ['pass your report on {x} to our developers', 'release an update that speeds up {x}'],
  },
  staff: {
    any: ['speak with the team about how we treat every {person}', 'arrange customer-care training for the team', 'add a manager on duty at busy times'],
  },
  price: {
    any: ['pass your comments on {x} to our management team', 'go through {x} with you line by line', 'refund the difference'],
    trade: ['go through {x} with you line by line', 'give a written quote before any work starts', 'refund the difference'],
  },
  booking: {
    any: ['look into what went wrong with {x}', 'add a second check to every booking', 'refund the booking'],
    health: ['look into what went wrong with {x}', 'add a second check to every appointment', 'refund {paid}'],
  },
  delivery: {
    any: ['look into what happened with {x}', 'send a replacement', 'refund {x}'],
  },
  software: {
    any: ['pass your report on {x} to our developers', 'release a fix for {x}', 'add a test for {x} to every release check'],
  },
  noise: {
    any: ['pass your comments on {x} to the team', 'set quiet hours from 11 pm', 'refund {paid}'],
    hotel: ['pass your comments on {x} to the duty managers', 'set quiet hours from 11 pm', 'offer quieter rooms to light sleepers at check-in', 'refund {paid}'],
  },
  contact: {
    any: ['look into why {x} did not reach you sooner', 'set up a same-day reply to every message', 'add a second person to answer calls'],
  },
  comfort: {
    any: ['pass your comments on {x} to the team', 'replace {x}', 'refund {paid}'],
    hotel: ['pass your comments on {x} to housekeeping', 'replace {x}', 'refund {paid}'],
  },
  room: {
    any: ['pass your comments on {x} to the team', 'refund {paid}'],
    hotel: ['pass your comments on {x} to housekeeping and maintenance', 'include your comments in our plans for refurbishing the rooms', 'refund {paid}'],
  },
  place: {
    any: ['pass your comments on {x} to the team responsible', 'include your comments in our plans for the coming year'],
  },
  // an account blocked or frozen (often with money in it): looked into and restored, never "a fix for the account"
  access: {
    any: ['look into why your account was stopped, with our support team', 'restore your access as soon as our checks allow', 'give you one named contact until it is sorted'],
  },
  quality: {
    any: ['pass your comments on {x} to the team responsible', 'look into {x} with the team', 'refund {paid}'],
    // a removals firm or a cleaner has no engineer: the people who did the work
    trade: ['look into {x} with the team who did the work', 'redo {x} at no cost to you', 'refund {paid}'],
    retail: ['pass your comments on {x} to our quality team', 'replace {x}', 'refund {paid}'],
  },
};

export interface ActionOption {
  /** The verb phrase in the base form, as listed for the owner: "repair the shower". */
  base: string;
  /** The same with the verb as a participle, for "we have already…": "repaired the shower". */
  done: string;
}

export type Timescale = { kind: 'done' } | { kind: 'today' } | { kind: 'this-week' } | { kind: 'by'; date: string };

export const TIMESCALES: ReadonlyArray<{ kind: Timescale['kind']; label: string }> = [
  { kind: 'done', label: 'Already done' },
  { kind: 'today', label: 'Today' },
  { kind: 'this-week', label: 'This week' },
  { kind: 'by', label: 'By a date' },
];

/** One placeholder in a composed reply that an action fills, with the options for it. */
export interface ActionSlot {
  /** The complaint as the reply names it ("the shower"); empty when nothing was named. */
  aspect: string;
  /** The placeholder's exact text in the reply, brackets included. */
  placeholder: string;
  category: ActionCategory;
  options: ActionOption[];
}

function singular(word: string): string {
  if (HEAD_CATEGORY.has(word)) return word;
  for (const cut of [/ies$/, /es$/, /s$/]) {
    const w = word.replace(cut, cut.source === 'ies$' ? 'y' : '');
    if (HEAD_CATEGORY.has(w)) return w;
  }
  return word;
}

/** The category of a complaint: the fault the review gave it first, then its head noun, then the domain's usual. */
export function categoryOf(aspectText: string, domain: Domain, fault?: string): ActionCategory {
  // an account, card or wallet blocked or frozen is a matter of access, not of the app's code
  if (fault && FAULT_CATEGORY[fault.toLowerCase()] === 'access') {
    const last = (aspectText.toLowerCase().match(/[\p{L}-]+/gu) ?? []).pop() ?? '';
    if (/^(accounts?|cards?|wallets?|profiles?|logins?|balances?|funds?|money)$/.test(last)) return 'access';
    fault = undefined;
  }
  // a charge for a thing is a matter of money, not of the thing ("the charge for the minibar")
  if (/^the charge (?:for|of) /.test(aspectText)) return 'price';
  const byFault = fault ? FAULT_CATEGORY[fault.toLowerCase()] : undefined;
  const words = aspectText.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  let byHead: ActionCategory | undefined;
  // the head is the last noun; two-word heads ("air conditioning") are tried first
  for (let i = words.length - 1; i >= 0 && !byHead; i--) {
    byHead = HEAD_CATEGORY.get(`${words[i - 1] ?? ''} ${words[i]}`.trim()) ?? HEAD_CATEGORY.get(singular(words[i]!));
  }
  // a cold dish is the kitchen's to fix, not a repair, and so is a hotel's slow breakfast (a restaurant's slow
  // food is its floor's); a slow app is the app's
  // "bugs" in an app are faults; cockroaches in a rental car are pests whatever the domain
  if (byHead === 'pest') return domain === 'app' && words.some((w) => /^bugs?$/.test(w)) ? 'software' : byHead;
  // a charge or a fee is a matter of money, whatever word the review faulted it with ("a cleaning fee")
  if (byHead === 'price') return byHead;
  // in an app review, only the app's own parts are sped up by an update: a car or a driver that was late (not
  // slow: a slow search is the app's) is the team's to look into ("release an update that speeds up the car" says nothing)
  if (byFault === 'wait' && domain === 'app' && /^(late|delayed|waited|waiting|queued?)$/i.test(fault ?? '') && byHead !== 'software' && byHead !== 'wait') return byHead ?? 'quality';
  // a phone line or an inbox with a queue is a matter of reaching us, not of staffing the floor
  if (byFault === 'wait' && byHead === 'contact') return 'contact';
  // a slow lift or slow power is a thing to repair, not a queue to staff (a broken part of an app is the developers',
  // not the maintenance team's: below)
  if (byFault === 'wait' && byHead === 'repair') return byHead;
  if (byFault && !(byHead === 'food' && (byFault === 'repair' || (byFault === 'wait' && domain !== 'restaurant'))) && !(byHead === 'hot-water' && byFault === 'repair') && !(byHead === 'software' && (byFault === 'wait' || byFault === 'repair'))) return byFault;
  // "bugs" in a room are insects; in an app, faults
  if (byHead === 'software' && domain !== 'app' && words.some((w) => /^bugs?$/.test(w))) return 'pest';
  // software words only for apps: elsewhere (a cinema's screen, a shop's website page) to the team responsible
  if (byHead === 'software' && domain !== 'app') return 'quality';
  // in an app, a server or a download manager is part of the software, not a person on the staff
  if (byHead === 'staff' && domain === 'app' && (/^servers?$/.test(words[words.length - 1] ?? '') || (words.length >= 2 && /^managers?$/.test(words[words.length - 1]!) && HEAD_CATEGORY.get(singular(words[words.length - 2]!)) === 'software') || /^(download|password|tab|file|task)$/.test(words[words.length - 2] ?? ''))) return 'software';
  if (byHead) return byHead;
  // an app's unknown thing ("the age requirement") is not the developers' to fix: the team responsible
  return domain === 'restaurant' ? 'food' : 'quality';
}

/** Where compromise's conjugation gives the simple past instead of the participle. */
const participles = new Map<string, string>([
  ['redo', 'redone'],
  ['go', 'gone'],
  ['give', 'given'],
  ['take', 'taken'],
  ['set', 'set'],
  ['put', 'put'],
  ['pass', 'passed'],
  ['share', 'shared'],
  ['ask', 'asked'],
  ['call', 'called'],
  ['look', 'looked'],
  ['include', 'included'],
  ['have', 'had'],
]);
/** "repair the shower" → "repaired the shower"; "speak with the team" → "spoken with the team". */
export function participleOf(base: string): string {
  const [verb, ...rest] = base.split(' ');
  if (!verb) return base;
  let p = participles.get(verb);
  if (p === undefined) {
    const c = (nlp(verb).verbs().conjugate()[0] ?? {}) as { Participle?: string; PastTense?: string };
    p = c.Participle ?? c.PastTense ?? `${verb}ed`;
    participles.set(verb, p);
  }
  return [p, ...rest].join(' ');
}

/**
 * The app as a whole at fault, by what went wrong with it: "fix the app in the next update" and "add the app
 * to our tests" say nothing, so the options name the fault itself.
 */
const WHOLE_APP: Record<string, string[]> = {
  crash: ['pass your crash report to our developers', 'release a fix for the crashes', 'add a test for this crash to every release check'],
  slow: ['pass your report on the slowness to our developers', 'release an update that speeds up loading', 'add a speed test to every release check'],
  broken: ['pass your report to our developers', 'look into why it stopped working for you', 'release a fix for the fault'],
  battery: ['pass your report on the battery drain to our developers', 'release an update that uses less battery', 'add a battery test to every release check'],
  permissions: ['pass your concern about the permissions to our developers', 'review every permission the app asks for', 'explain on our store page why each permission is needed'],
  login: ['pass your report on the sign-in fault to our developers', 'check your account with you so you can sign in again', 'release a fix for the sign-in fault'],
  size: ['pass your report on the app\'s size to our developers', 'release an update that takes up less space and memory', 'add a size check to every release'],
  any: ['pass your report to our developers', 'ask our developers to look into the fault', 'release a fix for what went wrong'],
  // what it keeps them from doing: looked into as a fault; an option it lacks: a request weighed, not a fix
  cannot: ['pass your report to our developers', 'ask our developers to look into why it does not work for you', 'release a fix for the fault'],
  missing: ['pass your request to our developers', 'add it to the features we are weighing for coming releases'],
};

/** 2–4 concrete actions for one complaint, with its own words slotted in. */
/**
 * Staff who let the reviewer down without mistreating them (a driver who cancelled, a desk that forgot a pickup):
 * what went wrong is looked into, not how people are treated ("customer-care training" answers rudeness).
 */
const STAFF_TROUBLE = ['look into what went wrong with {x}', 'go over what happened with the team involved', 'refund {paid}'];

/**
 * A hotel's wait away from the front desk (room service, a pickup, the restaurant): looked into with the team
 * that runs it; a second receptionist answers only a queue at the desk.
 */
const HOTEL_WAIT_ELSEWHERE = ['pass your comments on {x} to the team responsible', 'add another member of staff to {x} at busy times', 'refund {paid}'];
/** A part of the app they miss since a change, or want: a request passed on and weighed, not a fault fixed. */
const FEATURE_FRAMES = {
  removed: ['pass your request to bring back {x} to our developers', 'look into bringing back {x} in a coming release', 'explain on our store page what replaced {x}'],
  wanted: ['pass your request for {x} to our developers', 'add {x} to the features we are weighing for coming releases'],
};

/**
 * A hotel room found small, or dated: neither is housekeeping's or maintenance's to fix. A small room is put right
 * before the next guest books (its size said plainly, a larger one offered where free); a dated one is for the
 * refurbishment plans.
 */
const ROOM_SMALL = ['describe each room’s size clearly on our booking pages', 'offer a larger room at check-in whenever one is free', 'refund {paid}'];
const ROOM_DATED = ['include your comments in our plans for refurbishing the rooms', 'bring the older rooms forward in our refurbishment plans', 'refund {paid}'];
const SMALL = /^(?:small|tiny|cramped|compact|congested|poky|pokey|narrow)$/;
const DATED = /^(?:dated|old|outdated|tired|shabby|worn|run-down|rundown|old-fashioned|aged)$/;
const ROOMS = /\b(?:rooms?|suites?|bedrooms?|bathrooms?|washrooms?|apartments?|cottages?|cabins?|villas?|studios?|decor|décor|furniture|furnishings?|interiors?|building|property|premises)$/i;

/**
 * Something a hotel does not have ("there was no fridge", "there is no lift"): nothing to repair or check. A room's
 * missing thing may be provided; a facility the building lacks is said plainly before anyone books.
 */
const HOTEL_LACKS_ITEM = ['look into providing {x} in every room', 'list what each room has on our booking pages', 'refund {paid}'];
const HOTEL_LACKS_FACILITY = ['describe what the hotel does and does not offer on our booking pages', 'include your comments in our plans for the coming year'];
const FACILITY = /\b(?:lifts?|elevators?|restaurants?|bars?|pools?|gyms?|spas?|parking|car park|lounges?|garden|terrace|shuttle|laundry|room service|reception)$/i;

/**
 * Ads, notifications and prompts an app shows: a choice made, not a bug, so no fix to release or test to add (a
 * website's pop-ups the app fails to block are another matter);
 * how often they show, and turning them off, are what can change.
 */
const PROMPTS = /\b(?:ads?|adverts?|advertisements?|advertising|notifications?|prompts?|spam|banners?|reminders?)$/i;
const PROMPTS_FRAMES = ['pass your comments on {x} to our developers', 'review how often and where the app shows {x}', 'make {x} easy to turn off in the settings'];

/** A price made light of ("slightly expensive for the area"), with no charge disputed: a remark weighed, not a bill gone through. */
const PRICE_REMARK = ['pass your comments on {x} to our management team', 'review {x} when we next set our prices'];

/** A pickup, transfer or shuttle that was late or never came: looked into, and every time confirmed. */
const HOTEL_PICKUP_LATE = ['look into what went wrong with {x}', 'confirm every pickup time with the guest the day before', 'refund {paid}'];
function atTheDesk(aspectText: string): boolean {
  // (people kept waiting by people: the staff on hand, who answer at the desk)
  return !aspectText || /\b(?:check[- ]?in|check[- ]?outs?|checkin|checkout|reception|receptionists?|front[- ]desk|desk|lobby|queues?|lines?|wait|waiting|arrival|registration|staff|team|employees|personnel)$/i.test(aspectText);
}

/**
 * `paid`: what the review says was paid, where it names it ("the call-out charge"); else the domain's word.
 * `remark`: a price remark, not a dispute: made light of, or in a review of four stars or more, with no money disputed
 *   (weighed when prices are next set, not gone through line by line).
 * `absent`: the review says the thing was not there at all ("there was no fridge"): provided or described, never repaired.
 */
export function actionOptions(aspectText: string, domain: Domain, fault?: string, force?: ActionCategory, appFault?: string, conduct?: boolean, paid?: string, refund = true, remark = false, absent = false): { category: ActionCategory; options: ActionOption[] } {
  const category = force ?? categoryOf(aspectText, domain, fault);
  const words = DOMAIN_WORDS[domain];
  // a charge disputed by its amount ("the charge of $42"): looked into, refunded as that sum, made clear in future
  const charged = category === 'price' ? /^the charge of (.+)$/.exec(aspectText)?.[1] : undefined;
  // a release is what changed, not a part to fix or test: "fix the update in the next update" read as nonsense
  const release = category === 'software' && /\b(update|updates|version|versions|upgrade|release)$/i.test(aspectText);
  const wholeApp = category === 'software' && /^the (app|application|browser)$/i.test(aspectText);
  // only a bill is gone through line by line: a thing priced is gone through by what was charged for it
  // a charge disputed by what it was for ("the charge for the damage"): looked into and gone through, not re-priced
  const chargedFor = category === 'price' && /^the charge for |^the (?:fine|penalty)$|^the (?:cancellation|cleaning|late|no-show|booking|convenience|admin|damage|waiting) fee$/.test(aspectText);
  const priced = category === 'price' && !charged && !chargedFor && !/\b(charges?|bills?|invoices?|fees?|receipts?|prices?|costs?|rates?|tariffs?|deposits?)$/i.test(aspectText);
  // a refund still owed is chased and seen through, not "refunded" or replaced
  const owed = /\brefunds?$/i.test(aspectText);
  // money put in that has not arrived (a wallet's cash-in, a top-up): traced and credited
  const pending = /^the (?:cash-in|top-up|reload|transfer)$/i.test(aspectText);
  const frames = appFault === 'removed' || appFault === 'wanted'
    ? FEATURE_FRAMES[appFault]
    : charged
    ? ['look into {x} with our accounts team', `refund the ${charged}`, 'make every charge clear before a booking is confirmed']
    : chargedFor
      ? ['look into {x} with our accounts team', 'go through {x} with you line by line', 'refund {x}']
    : pending
      ? ['trace {x} with our payments team', 'credit {x} to your account', 'give you one named contact until it is sorted']
    : owed
      ? ['look into what happened with {x}', 'pay {x} without further delay', 'give you one named contact until you are paid']
      : priced
        ? remark
          ? // (a thing with no price of its own, "the ambience", is said as our prices)
            /\b(?:ambien[cs]e|ambiance|atmosphere|service|services|location|experience|facilit(?:y|ies)|hotel|place|stay|property|resort|amenities)$/i.test(aspectText)
            ? ['pass your comments on our prices to our management team', 'review our prices when we next set them']
            : ['pass your comments on the prices of {x} to our management team', 'review the prices of {x} when we next set our prices']
          : (FRAMES.price[domain] ?? FRAMES.price.any).map((f) => f.replace('go through {x} with you line by line', 'go through what we charged for {x} with you'))
        : category === 'software' && PROMPTS.test(aspectText)
          ? /\b(?:ads?|adverts?|advertisements?|advertising|banners?|spam)$/i.test(aspectText) ? PROMPTS_FRAMES.slice(0, 2) : PROMPTS_FRAMES
        : category === 'price' && remark && /\b(?:prices?|pricing|costs?|rates?|tariffs?|value)$/i.test(aspectText)
          ? PRICE_REMARK
        : release
          ? ['pass your report on {x} to our developers', 'look into what changed in {x}', 'release a fix for what {x} broke']
          : wholeApp
            ? (WHOLE_APP[appFault ?? 'any'] ?? WHOLE_APP.any!)
            : category === 'staff' && conduct === false
              ? STAFF_TROUBLE
              : category === 'place' && /^the (?:location|area|neighbou?rhood|surroundings|locality|setting|position)$/.test(aspectText)
                ? ['describe the area and how to reach us more fully on our booking pages', 'send directions and local tips with every booking confirmation']
              : domain === 'hotel' && absent && (category === 'repair' || category === 'comfort' || category === 'place' || (category === 'food' && FACILITY.test(aspectText)))
                ? (FACILITY.test(aspectText) && !/\bmini ?bars?$/i.test(aspectText)) || category === 'place' ? HOTEL_LACKS_FACILITY : HOTEL_LACKS_ITEM
              : domain === 'hotel' && !!fault && (category === 'room' || category === 'place' || category === 'clean') && ROOMS.test(aspectText) && (SMALL.test(fault) || DATED.test(fault))
                ? SMALL.test(fault) ? ROOM_SMALL : ROOM_DATED
              : category === 'wait' && domain === 'hotel' && !atTheDesk(aspectText)
                ? /\b(?:pick-?ups?|drop-?offs?|drops?|transfers?|shuttles?|taxis?|cabs?|cars?)$/i.test(aspectText) ? HOTEL_PICKUP_LATE : HOTEL_WAIT_ELSEWHERE
                : (FRAMES[category][domain] ?? FRAMES[category].any);
  // a booking that failed on the thing booked ("no room for us, they were overbooked"): the booking is looked into, not the room
  // ("the booking system" is named as it is: the booking is in its name)
  const bookedThing = category === 'booking' && !!aspectText && !(aspectText.toLowerCase().match(/[\p{L}-]+/gu) ?? []).some((w) => HEAD_CATEGORY.get(singular(w)) === 'booking');
  const x = bookedThing ? 'your booking' : aspectText || 'it';
  // no refund where the reply should not offer one (the money frames are about money, so they keep theirs);
  // a list left with one step gains the modest one of looking into it with the team
  const money = !!(charged || chargedFor || pending || owed);
  const kept = refund || money ? frames : frames.filter((f) => !/^refund\b/.test(f));
  const options = (kept.length >= 2 ? kept : [...kept, 'look into {x} with the team'])
    // with nothing named, "your comments on it" is just "your comments"
    .map((f) => (aspectText ? f : f.replace(' on {x}', '').replace(' with {x}', ' with it')))
    // comments on the front desk go to the front desk team, not "on the front desk to the front desk team"
    .map((f) => {
      const to = / on \{x\} to the (.+)$/.exec(f)?.[1];
      return to && aspectText && to.includes(aspectText.replace(/^the /, '').replace(/s$/, '')) ? f.replace(' on {x}', '') : f;
    })
    .map((f) => f.replace('{x}', () => x).replace('{paid}', paid ?? words.paid).replace('{person}', words.person).replace('{people}', words.people))
    // a thing to provide is any one of its kind: "providing a fridge", "providing kettles", not "providing the fridge"
    .map((f) => f.replace(/\bproviding the (\S+s) in every\b/, 'providing $1 in every').replace(/\bproviding the ([aeiou])/i, 'providing an $1').replace(/\bproviding the /, 'providing a '))
    .filter((b, i, all) => all.indexOf(b) === i)
    // the thing is the remedy itself: "refund the refund", "replace the replacement" say nothing
    .filter((b) => !/^(\p{L}+)\b.*\b\1(?:s|ment|ments)?$/u.test(b))
    .slice(0, 4)
    .map((base) => ({ base, done: participleOf(base) }));
  return { category, options };
}

/**
 * The words after "we" in the reply: "have already repaired the shower", "will repair the shower by
 * Friday". A date left empty stays a placeholder, so Insert waits for it.
 */
export function actionClause(option: ActionOption, when: Timescale): string {
  switch (when.kind) {
    case 'done':
      return `have already ${option.done}`;
    case 'today':
      return `will ${option.base} today`;
    case 'this-week':
      return `will ${option.base} this week`;
    case 'by':
      return `will ${option.base} by ${when.date.trim() || '[day or date]'}`;
  }
}

/**
 * The owner's own words as an option: a base phrase ("replace the boiler") is conjugated like the
 * listed ones; words that already carry their tense ("have replaced…", "replaced…") are kept.
 */
export function ownOption(words: string): ActionOption {
  let w = words.trim().replace(/[.!\s]+$/u, '').replace(/^(we|i)\s+/i, '');
  w = w.charAt(0).toLowerCase() + w.slice(1);
  if (/^(have|has|'ve|will|'ll|are|am)\b/i.test(w)) return { base: w.replace(/^(will|'ll)\s+/i, ''), done: w.replace(/^(have|has|'ve)\s+(already\s+)?/i, '') };
  const first = nlp(w.split(' ')[0] ?? '');
  if (first.has('#PastTense')) return { base: w, done: w };
  return { base: w, done: participleOf(w) };
}

/** The placeholder the reply holds for one complaint's action; the label says what to write. */
export function actionPlaceholder(aspect: string): string {
  const about = aspect && aspect.length <= 36 ? aspect : 'it';
  return `[what we did or will do about ${about}, and when]`;
}

/**
 * The owner's own action, when their draft states one (the analysis's structure: a sentence with a
 * step, ideally with its time): the composed reply uses it instead of a placeholder.
 */
export function ownerActionFrom(draft: string, analyzer: Pick<Analyzer, 'inspect'>): string | undefined {
  if (!draft.trim()) return undefined;
  try {
    const steps = analyzer.inspect(draft).sentences.filter((s) => s.structure.action);
    if (!steps.length) return undefined;
    // sentences that also give the time come first; two at most, the reply stays brief
    steps.sort((a, b) => Number(b.structure.timescale) - Number(a.structure.timescale) || a.start - b.start);
    const picked = steps.slice(0, 2).sort((a, b) => a.start - b.start);
    const text = picked.map((s) => draft.slice(s.start, s.end).trim()).join(' ');
    return text || undefined;
  } catch {
    return undefined;
  }
}

/** Pests the review reports (not "no bugs at all"): the first action is then pest control, whatever was named. */
const PESTS = /\b(cockroach(es)?|roach(es)?|bed ?bugs?|bugs|mice|mouse droppings|rats?|rodents?|fleas|vermin|ants|termites|maggots|critters|creatures(?!\s+comforts?)|insects?|silverfish|mites|mosquito(e)?s|flies|spiders?(?![ -]?webs?)|lizards?)\b/gi;
export function reportsPests(text: string, domain: Domain): boolean {
  return pestMentions(text, domain).length > 0;
}

/** Where the review reports pests, in order: the words ("cockroaches") and their offsets. */
export function pestMentions(text: string, domain: Domain): Array<{ word: string; start: number; end: number }> {
  if (!text) return [];
  const out: Array<{ word: string; start: number; end: number }> = [];
  for (const m of text.matchAll(PESTS)) {
    // an app's bugs are its faults (and it "flies" when fast); its cockroaches (in a rental car, a delivered meal) are pests
    if (domain === 'app' && /^(bugs|flies)$/i.test(m[0])) continue;
    const before = (text.slice(Math.max(0, m.index - 30), m.index).split(/[.!?\n]/).pop() ?? '');
    if (!/\b(no|not|never|without|any)\b/i.test(before)) out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** True when the two words are one thing the lexicon knows ("car park", "air conditioning"). */
export function knownCompound(words: string): boolean {
  return HEAD_CATEGORY.has(words.toLowerCase());
}

/** True when the phrase names something the business provides (the lexicon knows its head noun). */
export function knownThing(phrase: string): boolean {
  const words = phrase.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  return words.some((w, i) => HEAD_CATEGORY.has(singular(w)) || HEAD_CATEGORY.has(`${words[i - 1] ?? ''} ${w}`.trim()));
}
