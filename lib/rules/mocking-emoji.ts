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
    const runs: Array<{ start: number; end: number }> = [];
    for (const m of ctx.text.matchAll(MOCKING)) {
      const last = runs[runs.length - 1];
      // a run of them ("😂😂", "😂 😂") is one flag
      if (last && /^[ \t\u00a0]*$/.test(ctx.text.slice(last.end, m.index))) last.end = m.index + m[0].length;
      else runs.push({ start: m.index, end: m.index + m[0].length });
    }
    // removing is the fix, so the flag takes the space that sets the emoji apart with it: "Nice try 😏" → "Nice try",
    // not "Nice try " (the space before it, or after it where it opens the sentence)
    return runs.map(({ start, end }) => {
      const before = /[ \t\u00a0]+$/.exec(ctx.text.slice(0, start))?.[0].length ?? 0;
      const after = before > 0 ? 0 : (/^[ \t\u00a0]+/.exec(ctx.text.slice(end))?.[0].length ?? 0);
      return { start: start - before, end: end + after, replacement: '' };
    });
  },
  examples: {
    flagged: [
      { text: 'Works fine for everyone else 🙄', flag: ' 🙄', output: 'Works fine for everyone else' },
      { text: 'Overpriced? Ha 😂😂', flag: ' 😂😂', output: 'Overpriced? Ha' },
      { text: 'Sure, we will get right on that 🙃', flag: ' 🙃', output: 'Sure, we will get right on that' },
      { text: 'Another one-star from a regular 🤣', flag: ' 🤣', output: 'Another one-star from a regular' },
      { text: 'Nice try 😏', flag: ' 😏', output: 'Nice try' },
      { text: '🙄 Some people are never happy.', flag: '🙄 ', output: 'Some people are never happy.' },
      { text: 'Right 😂 😂, of course it was.', flag: ' 😂 😂', output: 'Right, of course it was.' },
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
