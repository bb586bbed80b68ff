import type { AnalysisContext, Category } from '../analysis/types';

/** One word of a sentence, with exact UTF-16 offsets relative to the sentence text. */
export interface Term {
  /** Original spelling. Empty for the implied half of a contraction ("n't" → "not"). */
  text: string;
  /** compromise's lower-cased form, or the expansion for implied words ("not", "is"). */
  normal: string;
  /** Root form (verbs infinitive, nouns singular) where compromise knows it. */
  root: string;
  tags: Set<string>;
  start: number;
  end: number;
  /** Punctuation and spaces after the word, as written. */
  post: string;
  pre: string;
}

/** One hit of one of the rule's `patterns`, found by a single sweep over the sentence. */
export interface Hit {
  /** The pattern that matched (index into `patterns`). */
  pattern: number;
  /** Term indices into `ctx.terms`, end exclusive. */
  from: number;
  to: number;
}

export interface RuleMatch {
  /** UTF-16 offsets relative to the sentence text (`ctx.text`). */
  start: number;
  end: number;
  /** Advice to read; only where no rewrite is honest (say why in the rule). */
  suggestion?: string;
  /**
   * The words that replace start–end in one click ('' = remove them), or a function giving them from what
   * the draft answers (the review's main complaint): called only for a match, once per analysis.
   */
  replacement?: string | Replacement;
  /** The sentence range the replacement stands for, when it runs past the flagged words (start ≤ from, to ≥ end). */
  replaces?: { from: number; to: number };
}

/** What a replacement may read besides its sentence: the review the draft answers. */
export interface FixContext {
  /** The review's main complaint as a short noun phrase ("the cold coffee", "the wait"); undefined when none reads. */
  topic: string | undefined;
  context: AnalysisContext;
}
/** Returns undefined where no honest rewrite fits this review (the flag keeps its advice). */
export type Replacement = (fix: FixContext) => string | undefined;

export interface RuleSettings {
  /** The business's own addresses: never flagged as personal details. */
  ownEmails: string[];
}

export interface RuleContext {
  /** The sentence, exactly as written. */
  text: string;
  terms: Term[];
  /** This rule's sweep hits in this sentence, in order. */
  hits: Hit[];
  /** The sentence opens the reply. */
  isFirst: boolean;
  /** The sentence just before this one apologises (so "However, …" may undo it). */
  afterApology: boolean;
  settings: RuleSettings;
}

export interface FlaggedExample {
  text: string;
  /** The exact words that must be flagged. */
  flag: string;
  context?: AnalysisContext;
  /**
   * The whole reply after the one-click fix of that flag is applied (applyFix: its replacement put in place
   * of the flagged words, the sentence tidied), as the owner would read it; given for every flag with a
   * replacement, and only for those (like ESLint RuleTester's `output`).
   */
  output?: string;
}
export type FineExample = string | { text: string; context?: AnalysisContext };

interface RuleBase {
  /** kebab-case, names the problem. */
  id: string;
  category: Category;
  severity: 'low' | 'medium' | 'high';
  /** One line, in the owner's words. */
  message: string;
  /** Which point of GUIDANCE.md this enforces, and why. */
  guidance: string;
  examples: { flagged: FlaggedExample[]; fine: FineExample[] };
}

/** Works on one sentence at a time, so results can be cached per sentence. */
export interface SentenceRule extends RuleBase {
  scope?: 'sentence';
  /** compromise match patterns; all rules' patterns are swept in one pass per sentence. */
  patterns?: string[];
  /** Run find() even when no pattern hit (rules that also look at characters: links, capitals). */
  always?: boolean;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  find(doc: any, ctx: RuleContext): RuleMatch[];
}

/** Needs the whole draft (length limits). Cheap by design: runs on every analysis. */
export interface DraftRule extends RuleBase {
  scope: 'draft';
  findInDraft(text: string, context: AnalysisContext): RuleMatch[];
}

export type Rule = SentenceRule | DraftRule;
