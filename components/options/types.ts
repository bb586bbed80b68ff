import type { Rule } from '@/lib/rules/types';
import type { Settings } from '@/lib/settings/schema';

/** What the options page shows of a rule (every rule module exports these). */
export type RuleInfo = Pick<Rule, 'id' | 'category' | 'severity' | 'message' | 'guidance' | 'examples'>;

/**
 * Every change goes through an updater on the latest settings, so an answer that arrives later
 * (a permission prompt, a file being read) never overwrites changes made meanwhile.
 */
export type UpdateSettings = (update: (s: Settings) => Settings) => void;
