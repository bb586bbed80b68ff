import { useId, useRef } from 'react';
import type { Analysis } from '@/lib/analysis/types';
import { VARIANTS, findPlaceholders, type ReplyVariant } from '@/lib/compose';
import type { GateResult } from '@/lib/compose/gate';
import type { LengthReading } from '@/lib/compose/length';
import type { ActionSlot } from '@/lib/compose/actions';
import type { CalmerChange } from '@/lib/compose/calmer';
import { ActionChooser } from './ActionChooser';
import { LengthMeter } from './Meters';
import { CATEGORY_INFO } from './categories';
import type { ReplySource } from '@/lib/settings/drafts';

export interface ActionStatus {
  kind: 'pending' | 'inserted' | 'failed' | 'copied' | 'copy-failed';
  message: string;
}

export interface SuggestionEditorProps {
  text: string;
  variant: ReplyVariant;
  /** True when the text differs from the composed suggestion (the owner edited it). */
  edited: boolean;
  /** The suggestion's own live analysis. */
  analysis?: Analysis;
  gate: GateResult;
  length: LengthReading;
  platformName?: string;
  status?: ActionStatus;
  /** The action blanks the composed reply holds, with the options offered for each. */
  actions?: ActionSlot[];
  /**
   * Where the reply comes from, once the owner has written something: their own draft made calmer, or
   * the reply composed from the review. Absent: the composed reply only (no choice to make).
   */
  source?: { value: ReplySource; onChange(source: ReplySource): void };
  /** With the draft as the source: what the calmer version changed, or why it left the draft as it was. */
  calmer?: CalmerNote;
  /** Why the composed reply stays general (the review is empty, one word, emoji, not English, very long). */
  generic?: string;
  /** After Insert: the reply that went in, shown in place of the editor until the owner asks for it again. */
  inserted?: { text: string; onAgain(): void };
  onChange(text: string): void;
  onVariant(variant: ReplyVariant): void;
  onRestore(): void;
  onInsert(): void;
  onCopy(): void;
}

export type { ReplySource };

export interface CalmerNote {
  changes: CalmerChange[];
  unchanged: boolean;
  reason?: string;
  /** The draft changed since the owner edited this text: offer the calmer version of the new draft. */
  draftMoved?: boolean;
  /** A long draft's calmer version is made after a pause in typing; this is the one before. */
  pending?: boolean;
}

const PART_NAMES: Record<NonNullable<CalmerChange['part']>, string> = {
  acknowledge: 'thanks for the review',
  apology: 'an apology',
  followUp: 'an offer to talk privately',
};

/** Short enough for one line: the first words of a long phrase. */
function clip(words: string, max = 40): string {
  const t = words.trim().replace(/\s+/g, ' ');
  return t.length <= max ? t : `${t.slice(0, max).replace(/\s+\S*$/, '')}…`;
}

/** "Removed “Actually,” · Replaced “you should have told us” · Added an apology": each change once, the first few. */
export function describeChanges(changes: CalmerChange[], most = 4): string {
  const seen = new Set<string>();
  const said: string[] = [];
  for (const c of changes) {
    const line =
      c.kind === 'added'
        ? `Added ${c.part ? PART_NAMES[c.part] : `“${clip(c.to ?? '')}”`}`
        : `${c.kind === 'removed' ? 'Removed' : 'Replaced'} “${clip(c.from ?? '')}”`;
    if (seen.has(line)) continue;
    seen.add(line);
    said.push(line);
  }
  const more = said.length - most;
  return more > 0 ? `${said.slice(0, most).join(' · ')} · and ${more} more` : said.join(' · ');
}

/** The reply that went in: its first words and its length, so the owner knows which text is in the box. */
function Inserted({ text, onAgain, status }: { text: string; onAgain(): void; status?: ActionStatus }) {
  const words = text.trim().split(/\s+/);
  const first = words.slice(0, 8).join(' ');
  return (
    <section aria-labelledby="inserted-title" className="suggestion inserted" data-testid="inserted">
      <h2 className="section-title" id="inserted-title">
        Reply inserted
      </h2>
      <p className="inserted-summary" data-testid="inserted-summary">
        “{first}
        {words.length > 8 ? '…' : ''}” ({text.length.toLocaleString('en')} characters) is in the reply box.
      </p>
      <p className={`status ${status ? `status-${status.kind}` : ''}`} role="status" data-testid="insert-status" data-kind={status?.kind ?? ''}>
        {status?.message ?? ''}
      </p>
      <button type="button" className="link" data-testid="show-suggestion" onClick={onAgain}>
        Show the suggestion again
      </button>
    </section>
  );
}

/** The reply to post: the owner's draft made calmer or one composed from the review; fill the blanks, check it, then Insert or Copy. */
export function SuggestionEditor(props: SuggestionEditorProps) {
  if (props.inserted) return <Inserted {...props.inserted} status={props.status} />;
  return <Editor {...props} />;
}

function Editor(props: SuggestionEditorProps) {
  const { text, variant, edited, analysis, gate, length, platformName, status, source, calmer } = props;
  const fromDraft = source?.value === 'draft';
  const area = useRef<HTMLTextAreaElement>(null);
  const ids = { hint: useId(), check: useId(), title: useId() };
  const blanks = findPlaceholders(text);
  const flags = analysis?.language === 'en' ? analysis.flags : [];

  // Selects the next blank so typing replaces it: the fastest way to fill one from the keyboard.
  const selectNextBlank = () => {
    const el = area.current;
    if (!el) return;
    const from = el.selectionEnd ?? 0;
    const next = blanks.find((b) => b.start >= from) ?? blanks[0];
    if (!next) return;
    el.focus();
    el.setSelectionRange(next.start, next.end);
  };

  return (
    <section aria-labelledby={ids.title} className="suggestion">
      <h2 className="section-title" id={ids.title}>
        Reply to post
      </h2>
      {source && (
        <div className="reply-source" role="group" aria-label="Where the reply comes from" data-testid="reply-source" data-source={source.value}>
          <button type="button" className={`segment ${fromDraft ? 'active' : ''}`} aria-pressed={fromDraft} data-testid="source-draft" onClick={() => source.onChange('draft')}>
            Your draft, calmer
          </button>
          <button type="button" className={`segment ${fromDraft ? '' : 'active'}`} aria-pressed={!fromDraft} data-testid="source-review" onClick={() => source.onChange('review')}>
            Composed from the review
          </button>
        </div>
      )}
      {!fromDraft && props.generic && (
        <p className="muted" data-testid="suggestion-generic">
          {props.generic}
        </p>
      )}
      {fromDraft && calmer && (
        <p className="calmer-note muted" data-testid="calmer-note" data-unchanged={String(calmer.unchanged)}>
          {calmer.pending
            ? 'Updating from your draft…'
            : calmer.changes.length > 0
              ? (
                  <>
                    <strong>What changed:</strong> <span data-testid="calmer-changes">{describeChanges(calmer.changes)}</span>
                    {calmer.reason ? ` ${calmer.reason}` : ''}
                  </>
                )
              : calmer.reason}
        </p>
      )}
      {fromDraft && edited && calmer?.draftMoved && (
        <p className="hint" data-testid="draft-moved">
          Your draft changed since you edited this reply. Your edit is kept; “Update from my draft” replaces it with the calmer version of your draft now.
        </p>
      )}
      {!fromDraft && (
      <fieldset className="variants">
        <legend className="visually-hidden">Length of the suggested reply</legend>
        {VARIANTS.map((v) => (
          <label key={v.id} className={`variant ${variant === v.id ? 'active' : ''}`} title={v.hint}>
            <input
              type="radio"
              name="variant"
              value={v.id}
              checked={variant === v.id}
              onChange={() => props.onVariant(v.id)}
              data-testid={`variant-${v.id}`}
            />
            {v.label}
          </label>
        ))}
      </fieldset>
      )}
      <textarea
        ref={area}
        className="suggestion-text"
        data-testid="suggestion"
        aria-labelledby={ids.title}
        aria-describedby={`${ids.hint} ${ids.check}`}
        dir="auto"
        rows={Math.min(16, Math.max(6, text.split('\n').length + 2))}
        value={text}
        spellCheck
        onChange={(e) => props.onChange(e.target.value)}
      />
      {!fromDraft && props.actions && props.actions.length > 0 && <ActionChooser key={props.actions.map((a) => a.placeholder).join('|')} slots={props.actions} text={text} onFill={props.onChange} />}
      <div id={ids.hint} className="blanks" data-testid="placeholders" data-count={blanks.length}>
        {blanks.length > 0 ? (
          <>
            <p>
              Fill in {blanks.length === 1 ? 'the blank' : `the ${blanks.length} blanks`} in brackets:{' '}
              {blanks.map((b, i) => (
                <span key={i}>
                  {i > 0 && ', '}
                  <em>{b.label}</em>
                </span>
              ))}
              . Only you know these facts.
            </p>
            <button type="button" className="btn small" onClick={selectNextBlank} data-testid="next-placeholder">
              Select next blank
            </button>
          </>
        ) : null}
      </div>
      <div id={ids.check} className="suggestion-check" data-testid="suggestion-check" data-flags={flags.length}>
        {analysis === undefined ? null : flags.length === 0 ? (
          <p className="calm">✓ No flags in this reply.</p>
        ) : (
          <>
            <p className="warn">Your edits added {flags.length === 1 ? 'a flag' : `${flags.length} flags`}:</p>
            <ul>
              {flags.map((f) => (
                <li key={`${f.rule}-${f.start}`} data-testid="suggestion-flag" data-rule={f.rule} data-category={f.category}>
                  <span aria-hidden="true">{CATEGORY_INFO[f.category].icon}</span> <q dir="auto">{f.text}</q> — {f.message}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <LengthMeter reading={length} platformName={platformName} />
      <div className="actions">
        <button
          type="button"
          className="btn primary"
          data-testid="insert"
          disabled={!gate.enabled || status?.kind === 'pending'}
          aria-describedby={gate.enabled ? undefined : `${ids.title}-gate`}
          onClick={props.onInsert}
        >
          Insert into reply box
        </button>
        <button type="button" className="btn" data-testid="copy" disabled={!text.trim()} onClick={props.onCopy}>
          Copy
        </button>
        {edited && (
          <button type="button" className="btn quiet" data-testid="restore" onClick={props.onRestore}>
            {fromDraft ? 'Update from my draft' : 'Start over'}
          </button>
        )}
      </div>
      {!gate.enabled && (
        <p className={`gate gate-${gate.reason}`} id={`${ids.title}-gate`} data-testid="insert-gate" data-reason={gate.reason}>
          {gate.message}
        </p>
      )}
      <p className={`status ${status ? `status-${status.kind}` : ''}`} role="status" data-testid="insert-status" data-kind={status?.kind ?? ''}>
        {status?.message ?? ''}
      </p>
    </section>
  );
}
