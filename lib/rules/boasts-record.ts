import { phraseFind } from './helpers';
import type { SentenceRule } from './types';

const rule: SentenceRule = {
  id: 'boasts-record',
  category: 'defensive',
  severity: 'medium',
  message: 'Pointing to your record or other customers sounds like "the problem is you".',
  guidance: 'Avoid defensiveness: boasting in self-defence ("we have never had a complaint", "all our other guests") dismisses this customer\'s experience.',
  patterns: [
    '(we|i) have never (had|received|heard) (a|any|one|another|such a)? (complaint|complaints|problem|problems|issue|issues)',
    '(we|i) (have|\'ve) (never|not) (once)? (had|received) (a|any) (single)? (complaint|complaints)',
    '(all|most|the rest|none|many|hundreds|thousands) of? our (other)? (guests|customers|clients|patients|users|diners|visitors|buyers|members|reviews)',
    'our (other|many|countless|hundreds of|thousands of) (happy|satisfied|loyal|regular)? (guests|customers|clients|patients|users|diners|visitors|reviews)',
    '(no one|nobody|no other) (guest|customer|client|patient)? (else)? (has|have|had)? (ever)? (complained|mentioned|reported)',
    '(we|i) (always|consistently) go (above and beyond|the extra mile|out of our way)',
    '(hundreds|thousands|plenty|lots) of (happy|satisfied|positive|five-star|5-star|glowing) (guests|customers|reviews|clients)',
    '(our|the) (many|other|countless) (positive|five-star|5-star|glowing) reviews',
    '(every|any) other (guest|customer|client|patient|diner)',
    '(many|most|plenty of|lots of|other|loads of) (guests|customers|clients|users|patients|diners|members|people|visitors) (find|love|say|enjoy|tell|rate|seem|are|were|have|had|think)',
    '(is|are) the (best|friendliest|cleanest|finest|busiest|most #Adjective|#Superlative) (in|on|around)',
    'for the (other)? #Value+ (million|thousand)? (users|customers|guests|clients|people)',
    '(shipped|served|sold|fitted|treated|fixed|completed|installed|cut|styled|had|welcomed) (over|more than|thousands of|hundreds of) #Value?',
    '(every|each) single (guest|customer|client|patient|diner|member) (says|loves|agrees)',
    '(award|awards|award-winning|5-star hygiene|five-star hygiene)',
    '(have|has) never (had|received) (a|any|one) (single)? (complaint|complaints)',
    '(fully|highly) (qualified|trained|certified|accredited|experienced)',
    '(done|achieved) more (for|than)',
    '(we|i) (have|\'ve) (always|never) (been|had)',
    '(hundreds|thousands|dozens) of (five-star|5-star|positive|glowing|happy)',
    '(we|i) (have|\'ve) been (doing this|in business|serving|trading|open) for (#Value|many|over|more than)',
  ],
  find: phraseFind('Keep it about this customer: "I\'m sorry we fell short for you this time."'),
  examples: {
    flagged: [
      { text: 'We have never had a complaint about the beds before.', flag: 'We have never had a complaint' },
      { text: 'All our other guests loved the breakfast.', flag: 'All our other guests' },
      { text: 'We always go above and beyond for every diner.', flag: 'We always go above and beyond' },
      { text: 'Thousands of happy customers can\'t be wrong.', flag: 'Thousands of happy customers' },
      { text: 'Nobody else has complained about the noise.', flag: 'Nobody else has complained' },
      { text: 'We have been in business for 30 years and know what we are doing.', flag: 'We have been in business for 30' },
    ],
    fine: [
      'We never want a guest to feel this way.',
      'I have shared your comments with all our staff.',
      'We always want our guests to leave happy, and this time we did not manage it.',
      'This is not the experience we want any guest to have.',
      'I will make sure this never happens again.',
      'Our team reads every review, including this one.',
    ],
  },
};
export default rule;
