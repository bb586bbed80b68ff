import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { Panel, type PanelProps } from '@/components/Panel';
import { EmptyState } from '@/components/EmptyState';
import { flagKey } from '@/components/FlagList';
import type { Analysis, Flag } from '@/lib/analysis/types';
import { ACTION_PLACEHOLDER, WHEN_PLACEHOLDER, insertGate, measureLength } from '@/lib/compose';
import { SuggestionEditor, type SuggestionEditorProps } from '@/components/SuggestionEditor';
import { actionOptions, actionPlaceholder, type ActionSlot } from '@/lib/compose/actions';
import { useState } from 'react';

const draft = 'Actually, you should have called us. FRANKLY this is ridiculous!!!';
/** A flag on the exact words of the draft, so offsets are right by construction. */
const on = (text: string, rule: string, category: Flag['category'], message: string, suggestion?: string): Flag => ({
  rule, category, start: draft.indexOf(text), end: draft.indexOf(text) + text.length, text, message, ...(suggestion !== undefined ? { suggestion } : {}),
});
const flags: Flag[] = [
  on('Actually', 'contradicts-customer', 'defensive', 'Sounds like you are correcting them.', ''),
  on('you should have called', 'blames-customer', 'defensive', 'Blames the customer.'),
  on('FRANKLY', 'shouting', 'emotional', 'Capitals read as shouting.', 'Frankly'),
  on('ridiculous', 'loaded-word', 'emotional', 'A loaded word.', 'disappointing'),
];

const analysis = (over: Partial<Analysis> = {}): Analysis => ({
  language: 'en',
  flags,
  structure: { acknowledge: false, apology: 'none', action: true, timescale: false, followUp: false },
  heat: 0.8,
  length: { characters: draft.length },
  ...over,
});

const calmText = 'Thank you, Anna, for telling us about the wait. I am sorry we let you down. We will refund your order by Friday. Please email me at hello@x.example.\n– Sam';

function suggestion(over: Partial<SuggestionEditorProps> = {}): SuggestionEditorProps {
  const text = over.text ?? calmText;
  return {
    text,
    variant: 'standard',
    edited: false,
    gate: insertGate({ text, heat: 0, coolDownSeconds: 0, now: 0, hasBox: true }),
    length: measureLength(text, 'facebook', 8000),
    platformName: 'Facebook',
    onChange: vi.fn(),
    onVariant: vi.fn(),
    onRestore: vi.fn(),
    onInsert: vi.fn(),
    onCopy: vi.fn(),
    ...over,
  };
}

function props(over: Partial<PanelProps> = {}): PanelProps {
  return {
    view: 'ready',
    platformName: 'Facebook',
    supportedSites: ['Google Business Profile', 'Yelp', 'Tripadvisor'],
    review: { text: 'Waited 40 minutes for a cold coffee. Never again.', author: 'Anna Kowalski', rating: 1 },
    draft,
    analysis: analysis(),
    ignored: [],
    suggestion: suggestion(),
    onApplyFlag: vi.fn(),
    onIgnoreFlag: vi.fn(),
    onUnignoreFlag: vi.fn(),
    onOpenOptions: vi.fn(),
    ...over,
  };
}

describe('Panel states', () => {
  it('connecting and empty draft: the empty state, no crash', () => {
    render(<Panel {...props({ view: 'connecting', draft: '', analysis: undefined, suggestion: undefined })} />);
    expect(screen.getByTestId('draft-empty').dataset.reason).toBe('connecting');
    expect(screen.queryByTestId('draft')).toBeNull();
  });

  it('a reply box with an empty draft: prompts to type, still offers the suggestion', () => {
    render(<Panel {...props({ draft: '', analysis: undefined })} />);
    expect(screen.getByTestId('draft-empty').textContent).toMatch(/Start typing/);
    expect(screen.getByTestId('suggestion')).toBeTruthy();
  });

  it('no reply box: says which sites are supported and how to add another', () => {
    const onOpenOptions = vi.fn();
    render(<Panel {...props({ view: 'no-box', draft: '', analysis: undefined, suggestion: undefined, onOpenOptions })} />);
    expect(screen.getByTestId('draft-empty').dataset.reason).toBe('no-box');
    expect(screen.getByText(/Google Business Profile, Yelp, Tripadvisor\./)).toBeTruthy();
    expect(screen.getByText(/Add its address under Options → Sites/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open options' }));
    expect(onOpenOptions).toHaveBeenCalledOnce();
    expect(screen.queryByTestId('insert')).toBeNull();
  });

  it('site turned off: says so and how to turn it back on', () => {
    render(<Panel {...props({ view: 'site-off', platformName: 'Yelp' })} />);
    expect(screen.getByTestId('site-off').textContent).toBe('Calm Reply is off for Yelp');
    expect(screen.getByRole('button', { name: 'Open options' })).toBeTruthy();
    expect(screen.queryByTestId('flag')).toBeNull();
  });

  it('site turned off: one click turns Calm Reply back on for that site', async () => {
    const onTurnSiteOn = vi.fn();
    const onOpenOptions = vi.fn();
    const { unmount } = render(
      <EmptyState reason="site-off" platformName="Yelp" supportedSites={[]} onTurnSiteOn={onTurnSiteOn} onOpenOptions={onOpenOptions} />,
    );
    const on = screen.getByRole('button', { name: 'Turn Calm Reply on for Yelp' });
    expect(on.dataset.testid).toBe('site-on');
    await userEvent.setup().click(on);
    expect(onTurnSiteOn).toHaveBeenCalledOnce();
    expect(onOpenOptions).not.toHaveBeenCalled();
    unmount();
    // an unnamed site, and the keyboard
    render(<EmptyState reason="site-off" supportedSites={[]} onTurnSiteOn={onTurnSiteOn} />);
    const user = userEvent.setup();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByTestId('site-on'));
    expect(screen.getByTestId('site-on').textContent).toBe('Turn Calm Reply on for this site');
    await user.keyboard('{Enter}');
    expect(onTurnSiteOn).toHaveBeenCalledTimes(2);
  });

  it('site turned off, nothing to switch it with: no dead button, the way back through the options', () => {
    render(<EmptyState reason="site-off" platformName="Yelp" supportedSites={[]} onOpenOptions={vi.fn()} />);
    expect(screen.queryByTestId('site-on')).toBeNull();
    expect(screen.getByRole('button', { name: 'Open options' })).toBeTruthy();
    expect(screen.getByTestId('draft-empty').textContent).toMatch(/Turn it back on there/);
  });

  it('draft not in English: the draft is shown whole, no flags, and the reason', () => {
    const rtl = 'شكرا لك على ملاحظتك 🙏';
    render(<Panel {...props({ draft: rtl, analysis: analysis({ language: 'other', flags: [] }) })} />);
    expect(screen.getByTestId('draft').textContent).toBe(rtl);
    expect(screen.getByTestId('not-english').textContent).toMatch(/does not read as English/);
    expect(screen.queryByTestId('flag')).toBeNull();
    expect(screen.queryByTestId('structure-apology')).toBeNull();
  });

  it('draft not in English: says only the language-free checks ran, and lists what they found', () => {
    const text = 'Merci pour votre avis. C’est INACCEPTABLE !!! Appelez le 01 23 45 67 89.';
    const at = (words: string, rule: string, category: Flag['category']): Flag => ({
      rule, category, start: text.indexOf(words), end: text.indexOf(words) + words.length, text: words, message: `${rule} message`,
    });
    const found = [at('INACCEPTABLE', 'shouting', 'emotional'), at('!!!', 'punctuation-runs', 'emotional'), at('01 23 45 67 89', 'personal-details', 'policy')];
    const other = (over: Partial<Analysis>) =>
      analysis({ language: 'other', checks: 'language-free', flags: found, heat: 0.55, structure: { acknowledge: false, apology: 'none', action: false, timescale: false, followUp: false }, ...over });
    const { unmount } = render(<Panel {...props({ draft: text, analysis: other({}) })} />);
    expect(screen.getByTestId('not-english').textContent).toBe(
      'Your draft does not read as English, so only the checks that need no language ran: capitals, repeated punctuation, personal details, links and length.',
    );
    expect(screen.getAllByTestId('flag')).toHaveLength(3);
    expect(screen.getAllByTestId('flag-card').map((f) => f.textContent).join(' ')).toMatch(/INACCEPTABLE[\s\S]*!!![\s\S]*01 23 45 67 89/);
    expect(screen.getByTestId('heat').dataset.level).toBe('hot');
    // the structure needs English: no checklist
    expect(screen.queryByTestId('structure-apology')).toBeNull();
    unmount();
    // nothing found: the notice alone, no "Calm" and no "nothing defensive" for checks that did not run
    render(<Panel {...props({ draft: 'Merci beaucoup pour votre avis.', analysis: other({ flags: [], heat: 0 }) })} />);
    expect(screen.getByTestId('not-english').textContent).toMatch(/only the checks that need no language ran/);
    expect(screen.queryByTestId('flag')).toBeNull();
    expect(screen.queryByTestId('no-flags')).toBeNull();
    expect(screen.queryByTestId('heat')).toBeNull();
  });

  it('analysis failed: the draft stays, with a clear message', () => {
    render(<Panel {...props({ analysis: undefined, error: 'Calm Reply could not check this draft (boom). Your text is unchanged.' })} />);
    expect(screen.getByTestId('draft').textContent).toBe(draft);
    expect(screen.getByTestId('analysis-error').textContent).toMatch(/could not check/);
  });
});

describe('flags', () => {
  it('one item per flag with rule and category, grouped, with counts per category', () => {
    render(<Panel {...props()} />);
    const items = screen.getAllByTestId('flag');
    expect(items.map((i) => [i.dataset.rule, i.dataset.category])).toEqual(flags.map((f) => [f.rule, f.category]));
    const counts = within(screen.getByTestId('flag-counts')).getAllByRole('listitem');
    expect(counts.map((c) => [c.dataset.category, c.dataset.count])).toEqual([
      ['defensive', '2'],
      ['emotional', '2'],
    ]);
    expect(screen.getAllByTestId('flag-group').map((g) => g.dataset.category)).toEqual(['defensive', 'emotional']);
    expect(screen.getAllByTestId('flag-card')[0]!.textContent).toMatch(/Why this matters/);
  });

  it('a learned flag says how sure the model is and names the words that weighed most; a rule’s flag does not', () => {
    const sentence = 'Actually, you should have called us.';
    const learned: Flag = {
      rule: 'sounds-defensive',
      category: 'defensive',
      start: 0,
      end: sentence.length,
      text: sentence,
      message: 'This sentence reads as arguing with the customer rather than owning the problem.',
      suggestion: 'Say what went wrong for them and what you are doing about it, and leave the rest out.',
      confidence: 0.87,
      evidence: [{ start: 10, end: 13 }, { start: 21, end: 32 }],
    };
    render(<Panel {...props({ analysis: analysis({ flags: [learned, flags[2]!] }) })} />);
    const [first, second] = screen.getAllByTestId('flag-card');
    expect(within(first!).getByTestId('flag-learned').textContent).toBe('Judged from how customers read real replies, 87% sure; weighed most: you, have called.');
    expect(within(first!).getAllByTestId('flag-evidence').map((m) => m.textContent)).toEqual(['you', 'have called']);
    expect(within(second!).queryByTestId('flag-learned')).toBeNull();
  });

  it('highlights flagged words by category without changing the draft text', () => {
    render(<Panel {...props()} />);
    const box = screen.getByTestId('draft');
    expect(box.textContent).toBe(draft);
    const marks = box.querySelectorAll('mark');
    expect([...marks].map((m) => [m.textContent, m.dataset.category])).toEqual(flags.map((f) => [f.text, f.category]));
    expect(marks[0]!.className).toContain('hl-defensive');
    expect(marks[0]!.getAttribute('title')).toMatch(/^Defensive: /);
  });

  it('one click applies the calmer alternative; flags without one offer only ignore', () => {
    const onApplyFlag = vi.fn();
    render(<Panel {...props({ onApplyFlag })} />);
    const items = screen.getAllByTestId('flag-card');
    fireEvent.click(within(items[3]!).getByTestId('flag-apply'));
    expect(onApplyFlag).toHaveBeenCalledWith(flags[3]);
    expect(within(items[0]!).getByTestId('flag-apply').textContent).toBe('Remove these words');
    expect(within(items[1]!).queryByTestId('flag-apply')).toBeNull();
  });

  it('advice in a suggestion is shown to read, never offered as words to insert', () => {
    const advice = { ...flags[1]!, suggestion: 'Own your part: "We should have made this clearer."' };
    render(<Panel {...props({ analysis: analysis({ flags: [advice] }) })} />);
    const item = screen.getByTestId('flag-card');
    expect(within(item).queryByTestId('flag-apply')).toBeNull();
    expect(within(item).getByTestId('flag-advice').textContent).toBe(advice.suggestion);
  });

  it('"ignore here" hides a flag and lists it to bring back', () => {
    const onIgnoreFlag = vi.fn();
    const { rerender } = render(<Panel {...props({ onIgnoreFlag })} />);
    fireEvent.click(within(screen.getAllByTestId('flag-card')[2]!).getByTestId('flag-ignore'));
    expect(onIgnoreFlag).toHaveBeenCalledWith(flags[2]);
    rerender(<Panel {...props({ onIgnoreFlag, ignored: [flagKey(flags[2]!)] })} />);
    expect(screen.getAllByTestId('flag')).toHaveLength(3);
    expect(screen.getByTestId('ignored-flags').textContent).toMatch(/Ignored here \(1\)/);
    expect(screen.getByTestId('draft').querySelectorAll('mark')).toHaveLength(3);
  });

  it('no flags: says the draft is calm', () => {
    render(<Panel {...props({ analysis: analysis({ flags: [], heat: 0.05 }) })} />);
    expect(screen.queryByTestId('flag')).toBeNull();
    expect(screen.getByTestId('no-flags')).toBeTruthy();
    expect(screen.getByTestId('heat').dataset.level).toBe('calm');
    expect(screen.queryByTestId('step-away')).toBeNull();
  });

  it('a hot draft: suggests stepping away', () => {
    render(<Panel {...props()} />);
    expect(screen.getByTestId('heat').dataset.level).toBe('hot');
    expect(screen.getByTestId('step-away').textContent).toMatch(/Step away/);
  });
});

describe('checklist', () => {
  it('marks each part present or missing, with a hint for what is missing', () => {
    render(<Panel {...props()} />);
    const get = (id: string) => screen.getByTestId(`structure-${id}`);
    expect(get('acknowledge').dataset.present).toBe('false');
    expect(get('acknowledge').textContent).toMatch(/Thank them/);
    expect(get('apology').dataset.present).toBe('false');
    expect(get('apology').dataset.state).toBe('none');
    expect(get('action').dataset.present).toBe('true');
    expect(get('action').textContent).toMatch(/no timescale/);
    expect(get('followUp').dataset.present).toBe('false');
  });

  it('tells a non-apology from a sincere one', () => {
    render(<Panel {...props({ analysis: analysis({ structure: { acknowledge: true, apology: 'non-apology', action: true, timescale: true, followUp: true } }) })} />);
    expect(screen.getByTestId('structure-apology').dataset.present).toBe('false');
    expect(screen.getByTestId('structure-apology').textContent).toMatch(/Non-apology.*sounds insincere/);
    expect(screen.getByText(/Your reply covers 3 of 4/)).toBeTruthy();
  });
});

describe('suggested reply', () => {
  /** The editor as the panel holds it: the text is state, the gate follows it. */
  function Editable({ initial, slots }: { initial: string; slots: ActionSlot[] }) {
    const [text, setText] = useState(initial);
    const gate = insertGate({ text, heat: 0, coolDownSeconds: 0, now: 0, hasBox: true });
    return <SuggestionEditor {...suggestion({ text, gate, actions: slots, onChange: setText })} />;
  }
  const slotFor = (aspect: string): ActionSlot => ({ aspect, placeholder: actionPlaceholder(aspect), ...actionOptions(aspect, 'hotel') });

  it('the action chooser fills the blank from the keyboard, in the tense of the chosen time, and Insert waits until it is filled', async () => {
    const slot = slotFor('the shower');
    const initial = `Thank you for telling us about the shower. I am sorry the shower ran cold. To put this right, we ${slot.placeholder}. Please email me.`;
    render(<Editable initial={initial} slots={[slot]} />);
    const area = () => (screen.getByTestId('suggestion') as HTMLTextAreaElement).value;
    const insert = () => (screen.getByTestId('insert') as HTMLButtonElement).disabled;
    expect(insert()).toBe(true);
    const chooser = screen.getByTestId('action-slot');
    expect(chooser.querySelector('legend')!.textContent).toBe('What did you do about the shower?');
    expect(within(chooser).getAllByTestId('action-option').map((o) => (o as HTMLInputElement).value)).toEqual(['ask our maintenance team to check the shower', 'service the boiler', 'refund the night']);
    // keyboard only: focus the first option, choose it with space, move to the timescale and choose "This week"
    const [first] = within(chooser).getAllByTestId('action-option');
    first!.focus();
    await userEvent.keyboard(' ');
    expect(insert()).toBe(true);
    const whens = within(chooser).getAllByTestId('action-when');
    whens[2]!.focus();
    await userEvent.keyboard(' ');
    expect(area()).toContain('To put this right, we will ask our maintenance team to check the shower this week. Please email me.');
    expect(insert()).toBe(false);
    // another time replaces the earlier choice: "already done" in the perfect
    await userEvent.click(whens[0]!);
    expect(area()).toContain('we have already asked our maintenance team to check the shower. Please');
    expect(area()).not.toContain('this week');
    // by a date: a blank until the date is typed
    await userEvent.click(whens[3]!);
    expect(area()).toContain('we will ask our maintenance team to check the shower by [day or date].');
    expect(insert()).toBe(true);
    await userEvent.type(screen.getByTestId('action-date'), 'Friday');
    expect(area()).toContain('we will ask our maintenance team to check the shower by Friday.');
    expect(insert()).toBe(false);
    // the owner's own words
    await userEvent.click(within(chooser).getByTestId('action-own-choice'));
    await userEvent.type(screen.getByTestId('action-own'), 'replace the boiler');
    expect(area()).toContain('we will replace the boiler by Friday.');
    // typed as typed, whatever the characters: "$$" and "$&" are not replacement patterns
    await userEvent.clear(screen.getByTestId('action-own'));
    await userEvent.type(screen.getByTestId('action-own'), 'refund the $$ and $& fees');
    expect(area()).toContain('we will refund the $$ and $& fees by Friday.');
  });

  it('no action blanks, no chooser', () => {
    render(<SuggestionEditor {...suggestion()} />);
    expect(screen.queryByTestId('action-chooser')).toBeNull();
    // positive control
    const slot = slotFor('the kettle');
    render(<SuggestionEditor {...suggestion({ text: `We ${slot.placeholder}.`, actions: [slot] })} />);
    expect(screen.getByTestId('action-chooser')).toBeTruthy();
  });

  it('is an editable textarea; Insert and Copy call back', async () => {
    const s = suggestion();
    render(<Panel {...props({ suggestion: s })} />);
    const area = screen.getByTestId('suggestion') as HTMLTextAreaElement;
    expect(area.tagName).toBe('TEXTAREA');
    expect(area.value).toBe(calmText);
    fireEvent.change(area, { target: { value: `${calmText} Thanks.` } });
    expect(s.onChange).toHaveBeenCalledWith(`${calmText} Thanks.`);
    expect((screen.getByTestId('insert') as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(screen.getByTestId('insert'));
    fireEvent.click(screen.getByTestId('copy'));
    expect(s.onInsert).toHaveBeenCalledOnce();
    expect(s.onCopy).toHaveBeenCalledOnce();
  });

  it('placeholders unfilled: Insert disabled, blanks named, next blank selected from the keyboard', async () => {
    const text = `Thank you. We ${ACTION_PLACEHOLDER} by ${WHEN_PLACEHOLDER}.`;
    render(<Panel {...props({ suggestion: suggestion({ text }) })} />);
    expect((screen.getByTestId('insert') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('insert-gate').dataset.reason).toBe('placeholder');
    expect(screen.getByTestId('placeholders').dataset.count).toBe('2');
    expect((screen.getByTestId('copy') as HTMLButtonElement).disabled).toBe(false);
    await userEvent.click(screen.getByTestId('next-placeholder'));
    const area = screen.getByTestId('suggestion') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(area);
    expect(text.slice(area.selectionStart, area.selectionEnd)).toBe(ACTION_PLACEHOLDER);
  });

  it('over the limit: the length meter says by how much, and Insert stays available', () => {
    const text = 'We are sorry. '.repeat(30);
    render(<Panel {...props({ suggestion: suggestion({ text, length: measureLength(text, 'googleplay', 350) }) })} />);
    expect(screen.getByTestId('length').dataset.over).toBe('true');
    expect(screen.getByTestId('over-limit').textContent).toMatch(/^70 characters over Facebook’s limit/);
    expect((screen.getByTestId('insert') as HTMLButtonElement).disabled).toBe(false);
  });

  it('a draft longer than Calm Reply checks says only the start is checked', () => {
    render(<Panel {...props({ checkedUpTo: 20_000 })} />);
    expect(screen.getByTestId('checked-part').textContent).toMatch(/only the first 20,000 characters are checked/);
  });

  it('a normal draft has no partial-check notice', () => {
    render(<Panel {...props()} />);
    expect(screen.queryByTestId('checked-part')).toBeNull();
  });

  it('a draft over the platform’s limit is pointed out too', () => {
    render(<Panel {...props({ analysis: analysis({ length: { characters: 400, limit: 350 } }) })} />);
    expect(screen.getByTestId('draft-over-limit').textContent).toMatch(/^Your draft is 50 over Facebook’s limit of 350/);
  });

  it('cool-down running: hot text waits, with the seconds left', () => {
    const text = 'THIS IS NOT TRUE!!!';
    const gate = insertGate({ text, heat: 0.9, coolDownSeconds: 120, hotSince: 0, now: 30_000, hasBox: true });
    render(<Panel {...props({ suggestion: suggestion({ text, gate }) })} />);
    expect((screen.getByTestId('insert') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('insert-gate').dataset.reason).toBe('cool-down');
    expect(screen.getByTestId('insert-gate').textContent).toMatch(/unlocks in 90 s/);
  });

  it('shows the suggestion’s own flags when edits add some, and none for a calm one', () => {
    const calm = analysis({ flags: [], heat: 0 });
    const { rerender } = render(<Panel {...props({ suggestion: suggestion({ analysis: calm }) })} />);
    expect(screen.getByTestId('suggestion-check').dataset.flags).toBe('0');
    expect(screen.queryByTestId('suggestion-flag')).toBeNull();
    rerender(<Panel {...props({ suggestion: suggestion({ analysis: analysis(), edited: true }) })} />);
    expect(screen.getAllByTestId('suggestion-flag')).toHaveLength(4);
    // The draft's flags keep the `flag` test id to themselves.
    expect(screen.getAllByTestId('flag')).toHaveLength(4);
    expect(screen.getByTestId('restore')).toBeTruthy();
  });

  it('variants are a keyboard-operable radio group', async () => {
    const s = suggestion();
    render(<Panel {...props({ suggestion: s })} />);
    await userEvent.click(screen.getByTestId('variant-short'));
    expect(s.onVariant).toHaveBeenCalledWith('short');
    expect(screen.getAllByRole('radio')).toHaveLength(3);
  });

  it('shows the insert result and the clipboard fallback as a status', () => {
    render(<Panel {...props({ suggestion: suggestion({ status: { kind: 'failed', message: 'The text is on your clipboard: paste it into the reply box.' } }) })} />);
    const status = screen.getByTestId('insert-status');
    expect(status.getAttribute('role')).toBe('status');
    expect(status.dataset.kind).toBe('failed');
    expect(status.textContent).toMatch(/clipboard/);
  });
});

describe('context', () => {
  it('shows the platform, the reviewer’s first name only, the rating and the review', () => {
    render(<Panel {...props()} />);
    expect(screen.getByTestId('platform').textContent).toBe('Facebook');
    expect(screen.getByTestId('review-author').textContent).toBe('Anna');
    expect(screen.getByTestId('context').textContent).not.toContain('Kowalski');
    expect(screen.getByTestId('review-rating').getAttribute('aria-label')).toBe('1 out of 5 stars');
    expect(screen.getByTestId('review-text').textContent).toBe('Waited 40 minutes for a cold coffee. Never again.');
  });

  it('a long review starts collapsed; a missing one says the suggestion is general', () => {
    const { rerender } = render(<Panel {...props({ review: { text: 'Bad. '.repeat(100_000 / 5) } })} />);
    expect((screen.getByTestId('review') as HTMLDetailsElement).open).toBe(false);
    rerender(<Panel {...props({ review: undefined })} />);
    expect(screen.getByTestId('review-missing').textContent).toMatch(/could not find the review/);
  });

  it('pasted HTML in the draft is shown as text, never as markup', () => {
    const html = '<img src=x onerror=alert(1)><b>bold</b>';
    render(<Panel {...props({ draft: html, analysis: analysis({ flags: [] }) })} />);
    expect(screen.getByTestId('draft').textContent).toBe(html);
    expect(screen.getByTestId('draft').querySelector('img, b')).toBeNull();
  });
});
