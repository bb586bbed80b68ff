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
      '(i|we) (totally|completely|fully|can|do|absolutely)? (understand|hear) (you|your|why|how|that|the|what)',
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
    // phrases that are a step for the customer whatever the grammar around them
    patterns: [
      '(is|are|\'s) on (us|me|the house)',
      '(is|are|\'s|will be) (free|complimentary|free of charge)',
      '(is|are) on (its|their) way',
      '(went|goes|go|went) (out|through|into|in)',
      '(made|make) it (a|our) (rule|policy|priority)',
      '(the|a) (fix|patch|update|replacement|refund|new #Noun) (ships|is|goes|went|will|arrives|lands|has|was|should)',
      '(fixed|resolved|patched|sorted) (in|as of|from) (version|v|release|update|build)?',
      'live (since|from|as of)',
      'dealt with',
      '(we|i) (have|\'ve) (got|put|set) (a|an|new|up)',
      '(will|\'ll) (ship|launch|land|go live|roll out|arrive|be live|be fixed)',
      '(is|are) (going back|coming back|back) (in|on|from|under)',
      '(fixes|fixed|solves|solved|resolves|resolved) (it|this|that|the bug|the problem|the issue|the crash)',
      '^(fixed|sorted|changed|updated|replaced|refunded|corrected|removed|added) (it|this|that|the|your)',
      'to (arrange|book|organise|organize|schedule) (a|an|your) (free|new|replacement)? #Noun',
      '(we|i) (had|got|have|\'ve) (a|an|the|it|them|new|our) #Adjective? #Noun? (fitted|replaced|repaired|installed|fixed|cleaned|serviced|resealed|rewired|sorted)',
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
      '(will|\'ll|would|\'d) (call|email|ring|phone|contact|message|text) you',
      '(i|we) (would|\'d) (love|like) to (hear|talk|speak|chat)',
    ],
  },
];

// Verbs that are not a step for the customer: feelings, hopes, checking, passing things on.
// "look into", "pass on", "bear in mind" do not count (README of the corpus, GUIDANCE point 4).
const NOT_ACTION = new Set(
  `be is are was were am been being have has had do does did hope hoping want wanted wish like love loved feel felt think thought
  believe know knew see saw seen hear heard understand understood appreciate apologise apologize apologised apologized regret
  thank thanked welcome enjoy enjoyed pass passed look looking looked investigate investigating raise raised note noted consider
  considering try tried trying aim aiming strive pride value valued expect expected mean meant seem seemed sound sounds wait waited
  read glad say said mention mentioned come came go went get got find found work worked share shared serve served care cared
  ensure promise promised recommend recommended suggest suggested advise advised realise realised realize realized watch watched
  need needed miss missed receive received show showed shown check checked call called ring rang phone phoned email emailed
  message messaged text texted contact contacted visit visited review reviewed inspect inspected test tested answer answered
  reply replied remember remembered keep kept let can could would should shall will may might must pop cook cooked start started
  stay stayed run ran happen happened spend spent help helped handle handled deal dealt use used offer beam beaming chuffed delighted
  thrilled going working improve improving hold held blown turn turned caused cause notified notify marked closed opened explain
  explained written write made make take taken do done agree agreed follow followed include included apply applied`.split(/\s+/),
);
// Even with "now" these are not steps: "we now feel", "we now know".
const FEELINGS = new Set('be is are was were am feel know think believe hope want wish like love understand appreciate regret see hear'.split(' '));
// Passives that are a step for the customer ("your refund has been processed", "the pump was replaced").
const PASSIVE_STEPS = new Set(
  `refunded replaced repaired fixed resolved updated changed credited reversed restored resent re-sent sent dispatched processed
  issued booked rebooked cleaned deep-cleaned recleaned removed installed fitted serviced reset corrected reworked retrained trained
  rewritten redesigned adjusted extended waived cancelled escalated patched released upgraded kept moved added shipped delivered
  posted installed`.split(/\s+/),
);
// Kept even though "offer", "send", "give" are common: with we/I as subject they are redress.
const REDRESS = new Set(['offer', 'offered', 'send', 'sent', 'give', 'gave', 'given', 'cover', 'covered', 'refund', 'refunded', 'replace', 'replaced']);
const SKIP = new Set(['now', 'just', 'already', 'also', 'then', 'personally', 'immediately', 'since', 'today', 'really', 'both', 'all', 'finally', 'quickly', 'gladly', 'happily', 'actually', 'definitely', 'certainly', 'always']);
const AUX = new Set(['will', 'shall', 'have', 'has', 'had', 'am', 'are', 'is', 'was', 'were', 'been', 'be', 'being', 'to', 'can', 'going', 'get', 'got', 'like', 'love', 'want', 'plan', 'aim', 'aiming', 'planning', 'happy', 'would', 'do', 'did']);
const FIRST_PERSON = new Set(['we', 'i', 'he', 'she', 'they', 'team', 'staff', 'manager', 'chef', 'engineer', 'plumber', 'technician', 'installer', 'owner', 'nurses', 'nurse', 'groomer', 'baker', 'barista', 'stylist', 'stylists', 'crew', 'lads', 'coach', 'receptionist', 'vet', 'dentist', 'doctor', 'developers', 'housekeeping', 'kitchen', 'office', 'van', 'vans', 'shift', 'everyone']);
const VAGUE = /\b(look(ing)? into|pass(ed|ing)? (it|this|that|your)( \w+)? on|pass (it|this|that|your \w+) on|take (it|this|that) on board|bear (it )?in mind|steps are being taken|raised it with)\b/i;
// Offers that depend on the customer changing the review are incentives, not actions.
const CONDITIONAL = /\bif you (remove|delete|change|update|take|edit|amend|revise|'d be happy to edit)\b|\bif (this|the|your) (review )?(is|isn't|is not) (not )?(removed|taken down)|\bif you('d| would) be happy to (edit|change|update|remove)/i;

function anyHit(_ctx: RuleContext, owner: string, hits: Map<string, unknown[]>): boolean {
  return (hits.get(owner)?.length ?? 0) > 0;
}

export function sentenceStructure(
  ctx: RuleContext,
  hits: Map<string, Array<{ pattern: number; from: number; to: number }>>,
  nonApology: boolean,
  /** The sentence is hostile (sarcasm, threats, insults): its thanks and promises do not count. */
  hostile: boolean,
  /** The sentence argues (defensive or emotional flags): what it says "we did" is a defence, not a step. */
  arguing = false,
  /** The sentence makes an excuse: its passives ("was sent to an old address") describe the failure. */
  excusing = false,
): SentenceStructure {
  const apology = anyHit(ctx, 'structure-apology', hits) && !nonApology && !apologyNegated(ctx.terms);
  if (hostile) return { acknowledge: false, apology, action: false, timescale: false, followUp: false };
  const acknowledge = anyHit(ctx, 'structure-acknowledge', hits);
  const question = /\?\s*$/.test(ctx.text) && !/^(would|could|can|shall) (i|we)\b/i.test(ctx.text);
  const action = !arguing && !question && !CONDITIONAL.test(ctx.text) && !VAGUE.test(ctx.text) && (anyHit(ctx, 'structure-action', hits) || hasStep(ctx.terms, excusing));
  // "we did reply to your email" reports contact that already happened; it invites nothing
  const reported = /\b(we|i)\s+(did|have|had|already)?\s*(replied|reply|responded|emailed|called|contacted|messaged|wrote)\b/i.test(ctx.text) && !/\b(please|feel free|do not hesitate|don't hesitate|you can|you could|let (me|us) know|again|will|'ll)\b/i.test(ctx.text);
  const followUp = anyHit(ctx, 'structure-follow-up', hits) && !reported && !/\bcontact (them|the (manufacturer|courier|bank|carrier|airline|seller|retailer|developer|store))\b/i.test(ctx.text);
  // a time counts only when it is attached to a step or to the private follow-up (README of the corpus)
  const future = /\b(will|'ll|shall|going to|is booked|are booked|should (arrive|reach|appear|be)|from now on|starting)\b/i.test(ctx.text);
  const timescale = anyHit(ctx, 'structure-timescale', hits) && (action || followUp || future) && !arguing && !/\b(last|that) (week|night|month|weekend|morning|evening|day|time|visit|stay|year)\b/i.test(timeWords(ctx, hits));
  return { acknowledge, apology, action, timescale, followUp };
}

/**
 * A step taken or promised: a verb whose subject is the business (we, I, our team, a named person)
 * in the past, perfect, future or "now" + present, or a passive "has been refunded" about the
 * customer's things. Feelings, hopes and checking do not count.
 */
function hasStep(terms: Term[], excusing: boolean): boolean {
  // the subject of the last clause, for "we found your account and restored your streak"
  let clause: { ours: boolean; tensed: boolean } | null = null;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (/[,;:–—]/.test(terms[i - 1]?.post ?? '')) clause = null;
    if (!t.tags.has('Verb') && !(t.tags.has('Adjective') && /ed$/.test(t.normal))) continue;
    if (t.tags.has('Auxiliary') || t.tags.has('Modal')) continue;
    const word = t.normal;
    // "we'll be with you on Saturday", "he'll be back on Wednesday"
    const visit = (word === 'be' || word === 'is') && /^(with|back|there|round|over)$/.test(terms[i + 1]?.normal ?? '') && terms[i - 1]?.normal === 'will';
    // walk back over adverbs and auxiliaries to the subject
    let k = i - 1;
    const chain: string[] = [];
    let blocked = false;
    let now = false;
    while (k >= 0 && i - k <= 6) {
      const w = terms[k]!;
      if (w.tags.has('Negative') || w.normal === 'never' || w.normal === 'not') {
        blocked = true;
        break;
      }
      if (SKIP.has(w.normal)) {
        if (w.normal === 'now' || w.normal === 'always') now = true;
        k--;
        continue;
      }
      if (AUX.has(w.normal)) {
        chain.push(w.normal);
        k--;
        continue;
      }
      if (/^(should|could|might|must|if)$/.test(w.normal)) blocked = true;
      break;
    }
    if (blocked || (chain.includes('would') && !chain.includes('like') && !chain.includes('love'))) {
      clause = null;
      continue;
    }
    const subject = terms[k];
    const past = t.tags.has('PastTense') || t.tags.has('Participle');
    const passive = chain.some((c) => /^(been|is|are|was|were|be|being)$/.test(c)) && (past || /ed$/.test(word));
    let ours = !!subject && (FIRST_PERSON.has(subject.normal) || (subject.tags.has('Person') && !subject.tags.has('Pronoun')) || subject.normal === 'who');
    let tensed = chain.length > 0 || now || past || t.tags.has('Gerund');
    if (subject?.normal === 'and' && clause) {
      ours = clause.ours;
      tensed = tensed || clause.tensed;
    }
    if (ours && !passive) clause = { ours, tensed: chain.length > 0 || past };
    if (visit && ours) return true;
    if (ours && !passive && tensed) {
      if (now && !FEELINGS.has(word)) return true;
      if (NOT_ACTION.has(word) && !REDRESS.has(word)) continue;
      // "call you", "email you" is the follow-up, not a step
      if (/^(you|me|us)$/.test(terms[i + 1]?.normal ?? '') && /^(call|email|message|text|ring|contact|phone)/.test(word)) continue;
      return true;
    }
    // "your refund has been processed", "the pump was replaced": a finished step, unless it is the excuse
    const finished = chain.some((c) => /^(been|was|were|be)$/.test(c)) || now;
    if (passive && finished && !excusing && PASSIVE_STEPS.has(word) && terms[i + 1]?.normal !== 'by') return true;
  }
  return false;
}

/** The words of the time expressions found, to reject "that weekend", "last week". */
function timeWords(ctx: RuleContext, hits: Map<string, Array<{ pattern: number; from: number; to: number }>>): string {
  return (hits.get('structure-timescale') ?? [])
    .map((h) => ctx.terms.slice(Math.max(0, h.from - 1), h.to).map((t) => t.normal).join(' '))
    .join(' | ');
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
