import type { Flag } from './types';

/**
 * What "ignore here" remembers of a flag: its rule and its words, so the same words flagged again
 * after an edit elsewhere stay ignored, while other words the rule flags do not.
 */
export function flagKey(f: Pick<Flag, 'rule' | 'text'>): string {
  return `${f.rule}|${f.text.trim().toLowerCase()}`;
}
