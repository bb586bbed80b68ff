import { useEffect, useState } from 'react';
import { MAX_COOL_DOWN_SECONDS, type Settings } from '@/lib/settings/schema';
import type { UpdateSettings } from './types';

export interface CoolDownSectionProps {
  settings: Settings;
  onChange: UpdateSettings;
}

/** Whole seconds from 0 to the maximum, or the message to show. */
export function parseCoolDown(text: string): number | string {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return `Type a whole number of seconds from 0 to ${MAX_COOL_DOWN_SECONDS}.`;
  const n = Number(t);
  if (n > MAX_COOL_DOWN_SECONDS) return `The longest cool-down is ${MAX_COOL_DOWN_SECONDS} seconds (10 minutes).`;
  return n;
}

export function CoolDownSection({ settings, onChange }: CoolDownSectionProps) {
  const [text, setText] = useState(String(settings.coolDownSeconds));
  useEffect(() => {
    setText((t) => (parseCoolDown(t) === settings.coolDownSeconds ? t : String(settings.coolDownSeconds)));
  }, [settings.coolDownSeconds]);
  const parsed = parseCoolDown(text);
  const error = typeof parsed === 'string' ? parsed : undefined;
  return (
    <section aria-labelledby="cooldown-title" className="card">
      <h2 id="cooldown-title">Cool-down</h2>
      <p className="intro" id="cooldown-why">
        A reply written in the heat of the moment does more harm than the review. When your draft runs hot, Insert stays locked for
        this many seconds so you can take a breath first. 0 turns the cool-down off.
      </p>
      <div className="field">
        <label htmlFor="cooldown">Seconds Insert stays locked</label>
        <input
          id="cooldown"
          data-testid="cool-down"
          type="text"
          inputMode="numeric"
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'cooldown-why cooldown-error' : 'cooldown-why'}
          onChange={(e) => {
            setText(e.target.value);
            const n = parseCoolDown(e.target.value);
            if (typeof n === 'number') onChange((s) => ({ ...s, coolDownSeconds: n }));
          }}
        />
        <p className="hint" aria-live="polite">
          {typeof parsed === 'number' ? (parsed === 0 ? 'Cool-down is off.' : `Insert waits ${parsed} second${parsed === 1 ? '' : 's'} when your draft runs hot.`) : ''}
        </p>
        {error && (
          <p id="cooldown-error" className="error" role="alert">
            {error}
          </p>
        )}
      </div>
    </section>
  );
}
