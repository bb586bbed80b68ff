/**
 * The options page as a new owner meets it: readable type in Chrome (which gives extension pages
 * 11px text unless the page says otherwise), one line per rule with its examples folded away, a
 * search for rules, a short menu whose every link lands, no references to the project's own notes,
 * and a reset that looks and asks like the destructive action it is.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { OptionsPage, type OptionsPageProps } from '@/components/options/OptionsPage';
import { EXAMPLE_MAX } from '@/components/options/RulesSection';
import type { RuleInfo } from '@/components/options/types';
import { RULES } from '@/lib/rules';
import { LEARNED } from '@/lib/model/judge';
import { defaultSettings, type Settings } from '@/lib/settings/schema';

/** Every rule and learned check, as the real page lists them (entrypoints/options/main.tsx). */
const ALL: RuleInfo[] = [...RULES, ...LEARNED].map(({ id, category, severity, message, guidance, examples }) => ({ id, category, severity, message, guidance, examples }));

const FOLLOW_UPS: NonNullable<OptionsPageProps['followUps']> = {
  items: [],
  dueLabel: (d) => d,
  isDue: () => false,
  platformName: (p) => p,
  onDone: vi.fn(),
  onSnooze: vi.fn(),
  onDelete: vi.fn(),
  onChangeDate: vi.fn(),
  onOpen: vi.fn(),
  onExport: vi.fn(),
};

function setup(initial: Settings = defaultSettings(), overrides: Partial<OptionsPageProps> = {}) {
  const state = { current: initial };
  const onReset = vi.fn();
  function Harness() {
    const [settings, setSettings] = useState(initial);
    return (
      <OptionsPage
        settings={settings}
        rules={ALL}
        onChange={(update) => {
          state.current = update(state.current);
          setSettings(state.current);
        }}
        onRequestSite={async () => true}
        onRemoveSite={() => {}}
        onReset={onReset}
        followUps={FOLLOW_UPS}
        {...overrides}
      />
    );
  }
  const user = userEvent.setup();
  render(<Harness />);
  return { state, user, onReset };
}

const shownRules = () => [...document.querySelectorAll<HTMLElement>('[data-testid="rule"]')].map((r) => r.dataset.rule);
const ruleItem = (id: string) => document.querySelector<HTMLElement>(`[data-testid="rule"][data-rule="${id}"]`)!;

describe('Finding a rule', () => {
  it('filters by name, message and category as the owner types, and says when nothing matches', async () => {
    const { user, state } = setup();
    expect(shownRules()).toHaveLength(ALL.length);
    const search = screen.getByRole('searchbox', { name: 'Find a rule' });
    expect(search).toBe(screen.getByTestId('rule-search'));

    // by name (derived from the id: "policy-shield" → "Policy shield"; "shield" is in no message)
    await user.type(search, 'shield');
    expect(shownRules()).toEqual(['policy-shield']);
    expect(within(ruleItem('policy-shield')).getByText('Policy shield')).toBeTruthy();
    expect(screen.getByTestId('rule-search-result').textContent).toBe(`1 of ${ALL.length} rules match “shield”.`);

    // by message: only over-limit's message speaks of being cut off
    await user.clear(search);
    await user.type(search, 'cut off');
    expect(shownRules()).toEqual(['over-limit']);

    // by category: "Platform" is the policy category's label, in no rule's name or message
    await user.clear(search);
    await user.type(search, 'platform');
    const policy = ALL.filter((r) => r.category === 'policy').map((r) => r.id);
    expect(shownRules()).toEqual(expect.arrayContaining(policy));
    expect(shownRules().every((id) => policy.includes(id!) || /platform/i.test(ALL.find((r) => r.id === id)!.message))).toBe(true);
    expect(screen.queryByRole('group', { name: /Defensive/ })).toBeNull();

    // the switch of a rule found by search still works, and the category count still covers the whole category
    await user.click(document.querySelector<HTMLInputElement>('[data-testid="rule-toggle"][data-rule="over-limit"]')!);
    expect(state.current.rules).toEqual({ 'over-limit': false });
    expect(screen.getByRole('group', { name: /Platform rules/ }).textContent).toContain(`(${policy.length - 1} of ${policy.length} on)`);

    await user.clear(search);
    await user.type(search, 'xyzzy');
    expect(shownRules()).toEqual([]);
    const result = screen.getByTestId('rule-search-result');
    expect(result.getAttribute('role')).toBe('status');
    expect(result.textContent).toBe('No rule matches “xyzzy”.');
    expect(screen.queryAllByRole('group', { name: /rules/i }).filter((g) => g.classList.contains('category'))).toEqual([]);

    await user.clear(search);
    expect(shownRules()).toHaveLength(ALL.length);
    expect(screen.queryByText(/No rule matches/)).toBeNull();
  });
});

describe('One line per rule', () => {
  it('shows name, switch and message; the guidance and Flagged / Fine examples wait in a closed disclosure', async () => {
    const { user } = setup();
    for (const rule of ALL) {
      const item = ruleItem(rule.id);
      const details = item.querySelector('details')!;
      expect(details, rule.id).toBeTruthy();
      expect(details.open, rule.id).toBe(false);
      // nothing but the switch, the name and the message outside the disclosure
      const outside = item.cloneNode(true) as HTMLElement;
      outside.querySelector('details')!.remove();
      expect(outside.textContent, rule.id).not.toMatch(/Flagged|Fine/);
      expect(outside.querySelector('.guidance, dl'), rule.id).toBeNull();
      for (const dl of item.querySelectorAll('dl')) expect(dl.closest('details'), rule.id).toBe(details);
      expect(item.querySelector('.guidance')!.closest('details'), rule.id).toBe(details);
    }
    const blames = ruleItem('blames-customer');
    const name = within(blames).getByText('Blames customer');
    const message = within(blames).getByText(ALL.find((r) => r.id === 'blames-customer')!.message);
    expect(name.closest('label')!.querySelector('[data-testid="rule-toggle"]')).toBeTruthy();
    expect(message.closest('details')).toBeNull();
    await user.click(blames.querySelector('summary')!);
    expect(blames.querySelector('details')!.open).toBe(true);
  });

  it('cuts a very long example to about 200 characters, keeping the flagged words and saying it was cut', () => {
    setup();
    const [flagged, fine] = [...ruleItem('over-limit').querySelectorAll('dd')];
    const rule = RULES.find((r) => r.id === 'over-limit')!;
    const shownText = (dd: HTMLElement) => [...dd.childNodes].filter((n) => !(n as HTMLElement).classList?.contains('shortened')).map((n) => n.textContent).join('');
    expect(rule.examples.flagged[0]!.text.length).toBeGreaterThan(EXAMPLE_MAX);
    expect(shownText(flagged!).length).toBeLessThanOrEqual(EXAMPLE_MAX + 2);
    expect(shownText(flagged!)).toMatch(/^…/);
    expect(flagged!.querySelector('mark')!.textContent).toBe(rule.examples.flagged[0]!.flag);
    expect(flagged!.textContent).toContain(`the whole example is ${rule.examples.flagged[0]!.text.length} characters`);
    expect(shownText(fine!).length).toBeLessThanOrEqual(EXAMPLE_MAX + 2);
    expect(shownText(fine!)).toMatch(/…$/);
    // short examples are shown whole
    expect(ruleItem('blames-customer').querySelector('dd')!.textContent).toBe(RULES.find((r) => r.id === 'blames-customer')!.examples.flagged[0]!.text);
  });
});

describe('Owner’s language', () => {
  it('no text on the page points at the project’s notes or repeats a word', async () => {
    const { user } = setup();
    // open what opens, so its text is on the page too
    await user.click(document.querySelector<HTMLButtonElement>('[data-testid="site-rules-open"][data-site="google"]')!);
    await user.click(screen.getByTestId('reset'));
    const text = document.body.textContent!;
    expect(text).not.toMatch(/\.md\b|PLATFORMS|GUIDANCE|\(guidance:|rules rules/);
    expect(text).not.toMatch(/\bpoints? [1-6]\b|\bissue \d/i);
    expect(text).not.toMatch(/\b(\w+) \1\b/i);
    // and what the references were attached to is still said
    expect(text).toContain('Replies longer than the site allows fail to post or get cut; a calm reply is brief anyway.');
    expect(text).toContain('All platform rules (');
  });
});

describe('The menu at the top', () => {
  it.each([
    ['with follow-ups', { followUps: FOLLOW_UPS }],
    ['without follow-ups', { followUps: undefined }],
    ['in the first-run welcome', { welcome: { onDone: () => {}, onSkip: () => {} } }],
  ] as const)('is short and every link lands on a section (%s)', (_name, overrides) => {
    setup(defaultSettings(), overrides);
    const links = within(screen.getByRole('navigation', { name: 'Sections' })).getAllByRole('link');
    expect(links.length).toBeLessThanOrEqual(8);
    for (const link of links) {
      expect(link.textContent!.length, link.textContent!).toBeLessThanOrEqual(18);
      const target = document.getElementById(link.getAttribute('href')!.slice(1));
      expect(target, link.getAttribute('href')!).not.toBeNull();
      expect(target!.tagName).toBe('H2');
    }
  });
});

describe('Reset', () => {
  it('is drawn as destructive, apart from Export and Import', () => {
    setup();
    const reset = screen.getByTestId('reset');
    expect(reset.classList.contains('danger-outline')).toBe(true);
    const exportRow = screen.getByTestId('export').parentElement!;
    expect(exportRow.contains(reset)).toBe(false);
    expect(exportRow.contains(screen.getByTestId('import'))).toBe(true);
    const css = stylesheet();
    const rule = css.rules.find((r) => r.selectors.includes('button.danger-outline'));
    expect(rule?.body).toMatch(/color:\s*var\(--error\)/);
    expect(rule?.body).toMatch(/border:[^;]*var\(--error\)/);
  });

  it('asks first, naming what will be lost; Cancel changes nothing, Reset everything resets', async () => {
    const s = defaultSettings();
    s.rules = { absolutes: false };
    s.extraSites = ['https://a.example.com'];
    s.ownPhrases = [{ phrase: 'frankly', category: 'emotional', message: 'Calmer.' }];
    s.business.name = 'Café Olé';
    const { state, user, onReset } = setup(s);
    await user.click(screen.getByTestId('reset'));
    expect(state.current).toBe(s);
    const confirm = screen.getByRole('group', { name: /Reset every setting to the defaults\?/ });
    expect(confirm.textContent).toMatch(/Your rules, sites, own phrases and business details go back to the defaults/);
    expect(confirm.textContent).toMatch(/This cannot be undone/);
    expect(within(confirm).getByRole('button', { name: 'Reset everything' })).toBe(screen.getByTestId('reset-confirm'));
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(state.current).toBe(s);
    expect(onReset).not.toHaveBeenCalled();
    expect(screen.queryByTestId('reset-confirm')).toBeNull();
    expect(screen.getByTestId('import-ok').textContent).toBe('');

    await user.click(screen.getByTestId('reset'));
    await user.click(screen.getByRole('button', { name: 'Reset everything' }));
    expect(state.current).toEqual(defaultSettings());
    expect(onReset).toHaveBeenCalledWith(s);
  });
});

/** The options stylesheet as rules: each innermost `selectors { body }`, comments removed. */
function stylesheet() {
  const text = readFileSync(resolve(__dirname, '../../entrypoints/options/style.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const rules = [...text.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({ selectors: m[1]!.split(',').map((s) => s.trim()), body: m[2]! }));
  return { text, rules };
}

/** Every font size the stylesheet sets (font-size, and the size in a `font` shorthand), in px at a 16px root. */
function fontSizes(body: string): Array<{ value: string; px: number }> {
  const out: Array<{ value: string; px: number }> = [];
  for (const [, prop, raw] of body.matchAll(/(?:^|;|\s)(font-size|font)\s*:\s*([^;]+)/g)) {
    const value = raw!.trim();
    if (/^(inherit|initial|unset|revert)$/.test(value)) continue;
    const size = prop === 'font-size' ? value : value.match(/(?:^|\s)([\d.]+(?:px|rem|em|%)|[a-z-]*small(?:er)?|medium|large[r]?)(?=\/|\s)/)?.[1];
    if (!size) throw new Error(`font without a size: ${value}`);
    const n = Number.parseFloat(size);
    const px = /px$/.test(size) ? n : /r?em$/.test(size) ? n * 16 : /%$/.test(size) ? (n * 16) / 100 : Number.NaN;
    out.push({ value: size, px });
  }
  return out;
}

describe('Type', () => {
  it('sets px sizes on html and body, so Chrome’s 75% for extension pages never applies', () => {
    const { rules } = stylesheet();
    const px = (selector: string) => rules.filter((r) => r.selectors.includes(selector)).flatMap((r) => fontSizes(r.body)).filter((s) => /px$/.test(s.value));
    expect(px('html').length, 'html sets a px font size').toBeGreaterThan(0);
    expect(px('body').length, 'body sets a px font size').toBeGreaterThan(0);
    expect(px('body').at(-1)!.px).toBeGreaterThanOrEqual(15);
  });

  it('has no font size under 13px anywhere', () => {
    const { rules } = stylesheet();
    const sizes = rules.flatMap((r) => fontSizes(r.body).map((s) => ({ ...s, where: r.selectors.join(', ') })));
    expect(sizes.length).toBeGreaterThan(5);
    expect(sizes.filter((s) => !(s.px >= 13))).toEqual([]);
  });

  it('shows a rule’s name larger or bolder than its description', () => {
    const { rules } = stylesheet();
    const body = (selector: string) => rules.filter((r) => r.selectors.includes(selector)).map((r) => r.body).join(';');
    const name = body('.rule-head');
    const message = body('.rule-message');
    const size = (b: string) => fontSizes(b).at(-1)?.px ?? 16;
    const weight = (b: string) => Number(b.match(/font-weight:\s*(\d+)/)?.[1] ?? 400);
    expect(size(name)).toBeGreaterThanOrEqual(size(message));
    expect(size(name) > size(message) || weight(name) > weight(message)).toBe(true);
    expect(weight(name)).toBeGreaterThanOrEqual(600);
  });
});
