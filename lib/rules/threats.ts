import { cutHit } from './fixes';
import { phraseFind } from './helpers';
import type { SentenceRule } from './types';

const rule: SentenceRule = {
  id: 'threats',
  category: 'emotional',
  severity: 'high',
  message: 'This threatens the customer. Platforms remove such replies and readers remember them.',
  guidance: 'Point 6 and "Emotion": threats (legal action, reporting or banning the reviewer) are against platform rules and frighten future customers away.',
  patterns: [
    '(legal|court) (action|proceedings|steps|advice)',
    '(our|my|a|the) (lawyer|lawyers|solicitor|solicitors|attorney|attorneys|legal team|legal department)',
    '(will|would|could|to|going to|\'ll) (sue|be suing)',
    '(sue|suing|sued) (you|for|them)',
    'expect a letter',
    '(screenshotted|screenshot|documented) (it|this|everything)',
    '(defamation|defamatory|libel|libellous|libelous|slander|slanderous)',
    '(report|reported|reporting|flag|flagged|flagging) (your account|your review|this review|this post|your|you|this) (to|for)?',
    '(ban|banned|banning|bar|barred|barring) (you|from)',
    '(you are|you\'re|you will be|you\'ll be) (no longer welcome|banned|barred|not welcome)',
    '(call|called|calling|contact|contacted|contacting|inform|informed) the police',
    '(you will|you\'ll) (hear from|regret|be hearing from)',
    '(see|take) you (to|in) court',
    '(have|has) (this|your) (review|post) (removed|taken down)',
    '(we know|i know) (who you are|where you)',
  ],
  find: phraseFind('Leave it out. If a review breaks the rules, report it quietly to the platform.', (ctx, hit) => {
    // "we have reported the fault to the manufacturer", "please report any problem to us"
    // "thank you for reporting this" is the customer reporting to us
    if (ctx.terms[hit.from - 1]?.normal === 'for' || /\b(thank|thanks)\b/i.test(ctx.text.slice(0, ctx.terms[hit.from]!.start))) return true;
    if (hit.pattern === 7) return !/\b(report(ed|ing)?|flag(ged|ging)?) (you|your (account|review)|this review|this post)\b/i.test(ctx.text);
    // "we will not ban anyone", "you are always welcome"
    return false;
  }, cutHit),
  examples: {
    flagged: [
      { text: 'We are considering legal action over this review.', flag: 'legal action', output: '' },
      { text: 'Our lawyers have been informed.', flag: 'Our lawyers', output: '' },
      { text: 'This review is defamatory.', flag: 'defamatory', output: '' },
      { text: 'We have reported your account to Google.', flag: 'reported your account to', output: '' },
      { text: 'You are banned from all our branches.', flag: 'You are banned', output: '' },
      { text: "You'll be hearing from us.", flag: "You'll be hearing from", output: '' },
    ],
    fine: [
      'We have reported the fault to the manufacturer and a new part is on the way.',
      'Please report any other problem to me directly.',
      'You are always welcome here, and I hope you will come back.',
      'I will look into this personally and call you on Friday.',
      'Thank you for your honest feedback.',
      'The police were called by our staff because another guest fell ill, and I am sorry for the disruption.',
    ],
  },
};
export default rule;
