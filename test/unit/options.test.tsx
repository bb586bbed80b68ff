import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { OptionsPage, type OptionsPageProps } from '@/components/options/OptionsPage';
import type { RuleInfo } from '@/components/options/types';
import { defaultSettings, exportSettings, type Settings } from '@/lib/settings/schema';

// jsdom has no CSS.escape; user-event needs it to move between radio buttons with arrow keys.
globalThis.CSS ??= { escape: (s: string) => s.replace(/[^\w-]/g, (c) => `\\${c}`) } as unknown as typeof CSS;

const RULES: RuleInfo[] = [
  {
    id: 'blames-customer',
    category: 'defensive',
    severity: 'high',
    message: 'Blames the customer',
    guidance: 'Blaming reads as an argument (guidance: avoid defensiveness).',
    examples: { flagged: [{ text: 'You should have called us.', flag: 'You should have' }], fine: ['Please call us.'] },
  },
  {
    id: 'contradicts-customer',
    category: 'defensive',
    severity: 'medium',
    message: 'Contradicts the customer',
    guidance: 'Countering the customer (point 6).',
    examples: { flagged: [{ text: 'That is not true.', flag: 'not true' }], fine: [{ text: 'I hear you.' }] },
  },
  {
    id: 'absolutes',
    category: 'emotional',
    severity: 'low',
    message: 'Absolute words',
    guidance: 'Absolutes sound heated (point 1).',
    examples: { flagged: [{ text: 'We never do that.', flag: 'never' }], fine: ['We rarely do that.'] },
  },
];

/** Renders the page around real state, so each change shows up as the owner would see it. */
function setup(initial: Settings = defaultSettings(), overrides: Partial<OptionsPageProps> = {}) {
  const state = { current: initial };
  const onRequestSite = vi.fn(async () => true);
  const onRemoveSite = vi.fn();
  const onReset = vi.fn();
  function Harness() {
    const [settings, setSettings] = useState(initial);
    return (
      <OptionsPage
        settings={settings}
        rules={RULES}
        onChange={(update) => {
          state.current = update(state.current);
          setSettings(state.current);
        }}
        onRequestSite={onRequestSite}
        onRemoveSite={onRemoveSite}
        onReset={onReset}
        {...overrides}
      />
    );
  }
  const user = userEvent.setup();
  render(<Harness />);
  return { state, user, onRequestSite, onRemoveSite, onReset };
}

const ruleToggle = (id: string) => document.querySelector<HTMLInputElement>(`[data-testid="rule-toggle"][data-rule="${id}"]`)!;
const categoryToggle = (c: string) => document.querySelector<HTMLInputElement>(`[data-testid="category-toggle"][data-category="${c}"]`)!;
const siteToggle = (id: string) => document.querySelector<HTMLInputElement>(`[data-testid="site-toggle"][data-site="${id}"]`)!;

describe('Rules section', () => {
  it('lists every rule under its category with name, message, guidance and one flagged and one fine example', () => {
    setup();
    const defensive = screen.getByRole('group', { name: /Defensive/ });
    expect(within(defensive).getAllByTestId('rule').map((r) => r.dataset.rule)).toEqual(['blames-customer', 'contradicts-customer']);
    const rule = document.querySelector('[data-testid="rule"][data-rule="blames-customer"]')!;
    expect(rule.textContent).toContain('Blames the customer');
    expect(rule.textContent).toContain('Blaming reads as an argument');
    expect(rule.querySelector('mark')!.textContent).toBe('You should have');
    expect(rule.textContent).toContain('Please call us.');
    expect(document.querySelector('[data-rule="contradicts-customer"] dd:last-of-type')!.textContent).toBe('I hear you.');
    expect(ruleToggle('blames-customer')).toHaveProperty('checked', true);
    // The switch is named by the rule's short name and described by its message.
    const toggle = screen.getByRole('checkbox', { name: 'Blames customer' });
    expect(toggle).toBe(ruleToggle('blames-customer'));
    expect(document.getElementById(toggle.getAttribute('aria-describedby')!)!.textContent).toBe('Blames the customer');
  });

  it('turns one rule off and on again; missing means on', async () => {
    const { state, user } = setup();
    await user.click(ruleToggle('absolutes'));
    expect(state.current.rules).toEqual({ absolutes: false });
    expect(ruleToggle('absolutes').checked).toBe(false);
    await user.click(ruleToggle('absolutes'));
    expect(state.current.rules).toEqual({});
  });

  it('turns a whole category off and on, and shows a mixed category as indeterminate', async () => {
    const { state, user } = setup();
    await user.click(ruleToggle('blames-customer'));
    expect(categoryToggle('defensive').indeterminate).toBe(true);
    expect(categoryToggle('defensive').checked).toBe(false);
    await user.click(categoryToggle('defensive'));
    expect(state.current.rules).toEqual({});
    expect(categoryToggle('defensive').indeterminate).toBe(false);
    await user.click(categoryToggle('defensive'));
    expect(state.current.rules).toEqual({ 'blames-customer': false, 'contradicts-customer': false });
    expect(ruleToggle('absolutes').checked).toBe(true);
  });

  it('works from the keyboard: Tab reaches a rule, then its examples, then the next rule; Space toggles it', async () => {
    const { state, user } = setup();
    ruleToggle('blames-customer').focus();
    await user.tab();
    // (browsers open a <summary> on Enter; jsdom does not, so that part is left to the browser)
    expect(document.activeElement).toBe(document.querySelector('[data-rule="blames-customer"] details > summary'));
    await user.tab();
    expect(document.activeElement).toBe(ruleToggle('contradicts-customer'));
    await user.keyboard(' ');
    expect(state.current.rules).toEqual({ 'contradicts-customer': false });
  });
});

describe('Sites section', () => {
  it('switches a platform off and on again', async () => {
    const { state, user } = setup();
    expect(siteToggle('yelp').checked).toBe(true);
    expect(siteToggle('generic').checked).toBe(true);
    await user.click(siteToggle('yelp'));
    expect(state.current.sites).toEqual({ yelp: { enabled: false } });
    await user.click(siteToggle('yelp'));
    expect(state.current.sites).toEqual({});
  });

  it('overrides a rule on one site only, from the keyboard', async () => {
    const { state, user } = setup();
    const open = document.querySelector<HTMLButtonElement>('[data-testid="site-rules-open"][data-site="google"]')!;
    open.focus();
    await user.keyboard('{Enter}');
    expect(open.getAttribute('aria-expanded')).toBe('true');
    const select = document.querySelector<HTMLSelectElement>('[data-testid="site-rule"][data-site="google"][data-rule="absolutes"]')!;
    expect(screen.getByLabelText('Absolute words', { selector: '#' + select.id })).toBe(select);
    await user.selectOptions(select, 'off');
    expect(state.current.sites).toEqual({ google: { enabled: true, rules: { absolutes: false } } });
    expect(open.textContent).toMatch(/1 changed/);
    await user.selectOptions(select, 'default');
    expect(state.current.sites).toEqual({});
  });

  it('adds a site by its address after the browser grants access, asking during the submit itself', async () => {
    const { state, user, onRequestSite } = setup();
    await user.type(screen.getByTestId('add-site-input'), 'Reviews.Example.com/owner{Enter}');
    expect(onRequestSite).toHaveBeenCalledWith('https://reviews.example.com');
    await screen.findByText('Calm Reply now runs on https://reviews.example.com.');
    expect(state.current.extraSites).toEqual(['https://reviews.example.com']);
    expect(screen.getByTestId('add-site-input')).toHaveProperty('value', '');
  });

  it('asks for permission synchronously inside the click (user-gesture rule)', () => {
    let calledDuringClick = false;
    let inClick = false;
    setup(defaultSettings(), {
      onRequestSite: (origin) => {
        calledDuringClick = inClick && origin === 'https://shop.example.org';
        return new Promise(() => {});
      },
    });
    fireEvent.change(screen.getByTestId('add-site-input'), { target: { value: 'shop.example.org' } });
    inClick = true;
    fireEvent.click(screen.getByTestId('add-site'));
    inClick = false;
    expect(calledDuringClick).toBe(true);
  });

  it('does not add a site the browser refused, and says so', async () => {
    const onRequestSite = vi.fn(async () => false);
    const { state, user } = setup(defaultSettings(), { onRequestSite });
    await user.type(screen.getByTestId('add-site-input'), 'reviews.example.com');
    await user.click(screen.getByTestId('add-site'));
    await waitFor(() => expect(screen.getByTestId('add-site-message').textContent).toMatch(/did not allow access to https:\/\/reviews.example.com/));
    expect(screen.getByTestId('add-site-message').getAttribute('role')).toBe('alert');
    expect(state.current.extraSites).toEqual([]);
  });

  it('explains bad, built-in and duplicate addresses without asking the browser', async () => {
    const s = defaultSettings();
    s.extraSites = ['https://reviews.example.com'];
    const { user, onRequestSite } = setup(s);
    const input = screen.getByTestId('add-site-input');
    const message = () => screen.getByTestId('add-site-message').textContent;
    await user.click(screen.getByTestId('add-site'));
    expect(message()).toBe('Type the address of the site first.');
    await user.type(input, 'not a site{Enter}');
    expect(message()).toMatch(/“not a site” is not a web address/);
    await user.clear(input);
    await user.type(input, 'https://www.yelp.com/biz{Enter}');
    expect(message()).toMatch(/already one of the sites above/);
    await user.clear(input);
    await user.type(input, 'REVIEWS.example.com{Enter}');
    expect(message()).toBe('https://reviews.example.com is already added.');
    await user.clear(input);
    await user.type(input, 'reviews.example.com:8443{Enter}');
    expect(message()).toBe('https://reviews.example.com is already added, and it covers every page of reviews.example.com.');
    expect(onRequestSite).not.toHaveBeenCalled();
  });

  it('removes an added site and gives its permission back', async () => {
    const s = defaultSettings();
    s.extraSites = ['https://a.example.com', 'https://b.example.com'];
    const { state, user, onRemoveSite } = setup(s);
    await user.click(screen.getByRole('button', { name: 'Remove https://a.example.com' }));
    expect(state.current.extraSites).toEqual(['https://b.example.com']);
    expect(onRemoveSite).toHaveBeenCalledWith('https://a.example.com');
  });

  it('offers to ask again for a site whose access was removed in the browser', async () => {
    const s = defaultSettings();
    s.extraSites = ['https://a.example.com'];
    const { user, onRequestSite } = setup(s, { siteAccess: { 'https://a.example.com': false } });
    expect(screen.getByTestId('extra-site').textContent).toMatch(/access removed in the browser/);
    await user.click(screen.getByRole('button', { name: 'Allow again' }));
    expect(onRequestSite).toHaveBeenCalledWith('https://a.example.com');
  });
});

describe('Own phrases section', () => {
  it('adds a phrase to flag with its kind and message, from the keyboard', async () => {
    const { state, user } = setup();
    await user.type(screen.getByTestId('own-phrase-input'), '  No   refunds ');
    await user.selectOptions(screen.getByTestId('own-phrase-category'), 'policy');
    await user.type(screen.getByTestId('own-phrase-message'), 'Say what you can do instead.{Enter}');
    expect(state.current.ownPhrases).toEqual([{ phrase: 'No refunds', category: 'policy', message: 'Say what you can do instead.' }]);
    expect(screen.getByTestId('own-phrase').textContent).toMatch(/No refunds.*Platform rules.*Say what you can do instead/);
    expect(screen.getByTestId('own-phrase-input')).toHaveProperty('value', '');
  });

  it('refuses empty and duplicate phrases with a message and keeps the typed text', async () => {
    const { state, user } = setup();
    await user.click(screen.getByTestId('own-phrase-add'));
    expect(screen.getByTestId('own-phrase-error').textContent).toBe('Type a word or phrase first.');
    await user.type(screen.getByTestId('own-phrase-input'), 'frankly{Enter}');
    await user.type(screen.getByTestId('own-phrase-input'), 'FRANKLY!{Enter}');
    expect(screen.getByTestId('own-phrase-error').textContent).toMatch(/already in your phrases to flag/);
    expect(screen.getByTestId('own-phrase-input')).toHaveProperty('value', 'FRANKLY!');
    expect(screen.getByTestId('own-phrase-input').getAttribute('aria-invalid')).toBe('true');
    await user.type(screen.getByTestId('allowed-phrase-input'), 'Frankly{Enter}');
    expect(screen.getByTestId('allowed-phrase-error').textContent).toMatch(/in your phrases to flag; remove it there first/);
    expect(state.current.ownPhrases.map((p) => p.phrase)).toEqual(['frankly']);
    expect(state.current.allowedPhrases).toEqual([]);
  });

  it('gives a default message when none is typed, and keeps right-to-left and emoji phrases intact', async () => {
    const { state, user } = setup();
    await user.type(screen.getByTestId('own-phrase-input'), 'لا يوجد استرداد 😡{Enter}');
    expect(state.current.ownPhrases[0]).toEqual({ phrase: 'لا يوجد استرداد 😡', category: 'emotional', message: 'You asked Calm Reply to flag this phrase.' });
    expect(screen.getByTestId('own-phrase').querySelector('.phrase')!.getAttribute('dir')).toBe('auto');
  });

  it('refuses a pasted 100,000-character phrase with a message instead of cutting it', async () => {
    const { state, user } = setup();
    const input = screen.getByTestId('own-phrase-input') as HTMLInputElement;
    input.focus();
    await user.paste('x'.repeat(100_000));
    await user.keyboard('{Enter}');
    expect(screen.getByTestId('own-phrase-error').textContent).toMatch(/under 100 characters/);
    expect(input.value).toHaveLength(100_000);
    expect(state.current.ownPhrases).toEqual([]);
  });

  it('adds and removes phrases to always allow', async () => {
    const { state, user } = setup();
    await user.type(screen.getByTestId('allowed-phrase-input'), 'never frozen{Enter}');
    expect(state.current.allowedPhrases).toEqual(['never frozen']);
    await user.click(screen.getByRole('button', { name: 'Remove “never frozen” from phrases to allow' }));
    expect(state.current.allowedPhrases).toEqual([]);
  });
});

describe('Your business section', () => {
  it('saves name, signer and role as typed', async () => {
    const { state, user } = setup();
    await user.type(screen.getByLabelText('Business name'), 'Café Olé');
    await user.type(screen.getByLabelText('Signed by (name)'), 'Sam');
    await user.type(screen.getByLabelText('Their role'), 'Owner');
    expect(state.current.business).toMatchObject({ name: 'Café Olé', signerName: 'Sam', signerRole: 'Owner' });
  });

  it('checks the contact email but keeps what was typed, saving only a valid address', async () => {
    const { state, user } = setup();
    await user.click(screen.getByRole('radio', { name: 'Email' }));
    const email = screen.getByLabelText('Email address for replies');
    await user.type(email, 'sam@example');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(email.getAttribute('aria-describedby')!.split(' ').pop()!)!.textContent).toMatch(/does not look like an email/);
    expect(state.current.business.contact).toEqual({ kind: 'email', value: '' });
    await user.type(email, '.com');
    expect(email.getAttribute('aria-invalid')).toBeNull();
    expect(state.current.business.contact).toEqual({ kind: 'email', value: 'sam@example.com' });
  });

  it('refuses a 100,000-character name with a message, keeping the text in the field', async () => {
    const { state, user } = setup();
    const name = screen.getByLabelText('Business name') as HTMLInputElement;
    name.focus();
    await user.paste('y'.repeat(100_000));
    expect(name.value).toHaveLength(100_000);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(state.current.business.name).toBe('');
  });

  it('switches the contact channel and reply length with arrow keys', async () => {
    const { state, user } = setup();
    screen.getByRole('radio', { name: 'Email' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(state.current.business.contact.kind).toBe('phone');
    await user.type(screen.getByLabelText('Phone number for replies'), '+44 20 7946 0000');
    expect(state.current.business.contact).toEqual({ kind: 'phone', value: '+44 20 7946 0000' });
    await user.click(screen.getByRole('radio', { name: '“Message us”' }));
    expect(state.current.business.contact).toEqual({ kind: 'message', value: '' });
    expect(screen.queryByLabelText(/for replies/)).toBeNull();
    expect(screen.getByTestId('contact-message-hint').textContent).toMatch(/private message on the same site/);
    await user.click(screen.getByRole('radio', { name: /Warm/ }));
    expect(state.current.business.replyLength).toBe('warm');
  });

  it('shows a change made elsewhere in its fields', () => {
    const s = defaultSettings();
    const { rerender } = render(<OptionsPage settings={s} rules={RULES} onChange={() => {}} onRequestSite={async () => true} onRemoveSite={() => {}} />);
    const next = { ...s, business: { ...s.business, name: 'Imported Inn' } };
    rerender(<OptionsPage settings={next} rules={RULES} onChange={() => {}} onRequestSite={async () => true} onRemoveSite={() => {}} />);
    expect(screen.getAllByLabelText('Business name').some((el) => (el as HTMLInputElement).value === 'Imported Inn')).toBe(true);
  });
});

describe('Cool-down section', () => {
  it('saves whole seconds and explains what is not', async () => {
    const { state, user } = setup();
    const input = screen.getByTestId('cool-down');
    await user.clear(input);
    await user.type(input, '30');
    expect(state.current.coolDownSeconds).toBe(30);
    expect(screen.getByText('Insert waits 30 seconds when your draft runs hot.')).toBeTruthy();
    await user.clear(input);
    await user.type(input, 'ten');
    expect(screen.getByText(/Type a whole number of seconds/)).toBeTruthy();
    expect(state.current.coolDownSeconds).toBe(30);
    await user.clear(input);
    await user.type(input, '1000');
    expect(screen.getByText(/The longest cool-down is 600 seconds/)).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    // Each valid prefix applied live ("1", "10", "100"); the invalid "1000" never is.
    expect(state.current.coolDownSeconds).toBe(100);
    await user.clear(input);
    await user.type(input, '0');
    expect(state.current.coolDownSeconds).toBe(0);
    expect(screen.getByText('Cool-down is off.')).toBeTruthy();
  });
});

describe('Export, import and reset', () => {
  function file(text: string, name = 'calm-reply-settings.json') {
    return new File([text], name, { type: 'application/json' });
  }

  it('exports the settings as a JSON file', async () => {
    const s = defaultSettings();
    s.coolDownSeconds = 45;
    let blob: Blob | undefined;
    URL.createObjectURL = vi.fn((b: Blob) => {
      blob = b;
      return 'blob:fake';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = setup(s);
    await user.click(screen.getByTestId('export'));
    expect(click).toHaveBeenCalled();
    expect(JSON.parse(await blob!.text())).toMatchObject({ coolDownSeconds: 45, exportedBy: 'Calm Reply' });
    expect(screen.getByTestId('import-ok').textContent).toMatch(/Exported your settings as calm-reply-settings-\d{4}-\d{2}-\d{2}\.json/);
    click.mockRestore();
  });

  it('imports a file exported from another profile', async () => {
    const other = defaultSettings();
    other.rules = { absolutes: false };
    other.business.name = 'Other Inn';
    const { state, user } = setup();
    await user.upload(screen.getByTestId('import'), file(exportSettings(other)));
    await screen.findByText(/Imported your settings from calm-reply-settings.json/);
    expect(state.current).toEqual(other);
    expect(ruleToggle('absolutes').checked).toBe(false);
  });

  it('says exactly what is wrong with a bad file and changes nothing', async () => {
    const s = defaultSettings();
    s.coolDownSeconds = 5;
    const { state, user } = setup(s);
    const bad = JSON.stringify({ ...defaultSettings(), rules: [], coolDownSeconds: -1, exportedBy: 'Calm Reply' });
    await user.upload(screen.getByTestId('import'), file(bad, 'broken.json'));
    const result = await screen.findByText(/Nothing was changed\. broken\.json has 2 problems:/);
    expect(result.parentElement!.querySelectorAll('li')).toHaveLength(2);
    expect(state.current).toBe(s);
    await user.upload(screen.getByTestId('import'), file('{"version": 1,', 'cut.json'));
    await screen.findByText(/cut\.json has a problem/);
    expect(screen.getByTestId('import-result').textContent).toMatch(/not valid JSON/);
    expect(state.current).toBe(s);
  });

  it('resets to defaults only after confirmation, and focus follows the dialog', async () => {
    const s = defaultSettings();
    s.rules = { absolutes: false };
    s.extraSites = ['https://a.example.com'];
    const { state, user, onReset } = setup(s);
    await user.click(screen.getByTestId('reset'));
    expect(document.activeElement).toBe(screen.getByTestId('reset-cancel'));
    await user.keyboard('{Enter}');
    expect(state.current).toBe(s);
    expect(document.activeElement).toBe(screen.getByTestId('reset'));
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByTestId('reset-cancel'));
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('reset-confirm')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('reset'));
    expect(state.current).toBe(s);
    await user.keyboard('{Enter}');
    await user.click(screen.getByTestId('reset-confirm'));
    expect(state.current).toEqual(defaultSettings());
    expect(onReset).toHaveBeenCalledWith(s);
    expect(screen.getByTestId('import-ok').textContent).toBe('All settings are back to the defaults.');
  });
});

describe('Notices', () => {
  it('shows why the defaults are in use when stored settings were unreadable', () => {
    render(
      <OptionsPage
        settings={defaultSettings()}
        rules={RULES}
        notice="Your saved settings could not be read."
        onChange={() => {}}
        onRequestSite={async () => true}
        onRemoveSite={() => {}}
      />,
    );
    const notice = screen.getByTestId('settings-notice');
    expect(notice.hidden).toBe(false);
    expect(notice.textContent).toBe('Your saved settings could not be read.');
    act(() => {});
  });
  it('says when the last change is saved on this device only, in a status the screen reader announces', () => {
    const page = (saveNotice?: string) => (
      <OptionsPage settings={defaultSettings()} rules={RULES} saveNotice={saveNotice} onChange={() => {}} onRequestSite={async () => true} onRemoveSite={() => {}} />
    );
    const { rerender } = render(page());
    const status = screen.getByTestId('save-notice');
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toBe('');
    rerender(page('Your settings are saved on this device only: the browser’s sync refused them (too many changes in a short time).'));
    expect(screen.getByTestId('save-notice')).toBe(status);
    expect(status.textContent).toBe('Your settings are saved on this device only: the browser’s sync refused them (too many changes in a short time).');
    rerender(page());
    expect(status.textContent).toBe('');
  });

  it('the options page shows that notice when browser sync refuses a change (the real page, saving to storage)', async () => {
    const root = document.body.appendChild(Object.assign(document.createElement('div'), { id: 'root' }));
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    await import('@/entrypoints/options/main');
    await waitFor(() => expect(ruleToggle('absolutes')).toBeTruthy());
    expect(screen.getByTestId('save-notice').textContent).toBe('');
    fireEvent.click(ruleToggle('absolutes'));
    await waitFor(() =>
      expect(screen.getByTestId('save-notice').textContent).toBe(
        'Your settings are saved on this device only: the browser’s sync refused them (too many changes in a short time). They will sync again after your next change.',
      ),
    );
    expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ rules: { absolutes: false } });
    vi.restoreAllMocks();
    root.remove();
  });
});
