import type { TabState } from '@/lib/messages';

/**
 * What the panel receives for a tab, asked for over the panel's own port. Runs in the panel page (pass it
 * to page.evaluate with the tab id), so it holds no reference to anything outside itself.
 */
export const tabStateFromPanel = async (tabId: number): Promise<TabState> => {
  type Port = { postMessage(m: unknown): void; disconnect(): void; onMessage: { addListener(f: (m: { type: string; state?: TabState }) => void): void } };
  const g = globalThis as unknown as { browser?: { runtime: { connect(o: { name: string }): Port } }; chrome?: { runtime: { connect(o: { name: string }): Port } } };
  const port = (g.browser ?? g.chrome)!.runtime.connect({ name: 'calm-reply-panel' });
  return new Promise<TabState>((ok) => {
    port.onMessage.addListener((m) => {
      if (m.type === 'tab-state' && m.state) {
        port.disconnect();
        ok(m.state);
      }
    });
    port.postMessage({ type: 'bind', tabId });
  });
};
