import { useEffect, useId, useRef, useState } from 'react';

export interface TextSettingProps {
  label: string;
  value: string;
  /** Returns the message to show when the text cannot be kept, or undefined. */
  validate?: (value: string) => string | undefined;
  onCommit: (value: string) => void;
  hint?: string;
  type?: 'text' | 'email' | 'tel';
  placeholder?: string;
  testId?: string;
  autoComplete?: string;
}

/**
 * A text field that keeps whatever the owner typed, even when it cannot be saved (too long,
 * not an email): the field shows why and the saved value stays the last good one, so no text
 * is ever cut off or lost.
 */
export function TextSetting({ label, value, validate, onCommit, hint, type = 'text', placeholder, testId, autoComplete = 'off' }: TextSettingProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const committed = useRef(value);
  const error = validate?.(text);

  // A change made elsewhere (another options tab, an import) replaces the field's text.
  useEffect(() => {
    if (value !== committed.current) {
      committed.current = value;
      setText(value);
    }
  }, [value]);

  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        dir="auto"
        value={text}
        placeholder={placeholder}
        autoComplete={autoComplete}
        data-testid={testId}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          if (!validate?.(next)) {
            committed.current = next;
            onCommit(next);
          }
        }}
      />
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
