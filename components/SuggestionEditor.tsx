import { useId, useRef } from 'react';
import type { Analysis } from '@/lib/analysis/types';
import { VARIANTS, findPlaceholders, type ReplyVariant } from '@/lib/compose';
import type { GateResult } from '@/lib/compose/gate';
import type { LengthReading } from '@/lib/compose/length';
import type { ActionSlot } from '@/lib/compose/actions';
import { ActionChooser } from './ActionChooser';
import { LengthMeter } from './Meters';
import { CATEGORY_INFO } from './categories';

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
  onChange(text: string): void;
  onVariant(variant: ReplyVariant): void;
  onRestore(): void;
  onInsert(): void;
  onCopy(): void;
}

/** The suggested reply: pick a length, fill the blanks, check it, then Insert or Copy. */
export function SuggestionEditor(props: SuggestionEditorProps) {
  const { text, variant, edited, analysis, gate, length, platformName, status } = props;
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
        Suggested reply
      </h2>
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
      {props.actions && props.actions.length > 0 && <ActionChooser key={props.actions.map((a) => a.placeholder).join('|')} slots={props.actions} text={text} onFill={props.onChange} />}
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
            Start over
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
