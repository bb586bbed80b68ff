import { cutHit } from './fixes';
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
    '(all|most|the rest|none|many|hundreds|thousands) of? our (other)? (guests|customers|clients|patients|users|diners|visitors|buyers|members|reviews|regulars|patrons|shoppers|followers|fans|students|tenants)',
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
    '(same as|better than|bigger than|cheaper than|as good as|as big as) (every|any|most|all the) other',
    '(trained|qualified|made|built|cleaned|run) to (a|the) (very|highest|high|strictest|best) (standard|standards|high)?',
    '(to|of) the highest (standard|standards|quality)',
    '(we|i) (have|\'ve) been (doing this|in business|serving|trading|open) for (#Value|many|over|more than)',
    '(speak|speaks|spoke) for (itself|themselves)',
    '(we|i) (fully|firmly|completely|wholeheartedly|still|always|totally|absolutely)? (stand|stood) (by|behind) (our|my|the|this|every|each|what|everything|all)',
    'our #Value? (star)? (rating|ratings|score|average|reviews|reputation|track record|record) (shows|show|prove|proves|says|say|reflect|reflects|demonstrate|demonstrates|tell|tells)',
    '(anyone|everyone|everybody) who (has|have|had)? #Adverb? #Verb #Adverb? (#Preposition|#Noun|#Pronoun)? #Noun? (knows|know|will tell you|can tell you|would agree|will agree|can see|can vouch)',
    '(we|i) (pride|pride ourselves|prides|pride myself) on (our|my|being|the|never|always)',
    '(we|i) know what (we|i) (are|am|\'re|\'m) doing',
    '(everyone|everybody) (else)? (loves|love|loved|enjoys|enjoyed|likes|liked|raves about|is happy with|was happy with|seems happy with)',
  ],
  find: phraseFind('Keep it about this customer: "I\'m sorry we fell short for you this time."', (ctx, hit) => {
    // experience or standards followed by owning the failure ("… and we still got this wrong") is humble
    if (/\b(still|yet|but)\b.*\b(wrong|let you down|failed|fell short|mistake|sorry|not good enough)\b/i.test(ctx.text.slice(ctx.terms[hit.to - 1]!.end))) return true;
    // "we stand behind our guarantee" is a promise to the customer, not a defence of the business
    // "for all our guests", "to welcome all our guests": the group is who we serve, not our witnesses;
    // it is a boast only as the subject of what they think or say ("all our guests loved it")
    if (hit.pattern === 2) {
      const before = ctx.terms[hit.from - 1];
      const after = ctx.terms[hit.to];
      if (before && (before.tags.has('Preposition') || before.tags.has('Verb') || before.tags.has('Determiner'))) return true;
      if (!after || !(after.tags.has('Verb') || after.tags.has('Adverb') || after.tags.has('Modal'))) return true;
    }
    // "lots of people are there to help" on a support forum is an offer, not a defence
    if (hit.pattern === 9 && /^(there|here|available|ready|on|waiting|able|happy to help|glad to help)\b/i.test(ctx.text.slice(ctx.terms[hit.to - 1]!.end).trim())) return true;
    if (hit.pattern === 25) return /\b(guarantee|promise|warranty|word|refund|pledge|offer|policy of refunding)\b/i.test(ctx.text);
    return false;
  }, cutHit),
  examples: {
    flagged: [
      { text: 'We have never had a complaint about the beds before.', flag: 'We have never had a complaint', output: '' },
      { text: 'All our other guests loved the breakfast.', flag: 'All our other guests', output: '' },
      { text: 'Everyone else loves it.', flag: 'Everyone else loves', output: '' },
      { text: 'Most of our guests find the room perfectly quiet.', flag: 'Most of our guests', output: '' },
      { text: 'We always go above and beyond for every diner.', flag: 'We always go above and beyond', output: '' },
      { text: 'Thousands of happy customers can\'t be wrong.', flag: 'Thousands of happy customers', output: '' },
      { text: 'Nobody else has complained about the noise.', flag: 'Nobody else has complained', output: '' },
      { text: 'We have been in business for 30 years and know what we are doing.', flag: 'We have been in business for 30', output: '' },
      { text: 'Our reviews speak for themselves.', flag: 'speak for themselves', output: '' },
      { text: 'We stand by our staff and the service they gave.', flag: 'We stand by our', output: '' },
      { text: 'Trust me, we know what we are doing.', flag: 'we know what we are doing', output: '' },
    ],
    fine: [
      'We want everyone to love their stay, and you did not.',
      'We never want a guest to feel this way.',
      'We will now offer late checkout to all our guests who ask.',
      'Lots of people are there to help you on the support forum.',
      'I have shared your comments with all our staff.',
      'We always want our guests to leave happy, and this time we did not manage it.',
      'This is not the experience we want any guest to have.',
      'I will make sure this never happens again.',
      'Our team reads every review, including this one.',
      'We stand behind our guarantee, so I have sent a replacement today.',
      'Our reviews matter to us, and this one especially.',
      'We stand with our community after the floods.',
      'We have been doing this for thirty years and we still got this wrong.',
    ],
  },
};
export default rule;
