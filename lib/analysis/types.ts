/** The shape every consumer relies on (DESIGN.md, "An analysis"). Keep it exact. */
export type Category = 'defensive' | 'excuse' | 'emotional' | 'apology' | 'policy';

export interface Flag {
  rule: string;
  category: Category;
  /** UTF-16 offsets into the exact draft text. */
  start: number;
  end: number;
  text: string;
  message: string;
  /** Advice to read, where no rewrite of these words is honest (a personal detail, the model's flags). */
  suggestion?: string;
  /**
   * The exact words that replace the flagged ones in one click ('' = remove them); see applyFix
   * (lib/analysis/apply-fix.ts), which also tidies the spaces and commas around a removal.
   */
  replacement?: string;
  /**
   * Where the replacement stands for more than the flagged words (an apology rewritten to its clause's
   * end, an excuse cut to the end of its clause): the draft range it replaces, which holds start–end.
   */
  replaces?: { start: number; end: number };
  /** 0–1, where the learned model decided (a rule's flag has none). */
  confidence?: number;
  /** The words that weighed most in the model's decision, as offsets into the draft. */
  evidence?: Array<{ start: number; end: number }>;
}

export interface Structure {
  acknowledge: boolean;
  apology: 'sincere' | 'non-apology' | 'none';
  action: boolean;
  timescale: boolean;
  followUp: boolean;
}

export interface Analysis {
  /** 'other': only the checks that need no language ran (`checks`), and the UI says why. */
  language: 'en' | 'other';
  /**
   * Which checks ran: 'language-free' for a draft that does not read as English (only the rules in
   * LANGUAGE_FREE_RULES, lib/analysis/index.ts: capitals, punctuation runs, personal details, links,
   * length; no structure). Absent: every check ran.
   */
  checks?: 'language-free';
  /** Sorted by start. */
  flags: Flag[];
  structure: Structure;
  /** 0 calm … 1 furious. */
  heat: number;
  /** limit: the current platform's reply limit. */
  length: { characters: number; limit?: number };
  /**
   * Ids of the checks that failed on this draft (a bug, never the owner's text): present only then,
   * and the flags may be missing some, so nothing may call the draft all clear.
   */
  incomplete?: string[];
  /**
   * Flags the owner chose to ignore in this reply box (AnalysisContext.ignored): left out of
   * `flags`, the heat and the apology verdict, and kept here so the panel can offer them back.
   */
  ignored?: Flag[];
}

/** What the caller knows besides the draft. */
export interface AnalysisContext {
  review?: string;
  platform?: string;
  /** The business's own name, as the owner's profile holds it (its capitals are not shouting). */
  business?: string;
  /** The reviewer's name as the page shows it (its capitals are not shouting either). */
  reviewer?: string;
  /** The review's stars, 1–5, where the page shows them. */
  rating?: number;
  /** flagKey()s the owner ignored in this reply box: they count nowhere. */
  ignored?: string[];
}
