/**
 * The suggested reply (issue 5, GUIDANCE.md points 2–5), composed locally from the review and the
 * owner's business profile: thanks and acknowledgement naming the complaint, a sincere apology,
 * the action with a timescale (placeholders: only the owner knows them), a private follow-up
 * through the business's contact channel, and the sign-off.
 */
import type { BusinessProfile } from '../settings/schema';
import { joinTopics, reviewTopics } from './topics';
import { findPlaceholders, type Placeholder } from './placeholders';
import { measureLength } from './length';

export * from './placeholders';
export * from './length';
export * from './gate';
export { reviewTopics, joinTopics, looksEnglish } from './topics';

export type ReplyVariant = BusinessProfile['replyLength'];
export const VARIANTS: ReadonlyArray<{ id: ReplyVariant; label: string; hint: string }> = [
  { id: 'short', label: 'Short', hint: 'Fits Google Play’s 350 characters' },
  { id: 'standard', label: 'Standard', hint: 'All four parts, briefly' },
  { id: 'warm', label: 'Warm', hint: 'More personal, for loyal customers' },
];

/** Google Play's limit (PLATFORMS.md): the short variant always fits it once filled. */
export const SHORT_LIMIT = 350;

/** What the owner must supply. The labels say what to write; Insert waits for both. */
export const ACTION_PLACEHOLDER = '[what we are doing about it]';
export const WHEN_PLACEHOLDER = '[day or date]';

export interface ReviewForReply {
  text?: string;
  author?: string;
  rating?: number;
}

export interface ComposeInput {
  review?: ReviewForReply;
  business: BusinessProfile;
  variant: ReplyVariant;
  /** The platform's limit; a variant that would not fit falls back to shorter wording. */
  limit?: number;
  platform?: string;
}

export interface ComposedReply {
  text: string;
  variant: ReplyVariant;
  placeholders: Placeholder[];
  topics: string[];
  firstName?: string;
}

/** Words that show an author field is not a person's name ("A Google User", "Verified buyer"). */
const NOT_NAMES = new Set([
  'a', 'an', 'the', 'google', 'user', 'anonymous', 'guest', 'customer', 'client', 'verified', 'buyer', 'local',
  'guide', 'traveller', 'traveler', 'reviewer', 'someone', 'unknown', 'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'madam',
]);

/**
 * The reviewer's first name only (never the full name: platforms forbid it, GUIDANCE.md), or
 * undefined when the author field does not start with something that looks like a name.
 */
export function firstNameOf(author: string | undefined): string | undefined {
  const first = (author ?? '').trim().split(/[\s,.]+/u)[0] ?? '';
  if (!/^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u.test(first)) return undefined;
  if (first.length > 20 || NOT_NAMES.has(first.toLowerCase())) return undefined;
  return first;
}

function sentenceCase(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

interface Parts {
  thanks: string;
  apology: string;
  empathy?: string;
  action: string;
  followUp: string;
  closing?: string;
  signOff: string;
}

function followUpFor(business: BusinessProfile, short: boolean): string {
  const person = business.signerName.trim() ? 'me' : 'us';
  const value = business.contact.value.trim();
  const tail = short ? 'so we can talk it over.' : 'so we can talk this through and put it right together.';
  switch (business.contact.kind) {
    case 'email':
      return `Please email ${person} directly at ${value || '[your email address]'} ${tail}`;
    case 'phone':
      return `Please call ${person} directly on ${value || '[your phone number]'} ${tail}`;
    default:
      return `Please send ${person} a private message here ${tail}`;
  }
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

/**
 * The kind of business picks how the warm reply closes: the word for the person and the welcome
 * back that fits (a hotel welcomes a guest back; an app hopes to serve its user better).
 */
const CLOSING_BY_KIND: Record<NonNullable<BusinessProfile['kind']>, string> = {
  hotel: 'Thank you again for your patience. We would love the chance to welcome you back as our guest and show you a better stay.',
  restaurant: 'Thank you again for your patience. We would love to welcome you back to our table and show you a better meal.',
  shop: 'Thank you again for your patience. We would love the chance to serve you again and get it right as your shop.',
  trades: 'Thank you again for your patience, and for giving us the chance to put the work right for you.',
  healthcare: 'Thank you again for your patience. Your care matters to all of us, and we want every visit to feel that way.',
  app: 'Thank you again for your patience. We want the app to work well for every user, and your report helps us get there.',
  other: 'Thank you again for your patience, and for giving us the chance to make this right.',
};

function partsFor(variant: ReplyVariant, topics: string[], firstName: string | undefined, business: BusinessProfile): Parts {
  const about = topics.length ? `about ${joinTopics(topics)}` : 'about your experience';
  const name = firstName ? `, ${firstName},` : '';
  const short = variant === 'short';
  const thanks = short
    ? `Thank you${name} for telling us ${about}.`
    : `Thank you${name} for taking the time to tell us ${about}.`;
  // an apology for "your experience" alone is a non-apology to readers: own the failure instead
  const apology = short
    ? 'I am sorry we let you down.'
    : topics.length
      ? `I am sorry that we let you down over ${joinTopics(topics)}.`
      : 'I am sorry that we let you down.';
  return {
    thanks,
    apology,
    empathy: variant === 'warm' ? 'I can understand how disappointing that must have been, and your feedback matters to all of us here.' : undefined,
    action: `To put this right, we ${ACTION_PLACEHOLDER} by ${WHEN_PLACEHOLDER}.`,
    followUp: followUpFor(business, short),
    closing: variant === 'warm' ? CLOSING_BY_KIND[business.kind ?? 'other'] : undefined,
    signOff: signOffFor(business, short),
  };
}

function assemble(p: Parts, variant: ReplyVariant): string {
  if (variant === 'short') return `${p.thanks} ${p.apology} ${p.action} ${p.followUp}\n${p.signOff}`;
  const body = [p.thanks, [p.apology, p.empathy].filter(Boolean).join(' '), p.action, p.followUp, p.closing].filter(Boolean);
  return `${body.join('\n\n')}\n\n${p.signOff}`;
}

/** Room the owner's filled-in facts usually take beyond the placeholder labels. */
const FILL_ALLOWANCE = 60;

export function composeReply(input: ComposeInput): ComposedReply {
  const firstName = firstNameOf(input.review?.author);
  const allTopics = reviewTopics(input.review?.text);
  const limit = input.variant === 'short' ? Math.min(SHORT_LIMIT, input.limit ?? SHORT_LIMIT) : input.limit;
  const fits = (text: string) => limit === undefined || measureLength(text, input.platform).used + FILL_ALLOWANCE <= limit;

  // Shorter wording until it fits: fewer topics, then no name, then the short variant.
  const attempts: Array<{ variant: ReplyVariant; topics: string[]; name?: string }> = [];
  for (const variant of [input.variant, ...(input.variant === 'short' ? [] : ['short' as const])]) {
    for (const n of [allTopics.length, 1, 0].filter((n, i, a) => n <= allTopics.length && a.indexOf(n) === i)) {
      attempts.push({ variant, topics: allTopics.slice(0, n), name: firstName });
    }
    attempts.push({ variant, topics: [], name: undefined });
  }
  let chosen = attempts[attempts.length - 1]!;
  let text = '';
  for (const a of attempts) {
    text = assemble(partsFor(a.variant, a.topics, a.name, input.business), a.variant);
    chosen = a;
    if (fits(text)) break;
  }
  return { text, variant: chosen.variant, placeholders: findPlaceholders(text), topics: chosen.topics, firstName: chosen.name };
}

/** Exposed for the panel's hint: "Missing: …" for each unfilled placeholder. */
export function describePlaceholders(text: string): string[] {
  return findPlaceholders(text).map((p) => sentenceCase(p.label));
}
