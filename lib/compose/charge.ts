/**
 * A sum of money the reviewer was charged or paid, when the review holds it against us ("they charged me
 * $42 on top", "£6 to leave the car overnight"). Reviewers who dispute a charge often name no other thing: the
 * amount is the complaint, and a reply that says "the charge of $42" answers it where "sorry we let you
 * down" does not. Read by the shape of an amount and the sentence around it, not by a list of phrases.
 */
import { sentenceSpan } from './sentence';

export interface Charge {
  /** As a reply names it: "the charge of $42", "the price of £230 a night". */
  phrase: string;
  /** A charge made (an apology may name it) or a price paid (acknowledged only). */
  kind: 'charge' | 'price';
  start: number;
  end: number;
}

const CURRENCY = '(?:[$£€₹¥₱₩₫₺₽₦]|\\b(?:rs\\.?|inr|sgd|usd|aud|cad|nzd|hkd|eur|gbp|chf|rm|myr|php|idr|thb|jpy|cny|rmb|aed)\\s?)';
// a thousands comma inside the number, never the comma after it ("£300, spot on")
const NUMBER = '\\d(?:[\\d,]*\\d)?(?:[.:]\\d{1,2})?\\+?';
const UNIT = '(?:dollars?|pounds?|euros?|bucks|rupees?|quid|francs?|pesos?|ringgit|baht|rupiah|dirhams?|yuan)';
const PER = '(?:(?:\\s(?:per|a|an|each)\\s|\\s?/\\s?)(?:night|nite|hour|hr|day|person|head|portion|plate|dish|week|month|minute|min|km|mile|bag|drink|bottle|cup|sachet)\\b)?';
const AMOUNT = new RegExp(`(?:${CURRENCY}\\s?${NUMBER}(?:\\s?${UNIT})?|\\b${NUMBER}\\s?${UNIT}\\b)${PER}`, 'giu');

/** A charge made: the business took or asked for the money. */
const CHARGED = /\b(?:charg(?:e|ed|es|ing)|surcharges?|fees?|deduct\w*|fined|billed|bills?|invoiced?|invoices|penalt(?:y|ies)|took|taken|added|came\s+to|at\s+the\s+till|total(?:led)?)\b/i;
/** A price paid or asked, held against us. */
const PAID = /\b(?:pa(?:y|id|ying)|cost(?:s|ing)?|priced?|spent|expensive|overpriced|ridiculous|steep|extra|additional|rip[- ]?off|cheek)\b/i;
/** The sum praised, not disputed: "good value at $80", "worth it". */
const PRAISED = /\b(?:(?:good|great|excellent|fair|reasonable|decent|amazing)\s+(?:value|price|deal|rate)|bargain|worth\s+(?:it|every)|(?:was|is|seemed|seems|felt|feels|very|totally|pretty|really|perfectly|more\s+than)\s+(?:fair|reasonable))\b/i;
const DENIED_WORTH = /\bnot\s+(?:\w+\s+)?worth\b/i;

function sentenceAround(text: string, start: number, end: number): string {
  const { from, to } = sentenceSpan(text, start, end);
  return text.slice(from, to);
}

const CLAUSE_BREAK = /[,;:]|\s(?:and|but|then|while|whereas)\s/gi;
function clauseAround(text: string, start: number, end: number): string {
  const sentence = sentenceAround(text, start, end);
  const from = text.indexOf(sentence, Math.max(0, start - sentence.length));
  const cuts = [0, ...[...sentence.matchAll(CLAUSE_BREAK)].map((m) => m.index), sentence.length];
  const at = start - from;
  const i = cuts.findIndex((c, k) => c <= at && (cuts[k + 1] ?? sentence.length) > at);
  return sentence.slice(cuts[i]!, cuts[i + 1] ?? sentence.length);
}

/** The sum a reply should name: a charge made before a price paid, and the largest of them. */
export function chargeOf(review: string): Charge | undefined {
  const all = chargesOf(review);
  const value = (c: Charge) => Number((/\d[\d,]*(?:\.\d+)?/.exec(review.slice(c.start, c.end))?.[0] ?? '0').replace(/,/g, ''));
  const pool = all.some((c) => c.kind === 'charge') ? all.filter((c) => c.kind === 'charge') : all;
  return pool.reduce<Charge | undefined>((best, c) => (!best || value(c) > value(best) ? c : best), undefined);
}

/**
 * A sum with no currency, said as a fee, fine or penalty ("a cancellation fee of 5", "fined 20", "no-show
 * penalty 15"): the word makes the number money. Not a count or a time ("charged 3 times", "fined 20 minutes").
 */
const BARE = /\b(?:(fees?|fines?|penalt(?:y|ies)|charges?|surcharges?)\s+(?:of\s+)?|(fined|charged|penali[sz]ed|billed)\s+(?:me\s+|us\s+)?)(\d[\d,]*(?:\.\d{1,2})?)(?![\d.,]*\s*(?:%|x\b|times|mins?\b|minutes|hours?|hrs?\b|days?|weeks?|months?|years?|km|miles?|am\b|pm\b|stars?|people|persons|guests|nights?|[:/]))/giu;
/** A currency just before the number, or a unit just after it: the sum AMOUNT already reads. */
const CURRENCY_BEFORE = new RegExp(`${CURRENCY}\\s*$`, 'iu');
const UNIT_AFTER = new RegExp(`^[\\d.,]*\\s?${UNIT}`, 'iu');
const NOUN_OF: Record<string, string> = { fined: 'fine', charged: 'charge', penalised: 'penalty', penalized: 'penalty', billed: 'charge' };

/** Every sum the review holds against us, in order. */
export function chargesOf(review: string): Charge[] {
  if (!review) return [];
  const out: Charge[] = [];
  for (const m of review.matchAll(BARE)) {
    const at = m.index + m[0].length - m[3]!.length;
    // a currency or unit already makes it a sum the next reading finds
    if (CURRENCY_BEFORE.test(review.slice(0, at)) || UNIT_AFTER.test(review.slice(at))) continue;
    const word = (m[1] ?? NOUN_OF[m[2]!.toLowerCase()] ?? 'charge').toLowerCase().replace(/s$/, '').replace(/^penaltie$/, 'penalty');
    out.push({ phrase: `the ${word} of ${m[3]}`, kind: 'charge', start: at, end: at + m[3]!.length });
  }
  for (const m of review.matchAll(AMOUNT)) {
    const amount = m[0].trim().replace(/\s+/g, ' ');
    // a bare number with a currency word only ("2 pounds") or a symbol: a time ("14:50") needs its currency
    if (!/\d/.test(amount)) continue;
    const sentence = sentenceAround(review, m.index, m.index + m[0].length);
    if (PRAISED.test(sentence) && !DENIED_WORTH.test(sentence)) continue;
    // what was done with this sum is said in its own clause ("we paid $120 …, and were charged $15 …")
    const clause = clauseAround(review, m.index, m.index + m[0].length);
    const kind = CHARGED.test(clause) ? 'charge' : PAID.test(clause) || DENIED_WORTH.test(clause) ? 'price' : undefined;
    if (!kind) continue;
    out.push({ phrase: `the ${kind} of ${amount}`, kind, start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A bill above the quote ("quoted £80 on the phone … handed me a bill for £265"): the charge is the larger sum
 * the review says it was charged, after a smaller one it says it was quoted or estimated.
 */
export function overQuote(review: string): Charge | undefined {
  const value = (c: { start: number; end: number }) => Number((/\d[\d,]*(?:\.\d+)?/.exec(review.slice(c.start, c.end))?.[0] ?? '0').replace(/,/g, ''));
  const quoted = [...review.matchAll(AMOUNT)].find((m) => /\b(?:quot(?:e|ed|es|ing)|estimat(?:e|ed|es)|told\s+(?:us|me)\s+it\s+would\s+be)\b/i.test(clauseAround(review, m.index, m.index + m[0].length)));
  if (!quoted) return undefined;
  const q = { start: quoted.index, end: quoted.index + quoted[0].length };
  const charged = chargesOf(review).filter((c) => c.kind === 'charge' && c.start > q.start && value(c) > value(q));
  return charged.sort((a, b) => value(b) - value(a))[0];
}

/** A fault in the billing itself, said with no sum: charged twice, or a refund that has not come. */
export interface BillingFault {
  /** What is apologised for, after "I am sorry": "you were charged twice" (none: the phrase is apologised for). */
  statement?: string;
  /** What the reply names it as, and acts on: "the charge", "the refund". */
  phrase: string;
  start: number;
  end: number;
}

const BILLING: Array<{ re: RegExp; statement?: string | ((m: RegExpExecArray) => string); phrase: string | ((m: RegExpExecArray) => string) }> = [
  // a charge the reviewer disputes ("charged me for damage I didn't do", "billed us for a night we never stayed"):
  // named as the charge for that thing, neither conceded nor denied
  { re: /\b(?:charg|bill|fin)(?:ed|ing)\s+(?:me|us|my\s+card|our\s+card)\s+(?:\$?\d[\d,.]*\s+)?for\s+(?:(?:a|an|the|some|my|our)\s+)?((?:[\p{L}-]+\s+){0,1}[\p{L}-]+)\s+(?:that\s+|which\s+)?(?:i|we)\s+(?:didn['’]?t|did\s+not|never|hadn['’]?t|had\s+not|wasn['’]?t|was\s+not|weren['’]?t)\b/iu, phrase: (m) => `the charge for the ${m[1]!.toLowerCase()}` },
  { re: /\b(?:(?:(?:charg|debit|deduct)(?:ed|es|ing)|taken|took)\s+(?:me|us|my\s+card|our\s+card|the\s+card|my\s+account)?\s*(?:[$£€₹]\s?\d[\d,.]*\s+)?(?:twice|double|two\s+times|2\s+times)|double[- ]?(?:charg|bill)\w*|billed\s+(?:me\s+|us\s+)?twice)\b/i, statement: 'you were charged twice', phrase: 'the charge' },
  { re: /\b(?:charg|bill)(?:ed|ing)\s+(?:me\s+|us\s+|my\s+card\s+|our\s+card\s+)?(?:[3-9]|three|four|five|six|multiple|several|many)\s+times\b/i, statement: 'you were charged more than once', phrase: 'the charge' },
  // paid, and nothing came of it ("payment deducted but no ticket issued", "money debited, recharge not done")
  { re: /\b(?:(?:payment|money|amount|fare|balance)\s+(?:was\s+|got\s+|has\s+been\s+|is\s+)?)?(?:deducted|debited|charged|paid|payment\s+(?:went\s+through|was\s+taken|done|successful|success))\b[^.!?\n]{0,60}?\b(?:but|and|yet|still)\s+(?:(?:i\s+|we\s+)?(?:no|not|never|didn['’]?t\s+(?:get|receive)|did\s+not\s+(?:get|receive)|haven['’]?t\s+(?:got|received))\s+(?:(?:a|an|the|my|any)\s+)?(ticket|order|booking|confirmation|recharge|top-?up|item|delivery|product|credit|voucher|points|reload)s?\b|(?:the\s+|my\s+)?(ticket|order|booking|recharge|top-?up|item|delivery|product|credit|voucher|points|reload)s?\s+(?:was\s+|is\s+|has\s+|have\s+)?(?:not|never)\s+(?:been\s+)?(?:done|issued|received|credited|confirmed|delivered|arrived|came|sent|processed))/i, statement: (m) => `your payment was taken but no ${(m[1] ?? m[2])!.toLowerCase().replace(/^topup$/, 'top-up')} came through`, phrase: (m) => `the ${(m[1] ?? m[2])!.toLowerCase().replace(/^topup$/, 'top-up')}` },
  // a fee they dispute, with no sum ("cancellation fee charged even though…", "charged me a no-show fee")
  { re: /\b(?:(cancell?ation|cleaning|late|no[-\s]?show|booking|service|convenience|admin|damage|penalty|waiting|parking)\s+fee\s+(?:was\s+|got\s+)?(?:charged|deducted|taken|applied|added)|(?:charged|billed|deducted)\s+(?:me\s+|us\s+)?(?:a\s+|the\s+|an\s+)?(cancell?ation|cleaning|late|no[-\s]?show|booking|service|convenience|admin|damage|waiting|parking)\s+fee)\b(?!\s+(?:of\s+)?[$£€₹¥₱]?\s?\d)/i, phrase: (m) => `the ${(m[1] ?? m[2])!.toLowerCase().replace(/\s+/g, '-').replace(/^cancelation$/, 'cancellation')} fee` },
  // money put in that has not arrived ("my cash in of 2,000 pesos is not reflecting", "top up not credited")
  { re: /\b(cash[-\s]?in|top[-\s]?up|transfer|deposit|reload)\b(?:\s+of\s+[^.!?\n]{0,20}?)?\s+(?:is\s+|has\s+|was\s+|have\s+)?(?:still\s+)?(?:not|never|n['’]t)\s+(?:been\s+)?(?:reflect\w*|credited|show(?:n|ing)?|received|appear\w*|arrived|come\s+in|posted)/i, statement: (m) => `your ${m[1]!.toLowerCase().replace(/[-\s]/, '-')} has not shown in your account yet`, phrase: (m) => `the ${m[1]!.toLowerCase().replace(/[-\s]/, '-')}` },
  // a fine or penalty given with no sum ("got a fine anyway", "was given a penalty"): said as that
  { re: /\b(?:got|get|received|receive|given|issued|slapped\s+with|hit\s+with)\s+(?:a|an)\s+(?:[\p{L}-]+\s+)?(?:fine|penalty)\b(?!\s+(?:hotel|place|room|view|meal|dinner|stay|job|time|day|example|selection|breakfast|restaurant))/iu, statement: 'you were fined', phrase: 'the fine' },
  // charged for time they did not stay ("charged us a full extra day", "charging full day extra rent", "billed an
  // additional night"): said as that, neither conceded nor denied
  { re: /\b(?:charg|bill)(?:ed|ing)\s+(?:me\s+|us\s+)?(?:for\s+)?(?:a\s+|an\s+|the\s+|one\s+)?(?:full\s+)?(?:(?:extra|additional)\s+(day|night|hour)|(day|night|hour)\s+(?:extra|additional))\b/i, statement: (m) => `you were charged for an extra ${(m[1] ?? m[2])!.toLowerCase()}`, phrase: (m) => `the charge for the extra ${(m[1] ?? m[2])!.toLowerCase()}` },
  // charged again after cancelling ("cannot cancel … charged again this month")
  { re: /\b(?:charg|bill)(?:ed|ing)\s+(?:me\s+|us\s+|my\s+card\s+)?again\b/i, statement: 'you were charged again', phrase: 'the charge' },
  { re: /\b(?:(?:still|been|now|keep)\s+(?:\S+\s+){0,2}?waiting\s+(?:for|on)\s+(?:my|our|a|the)\s+refund|(?:never|not|yet\s+to|haven['’]?t|have\s+not|didn['’]?t|did\s+not|still\s+no[t]?)\s+(?:\S+\s+){0,2}?(?:receiv\w*|got|get|gotten|seen)\s+(?:my\s+|our\s+|a\s+|the\s+|any\s+)?(?:\S+\s+)?refund|refund\s+(?:has\s+)?(?:still\s+)?(?:never|not|hasn['’]?t|has\s+not)\s+(?:\S+\s+)?(?:arrived|come|came|been\s+(?:paid|processed|issued|made))|no\s+refund\s+(?:yet|so\s+far|after))\b/i, statement: 'you are still waiting for your refund', phrase: 'the refund' },
];

/** The review's first billing fault, or undefined. Read by what happened to the money, not by a sum. */
export function billingFaultOf(review: string): BillingFault | undefined {
  let best: BillingFault | undefined;
  for (const b of BILLING) {
    const m = b.re.exec(review);
    if (!m) continue;
    // "they never charged me twice", "not double charged this time": undone just before
    if (/\b(?:never|not|no longer|didn['’]?t|did not|wasn['’]?t)\s+(?:\S+\s+)?$/i.test(review.slice(Math.max(0, m.index - 20), m.index)) && typeof b.statement === 'string' && b.statement.startsWith('you were charged')) continue;
    const phrase = typeof b.phrase === 'string' ? b.phrase : b.phrase(m);
    const statement = typeof b.statement === 'function' ? b.statement(m) : b.statement;
    if (!best || m.index < best.start) best = { ...(statement ? { statement } : {}), phrase, start: m.index, end: m.index + m[0].length };
  }
  // the sum charged, said in the same sentence ("billed twice for the boots, $89.50 on the 4th and again…"):
  // named by it, so the refund offered is that sum
  if (best?.phrase === 'the charge') {
    const { from, to } = sentenceSpan(review, best.start, best.end);
    const sum = [...review.slice(from, to).matchAll(AMOUNT)].find((m) => /\d/.test(m[0]));
    if (sum) best = { ...best, phrase: `the charge of ${sum[0].trim().replace(/\s+/g, ' ')}` };
  }
  return best;
}

/** Words that bring money into a review: what was paid, charged, refunded or priced. */
const MONEY_WORDS = /\b(?:pa(?:y|id|ying|yment|yments)|charg(?:e|ed|es|ing)|refund\w*|money|prices?|pricey|priced|cost(?:s|ly|ing)?|fees?|subscri(?:be|bed|ption|ptions)|purchas\w*|bought|premium|expensive|overpriced|bills?|billed|invoice[sd]?|tariffs?|deposits?|rip[- ]?off)\b/i;

/**
 * Whether the review speaks of money at all (a sum, or what was paid or charged): a refund is an answer to
 * such a review, and to a grave complaint; offered for a free app's missing feature or a four-star
 * review's average lunch, it reads as out of proportion or as if the reply did not read the review.
 */
export function mentionsMoney(review: string): boolean {
  // search, not test: the shared global pattern's lastIndex is left as it was for the readers that match it
  return MONEY_WORDS.test(review) || review.search(AMOUNT) >= 0;
}

/**
 * Whether the reviewer paid for or was charged by the app itself (a subscription, a purchase, money taken):
 * "payment time" on a website the app shows is no money of ours to refund.
 */
const PAID_FOR = /\b(?:charged|paid|pay(?:ing)?\s+for|subscri(?:be|bed|ption|ptions)|purchas(?:e|ed|es|ing)|bought|premium|refund\w*|in-app|money|fees?)\b/i;
export function paidForApp(review: string): boolean {
  return PAID_FOR.test(review) || review.search(AMOUNT) >= 0;
}

