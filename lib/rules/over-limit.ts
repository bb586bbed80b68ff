import { PLATFORM_LIMITS, utf8Length } from '../analysis/limits';
import type { DraftRule, RuleMatch } from './types';

// LINE is 28 characters; ACCENTED is 30 characters but 34 UTF-8 bytes (Google counts bytes).
const LINE = 'Thanks for your kind words. ';
const ACCENTED = 'Our café serves crème brûlée. ';

// No one-click fix: which sentences to drop to fit the site's limit is the owner's call, and cutting the
// overflow mid-sentence would post a broken reply; the advice gives the limit to shorten to.
const rule: DraftRule = {
  id: 'over-limit',
  scope: 'draft',
  category: 'policy',
  severity: 'high',
  message: 'This is longer than the site allows; the end will be cut off or refused.',
  guidance: '"Platform violations": replies longer than the site allows (PLATFORMS.md) fail to post or get cut; a calm reply is brief anyway.',
  findInDraft(text, context): RuleMatch[] {
    const platform = context.platform ? PLATFORM_LIMITS[context.platform.toLowerCase()] : undefined;
    if (!platform) return [];
    // find the UTF-16 index where the draft passes the limit, counting as the platform does
    let used = 0;
    let i = 0;
    while (i < text.length) {
      const cp = text.codePointAt(i)!;
      const width = cp > 0xffff ? 2 : 1;
      const cost = platform.unit === 'bytes' ? utf8Length(text.slice(i, i + width)) : 1;
      if (used + cost > platform.limit) break;
      used += cost;
      i += width;
    }
    if (i >= text.length) return [];
    return [{ start: i, end: text.length, suggestion: `Too long for this site: shorten the reply to ${platform.limit} ${platform.unit}.` }];
  },
  examples: {
    flagged: [
      { text: `${LINE.repeat(10)}Sorry.`, flag: 'Sorry.', context: { platform: 'x' } },
      { text: `${LINE.repeat(12)}Thank you very much.`, flag: ' much.', context: { platform: 'googleplay' } },
      { text: `${ACCENTED.repeat(120)}Thank you, see you soon.`, flag: 'ou soon.', context: { platform: 'google' } },
      { text: `${LINE.repeat(44)}Please call me on Monday.`, flag: 'Monday.', context: { platform: 'linkedin' } },
      { text: `${LINE.repeat(78)}We will call you tomorrow.`, flag: ' tomorrow.', context: { platform: 'instagram' } },
    ],
    fine: [
      { text: LINE.repeat(10), context: { platform: 'x' } },
      { text: ACCENTED.repeat(120), context: { platform: 'google' } },
      { text: 'Thank you for your review.', context: { platform: 'googleplay' } },
      { text: LINE.repeat(300) },
      { text: 'Thank you 😀 '.repeat(21), context: { platform: 'x' } },
      { text: 'Short and calm.', context: { platform: 'unknown-site' } },
    ],
  },
};
export default rule;
