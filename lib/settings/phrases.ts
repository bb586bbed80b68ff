/**
 * Checks on a phrase the owner asks Calm Reply to flag ("Your own phrases"), beyond the list checks in
 * schema.ts (empty, too long, listed twice):
 *   - too short: fewer than three letters would flag ordinary words ("a", "ok" match inside every reply)
 *   - too common: one or two words that nearly every reply uses, so the phrase would flag most replies
 *   - already a rule's: a built-in rule flags exactly these words anyway (builtInRuleFor, asynchronous:
 *     it loads the analyser, so the options page only pays for it when a phrase is added)
 * The first two refuse the phrase; the third only says so, since the owner may want their own message.
 */

export const MIN_PHRASE_LETTERS = 3;

/**
 * Too common to flag: a phrase of one or two words, each in this list ("the", "sorry", "we are",
 * "thank you", "and you", "do not"). The list has two groups, both chosen because nearly every reply to
 * a review contains them, so a flag on them would fire on calm replies as often as on heated ones:
 *   - the commonest English function words: articles, pronouns and their contractions, the forms of
 *     "be", "have" and "do", the commonest modals, prepositions and conjunctions, "not";
 *   - the staples of a reply: thanking, apologising, hoping, the review and the visit.
 * Measured on the built-in rules' own "fine" examples (290 calm single sentences): "you" is in 43% of
 * them, "the" 40%, "we" 34%, "sorry" 20%, "thank" 12%; so a reply of five such sentences holds "you",
 * "the" and "we" about nine times in ten and "sorry" about two times in three.
 * What passes: one word outside the list ("no refunds", "your fault", "you should"), or three words or
 * more, which make a turn of phrase of their own even when each word is common ("sorry to hear",
 * "that's just how it is", "why didn't you": the built-in rules flag all three). "if" is left out on
 * purpose: it is what makes "sorry if" and "apologise if" the conditional apologies owners rightly flag.
 */
const COMMON_WORDS = new Set(
  [
    // articles, determiners, conjunctions
    'a an the this that these those some any all each every no and or but nor so yet as than then',
    // prepositions
    'of to in on at by for from with about into onto over under up down out off through after before during',
    // pronouns and their contractions
    "i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his she her hers it its they them their theirs",
    "i'm i've i'll i'd we're we've we'll we'd you're you've you'll you'd it's they're that's there's here's let's",
    // be, have, do, and the commonest modals
    'be am is are was were been being have has had having do does did done will would can could may might must',
    "isn't aren't wasn't weren't haven't hasn't hadn't don't doesn't didn't won't wouldn't can't couldn't",
    // small adverbs and question words
    'not very too also just so here there now then again what which who when where how why',
    // staples of a reply to a review
    'thank thanks thankyou sorry apologise apologize apologies apology please hope review reviews feedback',
    'visit stay experience time team hear glad happy welcome dear regards',
  ]
    .join(' ')
    .split(/\s+/),
);

/** The phrase's words as the list holds them: lower case, straight apostrophes, no punctuation around. */
function wordsOf(phrase: string): string[] {
  return phrase
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .replace(/[\u2018\u2019]/g, "'")
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}

/**
 * Why a phrase to flag is refused, or undefined when it may be added. Run after schema.ts's
 * checkNewPhrase (which catches the empty, the too long and the listed twice).
 */
export function phraseProblem(phrase: string): string | undefined {
  // an emoji is no ordinary word: "😡" alone may be flagged
  const emoji = /\p{Extended_Pictographic}/u.test(phrase);
  const letters = (phrase.match(/[\p{L}\p{N}]/gu) ?? []).length;
  if (!emoji && letters < MIN_PHRASE_LETTERS) return 'Use at least three letters: a shorter phrase would flag ordinary words.';
  const words = wordsOf(phrase);
  if (words.length > 0 && words.length <= 2 && words.every((w) => COMMON_WORDS.has(w))) {
    const shown = phrase.trim().replace(/\s+/g, ' ');
    return words.length === 1
      ? `“${shown}” is in most replies, so it would flag calm ones too. Choose words that only the replies you mean to catch would use.`
      : `“${shown}” is made only of words most replies use, so it would flag calm ones too. Choose words that only the replies you mean to catch would use.`;
  }
  return undefined;
}

/** Sentences around the phrase (in lower case, as the owner's phrase matches any case): a rule flagging exactly its words in one of them already covers it. */
const FRAMES: Array<(p: string) => string> = [
  (p) => `${p.charAt(0).toLocaleUpperCase()}${p.slice(1)}.`,
  (p) => `Thank you for your review, ${p}.`,
  (p) => `We read your review and ${p} is what we noticed.`,
  (p) => `${p.charAt(0).toLocaleUpperCase()}${p.slice(1)}, we will look into it today.`,
];

type Analyse = (text: string) => { flags: Array<{ rule: string; start: number; end: number }> };
let analysers: { key: string; analyse: Analyse } | undefined;

/**
 * The built-in rule (its id) that already flags exactly these words, or undefined. The analyser runs the
 * phrase inside a few neutral sentences, with the owner's rules as they are (a rule turned off covers
 * nothing) and without the learned model (it names sentences, not words).
 */
export async function builtInRuleFor(phrase: string, disabledRules: string[] = []): Promise<string | undefined> {
  const words = phrase.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
  if (!words) return undefined;
  const key = [...disabledRules].sort().join(',');
  if (analysers?.key !== key) {
    const { createAnalyzer } = await import('../analysis/index');
    const analyser = createAnalyzer({ model: null, disabledRules });
    analysers = { key, analyse: (text) => analyser.analyse(text) };
  }
  for (const frame of FRAMES) {
    const text = frame(words);
    const at = text.toLocaleLowerCase('en').indexOf(words);
    const flag = analysers.analyse(text).flags.find((f) => f.start === at && f.end === at + words.length);
    if (flag) return flag.rule;
  }
  return undefined;
}
