/**
 * The panel leads with the reply to post (the calmer version of the owner's draft, or the reply composed
 * from the review), then the checklist, then the flags, one card per place in the draft.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { BackgroundToPanel, TabState } from '@/lib/messages';
import { createAnalyzer } from '@/lib/analysis';
import type { Analysis, Flag } from '@/lib/analysis/types';
import { Panel, type PanelProps } from '@/components/Panel';
import { describeChanges } from '@/components/SuggestionEditor';
import { insertGate, measureLength } from '@/lib/compose';

const wire = vi.hoisted(() => ({ sent: [] as unknown[], deliver: (_m: unknown) => {} }));
vi.mock('@/entrypoints/sidepanel/connection', () => ({
  connectPanel: (onMessage: (m: unknown) => void) => {
    wire.deliver = onMessage;
    return { send: (m: unknown) => (wire.sent.push(m), true) };
  },
}));

const { App } = await import('@/entrypoints/sidepanel/App');
const { usePanelStore } = await import('@/entrypoints/sidepanel/store');

const review = { text: 'Waited 40 minutes for a cold coffee. Never again.', author: 'Anna Kowalski', rating: 1 };
const context = { review: review.text, rating: review.rating, reviewer: review.author, platform: 'generic' };
const ACTION = 'We have replaced the coffee machine and will refund your coffee by Friday.';
const DRAFT = `Actually, the coffee was hot. ${ACTION}`;
const analyzer = createAnalyzer();

function panelProps(draft: string, analysis: Analysis, over: Partial<PanelProps> = {}): PanelProps {
  const text = 'Thank you, Anna. I am sorry the coffee was cold. We will refund it by Friday.';
  return {
    view: 'ready',
    platformName: 'Facebook',
    supportedSites: [],
    review,
    draft,
    analysis,
    ignored: [],
    suggestion: {
      text,
      variant: 'standard',
      edited: false,
      gate: insertGate({ text, heat: 0, coolDownSeconds: 0, now: 0, hasBox: true }),
      length: measureLength(text, 'facebook', 8000),
      onChange: vi.fn(),
      onVariant: vi.fn(),
      onRestore: vi.fn(),
      onInsert: vi.fn(),
      onCopy: vi.fn(),
    },
    onApplyFlag: vi.fn(),
    onIgnoreFlag: vi.fn(),
    onUnignoreFlag: vi.fn(),
    ...over,
  };
}

const follows = (a: Element, b: Element) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
const cards = () => screen.queryAllByTestId('flag-card');

describe('panel order', () => {
  it('the reply to post comes before the checklist and the flags', () => {
    render(<Panel {...panelProps(DRAFT, analyzer.analyse(DRAFT, context))} />);
    const reply = screen.getByTestId('suggestion');
    const checklist = screen.getByTestId('structure-acknowledge');
    const flag = cards()[0]!;
    expect(follows(screen.getByTestId('review-text'), reply)).toBe(true);
    expect(follows(reply, checklist)).toBe(true);
    expect(follows(checklist, flag)).toBe(true);
    expect(follows(screen.getByTestId('insert'), flag)).toBe(true);
  });
});

describe('one card per place', () => {
  const text = 'Actually, you should have told us. I am sorry.';
  const at = (words: string, rule: string, over: Partial<Flag> = {}): Flag => ({
    rule, category: 'defensive', start: text.indexOf(words), end: text.indexOf(words) + words.length, text: words, message: `${rule} says why`, ...over,
  });
  const base = (flags: Flag[]): Analysis => ({
    language: 'en', flags, heat: 0.5, length: { characters: text.length },
    structure: { acknowledge: false, apology: 'sincere', action: false, timescale: false, followUp: false },
  });

  it('overlapping flags and the owner’s own phrase on the same words are one card, every message listed', () => {
    const flags = [
      at('Actually', 'contradicts-customer', { replacement: '' }),
      at('Actually', 'custom-phrase'),
      at('you should have told us', 'blames-customer'),
      at('Actually, you should have told us.', 'sounds-defensive', { confidence: 0.9 }),
    ];
    render(<Panel {...panelProps(text, base(flags))} />);
    expect(cards()).toHaveLength(1);
    const card = cards()[0]!;
    // the widest words, led by the rule with a one-click fix
    expect(card.querySelector('summary q')!.textContent).toBe('Actually, you should have told us.');
    expect(card.dataset.rule).toBe('contradicts-customer');
    expect(card.dataset.rules!.split(' ').sort()).toEqual(['blames-customer', 'contradicts-customer', 'custom-phrase', 'sounds-defensive']);
    expect(within(card).getByTestId('flag-messages').textContent).toContain('blames-customer says why');
    expect(within(card).getByTestId('flag-messages').textContent).toContain('sounds-defensive says why');
    expect(within(card).getByTestId('flag-apply').textContent).toBe('Remove “Actually”');
    // One visible "flag" mark per rule on the card, each with its rule and category (the panel's contract).
    const marks = within(card).getAllByTestId('flag');
    expect(marks[0]!.dataset.rule).toBe('contradicts-customer');
    expect(marks.map((m) => `${m.dataset.rule}/${m.dataset.category}`).sort()).toEqual([
      'blames-customer/defensive',
      'contradicts-customer/defensive',
      'custom-phrase/defensive',
      'sounds-defensive/defensive',
    ]);
  });

  it('positive control: flags on separate words stay separate cards', () => {
    render(<Panel {...panelProps(text, base([at('Actually', 'contradicts-customer', { replacement: '' }), at('you should have told us', 'blames-customer')]))} />);
    expect(cards()).toHaveLength(2);
  });

  it('12 × “Actually,” is one card with the count 12, collapsed to its first line', () => {
    const draft = 'Actually, the coffee was hot. '.repeat(12).trim();
    const analysis = analyzer.analyse(draft, context);
    expect(analysis.flags.filter((f) => f.rule === 'contradicts-customer')).toHaveLength(12);
    render(<Panel {...panelProps(draft, analysis)} />);
    const actually = cards().filter((c) => c.querySelector('summary q')!.textContent === 'Actually');
    expect(actually).toHaveLength(1);
    expect(actually[0]!.dataset.count).toBe('12');
    expect(within(actually[0]!).getByTestId('flag-count').textContent).toBe(' ×12');
    expect((actually[0]!.querySelector('details') as HTMLDetailsElement).open).toBe(false);
    // The twelve repeats are one mark too.
    expect(within(actually[0]!).getAllByTestId('flag').map((m) => m.dataset.rule)).toEqual(['contradicts-customer']);
  });

  it('30,000 characters of flagged text give a few dozen cards at most', () => {
    const para = [
      'Actually, you should have told us at the counter.',
      'FRANKLY this is ridiculous!!!',
      'We always serve hot coffee and we have never had a complaint.',
      'Due to the holiday rush we were short-staffed.',
      'Sorry if you feel that way.',
    ];
    // the same sentences in shifting order and with numbers, so places are not all alike
    let draft = '';
    for (let i = 0; draft.length < 30_000; i++) draft += `${para[i % para.length]} Table ${i}. `;
    draft = draft.slice(0, 30_000);
    const analysis = analyzer.analyse(draft, context);
    expect(analysis.flags.length).toBeGreaterThan(500);
    render(<Panel {...panelProps(draft, analysis)} />);
    expect(cards().length).toBeGreaterThan(0);
    expect(cards().length).toBeLessThanOrEqual(40);
  });

  it('583 different flagged places: the first 25 cards, the rest one click away', () => {
    const words: string[] = [];
    for (let i = 0; i < 583; i++) words.push(`RUDE${i}`);
    const draft = words.map((w) => `${w} is not fair.`).join(' ').padEnd(30_000, '.');
    const flags: Flag[] = words.map((w) => ({ rule: 'shouting', category: 'emotional', start: draft.indexOf(`${w} `), end: draft.indexOf(`${w} `) + w.length, text: w, message: 'Capitals read as shouting.' }));
    const analysis: Analysis = { language: 'en', flags, heat: 0.9, length: { characters: draft.length }, structure: { acknowledge: false, apology: 'none', action: false, timescale: false, followUp: false } };
    render(<Panel {...panelProps(draft, analysis)} />);
    expect(cards()).toHaveLength(25);
    expect(screen.getByTestId('flags-more').textContent).toBe('Show 558 more places');
    fireEvent.click(screen.getByTestId('flags-more'));
    expect(cards()).toHaveLength(583);
  });
});

describe('what changed', () => {
  it('says each change once, in the owner’s words', () => {
    expect(
      describeChanges([
        { kind: 'removed', from: 'Actually,' },
        { kind: 'replaced', from: 'you should have told us', to: 'we are sorry we did not know' },
        { kind: 'removed', from: 'Actually,' },
        { kind: 'added', to: 'I am sorry the coffee was cold.', part: 'apology' },
      ]),
    ).toBe('Removed “Actually,” · Replaced “you should have told us” · Added an apology');
  });
});

// ---- wired: the App with the store and a stand-in port ----------------------------------------

const url = 'http://127.0.0.1:8000/panel/index.html?visit=2';
function state(text: string, updatedAt = 1): TabState {
  return {
    tabId: 7,
    url,
    box: { boxId: 'k1-1', platform: 'generic', editor: 'textarea', review },
    draft: text,
    siteEnabled: true,
    analysis: analyzer.analyse(text, context),
    updatedAt,
  };
}
const deliver = (m: BackgroundToPanel) => act(() => wire.deliver(m));
const area = () => screen.getByTestId('suggestion') as HTMLTextAreaElement;

beforeEach(() => {
  wire.sent.length = 0;
  usePanelStore.setState({ tabId: 7, tab: undefined, kept: { loaded: false, texts: {} }, ignored: {}, status: undefined, pending: undefined, inserted: undefined, hotSince: undefined });
});

async function open(text: string) {
  render(<App />);
  deliver({ type: 'tab-state', state: state(text) });
  await waitFor(() => expect(usePanelStore.getState().kept.loaded).toBe(true));
}

describe('the reply to post, wired', () => {
  it('with a draft: the calmer version of it, the owner’s action word for word and no “Actually”; the toggle goes to the composed reply and back', async () => {
    await open(DRAFT);
    const source = screen.getByTestId('reply-source');
    expect(source.dataset.source).toBe('draft');
    expect(area().value).toContain(ACTION);
    expect(area().value).not.toMatch(/actually/i);
    expect(screen.getByTestId('calmer-changes').textContent).toContain('Removed “Actually, the coffee was hot.”');
    const calmer = area().value;
    fireEvent.click(screen.getByTestId('source-review'));
    expect(screen.getByTestId('reply-source').dataset.source).toBe('review');
    // composed from the review: thanks by first name first, and the length choices
    expect(area().value).toMatch(/^Thank you, Anna, /);
    expect(area().value).not.toBe(calmer);
    expect(screen.getByTestId('variant-short')).toBeTruthy();
    fireEvent.click(screen.getByTestId('source-draft'));
    expect(area().value).toBe(calmer);
    expect(screen.queryByTestId('variant-short')).toBeNull();
  });

  it('with an empty draft: the composed reply only, no toggle', async () => {
    await open('');
    expect(screen.queryByTestId('reply-source')).toBeNull();
    expect(area().value).toMatch(/^Thank you, Anna, /);
  });

  it('a draft with nothing to change says so in one line', async () => {
    await open(`Thank you, Anna, for telling us about the cold coffee. I am sorry it was cold. ${ACTION} Please email me at hello@cafe.example.`);
    expect(screen.getByTestId('calmer-note').dataset.unchanged).toBe('true');
    expect(screen.getByTestId('calmer-note').textContent).toBe('Your draft already reads calmly and has the parts a reply needs.');
  });

  it('an edit of the calmer version is kept when the draft changes underneath; “Update from my draft” takes the new one', async () => {
    await open(DRAFT);
    fireEvent.change(area(), { target: { value: 'My own calm words.' } });
    const next = `${DRAFT} FRANKLY we were upset.`;
    deliver({ type: 'tab-state', state: state(next, 2) });
    expect(area().value).toBe('My own calm words.');
    expect(screen.getByTestId('draft-moved')).toBeTruthy();
    expect(screen.getByTestId('restore').textContent).toBe('Update from my draft');
    fireEvent.click(screen.getByTestId('restore'));
    expect(area().value).toContain(ACTION);
    expect(area().value).not.toMatch(/FRANKLY|actually/i);
    expect(screen.queryByTestId('draft-moved')).toBeNull();
  });

  it('after a successful insert: what went in, and no blocked suggestion beside it', async () => {
    await open(DRAFT);
    // positive control: before the insert, the suggestion and Insert are there
    expect(screen.getByTestId('insert')).toBeTruthy();
    const reply = area().value;
    fireEvent.click(screen.getByTestId('insert'));
    deliver({ type: 'insert-result', result: { ok: true, method: 'execCommand', readBack: reply } });
    expect(screen.getByTestId('insert-status').dataset.kind).toBe('inserted');
    expect(screen.getByTestId('inserted-summary').textContent).toMatch(new RegExp(`\\(${reply.length} characters\\) is in the reply box\\.$`));
    expect(screen.queryByTestId('suggestion')).toBeNull();
    expect(screen.queryByTestId('insert-gate')).toBeNull();
    expect(screen.queryByTestId('placeholders')).toBeNull();
    // the box now holds the reply; once the owner changes it, the panel follows the draft again
    deliver({ type: 'tab-state', state: state(reply, 2) });
    expect(screen.getByTestId('inserted')).toBeTruthy();
    deliver({ type: 'tab-state', state: state(`${reply} Actually, the coffee was hot.`, 3) });
    await waitFor(() => expect(screen.queryByTestId('inserted')).toBeNull());
    expect(screen.getByTestId('suggestion')).toBeTruthy();
  });
});
