/**
 * What the background knows of each tab's reply box and draft, with one analyser per reply box so
 * each keeps its sentence cache across keystrokes (the incremental path, DESIGN.md).
 * Pure: the background owns the browser side (messages, storage), this owns the bookkeeping.
 */
import type { Analysis, AnalysisContext } from './analysis/types';
import type { DraftUpdate, TabState } from './messages';
import { measure, PLATFORM_LIMITS } from './analysis/limits';

/**
 * The background checks at most this many characters of a draft (replies are rarely over 5,000;
 * platform limits top out at 10,000). Past it the panel says only the start is checked, and the
 * page and panel stay responsive even for a 100,000-character paste.
 */
export const CHECKED_CHARACTERS = 20_000;

/** The longest prefix of text up to max UTF-16 units that does not split a surrogate pair. */
export function checkedPart(text: string, max = CHECKED_CHARACTERS): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

export interface DraftAnalyzer {
  analyse(text: string, context?: AnalysisContext): Analysis;
}

/** Makes an analyser for a platform with the owner's current settings applied. */
export type AnalyzerFactory = (platform: string) => DraftAnalyzer;

export class DraftsByTab {
  private readonly states = new Map<number, TabState>();
  private readonly analyzers = new Map<string, DraftAnalyzer>();

  constructor(
    private makeAnalyzer: AnalyzerFactory,
    /** Whether Calm Reply is on for a platform; off → the draft is kept but not analysed. */
    private siteEnabled: (platform: string) => boolean = () => true,
    /** The flagKey()s the owner ignored in this tab's reply box (they count nowhere). */
    private ignoredFor: (state: TabState) => string[] = () => [],
  ) {}

  /** Analyses a tab's draft again (its ignored flags changed); undefined when the tab has none. */
  reanalyse(tabId: number): TabState | undefined {
    const state = this.states.get(tabId);
    return state ? this.analyse(state) : undefined;
  }

  all(): TabState[] {
    return [...this.states.values()];
  }

  /** The owner is in a reply box on a site they switched off: nothing of it is kept but which site. */
  siteOff(tabId: number, platform: string, url: string): TabState {
    for (const key of this.analyzers.keys()) if (key.startsWith(`${tabId}:`)) this.analyzers.delete(key);
    const next: TabState = { tabId, url, draft: '', siteEnabled: false, offPlatform: platform, updatedAt: Date.now() };
    this.states.set(tabId, next);
    return next;
  }

  /** The reply box left the page: forget its draft, so the panel and storage stop holding it. */
  boxLeft(tabId: number, boxId: string): TabState | undefined {
    const state = this.states.get(tabId);
    if (!state?.box || state.box.boxId !== boxId) return undefined;
    this.analyzers.delete(`${tabId}:${boxId}`);
    const next: TabState = { tabId, url: state.url, draft: '', updatedAt: Date.now() };
    this.states.set(tabId, next);
    return next;
  }

  get(tabId: number): TabState | undefined {
    return this.states.get(tabId);
  }

  /** Puts back a state kept across a background restart, without re-analysing. */
  restore(state: TabState): void {
    if (!this.states.has(state.tabId)) this.states.set(state.tabId, state);
  }

  update(tabId: number, msg: DraftUpdate, frameId?: number): TabState {
    const state: TabState = {
      tabId,
      url: msg.url,
      box: msg.box,
      frameId,
      draft: msg.text,
      updatedAt: Date.now(),
    };
    return this.analyse(state);
  }

  forget(tabId: number): void {
    this.states.delete(tabId);
    for (const key of this.analyzers.keys()) if (key.startsWith(`${tabId}:`)) this.analyzers.delete(key);
  }

  /** Settings changed: new analysers for everyone, and fresh results for every tab. */
  reconfigure(makeAnalyzer: AnalyzerFactory, siteEnabled: (platform: string) => boolean): TabState[] {
    this.makeAnalyzer = makeAnalyzer;
    this.siteEnabled = siteEnabled;
    this.analyzers.clear();
    return [...this.states.values()].map((s) => this.analyse(s));
  }

  private analyse(state: TabState): TabState {
    const platform = state.box?.platform ?? 'generic';
    const enabled = this.siteEnabled(platform);
    let analysis: Analysis | undefined;
    let error: string | undefined;
    let checkedUpTo: number | undefined;
    if (enabled && state.box) {
      const key = `${state.tabId}:${state.box.boxId}`;
      let analyzer = this.analyzers.get(key);
      if (!analyzer) {
        analyzer = this.makeAnalyzer(platform);
        this.analyzers.set(key, analyzer);
      }
      try {
        const checked = checkedPart(state.draft);
        const review = state.box.review;
        const ignored = this.ignoredFor(state);
        analysis = analyzer.analyse(checked, { review: review?.text, platform, rating: review?.rating, reviewer: review?.author, ...(ignored.length ? { ignored } : {}) });
        if (checked.length < state.draft.length) {
          checkedUpTo = checked.length;
          // The length meter is about the whole reply, not the part that was checked.
          const unit = PLATFORM_LIMITS[platform.toLowerCase()]?.unit ?? 'characters';
          analysis = { ...analysis, length: { ...analysis.length, characters: measure(state.draft, unit) } };
        }
      } catch (e) {
        // A bug in one rule must not cost the owner their panel: show the draft and say so.
        error = `Calm Reply could not check this draft (${e instanceof Error ? e.message : String(e)}). Your text is unchanged.`;
        this.analyzers.delete(key);
      }
    }
    const next: TabState = { ...state, siteEnabled: enabled, analysis, error, checkedUpTo };
    this.states.set(state.tabId, next);
    return next;
  }
}
