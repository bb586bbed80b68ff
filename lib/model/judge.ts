/**
 * How the learned model's scores become flags and structure: what a flag from it says, which words it
 * names as evidence, and how the reply heads settle the checklist. The analyser calls these; they hold no
 * state of their own.
 */
import type { Category, Flag, Structure } from '../analysis/types';
import type { Term } from '../rules/types';
import { hashFeature, type FeatureList } from './features';
import type { Model, ReplyHead, SentenceHead } from './index';

export interface LearnedCheck {
  /** Shown and toggled like a rule id (options page, "ignore here"). */
  id: string;
  category: SentenceHead & Category;
  severity: 'low';
  message: string;
  guidance: string;
  suggestion: string;
  /**
   * Shown on the options page and checked against the bundled model by the tests, like a rule's; each
   * answers the review below, as the model reads the review too.
   */
  examples: { flagged: Array<{ text: string; flag: string }>; fine: string[] };
}

/** The review every learned check's examples answer. */
export const EXAMPLE_REVIEW = { review: 'The room was dirty, the wifi did not work and the staff were rude. Never again.', rating: 1 };

/** The three learned checks, in the owner's words. They flag a whole sentence that no rule explained. */
export const LEARNED: readonly LearnedCheck[] = [
  {
    id: 'sounds-defensive',
    category: 'defensive',
    severity: 'low',
    message: 'This sentence reads as arguing with the customer rather than owning the problem.',
    guidance:
      'Avoid defensiveness: replies that correct the review, point to the terms, doubt the reviewer or praise the business in its own defence make the next reader side with the customer.',
    suggestion: 'Say what went wrong for them and what you are doing about it, and leave the rest out.',
    examples: {
      flagged: [
        { text: 'The wifi works well in all areas of the hotel.', flag: 'The wifi works well in all areas of the hotel.' },
        { text: 'You were the rudest guest we have ever had.', flag: 'You were the rudest guest we have ever had.' },
      ],
      fine: ['We are sorry the room was not cleaned, and we have refunded the night.', 'We have already fixed the wifi.', 'Our team was delighted to host you.'],
    },
  },
  {
    id: 'sounds-like-an-excuse',
    category: 'excuse',
    severity: 'low',
    message: 'This sentence reads as explaining the problem away.',
    guidance:
      'Avoid excuses: causes, third parties and "beyond our control" sound like the business ducking it. A short explanation can come after the apology and the fix.',
    suggestion: 'Lead with the apology and the fix; keep any reason brief and after them.',
    examples: {
      flagged: [
        { text: 'The road works outside were carried out by the city.', flag: 'The road works outside were carried out by the city.' },
        { text: 'Sometimes add-ons slow down Firefox.', flag: 'Sometimes add-ons slow down Firefox.' },
      ],
      fine: ['We have already fixed the wifi.', 'Thank you for your review.', 'We hope you will visit us again.'],
    },
  },
  {
    id: 'sounds-heated',
    category: 'emotional',
    severity: 'low',
    message: 'This sentence reads as heated: the next customer will hear the tone before the words.',
    guidance: 'Avoid emotion (point 1, wait for the heat to pass): sarcasm, put-downs and loaded words make the business look worse than the review did.',
    suggestion: 'Rewrite it plainly, as you would say it to the customer across the counter.',
    // the rules name heat well on real replies; this check has added little so far (see the README)
    examples: { flagged: [], fine: ['Our team was delighted to host you.', 'We hope you will visit us again.', 'Thank you for your review.'] },
  },
];

/** The words that weighed most towards a flag: up to three terms, adjacent ones merged into one span. */
export function evidenceOf(model: Model, head: SentenceHead, features: FeatureList, terms: Term[], base: number): Array<{ start: number; end: number }> {
  const weights = model.termWeights(features, head, terms.length);
  const top = [...weights.keys()]
    .filter((i) => weights[i]! > 0.05 && terms[i]!.text.trim() !== '')
    .sort((a, b) => weights[b]! - weights[a]! || a - b)
    .slice(0, 3)
    .sort((a, b) => a - b);
  const out: Array<{ start: number; end: number }> = [];
  for (const i of top) {
    const t = terms[i]!;
    const last = out[out.length - 1];
    if (last && top.includes(i - 1) && last.end >= base + terms[i - 1]!.end) last.end = base + t.end;
    else out.push({ start: base + t.start, end: base + t.end });
  }
  return out;
}

export function learnedFlag(
  check: LearnedCheck,
  text: string,
  sentence: { start: number; text: string },
  terms: Term[],
  features: FeatureList,
  model: Model,
  probability: number,
): Flag {
  const end = sentence.start + sentence.text.length;
  return {
    rule: check.id,
    category: check.category,
    start: sentence.start,
    end,
    text: text.slice(sentence.start, end),
    message: check.message,
    suggestion: check.suggestion,
    confidence: Math.round(probability * 100) / 100,
    evidence: evidenceOf(model, check.category, features, terms, sentence.start),
  };
}

const RULE_STRUCTURE = {
  acknowledge: hashFeature('rule:acknowledge'),
  action: hashFeature('rule:action'),
  timescale: hashFeature('rule:timescale'),
  followUp: hashFeature('rule:followUp'),
  sincere: hashFeature('rule:apology:sincere'),
  nonApology: hashFeature('rule:apology:non-apology'),
  none: hashFeature('rule:apology:none'),
  defensive: hashFeature('rule:defensive'),
  excuse: hashFeature('rule:excuse'),
  emotional: hashFeature('rule:emotional'),
};

/**
 * The whole reply as the structure heads see it: every sentence feature once (a set of words, not a
 * count, so a long reply is not more of anything), plus what the rules concluded.
 */
export function replyFeatures(sentences: FeatureList[], rules: Structure, flagged: Iterable<Category>): number[] {
  const ids = new Set<number>();
  for (const s of sentences) for (const id of s.ids) ids.add(id);
  if (rules.acknowledge) ids.add(RULE_STRUCTURE.acknowledge);
  if (rules.action) ids.add(RULE_STRUCTURE.action);
  if (rules.timescale) ids.add(RULE_STRUCTURE.timescale);
  if (rules.followUp) ids.add(RULE_STRUCTURE.followUp);
  ids.add(rules.apology === 'sincere' ? RULE_STRUCTURE.sincere : rules.apology === 'non-apology' ? RULE_STRUCTURE.nonApology : RULE_STRUCTURE.none);
  for (const c of flagged) {
    if (c === 'defensive' || c === 'excuse' || c === 'emotional') ids.add(RULE_STRUCTURE[c]);
  }
  return [...ids];
}

const FIELD_OF = { acknowledges: 'acknowledge', action: 'action', timescale: 'timescale', followUp: 'followUp' } as const;

/**
 * What each reply head reads. Where the rules found a field in some sentences, the head reads those
 * sentences (is "we will refund your order by Friday" a real step? is "we have noted it" one?); where they
 * found none, the whole reply (did the rules miss one?). The apology head reads the whole reply.
 */
export function headFeatures(
  sentences: Array<{ text: string; features: FeatureList; structure: { acknowledge: boolean; action: boolean; timescale: boolean; followUp: boolean } }>,
  rules: Structure,
  flagged: Iterable<Category>,
): Record<ReplyHead, number[]> {
  const cats = [...flagged];
  const whole = replyFeatures(sentences.map((s) => s.features), rules, cats);
  const field = (head: keyof typeof FIELD_OF) => {
    const found = sentences.filter((s) => s.structure[FIELD_OF[head]]);
    return found.length > 0 ? replyFeatures(found.map((s) => s.features), rules, cats) : whole;
  };
  return {
    acknowledges: field('acknowledges'),
    action: field('action'),
    timescale: field('timescale'),
    followUp: field('followUp'),
    apology: whole,
  };
}

/**
 * The checklist: the rules' answer, which a reply head may overturn where it has learned the rules go
 * wrong on real replies. A field the rules found stays unless the head scores it below its keep level
 * ("we have noted your feedback" is not an action); a field they missed is added where the head is at
 * least at its threshold. Both levels are chosen on validation, so where the head has learned nothing
 * useful the rules' answer stands.
 */
export function structureFromModel(model: Model, features: Record<ReplyHead, number[]>, rules: Structure): Structure {
  const decide = (head: ReplyHead, found: boolean) => {
    const p = model.probability(features[head], head);
    return found ? p >= model.keep(head) : p >= model.threshold(head);
  };
  // whether it is sincere stays with the rules: a head trained on hotels' stock apologies ("sorry for the
  // inconvenience caused") learned to doubt plain ones ("I am sorry we let you down over your booking")
  const anyApology = decide('apology', rules.apology !== 'none');
  const apology = !anyApology ? 'none' : rules.apology === 'none' ? 'non-apology' : rules.apology;
  const action = decide('action', rules.action);
  return {
    acknowledge: decide('acknowledges', rules.acknowledge),
    apology,
    action,
    timescale: action && decide('timescale', rules.timescale),
    followUp: decide('followUp', rules.followUp),
  };
}
