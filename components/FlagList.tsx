import type { Category, Flag } from '@/lib/analysis/types';
import { CATEGORY_INFO, CATEGORY_ORDER } from './categories';

/** Same wording flagged by the same rule counts as one thing to ignore in this reply box. */
export { flagKey } from '@/lib/analysis/flag-key';

/**
 * A legacy suggestion is either replacement words (one click puts them in the box) or advice
 * ("Try a calmer word: …"), which is shown to read, never pasted into the reply. Flags from the rules
 * carry their words in `replacement` instead, and `suggestion` is then advice only.
 */
export function isReplacement(suggestion: string | undefined): suggestion is string {
  return suggestion !== undefined && suggestion.length <= 60 && !/[:;]/.test(suggestion);
}

/** The words the Apply button puts in place of the flag's: its replacement, else a legacy drop-in suggestion. */
function fixOf(f: Flag): string | undefined {
  return f.replacement ?? (isReplacement(f.suggestion) ? f.suggestion : undefined);
}

export interface FlagListProps {
  flags: Flag[];
  /** Flags the owner chose to ignore in this reply box. */
  ignored?: Flag[];
  /** Rewrites the flag's words in the page's box with its suggestion; absent when no box is bound. */
  onApply?: (flag: Flag) => void;
  onIgnore: (flag: Flag) => void;
  onUnignore: (flag: Flag) => void;
  /** True while an insert is on its way, so a second click does not race it. */
  busy?: boolean;
  /** Checks that failed on this draft (Analysis.incomplete): never show an all-clear then. */
  incomplete?: string[];
}

/** "heated-words" → "heated words"; the model's failure reads as what it does. */
const checkName = (id: string) => (id === 'learned-model' ? 'the learned tone check' : id.replace(/-/g, ' '));

function CategoryCounts({ flags }: { flags: Flag[] }) {
  const counts = new Map<Category, number>();
  for (const f of flags) counts.set(f.category, (counts.get(f.category) ?? 0) + 1);
  return (
    <ul className="counts" aria-label="Flags per category" data-testid="flag-counts">
      {CATEGORY_ORDER.filter((c) => counts.has(c)).map((c) => (
        <li key={c} className={`count cat-${c}`} data-category={c} data-count={counts.get(c)}>
          <span aria-hidden="true">{CATEGORY_INFO[c].icon}</span> {CATEGORY_INFO[c].label} <strong>{counts.get(c)}</strong>
        </li>
      ))}
    </ul>
  );
}

/**
 * Why a learned flag was raised: no rule names these words, so say how sure the model is and which
 * words weighed most, from the draft itself.
 */
function LearnedWhy({ flag }: { flag: Flag }) {
  const words = (flag.evidence ?? [])
    .map((e) => flag.text.slice(e.start - flag.start, e.end - flag.start))
    .filter((w) => w.trim() !== '');
  return (
    <p className="learned" data-testid="flag-learned">
      Judged from how customers read real replies, {Math.round((flag.confidence ?? 0) * 100)}% sure
      {words.length > 0 && (
        <>
          ; weighed most:{' '}
          {words.map((w, i) => (
            <span key={i}>
              {i > 0 && ', '}
              <mark data-testid="flag-evidence" dir="auto">
                {w}
              </mark>
            </span>
          ))}
        </>
      )}
      .
    </p>
  );
}

/** Flags grouped by category, each with its message, the guidance behind it, a calmer alternative and "ignore here". */
export function FlagList({ flags, ignored = [], onApply, onIgnore, onUnignore, busy, incomplete = [] }: FlagListProps) {
  const partial = incomplete.length > 0;
  return (
    <section aria-labelledby="flags-title" className="flags">
      <h2 className="section-title" id="flags-title">
        {flags.length === 0 ? (partial ? 'Check incomplete' : 'No flags') : `${flags.length} ${flags.length === 1 ? 'flag' : 'flags'}`}
      </h2>
      {partial && (
        <p className="warn" role="alert" data-testid="check-incomplete">
          Some checks could not run on this draft ({incomplete.map(checkName).join(', ')}), so there may be wording they would have flagged.
          Read it over before posting. Your text is unchanged.
        </p>
      )}
      {flags.length === 0 && partial ? null : flags.length === 0 ? (
        <p className="calm" data-testid="no-flags">
          Nothing defensive, excuse-led or heated in your draft. Check the list below to make sure the reply covers everything.
        </p>
      ) : (
        <CategoryCounts flags={flags} />
      )}
      {CATEGORY_ORDER.map((category) => {
        const group = flags.filter((f) => f.category === category);
        if (!group.length) return null;
        const info = CATEGORY_INFO[category];
        return (
          <div key={category} className={`flag-group cat-${category}`} data-testid="flag-group" data-category={category}>
            <h3>
              <span aria-hidden="true">{info.icon}</span> {info.label}
            </h3>
            <ul>
              {group.map((f) => (
                <li key={`${f.rule}-${f.start}`} className="flag" data-testid="flag" data-rule={f.rule} data-category={f.category}>
                  <p className="flag-text">
                    <q dir="auto">{f.text}</q> — {f.message}
                  </p>
                  {f.confidence !== undefined && <LearnedWhy flag={f} />}
                  {f.suggestion && (f.replacement !== undefined || !isReplacement(f.suggestion)) && (
                    <p className="advice" data-testid="flag-advice">
                      {f.suggestion}
                    </p>
                  )}
                  <details className="why">
                    <summary>Why this matters</summary>
                    <p>{info.guidance}</p>
                  </details>
                  <div className="flag-actions">
                    {fixOf(f) !== undefined && onApply && (
                      <button
                        type="button"
                        className="btn small"
                        data-testid="flag-apply"
                        disabled={busy}
                        onClick={() => onApply(f)}
                        aria-label={fixOf(f) ? `Replace “${f.text}” with “${fixOf(f)}” in the reply box` : `Remove “${f.text}” from the reply box`}
                      >
                        {f.replacement !== undefined
                          ? f.replacement ? <>Replace with “{f.replacement}”</> : 'Remove'
                          : f.suggestion ? <>Use “{f.suggestion}”</> : 'Remove these words'}
                      </button>
                    )}
                    <button type="button" className="btn small quiet" data-testid="flag-ignore" onClick={() => onIgnore(f)}>
                      Ignore here
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {ignored.length > 0 && (
        <details className="ignored" data-testid="ignored-flags">
          <summary>Ignored here ({ignored.length})</summary>
          <ul>
            {ignored.map((f) => (
              <li key={`${f.rule}-${f.start}`}>
                <q dir="auto">{f.text}</q>{' '}
                <button type="button" className="btn small quiet" onClick={() => onUnignore(f)}>
                  Show again
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
