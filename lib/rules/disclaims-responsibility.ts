import { cutHit } from './fixes';
import { phraseFind } from './helpers';
import type { SentenceRule } from './types';

const rule: SentenceRule = {
  id: 'disclaims-responsibility',
  category: 'excuse',
  severity: 'high',
  message: 'This disowns the problem. Customers want to hear what you will do about it.',
  guidance: 'Avoid excuses: disclaiming responsibility ("not our fault", "out of our control") tells every reader you will not help.',
  patterns: [
    '(not|never) (our|my|the hotel\'s|the restaurant\'s|the shop\'s) (fault|responsibility|problem|doing|concern)',
    '(out of|beyond|outside of|outside) (our|my) (control|hands|remit)',
    '(nothing|little) (we|i) (could|can) (have)? (do|done)',
    '(we|i) (are|am|were|was|cannot be|can\'t be) not? (held)? (responsible|liable|to blame|at fault) for',
    '(we|i) (have|had) no (control|say) over',
    '(our|my) hands (are|were) tied',
    '(not|nothing) (to do) with us',
    'no fault of (our|ours|my)',
    'through no fault of (our|ours|my) own',
    'it happens (sometimes|occasionally|to everyone|to the best|in this)',
    '(these|such) things (can|do)? happen',
    '(isn\'t|is not|wasn\'t|was not|not) (down to|due to|a reflection on) (our|my|us|the work)',
    '(not|isn\'t|is not) something (we|i) (can|could) (control|fix|do anything about|be held responsible for)',
    '(we|i) (can\'t|cannot|could not|couldn\'t|can not) (control|prevent|be held responsible|be held accountable|be held liable)',
    '(can|can\'t|cannot|could not) be held (responsible|accountable|liable)',
    '(nothing|little) to do with (us|our|me|the work)',
    'only (the|their) #Noun (can|could) (fix|solve|change)',
    'only (the|their) #Noun #Noun (can|could) (fix|solve|change)',
    'that\'s the #Noun? (trade|business|industry|game) for you',
    '(can|may|do) (happen|occur) (if|when|with)',
    '(can|may|will|does|do) (vary|differ) (depending on|from|between|with)',
    '(not much|nothing|very little|little) (we|i) (can|could) (do|have done)',
    '(can|could|will) not be held (responsible|accountable|liable)',
  ],
  find: phraseFind('Own your part: "That should not have happened, and here is what I have done about it."', (ctx, hit) => {
    // "we are responsible for checking every room" owns it; only the negative form disowns
    if (hit.pattern === 3) {
      const words = ctx.terms.slice(hit.from, hit.to);
      const negative = words.some((t) => t.tags.has('Negative') || t.normal === 'not' || t.normal === 'cannot');
      return !negative;
    }
    // "it is not your fault" is kind; the pattern only takes our/my, so nothing else to skip
    return false;
  }, cutHit),
  examples: {
    flagged: [
      { text: 'The power cut was not our fault.', flag: 'not our fault', output: '' },
      { text: 'The weather was out of our control.', flag: 'out of our control', output: '' },
      { text: 'The road closure was beyond our control.', flag: 'beyond our control', output: '' },
      { text: 'There was nothing we could have done.', flag: 'nothing we could have done', output: '' },
      { text: 'We are not responsible for items left in rooms.', flag: 'We are not responsible for', output: '' },
      { text: 'We have no control over the parking charges.', flag: 'We have no control over', output: '' },
      { text: 'These things happen in a busy kitchen.', flag: 'These things happen', output: '' },
      { text: 'There is not much we can do when the council closes the road.', flag: 'not much we can do', output: '' },
      { text: 'We cannot be held responsible for third-party delays.', flag: 'cannot be held responsible', output: '' },
    ],
    fine: [
      'We are responsible for every room being clean, and yours was not.',
      'It was not your fault in any way.',
      'This is our responsibility, and I am sorry.',
      'I will take control of your booking personally.',
      'We could have done more, and we will.',
      'The mistake was ours.',
      'There is nothing we would not do to put this right.',
    ],
  },
};
export default rule;
