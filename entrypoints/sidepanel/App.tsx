import { useEffect } from 'react';
import { DraftView } from '@/components/DraftView';
import { connectPanel } from './connection';
import { usePanelStore } from './store';

export function App() {
  const tab = usePanelStore((s) => s.tab);
  useEffect(() => {
    connectPanel();
  }, []);
  return (
    <main className="panel">
      <header className="panel-header">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1>Calm Reply</h1>
      </header>
      <DraftView draft={tab?.draft ?? ''} />
    </main>
  );
}
