import { createRoot } from 'react-dom/client';
import '../sidepanel/style.css';

function Options() {
  return (
    <main className="panel">
      <header className="panel-header">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1>Calm Reply options</h1>
      </header>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<Options />);
