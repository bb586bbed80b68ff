import { create } from 'zustand';
import type { BackgroundToPanel, InsertResult, TabState } from '@/lib/messages';
import { defaultSettings, type Settings } from '@/lib/settings';
import type { Variant } from '@/lib/settings/drafts';
import type { ActionStatus, ReplySource } from '@/components/SuggestionEditor';
import type { FollowUp } from '@/lib/followups/types';

/** The promise the reply just put in the page, offered as a follow-up. */
export interface RemindState {
  key: string;
  promise: string;
  when: string;
  due: string;
  reviewer?: string;
  platform: string;
  url: string;
  saved?: { ok: boolean; message: string };
}

/** What the owner is doing with the suggestion for the bound reply box. */
export interface Kept {
  /** replyBoxKey() of the box these edits belong to. */
  key?: string;
  /** False until the kept edits for `key` have been read from storage. */
  loaded: boolean;
  variant?: Variant;
  texts: Partial<Record<Variant, string>>;
  /** The reply the owner chose to see; absent: the calmer version of their draft once they wrote one. */
  source?: ReplySource;
  /** The owner's edit of the calmer version of their draft (kept like the composed reply's edits). */
  fromDraft?: string;
  /** The calmer version that edit started from, to tell when the draft moved on since (this panel only). */
  fromDraftBase?: string;
}

/** The reply that went into this box: shown in place of the suggestion until the owner asks for it again. */
export interface InsertedState {
  key: string;
  text: string;
  /** The box has been seen holding it; once the owner edits the box, the suggestion follows the draft again. */
  seen?: boolean;
}

export interface PendingInsert {
  kind: 'reply' | 'flag';
  key: string;
  text: string;
  at: number;
}

interface PanelState {
  tabId?: number;
  tab?: TabState;
  settings: Settings;
  settingsNotice?: string;
  /** False until the owner's settings were read (the defaults are not theirs). */
  settingsLoaded?: boolean;
  /** Whether the one reminder about replies signed "The team" was shown (undefined until read). */
  signatureReminded?: boolean;
  kept: Kept;
  /** flagKey()s ignored, per reply box key; kept in storage (lib/settings/ignored.ts). */
  ignored: Record<string, string[]>;
  status?: ActionStatus;
  pending?: PendingInsert;
  /** When the suggestion about to be inserted first ran hot (cool-down). */
  hotSince?: number;
  lastInsert?: InsertResult;
  inserted?: InsertedState;
  /** Every follow-up (undefined until read); the panel shows the due ones. */
  followUps?: FollowUp[];
  followUpsError?: string;
  remind?: RemindState;
  /** The owner asked to pick the review on the page; cleared by the page's next word about the box. */
  picking?: boolean;
  bind(tabId: number): void;
  receive(msg: BackgroundToPanel): void;
}

export const usePanelStore = create<PanelState>((set) => ({
  settings: defaultSettings(),
  kept: { loaded: false, texts: {} },
  ignored: {},
  bind: (tabId) => set((s) => (s.tabId === tabId ? s : { tabId, tab: undefined, status: undefined, pending: undefined })),
  receive: (msg) => {
    if (msg.type === 'tab-state') set((s) => (s.tabId === msg.state.tabId ? { tab: msg.state, picking: false } : s));
    else if (msg.type === 'insert-result') set({ lastInsert: msg.result });
  },
}));
