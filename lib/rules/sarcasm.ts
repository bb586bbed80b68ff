import { clauseEndAt, charsOf, cutHit } from './fixes';
import { phraseFind } from './helpers';
import type { SentenceRule } from './types';

const rule: SentenceRule = {
  id: 'sarcasm',
  category: 'emotional',
  severity: 'high',
  message: 'This reads as sarcastic. Every future customer will read it too.',
  guidance: 'Point 6 (polite, patient, positive) and "Emotion": sarcasm ("thanks a lot for the one star") is a public argument in disguise.',
  patterns: [
    '(thanks|thank you) (a lot|so much|very much|again)? for (the|your|that) (lovely|wonderful|glowing|kind|generous|fantastic|great|brilliant)? (one|1|two|2) (star review|stars|star|-star)',
    '(thanks|thank you) (a lot|so much)? for (nothing|ruining|wasting|the lecture|the lesson|your expert|the free advice)',
    'good luck (finding|with|getting) (better|anywhere|somewhere|someone|a better|that)',
    '(enjoy|have fun) (your|eating|dining|shopping|staying) (meal|food|stay|time|burgers|chain)? (elsewhere|somewhere else)',
    '(hope|hopefully) you (are|\'re) (happy|satisfied|pleased|proud) (now|with yourself)',
    '(so sorry|sorry) (that)? (our|the) #Noun? (was not|wasn\'t|were not|weren\'t) (up to|good enough for) your (high|lofty|exacting|refined|royal)? (standards|tastes|expectations)',
    '(your|such) (high|lofty|exacting|refined|royal|impeccable) (standards|tastes|palate|highness)',
    '(clearly|obviously|apparently) you (know|knew) (better|best|everything)',
    '(what a|how) (surprise|shock|shocking|nice of you|kind of you|lovely of you)',
    '(congratulations|well done) (on|for) (your|the|being|ruining|leaving|posting)',
    '(oh|wow) (well|dear|really|great|sure)',
    'sorry (we|i) could not (live up to|meet) your (impossible|high|lofty)',
    '(obviously|clearly) (we|you) (are|were) (not|never) (good enough|going to)',
    '(thanks|thank you) (a lot|so much)? (really|very)? (appreciate|helpful|useful)',
    '(thanks|thank you) (a lot|so much) for the (glowing|helpful|detailed|useful|lovely|wonderful) (review|feedback|input|essay)',
    '(be sure to|will) (lose|losing) (any)? sleep',
    'what a (tragedy|shock|surprise|shame|pity)',
    '(enjoy|have fun with) .{0,4} (then|forever)',
    '(we|i) (won\'t|will not|shan\'t) (miss|be missing) you',
    'see how that works out',
    '^(ha|haha|lol|lmao|rofl)',
    '(really detailed|very helpful|so helpful|how helpful)',
    '(oh no|oh dear),? (a|another|one)',
    'we\'ll be sure to (improve|take that on board|get right on)',
  ],
  find: phraseFind('Drop the irony: "Thank you for your feedback; I am sorry we let you down."', (ctx, hit) => {
    // "congratulations on your wedding", "well done for spotting it" with real warmth pass when the
    // sentence carries no sign of the review being the target
    if (hit.pattern === 9) return !/\b(review|star|stars|ruin|ruining|leaving|posting)\b/i.test(ctx.text);
    // "what a lovely surprise to see your review" is sincere when it is about praise
    if (hit.pattern === 8) return /\b(kind words|lovely review|thank)\b/i.test(ctx.text);
    return false;
  }, (ctx, hit) => {
    // mock thanks for the stars or the "glowing" review become plain thanks for it; the rest of the
    // sarcasm has nothing sincere to keep, so its clause goes
    if (hit.pattern === 0 || hit.pattern === 14) {
      const { from, to } = charsOf(ctx, hit.from, clauseEndAt(ctx, hit.to - 1));
      const cap = /^\p{Lu}/u.test(ctx.terms[hit.from]!.text);
      return { replacement: `${cap ? 'T' : 't'}hank you for your review`, replaces: { from, to } };
    }
    return cutHit(ctx, hit);
  }),
  examples: {
    flagged: [
      { text: 'Thanks a lot for the one star.', flag: 'Thanks a lot for the one star', output: 'Thank you for your review.' },
      { text: 'Good luck finding better anywhere else.', flag: 'Good luck finding better', output: '' },
      { text: 'Enjoy your meal elsewhere.', flag: 'Enjoy your meal elsewhere', output: '' },
      { text: 'Hope you are happy now.', flag: 'Hope you are happy now', output: '' },
      { text: 'Clearly you know better than our chef.', flag: 'Clearly you know better', output: '' },
      { text: 'Sorry our rooms were not up to your lofty standards.', flag: 'Sorry our rooms were not up to your lofty standards', output: '' },
      { text: 'Thank you for nothing.', flag: 'Thank you for nothing', output: '' },
    ],
    fine: [
      'Thanks a lot for the kind words, we loved having you.',
      'Thank you for the five stars!',
      'Good luck with the new house, and thank you for choosing us.',
      'I hope you are happy with the replacement.',
      'Congratulations on your wedding, and thank you for celebrating with us.',
      'Thank you for taking the time to write this.',
    ],
  },
};
export default rule;
