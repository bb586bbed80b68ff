import { useEffect, useRef } from 'react';
import type { Category } from '@/lib/analysis/types';
import { CATEGORIES, type Settings } from '@/lib/settings/schema';
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

export function RulesSection({ settings, rules, onChange }: RulesSectionProps) {
  return (
    <section aria-labelledby="rules-title" className="card">
      <h2 id="rules-title">Rules</h2>
      <p className="intro">
        Each rule flags one kind of wording that makes a public reply sound defensive, excuse-led or heated. Turn off the ones you do
        not want; you can also change them for one site under Sites.
      </p>
      {CATEGORIES.map((category) => {
        const inCategory = rules.filter((r) => r.category === category);
        if (!inCategory.length) return null;
        return <CategoryGroup key={category} category={category} rules={inCategory} settings={settings} onChange={onChange} />;
      })}
    </section>
  );
}

function CategoryGroup({ category, rules, settings, onChange }: { category: Category; rules: RuleInfo[]; settings: Settings; onChange: UpdateSettings }) {
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
        All {info.label.toLowerCase()} rules ({on} of {rules.length} on)
      </label>
      <p className="hint">{info.guidance}</p>
      <ul className="rule-list">
        {rules.map((rule) => (
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
  const descId = `rule-${rule.id}-desc`;
  return (
    <li className="rule" data-testid="rule" data-rule={rule.id}>
      <label className="rule-head">
        <input
          type="checkbox"
          data-testid="rule-toggle"
          data-rule={rule.id}
          checked={on}
          aria-describedby={descId}
          onChange={(e) => {
            const checked = e.target.checked;
            onChange((s) => ({ ...s, rules: setRule(s.rules, rule.id, checked) }));
          }}
        />
        <span className="rule-message">{rule.message}</span>
      </label>
      <div id={descId} className="rule-body">
        <p className="guidance">{rule.guidance}</p>
        {(flagged || fine) && (
          <dl className="examples">
            {flagged && (
              <>
                <dt>Flagged</dt>
                <dd dir="auto">
                  <Marked text={flagged.text} words={flagged.flag} />
                </dd>
              </>
            )}
            {fine && (
              <>
                <dt>Fine</dt>
                <dd dir="auto">{fine}</dd>
              </>
            )}
          </dl>
        )}
      </div>
    </li>
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
