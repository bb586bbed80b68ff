/**
 * The reviewer's first name from the author field, in a module of its own so the review reader and the
 * composer can both use it without importing each other.
 */

/** Words that show an author field is not a person's name ("A Google User", "Verified buyer"). */
const NOT_NAMES = new Set([
  'a', 'an', 'the', 'google', 'user', 'anonymous', 'guest', 'customer', 'client', 'verified', 'buyer', 'local',
  'guide', 'traveller', 'traveler', 'reviewer', 'someone', 'unknown', 'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'madam',
]);

/**
 * The reviewer's first name only (never the full name: platforms forbid it), or undefined when the
 * author field does not start with something that looks like a name.
 */
export function firstNameOf(author: string | undefined): string | undefined {
  const first = (author ?? '').trim().split(/[\s,.]+/u)[0] ?? '';
  if (!/^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u.test(first)) return undefined;
  if (first.length > 20 || NOT_NAMES.has(first.toLowerCase())) return undefined;
  return first;
}
