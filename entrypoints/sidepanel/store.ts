import { create } from 'zustand';
import type { BackgroundToPanel, InsertResult, TabState } from '@/lib/messages';

interface PanelState {
  tabId?: number;
  tab?: TabState;
  lastInsert?: InsertResult;
  bind(tabId: number): void;
  receive(msg: BackgroundToPanel): void;
}

export const usePanelStore = create<PanelState>((set) => ({
  bind: (tabId) => set({ tabId, tab: undefined }),
  receive: (msg) => {
    if (msg.type === 'tab-state') set((s) => (s.tabId === msg.state.tabId ? { tab: msg.state } : s));
    else if (msg.type === 'insert-result') set({ lastInsert: msg.result });
  },
}));
