import type { Flag } from '@/lib/analysis/types';
import { CATEGORY_INFO } from './categories';

export interface DraftViewProps {
  draft: string;
  /** Flags to highlight (already without the ones the owner ignored here). */
  flags?: Flag[];
}

interface Piece {
  text: string;
  flag?: Flag;
}

/** Splits the draft at flag boundaries; overlapping flags keep the earlier one. */
function pieces(draft: string, flags: Flag[]): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const f of [...flags].sort((a, b) => a.start - b.start)) {
    const start = Math.max(f.start, at);
    const end = Math.min(f.end, draft.length);
    if (end <= start) continue;
    if (start > at) out.push({ text: draft.slice(at, start) });
    out.push({ text: draft.slice(start, end), flag: f });
    at = end;
  }
  if (at < draft.length) out.push({ text: draft.slice(at) });
  return out;
}

/** The owner's draft as it stands in the page's reply box, flagged words highlighted by category. */
export function DraftView({ draft, flags = [] }: DraftViewProps) {
  if (!draft.trim()) {
    return (
      <section className="empty" data-testid="draft-empty" data-reason="empty-draft">
        <h2>Nothing to check yet</h2>
        <p>Start typing your reply in the page's reply box and it will appear here, checked as you type.</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="draft-title">
      <h2 className="section-title" id="draft-title">
        Your draft
      </h2>
      {/* textContent stays exactly the draft: category icons come from CSS, not from text nodes. */}
      <div className="draft" data-testid="draft" dir="auto">
        {pieces(draft, flags).map((p, i) =>
          p.flag ? (
            <mark
              key={i}
              className={`hl hl-${p.flag.category}`}
              data-category={p.flag.category}
              title={`${CATEGORY_INFO[p.flag.category].label}: ${p.flag.message}`}
            >
              {p.text}
            </mark>
          ) : (
            <span key={i}>{p.text}</span>
          ),
        )}
      </div>
    </section>
  );
}
