import { isQuestion, phraseFind } from './helpers';
import type { SentenceRule } from './types';

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
    '^what (did|do) you (expect|think|want)',
    '^why (would|did|do|could|on) earth? not? you',
    '^how (could|can|dare) you',
    '^(is|was) it (really)? (so|too) (much|hard|difficult)',
    '^who (in their right mind|would|does)',
    '^seriously',
    '^really #Question?$',
    '^honestly #Question?$',
    '^what (kind|sort) of (person|customer|guest)',
  ],
  find: phraseFind('Ask openly instead: "Could you tell me more about what happened?"', (ctx, hit) => {
    if (!isQuestion(ctx)) return true;
    // "Would you like…", "Could you tell me…", "Can you send…" are open invitations
    const second = ctx.terms[hit.from + 2]?.normal ?? '';
    if (hit.pattern === 0 && /^(like|let|tell|send|email|call|contact|give|share)$/.test(second)) return true;
    return false;
  }),
  examples: {
    flagged: [
      { text: 'Did you even read the menu?', flag: 'Did you even read' },
      { text: 'What did you expect for the price?', flag: 'What did you expect' },
      { text: "Why didn't you tell the waiter at the time?", flag: "Why didn't you" },
      { text: 'Is it really so hard to call ahead?', flag: 'Is it really so hard' },
      { text: 'Do you honestly think we would serve raw chicken?', flag: 'Do you honestly think' },
      { text: 'Seriously?', flag: 'Seriously' },
    ],
    fine: [
      'How can I help put this right?',
      'Would you be willing to tell me more about your visit?',
      'Could you send me your order number by email so I can check it?',
      'Did the replacement arrive safely?',
      'What could we have done better?',
      'Why the delay happened is no excuse, and I am sorry.',
    ],
  },
};
export default rule;
