/**
 * Serious harm in a review (assault, harassment, discrimination, injury, theft, police, a child at risk,
 * food poisoning): the reply then takes it seriously and asks for a private conversation, and names no
 * aspect and offers no menu action (a promise to "repair the door" answering an assault reads as absurd).
 * A lexicon of harm terms with a negation check on the few words before each ("no one was hurt").
 */

/** Whole words and phrases; a trailing "*" marks a stem ("racis*": racist, racism). Case-insensitive. */
const HARM = [
  'assault*', 'sexually', 'harass*', 'grope', 'groped', 'groping', 'molest*', 'rape', 'raped',
  'inappropriately touch*', 'touched me', 'touching me', 'grabbed me', 'grabbed my breast', 'grabbed my bottom', 'grabbed my bum', 'grabbed my wife', 'grabbed my daughter',
  'racis*', 'racial*', 'discriminat*', 'homophob*', 'transphob*', 'sexist', 'sexism', 'slur', 'slurs',
  'was injured', 'were injured', 'got injured', 'injured myself', 'injured himself', 'injured herself', 'an injury', 'injuries',
  'to hospital', 'in hospital', 'ambulance', 'a&e', 'a & e', 'emergency room', 'urgent care', 'stitches', 'concussion', 'broke my', 'broken arm', 'broken leg', 'burned me', 'scalded',
  'stole my', 'stole our', 'stole from', 'was stolen', 'were stolen', 'got stolen', 'been stolen', 'was robbed', 'were robbed', 'got robbed', 'been robbed',
  'police', 'threatened me', 'threatened us', 'punched', 'hit me', 'attacked', 'violent*', 'violence',
  'food poisoning', 'poisoned', 'allergic reaction', 'anaphyla*', 'epipen',
  // ill after eating, hurt by a treatment, the wrong medicine given
  'being sick', 'been sick', 'was sick all', 'threw up', 'throwing up', 'vomited', 'vomiting', 'diarrh*', 'environmental health',
  'chemical burn*', 'scabs', 'blistered', 'blisters',
  'wrong dose', 'wrong dosage', 'wrong medication', 'wrong medicine', 'wrong tablets', 'wrong strength', 'overdose*', 'times the dose',
  'fire hazard', 'carbon monoxide', 'gas leak', 'child was', 'my child', 'my son was', 'my daughter was', 'unsupervised',
  'drugged', 'spiked', 'drunk driv*', 'drink driv*', 'selling my data', 'sold my data', 'selling our data', 'sold our data', 'leaked my', 'data leak*', 'data breach', 'privacy breach', 'driver was drunk', 'driver is drunk', 'driver was high', 'under the influence', 'stalked', 'stalking', 'abused', 'abusive',
];
const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PATTERN = new RegExp(
  `(?<![\\p{L}])(?:${HARM.map((h) => (h.endsWith('*') ? escape(h.slice(0, -1)) : `${escape(h)}(?![\\p{L}])`)).join('|')})`,
  'giu',
);
/** Words that take a harm term back within the few words before it ("no one was injured", "not dangerous"). */
const NEGATION = /\b(no|not|never|nobody|without|nothing|wasn['’]t|weren['’]t|isn['’]t|didn['’]t|no-one|none)\b[^.!?]{0,25}$/i;
/** Words that make the harm term about something else ("my child loved it", "a child-friendly pool"). */
const CHILD_TERMS = /^(my child|child was|my son was|my daughter was|unsupervised)$/i;
const CHILD_RISK = /\b(hurt|injur|lost|missing|alone|unsupervised|danger|unsafe|fell|burn|bitten|ill|sick)/i;

/** The harm terms the review raises, not negated; empty when there are none. */
export function seriousTerms(text: string): string[] {
  if (!text) return [];
  const found: string[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const sentenceBefore = before.split(/[.!?\n]/).pop() ?? '';
    if (NEGATION.test(sentenceBefore)) continue;
    // a warning, not a report: "you may have diarrhoea", "you might get sick"
    if (/\b(?:may|might|could|can)\s+(?:\w+\s+){0,2}$/i.test(sentenceBefore.slice(-25))) continue;
    // "sick of waiting" is fed up, not ill
    if (/sick$/i.test(m[0]) && /^\s+of\b/i.test(text.slice(m.index + m[0].length))) continue;
    if (CHILD_TERMS.test(m[0])) {
      const sentence = text.slice(m.index, m.index + 80).split(/[.!?\n]/)[0] ?? '';
      if (!CHILD_RISK.test(sentence)) continue;
    }
    found.push(m[0].toLowerCase());
  }
  return found;
}

/** True when the review reports serious harm that the reply must treat as such. */
export function reportsSeriousHarm(text: string): boolean {
  return seriousTerms(text).length > 0;
}

/**
 * A danger the review warns of in something (steep stairs, a cracked basin, an old heater), no one hurt:
 * not the careful private reply serious harm gets (it would drop everything else the review says), but
 * the thing named as a safety matter: a near miss ("nearly got hit by a bus") or a health risk too. Where the
 * words say it, not negated ("not dangerous at all").
 */
const HAZARD = /(?<![\p{L}])(?:dangerous(?:ly)?|unsafe|hazardous|a (?:safety )?hazard|a safety (?:issue|concern|risk)|death ?trap|(?:a )?health risk|(?:almost|nearly) (?:got |been |was |were )?(?:hit|killed|run over|knocked (?:down|over)|crashed|fell off|thrown off)|could have (?:been )?(?:killed|died|hurt|injured)|a near miss)(?![\p{L}])/giu;
export function hazardOf(text: string): { start: number; end: number } | undefined {
  if (!text) return undefined;
  for (const m of text.matchAll(HAZARD)) {
    const before = (text.slice(Math.max(0, m.index - 40), m.index).split(/[.!?\n]/).pop() ?? '');
    // "not dangerous at all" takes it back; a near miss is not taken back by a fault just before it ("brake not working, almost crashed")
    // (only a negation that governs it, a few words before: "no way to control it, dangerous for kids" warns)
    const governing = before.split(/[,;:]/).pop() ?? '';
    if (NEGATION.test(governing.split(/\s+/).slice(-4).join(' ')) && !/^(?:almost|nearly|could have|a near)/i.test(m[0])) continue;
    return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}
