import { cutHit } from './fixes';
import { isWarm, phraseFind } from './helpers';
import type { SentenceRule } from './types';

const rule: SentenceRule = {
  id: 'insults',
  category: 'emotional',
  severity: 'high',
  message: 'This calls the customer names. Nothing loses a public argument faster.',
  guidance: 'Point 6 (polite and positive) and "Emotion": insults and name-calling break every platform\'s rules and turn readers against you.',
  patterns: [
    '(liar|liars|idiot|idiots|moron|morons|troll|trolls|fool|fools|clown|loser|losers|scrounger|scroungers|freeloader|freeloaders|chancer|chancers|keyboard warrior|crybaby|snowflake|brat|jerk|imbecile)',
    '(you are|you\'re|they are|such a|what a|real|you) (a|an)? (liar|idiot|moron|troll|fool|clown|joke|disgrace|nightmare|nutcase|lunatic|piece of work)',
    'you (are|were|sound|seem|come across as) (so|very|clearly|obviously|just|totally|completely)? (stupid|rude|entitled|ignorant|clueless|pathetic|delusional|crazy|insane|unhinged|petty|childish|spoilt|spoiled|arrogant|obnoxious|nasty|vile|disgusting|dishonest|bitter|miserable|dumb|thick|cheap|stingy|tight)',
    '(people|customers|guests|someone|somebody) like you',
    '(some|certain) (people|clients|customers|guests|patients|diners|folk|folks|members) (are|just|really|will|need|have|can|simply|never|always)',
    'says the (person|one|guy|woman|man|customer|lady|bloke)',
    '(entitled|ignorant|clueless|rude|nasty|miserable|bitter|difficult|petty|abusive) (customer|customers|guest|guests|person|people|individual|woman|man|reviewer|diner|patient)',
    '(shut up|get lost|go away|grow up|get a life|get over it|do one|piss off|bugger off)',
    '(the|your) (stupidity|ignorance|arrogance|entitlement)',
  ],
  find: phraseFind('Describe the situation, not the person: "I am sorry the visit ended this way."', (ctx, hit) => {
    // a word like "fool" inside "fool-proof", or "difficult customer service day" owned by us
    if (hit.pattern === 4 && /\b(our|we|i) (were|was|made|had)\b/i.test(ctx.text.slice(0, ctx.terms[hit.from]!.start))) return true;
    if (hit.pattern === 3 && (isWarm(ctx) || /\b(thank|thanks|grateful|love|appreciate|keep|support)\b/i.test(ctx.text))) return true;
    if (hit.pattern === 0 && /-(proof)/i.test(ctx.text.slice(ctx.terms[hit.from]!.start, ctx.terms[hit.from]!.end + 6))) return true;
    return false;
  }, cutHit),
  examples: {
    flagged: [
      { text: 'You are a liar and everyone here knows it.', flag: 'You are a liar', output: '' },
      { text: 'Only an idiot would order a steak well done.', flag: 'idiot', output: '' },
      { text: 'You sound entitled.', flag: 'You sound entitled', output: '' },
      { text: 'People like you ruin it for everyone.', flag: 'People like you', output: '' },
      { text: 'We do not serve rude customers.', flag: 'rude customers', output: '' },
      { text: 'Grow up.', flag: 'Grow up', output: '' },
    ],
    fine: [
      'Our new booking form is fool-proof now.',
      'I am sorry we made you feel foolish at the desk.',
      'We would love to welcome you back.',
      'Guests like you make this job a joy.',
      'Thank you, people like you keep small shops going.',
      'Nobody should be spoken to rudely, and I have talked to the waiter.',
      'I understand this was a difficult evening.',
    ],
  },
};
export default rule;
