/**
 * Typed messages between the parts (DESIGN.md, "The path of one keystroke").
 *   content script ──runtime.sendMessage──▶ background      (ContentToBackground)
 *   background     ──tabs.sendMessage────▶ content script   (BackgroundToContent)
 *   side panel     ◀──runtime Port "panel"─▶ background      (PanelToBackground / BackgroundToPanel)
 */
import type { Analysis } from './analysis/types';

export interface ReviewInfo {
  text: string;
  author?: string;
  rating?: number;
  date?: string;
  /** The owner picked this review on the page themselves ("Pick the review on the page"). */
  picked?: boolean;
}

/** What the content script knows about one reply box. */
export interface ReplyBoxInfo {
  /** Value of the box's data-calm-reply-box attribute; unique within the tab. */
  boxId: string;
  /** Platform adapter id ('facebook', 'generic', …). */
  platform: string;
  /** Editor kind, for the panel and for diagnostics ('textarea', 'lexical', 'draft', …). */
  editor: string;
  /** The platform's reply limit in characters (or bytes for Google), when known. */
  limit?: number;
  /** What `limit` counts: Google's 4,096 are UTF-8 bytes; missing means characters. */
  limitUnit?: 'characters' | 'bytes';
  review?: ReviewInfo;
}

export interface DraftUpdate {
  type: 'draft';
  box: ReplyBoxInfo;
  text: string;
  url: string;
  /** Frame the box lives in (0 = top), so insertion goes to the right frame. */
  frameId?: number;
}

export type ContentToBackground =
  | DraftUpdate
  | { type: 'box-left'; boxId: string }
  /** The owner is in a reply box on a site they switched off: no text, only which site (the panel offers to switch it on). */
  | { type: 'site-off'; platform: string; url: string }
  /** Asked once at start: which sites the owner switched off (the background owns the answer, SitesOff). */
  | { type: 'sites-off?' }
  | { type: 'open-panel' }
  /** Test build only: DESIGN.md test hook. */
  | { type: 'open-panel-tab' };

export interface InsertResult {
  ok: boolean;
  /**
   * Which insertion route worked ('none' when none did). 'input-event': an event the editor's own
   * handler applied (Slate's beforeinput, Draft's textInput).
   */
  method: 'execCommand' | 'native-setter' | 'paste-event' | 'input-event' | 'none';
  /** Text read back from the box after inserting. */
  readBack: string;
  /**
   * Why it did not take: the draft no longer holds the words a fix was for (nothing done); the
   * editor refused every route; the page never answered or the box is gone.
   */
  reason?: 'draft-changed' | 'editor-refused' | 'no-route' | 'unreachable';
  /** When ok is false: whether the owner's draft is exactly as it was before the attempt. */
  restored?: boolean;
  /** Shown to the owner when ok is false. Says only what happened in the page, never what the panel did. */
  message?: string;
}

/** Replace only these characters of the draft, which the panel saw holding `expect`. */
export interface InsertRange {
  start: number;
  end: number;
  expect: string;
}

export type BackgroundToContent =
  | { type: 'insert'; boxId: string; text: string; range?: InsertRange }
  | { type: 'badge'; boxId: string; flags: number; heat: number }
  /** Settings changed: the platform ids switched off, sent to every tab; each page applies its own. */
  | SitesOff
  /** The badge asked for the side panel and the browser would not open it: the badge says how instead. */
  | { type: 'panel-not-opened' }
  /** The owner asked to pick the review for this box on the page (or to forget the one they picked). */
  | { type: 'pick-review'; boxId: string }
  | { type: 'forget-pick'; boxId: string };

/** The platform ids the owner switched off, as the background's settings hold them. */
export interface SitesOff {
  type: 'sites-off';
  off: string[];
}

/** Everything the panel shows for one tab. */
export interface TabState {
  tabId: number;
  url?: string;
  box?: ReplyBoxInfo;
  /** Frame of the reply box, so insertion and the badge reach the right frame. */
  frameId?: number;
  draft: string;
  /** False when the owner turned Calm Reply off for this site (options). */
  siteEnabled?: boolean;
  /** The switched-off site the owner is on (no box or draft is read there). */
  offPlatform?: string;
  analysis?: Analysis;
  /** Set when the draft is longer than the background checks: flags cover only text before this offset. */
  checkedUpTo?: number;
  /** Shown instead of flags when the analysis failed; the draft is still shown. */
  error?: string;
  updatedAt: number;
}

export type PanelToBackground =
  | { type: 'bind'; tabId: number }
  | { type: 'insert'; tabId: number; boxId: string; text: string; range?: InsertRange }
  | { type: 'pick-review'; tabId: number; boxId: string }
  | { type: 'forget-pick'; tabId: number; boxId: string };

export type BackgroundToPanel =
  | { type: 'tab-state'; state: TabState }
  | { type: 'insert-result'; result: InsertResult };

export const PANEL_PORT = 'calm-reply-panel';
