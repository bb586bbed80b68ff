import { cutHit } from './fixes';
import { phraseFind } from './helpers';
import type { SentenceRule } from './types';

const rule: SentenceRule = {
  id: 'finger-pointing',
  category: 'defensive',
  severity: 'medium',
  message: 'A "you" statement about the customer\'s behaviour points a finger. Talk about what happened.',
  guidance: 'Avoid defensiveness: "you" statements that point a finger ("you were rude to our staff") turn a complaint into a fight; the customer and the business are on the same team (point 6).',
  patterns: [
    'you (were|are|was) (being|very|extremely|quite|so|clearly|obviously)? (rude|aggressive|abusive|unreasonable|demanding|impatient|hostile|difficult|confrontational|disrespectful|abrupt|intoxicated|drunk|late|unpleasant|condescending|threatening)',
    'your (attitude|behaviour|behavior|tone|conduct|manner|language)',
    'you (clearly|obviously) (did|do|were|are|have|had) not?',
    'you (clearly|obviously) (never|misunderstood|misread|missed|ignored|forgot)',
    'you (decided|insisted|demanded|chose) (to|on)',
    'you (left|arrived|turned up|showed up) (late|early|without)',
    '(the way|how) you (spoke|treated|behaved|acted|talked)',
    'you (were|are) the (one|ones|only one|only person)',
    'the only #Adjective? (person|one|customer|guest) .{0,4} (was|is) you',
    'you never (even)? #PastTense',
    'you (simply|just)? (refused|ignored|chose not|decided not|failed)',
    '(the problem|the issue|the fault) (is|was|lies) (with)? (your|you)',
    'you #Verb .{0,4} without (complaining|saying|mentioning|telling|a word|raising)',
    'you (were|was) not (home|there|in|around|available|answering|at home)',
    'what (more|else) (you|could you|did you|do you) (wanted|want|expected|expect)',
    'your (second|third|fourth|fifth|sixth|#Ordinal|#Value) (complaint|review|complaint this|time)',
    '(caused|created) by (your|you)',
    'on your (end|side)',
    '(instructions|advice|guidance|aftercare|the rules) (are|were|is|was) not (followed|read)',
    '(we|i) did (tell|warn|inform|advise|mention|explain)',
    '(you are|you\'re) the (first|only) (person|guest|customer|one|client|patient|diner|member)',
    'you complained about nothing',
    'and then (complained|complain|moaned|left a review|posted|wrote this)',
    '(stop|quit) (blaming|accusing|attacking|harassing) (us|me|our|the)',
    'your (own)? (mistakes|mistake|fault|error|errors|carelessness)',
    '(you may be|you must be|you\'re|you are) (confusing|thinking of|mixing)',
    'you (seem|seemed|appear|appeared) to (have)? (forgotten|misunderstood|missed|overlooked|misread|ignored|confused|mixed|misremembered|forget|misunderstand|miss|overlook|misread|ignore|confuse|be confused|be mistaken|be under)',
    'you (yourself|yourselves|personally|specifically) (agreed|signed|chose|confirmed|approved|booked|selected|accepted|requested|asked|ordered|picked)',
  ],
  find: phraseFind('Describe the event, not the person: "I\'m sorry the conversation at the desk went badly."', (ctx, hit) => {
    // "your tone" in "we hear your tone" is rare; "you were late because our map was wrong" still points.
    // Skip the polite "you were right".
    return /\byou (were|are) (right|correct)\b/i.test(ctx.text) && hit.pattern === 0;
  }, cutHit),
  examples: {
    flagged: [
      { text: 'You were extremely rude to our receptionist.', flag: 'You were extremely rude', output: '' },
      { text: 'Your attitude made it impossible to help.', flag: 'Your attitude', output: '' },
      { text: 'You clearly did not read the description.', flag: 'You clearly did not', output: '' },
      { text: 'You insisted on the window table.', flag: 'You insisted on', output: '' },
      { text: 'You arrived late for your appointment.', flag: 'You arrived late', output: '' },
      { text: 'The way you spoke to my staff was unacceptable.', flag: 'The way you spoke', output: '' },
      { text: 'You appear to have misunderstood how the booking works.', flag: 'You appear to have misunderstood', output: '' },
      { text: 'You yourself agreed to the quote.', flag: 'You yourself agreed', output: '' },
    ],
    fine: [
      'You were right to raise this with us.',
      'You deserved a warm welcome and we did not give you one.',
      'Your feedback has been shared with the whole team.',
      'You arrived to a room that was not ready, and I am sorry.',
      'We were too slow to answer your calls.',
      'I understand why you were frustrated.',
      'You seem to have had a long journey, and I am sorry the room was not ready.',
      'You yourself are the reason we love this job, thank you.',
    ],
  },
};
export default rule;
