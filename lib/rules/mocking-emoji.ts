import type { RuleContext, RuleMatch, SentenceRule } from './types';

// Eye-rolls, laughing-at and face-palms: each one mocks the customer. Smiles, hearts and thanks are fine.
const MOCKING = /🙄|😂|🤣|🙃|😒|🤦(?:\u200d?[♀♂]\ufe0f?)?|😏|🥱|😤|😡|🤬|🖕/gu;

const rule: SentenceRule = {
  id: 'mocking-emoji',
  category: 'emotional',
  severity: 'medium',
  message: 'An eye-roll or laughing emoji mocks the customer. Leave it out.',
  guidance: 'Point 6 and "Emotion": mocking emoji are sarcasm in a single character, read by every future customer.',
  find(_doc: unknown, ctx: RuleContext): RuleMatch[] {
    const out: RuleMatch[] = [];
    for (const m of ctx.text.matchAll(MOCKING)) {
      const last = out[out.length - 1];
      // a run of the same emoji is one flag
      if (last && last.end === m.index) last.end = m.index + m[0].length;
      else out.push({ start: m.index, end: m.index + m[0].length, suggestion: '' });
    }
    return out;
  },
  examples: {
    flagged: [
      { text: 'Works fine for everyone else 🙄', flag: '🙄' },
      { text: 'Overpriced? Ha 😂😂', flag: '😂😂' },
      { text: 'Sure, we will get right on that 🙃', flag: '🙃' },
      { text: 'Another one-star from a regular 🤣', flag: '🤣' },
      { text: 'Nice try 😏', flag: '😏' },
    ],
    fine: [
      'Thank you so much 😊',
      'See you soon! 🙏',
      'We loved having you 💛',
      'Glad we could get you back on the road 🚗',
      'Thanks for the review! 💪',
      'Sorry about that 😞 — we have refunded you.',
    ],
  },
};
export default rule;
