import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Category } from '@/lib/analysis/types';
import { builtInRuleFor, phraseProblem } from '@/lib/settings/phrases';
import { CATEGORIES, MAX_MESSAGE_LENGTH, checkNewPhrase, type Settings } from '@/lib/settings/schema';
import { CATEGORY_INFO } from '../categories';
import { ruleName } from './RulesSection';
import type { UpdateSettings } from './types';

export interface PhrasesSectionProps {
  settings: Settings;
  onChange: UpdateSettings;
}

const DEFAULT_MESSAGE = 'You asked Calm Reply to flag this phrase.';
const MAX_PHRASES = 200;

export function PhrasesSection({ settings, onChange }: PhrasesSectionProps) {
  return (
    <section aria-labelledby="phrases-title" className="card">
      <h2 id="phrases-title">Your own phrases</h2>
      <p className="intro">
        Add words your business should avoid, or words Calm Reply should never flag. Like the built-in rules they match whole words in
        any capitalisation and any form: “refund” also finds “refunded” and “refunds”.
      </p>
      <FlagPhraseForm settings={settings} onChange={onChange} />
      <AllowPhraseForm settings={settings} onChange={onChange} />
    </section>
  );
}

function FlagPhraseForm({ settings, onChange }: PhrasesSectionProps) {
  const [phrase, setPhrase] = useState('');
  const [category, setCategory] = useState<Category>('emotional');
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');
  // said after adding, not refused: a phrase a built-in rule flags already (the owner may want their own message too)
  const [note, setNote] = useState<{ phrase: string; text: string }>();
  const asked = useRef(0);
  const open = useRef(true);
  useEffect(() => {
    open.current = true;
    return () => {
      open.current = false;
    };
  }, []);

  function submit(e: FormEvent) {
    e.preventDefault();
    const ask = ++asked.current;
    setNote(undefined);
    const problem =
      checkNewPhrase(settings, phrase, 'flag') ??
      phraseProblem(phrase) ??
      (message.trim().length > MAX_MESSAGE_LENGTH ? `Keep the explanation under ${MAX_MESSAGE_LENGTH} characters.` : undefined) ??
      (settings.ownPhrases.length >= MAX_PHRASES ? `You can add up to ${MAX_PHRASES} phrases to flag.` : undefined);
    if (problem) {
      setError(problem);
      setStatus('');
      return;
    }
    const entry = { phrase: phrase.trim().replace(/\s+/g, ' '), category, message: message.trim() || DEFAULT_MESSAGE };
    onChange((s) => ({ ...s, ownPhrases: [...s.ownPhrases, entry] }));
    setPhrase('');
    setMessage('');
    setError(undefined);
    setStatus(`Added “${entry.phrase}”.`);
    const disabled = Object.keys(settings.rules).filter((id) => settings.rules[id] === false);
    builtInRuleFor(entry.phrase, disabled).then(
      (rule) => {
        // only the latest phrase's answer, and only while the page is open
        if (!rule || ask !== asked.current || !open.current) return;
        setNote({
          phrase: entry.phrase,
          text: `“${entry.phrase}” is already flagged by the rule ${ruleName(rule)}, so it will now be flagged twice: by the rule and with your message. Remove it unless you want both.`,
        });
      },
      () => {}, // the check is a courtesy: without it the phrase works as added
    );
  }

  return (
    <div className="phrase-group">
      <h3 id="flag-phrases-title">Phrases to flag</h3>
      <form onSubmit={submit} aria-labelledby="flag-phrases-title" noValidate className="phrase-form">
        <PhraseField id="own-phrase" value={phrase} error={error} onChange={setPhrase} />
        <div className="field">
          <label htmlFor="own-phrase-category">Kind</label>
          <select id="own-phrase-category" data-testid="own-phrase-category" value={category} onChange={(e) => setCategory(e.target.value as Category)}>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_INFO[c].label}
              </option>
            ))}
          </select>
        </div>
        <div className="field grow">
          <label htmlFor="own-phrase-message">What to tell you when it is flagged</label>
          <input
            id="own-phrase-message"
            data-testid="own-phrase-message"
            dir="auto"
            autoComplete="off"
            placeholder={DEFAULT_MESSAGE}
            value={message}
            onChange={(e) => setMessage(e.target.value)}
          />
        </div>
        <button type="submit" data-testid="own-phrase-add">
          Add phrase
        </button>
      </form>
      <FormFeedback id="own-phrase" error={error} status={status} />
      <p className="hint" role="alert" data-testid="own-phrase-note">
        {note && settings.ownPhrases.some((p) => p.phrase === note.phrase) ? note.text : null}
      </p>
      {settings.ownPhrases.length > 0 ? (
        <ul className="phrase-list" aria-label="Phrases to flag">
          {settings.ownPhrases.map((p) => (
            <li key={p.phrase} data-testid="own-phrase" data-phrase={p.phrase}>
              <span className="phrase" dir="auto">
                {p.phrase}
              </span>{' '}
              <span className="tag">{CATEGORY_INFO[p.category].label}</span>{' '}
              <span className="hint" dir="auto">
                {p.message}
              </span>
              <button
                type="button"
                aria-label={`Remove “${p.phrase}” from phrases to flag`}
                onClick={() => {
                  onChange((s) => ({ ...s, ownPhrases: s.ownPhrases.filter((x) => x.phrase !== p.phrase) }));
                  setStatus(`Removed “${p.phrase}”.`);
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">No phrases of your own yet.</p>
      )}
    </div>
  );
}

function AllowPhraseForm({ settings, onChange }: PhrasesSectionProps) {
  const [phrase, setPhrase] = useState('');
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');

  function submit(e: FormEvent) {
    e.preventDefault();
    const problem =
      checkNewPhrase(settings, phrase, 'allow') ??
      (settings.allowedPhrases.length >= MAX_PHRASES ? `You can add up to ${MAX_PHRASES} phrases to allow.` : undefined);
    if (problem) {
      setError(problem);
      setStatus('');
      return;
    }
    const entry = phrase.trim().replace(/\s+/g, ' ');
    onChange((s) => ({ ...s, allowedPhrases: [...s.allowedPhrases, entry] }));
    setPhrase('');
    setError(undefined);
    setStatus(`Calm Reply will no longer flag “${entry}”.`);
  }

  return (
    <div className="phrase-group">
      <h3 id="allow-phrases-title">Phrases to always allow</h3>
      <p className="hint">For words that are right for your business, like “never” in “we never use peanuts”.</p>
      <form onSubmit={submit} aria-labelledby="allow-phrases-title" noValidate className="phrase-form">
        <PhraseField id="allowed-phrase" value={phrase} error={error} onChange={setPhrase} grow />
        <button type="submit" data-testid="allowed-phrase-add">
          Allow phrase
        </button>
      </form>
      <FormFeedback id="allowed-phrase" error={error} status={status} />
      {settings.allowedPhrases.length > 0 && (
        <ul className="phrase-list" aria-label="Phrases to always allow">
          {settings.allowedPhrases.map((p) => (
            <li key={p} data-testid="allowed-phrase" data-phrase={p}>
              <span className="phrase" dir="auto">
                {p}
              </span>
              <button
                type="button"
                aria-label={`Remove “${p}” from phrases to allow`}
                onClick={() => {
                  onChange((s) => ({ ...s, allowedPhrases: s.allowedPhrases.filter((x) => x !== p) }));
                  setStatus(`Removed “${p}”.`);
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The phrase box both forms share; its error text lives in `${id}-error`. */
function PhraseField(p: { id: string; value: string; error?: string; onChange(value: string): void; grow?: boolean }) {
  return (
    <div className={p.grow ? 'field grow' : 'field'}>
      <label htmlFor={p.id}>Phrase</label>
      <input
        id={p.id}
        data-testid={`${p.id}-input`}
        dir="auto"
        autoComplete="off"
        value={p.value}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={p.error ? `${p.id}-error` : undefined}
        onChange={(e) => p.onChange(e.target.value)}
      />
    </div>
  );
}

/** The form's error (tied to its field by `${id}-error`) and its announced outcome. */
function FormFeedback(p: { id: string; error?: string; status: string }) {
  return (
    <>
      <p id={`${p.id}-error`} className="error" role="alert" data-testid={`${p.id}-error`}>
        {p.error}
      </p>
      <p role="status" className="ok">
        {p.status}
      </p>
    </>
  );
}
