/**
 * Every feature the review reader's learned decisions see, in one place (training in
 * scripts/train-reading.ts and reading in reading.ts share this file).
 *
 * The hand-built reader (reading.ts) finds the candidate noun phrases, the clauses, the opinion words and
 * where its own rules would put them; this file turns those facts into hashed feature ids for three
 * decisions: is a candidate an aspect (and which polarity), which negative aspect is the main complaint,
 * and the review's kind. Most features are named facts (a tag, a lexicon class, the rules' verdict, a
 * bucketed score); a few are the words themselves (the head and its neighbours), hashed, and kept by
 * training only where they are seen at several businesses. On 210 reviews the words gained nothing; on
 * 630 they lift out-of-fold aspect F1 from 0.638 to 0.652 and the main complaint from 0.313 to 0.356.
 * The weights file holds ids and numbers, never the words.
 */

/** Hash space of every feature id (the weights file keys are numbers below this). */
export const READING_DIMENSION = 1 << 16;

/** FNV-1a, 32-bit: stable across runs, engines and platforms. */
export function fnv(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export const featureId = (name: string) => fnv(name) & (READING_DIMENSION - 1);

/** One word as the reader holds it (reading.ts builds these from compromise's terms). */
export interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
  tags: Set<string>;
  /** Punctuation after the word ("," "." "!"). */
  post: string;
  pre: string;
}

/** A candidate noun phrase and what the hand-built rules made of it. */
export interface Phrase {
  /** Token indexes: the phrase's first and last word (modifiers .. head), and its head. */
  from: number;
  to: number;
  head: number;
  clause: number;
  /** The business as a whole ("the hotel", "the app"). */
  whole: boolean;
  /** Opinion the hand-built rules gave it, split by sign. */
  pos: number;
  neg: number;
  /** Words in the clauses that judge it. */
  words: number;
}

/**
 * Why the hand-built rules would not name a phrase ('ok' when they would). 'name' and 'hostile' are hard
 * limits the learned model never crosses (staff names and insults are never aspects), and so is 'markup'
 * (a phrase running into HTML); the rest are features.
 */
/** Phrases no weight may name. */
export const forbidden = (e: Exclusion) => e === 'name' || e === 'hostile' || e === 'markup';

export type Exclusion = 'ok' | 'name' | 'hostile' | 'markup' | 'short' | 'date' | 'place' | 'capitalised' | 'general' | 'opinion';

/**
 * Things a business provides, by class: a general vocabulary of services (not words taken from the
 * labelled reviews), so "the towels" or "the login" reads as something the reviewer can judge.
 */
const DOMAIN_NOUNS: Record<string, string> = {};
const CLASSES: Record<string, string> = {
  lodging:
    'room rooms suite bed beds mattress pillow pillows sheet sheets linen blanket towel towels bathroom toilet shower bath bathtub tub sink tap taps ac aircon air-conditioning conditioner heating heater fan window windows balcony door doors lock wardrobe closet minibar fridge kettle tv television wifi wi-fi internet lift elevator stairs corridor hallway lobby pool spa gym sauna jacuzzi garden terrace lounge parking carpark accommodation amenities amenity toiletries soap shampoo hairdryer furniture decor interior curtains carpet floor walls ceiling noise view views location checkin check-in checkout check-out housekeeping laundry key keycard cottage villa tent lodge property premises building facilities facility',
  food:
    'food breakfast lunch dinner meal meals buffet dish dishes menu starter starters dessert desserts coffee tea drink drinks cocktail cocktails wine beer bar restaurant cafe kitchen chef cuisine pizza burger steak pasta salad soup sandwich bread rice curry chicken fish portion portions taste flavour flavor snacks dining brunch juice fruit eggs omelette cake',
  staff:
    'staff service team reception receptionist desk frontdesk manager management owner owners host hosts waiter waiters waitress waitresses server servers bartender chef driver drivers guard guards security concierge porter bellboy housekeeper cleaner cleaners employee employees crew personnel support agent agents hospitality attitude behaviour behavior response customer-service',
  app:
    'app application update updates version feature features button buttons tab tabs browser bookmark bookmarks settings setting login password account screen page pages interface ui design layout download downloads notification notifications extension extensions addon add-on addons search ads toolbar bar menu sync performance speed battery crash crashes bug bugs video videos keyboard scrolling zoom theme mode',
  price:
    'price prices cost costs charge charges fee fees bill bills rate rates tariff deposit refund refunds payment value money invoice quote',
  place: 'location area neighbourhood neighborhood surroundings scenery beach sea lake river mountains hills town centre center market station airport road street walk distance',
  state: 'cleanliness hygiene condition maintenance comfort ambience ambiance atmosphere vibe experience stay hospitality quality size space temperature smell odour odor dirt dust mould mold stains',
};
for (const [cls, words] of Object.entries(CLASSES)) for (const w of words.split(/\s+/)) DOMAIN_NOUNS[w] ??= cls;

export function domainClass(lemma: string): string | undefined {
  return DOMAIN_NOUNS[lemma] ?? DOMAIN_NOUNS[lemma.replace(/s$/, '')];
}

/** Prepositions that put the phrase somewhere else: "near the station", "from the airport". */
const PLACE_PREPS = new Set(['near', 'from', 'to', 'towards', 'around', 'opposite', 'behind', 'beside', 'via', 'into', 'across', 'outside']);
const COPULA = /^(is|was|were|are|be|been|being|am|seemed|seems|looked|looks|felt|feels|tasted|tastes|smelled|smelt|smells)$/;

/** What reading.ts hands over for one review: its words, clauses, candidates and opinion scores. */
export interface ReadContext {
  tokens: Tok[];
  clauseOf: number[];
  phrases: Phrase[];
  exclusion: Exclusion[];
  /** Each word's opinion after negation and intensity (0 for none). */
  score: number[];
  /** Negated opinion words. */
  negated: boolean[];
  /** The phrase index that each word belongs to, or -1. */
  inPhrase: number[];
  /** Lemma (lower case, singular) of each phrase's head. */
  lemma: string[];
  /** The polarity the hand-built reader named each phrase with, where it named it. */
  picked: Array<'positive' | 'negative' | undefined>;
  rating?: number;
  domain: string;
}

function bucket(n: number, edges: number[]): number {
  let b = 0;
  while (b < edges.length && n >= edges[b]!) b++;
  return b;
}

/** Modals that, followed by "have"/"be", make a wish or a counterfactual ("would have been nice"). */
const MODALS = new Set(['would', 'could', 'should', "would've", "could've", "should've", 'wish', 'hope']);
/** Words that say something was wanting. */
const NEEDS = new Set(['need', 'needs', 'needed', 'require', 'requires', 'required', 'wish', 'lacks', 'lacked', 'missing']);
/** Words that name a fault as such ("the only downside", "one issue"). */
export const FAULT_WORDS = /^(thing|things|downsides?|complaints?|issues?|problems?|negatives?|gripes?|niggles?|drawbacks?|criticisms?|cons?|feedback|quibbles?|let-?down|disappointments?)$/;

/** Feature ids of one candidate phrase, for the aspect and polarity heads. */
export function aspectFeatures(ctx: ReadContext, pi: number): number[] {
  const { tokens, clauseOf, phrases, score } = ctx;
  const p = phrases[pi]!;
  const h = tokens[p.head]!;
  const names: string[] = [];
  const add = (n: string) => names.push(n);
  const lemma = ctx.lemma[pi]!;
  const cls = domainClass(lemma);
  const rating = ctx.rating === undefined ? 'none' : ctx.rating <= 2 ? 'low' : ctx.rating === 3 ? 'mid' : 'high';
  const size = bucket(tokens.length, [15, 40, 100, 250]);

  // what the head is
  add(`excl:${ctx.exclusion[pi]}`);
  add(`cls:${cls ?? 'none'}`);
  add(`cls:${cls ?? 'none'}|domain:${ctx.domain}`);
  if (p.whole) add('whole');
  for (const tag of ['ProperNoun', 'Organization', 'Place', 'Person', 'Plural', 'Gerund', 'Verb', 'Acronym', 'Value', 'Possessive', 'Uncountable', 'Adjective'])
    if (h.tags.has(tag)) add(`tag:${tag}`);
  const capital = /^\p{Lu}/u.test(h.text);
  const atStart = p.from === 0 || tokens[p.from - 1]!.tags.has('SentenceEnd');
  if (capital && !atStart) add('capital:mid');
  if (/^\p{Lu}{2,}$/u.test(h.text)) add('capital:all');
  add(`len:${Math.min(4, p.to - p.from + 1)}`);
  if (score[p.head]) add(`headOpinion:${score[p.head]! < 0 ? 'neg' : 'pos'}`);
  // modifiers inside the phrase
  let inside = 0;
  for (let k = p.from; k < p.head; k++) inside += score[k] ?? 0;
  if (inside) add(`modOpinion:${inside < 0 ? 'neg' : 'pos'}`);
  if (p.head > p.from) add('modified');

  // the hand-built rules' verdict
  const net = p.pos - p.neg;
  add(`rule:${net > 0.5 ? 'pos' : net < -0.5 ? 'neg' : p.pos + p.neg > 0 ? 'split' : 'none'}`);
  add(`ruleMag:${bucket(Math.abs(net), [0.5, 1.5, 3, 5])}`);
  const verdict = net > 0.5 ? 'pos' : net < -0.5 ? 'neg' : 'none';
  add(`rule:${verdict}|excl:${ctx.exclusion[pi]}`);
  // a short review names few things, each judged: the rules' verdict counts for more there
  add(`rule:${verdict}|size:${size}`);
  add(`rule:${verdict}|cls:${cls ?? 'none'}`);
  add(`rule:${verdict}|rating:${rating}`);

  const picked = ctx.picked[pi] ?? 'none';
  add(`picked:${picked}`);
  add(`picked:${picked}|size:${size}`);
  add(`picked:${picked}|excl:${ctx.exclusion[pi]}`);

  // the clause around it
  let cPos = 0, cNeg = 0, cLen = 0, cPhrases = 0, negation = false;
  for (let k = 0; k < tokens.length; k++) {
    if (clauseOf[k] !== p.clause) continue;
    cLen++;
    const s = score[k]!;
    if (k < p.from || k > p.to) {
      if (s > 0) cPos += s;
      else cNeg -= s;
    }
    if (ctx.negated[k]) negation = true;
  }
  for (const q of phrases) if (q.clause === p.clause) cPhrases++;
  add(`clausePos:${bucket(cPos, [0.5, 2, 4])}`);
  add(`clauseNeg:${bucket(cNeg, [0.5, 2, 4])}`);
  add(`clauseSign:${cPos > cNeg + 0.5 ? 'pos' : cNeg > cPos + 0.5 ? 'neg' : cPos + cNeg > 0 ? 'split' : 'none'}`);
  if (negation) add('clauseNegation');
  // a wish or a need is a fault by construction, whatever the words' own sign: "would have been better",
  // "could be improved", "needs attention", "a kettle is required", "I wish there was a lift"
  const clauseWords = tokens.filter((_, k) => clauseOf[k] === p.clause).map((t) => t.lower);
  const wish = clauseWords.some((w, i) => MODALS.has(w) && clauseWords.slice(i + 1, i + 4).some((u) => /^(have|be|been)$/.test(u))) || clauseWords.some((w) => NEEDS.has(w));
  if (wish) add(`clauseWish|sign:${cPos > cNeg ? 'pos' : cNeg > cPos ? 'neg' : 'none'}`);
  // "the only thing / problem / downside is X": X is the fault the reviewer singles out
  for (let k = p.from - 1, n = 0; k >= 0 && n < 8; k--, n++) {
    if (/[.!?]/.test(tokens[k]!.post)) break;
    if (FAULT_WORDS.test(tokens[k]!.lower) && k > 0 && /^(only|one|main|biggest|minor|slight|small)$/.test(tokens[k - 1]!.lower)) {
      add('singledOut');
      break;
    }
  }
  add(`clauseLen:${bucket(cLen, [3, 6, 12, 25])}`);
  add(`clausePhrases:${bucket(cPhrases, [2, 3, 5])}`);
  add(`clauseSign:${cPos > cNeg + 0.5 ? 'pos' : cNeg > cPos + 0.5 ? 'neg' : 'none'}|rating:${rating}`);

  // neighbours: what comes right before and after
  const prev = tokens[p.from - 1];
  const next = tokens[p.to + 1];
  const sameClause = (k: number) => k >= 0 && k < tokens.length && clauseOf[k] === p.clause;
  if (prev && sameClause(p.from - 1)) {
    if (PLACE_PREPS.has(prev.lower)) add('prev:placePrep');
    else if (prev.tags.has('Preposition')) add(`prev:prep`);
    else if (prev.tags.has('Verb')) add('prev:verb');
    else if (/^(no|without|lack|lacking|missing)$/.test(prev.lower)) add('prev:missing');
    else if (prev.lower === 'and' || /,/.test(prev.post)) add('prev:list');
    if (prev.lower === 'of') add('prev:of');
    if (prev.lower === 'at' || prev.lower === 'in') add('prev:atIn');
  } else add('prev:clauseStart');
  if (next && sameClause(p.to + 1)) {
    if (COPULA.test(next.lower)) add('next:copula');
    else if (next.tags.has('Verb')) add('next:verb');
    else if (next.tags.has('Preposition')) add('next:prep');
    else if (next.lower === 'and') add('next:and');
    if (next.lower === 'too' || next.lower === 'also') add('next:too');
  } else add('next:clauseEnd');
  // "the room was tiny": an opinion right after a copula that follows the phrase
  const after2 = tokens[p.to + 2];
  if (next && after2 && COPULA.test(next.lower) && sameClause(p.to + 2)) {
    const s = score[p.to + 2] || (tokens[p.to + 3] && sameClause(p.to + 3) ? score[p.to + 3]! : 0);
    if (s) add(`subjectOf:${s < 0 ? 'neg' : 'pos'}`);
  }
  // "great location", "we loved the pool": an opinion word right before the phrase, past its determiner
  let b = p.from - 1;
  while (b >= 0 && sameClause(b) && (tokens[b]!.tags.has('Determiner') || tokens[b]!.tags.has('Possessive') || /^(our|my|their|his|her|your)$/.test(tokens[b]!.lower))) b--;
  if (b >= 0 && sameClause(b) && score[b]) add(`opinionBefore:${score[b]! < 0 ? 'neg' : 'pos'}${tokens[b]!.tags.has('Verb') ? ':verb' : ''}`);
  // things in a list share the list's opinion
  if (/,/.test(tokens[p.to]!.post) || next?.lower === 'and') add('inList');

  // where it sits in the review
  const first = p.clause === 0;
  if (first) add('firstClause');
  add(`pos:${bucket(p.from / Math.max(1, tokens.length), [0.15, 0.4, 0.7])}`);
  let earlier = 0;
  for (let q = 0; q < pi; q++) if (ctx.lemma[q] === lemma) earlier++;
  add(`repeat:${Math.min(2, earlier)}`);
  add(`rating:${rating}`);
  add(`reviewLen:${size}`);
  // the words themselves, hashed: the head and its close neighbours. Training keeps only those seen at
  // several businesses (vocabulary's minGroups), so no one hotel's nouns become a rule.
  add(`w:head:${lemma}`);
  const word = (k: number) => (k >= 0 && k < tokens.length && sameClause(k) ? tokens[k]!.lower.replace(/[^\p{L}']/gu, '') : '');
  const before1 = word(p.from - 1);
  const after1 = word(p.to + 1);
  const next2 = word(p.to + 2);
  if (before1) add(`w:prev:${before1}`);
  if (after1) add(`w:next:${after1}`);
  if (after1 && next2) add(`w:next2:${after1} ${next2}`);
  return names.map(featureId);
}

/** Facts about one predicted negative aspect, for choosing the main complaint. */
export interface MainFacts {
  /** Its place among the predicted negatives (0 = first). */
  rank: number;
  count: number;
  probability: number;
  /** Negative opinion the rules gave it and its clause. */
  intensity: number;
  /** Share of the review's words spent in the clauses that judge it. */
  share: number;
  mentions: number;
  whole: boolean;
  cls: string | undefined;
  rating?: number;
  /** The one the rules' weight-and-margin choice names. */
  rulesPick: boolean;
  /** Among the aspects the reading names (the pool also holds likely complaints below the naming threshold). */
  named?: boolean;
  /** P(negative) from the polarity head. */
  negative?: number;
  /** Its weight against the heaviest in the pool (1 = the heaviest): words, opinion and mentions. */
  relative?: number;
  /** The share of the review's fault-finding spent on its class of thing (the food: the pizza, the burgers). */
  classShare?: number;
  /** The first of its class in the pool (the umbrella word comes first: "the food … the pizza"). */
  firstOfClass?: boolean;
  /** Across every mention of the thing: the likeliest complaint, and the likeliest praise ("location is great" later). */
  negMax?: number;
  posMax?: number;
}

export function mainFeatures(f: MainFacts): number[] {
  const names = [`rank:${Math.min(3, f.rank)}`, `rankOf:${Math.min(3, f.rank)}/${Math.min(4, f.count)}`, `last:${f.rank === f.count - 1}`];
  names.push(`p:${bucket(f.probability, [0.5, 0.7, 0.85])}`);
  names.push(`intensity:${bucket(f.intensity, [1, 2, 3.5, 6])}`);
  names.push(`share:${bucket(f.share, [0.05, 0.1, 0.2, 0.35])}`);
  names.push(`mentions:${Math.min(3, f.mentions)}`);
  if (f.whole) names.push('whole');
  if (f.rulesPick) names.push('rulesPick');
  names.push(`cls:${f.cls ?? 'none'}`);
  names.push(`rating:${f.rating ?? 'none'}`);
  if (f.named !== undefined) names.push(`named:${f.named}`, `named:${f.named}|p:${bucket(f.probability, [0.3, 0.5, 0.7])}`);
  if (f.negative !== undefined) names.push(`neg:${bucket(f.negative, [0.6, 0.75, 0.9])}`);
  if (f.classShare !== undefined) {
    const share = bucket(f.classShare, [0.2, 0.35, 0.5, 0.7]);
    names.push(`classShare:${share}`, `classShare:${share}|first:${!!f.firstOfClass}`);
  }
  if (f.posMax !== undefined && f.negMax !== undefined) {
    const pm = bucket(f.posMax, [0.3, 0.5, 0.7]);
    names.push(`posMax:${pm}`, `posMax:${pm}|negMax:${bucket(f.negMax, [0.5, 0.7, 0.85])}`);
  }
  if (f.relative !== undefined) names.push(`rel:${bucket(f.relative, [0.35, 0.6, 0.85, 0.999])}`, `rel:${bucket(f.relative, [0.6, 0.999])}|rank:${Math.min(2, f.rank)}`);
  return names.map(featureId);
}

/** Facts about the whole review, for its kind. */
export interface KindFacts {
  rating?: number;
  /** What the hand-built rules decide. */
  rules: string;
  /** Probability-weighted counts of the aspects read, by polarity. */
  pos: number;
  neg: number;
  /** Opinion words' totals (after negation). */
  posWords: number;
  negWords: number;
  /** Clauses leaning negative / positive, of all clauses with opinion. */
  negClauses: number;
  posClauses: number;
  insults: number;
  threats: number;
  accusations: number;
  words: number;
  /** The opening and closing clauses' leanings ("Great stay! ... ", "... never again"). */
  firstSign: number;
  lastSign: number;
  /** Faults the reviewer softens at once ("small bathroom, but fine for one"; "…, though not much of a problem"). */
  softened?: number;
  /** Faults the reviewer calls minor ("the only downside", "a slight issue"). */
  asides?: number;
  /** Questions and requests ("is it possible to add…?", "please bring back…"): suggestions, not faults met. */
  requests?: number;
}

export function kindFeatures(f: KindFacts): number[] {
  const names = [`rating:${f.rating ?? 'none'}`, `rules:${f.rules}`, `rules:${f.rules}|rating:${f.rating ?? 'none'}`];
  names.push(`pos:${bucket(f.pos, [0.5, 1.5, 3, 5])}`, `neg:${bucket(f.neg, [0.5, 1.5, 3, 5])}`);
  names.push(`posneg:${Math.min(2, Math.round(f.pos))}/${Math.min(2, Math.round(f.neg))}`);
  const share = f.pos + f.neg > 0 ? f.neg / (f.pos + f.neg) : -1;
  names.push(`negShare:${share < 0 ? 'none' : bucket(share, [0.1, 0.25, 0.45, 0.65, 0.85])}`);
  const wshare = f.posWords + f.negWords > 0 ? f.negWords / (f.posWords + f.negWords) : -1;
  names.push(`negWordShare:${wshare < 0 ? 'none' : bucket(wshare, [0.1, 0.25, 0.45, 0.65, 0.85])}`);
  const cshare = f.posClauses + f.negClauses > 0 ? f.negClauses / (f.posClauses + f.negClauses) : -1;
  names.push(`negClauseShare:${cshare < 0 ? 'none' : bucket(cshare, [0.1, 0.25, 0.45, 0.65, 0.85])}`);
  names.push(`negClauseShare:${cshare < 0 ? 'none' : bucket(cshare, [0.25, 0.65])}|rating:${f.rating ?? 'none'}`);
  names.push(`insults:${Math.min(2, f.insults)}`, `threats:${Math.min(2, f.threats)}`, `accusations:${Math.min(2, f.accusations)}`);
  names.push(`hostileCues:${Math.min(3, f.insults + f.threats + f.accusations)}`);
  names.push(`words:${bucket(f.words, [8, 20, 50, 120])}`);
  names.push(`first:${Math.sign(f.firstSign)}`, `last:${Math.sign(f.lastSign)}`);
  const soft = Math.min(2, (f.softened ?? 0) + (f.asides ?? 0));
  names.push(`soft:${soft}`, `soft:${soft}|rating:${f.rating ?? 'none'}`, `soft:${soft}|negClauses:${Math.min(3, f.negClauses)}`);
  const asks = Math.min(2, f.requests ?? 0);
  names.push(`requests:${asks}`, `requests:${asks}|negWords:${bucket(f.negWords, [0.5, 2, 5])}`);
  return names.map(featureId);
}

export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
