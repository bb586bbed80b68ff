import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { BackgroundToPanel, PanelToBackground, TabState } from '@/lib/messages';
import { createAnalyzer } from '@/lib/analysis';
import { loadKept, replyBoxKey, saveKept } from '@/lib/settings/drafts';
import { fakeBrowser } from 'wxt/testing';
import { listFollowUps } from '@/lib/followups/store';
import { loadIgnored } from '@/lib/settings/ignored';
import { loadSettings, saveSettings, defaultSettings } from '@/lib/settings';

// The port to the background is the one browser piece jsdom lacks: stand in for it here.
const wire = vi.hoisted(() => ({ sent: [] as unknown[], deliver: (_m: unknown) => {} }));
vi.mock('@/entrypoints/sidepanel/connection', () => ({
  connectPanel: (onMessage: (m: unknown) => void) => {
    wire.deliver = onMessage;
    return { send: (m: unknown) => (wire.sent.push(m), true) };
  },
}));

const { App } = await import('@/entrypoints/sidepanel/App');
const { usePanelStore } = await import('@/entrypoints/sidepanel/store');

const url = 'http://127.0.0.1:8000/panel/index.html?visit=1';
const review = { text: 'Waited 40 minutes for a cold coffee. Never again.', author: 'Anna Kowalski', rating: 1 };
const draft = 'Actually, you should have read the menu. FRANKLY this is ridiculous!!!';

function state(text = draft): TabState {
  return {
    tabId: 7,
    url,
    box: { boxId: 'k1-1', platform: 'generic', editor: 'textarea', review },
    draft: text,
    siteEnabled: true,
    analysis: createAnalyzer().analyse(text, { review: review.text }),
    updatedAt: 1,
  };
}
const deliver = (m: BackgroundToPanel) => act(() => wire.deliver(m));
const area = () => screen.getByTestId('suggestion') as HTMLTextAreaElement;
const key = replyBoxKey(url, state().box!);

beforeEach(() => {
  wire.sent.length = 0;
  usePanelStore.setState({ tabId: 7, tab: undefined, kept: { loaded: false, texts: {} }, ignored: {}, status: undefined, pending: undefined, hotSince: undefined, signatureReminded: undefined, settingsLoaded: false, inserted: undefined });
});

/**
 * The panel with the angry draft in the box. With a draft, the reply to post starts as the calmer version
 * of it; most tests here are about the reply composed from the review, so they switch to it.
 */
async function openWithDraft(source: 'review' | 'draft' = 'review') {
  render(<App />);
  expect(screen.getByTestId('draft-empty')).toBeTruthy();
  deliver({ type: 'tab-state', state: state() });
  await waitFor(() => expect(usePanelStore.getState().kept.loaded).toBe(true));
  expect(screen.getByTestId('reply-source').dataset.source).toBe('draft');
  if (source === 'review') {
    fireEvent.click(screen.getByTestId('source-review'));
    expect(screen.getByTestId('reply-source').dataset.source).toBe('review');
  }
}

describe('the side panel, wired', () => {
  it('says why the composed reply stays general when the review is one word or only emoji', async () => {
    render(<App />);
    const one = { ...state(''), box: { ...state('').box!, review: { text: 'Terrible.', rating: 1 } } };
    deliver({ type: 'tab-state', state: one });
    await waitFor(() => expect(screen.getByTestId('suggestion-generic').textContent).toBe('The review is a single word, so there is nothing specific to reply to.'));
    const emoji = { ...one, box: { ...one.box, boxId: 'k1-2', review: { text: '😡😡😡', rating: 1 } }, updatedAt: 2 };
    deliver({ type: 'tab-state', state: emoji });
    await waitFor(() => expect(screen.getByTestId('suggestion-generic').textContent).toBe('The review is only emoji or symbols, so there is nothing specific to reply to.'));
    // Positive control: a review with something to name gets no such line.
    deliver({ type: 'tab-state', state: { ...state(''), updatedAt: 3 } });
    await waitFor(() => expect(screen.queryByTestId('suggestion-generic')).toBeNull());
  });

  it('on Google Play, where there are no private messages, the suggestion sends the customer to the store page instead', async () => {
    render(<App />);
    const crash = (platform: string, updatedAt: number) => ({ ...state(''), updatedAt, box: { ...state('').box!, platform, review: { text: 'The app keeps crashing every time I open it.', rating: 1 } } });
    deliver({ type: 'tab-state', state: crash('googleplay', 2) });
    await waitFor(() => expect(area().value).toMatch(/email us at the support address on our store page/));
    expect(area().value).not.toMatch(/private message/);
    // positive control: on a site with messages, the same review is invited to send one
    deliver({ type: 'tab-state', state: crash('generic', 3) });
    await waitFor(() => expect(area().value).toMatch(/send us a private message here/));
  });

  it('a business named with two capitalised words gets a suggestion that names the review, signed with its name', async () => {
    await saveSettings({ ...defaultSettings(), business: { ...defaultSettings().business, name: 'Hotel Anna Maria' } });
    render(<App />);
    const praise = { ...state(''), box: { ...state('').box!, review: { text: 'The breakfast was superb and the garden was lovely.', rating: 5 } } };
    deliver({ type: 'tab-state', state: praise });
    await waitFor(() => expect(area().value).toMatch(/The team at Hotel Anna Maria$/));
    // its own name in the sign-off is no reviewer's full name, so the specific reply is not set aside for a plainer one
    expect(area().value).toMatch(/the breakfast|the garden/);
  });

  it('shows the draft’s flags and a suggestion composed from the review and the business profile', async () => {
    await saveSettings({ ...defaultSettings(), business: { ...defaultSettings().business, name: 'Sunny Café', signerName: 'Sam', contact: { kind: 'email', value: 'hi@sunny.example' } } });
    await openWithDraft();
    expect(screen.getByTestId('draft').textContent).toBe(draft);
    expect(screen.getAllByTestId('flag').length).toBeGreaterThan(0);
    await waitFor(() => expect(area().value).toContain('hi@sunny.example'));
    // Thanks by first name, then an apology in the review's own terms (the cold coffee).
    expect(area().value).toMatch(/^Thank you, Anna, /);
    expect(area().value).toMatch(/I am sorry that the coffee was cold/);
    expect((screen.getByTestId('insert') as HTMLButtonElement).disabled).toBe(true);
    await waitFor(() => expect(screen.getByTestId('suggestion-check').dataset.flags).toBe('0'));
  });

  it('keeps edits in storage, inserts through the port, and clears the kept edit after a successful insert', async () => {
    await openWithDraft();
    const filled = area().value.replace('[what we did or will do about the coffee, and when]', 'will refund your coffee by Friday');
    expect(filled).not.toBe(area().value);
    fireEvent.change(area(), { target: { value: filled } });
    await waitFor(async () => expect((await loadKept(key))?.texts.standard).toBe(filled));
    expect((screen.getByTestId('insert') as HTMLButtonElement).disabled).toBe(false);

    fireEvent.click(screen.getByTestId('insert'));
    expect(wire.sent.at(-1)).toEqual({ type: 'insert', tabId: 7, boxId: 'k1-1', text: filled } satisfies PanelToBackground);
    expect(screen.getByTestId('insert-status').dataset.kind).toBe('pending');
    deliver({ type: 'insert-result', result: { ok: true, method: 'execCommand', readBack: filled } });
    expect(screen.getByTestId('insert-status').dataset.kind).toBe('inserted');
    await waitFor(async () => expect(await loadKept(key)).toBeUndefined());
    // What went in is named, in place of a fresh suggestion waiting on its blanks.
    // (its first eight words and its length)
    expect(screen.getByTestId('inserted-summary').textContent).toBe(`“${filled.split(' ').slice(0, 8).join(' ')}…” (${filled.length} characters) is in the reply box.`);
    expect(screen.queryByTestId('suggestion')).toBeNull();
    expect(screen.queryByTestId('insert')).toBeNull();
    // Asked for, the suggestion comes back: the calmer version of the draft, or the composed reply with its blank.
    fireEvent.click(screen.getByTestId('show-suggestion'));
    fireEvent.click(screen.getByTestId('source-review'));
    expect(area().value).toContain('[what we did or will do about the coffee, and when]');
  });

  it('remembers, per reply box, which reply the owner chose to see', async () => {
    const first = render(<App />);
    deliver({ type: 'tab-state', state: state() });
    await waitFor(() => expect(usePanelStore.getState().kept.loaded).toBe(true));
    expect(screen.getByTestId('reply-source').dataset.source).toBe('draft');
    fireEvent.click(screen.getByTestId('source-review'));
    await waitFor(async () => expect((await loadKept(key))?.source).toBe('review'));
    // the panel closed and opened again: the same box shows the reply composed from the review
    first.unmount();
    usePanelStore.setState({ tabId: 7, tab: undefined, kept: { loaded: false, texts: {} }, ignored: {}, status: undefined, pending: undefined, hotSince: undefined, inserted: undefined });
    render(<App />);
    deliver({ type: 'tab-state', state: state() });
    await waitFor(() => expect(usePanelStore.getState().kept.loaded).toBe(true));
    await waitFor(() => expect(screen.getByTestId('reply-source').dataset.source).toBe('review'));
    // positive control: another box, with no choice made, starts from the calmer draft
    const other = { ...state(), box: { ...state().box!, boxId: 'k1-9', review: { ...review, text: 'The soup was cold and the bread stale.' } }, updatedAt: 2 };
    deliver({ type: 'tab-state', state: other });
    await waitFor(() => expect(usePanelStore.getState().kept.key).toBe(replyBoxKey(url, other.box!)));
    await waitFor(() => expect(usePanelStore.getState().kept.loaded).toBe(true));
    expect(screen.getByTestId('reply-source').dataset.source).toBe('draft');
  });

  it('kept edits that could not be read are never saved over; once readable again, edits are kept', async () => {
    await saveKept(key, { variant: 'standard', texts: { standard: 'Older kept words.' } });
    const local = fakeBrowser.storage.local;
    const realGet = local.get.bind(local);
    const failing = vi.spyOn(local, 'get').mockImplementation((async (keys?: unknown) => {
      if (JSON.stringify(keys ?? null).includes('kept:')) throw new Error('IO error');
      return realGet(keys as string);
    }) as typeof local.get);
    await openWithDraft();
    await waitFor(() => expect(screen.getByTestId('insert-status').textContent).toMatch(/could not read what it kept for this reply/));
    fireEvent.change(area(), { target: { value: 'New words typed while storage failed.' } });
    await new Promise((ok) => setTimeout(ok, 50));
    failing.mockRestore();
    expect((await loadKept(key))?.texts.standard).toBe('Older kept words.');
    // Storage answers again: the next edit reads first, then is kept.
    fireEvent.change(area(), { target: { value: 'Newer words.' } });
    await waitFor(async () => expect((await loadKept(key))?.texts.standard).toBe('Newer words.'));
  });

  it('a reply promising something by a date offers a reminder; kept, it leads the panel on the day and can be marked done', async () => {
    // Only the clock is fixed (Wednesday 2 December 2026, 15:00); timers run as usual for React.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 2, 15, 0));
    try {
      await openWithDraft();
      const reply = 'Thank you, Anna. I am sorry about the wait. We will refund the charge by Friday.';
      fireEvent.change(area(), { target: { value: reply } });
      fireEvent.click(screen.getByTestId('insert'));
      deliver({ type: 'insert-result', result: { ok: true, method: 'execCommand', readBack: reply } });
      const remind = await screen.findByTestId('remind');
      expect(remind.textContent).toBe('Remind me to follow up with Anna on Fri 4 Dec');
      expect((screen.getByTestId('remind-date') as HTMLInputElement).value).toBe('2026-12-04');
      fireEvent.click(remind);
      expect((await screen.findByTestId('remind-saved')).textContent).toMatch(/^Calm Reply will remind you to follow up with Anna on Fri 4 Dec, with /);
      expect(await listFollowUps()).toMatchObject([{ reviewer: 'Anna', promise: 'refund the charge', when: 'by Friday', due: '2026-12-04', state: 'open', kind: 'promise' }]);
      expect(screen.queryByTestId('due')).toBeNull();

      // Friday morning: the follow-up leads the panel.
      vi.setSystemTime(new Date(2026, 11, 4, 9, 30));
      deliver({ type: 'tab-state', state: { ...state(), updatedAt: 2 } });
      const due = await screen.findByTestId('due');
      const item = due.querySelector('[data-testid="follow-up"]') as HTMLElement;
      expect(item.dataset.due).toBe('2026-12-04');
      expect(item.dataset.state).toBe('open');
      expect(item.querySelector('[data-testid="follow-up-due"]')!.textContent).toBe('Due today');
      fireEvent.click(item.querySelector('[data-testid="follow-up-done"]')!);
      await waitFor(() => expect(screen.queryByTestId('due')).toBeNull());
      const after = await listFollowUps();
      expect(after.map((f) => [f.kind, f.state, f.due])).toEqual([
        ['promise', 'done', '2026-12-04'],
        ['check-in', 'open', '2026-12-18'],
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows the review’s age, and nudges on a low-rated review that waited past the owner’s threshold only', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 2, 15, 0));
    try {
      await openWithDraft();
      const show = (r: typeof review & { date?: string }) => deliver({ type: 'tab-state', state: { ...state(), box: { ...state().box!, review: r }, updatedAt: Date.now() } });
      show({ ...review, date: '9 days ago' });
      const posted = await screen.findByTestId('review-date');
      expect(posted.dataset.date).toBe('2026-11-23');
      expect(posted.textContent).toBe('· Posted 9 days ago');
      expect(screen.getByTestId('reply-soon').textContent).toBe(
        'This review has waited 9 days for an answer. A prompt, kind reply shows Anna they matter, and shows the next reader too.',
      );
      // A five-star review is not nagged about; a review of yesterday is within the default two days.
      show({ ...review, rating: 5, date: '9 days ago' });
      await waitFor(() => expect(screen.queryByTestId('reply-soon')).toBeNull());
      show({ ...review, date: 'yesterday' });
      await waitFor(() => expect(screen.getByTestId('review-date').dataset.date).toBe('2026-12-01'));
      expect(screen.queryByTestId('reply-soon')).toBeNull();
      // The owner switched the nudge off.
      await saveSettings({ ...defaultSettings(), replySoonDays: 0 });
      await waitFor(() => expect(usePanelStore.getState().settings.replySoonDays).toBe(0));
      show({ ...review, date: '9 days ago' });
      await waitFor(() => expect(screen.getByTestId('review-date').dataset.date).toBe('2026-11-23'));
      expect(screen.queryByTestId('reply-soon')).toBeNull();
      // No date on the page: nothing is guessed.
      show({ ...review, date: 'a while back' });
      await waitFor(() => expect(screen.queryByTestId('review-date')).toBeNull());
    } finally {
      vi.useRealTimers();
    }
  });

  it('reminds, once, an owner whose replies are signed “The team”; never one who gave a name', async () => {
    const { unmount } = render(<App />);
    deliver({ type: 'tab-state', state: state() });
    const reminder = await screen.findByTestId('signature-reminder');
    expect(reminder.textContent).toMatch(/^Your suggested replies are signed “The team”\./);
    fireEvent.click(screen.getByTestId('signature-dismiss'));
    await waitFor(() => expect(screen.queryByTestId('signature-reminder')).toBeNull());
    expect(await fakeBrowser.storage.local.get('signatureReminded')).toEqual({ signatureReminded: true });
    unmount();
    // The panel opened again: not a second time.
    usePanelStore.setState({ signatureReminded: undefined, settingsLoaded: false });
    render(<App />);
    deliver({ type: 'tab-state', state: state() });
    await waitFor(() => expect(usePanelStore.getState().signatureReminded).toBe(true));
    expect(screen.queryByTestId('signature-reminder')).toBeNull();
  });

  it('positive control: with a business name set, there is nothing to remind', async () => {
    await saveSettings({ ...defaultSettings(), business: { ...defaultSettings().business, name: 'Sunny Café' } });
    render(<App />);
    deliver({ type: 'tab-state', state: state() });
    await waitFor(() => expect(usePanelStore.getState().settingsLoaded).toBe(true));
    await waitFor(() => expect(usePanelStore.getState().signatureReminded).toBe(false));
    expect(screen.queryByTestId('signature-reminder')).toBeNull();
  });

  it('on a site switched off, one click in the panel switches it back on (its own rule overrides kept)', async () => {
    await saveSettings({ ...defaultSettings(), sites: { yelp: { enabled: false, rules: { 'heated-words': false } }, etsy: { enabled: false } } });
    render(<App />);
    deliver({ type: 'tab-state', state: { tabId: 7, url: 'https://biz.yelp.com/r2r/abc', draft: '', siteEnabled: false, offPlatform: 'yelp', updatedAt: 3 } });
    const on = await screen.findByTestId('site-on');
    expect(on.textContent).toBe('Turn Calm Reply on for Yelp');
    fireEvent.click(on);
    await waitFor(async () => expect((await loadSettings()).settings.sites).toEqual({ yelp: { enabled: true, rules: { 'heated-words': false } }, etsy: { enabled: false } }));
  });

  it('a reply with no dated promise offers no reminder', async () => {
    await openWithDraft();
    const reply = 'Thank you, Anna. I am sorry about the wait. We will look into it as soon as we can.';
    fireEvent.change(area(), { target: { value: reply } });
    fireEvent.click(screen.getByTestId('insert'));
    deliver({ type: 'insert-result', result: { ok: true, method: 'execCommand', readBack: reply } });
    await waitFor(() => expect(screen.getByTestId('insert-status').dataset.kind).toBe('inserted'));
    expect(screen.queryByTestId('remind')).toBeNull();
  });

  it('a failed insert shows the reason and puts the reply on the clipboard, once', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await openWithDraft();
    fireEvent.change(area(), { target: { value: 'Thank you for telling us. I am sorry. We will call you by Friday.' } });
    fireEvent.click(screen.getByTestId('insert'));
    deliver({ type: 'insert-result', result: { ok: false, method: 'none', reason: 'editor-refused', restored: true, readBack: '', message: "This site's editor did not take the text. Your draft is as it was." } });
    await waitFor(() => expect(screen.getByTestId('insert-status').dataset.kind).toBe('failed'));
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(writeText).toHaveBeenCalledWith('Thank you for telling us. I am sorry. We will call you by Friday.');
    expect(screen.getByTestId('insert-status').textContent).toBe(
      "This site's editor did not take the text. Your draft is as it was. Your reply is on your clipboard: paste it into the reply box.",
    );
    // The edit is still kept: nothing lost.
    expect((await loadKept(key))?.texts.standard).toBe('Thank you for telling us. I am sorry. We will call you by Friday.');
  });

  it('never says the reply is copied when the browser refused to copy it', async () => {
    const writeText = vi.fn(async () => {
      throw new Error('Document is not focused.');
    });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await openWithDraft();
    fireEvent.change(area(), { target: { value: 'Thank you for telling us.' } });
    fireEvent.click(screen.getByTestId('insert'));
    deliver({ type: 'insert-result', result: { ok: false, method: 'none', reason: 'unreachable', readBack: '', message: 'Calm Reply could not reach the reply box (the page may have reloaded or the box closed), so nothing was written there.' } });
    await waitFor(() => expect(screen.getByTestId('insert-status').dataset.kind).toBe('failed'));
    expect(writeText).toHaveBeenCalledTimes(1);
    const said = screen.getByTestId('insert-status').textContent ?? '';
    expect(said).toBe(
      'Calm Reply could not reach the reply box (the page may have reloaded or the box closed), so nothing was written there. The browser did not allow copying either: use Copy, then paste it into the reply box.',
    );
    expect(said).not.toMatch(/is copied|on your clipboard/);
  });

  it('a fix refused because the draft moved copies nothing and says why', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await openWithDraft();
    fireEvent.click(screen.queryAllByTestId('flag-apply')[0]!);
    deliver({ type: 'insert-result', result: { ok: false, method: 'none', reason: 'draft-changed', restored: true, readBack: '', message: 'Your draft changed since that flag was found, so the fix was not applied. The flags are being updated: try again.' } });
    await waitFor(() => expect(screen.getByTestId('insert-status').dataset.kind).toBe('failed'));
    expect(screen.getByTestId('insert-status').textContent).toBe('Your draft changed since that flag was found, so the fix was not applied. The flags are being updated: try again.');
    expect(writeText).not.toHaveBeenCalled();
  });

  it('a flag’s alternative is sent with the flag’s range', async () => {
    await openWithDraft();
    const apply = screen.queryAllByTestId('flag-apply')[0];
    expect(apply).toBeTruthy();
    fireEvent.click(apply!);
    const msg = wire.sent.at(-1) as Extract<PanelToBackground, { type: 'insert' }>;
    expect(msg.type).toBe('insert');
    expect(msg.range).toBeDefined();
    // The range carries the very words the panel saw there, so the page can refuse stale offsets.
    expect(msg.range!.expect).toBe(draft.slice(msg.range!.start, msg.range!.end));
    expect(msg.range!.expect.length).toBeGreaterThan(0);
  });

  it('edits before a reopen come back; switching variant keeps each variant’s edits', async () => {
    await openWithDraft();
    fireEvent.change(area(), { target: { value: 'My own standard words.' } });
    fireEvent.click(screen.getByTestId('variant-short'));
    expect(area().value).toMatch(/^Thank you\b[^.]*Anna\b[\s\S]*coffee/);
    fireEvent.click(screen.getByTestId('variant-standard'));
    expect(area().value).toBe('My own standard words.');
    await waitFor(async () => expect((await loadKept(key))?.variant).toBe('standard'));
    fireEvent.click(screen.getByTestId('restore'));
    expect(area().value).toMatch(/^Thank you\b[^.]*Anna\b[\s\S]*I am sorry (that )?the coffee/);
  });

  it('with a cool-down set, hot text waits for it; calm text never does', async () => {
    await saveSettings({ ...defaultSettings(), coolDownSeconds: 60 });
    await openWithDraft();
    await waitFor(() => expect(usePanelStore.getState().settings.coolDownSeconds).toBe(60));
    const insert = () => screen.getByTestId('insert') as HTMLButtonElement;
    fireEvent.change(area(), { target: { value: 'Calm and kind: thank you for telling us. I am sorry. We will call you by Friday.' } });
    await waitFor(() => expect(insert().disabled).toBe(false));

    fireEvent.change(area(), { target: { value: 'FRANKLY this is RIDICULOUS!!! You are a liar and an idiot.' } });
    await waitFor(() => expect(screen.getByTestId('insert-gate').dataset.reason).toBe('cool-down'));
    expect(insert().disabled).toBe(true);
    expect(screen.getByTestId('insert-gate').textContent, screen.getByTestId('insert-gate').textContent!).toMatch(/unlocks in (59|60) s/);
    // A minute later (the clock ticks once a second while it counts down).
    act(() => usePanelStore.setState({ hotSince: Date.now() - 61_000 }));
    await waitFor(() => expect(insert().disabled).toBe(false), { timeout: 3000 });
  });

  it('a flag ignored here stays ignored when the panel is closed and opened again', async () => {
    const first = render(<App />);
    deliver({ type: 'tab-state', state: state() });
    await waitFor(() => expect(usePanelStore.getState().kept.loaded).toBe(true));
    const before = screen.getAllByTestId('flag').length;
    fireEvent.click(screen.getAllByTestId('flag-ignore')[0]!);
    expect(screen.getAllByTestId('flag')).toHaveLength(before - 1);
    expect(screen.getByTestId('ignored-flags').textContent).toContain('Ignored here (1)');
    await waitFor(async () => expect(await loadIgnored(key)).toHaveLength(1));

    // closing the panel: a new panel starts with an empty store
    first.unmount();
    usePanelStore.setState({ tabId: 7, tab: undefined, kept: { loaded: false, texts: {} }, ignored: {} });
    render(<App />);
    deliver({ type: 'tab-state', state: state() });
    await waitFor(() => expect(screen.getAllByTestId('flag')).toHaveLength(before - 1));
    expect(screen.getByTestId('ignored-flags').textContent).toContain('Ignored here (1)');
  });

  it('site switched off and no reply box are explained', async () => {
    render(<App />);
    deliver({ type: 'tab-state', state: { tabId: 7, draft: '', updatedAt: 1 } });
    expect(screen.getByTestId('draft-empty').dataset.reason).toBe('no-box');
    deliver({ type: 'tab-state', state: { ...state(), siteEnabled: false, analysis: undefined } });
    expect(screen.getByTestId('site-off')).toBeTruthy();
  });
});
