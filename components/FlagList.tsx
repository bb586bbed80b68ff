import { useMemo, useState } from 'react';
import type { Category, Flag } from '@/lib/analysis/types';
import { flagKey } from '@/lib/analysis/flag-key';
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

/** One card: the flags on one place of the draft, and the same words flagged again elsewhere. */
export interface FlagCard {
  /** Stable across renders: the first place's offsets and the card's rules. */
  key: string;
  /** The flag the card leads with: its rule, category and one-click fix (the widest fix, as the calmer version applies it). */
  lead: Flag;
  /** The widest flagged words in the card. */
  text: string;
  /** Every flag in the card's first place, the lead first. */
  flags: Flag[];
  /** How many places in the draft the card stands for (the same words flagged by the same rules). */
  count: number;
  /** Every flag in every place (for "ignore here", which goes by rule and words). */
  all: Flag[];
}

/** Where a flag's one-click fix reaches: the flagged words, or the wider range its replacement stands for. */
const reach = (f: Flag) => ({ start: Math.min(f.start, f.replaces?.start ?? f.start), end: Math.max(f.end, f.replaces?.end ?? f.end) });
const width = (f: Flag) => f.end - f.start;

/**
 * The flag a place leads with: a rule's one-click fix before advice, the widest fix first, and of equal ones
 * the fewest words put back (taking "FRANKLY" out settles both capitals and heat; "Frankly" leaves the heat);
 * a rule before the learned model.
 */
function leadOf(flags: Flag[]): Flag {
  const rank = (f: Flag) => (fixOf(f) !== undefined ? 0 : f.confidence === undefined ? 1 : 2);
  const span = (f: Flag) => reach(f).end - reach(f).start;
  const put = (f: Flag) => fixOf(f)?.length ?? 0;
  return [...flags].sort((a, b) => rank(a) - rank(b) || span(b) - span(a) || put(a) - put(b) || a.start - b.start)[0]!;
}

/**
 * One card per place: flags whose words overlap are one place (a rule and the owner's own phrase on the
 * same words, a rule's words inside a sentence the learned model flags), and places holding the same
 * words flagged by the same rules are one card with a count ("Actually ×12"), so a long paste gives a
 * readable list rather than hundreds of cards.
 */
export function flagCards(flags: Flag[]): FlagCard[] {
  const sorted = [...flags].sort((a, b) => a.start - b.start || b.end - a.end);
  const places: Flag[][] = [];
  let end = -1;
  for (const f of sorted) {
    const last = places[places.length - 1];
    if (last && f.start < end) {
      last.push(f);
      end = Math.max(end, f.end);
    } else {
      places.push([f]);
      end = f.end;
    }
  }
  const cards = new Map<string, FlagCard>();
  for (const place of places) {
    const lead = leadOf(place);
    const widest = place.reduce((a, b) => (width(b) > width(a) ? b : a));
    const rules = [...new Set(place.map((f) => f.rule))].sort().join(' ');
    const same = `${rules}|${widest.text.trim().toLowerCase()}|${lead.rule}|${lead.text.trim().toLowerCase()}`;
    const card = cards.get(same);
    if (card) {
      card.count++;
      card.all.push(...place);
    } else {
      const rest = place.filter((f) => f !== lead).sort((a, b) => a.start - b.start);
      cards.set(same, { key: `${lead.rule}-${lead.start}-${rules}`, lead, text: widest.text, flags: [lead, ...rest], count: 1, all: [...place] });
    }
  }
  return [...cards.values()];
}

/** At first only this many cards show; the rest are one click away (a long paste can flag hundreds of places). */
export const FIRST_CARDS = 25;

function applyLabel(f: Flag, cardText: string): { text: React.ReactNode; aria: string } {
  const fix = fixOf(f);
  // the card shows wider words than the fix touches: name the words it does touch
  const own = f.text === cardText ? '' : ` “${f.text}”`;
  const aria = fix ? `Replace “${f.text}” with “${fix}” in the reply box` : `Remove “${f.text}” from the reply box`;
  if (f.replacement !== undefined) return { text: f.replacement ? <>Replace{own} with “{f.replacement}”</> : `Remove${own}`, aria };
  return { text: f.suggestion ? <>Use “{f.suggestion}”{own ? <> for{own}</> : null}</> : own ? `Remove${own}` : 'Remove these words', aria };
}

function Card({ card, onApply, onIgnore, busy }: { card: FlagCard; onApply?: (flag: Flag) => void; onIgnore: (flag: Flag) => void; busy?: boolean }) {
  const { lead } = card;
  const info = CATEGORY_INFO[lead.category];
  const others = card.flags.slice(1).filter((f, i, all) => f.message !== lead.message && all.findIndex((g) => g.message === f.message) === i);
  const learned = card.flags.find((f) => f.confidence !== undefined);
  const advice = card.flags.filter((f) => f.suggestion && (f.replacement !== undefined || !isReplacement(f.suggestion)));
  const label = onApply && fixOf(lead) !== undefined ? applyLabel(lead, card.text) : undefined;
  // "ignore here" goes by rule and words: one click sets aside every flag the card stands for
  const keys = [...new Map(card.all.map((f) => [flagKey(f), f])).values()];
  const rules = card.flags.filter((f, i, all) => all.findIndex((g) => g.rule === f.rule) === i);
  return (
    <li className="flag" data-testid="flag-card" data-rule={lead.rule} data-category={lead.category} data-rules={rules.map((f) => f.rule).join(' ')} data-count={card.count}>
      <details className="flag-card">
        <summary className="flag-text">
          {/* One mark per rule on these words (the panel's contract: one "flag" per flag; repeats of the same words count once). */}
          {rules.map((f) => (
            <span key={f.rule} className={`flag-mark cat-${f.category}`} data-testid="flag" data-rule={f.rule} data-category={f.category} title={CATEGORY_INFO[f.category].label}>
              <span aria-hidden="true">{CATEGORY_INFO[f.category].icon}</span>
              <span className="visually-hidden">{CATEGORY_INFO[f.category].label}: </span>
            </span>
          ))}{' '}
          <q dir="auto">{card.text}</q>
          {card.count > 1 && (
            <span className="flag-count" data-testid="flag-count">
              {' '}×{card.count}
            </span>
          )}{' '}
          — {lead.message}
          {others.length > 0 && <span className="muted"> (+{others.length} more)</span>}
        </summary>
        {others.length > 0 && (
          <ul className="flag-messages" data-testid="flag-messages">
            {others.map((f) => (
              <li key={`${f.rule}-${f.start}`} data-rule={f.rule} data-category={f.category}>
                <span aria-hidden="true">{CATEGORY_INFO[f.category].icon}</span> {f.message}
              </li>
            ))}
          </ul>
        )}
        {card.count > 1 && (
          <p className="muted flag-repeat">
            The same words are flagged in {card.count} places. A fix changes the first; the others stay flagged until you fix them too.
          </p>
        )}
        {learned && <LearnedWhy flag={learned} />}
        {advice.map((f) => (
          <p key={`${f.rule}-${f.start}`} className="advice" data-testid="flag-advice">
            {f.suggestion}
          </p>
        ))}
        <p className="why">
          <strong>Why this matters:</strong> {info.guidance}
        </p>
      </details>
      <div className="flag-actions">
        {label && (
          <button type="button" className="btn small" data-testid="flag-apply" disabled={busy} onClick={() => onApply!(lead)} aria-label={label.aria}>
            {label.text}
          </button>
        )}
        <button type="button" className="btn small quiet" data-testid="flag-ignore" onClick={() => keys.forEach((f) => onIgnore(f))}>
          Ignore here
        </button>
      </div>
    </li>
  );
}

/** Flags grouped by category, one card per place, each with its message, the guidance behind it, a one-click fix and "ignore here". */
export function FlagList({ flags, ignored = [], onApply, onIgnore, onUnignore, busy, incomplete = [] }: FlagListProps) {
  const partial = incomplete.length > 0;
  const [all, setAll] = useState(false);
  const cards = useMemo(() => flagCards(flags), [flags]);
  const ordered = CATEGORY_ORDER.flatMap((c) => cards.filter((k) => k.lead.category === c));
  const shown = all ? ordered : ordered.slice(0, FIRST_CARDS);
  const title =
    flags.length === 0
      ? partial
        ? 'Check incomplete'
        : 'No flags'
      : `${flags.length} ${flags.length === 1 ? 'flag' : 'flags'}${cards.length < flags.length ? ` in ${cards.length} ${cards.length === 1 ? 'place' : 'places'}` : ''}`;
  return (
    <section aria-labelledby="flags-title" className="flags">
      <h2 className="section-title" id="flags-title">
        {title}
      </h2>
      {partial && (
        <p className="warn" role="alert" data-testid="check-incomplete">
          Some checks could not run on this draft ({incomplete.map(checkName).join(', ')}), so there may be wording they would have flagged.
          Read it over before posting. Your text is unchanged.
        </p>
      )}
      {flags.length === 0 && partial ? null : flags.length === 0 ? (
        <p className="calm" data-testid="no-flags">
          Nothing defensive, excuse-led or heated in your draft. Check the list above to make sure the reply covers everything.
        </p>
      ) : (
        <CategoryCounts flags={flags} />
      )}
      {CATEGORY_ORDER.map((category) => {
        const group = shown.filter((k) => k.lead.category === category);
        if (!group.length) return null;
        const info = CATEGORY_INFO[category];
        return (
          <div key={category} className={`flag-group cat-${category}`} data-testid="flag-group" data-category={category}>
            <h3>
              <span aria-hidden="true">{info.icon}</span> {info.label}
            </h3>
            <ul>
              {group.map((card) => (
                <Card key={card.key} card={card} onApply={onApply} onIgnore={onIgnore} busy={busy} />
              ))}
            </ul>
          </div>
        );
      })}
      {shown.length < ordered.length && (
        <button type="button" className="btn small" data-testid="flags-more" onClick={() => setAll(true)}>
          Show {ordered.length - shown.length} more {ordered.length - shown.length === 1 ? 'place' : 'places'}
        </button>
      )}
      {ignored.length > 0 && (
        <details className="ignored" data-testid="ignored-flags">
          <summary>Ignored here ({ignored.length})</summary>
          <ul>
            {[...new Map(ignored.map((f) => [flagKey(f), f])).values()].map((f) => (
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
