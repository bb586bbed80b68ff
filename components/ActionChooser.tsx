import { useId, useState } from 'react';
import { actionClause, ownOption, TIMESCALES, type ActionSlot, type Timescale } from '@/lib/compose/actions';

export interface ActionChooserProps {
  /** The action blanks in the suggestion, each with its options (ComposedReply.actions). */
  slots: ActionSlot[];
  /** The suggestion as it stands (the owner may have edited it). */
  text: string;
  /** The suggestion with a blank (or an earlier choice) replaced by the chosen action. */
  onFill(text: string): void;
}

interface Choice {
  /** Index into the slot's options, or 'own' for the owner's own words. */
  option?: number | 'own';
  own: string;
  when?: Timescale['kind'];
  date: string;
  /** The words this chooser last put into the suggestion, so a new choice replaces them. */
  filled?: string;
}

const EMPTY: Choice = { own: '', date: '' };

/**
 * What you did about each complaint, and when: a few concrete actions that fit the complaint, or
 * your own words, and a timescale in the tense it needs. Choosing fills the blank in the
 * suggestion; Insert waits until no blank is left.
 */
export function ActionChooser({ slots, text, onFill }: ActionChooserProps) {
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const base = useId();
  if (!slots.length) return null;

  const update = (slot: ActionSlot, change: Partial<Choice>) => {
    const next: Choice = { ...EMPTY, ...choices[slot.placeholder], ...change };
    const option = next.option === 'own' ? (next.own.trim() ? ownOption(next.own) : undefined) : next.option !== undefined ? slot.options[next.option] : undefined;
    if (option && next.when) {
      const when: Timescale = next.when === 'by' ? { kind: 'by', date: next.date } : { kind: next.when };
      const clause = actionClause(option, when);
      // the blank itself, or what an earlier choice put there
      const target = text.includes(slot.placeholder) ? slot.placeholder : next.filled && text.includes(next.filled) ? next.filled : undefined;
      if (target) {
        // a function, so the owner's own words are put in as typed ("$$", "$&" are not replacement patterns)
        onFill(text.replace(target, () => clause));
        next.filled = clause;
      }
    }
    setChoices((all) => ({ ...all, [slot.placeholder]: next }));
  };

  return (
    <div className="action-chooser" data-testid="action-chooser">
      {slots.map((slot, i) => {
        const c = { ...EMPTY, ...choices[slot.placeholder] };
        const open = text.includes(slot.placeholder);
        const lost = !open && !(c.filled && text.includes(c.filled));
        const name = `${base}-${i}`;
        return (
          <fieldset key={slot.placeholder} className="action-slot" data-testid="action-slot" data-aspect={slot.aspect} data-filled={!open}>
            <legend>What did you do about {slot.aspect || 'it'}?</legend>
            {lost ? (
              <p className="hint">This blank is no longer in the reply; Start over brings it back.</p>
            ) : (
              <>
                <div role="radiogroup" aria-label={`Action for ${slot.aspect || 'the complaint'}`} className="action-options">
                  {slot.options.map((o, k) => (
                    <label key={o.base}>
                      <input
                        type="radio"
                        name={`${name}-what`}
                        checked={c.option === k}
                        onChange={() => update(slot, { option: k })}
                        data-testid="action-option"
                        value={o.base}
                      />
                      {o.base}
                    </label>
                  ))}
                  <label>
                    <input type="radio" name={`${name}-what`} checked={c.option === 'own'} onChange={() => update(slot, { option: 'own' })} data-testid="action-own-choice" />
                    In my own words:
                  </label>
                  {c.option === 'own' && (
                    <input
                      type="text"
                      className="action-own"
                      aria-label={`What you did about ${slot.aspect || 'it'}, in your own words`}
                      placeholder="e.g. replace the kettle"
                      value={c.own}
                      onChange={(e) => update(slot, { own: e.target.value })}
                      data-testid="action-own"
                    />
                  )}
                </div>
                <div role="radiogroup" aria-label="When" className="action-when">
                  {TIMESCALES.map((t) => (
                    <label key={t.kind}>
                      <input
                        type="radio"
                        name={`${name}-when`}
                        checked={c.when === t.kind}
                        onChange={() => update(slot, { when: t.kind })}
                        data-testid="action-when"
                        value={t.kind}
                      />
                      {t.label}
                    </label>
                  ))}
                  {c.when === 'by' && (
                    <input
                      type="text"
                      className="action-date"
                      aria-label="By when"
                      placeholder="e.g. Friday"
                      value={c.date}
                      onChange={(e) => update(slot, { date: e.target.value })}
                      data-testid="action-date"
                    />
                  )}
                </div>
              </>
            )}
          </fieldset>
        );
      })}
    </div>
  );
}
