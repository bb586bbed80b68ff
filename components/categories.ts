import type { Category } from '@/lib/analysis/types';

/**
 * Icons are plain geometric symbols every system font has (emoji fall back to empty boxes on
 * many Linux machines).
 * How each category is shown: a label, an icon and an underline style, so the highlight never
 * relies on colour alone; and the advice behind it, in the owner's words.
 */
export const CATEGORY_INFO: Record<Category, { label: string; icon: string; guidance: string }> = {
  defensive: {
    label: 'Defensive',
    icon: '■',
    guidance:
      'Countering or blaming the customer reads as an argument to every future customer. Acknowledge what they experienced instead.',
  },
  excuse: {
    label: 'Excuse',
    icon: '↪',
    guidance:
      'Leading with reasons sounds like dodging responsibility. Apologise and own your part first; a short explanation can come after.',
  },
  emotional: {
    label: 'Emotional',
    icon: '▲',
    guidance:
      'Capitals, sarcasm, absolutes and loaded words show the heat of the moment. A calm reply does the business more good than winning the argument.',
  },
  apology: {
    label: 'Apology',
    icon: '●',
    guidance:
      '“Sorry if you feel…” or “any inconvenience” sounds insincere. Say what you are sorry for: “I’m sorry your order arrived late”.',
  },
  policy: {
    label: 'Platform rules',
    icon: '◆',
    guidance:
      'Review sites forbid personal details, incentives, requests to change the review and links; breaking their rules can get the reply removed.',
  },
};

export const CATEGORY_ORDER: Category[] = ['defensive', 'excuse', 'emotional', 'apology', 'policy'];
