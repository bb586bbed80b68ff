import { useEffect, useRef, useState } from 'react';
import type { Category } from '@/lib/analysis/types';
import { CATEGORIES, type Settings } from '@/lib/settings/schema';
import { PLATFORM_LIMITS, measure } from '@/lib/analysis/limits';
import { CATEGORY_INFO } from '../categories';
import type { RuleInfo, UpdateSettings } from './types';

export interface RulesSectionProps {
  settings: Settings;
  rules: RuleInfo[];
  onChange: UpdateSettings;
}

/** Missing means on; storing only the rules turned off keeps sync storage small. */
export function setRule(rules: Record<string, boolean>, id: string, on: boolean): Record<string, boolean> {
  const next = { ...rules };
  if (on) delete next[id];
  else next[id] = false;
  return next;
}

/** Names the id alone would say badly. */
const NAMES: Record<string, string> = {
  'boasts-record': 'Boasts of its record',
  'due-respect': '“With all due respect”',
  'evasive-passive': 'Passive voice hides who',
  'feelings-apology': 'Sorry for their feelings',
  'over-limit': 'Too long for the site',
  'punctuation-runs': 'Runs of ! or ?',
  'reviewer-name': 'Reviewer’s full name',
  'sorry-to-hear': '“Sorry to hear”',
};

/** A short name for a rule (its message is a whole sentence): "heated-words" → "Heated words". */
export function ruleName(id: string): string {
  const named = NAMES[id];
  if (named) return named;
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The guidance in the owner's words: the rule files say which point of the project's guidance
 * notes each rule enforces ("Point 3 (apologise sincerely): …", "(PLATFORMS.md)", "(guidance: …)");
 * the owner never saw those notes, so the references go and the reason stays.
 */
export function plainGuidance(text: string): string {
  let out = text
    // "(point 5)", "(PLATFORMS.md)", "(guidance: avoid excuses, point 3)", "(guidance points 1 and 6)"
    .replace(/\s*\([^()]*(?:\bpoints?\s+\d|\bguidance\b|\.md\b|\bPLATFORMS\b|\bGUIDANCE\b)[^()]*\)/gi, '')
    // a leading label: "Avoid defensiveness: ", "Point 1 (wait for the heat to pass) and "Emotion": "
    .replace(/^(?:point\s+\d|avoid\s|")[^:]{0,80}:\s+/i, '')
    .replace(/\s+([.,;])/g, '$1')
    .trim();
  const first = out.search(/\p{L}/u);
  if (first >= 0) out = out.slice(0, first) + out.charAt(first).toUpperCase() + out.slice(first + 1);
  return out;
}

/** "All defensive rules", but "All platform rules", not "All platform rules rules". */
function allLabel(label: string): string {
  const lower = label.toLowerCase();
  return `All ${/\brules?$/.test(lower) ? lower : `${lower} rules`}`;
}

/** Longest example shown in full; longer ones (the length limit's) are cut around the flagged words. */
export const EXAMPLE_MAX = 200;

/** The part of a long example worth reading: around the flagged words, or its start, with "…" where cut. */
export function clipExample(text: string, words = ''): string {
  if (text.length <= EXAMPLE_MAX) return text;
  const at = words ? text.indexOf(words) : -1;
  let start = 0;
  let end = EXAMPLE_MAX;
  if (at >= 0 && words.length < EXAMPLE_MAX - 20) {
    end = Math.min(text.length, at + words.length + 40);
    start = Math.max(0, end - EXAMPLE_MAX);
  }
  // Cut between sentences where one ends nearby, else between words, never inside the flagged ones.
  if (start > 0) {
    const limit = at >= 0 ? at : text.length;
    const sentence = /[.!?]\s+/g;
    sentence.lastIndex = start - 1;
    const stop = sentence.exec(text);
    const space = text.indexOf(' ', start);
    if (stop && stop.index + stop[0].length <= Math.min(limit, start + 60)) start = stop.index + stop[0].length;
    else if (space >= 0 && space < limit) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start && (at < 0 || space >= at + words.length)) end = space;
  }
  const part = text.slice(start, end).trim();
  return `${start > 0 ? '…' : ''}${part}${end < text.length ? (/[.!?]$/.test(part) ? ' …' : '…') : ''}`;
}

/** Every word typed appears in the rule's name, message or category. */
function matches(rule: RuleInfo, words: string[]): boolean {
  if (!words.length) return true;
  const info = CATEGORY_INFO[rule.category];
  const haystack = fold([ruleName(rule.id), rule.id, rule.message, info?.label ?? '', rule.category].join(' '));
  return words.every((w) => haystack.includes(w));
}

/** Lower case, curly quotes as straight ones, so “sorry if” finds "Sorry if…". */
function fold(s: string): string {
  return s.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
}

export function RulesSection({ settings, rules, onChange }: RulesSectionProps) {
  const [query, setQuery] = useState('');
  const words = fold(query).split(/\s+/).filter(Boolean);
  const shown = rules.filter((r) => matches(r, words));
  const trimmed = query.trim();
  return (
    <section aria-labelledby="rules-title" className="card">
      <h2 id="rules-title">Rules</h2>
      <p className="intro">
        Each rule flags one kind of wording that makes a public reply sound defensive, excuse-led or heated. Turn off the ones you do
        not want; you can also change them for one site under Sites.
      </p>
      <div className="rule-search">
        <label htmlFor="rule-search">Find a rule</label>
        <input
          id="rule-search"
          type="search"
          data-testid="rule-search"
          value={query}
          placeholder="for example: sorry, blame, capitals"
          autoComplete="off"
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      <p role="status" data-testid="rule-search-result" className="hint">
        {trimmed && (shown.length ? `${shown.length} of ${rules.length} rules match “${trimmed}”.` : `No rule matches “${trimmed}”.`)}
      </p>
      {CATEGORIES.map((category) => {
        const inCategory = rules.filter((r) => r.category === category);
        const visible = shown.filter((r) => r.category === category);
        if (!visible.length) return null;
        return <CategoryGroup key={category} category={category} rules={inCategory} visible={visible} settings={settings} onChange={onChange} />;
      })}
    </section>
  );
}

function CategoryGroup({
  category,
  rules,
  visible,
  settings,
  onChange,
}: {
  category: Category;
  /** Every rule of the category: the category switch turns them all on or off. */
  rules: RuleInfo[];
  /** The ones the search leaves on the page. */
  visible: RuleInfo[];
  settings: Settings;
  onChange: UpdateSettings;
}) {
  const info = CATEGORY_INFO[category];
  const on = rules.filter((r) => settings.rules[r.id] !== false).length;
  const all = on === rules.length;
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (box.current) box.current.indeterminate = on > 0 && !all;
  }, [on, all]);
  const headingId = `category-${category}`;
  return (
    <div className="category" role="group" aria-labelledby={headingId}>
      <div className="category-head">
        <h3 id={headingId}>
          <span aria-hidden="true">{info.icon}</span> {info.label}
        </h3>
        <label className="category-toggle">
          <input
            ref={box}
            type="checkbox"
            data-testid="category-toggle"
            data-category={category}
            checked={all}
            onChange={() =>
              onChange((s) => ({ ...s, rules: rules.reduce((acc, r) => setRule(acc, r.id, !all), s.rules) }))
            }
          />
          {allLabel(info.label)} ({on} of {rules.length} on)
        </label>
      </div>
      <p className="hint">{plainGuidance(info.guidance)}</p>
      <ul className="rule-list">
        {visible.map((rule) => (
          <RuleItem key={rule.id} rule={rule} on={settings.rules[rule.id] !== false} onChange={onChange} />
        ))}
      </ul>
    </div>
  );
}

function RuleItem({ rule, on, onChange }: { rule: RuleInfo; on: boolean; onChange: UpdateSettings }) {
  const flagged = rule.examples.flagged[0];
  const fineRaw = rule.examples.fine[0];
  const fine = typeof fineRaw === 'string' ? fineRaw : fineRaw?.text;
  const finePlatform = typeof fineRaw === 'string' ? undefined : fineRaw?.context?.platform;
  const descId = `rule-${rule.id}-desc`;
  const name = ruleName(rule.id);
  return (
    <li className="rule" data-testid="rule" data-rule={rule.id}>
      <label className="rule-head">
        <input
          type="checkbox"
          className="switch"
          data-testid="rule-toggle"
          data-rule={rule.id}
          checked={on}
          aria-describedby={descId}
          onChange={(e) => {
            const checked = e.target.checked;
            onChange((s) => ({ ...s, rules: setRule(s.rules, rule.id, checked) }));
          }}
        />
        <span className="rule-name">{name}</span>
      </label>
      <p id={descId} className="rule-message">
        {rule.message}
      </p>
      <details className="rule-more" data-testid="rule-details">
        <summary>
          Examples<span className="visually-hidden"> and why, for {name}</span>
        </summary>
        <div className="rule-body">
          <p className="guidance">{plainGuidance(rule.guidance)}</p>
          {(flagged || fine) && (
            <dl className="examples">
              {flagged && (
                <>
                  <dt>Flagged</dt>
                  <dd dir="auto">
                    <Marked text={clipExample(flagged.text, flagged.flag)} words={flagged.flag} />
                    <Shortened text={flagged.text} platform={flagged.context?.platform} />
                  </dd>
                </>
              )}
              {fine && (
                <>
                  <dt>Fine</dt>
                  <dd dir="auto">
                    {clipExample(fine)}
                    <Shortened text={fine} platform={finePlatform} />
                  </dd>
                </>
              )}
            </dl>
          )}
        </div>
      </details>
    </li>
  );
}

/** Says an example was cut, and how long it really is against the site's limit (what the length rule is about). */
function Shortened({ text, platform }: { text: string; platform?: string }) {
  if (text.length <= EXAMPLE_MAX) return null;
  const limit = platform ? PLATFORM_LIMITS[platform.toLowerCase()] : undefined;
  const unit = limit?.unit ?? 'characters';
  const size = `${measure(text, unit).toLocaleString('en')} ${unit}`;
  return (
    <span className="shortened">
      {' '}
      (shortened here: the whole example is {size}
      {limit ? `, on a site that allows ${limit.limit.toLocaleString('en')}` : ''})
    </span>
  );
}

/** The example with its flagged words marked, as the panel would underline them. */
function Marked({ text, words }: { text: string; words: string }) {
  const at = words ? text.indexOf(words) : -1;
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <mark>{words}</mark>
      {text.slice(at + words.length)}
    </>
  );
}
