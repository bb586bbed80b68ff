import { useEffect, useRef, useState } from 'react';
import { defaultSettings, exportSettings, importSettings, type Settings } from '@/lib/settings/schema';
import type { UpdateSettings } from './types';

export interface BackupSectionProps {
  settings: Settings;
  onChange: UpdateSettings;
  /** Called after a reset, with the settings that were replaced (to give back site permissions). */
  onReset?: (previous: Settings) => void;
}

const MAX_FILE_BYTES = 1_000_000;

type Result = { kind: 'ok'; text: string } | { kind: 'error'; text: string; problems?: string[] };

export function exportFileName(date = new Date()): string {
  return `calm-reply-settings-${date.toISOString().slice(0, 10)}.json`;
}

export function BackupSection({ settings, onChange, onReset }: BackupSectionProps) {
  const [result, setResult] = useState<Result>();
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // Focus follows the confirmation: onto "Cancel" when it opens, back to "Reset" when it closes.
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (wasConfirming.current) resetRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  function download() {
    const blob = new Blob([exportSettings(settings)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = exportFileName();
    document.body.append(a);
    a.click();
    a.remove();
    // Revoke later: some browsers start the download after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    setResult({ kind: 'ok', text: `Exported your settings as ${a.download}.` });
  }

  async function load(file: File) {
    if (file.size > MAX_FILE_BYTES) {
      setResult({ kind: 'error', text: `Nothing was changed: ${file.name} is ${Math.round(file.size / 1000)} KB, far too large to be Calm Reply settings.` });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setResult({ kind: 'error', text: `Nothing was changed: ${file.name} could not be read.` });
      return;
    }
    const parsed = importSettings(text);
    if (!parsed.ok) {
      setResult({ kind: 'error', text: `Nothing was changed. ${file.name} has ${parsed.errors.length === 1 ? 'a problem' : `${parsed.errors.length} problems`}:`, problems: parsed.errors });
      return;
    }
    onChange(() => parsed.settings);
    const sites = parsed.settings.extraSites.length;
    setResult({
      kind: 'ok',
      text: `Imported your settings from ${file.name}.${sites ? ` This browser needs your permission again for the ${sites} site${sites === 1 ? '' : 's'} you added: use “Allow again” under Sites.` : ''}`,
    });
  }

  return (
    <section aria-labelledby="backup-title" className="card">
      <h2 id="backup-title">Export, import and reset</h2>
      <p className="intro">Move your settings to another browser or keep a copy. The file holds only these settings, never your replies.</p>
      <div className="row wrap">
        <button type="button" data-testid="export" onClick={download}>
          Export settings
        </button>
        <label className="file-button">
          Import settings from a file
          <input
            type="file"
            accept=".json,application/json"
            data-testid="import"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void load(file);
            }}
          />
        </label>
      </div>
      {/* Apart from Export and Import, and drawn as what it is: the one button here that throws settings away. */}
      <div className="danger-zone">
        <h3 id="reset-title">Reset</h3>
        <p className="hint">Puts every setting back as it was when Calm Reply was installed.</p>
        <button
          type="button"
          ref={resetRef}
          className="danger-outline"
          data-testid="reset"
          aria-expanded={confirming}
          aria-controls="reset-confirm"
          onClick={() => setConfirming(true)}
        >
          Reset to defaults…
        </button>
      </div>
      {confirming && (
        <div
          id="reset-confirm"
          role="group"
          aria-labelledby="reset-confirm-text"
          className="confirm"
          onKeyDown={(e) => {
            if (e.key === 'Escape') setConfirming(false);
          }}
        >
          <p id="reset-confirm-text">
            <strong>Reset every setting to the defaults?</strong> Your rules, sites, own phrases and business details go back to the
            defaults, and so do the cool-down and the reminder to reply. This cannot be undone: export first if you want a copy.
          </p>
          <div className="row">
            <button
              type="button"
              className="danger"
              data-testid="reset-confirm"
              onClick={() => {
                const previous = settings;
                onChange(() => defaultSettings());
                onReset?.(previous);
                setConfirming(false);
                setResult({ kind: 'ok', text: 'All settings are back to the defaults.' });
              }}
            >
              Reset everything
            </button>
            <button type="button" ref={cancelRef} data-testid="reset-cancel" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <div role="status" data-testid="import-ok" className="ok">
        {result?.kind === 'ok' && <p>{result.text}</p>}
      </div>
      <div role="alert" data-testid="import-result" className="error">
        {result?.kind === 'error' && (
          <>
            <p>{result.text}</p>
            {result.problems && (
              <ul>
                {result.problems.slice(0, 20).map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
                {result.problems.length > 20 && <li>…and {result.problems.length - 20} more.</li>}
              </ul>
            )}
          </>
        )}
      </div>
    </section>
  );
}
