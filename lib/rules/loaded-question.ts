import { cutSentence } from './fixes';
import { isQuestion, phraseFind } from './helpers';
import type { RuleContext, RuleMatch, SentenceRule } from './types';
import { span } from './util';

const byPattern = phraseFind('Ask openly instead: "Could you tell me more about what happened?"', (ctx, hit) => {
    if (!isQuestion(ctx)) return true;
    // "Would you like…", "Could you tell me…", "Can you send…" are open invitations
    const second = ctx.terms[hit.from + 2]?.normal ?? '';
    if (hit.pattern === 0 && /^(like|let|tell|send|email|call|contact|give|share)$/.test(second)) return true;
    return false;
  },
  // a rhetorical question is its whole sentence: it goes, and the reply's statements answer instead
  (ctx) => cutSentence(ctx));

const OPEN = /^(how|what|when|where|why|who|which|could|would|can|will|do|does|did|is|are|was|were|have|has|may|shall|should|any|anything|fancy|want|need)$/;

/** A short question fragment that is not an open question. */
function echo(ctx: RuleContext): boolean {
  const words = ctx.terms.filter((t) => t.text && /\p{L}/u.test(t.text));
  if (words.length === 0 || words.length > 5) return false;
  if (OPEN.test(words[0]!.normal)) return false;
  if (/\b(help|questions?|thoughts|anyone|else|more|ideas)\b/i.test(ctx.text)) return false;
  return true;
}

const EXAMPLES: SentenceRule['examples'] = {
    flagged: [
      { text: 'Did you even read the menu?', flag: 'Did you even read', output: '' },
      { text: 'What did you expect for the price?', flag: 'What did you expect', output: '' },
      { text: "Why didn't you tell the waiter at the time?", flag: "Why didn't you", output: '' },
      { text: 'Is it really so hard to call ahead?', flag: 'Is it really so hard', output: '' },
      { text: 'Do you honestly think we would serve raw chicken?', flag: 'Do you honestly think', output: '' },
      { text: 'Seriously?', flag: 'Seriously', output: '' },
      { text: 'Dirty towels??', flag: 'Dirty towels', output: '' },
      { text: 'Overpriced?', flag: 'Overpriced', output: '' },
      { text: 'What exactly did you expect for twenty pounds?', flag: 'What exactly did you expect', output: '' },
      { text: 'Wouldn\'t it have been easier to just ask?', flag: 'Wouldn\'t it have been easier', output: '' },
    ],
    fine: [
      'How can I help put this right?',
      'Would you be willing to tell me more about your visit?',
      'Could you send me your order number by email so I can check it?',
      'Did the replacement arrive safely?',
      'What could we have done better?',
      'Any questions?',
      'Fancy a coffee on us next time?',
      'Why the delay happened is no excuse, and I am sorry.',
      'What exactly went wrong? I would really like to know.',
      'Why not let me make it up to you with a free night?',
    ],
  };

const rule: SentenceRule = {
  id: 'loaded-question',
  category: 'defensive',
  severity: 'high',
  message: 'A rhetorical question picks a fight. Ask an open question or make a statement.',
  guidance: 'Avoid defensiveness: rhetorical or loaded questions ("did you even read the menu?") argue with the customer; open questions ("how can I help?") invite the rest of the story (point 2).',
  patterns: [
    '^(did|do|have|were|are|would|could|can|does) you (even|really|honestly|seriously|actually|ever) #Verb?',
    '^(did|do|have) you (not|never) #Verb?',
    '^(did|do|have|were|are|would) not you',
    'what (did|do|else did|else do) you (expect|think|want)',
    '^(have|did) you (tried|try|considered|read|checked|thought)',
    '^why (would|did|do|could|on) earth? not? you',
    '^how (could|can|dare) you',
    '^(is|was) it (really)? (so|too) (much|hard|difficult)',
    '^who (in their right mind|would|does)',
    '^seriously',
    '^why (would|do|does|did|on earth) (anyone|someone|somebody|people|a person)',
    '^really #Question?$',
    '^honestly #Question?$',
    '^what (kind|sort) of (person|customer|guest)',
    'what #Adverb (did|do|were|are) you (honestly|really|actually)? (expect|expecting|think|thinking|want|imagine)',
    '^(would|could|should) not? it (not)? have been (easier|simpler|quicker|better|more sensible|wiser|fairer)',
    '^why (leave|post|write|complain|go online|review|wait|moan|rant)',
  ],
  always: true,
  find(doc: unknown, ctx: RuleContext): RuleMatch[] {
    const found = byPattern(doc, ctx);
    // the customer's own word thrown back: "Dirty towels??", "Overpriced?", "SCAM?"
    if (found.length === 0 && isQuestion(ctx) && echo(ctx)) {
      const m = span(ctx, 0, ctx.terms.length, 'Answer the concern instead of repeating it back: "I\'m sorry the towels were not clean."');
      if (m) found.push({ ...m, ...cutSentence(ctx) });
    }
    return found;
  },
  examples: EXAMPLES,
};

export default rule;
