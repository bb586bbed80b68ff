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
      '(thank|thanks) (you|so|very|much)? (much|very)? for',
      '(thank|thanks) you',
      '^thanks',
      '(i|we) (really|truly|genuinely)? appreciate',
      '(i|we) (completely|totally|fully|can|do)? (understand|hear) (you|your|why|how|that|the)',
      '(i|we) can (see|imagine|understand) (why|how)',
      "sorry to (hear|read|learn)",
      '(you are|you\'re) (right|correct|absolutely right)',
      'your (feedback|review|comments|message) (is|are|was|were|has|have)',
      '(i|we) (hear|heard) you',
    ],
  },
  {
    owner: 'structure-apology',
    patterns: ['(sorry|apologise|apologize|apologised|apologized|apologies|apology|apologising|apologizing|regret)'],
  },
  {
    owner: 'structure-action',
    patterns: [
      '(i|we|#Person|the team|our team|our manager|our chef|staff) (have|has|had|will|would|shall|am|are|is)? (now|already|just|also|personally|immediately|since)? #Verb',
      '(i|we) (have|will|am|are)? (now|already)? (been|be)? #Verb',
      '(a|your|the|full) (refund|replacement|voucher|credit|repair) (has|have|will|is) (been|be)? #Verb',
      '(this|it|they|that|the) (has|have|will|is|are) (been|be)? (now|already)? (fixed|resolved|repaired|replaced|refunded|updated|corrected|changed|sorted)',
    ],
  },
  {
    owner: 'structure-timescale',
    patterns: [
      'by (the)? (end of)? (#Date|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|noon|weekend|today)',
      'within (the)? (next)? #Value? (minute|minutes|hour|hours|day|days|week|weeks|month|months|business|working)',
      'within (a|an|one|two|three|24|48|72) (minute|minutes|hour|hours|day|days|week|weeks|month|months|business|working)',
      'in the (next|coming) #Value? (minute|minutes|hour|hours|day|days|week|weeks|month|months|business|working)',
      'next (week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|visit|update|release|version)',
      '(tomorrow|today|tonight|this (morning|afternoon|evening|week|weekend))',
      '(on|this|before|from|until) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
      '(on|by|before|from) #Date',
      '(#Value) (business|working)? (days|hours|weeks)',
      '(version|release|update) #Value',
    ],
  },
  {
    owner: 'structure-follow-up',
    patterns: [
      '(email|e-mail|call|contact|message|dm|phone|ring|text|reach|write to|pm) (me|us|our|the)',
      '(get|getting|be|stay) in touch',
      'reach out',
      '(drop|send) (me|us) (a|an)? (line|message|email|note|dm|private)',
      '(private|direct) (message|messaging|conversation)',
      '(contact|email|call|reach) (me|us)? (directly|personally|privately)',
      '(speak|talk|chat) (to|with) you',
      '#Email',
      '#PhoneNumber',
      '(my|our) (direct)? (email|number|line|phone|address) is',
      '(contact|email|call) [#Noun]',
    ],
  },
];

// Steps that change something for the customer. "look into", "pass on", "note" do not count.
const ACTION_VERBS = new Set(
  'refund refunded replace replaced fix fixed repair repaired retrain retrained train trained change changed update updated add added credit credited issue issued send sent arrange arranged book booked remove removed install installed introduce introduced reimburse reimbursed waive waived cancel cancelled canceled rebook rebooked redo redone reclean recleaned clean cleaned return returned resolve resolved correct corrected release released replace upgrade upgraded compensate compensated deep-clean re-train re-train ship shipped deliver delivered dispatch dispatched restock restocked hire hired schedule scheduled reschedule rescheduled provide provided offer offered give gave given reverse reversed adjust adjusted extend extended restore restored patch patched roll rolled reset revise revised rewrite rewritten reorganise reorganised reorganize reorganized move moved set put cover covered pay paid post posted enclose enclosed process processed'.split(
    ' ',
  ),
);
const VAGUE = /\b(look(ing)? into|pass(ed|ing)? (it|this|that|your)|take (it|this|that) on board|bear in mind|note(d)? (it|this|your)|try to|hope to|aim to|consider(ing)?)\b/i;

function anyHit(ctx: RuleContext, owner: string, hits: Map<string, unknown[]>): boolean {
  return (hits.get(owner)?.length ?? 0) > 0;
}

export function sentenceStructure(
  ctx: RuleContext,
  hits: Map<string, Array<{ pattern: number; from: number; to: number }>>,
  nonApology: boolean,
): SentenceStructure {
  const acknowledge = anyHit(ctx, 'structure-acknowledge', hits);
  const apology = anyHit(ctx, 'structure-apology', hits) && !nonApology && !apologyNegated(ctx.terms);
  let action = false;
  if (!VAGUE.test(ctx.text) && !/\?\s*$/.test(ctx.text)) {
    for (const h of hits.get('structure-action') ?? []) {
      const verb = lastVerb(ctx.terms, h.from, h.to);
      if (verb && (ACTION_VERBS.has(verb.root) || ACTION_VERBS.has(verb.normal)) && !conditional(ctx.terms, h.from)) {
        action = true;
        break;
      }
    }
  }
  const timescale = anyHit(ctx, 'structure-timescale', hits);
  const followUp = anyHit(ctx, 'structure-follow-up', hits);
  return { acknowledge, apology, action, timescale, followUp };
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
