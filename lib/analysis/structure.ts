import type { RuleContext, Term } from '../rules/types';
import type { PatternSet } from './parse';

/** What one sentence contributes to the reply's structure checklist (GUIDANCE points 2–5). */
export interface SentenceStructure {
  acknowledge: boolean;
  apology: boolean;
  action: boolean;
  timescale: boolean;
  followUp: boolean;
}

export const STRUCTURE_PATTERNS: PatternSet[] = [
  {
    owner: 'structure-acknowledge',
    patterns: [
      '(thank|thanks|cheers) (you|so|very|again)? (much|very)? for',
      '(thank you|thanks|cheers) #Person? #Period',
      '^(thank you|thanks|cheers)',
      '(i|we) (really|truly|genuinely|do)? appreciate',
      '(i|we) (completely|totally|fully|can|do|absolutely)? (understand|hear) (you|your|why|how|that|the|what)',
      '(i|we) can (see|imagine|understand) (why|how)',
      '(you are|you\'re) (right|correct|absolutely right|quite right|spot on)',
      'you (mentioned|said|told us|pointed out|raised|noted|described|called|asked)',
      '(is|was|are|were) (far|way|much|simply)? too (long|slow|much|late|cold|loud|noisy|expensive)',
      'you deserved (better|more)',
      'you (should not|shouldn\'t) have (had to)?',
      '(i|we) (don\'t|do not) blame you',
      '(that|this|it) (is|was|isn\'t|wasn\'t) not? (acceptable|good enough|fair|right|on)',
      '(i|we) hear you',
      '(you have|you\'ve) every right',
    ],
  },
  {
    owner: 'structure-apology',
    patterns: ['(sorry|apologise|apologize|apologised|apologized|apologies|apology|apologising|apologizing|regret)'],
  },
  {
    owner: 'structure-action',
    patterns: [
      // first person doing something, in any tense: judged in code against verbs that are not actions
      '(i|we|#Person|team|manager|chef|staff|engineer|plumber|technician|he|she|they) (have|has|had|will|would|shall|am|are|is|\'ve|\'ll|\'m|\'re)? (now|already|just|also|personally|immediately|since|then|today)? (been|be)? #Verb',
      '(a|your|the|full|new|this|that|it|every|each|all) (#Adjective|#Noun)? (#Noun|refund|replacement|voucher|credit|repair|it|order|copy|charge|fix|update|version|room|meal|kettle|kettles|parcel) (has|have|had|will|is|are|was|were|went|goes) (now|already|been|be|being)? (#PastTense|#Participle|booked|on|through|into|out)',
      '(you will|you\'ll|you should|it should|it will|this should) (receive|get|see|have|arrive|reach|appear|be with)',
      '(i|we) (would|\'d) (like|love) to (refund|offer|send|replace|cover|make|give|invite|book|arrange|repair|fix|redo|credit)',
      '(is|are|\'s) on (us|me|the house)',
      '(next|your next) #Noun? (is|\'s)? on (us|me|the house)',
      '(free|complimentary) (#Noun|of charge)',
      '(we|i) (now|always) (#Verb)',
    ],
  },
  {
    owner: 'structure-timescale',
    patterns: [
      'by (the)? (end of)? (#Date|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|noon|weekend|today|midday|lunchtime)',
      'by the end of (the|this|next)? (day|week|month|year)',
      'within (the)? (next)? #Value? (minute|minutes|hour|hours|day|days|week|weeks|month|months|business|working)',
      'within (a|an|one|two|three|24|48|72) (minute|minutes|hour|hours|day|days|week|weeks|month|months|business|working)',
      'in the (next|coming) #Value? (minute|minutes|hour|hours|day|days|week|weeks|month|months|business|working)',
      'next (week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|year)',
      '(tomorrow|today|tonight|yesterday)',
      'this (morning|afternoon|evening|week|weekend|month)',
      'the same day',
      '(on|this|before|from|until|for) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
      '(on|by|before|from) #Date',
      '#Value (to|-)? #Value? (business|working)? (days|hours|weeks)',
      'from (today|tomorrow|now on|next|this)',
      '(right away|straight away|immediately|at once)',
    ],
  },
  {
    owner: 'structure-follow-up',
    patterns: [
      '(email|e-mail|call|contact|message|dm|phone|ring|text|reach|write to|pm|whatsapp) (me|us)',
      '(email|e-mail|call|contact|message|phone|ring|text|write to) the (office|team|manager|reception|front desk|clinic|practice|shop|store|salon|surgery|studio|desk)',
      '(email|e-mail|call|ring|phone|text|contact|message) #Email',
      '(call|ring|phone|text|whatsapp) (us|me)? (on|at)? #Value',
      '(get|getting|be|stay|keep) in touch',
      'reach out',
      '(drop|send|give) (me|us) (a|an)? (line|message|email|note|dm|private|call|ring|shout|text)',
      '(private|direct) (message|messaging|conversation)',
      '(contact|email|call|reach|message) (me|us)? (directly|personally|privately)',
      '(speak|talk|chat) (to|with) (you|me|us)',
      '(my|our) (direct)? (email|number|line|phone|inbox|mobile) is',
      'ask for (me|#Person)',
      'reply to (this|your|our|the) (email|message)',
      '(i|we) (will|\'ll|would|\'d) (call|email|ring|phone|contact|message|text) you',
      '(i|we) (would|\'d) (love|like) to (hear|talk|speak|chat)',
    ],
  },
];

// Verbs that are not steps for the customer: feelings, hopes, passing things on, looking into them.
const NOT_ACTION = new Set(
  'be is are was were am been being have has had do does did hope want wish like love feel felt think thought believe know knew see saw hear heard understand appreciate apologise apologize apologised apologized regret thank thanked welcome enjoy enjoyed pass passed look looking investigate investigating raise raised note noted consider considering try trying aim aiming strive pride value expect expected mean meant would could should can may might must need let seem seemed sound sounds wait can\'t cannot read glad pleased sorry say said tell told mention mentioned come go get got make made take took give gave put keep kept find found work working hope hoping share shared serve served test tested pride care cared ensure want wanted promise promised recommend recommended suggest advise'.split(
    ' ',
  ),
);
// "make it up", "put it right", "take it out of use", "give you a refund" are steps after all
const PHRASAL_ACTION = /\b(make (it|this) (up|right)|put (it|this|that|things) right|taken? (it|that|the \w+) out of|gave you|give you a|got (it|this) fixed|made (sure|changes|a change)|put in|took (it|\w+) off|spoken (to|with)|found the (bug|cause|fault|problem))\b/i;
const VAGUE = /\b(look(ing)? into|pass(ed|ing)? (it|this|that|your|on)|take (it|this|that) on board|bear in mind|note(d)? (it|this|your)|try to|hope to|aim to|consider(ing)?|steps are being taken|raised it with)\b/i;
// Offers that depend on the customer changing the review are incentives, not actions.
const CONDITIONAL = /\bif you (remove|delete|change|update|take|edit|amend|revise)\b|\bif (this|the|your) (review )?(is|isn't|is not) (not )?(removed|taken down)/i;

function anyHit(_ctx: RuleContext, owner: string, hits: Map<string, unknown[]>): boolean {
  return (hits.get(owner)?.length ?? 0) > 0;
}

export function sentenceStructure(
  ctx: RuleContext,
  hits: Map<string, Array<{ pattern: number; from: number; to: number }>>,
  nonApology: boolean,
  /** The sentence is hostile (sarcasm, threats, insults): its thanks and promises do not count. */
  hostile: boolean,
): SentenceStructure {
  const apology = anyHit(ctx, 'structure-apology', hits) && !nonApology && !apologyNegated(ctx.terms);
  if (hostile) return { acknowledge: false, apology, action: false, timescale: false, followUp: false };
  const acknowledge = anyHit(ctx, 'structure-acknowledge', hits);
  let action = false;
  const question = /\?\s*$/.test(ctx.text) && !/^(would|could|can|shall) (i|we)\b/i.test(ctx.text);
  if (!question && !CONDITIONAL.test(ctx.text)) {
    for (const h of hits.get('structure-action') ?? []) {
      if (h.pattern >= 2) {
        action = true;
        break;
      }
      const verb = lastVerb(ctx.terms, h.from, h.to);
      if (!verb || conditional(ctx.terms, h.from)) continue;
      if (h.pattern === 1) {
        action = true;
        break;
      }
      const word = verb.normal.replace(/^re-/, '');
      if (!NOT_ACTION.has(word) && !NOT_ACTION.has(verb.root) && !negated(ctx.terms, h.from, h.to)) {
        action = true;
        break;
      }
    }
    if (!action && PHRASAL_ACTION.test(ctx.text)) action = true;
    if (action && VAGUE.test(ctx.text) && !PHRASAL_ACTION.test(ctx.text)) action = countActions(ctx, hits) > 1;
  }
  const followUp = anyHit(ctx, 'structure-follow-up', hits) && !/\bcontact (them|the (manufacturer|courier|bank|carrier|airline|seller|retailer|developer|store))\b/i.test(ctx.text);
  // a time counts only when it is attached to a step or to the private follow-up (README of the corpus)
  const future = /\b(will|'ll|shall|going to|is booked|are booked|should (arrive|reach|appear|be)|from now on|starting)\b/i.test(ctx.text);
  const timescale = anyHit(ctx, 'structure-timescale', hits) && (action || followUp || future) && !/\b(last|that) (week|night|month|weekend|morning|evening|day|time|visit|stay|year)\b/i.test(timeWords(ctx, hits));
  return { acknowledge, apology, action, timescale, followUp };
}

/** The words of the time expressions found, to reject "that weekend", "last week". */
function timeWords(ctx: RuleContext, hits: Map<string, Array<{ pattern: number; from: number; to: number }>>): string {
  return (hits.get('structure-timescale') ?? [])
    .map((h) => ctx.terms.slice(Math.max(0, h.from - 1), h.to).map((t) => t.normal).join(' '))
    .join(' | ');
}

function countActions(ctx: RuleContext, hits: Map<string, Array<{ pattern: number; from: number; to: number }>>): number {
  let n = 0;
  for (const h of hits.get('structure-action') ?? []) {
    const verb = lastVerb(ctx.terms, h.from, h.to);
    if (verb && !NOT_ACTION.has(verb.normal) && !/^(look|pass|raise|note|consider|try)/.test(verb.normal)) n++;
  }
  return n;
}

function negated(terms: Term[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (terms[i]!.tags.has('Negative')) return true;
  return false;
}
function lastVerb(terms: Term[], from: number, to: number): Term | undefined {
  for (let i = to - 1; i >= from; i--) if (terms[i]!.tags.has('Verb')) return terms[i];
  return undefined;
}

/** "if we had refunded" or "we would have refunded" is not an action taken. */
function conditional(terms: Term[], from: number): boolean {
  for (let i = from - 1; i >= 0 && i >= from - 4; i--) if (terms[i]!.normal === 'if') return true;
  const next = terms[from + 1];
  return next?.normal === 'would' || next?.normal === 'could' || next?.normal === 'should';
}

/** "we will not apologise" is not an apology. */
function apologyNegated(terms: Term[]): boolean {
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (/^(sorry|apologi[sz]e)/.test(t.normal)) {
      for (let k = i - 1; k >= 0 && k >= i - 3; k--) if (terms[k]!.tags.has('Negative')) return true;
    }
  }
  return false;
}
