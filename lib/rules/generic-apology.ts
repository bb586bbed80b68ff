import { apologyForTopic } from './fixes';
import { phraseFind } from './helpers';
import type { SentenceRule } from './types';

const rule: SentenceRule = {
  id: 'generic-apology',
  category: 'apology',
  severity: 'medium',
  message: 'A stock apology ("any inconvenience") sounds like a form letter. Name what went wrong.',
  guidance: 'Point 3 (apologise sincerely): a generic apology does not show the concern was heard; "I\'m sorry that your order arrived late" does.',
  patterns: [
    '(sorry|apologise|apologize|apologies|apologising|apologizing|apology) (for|about) any (inconvenience|inconveniences|trouble|issues|problems|confusion|frustration|disappointment|misunderstanding|distress)',
    'any inconvenience (caused|this|that|it|we)',
    '(sorry|apologies) for (the|any) (trouble|bother) (caused)? #Period',
    '(sorry|apologise|apologize|apologies|apology|apologized|apologised|regret|regrets|regretted) (for|about)? (the|your|all the|those|these|all)? (inconvenience|inconveniences|discomfort|letdown|dissatisfaction|dis-satisfaction|troubles|trouble) (caused|faced|experienced|#Period)',
    '(sorry|apologise|apologize|apologies|apology|apologized|apologised|regret|regrets|regretted) (for|about)? (the|your|all the|those|these|all)? (inconvenience|inconveniences|discomfort) you (faced|experienced|had|suffered)',
    '(inconvenience|inconveniences|discomfort) (caused|faced)? (to you)? (is|are)? (highly|deeply|truly|sincerely)? (regretted|regreted)',
  ],
  find: phraseFind('Name it: "I\'m sorry that your order arrived two days late."', (ctx, hit) => {
    // leave the conditional form ("…this may have caused") to conditional-apology
    return /\b(may|might) have\b/i.test(ctx.text) && hit.pattern >= 0;
  }, apologyForTopic),
  examples: {
    flagged: [
      { text: 'We apologise for any inconvenience caused.', flag: 'apologise for any inconvenience', context: { review: 'We waited over an hour for our food.' }, output: 'We apologise for the wait.' },
      { text: 'Sorry for any inconvenience.', flag: 'Sorry for any inconvenience', context: { review: 'The shower was cold every morning.' }, output: 'Sorry about the cold shower.' },
      { text: 'Apologies for any confusion.', flag: 'Apologies for any confusion', context: { review: 'Our booking was cancelled without warning.' }, output: 'Apologies for your booking.' },
      { text: 'We are sorry for any trouble.', flag: 'sorry for any trouble' },
      { text: 'Please accept our apology for any inconvenience.', flag: 'apology for any inconvenience' },
      { text: 'Sorry about any issues with your order.', flag: 'Sorry about any issues', context: { review: 'They charged us twice for the same meal.' }, output: 'Sorry about the price.' },
      { text: 'Our apologies for all the inconvenience caused.', flag: 'apologies for all the inconvenience caused' },
      { text: 'Inconvenience caused to you is highly regretted.', flag: 'Inconvenience caused to you is highly regretted', context: { review: 'The app keeps crashing when I log in.' }, output: 'We are sorry about the problems with the app.' },
    ],
    fine: [
      'I am sorry that your parcel arrived two days late.',
      'Sorry for the delay in getting back to you.',
      'I apologise for the cold room and the broken heater.',
      'We know the roadworks are an inconvenience, so we now send directions with every booking.',
      'Please accept our apology for the rude way you were spoken to.',
      'Sorry for the inconvenience of the lift being out of order all weekend.',
      'I am sorry for the trouble you had getting through to us on the phone.',
    ],
  },
};
export default rule;
