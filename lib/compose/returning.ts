/**
 * Whether the reviewer has come back before ("our third stay", "we have been here five times", "visiting
 * for nine years", "using the app for two years"). Owners who reply well thank a returning customer for it, and
 * an apology to one carries more weight. Read by the shape of what is said (a count of visits, a span of
 * time, "again and again"), never by the business's name.
 */
const COUNT = '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|many|several|multiple|a few|numerous|countless|a number of)';
const ORDINAL = '(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(?:\\d+-)?\\d+(?:st|nd|rd|th))';
const VISITED = '(?:stayed|been|visited|eaten|dined|come|came|used|booked|ordered|shopped)';
const SPAN = '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|many|several|a few|some)\\s+(?:years|months|decades)';
const PATTERNS: RegExp[] = [
  // "our third stay", "my 5th visit"
  new RegExp(`\\b(?:our|my|the)\\s+${ORDINAL}\\s+(?:stay|visit|time|trip|booking|meal|order)\\b`, 'i'),
  // "stayed here many times", "been here several times before", "visited 4 times", "stayed at this lodge a number of times"
  new RegExp(`\\b${VISITED}\\s+(?:here\\s+|there\\s+|(?:at|in)\\s+(?:\\S+\\s+){1,3}|with\\s+(?:you|them)\\s+)?${COUNT}\\s+times\\b`, 'i'),
  // "stayed here before", "have been here before"
  new RegExp(`\\b(?:have|had|'ve)\\s+${VISITED}\\s+(?:here|there|with (?:you|them))\\s+(?:before|previously)\\b`, 'i'),
  // "been coming back for six years", "using the app for two years", "a customer for years"; staying or
  // visiting only as something done again and again ("been staying here for years"), not one long stay
  // ("staying a month while our kitchen is rebuilt")
  new RegExp(`\\b(?:coming|(?:been|keep|kept)\\s+(?:staying|visiting)|using|been a (?:customer|guest|member|user))\\b[^.!?\\n]{0,30}\\bfor\\s+(?:over\\s+|more than\\s+|almost\\s+|nearly\\s+)?(?:${SPAN}|years)\\b`, 'i'),
  // "keep coming back", "always stay here", "every year we come", "regular guests"
  /\b(?:keep|kept|keeps) (?:coming|going) back\b/i,
  // "I always stay in this hotel" (not "we always stay at another place, so we tried this one")
  /\b(?:we|i) always (?:stay|come|eat|book|visit|order) (?:here|in this|at this|with (?:you|them))\b/i,
  /\bevery (?:year|summer|winter)\b/i,
  // said of themselves: "we are regular guests", "as a loyal customer" (not "repeat users would benefit")
  /\b(?:we are|we're|i am|i'm|as an?|being an?)\s+(?:very\s+)?(?:regular|returning|repeat|loyal|long[- ]time)(?:\s+(?:guests?|customers?|visitors?|users?|members?|patrons?))?\b/i,
];
/** "never stayed here before", "first time": a first visit, said outright. */
const FIRST = /\b(?:first (?:time|visit|stay)|never (?:stayed|been|visited|eaten) (?:here|there) before)\b/i;

export function returningReviewer(review: string): boolean {
  if (!review || FIRST.test(review)) return false;
  return PATTERNS.some((p) => p.test(review));
}

/**
 * Whether the reviewer says they will not come back ("won't be back", "would not stay here again", "never
 * again", "not willing to visit again"). A welcome back would not fit; the close respects their choice.
 * Not "would not recommend" (a warning to others, not a word on their own return), and not where the words
 * are set aside ("not saying I won't come back").
 */
const NO_RETURN = /\b(?:(?:will|would|shall|'ll|i'd|we'd)\s+(?:not|never)|won['’]?t|wont|wouldn['’]?t|wouldnt|never)\s+(?:ever\s+)?(?:again\s+)?(?:be\s+)?(?:return(?:ing)?|come back|coming back|go(?:ing)? back|be back|stay(?:ing)?\s+(?:(?:here|there|at \S+|with (?:you|them))\s+)?again|visit(?:ing)?\s+(?:\S+\s+){0,2}again|book(?:ing)?\s+(?:\S+\s+){0,2}again|use\s+(?:(?:it|this|this app|the app)\s+)?again|eat(?:ing)?\s+(?:\S+\s+){0,2}again)\b|\bnot\s+(?:be\s+)?(?:willing|planning|going)\s+to\s+(?:visit|come|stay|return|go back|book)\b|\bnever again\b|\b(?:will|would|shall|'ll)\s+never\s+(?:ever\s+)?(?:visit|come|stay|return|book)\b(?!\s+(?:\S+\s+){0,2}?(?:anywhere|elsewhere|another|any other|other))/i;
const SET_ASIDE = /\b(?:not saying|doesn['’]?t mean|does not mean|not that)\s+(?:\S+\s+){0,2}$/i;

export function saysNoReturn(review: string): boolean {
  if (!review) return false;
  for (const m of review.matchAll(new RegExp(NO_RETURN.source, 'gi'))) {
    if (!SET_ASIDE.test(review.slice(Math.max(0, (m.index ?? 0) - 30), m.index))) return true;
  }
  return false;
}
