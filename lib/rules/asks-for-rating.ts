import { cutHit } from './fixes';
import { phraseFind } from './helpers';
import type { SentenceRule } from './types';

const rule: SentenceRule = {
  id: 'asks-for-rating',
  category: 'policy',
  severity: 'medium',
  message: 'Asking for a better rating or a changed review breaks the rules of most review sites.',
  guidance: '"Platform violations": asking for a better rating (Google Play, Trustpilot, Amazon) is forbidden; a good reply earns it without asking.',
  patterns: [
    '(please|kindly)? (consider)? (update|updating|change|changing|raise|raising|revise|revising|reconsider|reconsidering|amend|amending|edit|editing|remove|removing|delete|deleting|increase|increasing|bump|bumping|improve|improving|take down|taking down) (your|the|this) (review|rating|stars|star rating|score|feedback|comment|post)',
    '(give|leave|grant) us (a|an|another)? (five|5|better|higher|fairer|more|second|four|4) (star|stars|-star|rating|review|chance review)',
    '(more|extra|additional|another) (stars|star)',
    '(update|updating|change|changing|raise|raising|bump|bumping|increase|increasing) (it|this|that|your rating|your review)? to (5|five|4|four|a 5|a five) (stars|star)?',
    '(5|five|5-star|five-star) (star|stars)? (rating|review)? (would|will) (be|mean|help)',
    '(worth|deserve|deserves|deserving) (more than)? (one|1|a single|two|2|more) (star|stars)',
  ],
  find: phraseFind('Leave the rating to them: "I hope we get the chance to welcome you back."', (ctx, hit) => {
    // "thank you for updating your review" and "we will update our menu" are not requests
    const first = ctx.terms[hit.from]?.normal ?? '';
    if (hit.pattern === 0) {
      const before = ctx.text.slice(0, ctx.terms[hit.from]!.start);
      if (/\b(thank you|thanks|grateful)\b[^.!?]*$/i.test(before) || /\b(after|since|when) you\s*$/i.test(before)) return true;
      if (/^(update|updating)$/.test(first) && /\bwe\b[^.!?]{0,20}$/i.test(before)) return true;
    }
    if (hit.pattern === 2) return !/\b(give|giving|leave|leaving|add|adding|deserve|worth|earn|rating|review)\b/i.test(ctx.text);
    return false;
  }, cutHit),
  examples: {
    flagged: [
      { text: 'Please consider updating your review.', flag: 'Please consider updating your review', output: '' },
      { text: 'Would you give us a five star rating next time?', flag: 'give us a five star', output: '' },
      { text: 'We feel we deserve more than one star.', flag: 'deserve more than one star', output: '' },
      { text: 'Kindly reconsider your rating.', flag: 'Kindly reconsider your rating', output: '' },
      { text: 'Could you change your review now the issue is fixed?', flag: 'change your review', output: '' },
    ],
    fine: [
      'Thank you for updating your review.',
      'We will update our booking page this week.',
      'Your review was fair, and we have acted on it.',
      'I hope we get the chance to welcome you back.',
      'The new menu has three more vegan dishes.',
      'Thank you for the five stars!',
    ],
  },
};
export default rule;
