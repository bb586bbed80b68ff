import { cutHit } from './fixes';
import { phraseFind } from './helpers';
import type { SentenceRule } from './types';

const rule: SentenceRule = {
  id: 'absolutes',
  category: 'emotional',
  severity: 'medium',
  message: '"You always" and "everyone knows" are absolutes that sound like an argument.',
  guidance: '"Emotion": absolutes ("always", "never", "everyone") used against the customer overstate and provoke; say what happened this time.',
  patterns: [
    'you (always|never|constantly|continually|forever) #Verb?',
    '(everyone|everybody|anyone|anybody) (knows|can see|understands|else|would agree|with sense)',
    '(nobody|no one) (in their right mind|would|ever|with)',
    '(every|each) single (time|guest|customer|visit|review|one)',
    'you (people|lot) (always|never)',
    '(all|every one of) you (people|reviewers|customers)',
  ],
  find: phraseFind('Say what happened this time: "On this visit, …"', (ctx, hit) => {
    // "you are always welcome", "you never need to book", "you will always get…" are warm
    if (hit.pattern === 0) {
      const next = ctx.terms[hit.to]?.normal ?? '';
      const verb = ctx.terms[hit.from + 2]?.normal ?? '';
      if (/^(welcome|need|have to|get|deserve|be)$/.test(verb) || /^(welcome)$/.test(next)) return true;
      if (ctx.terms[hit.from - 1]?.normal === 'are' || ctx.terms[hit.from - 1]?.normal === 'will') return true;
      // "you never cancelled" is a claim about one event (finger-pointing), not an absolute
      const v = ctx.terms[hit.from + 2];
      if (ctx.terms[hit.from + 1]?.normal === 'never' && v && (v.tags.has('PastTense') || v.normal === 'even')) return true;
    }
    // "anyone else who…" in an open invitation, "everyone else in your party"
    if (hit.pattern === 1 && ctx.terms[hit.from + 1]?.normal === 'else') {
      return !/\b(complain|complained|complains|loved|enjoyed|happy|fine|problem)\b/i.test(ctx.text);
    }
    // "every single guest matters to us"
    if (hit.pattern === 3) return /\b(matters?|deserves?|counts?|gets?|receives?|welcome|check|checked|read|reads)\b/i.test(ctx.text);
    return false;
  }, cutHit),
  examples: {
    flagged: [
      { text: 'You always find something to complain about.', flag: 'You always find', output: '' },
      { text: 'You never order anything but the cheapest wine.', flag: 'You never order', output: '' },
      { text: 'Everyone knows our burgers are the best in town.', flag: 'Everyone knows', output: '' },
      { text: 'Nobody in their right mind would expect that.', flag: 'Nobody in their right mind', output: '' },
      { text: 'Everybody else loved the show.', flag: 'Everybody else', output: '' },
      { text: 'You people always want something for free.', flag: 'You people always', output: '' },
    ],
    fine: [
      'We never want a guest to feel this way.',
      'You are always welcome here.',
      'You never need to book for lunch.',
      'Every single guest matters to us.',
      'I will make sure this never happens again.',
      'If anyone else in your party was affected, please let me know.',
    ],
  },
};
export default rule;
